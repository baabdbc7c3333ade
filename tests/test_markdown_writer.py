"""The Markdown writer, checked by reading its output back with markdown-it-py.

Each test builds a tree, writes it as Markdown, parses the Markdown with markdown-it
(CommonMark plus GFM tables and strikethrough) and checks the token stream: the
structure and the text must be what the tree says, with no markup the tree did not ask
for. markdown-it has no footnotes in this configuration, so footnote references and
definitions are checked in the source.
"""

from __future__ import annotations

import random

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

import wikiconv
from wikiconv.ast import (
    Block,
    BlockQuote,
    BlockTag,
    Bold,
    Cell,
    Code,
    CodeBlock,
    Document,
    ExternalLink,
    Gallery,
    HorizontalRule,
    Image,
    Infobox,
    InfoboxField,
    Inline,
    InlineTag,
    Italic,
    LineBreak,
    Link,
    List,
    ListItem,
    Math,
    Paragraph,
    Plain,
    Preformatted,
    RawBlock,
    RawInline,
    Reference,
    Row,
    Section,
    Small,
    SoftBreak,
    Strikeout,
    Subscript,
    Superscript,
    Table,
    Template,
    TemplateParam,
    Text,
    Underline,
)
from wikiconv.errors import FormatError
from wikiconv.nodeio import node_types
from wikiconv.writers.base import method_name
from wikiconv.writers.markdown import MarkdownWriter

from conftest import SEED

MD = MarkdownIt("commonmark").enable("table").enable("strikethrough")
WIKI = "https://en.wikipedia.org/wiki/"


def write(*blocks: Block, title: str | None = None, **options: object) -> str:
    return wikiconv.render(Document(tuple(blocks), title=title), "markdown", **options)


def lost(*blocks: Block) -> str:
    rendered = wikiconv.render_output(Document(tuple(blocks)), "markdown")
    return " ".join(d.message for d in rendered.diagnostics)


def para(*content: Inline) -> Paragraph:
    return Paragraph(tuple(content))


def plain(*content: Inline) -> Plain:
    return Plain(tuple(content))


def item(*blocks: Block) -> ListItem:
    return ListItem(tuple(blocks))


def tokens(markdown: str) -> list[Token]:
    return MD.parse(markdown)


def types(markdown: str) -> list[str]:
    return [token.type for token in tokens(markdown)]


def inline_text(token: Token) -> str:
    """The text an inline token shows; line breaks as newlines."""
    out = []
    for child in token.children or []:
        if child.type in ("softbreak", "hardbreak"):
            out.append("\n")
        elif child.type in ("text", "code_inline"):
            out.append(child.content)
    return "".join(out)


def kids(token: Token) -> list[Token]:
    """An inline token's children, less the empty texts markdown-it leaves by emphasis."""
    return [c for c in token.children or [] if c.type != "text" or c.content]


def inlines(markdown: str) -> list[Token]:
    """The children of the only inline token of ``markdown``, which must be one paragraph."""
    found = tokens(markdown)
    assert [t.type for t in found] == ["paragraph_open", "inline", "paragraph_close"], markdown
    return kids(found[1])


def child_types(markdown: str) -> list[str]:
    return [child.type for child in inlines(markdown)]


def cells(markdown: str, kind: str = "td") -> list[str]:
    """The text of each header (``th``) or body (``td``) cell, in order."""
    found = tokens(markdown)
    return [inline_text(found[i + 1]) for i, t in enumerate(found) if t.type == f"{kind}_open"]


# --------------------------------------------------------------------------- the seed


@pytest.fixture(scope="module")
def seed_markdown() -> str:
    return wikiconv.render(wikiconv.parse(SEED.read_text(encoding="utf-8")), "markdown")


SEED_KEYS = [
    "Conflict",
    "Partof",
    "Date",
    "Place",
    "Result",
    "Combatant1",
    "Combatant2",
    "Commander1",
    "Commander2",
    "Casualties1",
    "Casualties2",
]


def test_seed_title_is_the_only_h1(seed_markdown: str) -> None:
    found = tokens(seed_markdown)
    h1 = [i for i, t in enumerate(found) if t.type == "heading_open" and t.tag == "h1"]
    assert len(h1) == 1
    assert found[h1[0] + 1].content == "Afshar massacre"


def test_seed_infobox_is_a_table_of_its_fields(seed_markdown: str) -> None:
    found = tokens(seed_markdown)
    start = next(i for i, t in enumerate(found) if t.type == "table_open")
    end = next(i for i, t in enumerate(found) if t.type == "table_close")
    table = found[start:end]
    heads = [table[i + 1].content for i, t in enumerate(table) if t.type == "th_open"]
    assert heads == ["Field", "Value"]
    rows: list[list[str]] = []
    in_body = False
    for i, token in enumerate(table):
        in_body = in_body or token.type == "tbody_open"
        if in_body and token.type == "tr_open":
            rows.append([])
        if in_body and token.type == "td_open":
            rows[-1].append(inline_text(table[i + 1]))
    assert len(rows) == 11
    assert [row[0] for row in rows] == SEED_KEYS
    document = wikiconv.parse(SEED.read_text(encoding="utf-8"))
    infobox = document.blocks[0]
    assert isinstance(infobox, Infobox)
    assert [row[1] for row in rows] == [
        "".join(n.text for n in f.value if isinstance(n, Text)) for f in infobox.fields
    ]
    assert "23px|border" in rows[7][1]


