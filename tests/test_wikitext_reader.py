"""The wikitext reader as a whole: preprocessor, templates, tags, redirects, infoboxes,
diagnostics. The block and inline passes have their own test files."""

from __future__ import annotations

import pytest

import wikiconv
from wikiconv.ast import (
    CodeBlock,
    Document,
    Gallery,
    Infobox,
    Math,
    Paragraph,
    Reference,
    ReferenceList,
    Template,
    Text,
)
from wikiconv.walk import iter_nodes, plain_text


def read(text: str) -> Document:
    return wikiconv.parse(text, "wikitext")


def nodes(document: Document, kind: type) -> list:  # type: ignore[type-arg]
    return [node for node in iter_nodes(document) if isinstance(node, kind)]


def where(document: Document) -> list[tuple[str, int | None, int | None]]:
    return [(d.code, d.line, d.column) for d in document.diagnostics]


def test_comments_go_and_a_comment_line_takes_its_newline() -> None:
    document = read("a<!-- x -->b\n<!-- alone -->\nc\n\nd <!-- unclosed")
    assert [plain_text(b) for b in document.blocks] == ["ab c", "d"]


def test_comment_runs_on_one_line_count_as_one() -> None:
    document = read("a\n<!-- one --> <!-- two -->\nb")
    assert [plain_text(b) for b in document.blocks] == ["a b"]


def test_template_keeps_name_parameters_and_source() -> None:
    source = "{{Cite web |url=http://x.org |title=[[A|b]] c| 2nd }}"
    (template,) = nodes(read(f"x {source} y"), Template)
    assert template.name == "Cite web"
    assert [(p.name, plain_text(p.value)) for p in template.params] == [
        ("url", "http://x.org"),
        ("title", "b c"),
        ("1", "2nd"),
    ]
    assert template.raw == source
    assert template.params[2].raw == " 2nd "


def test_nested_templates_and_parser_functions() -> None:
    document = read("{{outer|{{inner|1}}|k={{#if: a | b }}}}")
    names = [t.name for t in nodes(document, Template)]
    assert names == ["outer", "inner", "#if"]
    function = nodes(document, Template)[2]
    assert [plain_text(p.value) for p in function.params] == ["a", "b"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{{{{{a}}}}}", []),  # an unfilled argument as a template name: no template
        ("{{lc:ABC}}", ["lc"]),
        ("{{subst:foo}}", ["foo"]),
        ("{{}}", []),
        ("{{a[[b]]}}", []),  # not a valid name: text, as MediaWiki shows it
    ],
)
def test_brace_matching(text: str, expected: list[str]) -> None:
    assert [t.name for t in nodes(read(text), Template)] == expected


def test_unmatched_braces_are_dropped_with_a_positioned_warning() -> None:
    document = read("a\nb }} c {{ d")
    assert plain_text(document.blocks[0]) == "a b  c  d"
    assert where(document) == [("unmatched-braces", 2, 3), ("unmatched-braces", 2, 8)]


def test_extension_tags_become_nodes() -> None:
    document = read(
        'x<ref name="n" group="g">note [[link]]</ref><ref name="n"/>'
        "<math>x^2</math> <nowiki>''raw''</nowiki>\n\n"
        "<pre>\n<b>pre</b>\n</pre>\n\n<gallery>\nA.jpg|one\nFile:B.png\n</gallery>\n\n"
        '<syntaxhighlight lang="python">print(1)</syntaxhighlight>\n\n<references/>'
    )
    first, second = nodes(document, Reference)
    assert (first.name, first.group, plain_text(first.content)) == ("n", "g", "note link")
    assert (second.name, second.content) == ("n", ())
    assert nodes(document, Math)[0].tex == "x^2"
    assert "''raw''" in plain_text(document.blocks[0])
    code = nodes(document, CodeBlock)
    assert [(c.text, c.language) for c in code] == [("<b>pre</b>\n", ""), ("print(1)", "python")]
    (gallery,) = nodes(document, Gallery)
    assert [i.target for i in gallery.images] == ["File:A.jpg", "File:B.png"]
    assert any(isinstance(b, ReferenceList) for b in document.blocks)


def test_unclosed_extension_tag_is_text() -> None:
    assert plain_text(read("a <ref>b").blocks[0]) == "a <ref>b"


def test_includeonly_goes_noinclude_content_stays() -> None:
    document = read("a<includeonly>hidden</includeonly><noinclude>shown</noinclude>")
    assert plain_text(document.blocks[0]) == "ashown"


def test_redirect_and_switches() -> None:
    document = read("#REDIRECT [[Target page#Part|label]]\n[[Category:Redirects]]")
    assert document.redirect == "Target page#Part"
    assert document.categories == ("Redirects",)
    assert read("__NOTOC__ text __NOEDITSECTION__").metadata == (
        ("switch", "NOTOC"),
        ("switch", "NOEDITSECTION"),
    )


def test_infobox_is_lifted_where_it_stands() -> None:
    document = read(
        "{{Hatnote|x}}\n{{Infobox person\n| name = Ann\n| image =\n"
        "| born = {{birth date|1900|1|1}}\n}}\n'''Ann''' was a writer."
    )
    kinds = [type(b).__name__ for b in document.blocks]
    assert kinds == ["Hatnote", "Infobox", "Paragraph"]
    box = document.blocks[1]
    assert isinstance(box, Infobox)
    assert box.name == "Infobox person"
    assert [f.key for f in box.fields] == ["name", "born"]  # empty "image" left out


