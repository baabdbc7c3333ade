"""Footnotes: numbering, groups, reuse, list-defined references and where lists stand.

Every writer numbers through wikiconv.references, so the rules are checked once on
the numbering and then on what each writer shows.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import html5lib
import pytest

import wikiconv
from wikiconv.ast import Document, Reference, ReferenceList, Template
from wikiconv.cli import main
from wikiconv.readers.wikitext import read
from wikiconv.references import note_label, numbered

_NS = "{http://www.w3.org/1999/xhtml}"

ARTICLE = """Alpha.<ref name="a">Note A.</ref> Beta.<ref name="b" /> Again.<ref name="a" />
Gamma.{{efn|A note.}} Delta.{{efn|Another note.}}

== Notes ==
{{notelist}}

== References ==
{{reflist|refs=
<ref name="b">Note B, defined in the list.</ref>
}}
"""


def _doc(text: str) -> Document:
    return read(text, today=date(2025, 1, 1))


def _render(text: str, writer: str) -> str:
    return wikiconv.render(_doc(text), writer)


def test_labels_count_the_way_mediawiki_groups_do() -> None:
    assert [note_label("", n) for n in (1, 2, 10)] == ["1", "2", "10"]
    assert [note_label("lower-alpha", n) for n in (1, 26, 27, 28)] == ["a", "z", "aa", "ab"]
    assert note_label("upper-alpha", 3) == "C"
    assert [note_label("lower-roman", n) for n in (4, 9, 14)] == ["iv", "ix", "xiv"]
    assert note_label("upper-roman", 1990) == "MCMXC"
    assert note_label("lower-greek", 2) == "β"
    assert note_label("nb", 3) == "nb 3"


def test_reflist_and_notelist_become_reference_lists_in_place() -> None:
    document = _doc(ARTICLE)
    notes, references = document.blocks[1:]
    assert isinstance(notes.blocks[0], ReferenceList)  # type: ignore[union-attr]
    assert notes.blocks[0].group == "lower-alpha"  # type: ignore[union-attr]
    listed = references.blocks[0]  # type: ignore[union-attr]
    assert isinstance(listed, ReferenceList) and listed.group == ""
    assert isinstance(listed.template, Template) and listed.template.name == "reflist"


def test_numbering_reuse_groups_and_list_defined_text() -> None:
    notes = numbered(_doc(ARTICLE))
    assert [(n.label, n.name, n.uses) for n in notes] == [
        ("1", "a", 2),
        ("2", "b", 1),
        ("a", "", 1),
        ("b", "", 1),
    ]
    texts = [tuple(t.text for t in n.content or () if hasattr(t, "text")) for n in notes]
    assert texts[1] == ("Note B, defined in the list.",)


def test_markdown_defines_each_footnote_where_its_list_stands() -> None:
    markdown = _render(ARTICLE, "markdown")
    assert "Alpha.[^1] Beta.[^2] Again.[^1]\nGamma.[^a] Delta.[^b]" in markdown
    notes_section = markdown.split("## Notes")[1].split("## References")[0]
    assert notes_section.strip() == "[^a]: A note.\n[^b]: Another note."
    references = markdown.split("## References")[1]
    assert references.strip() == "[^1]: Note A.\n[^2]: Note B, defined in the list."


def test_text_lists_notes_in_place_with_their_labels() -> None:
    text = _render(ARTICLE, "text")
    assert "Gamma.[a] Delta.[b]" in text
    assert "Notes\n\n[a] A note.\n[b] Another note.\n\nReferences\n\n[1] Note A." in text
    assert "\nNotes\n[" not in text  # nothing left over for the end


def test_html_markers_link_to_list_items_that_link_back() -> None:
    html = _render(ARTICLE, "html")
    tree = html5lib.parse(html)
    ids = {el.get("id") for el in tree.iter() if el.get("id")}
    hrefs = [el.get("href")[1:] for el in tree.iter(f"{_NS}a") if el.get("href", "")[:1] == "#"]
    assert hrefs and all(target in ids for target in hrefs)
    # Note 1 is cited twice: two back-links, a and b.
    item = next(el for el in tree.iter(f"{_NS}li") if el.get("id") == "cite-note-1")
    assert [a.text for a in item.iter(f"{_NS}a")] == ["a", "b"]
    # The efn notes are listed under Notes, counted a, b.
    lists = list(tree.iter(f"{_NS}ol"))
    assert [ol.get("type") for ol in lists] == ["a", None]
    assert html.index('data-group="lower-alpha"') < html.index('id="References"')


def test_a_second_list_of_a_group_shows_only_what_was_cited_since() -> None:
    text = "A.<ref>One.</ref>\n<references />\nB.<ref>Two.</ref>\n<references />\n"
    html = _render(text, "html")
    assert html.count('<ol class="references"') == 2
    assert '<ol class="references" start="2">' in html
    markdown = _render(text, "markdown")
    assert "[^1]: One.\n\nB.[^2]\n\n[^2]: Two." in markdown


def test_footnotes_after_the_last_list_go_at_the_end() -> None:
    text = "<references />\nLate.<ref>After the list.</ref>\n"
    assert _render(text, "markdown").endswith("Late.[^1]\n\n[^1]: After the list.\n")
    assert _render(text, "text").endswith("Late.[1]\n\nNotes\n[1] After the list.\n")


def test_references_tag_content_defines_named_footnotes() -> None:
    text = 'See.<ref name="x" />\n<references>\n<ref name="x">Defined inside.</ref>\n</references>'
    document = _doc(text)
    listed = document.blocks[-1]
    assert isinstance(listed, ReferenceList)
    assert listed.definitions == (Reference(listed.definitions[0].content, name="x"),)
    assert "[^1]: Defined inside." in wikiconv.render(document, "markdown")


def test_an_undefined_footnote_shows_the_cite_error_and_is_reported() -> None:
    rendered = wikiconv.render_output(_doc('A.<ref name="ghost" />'), "markdown")
    assert 'Cite error: the named reference "ghost" was invoked but never defined.' in (
        rendered.text
    )
    assert any("never given its text" in d.message for d in rendered.diagnostics)


def test_efn_refn_r_and_rp() -> None:
    text = (
        'A.<ref name="p">Page source.</ref> B.{{r|p}}{{rp|12}} '
        "C.{{refn|group=nb|A grouped note.}} D.{{efn-ua|Upper note.}}"
    )
    markdown = _render(text, "markdown")
    assert "A.[^1] B.[^1]<sup>:12</sup> C.[^nb-1] D.[^A]" in markdown
    assert "[^nb-1]: A grouped note." in markdown
    assert "[^A]: Upper note." in markdown


def test_json_lists_each_footnote_once_with_its_citation_fields() -> None:
    text = (
        'A.<ref name="w">{{cite web |url=https://example.org/x |title=Example '
        '|access-date=5 May 2020}}</ref> B.<ref name="w" />\n{{reflist}}'
    )
    data = wikiconv.to_dict(_doc(text))
    assert data["references"] == [
        {
            "number": 1,
            "label": "1",
            "group": "",
            "name": "w",
            "text": '"Example". Retrieved 5 May 2020.',
            "uses": 2,
            "citations": [
                {
                    "template": "Cite web",
                    "fields": {
                        "url": "https://example.org/x",
                        "title": "Example",
                        "access-date": "5 May 2020",
                    },
                }
            ],
        }
    ]
    assert data["lead"][-1] == {"type": "references", "group": ""}


def test_reference_lists_write_back_as_written() -> None:
    for text in (
        "A.<ref>x</ref>\n\n{{Reflist|30em}}\n",
        'A.<ref name="y" />\n\n<references group="nb">\n<ref name="y">z</ref>\n</references>\n',
    ):
        document = _doc(text)
        assert wikiconv.render(document, "wikitext") == text
        assert _doc(wikiconv.render(document, "wikitext")) == document


def test_a_footnote_of_one_unknown_call_shows_the_call_and_its_arguments() -> None:
    # MS Thomson Majesty cites a class register with {{csr}}; Ang Lee's German page
    # cites a film with {{IMDb Titel}}. An empty note would point at nothing.
    document = read(
        "Text.<ref name=dnv>{{csr|register=DNV|id=16244|shipname=Thomson Majesty}}</ref>"
        " More.<ref>{{IMDb Titel|tt1006908|Lian xi qu}}</ref> Known.<ref>{{cite web"
        "|title=T|url=http://example.org}}</ref>\n\n{{reflist}}"
    )
    notes = [r["text"] for r in wikiconv.to_dict(document)["references"]]
    assert notes[:2] == [
        "Csr: DNV, 16244, Thomson Majesty",
        "IMDb Titel: tt1006908, Lian xi qu",
    ]
    assert [(d.code, d.line, d.column) for d in document.diagnostics] == [
        ("footnote-fallback", 1, 20),
        ("footnote-fallback", 1, 91),
    ]


def test_calls_shown_by_their_arguments_are_not_counted_as_handled(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.wiki"
    page.write_text("Text.<ref>{{IMDb Titel|tt1006908|Lian xi qu}}</ref>\n", encoding="utf-8")
    assert main(["templates", str(page)]) == 0
    assert "      1  no       IMDb Titel" in capsys.readouterr().out


@pytest.mark.parametrize(
    "source",
    ["<ref name=a><ref name=a/></ref>", "<ref name=a>x<ref name=b>y<ref name=a/></ref></ref>"],
)
def test_a_footnote_that_cites_itself_is_written_once(source: str) -> None:
    document = read(source)
    for fmt in ("html", "markdown", "text", "json", "pandoc"):
        wikiconv.render(document, fmt)
    assert wikiconv.render(document, "markdown").count("[^1]:") == 1


def test_a_list_defined_footnote_without_a_name_is_ignored_by_every_writer() -> None:
    # Found by fuzzing: nothing can cite it, and the writers raised KeyError.
    document = read("Text.\n<references><ref>Lost.</ref></references>")
    for fmt in ("html", "markdown", "text", "json", "pandoc"):
        assert "Lost." not in wikiconv.render(document, fmt)
    # Not silently: the reader says why, where.
    assert [(d.code, d.line, d.column) for d in document.diagnostics] == [
        ("reference-without-name", 2, 1)
    ]