def test_seed_paragraph_after_the_table_is_a_paragraph(seed_markdown: str) -> None:
    found = tokens(seed_markdown)
    end = next(i for i, t in enumerate(found) if t.type == "table_close")
    assert found[end + 1].type == "paragraph_open"
    assert found[end + 2].content.startswith("The Afshar Massacre was a state-sponsored")


def test_seed_sections_and_see_also_list(seed_markdown: str) -> None:
    found = tokens(seed_markdown)
    h2 = [found[i + 1].content for i, t in enumerate(found) if t.type == "heading_open"]
    assert h2 == [
        "Afshar massacre",
        "Background and objectives",
        "Preparation",
        "Crimes",
        "See also",
    ]
    assert [t.tag for t in found if t.type == "heading_open"] == ["h1"] + ["h2"] * 4
    items = [i for i, t in enumerate(found) if t.type == "list_item_open"]
    assert len(items) == 1
    assert found[items[0] + 2].content == "List of massacres in Afghanistan"
    assert found[items[0] - 1].type == "bullet_list_open"


def test_seed_layout(seed_markdown: str) -> None:
    assert seed_markdown.endswith("\n") and not seed_markdown.endswith("\n\n")
    assert "\n\n\n" not in seed_markdown
    assert "| Field | Value |\n| --- | --- |\n| Conflict | Afshar Operation |" in seed_markdown
    # Ordinary prose is left alone: no escapes in the lead paragraph.
    assert "Rabbani's Islamic State of Afghanistan government" in seed_markdown


# --------------------------------------------------------------------------- escaping

TRICKY = [
    "*emphasis*",
    "**strong**",
    "_under_",
    "__double__",
    "snake_case_name",
    "a * b * c",
    "2*3*4",
    "~~struck~~",
    "~700 killed, ~4000 homes",
    "`code`",
    "``double`` and ` single",
    "[link](http://example.com)",
    "[ref] and [ref]: /url",
    "![img](x.png)",
    "[^1]",
    "[^1]: not a footnote",
    "<b>bold</b>",
    "<!-- comment -->",
    "<http://example.com>",
    "a < b > c <3",
    "x<y and <div>",
    "&amp; &copy; &#35; &#x41;",
    "AT&T & Co",
    "back\\slash \\* \\",
    "C:\\Windows\\System32",
    "# heading",
    "###### six",
    "#hashtag",
    "> quote",
    "- item",
    "+ item",
    "* item",
    "1. one",
    "2) two",
    "1986. A year",
    "---",
    "***",
    "___",
    "- - -",
    "===",
    "Title\n===",
    "Title\n---",
    "Title\n-",
    "a | b | c",
    "| a | b |",
    "a | b\n:-",
    "a | b\n--|--",
    "```fence",
    "~~~fence",
    "    four spaces",
    "\ttab first",
    "trailing spaces  ",
    "line one\nline two",
    "para\n\nsplit",
    "item\n- not a list\n1. nor this\n# nor a heading\n> nor a quote",
    "Arabic: مجزرة أفشار",
    "Hebrew: שלום עולם",
    "Café naïve façade",
    "no-break\u00a0space\u00a0",
    "\u00a0leading no-break",
    "Heading #",
    "#",
    "Heading ##",
    "5 km (3.1 mi)",
    "don't, o'clock",
    "foo.bar-baz (qux)",
    "!important and wow!",
    "$5 and $6",
    "ends with backslash\\",
    "\\*not emphasis\\*",
    "under_score_ and _lead",
    "**",
    "*",
    "_",
    "~",
    "|",
    "[",
    "]",
    "<",
    "&",
    "\\",
    "!",
]