def test_xml_escaped_text_is_unescaped_once() -> None:
    document = read("a&lt;ref&gt;note&lt;/ref&gt; b &lt;b&gt; c &amp;amp; &quot;q&quot;")
    assert [d.code for d in document.diagnostics] == ["xml-escaped"]
    assert plain_text(nodes(document, Reference)[0].content) == "note"
    real = read("a &lt;b&gt; &lt;c&gt; &lt;d&gt; <b>x</b>")  # has real tags: left alone
    assert "<b> <c> <d>" in plain_text(real.blocks[0])


def test_marker_character_in_input_is_replaced() -> None:
    document = read("a\x7f0\x7f b")
    assert where(document)[0] == ("marker-character", 1, 2)
    assert plain_text(document.blocks[0]) == "a\ufffd0\ufffd b"


def test_title_comes_from_the_caller() -> None:
    assert wikiconv.parse("text", "wikitext", title="Bodmin").title == "Bodmin"
    assert read("text").title is None


@pytest.mark.parametrize(
    "text",
    ["", "\n\n", "{{", "}}", "[[", "<ref", "{|", "'''''", "<!--", "\x00", "{{{{{{{{"],
)
def test_odd_input_never_raises(text: str) -> None:
    document = read(text)
    for writer in ("markdown", "html", "text", "json", "flat", "wikitext"):
        wikiconv.render(document, writer)


def test_text_node_for_nowiki_self_closing_leaves_no_trace() -> None:
    document = read("''a<nowiki/>''b''")
    assert all(not (isinstance(n, Text) and n.text == "") for n in iter_nodes(document))
    assert isinstance(document.blocks[0], Paragraph)


def test_per_wiki_options_through_parse() -> None:
    plain = read("[[Dog]]s [[Plik:A.jpg|mini|A]]")
    assert plain_text(plain.blocks[0]).startswith("Dogs")
    options = wikiconv.WikiOptions(link_trail="", file_namespaces=("File",))
    custom = wikiconv.parse("[[Dog]]s [[Plik:A.jpg]]", "wikitext", options=options)
    assert plain_text(custom.blocks[0]) == "Dogs Plik:A.jpg"
    assert [type(n).__name__ for n in custom.blocks[0].content][:2] == ["Link", "Text"]  # type: ignore[union-attr]
    with pytest.raises(wikiconv.FormatError, match="settings of the wikitext reader"):
        wikiconv.parse("x", "flat", options=options)


def test_text_about_tags_is_not_taken_for_escaped_wikitext() -> None:
    document = read("In HTML, &lt;b&gt; makes bold, &lt;i&gt; italic, &lt;u&gt; underline.")
    assert document.diagnostics == ()
    assert "<b> makes bold, <i> italic" in plain_text(document.blocks[0])


def test_text_writer_numbers_a_reused_footnote_once() -> None:
    document = read('a<ref name="x">Note.</ref> b<ref name="x"/> c<ref name="z"/>')
    output = wikiconv.render_output(document, "text")
    assert output.text == (
        "a[1] b[1] c[2]\n\nNotes\n[1] Note.\n"
        '[2] Cite error: the named reference "z" was invoked but never defined.\n'
    )
    assert any("never given its text" in d.message for d in output.diagnostics)


@pytest.mark.parametrize("writer", ["text", "flat"])
def test_writers_say_categories_are_not_written(writer: str) -> None:
    output = wikiconv.render_output(read("Text.\n[[Category:Things]]"), writer)
    assert any("categories" in d.message for d in output.diagnostics)


def test_parse_takes_the_date_and_the_handlers_of_the_wikitext_reader() -> None:
    from datetime import date

    from wikiconv.ast import Text
    from wikiconv.templates import default_registry

    source = "Born {{birth date and age|1952|9|9}}. {{shout|hi}}"
    then = wikiconv.parse(source, "wikitext", today=date(2000, 1, 1))
    later = wikiconv.parse(source, "wikitext", today=date(2025, 1, 1))
    assert "(age\u00a047)" in plain_text(then.blocks[0])
    assert "(age\u00a072)" in plain_text(later.blocks[0])
    registry = default_registry().copy()

    @registry.handler("shout")
    def shout(call, ctx):  # type: ignore[no-untyped-def]
        return (Text(call.text(1).upper()),)

    custom = wikiconv.parse(source, "wikitext", templates=registry, today=date(2000, 1, 1))
    assert plain_text(custom.blocks[0]).endswith(". HI")
    with pytest.raises(wikiconv.FormatError, match="today: settings of the wikitext reader"):
        wikiconv.parse("= T =\n\nx\n", "flat", today=date(2000, 1, 1))


def test_a_byte_order_mark_is_not_text_and_lone_surrogates_are_replaced() -> None:
    document = read("\ufeff== Head ==\nA \ud800 B\n\udc00x")
    assert type(document.blocks[0]).__name__ == "Section"
    section = document.blocks[0]
    assert plain_text(section.heading) == "Head"  # type: ignore[attr-defined]
    assert plain_text(section.blocks) == "A \ufffd B \ufffdx"  # type: ignore[attr-defined]
    assert [(d.code, d.line, d.column) for d in document.diagnostics] == [
        ("lone-surrogate", 2, 3)
    ]
    # The output can be written as UTF-8.
    wikiconv.render(document, "html").encode("utf-8")