def normalise_block(text: str) -> str:
    """What a paragraph shows: lines without edge spaces, no empty lines."""
    lines = (line.strip(" \t") for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def normalise_line(text: str) -> str:
    """What a heading or a table cell shows: one line without edge spaces."""
    return text.replace("\n", " ").strip(" \t")


@pytest.mark.parametrize("text", TRICKY)
def test_text_reads_back_as_a_paragraph(text: str) -> None:
    markdown = write(para(Text(text)))
    assert set(child_types(markdown)) <= {"text", "softbreak"}
    assert inline_text(tokens(markdown)[1]) == normalise_block(text)


@pytest.mark.parametrize("text", TRICKY)
def test_text_reads_back_as_a_list_item(text: str) -> None:
    markdown = write(List((item(plain(Text(text))),)))
    found = tokens(markdown)
    assert [t.type for t in found] == [
        "bullet_list_open",
        "list_item_open",
        "paragraph_open",
        "inline",
        "paragraph_close",
        "list_item_close",
        "bullet_list_close",
    ]
    assert {c.type for c in kids(found[3])} <= {"text", "softbreak"}
    assert inline_text(found[3]) == normalise_block(text)


@pytest.mark.parametrize("text", TRICKY)
def test_text_reads_back_as_a_table_cell(text: str) -> None:
    markdown = write(Infobox((InfoboxField(text, (Text(text),)),)))
    found = tokens(markdown)
    cells = [found[i + 1] for i, t in enumerate(found) if t.type == "td_open"]
    assert [t.type for t in found].count("tr_open") == 2
    assert len(cells) == 2
    for cell in cells:
        assert {c.type for c in kids(cell)} <= {"text"}
        assert inline_text(cell) == normalise_line(text)


@pytest.mark.parametrize("text", TRICKY)
def test_text_reads_back_as_a_heading(text: str) -> None:
    markdown = write(Section(2, (Text(text),)))
    found = tokens(markdown)
    assert [t.type for t in found] == ["heading_open", "inline", "heading_close"]
    assert found[0].tag == "h2"
    assert {c.type for c in kids(found[1])} <= {"text"}
    assert inline_text(found[1]) == normalise_line(text)


def test_text_reads_back_as_the_title() -> None:
    markdown = write(title="C# *and* [F#] ##")
    assert [t.type for t in tokens(markdown)] == ["heading_open", "inline", "heading_close"]
    assert inline_text(tokens(markdown)[1]) == "C# *and* [F#] ##"


@pytest.mark.parametrize(
    "text",
    ["snake_case_name", "foo.bar-baz (qux)", "don't", "5 km (3.1 mi)", "a * b", "C:\\Windows"],
)
def test_ordinary_text_is_not_escaped(text: str) -> None:
    assert write(para(Text(text))) == text + "\n"


def test_escapes_are_only_where_needed() -> None:
    assert write(para(Text("*a* _b_ [c]"))) == "\\*a\\* \\_b\\_ \\[c\\]\n"
    assert write(para(Text("1. one"))) == "1\\. one\n"
    assert write(para(Text("x\n# y"))) == "x\n\\# y\n"
    assert write(para(Text("&amp; AT&T"))) == "\\&amp; AT&T\n"


# --------------------------------------------------------------------------- inlines


def test_bold_italic_strikeout() -> None:
    markdown = write(para(Bold((Text("b"),)), Text(" "), Italic((Text("i"),)), Text(" ")))
    assert markdown == "**b** *i*\n"
    markdown = write(para(Text("x "), Strikeout((Text("gone"),)), Text(" y")))
    assert markdown == "x ~~gone~~ y\n"
    assert child_types(markdown) == ["text", "s_open", "text", "s_close", "text"]


def test_emphasis_keeps_edge_spaces_outside() -> None:
    markdown = write(para(Text("a"), Bold((Text(" spaced "),)), Text("b")))
    assert markdown == "a **spaced** b\n"
    assert child_types(markdown) == ["text", "strong_open", "text", "strong_close", "text"]


def test_empty_emphasis_writes_nothing() -> None:
    assert write(para(Text("a"), Bold(()), Italic((Text(""),)), Text("b"))) == "ab\n"


def test_emphasis_inside_a_word() -> None:
    markdown = write(
        para(Text("N"), Bold((Text("orth"),)), Text(" "), Bold((Text("A"),)), Text("tl."))
    )
    assert markdown == "N**orth** **A**tl.\n"
    assert child_types(markdown).count("strong_open") == 2


def test_emphasis_that_would_not_parse_falls_back_to_html() -> None:
    # Next to another run of asterisks, ** would merge into it.
    markdown = write(para(Bold((Text("a"),)), Bold((Text("b"),))))
    assert markdown == "**a**<strong>b</strong>\n"
    assert child_types(markdown) == [
        "strong_open",
        "text",
        "strong_close",
        "html_inline",
        "text",
        "html_inline",
    ]
    # Inside other emphasis, a run that could also close is not trusted.
    markdown = write(para(Italic((Text("x"), Bold((Text("(y)"),)), Text("z")))))
    assert markdown == "*x<strong>(y)</strong>z*\n"


def test_bold_italic_together() -> None:
    markdown = write(para(Bold((Italic((Text("both"),)),))))
    assert markdown == "***both***\n"
    assert sorted(set(child_types(markdown))) == [
        "em_close",
        "em_open",
        "strong_close",
        "strong_open",
        "text",
    ]


def test_punctuation_at_emphasis_edges() -> None:
    markdown = write(para(Text("("), Bold((Text('"Quoted."'),)), Text(")")))
    assert child_types(markdown) == ["text", "strong_open", "text", "strong_close", "text"]
    assert inline_text(tokens(markdown)[1]) == '("Quoted.")'


@pytest.mark.parametrize(
    ("node", "tag"),
    [(Underline, "u"), (Superscript, "sup"), (Subscript, "sub"), (Small, "small")],
)
def test_html_styles(node: type[Underline], tag: str) -> None:
    markdown = write(para(Text("x"), node((Text("y"),))))
    assert markdown == f"x<{tag}>y</{tag}>\n"
    assert child_types(markdown) == ["text", "html_inline", "text", "html_inline"]


def test_html_style_at_paragraph_start_is_not_an_html_block() -> None:
    markdown = write(para(Underline((SoftBreak(), Text("x"))), Text(" y")))
    assert types(markdown) == ["paragraph_open", "inline", "paragraph_close"]


@pytest.mark.parametrize("text", ["plain", "a`b", "``x", "x``", " padded ", "`", "a | b"])
def test_code_spans(text: str) -> None:
    markdown = write(para(Code(text)))
    assert child_types(markdown) == ["code_inline"]
    assert inlines(markdown)[0].content == text


def test_code_span_with_pipe_in_a_table_cell() -> None:
    markdown = write(Infobox((InfoboxField("k", (Code("a|b"),)),)))
    found = tokens(markdown)
    cells = [found[i + 1] for i, t in enumerate(found) if t.type == "td_open"]
    assert [c.type for c in kids(cells[1])] == ["code_inline"]
    assert cells[1].content and inline_text(cells[1]) == "a|b"


def test_adjacent_code_is_one_span() -> None:
    markdown = write(para(Code("a"), Code("b")))
    assert inlines(markdown)[0].content == "ab"


def test_inline_tag_keeps_content_and_reports() -> None:
    node = para(InlineTag("abbr", (("title", "x"),), (Text("e.g."),)))
    assert write(node) == "e.g.\n"
    assert "InlineTag: <abbr>" in lost(node)


def test_internal_links() -> None:
    markdown = write(
        para(
            Link("Afshar massacre"),
            Text(" "),
            Link("Kabul", (Text("the city"),), anchor="History (modern)"),
            Text(" "),
            Link("", anchor="Crimes"),
        )
    )
    links = [t for t in inlines(markdown) if t.type == "link_open"]
    assert [t.attrs["href"] for t in links] == [
        WIKI + "Afshar_massacre",
        WIKI + "Kabul#History_(modern)",
        "#Crimes",
    ]
    assert inline_text(tokens(markdown)[1]) == "Afshar massacre the city #Crimes"


def test_link_template_option() -> None:
    template = "https://wiki.example/{title}.html"
    markdown = write(
        para(Link("Ahmad Shah Massoud"), Image("File:Map.png")), link_template=template
    )
    found = inlines(markdown)
    assert found[0].attrs["href"] == "https://wiki.example/Ahmad_Shah_Massoud.html"
    assert found[-1].attrs["src"] == "https://wiki.example/Special:FilePath/Map.png.html"


def test_relative_link_template_cannot_read_as_a_scheme() -> None:
    markdown = write(para(Link("Help:Contents"), Link("AC/DC  (band)")), link_template="{title}.md")
    links = [t for t in inlines(markdown) if t.type == "link_open"]
    assert [t.attrs["href"] for t in links] == ["./Help:Contents.md", "AC/DC_(band).md"]


def test_script_links_are_written_as_text() -> None:
    node = para(ExternalLink("javascript:alert(1)", (Text("click"),)), ExternalLink(" data:x"))
    markdown = write(node)
    assert child_types(markdown) == ["text"]
    assert inline_text(tokens(markdown)[1]) == "click data:x"
    assert "a link to a script" in lost(node)


def test_unknown_option_is_refused() -> None:
    with pytest.raises(FormatError):
        write(para(Text("x")), standalone=True)


def test_link_urls_cannot_break_the_link() -> None:
    markdown = write(para(Link("Foo)bar", (Text("label"),)), Link("A <b> c")))
    links = [t for t in inlines(markdown) if t.type == "link_open"]
    assert [t.attrs["href"] for t in links] == [WIKI + "Foo)bar", WIKI + "A_%3Cb%3E_c"]


def test_external_links() -> None:
    markdown = write(
        para(
            ExternalLink("https://example.org/a_(b)", (Text("labelled"),)),
            Text(" "),
            ExternalLink("https://example.org/bare"),
            Text(" "),
            ExternalLink("https://example.org/one", numbered=True),
            Text(" "),
            ExternalLink("https://example.org/two", numbered=True),
        )
    )
    found = inlines(markdown)
    links = [t for t in found if t.type == "link_open"]
    assert [t.attrs["href"] for t in links] == [
        "https://example.org/a_(b)",
        "https://example.org/bare",
        "https://example.org/one",
        "https://example.org/two",
    ]
    assert links[1].markup == "autolink"
    assert inline_text(tokens(markdown)[1]) == "labelled https://example.org/bare [1] [2]"


def test_images() -> None:
    markdown = write(
        para(Image("File:Afshar map.png", caption=(Text("A map"),)), Image("File:X.jpg"))
    )
    images = inlines(markdown)
    assert [t.type for t in images] == ["image", "image"]
    assert images[0].attrs["src"] == WIKI + "Special:FilePath/Afshar_map.png"
    assert [t.content for t in images] == ["A map", "File:X.jpg"]
    assert "image options" in lost(para(Image("File:X.jpg", options=(("thumb", ""),))))


def test_footnotes() -> None:
    markdown = write(
        para(
            Text("One"),
            Reference((Text("First note."),), name="a"),
            Text(" two"),
            Reference((Text("Second note"), Reference((Text("nested note"),)))),
            Text(" again"),
            Reference(name="a"),
        ),
        para(Reference((Text("Third, in another paragraph"),))),
    )
    assert markdown.startswith("One[^1] two[^2] again[^1]\n\n[^4]\n\n")
    assert markdown.endswith(
        "[^1]: First note.\n[^2]: Second note[^3]\n[^3]: nested note\n"
        "[^4]: Third, in another paragraph\n"
    )


def test_footnotes_in_an_image_caption_follow_the_image() -> None:
    # Alt text cannot hold a footnote marker. Dropped, the footnote's text was lost and
    # every later footnote renumbered (toronto, United-Kingdom).
    caption = (Text("A view"), Reference((Text("Photo note."),)), Text(" from the west"))
    markdown = write(
        para(Image("File:View.jpg", caption=caption), Text(" After"), Reference((Text("Next."),)))
    )
    assert markdown == (
        f"![A view from the west]({WIKI}Special:FilePath/View.jpg)[^1] After[^2]\n\n"
        "[^1]: Photo note.\n[^2]: Next.\n"
    )
    assert "footnote" not in lost(para(Image("File:View.jpg", caption=caption)))


def test_footnote_text_is_escaped() -> None:
    markdown = write(para(Reference((Text("# not *a* heading"),))))
    assert markdown.endswith("[^1]: \\# not \\*a\\* heading\n")


def test_math() -> None:
    markdown = write(
        para(Text("area "), Math("\\pi r^2"), Text(" and"), Math("E = mc^2", display=True))
    )
    assert markdown == "area $\\pi r^2$ and\n$$E = mc^2$$\n"


def test_templates() -> None:
    rendered = Template("convert", (TemplateParam("1", (Text("5"),)),), (Text("5 km"),))
    dropped = Template("citation needed")
    assert write(para(Text("It is "), rendered, dropped, Text("."))) == "It is 5 km.\n"
    assert "Template: a template with no rendering is dropped" in lost(para(dropped))
    writer = MarkdownWriter(MarkdownWriter.make_options())
    assert writer.template_param(TemplateParam("1", (Text("*x*"),))) == "\\*x\\*"


def test_raw_inline() -> None:
    markdown = write(para(RawInline("html", "<kbd>K</kbd>"), RawInline("latex", "\\LaTeX")))
    assert markdown == "<kbd>K</kbd>\n"
    assert "RawInline: raw latex content is dropped" in lost(para(RawInline("latex", "x")))


def test_breaks() -> None:
    markdown = write(para(Text("a"), SoftBreak(), Text("b"), LineBreak(), Text("c"), LineBreak()))
    assert markdown == "a\nb\\\nc\n"
    assert child_types(markdown) == ["text", "softbreak", "text", "hardbreak", "text"]


def test_breaks_in_a_table_cell() -> None:
    value = (Text("a"), SoftBreak(), Text("b"), LineBreak(), Text("c"))
    markdown = write(Infobox((InfoboxField("k", value),)))
    assert "| k | a b<br>c |" in markdown


# --------------------------------------------------------------------------- blocks


def test_nested_lists() -> None:
    tree = List(
        (
            item(
                plain(Text("one")), List((item(plain(Text("one.a"))), item(plain(Text("one.b")))))
            ),
            item(
                plain(Text("two")),
                List((item(plain(Text("first"))), item(plain(Text("second")))), kind="ordered"),
            ),
        )
    )
    markdown = write(tree)
    assert markdown == "- one\n  - one.a\n  - one.b\n- two\n  1. first\n  2. second\n"
    found = tokens(markdown)
    opened = [(t.type, t.level) for t in found if t.type.endswith("list_open")]
    assert opened == [("bullet_list_open", 0), ("bullet_list_open", 2), ("ordered_list_open", 2)]
    texts = [t.content for t in found if t.type == "inline"]
    assert texts == ["one", "one.a", "one.b", "two", "first", "second"]


def test_nested_list_under_a_wide_marker() -> None:
    items = tuple(item(plain(Text(str(n)))) for n in range(1, 10))
    last = item(plain(Text("ten")), List((item(plain(Text("inner"))),)))
    markdown = write(List((*items, last), kind="ordered"))
    assert markdown.endswith("10. ten\n    - inner\n")
    assert [t.level for t in tokens(markdown) if t.type == "bullet_list_open"] == [2]


def test_adjacent_lists_stay_apart() -> None:
    markdown = write(List((item(plain(Text("a"))),)), List((item(plain(Text("b"))),)))
    assert types(markdown).count("bullet_list_open") == 2


def test_list_item_starting_with_a_block() -> None:
    tree = List(
        (item(CodeBlock("x")), item(HorizontalRule()), item(para(Text("p")), para(Text("q"))))
    )
    found = types(write(tree))
    assert found.count("list_item_open") == 3
    assert "fence" in found and "hr" in found
    assert found.count("paragraph_open") == 2


def test_definition_list() -> None:
    # Terms and definitions are no list items (HTML writes <dt> and <dd>), so Markdown
    # writes them as paragraphs; as items they would be items the HTML does not have.
    tree = List(
        (
            ListItem((plain(Text("Term")),), kind="term"),
            ListItem((plain(Text("first definition")),), kind="definition"),
            ListItem((plain(Text("- second definition")),), kind="definition"),
        ),
        kind="definition",
    )
    markdown = write(tree)
    assert markdown == "**Term**\n\nfirst definition\n\n\\- second definition\n"
    found = tokens(markdown)
    assert "list_item_open" not in [t.type for t in found]
    assert [c.type for c in kids(found[1])] == ["strong_open", "text", "strong_close"]
    assert [inline_text(t) for t in found if t.type == "inline"][1:] == [
        "first definition",
        "- second definition",
    ]


def test_definition_continuing_a_list_item_stays_in_the_item() -> None:
    # "*What is my target?\n*:- Affinity…" (Chemical-biology): the "*:" line continues
    # the item; written as an item of its own it became a second, nested item.
    continuation = List((ListItem((plain(Text("more text")),), kind="definition"),), "definition")
    tree = List((item(plain(Text("first text")), continuation), item(plain(Text("next")))))
    markdown = write(tree)
    assert markdown == "- first text\n\n  more text\n- next\n"
    found = tokens(markdown)
    assert [t.type for t in found].count("list_item_open") == 2
    assert [t.content for t in found if t.type == "inline"] == ["first text", "more text", "next"]


def test_a_list_in_a_definition_stays_apart_from_a_list_before_it() -> None:
    inner = List((item(plain(Text("inner"))),))
    tree = List((ListItem((inner,), kind="definition"),), kind="definition")
    markdown = write(List((item(plain(Text("outer"))),)), tree)
    assert markdown == "- outer\n\n* inner\n"
    assert types(markdown).count("bullet_list_open") == 2


def test_term_in_a_bullet_list_is_an_item() -> None:
    tree = List((item(plain(Text("a"))), ListItem((plain(Text("b")),), kind="term")))
    assert write(tree) == "- a\n- b\n"
    assert "outside a definition list" in lost(tree)


def test_definition_list_in_a_table_cell_has_no_markers() -> None:
    definitions = List(
        (
            ListItem((plain(Text("Term")),), kind="term"),
            ListItem((plain(Text("meaning")),), kind="definition"),
        ),
        kind="definition",
    )
    markdown = write(Table((Row((Cell((para(Text("intro")), definitions)),)),)))
    assert cells(markdown) == ["introTermmeaning"]
    assert "| intro<br>**Term**<br>meaning |" in markdown


def test_table_with_header_row() -> None:
    table = Table(
        (
            Row(
                (
                    Cell((plain(Text("Name")),), header=True),
                    Cell((plain(Text("Year")),), header=True),
                )
            ),
            Row((Cell((plain(Text("Afshar")),)), Cell((plain(Text("1993")),)))),
        ),
        caption=(Text("Events"),),
    )
    markdown = write(table)
    assert markdown == "Events\n\n| Name | Year |\n| --- | --- |\n| Afshar | 1993 |\n"
    assert cells(markdown, "th") == ["Name", "Year"]
    assert cells(markdown) == ["Afshar", "1993"]


def test_table_without_header_row() -> None:
    markdown = write(Table((Row((Cell((plain(Text("a")),)), Cell((plain(Text("b|c")),)))),)))
    assert cells(markdown, "th") == ["", ""]
    assert cells(markdown) == ["a", "b|c"]


def test_table_spans_and_block_cells_are_flattened() -> None:
    table = Table(
        (
            Row((Cell((plain(Text("wide")),), colspan=2), Cell((plain(Text("c")),)))),
            Row((Cell((para(Text("p1")), List((item(plain(Text("li"))),)))), Cell(()), Cell(()))),
        )
    )
    markdown = write(table)
    assert "| wide |  | c |" in markdown
    assert "| p1<br>- li |  |  |" in markdown
    found = tokens(markdown)
    assert [t.type for t in found].count("td_open") == 6
    assert "merged cells" in lost(table) and "flattened" in lost(table)


def test_cells_below_a_row_span_keep_their_columns() -> None:
    # Ewelina-Setowska-Dryk: "|rowspan=2|2003" left the next row's "2nd" under "Year".
    def cell(text: str, **spans: int) -> Cell:
        return Cell((plain(Text(text)),), **spans)

    table = Table(
        (
            Row(tuple(Cell((plain(Text(h)),), header=True) for h in ("Year", "Place", "Event"))),
            Row((cell("2003", rowspan=2), cell("a"), cell("b"))),
            Row((cell("c"), cell("d"))),
            Row((cell("wide", colspan=2, rowspan=2), cell("e"))),
            Row((cell("f"),)),
        )
    )
    markdown = write(table)
    assert "| 2003 | a | b |\n|  | c | d |\n| wide |  | e |\n|  |  | f |\n" in markdown
    assert cells(markdown) == ["2003", "a", "b", "", "c", "d", "wide", "", "e", "", "", "f"]
    assert "merged cells" in lost(table)


def test_a_table_in_a_table_cell_follows_its_table() -> None:
    # washington-nationals: a game log table inside a cell ran all its cells together.
    inner = Table((Row((Cell((plain(Text("1")),)), Cell((plain(Text("April 3")),)))),))
    deeper = Table((Row((Cell((plain(Text("deep")),)),)),))
    holder = BlockTag("div", (), (plain(Text("April")), inner))
    outer = Table(
        (
            Row((Cell((plain(Text("Game log")),), header=True),)),
            Row((Cell((holder,)),)),
            Row((Cell((para(Text("May")), Table((Row((Cell((deeper,)),)),)))),)),
        )
    )
    markdown = write(outer, para(Text("After")))
    assert markdown == (
        "| Game log |\n| --- |\n| April |\n| May |\n\n"
        "|  |  |\n| --- | --- |\n| 1 | April 3 |\n\n"
        "|  |\n| --- |\n|  |\n\n"
        "|  |\n| --- |\n| deep |\n\n"
        "After\n"
    )
    assert cells(markdown, "th") == ["Game log", "", "", "", ""]
    assert cells(markdown) == ["April", "May", "1", "April 3", "", "deep"]
    assert "after its table" in lost(outer)


def test_infobox_is_followed_by_a_paragraph() -> None:
    markdown = write(Infobox((InfoboxField("Key", (Text("value"),)),)), para(Text("After")))
    found = tokens(markdown)
    assert [t.type for t in found][-3:] == ["paragraph_open", "inline", "paragraph_close"]
    assert found[-4].type == "table_close"


def test_infobox_with_empty_value() -> None:
    markdown = write(Infobox((InfoboxField("Key", ()), InfoboxField("", (Text("v"),)))))
    found = tokens(markdown)
    cells = [found[i + 1].content for i, t in enumerate(found) if t.type == "td_open"]
    assert cells == ["Key", "", "", "v"]


@pytest.mark.parametrize("text", ["plain", "has ``` inside", "```\nfence\n````", "~~~"])
def test_code_block_fences(text: str) -> None:
    markdown = write(CodeBlock(text, language="python"))
    found = tokens(markdown)
    assert [t.type for t in found] == ["fence"]
    assert found[0].content == text + "\n"
    assert found[0].info == "python"


def test_preformatted() -> None:
    node = Preformatted((Text("  indented *x*"), SoftBreak(), Bold((Text("b"),))))
    found = tokens(write(node))
    assert [t.type for t in found] == ["fence"]
    assert found[0].content == "  indented *x*\nb\n"
    assert "formatting inside preformatted text" in lost(node)


def test_horizontal_rule_block_quote_and_block_tag() -> None:
    tag = BlockTag("div", (), (para(Text("in div")),))
    markdown = write(
        para(Text("a")), HorizontalRule(), BlockQuote((para(Text("q")), para(Text("r")))), tag
    )
    assert markdown == "a\n\n---\n\n> q\n>\n> r\n\nin div\n"
    assert types(markdown)[3:6] == ["hr", "blockquote_open", "paragraph_open"]
    assert "BlockTag: <div>" in lost(tag)


def test_gallery() -> None:
    markdown = write(Gallery((Image("File:A.jpg", caption=(Text("a"),)), Image("File:B.jpg"))))
    images = [c for t in tokens(markdown) if t.type == "inline" for c in t.children or []]
    assert [(t.type, t.content) for t in images] == [("image", "a"), ("image", "File:B.jpg")]


def test_raw_blocks() -> None:
    assert write(RawBlock("html", "<div>raw</div>\n")) == "<div>raw</div>\n"
    assert write(RawBlock("latex", "\\x")) == ""
    assert "RawBlock: raw latex content is dropped" in lost(RawBlock("latex", "\\x"))


def test_sections_nest_and_cap_at_six() -> None:
    deep = Section(7, (Text("Deep"),), (para(Text("text")),))
    markdown = write(
        Section(2, (Text("Top"),), (para(Text("x")), Section(3, (Text("Sub"),)), deep))
    )
    assert markdown == "## Top\n\nx\n\n### Sub\n\n###### Deep\n\ntext\n"
    assert "deeper than level 6" in lost(deep)


def test_document_layout() -> None:
    assert write() == ""
    assert write(title="T") == "# T\n"
    markdown = write(para(Text("a")), para(Text("")), para(Text("b")), title="T")
    assert markdown == "# T\n\na\n\nb\n"
    rendered = wikiconv.render_output(Document((), categories=("X",)), "markdown")
    assert "categories" in rendered.diagnostics[0].message


def test_every_node_type_has_a_method() -> None:
    missing = [
        name
        for name, cls in node_types().items()
        if name not in {"SourceSpan", "Layout", "DocumentLayout", "Diagnostic"}
        and not hasattr(MarkdownWriter, method_name(cls))
    ]
    assert missing == []


# --------------------------------------------------------------------------- random trees

PIECES = [*"ab c*_~`[]\\<>!&#|-+=.:()1\n\t", "&amp;", "<u>", "**", "1. ", "# ", "- ", "é", "ש"]
STYLES = {
    "strong": "b",
    "em": "i",
    "s": "s",
    "del": "s",
    "u": "u",
    "sup": "sup",
    "code": "code",
    "link": "link",
}


def random_inlines(rng: random.Random, depth: int = 0) -> tuple[Inline, ...]:
    out: list[Inline] = []
    for _ in range(rng.randint(1, 4)):
        roll = rng.random()
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 6)))
        if roll < 0.45 or depth > 2:
            out.append(Text(text))
        elif roll < 0.8:
            kind = rng.choice([Bold, Italic, Strikeout, Underline, Superscript])
            out.append(kind(random_inlines(rng, depth + 1)))
        elif roll < 0.85:
            out.append(Code(text.replace("\n", "")))
        elif roll < 0.9:
            out.append(rng.choice([SoftBreak(), LineBreak()]))
        else:
            out.append(Link("T", (Text(text.strip() or "x"),)))
    return tuple(out)


Chars = list[tuple[str, frozenset[str]]]


def expected_chars(nodes: tuple[Inline, ...], styles: frozenset[str]) -> Chars:
    """Each character the tree shows, with the styles it is shown in."""
    out: Chars = []
    for node in nodes:
        if isinstance(node, Text):
            out += [(ch, styles) for ch in node.text]
        elif isinstance(node, (SoftBreak, LineBreak)):
            out.append(("\n", styles))
        elif isinstance(node, Code):
            out += [(ch, styles | {"code"}) for ch in node.text]
        elif isinstance(node, Link):
            out += expected_chars(node.content, styles | {"link"})
        else:
            name = {Bold: "b", Italic: "i", Strikeout: "s", Underline: "u", Superscript: "sup"}
            out += expected_chars(node.content, styles | {name[type(node)]})  # type: ignore[union-attr]
    return out


def parsed_chars(children: list[Token]) -> Chars:
    """Each character markdown-it shows, with the styles it is shown in."""
    out: Chars = []
    open_styles: list[str] = []
    for token in children:
        styles = frozenset(open_styles)
        if token.type == "text":
            out += [(ch, styles) for ch in token.content]
        elif token.type in ("softbreak", "hardbreak"):
            out.append(("\n", styles))
        elif token.type == "code_inline":
            out += [(ch, styles | {"code"}) for ch in token.content]
        elif token.type.endswith("_open"):
            open_styles.append(STYLES[token.type[: -len("_open")]])
        elif token.type.endswith("_close"):
            open_styles.pop()
        else:
            assert token.type == "html_inline", token.type
            tag = token.content.strip("</>")
            if token.content.startswith("</"):
                open_styles.pop()
            else:
                open_styles.append(STYLES.get(tag, tag))
    return out


def meaning(chars: Chars) -> tuple[str, Chars]:
    """The text by lines (edges of lines trimmed) and the styles of its visible characters.

    White space carries no style: the writer moves it out of emphasis, where Markdown
    cannot hold it.
    """
    text = normalise_block("".join(ch for ch, _ in chars))
    return text, [(ch, styles) for ch, styles in chars if not ch.isspace()]


@pytest.mark.parametrize("seed", range(6))
def test_random_inline_trees_keep_their_meaning(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(100):
        content = random_inlines(rng)
        markdown = write(para(*content))
        expected = meaning(expected_chars(content, frozenset()))
        if not expected[0]:
            assert markdown == ""
            continue
        assert meaning(parsed_chars(inlines(markdown))) == expected, (content, markdown)


def test_a_link_label_starting_with_a_caret_is_not_a_footnote_reference() -> None:
    # ASCII's caret notation, <code>[[^A]]</code>: "[^A](…)" would read as a footnote.
    markdown = wikiconv.convert(
        "<code>[[^A]]</code> and [[Foo|^bar]]", to="markdown", format="wikitext"
    )
    assert markdown.startswith("[\\^A](https://en.wikipedia.org/wiki/%5EA) and [\\^bar](")


def test_a_dollar_sign_in_text_is_escaped_so_no_formula_starts() -> None:
    # "$5 and $6" reads as a formula where Markdown has math (GitHub's).
    markdown = wikiconv.convert(
        "It costs $5 and $6. <math>x^2</math>", to="markdown", format="wikitext"
    )
    assert markdown == "It costs \\$5 and \\$6. $x^2$\n"
