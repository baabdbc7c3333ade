"""The Pandoc writer (``-t pandoc``: Pandoc's JSON AST) and the formats pandoc makes of it.

The node mappings are checked as exact JSON. Then pandoc itself, as the ``pandoc``
extra installs it (pypandoc-binary; the test extra has it): it must read the JSON of
every corpus article, and the docx and epub files it makes of the seed must read back
with the seed's headings and infobox values. Tests that run pandoc are skipped, with
the reason, where no pandoc is installed.
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import time
import zipfile
import zlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

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
    Hatnote,
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
    ReferenceList,
    Row,
    Section,
    Small,
    SoftBreak,
    Strikeout,
    Subscript,
    Superscript,
    Table,
    Template,
    TemplateBlock,
    TemplateParam,
    Text,
    Underline,
)
from wikiconv.cli import main
from wikiconv.errors import FormatError
from wikiconv.formats import FORMATS, lookup, writer_for
from wikiconv.nodeio import node_types
from wikiconv.pandoc_bridge import BRIDGED, MISSING, pandoc_path, render_bytes, write_file
from wikiconv.walk import iter_nodes, plain_text
from wikiconv.writers.base import method_name
from wikiconv.writers.pandoc import PANDOC_API_VERSION, PandocOptions, PandocWriter

from conftest import ARTICLES, CORPUS, SEED
from sample_tree import every_node_document


def _find_pandoc() -> str | None:
    try:
        return pandoc_path()
    except FormatError:
        return None


PANDOC = _find_pandoc()
needs_pandoc = pytest.mark.skipif(
    PANDOC is None, reason="pandoc is not installed (pip install 'wikiconv[pandoc]')"
)
NONE: list[Any] = ["", [], []]  # Pandoc's empty Attr
SPACE = {"t": "Space"}


def _tree(*blocks: Block, **options: Any) -> dict[str, Any]:
    writer = PandocWriter(PandocOptions(**options))
    return writer.tree(Document(blocks))


def _blocks(*blocks: Block, **options: Any) -> list[Any]:
    blocks_json: list[Any] = _tree(*blocks, **options)["blocks"]
    return blocks_json


def _inlines(*content: Inline) -> list[Any]:
    (para,) = _blocks(Paragraph(content))
    assert para["t"] == "Para"
    inlines: list[Any] = para["c"]
    return inlines


def _lost(document: Document, to: str = "pandoc") -> str:
    return " ".join(d.message for d in wikiconv.render_output(document, to).diagnostics)


def s(text: str) -> dict[str, Any]:
    return {"t": "Str", "c": text}


def _cell(text: str, rows: int = 1, cols: int = 1) -> list[Any]:
    return [NONE, {"t": "AlignDefault"}, rows, cols, [{"t": "Plain", "c": [s(text)]}]]


def _pandoc(args: list[str], data: bytes = b"") -> bytes:
    assert PANDOC is not None
    done = subprocess.run([PANDOC, *args], input=data, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout


def _words(value: Any) -> Iterator[str]:
    """The text of Pandoc JSON: words and literal text (code, math, raw), and a space
    for each space and block end."""
    if isinstance(value, dict) and "t" not in value:  # the document, or a MetaMap
        for item in value.values():
            yield from _words(item)
    elif isinstance(value, dict):
        kind = value["t"]
        if kind in ("Str", "MetaString"):
            yield value["c"]
        elif kind in ("Code", "CodeBlock", "Math", "RawInline", "RawBlock"):
            yield " " + value["c"][1] + " "  # literal text, last in the element
        elif kind in ("Space", "SoftBreak", "LineBreak"):
            yield " "
        else:
            yield from _words(value.get("c"))
            if kind in ("Plain", "Para", "Header"):
                yield " "
    elif isinstance(value, list):
        for item in value:
            yield from _words(item)


def _flat(text: str) -> str:
    return " ".join(text.split())


def pandoc_text(value: Any) -> str:
    """The words of Pandoc JSON as running text (for tests that look for a phrase)."""
    return _flat("".join(_words(value)))


# --------------------------------------------------------------------------- the writer


def test_the_writer_has_a_method_per_node_type() -> None:
    support = {"SourceSpan", "Layout", "DocumentLayout", "Diagnostic", "Document"}
    types = sorted(set(node_types()) - support)
    for writer in (PandocWriter, *(writer_for(target.name) for target in BRIDGED)):
        assert [t for t in types if not hasattr(writer, method_name(node_types()[t]))] == []


def test_the_format_table_has_the_pandoc_formats() -> None:
    assert lookup("pandoc-json").name == "pandoc"
    assert lookup("pandoc").extension == "pandoc.json"
    names = [row.name for row in FORMATS]
    assert all(target.name in names for target in BRIDGED)
    assert len(set(names)) == len(names)
    assert [t.name for t in BRIDGED if t.binary] == ["docx", "odt", "epub"]


def test_document_shape_and_metadata() -> None:
    document = Document(
        (),
        title="Tarrow  Mill",
        categories=("Category:Mills", "Museums"),
        metadata=(("switch", "NOTOC"), ("interlanguage:fr", "Moulin")),
    )
    out = json.loads(wikiconv.render(document, "pandoc"))
    assert out == {
        "pandoc-api-version": list(PANDOC_API_VERSION),
        "meta": {
            "title": {"t": "MetaInlines", "c": [s("Tarrow"), SPACE, s("Mill")]},
            "categories": {
                "t": "MetaList",
                "c": [{"t": "MetaString", "c": "Mills"}, {"t": "MetaString", "c": "Museums"}],
            },
            "metadata": {
                "t": "MetaList",
                "c": [
                    {
                        "t": "MetaMap",
                        "c": {
                            "key": {"t": "MetaString", "c": key},
                            "value": {"t": "MetaString", "c": value},
                        },
                    }
                    for key, value in (("switch", "NOTOC"), ("interlanguage:fr", "Moulin"))
                ],
            },
        },
        "blocks": [],
    }


def test_a_redirect_is_a_paragraph_and_metadata() -> None:
    tree = PandocWriter(PandocOptions()).tree(Document((), redirect="Tarrow Mill"))
    assert tree["meta"] == {"redirect": {"t": "MetaString", "c": "Tarrow Mill"}}
    url = "https://en.wikipedia.org/wiki/Tarrow_Mill"
    link = {"t": "Link", "c": [NONE, [s("Tarrow"), SPACE, s("Mill")], [url, ""]]}
    assert tree["blocks"] == [{"t": "Para", "c": [s("Redirect"), SPACE, s("to"), SPACE, link]}]


def test_text_is_words_and_spaces() -> None:
    assert _inlines(Text("  a  b\nc\t"), Text("d"), Text("e"), SoftBreak(), Text(" f")) == [
        s("a"),
        SPACE,
        s("b"),
        {"t": "SoftBreak"},
        s("c"),
        SPACE,
        s("de"),
        {"t": "SoftBreak"},
        s("f"),
    ]
    # No-break spaces are part of a word, as in Pandoc's readers.
    assert _inlines(Text("5\u00a0km")) == [s("5\u00a0km")]


@pytest.mark.parametrize(
    ("node", "kind"),
    [
        (Bold, "Strong"),
        (Italic, "Emph"),
        (Underline, "Underline"),
        (Strikeout, "Strikeout"),
        (Superscript, "Superscript"),
        (Subscript, "Subscript"),
    ],
)
def test_styles(node: type[Bold], kind: str) -> None:
    assert _inlines(node((Text("x y"),))) == [{"t": kind, "c": [s("x"), SPACE, s("y")]}]


def test_small_code_breaks_and_math() -> None:
    assert _inlines(
        Small((Text("s"),)),
        Code("a  b"),
        LineBreak(),
        Math("x^2"),
        Math("\\sum x", display=True),
    ) == [
        {"t": "Span", "c": [["", ["small"], []], [s("s")]]},
        {"t": "Code", "c": [NONE, "a  b"]},
        {"t": "LineBreak"},
        {"t": "Math", "c": [{"t": "InlineMath"}, "x^2"]},
        {"t": "Math", "c": [{"t": "DisplayMath"}, "\\sum x"]},
    ]


def test_a_space_before_a_line_break_is_dropped() -> None:
    assert _inlines(Text("a "), LineBreak(), Text("b")) == [s("a"), {"t": "LineBreak"}, s("b")]


def test_inline_tags() -> None:
    quoted, abbr, span = _inlines(
        InlineTag("q", (), (Text("q"),)),
        InlineTag("abbr", (("title", "for example"),), (Text("e.g."),)),
        InlineTag("span", (("class", "a b"), ("id", "x"), ("style", "color:red")), (Text("t"),)),
    )
    assert quoted == {"t": "Quoted", "c": [{"t": "DoubleQuote"}, [s("q")]]}
    assert abbr == {"t": "Span", "c": [["", ["abbr"], [["title", "for example"]]], [s("e.g.")]]}
    assert span == {"t": "Span", "c": [["x", ["a", "b"], [["style", "color:red"]]], [s("t")]]}


def test_internal_links_use_the_link_template() -> None:
    (link,) = _blocks(
        Paragraph((Link("tin mine", anchor="Early history"),)), link_template="/wiki/{title}"
    )[0]["c"]
    assert link == {
        "t": "Link",
        "c": [
            NONE,
            [s("tin"), SPACE, s("mine#Early"), SPACE, s("history")],
            ["/wiki/Tin_mine#Early_history", ""],
        ],
    }
    (labelled,) = _inlines(Link("Cornwall", (Italic((Text("the county"),)),)))
    assert labelled["c"][1] == [{"t": "Emph", "c": [s("the"), SPACE, s("county")]}]
    assert labelled["c"][2] == ["https://en.wikipedia.org/wiki/Cornwall", ""]


def test_external_links_bare_numbered_and_unsafe() -> None:
    bare, numbered, labelled = _inlines(
        ExternalLink("https://a.org/x"),
        ExternalLink("https://b.org", numbered=True),
        ExternalLink("https://c.org", (Text("C"),)),
    )
    assert bare == {
        "t": "Link",
        "c": [["", ["uri"], []], [s("https://a.org/x")], ["https://a.org/x", ""]],
    }
    assert numbered == {"t": "Link", "c": [NONE, [s("[1]")], ["https://b.org", ""]]}
    assert labelled == {"t": "Link", "c": [NONE, [s("C")], ["https://c.org", ""]]}
    unsafe = Document((Paragraph((ExternalLink("javascript:alert(1)", (Text("run"),)),)),))
    assert _blocks(*unsafe.blocks) == [{"t": "Para", "c": [s("run")]}]
    assert "ExternalLink: a link whose URL is unsafe is written as its text" in _lost(unsafe)


def test_a_link_inside_a_link_is_its_label() -> None:
    (outer,) = _inlines(ExternalLink("https://a.org", (Text("see "), Link("B"))))
    assert outer["c"][1] == [s("see"), SPACE, s("B")]


def test_an_image_alone_with_a_caption_is_a_figure() -> None:
    image = Image(
        "File:Mill.jpg", (Text("The "), Bold((Text("mill"),))), (("thumb", ""), ("220px", ""))
    )
    url = "https://en.wikipedia.org/wiki/Special:FilePath/Mill.jpg"
    assert _blocks(Paragraph((image,))) == [
        {
            "t": "Figure",
            "c": [
                NONE,
                [None, [{"t": "Plain", "c": [s("The"), SPACE, {"t": "Strong", "c": [s("mill")]}]}]],
                [
                    {
                        "t": "Plain",
                        "c": [
                            {
                                "t": "Image",
                                "c": [
                                    ["", ["thumb"], [["width", "220px"]]],
                                    [s("The"), SPACE, s("mill")],
                                    [url, ""],
                                ],
                            }
                        ],
                    }
                ],
            ],
        }
    ]


def test_an_image_in_text_keeps_its_caption_notes() -> None:
    image = Image("File:A.png", (Text("cap"), Reference((Text("src"),))), alt="Alt")
    picture, note = _inlines(Text("x "), image)[2:]
    assert picture["c"][0] == ["", [], [["alt", "Alt"]]]
    assert picture["c"][1] == [s("Alt")]
    assert note == {"t": "Note", "c": [{"t": "Para", "c": [s("src")]}]}


def test_footnotes_are_notes_and_named_reuses_repeat_them() -> None:
    inlines = _inlines(
        Text("a"),
        Reference((Text("first"),), name="f"),
        Text(" b"),
        Reference(name="f"),
    )
    first = {"t": "Note", "c": [{"t": "Para", "c": [s("first")]}]}
    assert inlines == [s("a"), first, SPACE, s("b"), first]
    later = {"t": "Note", "c": [{"t": "Para", "c": [s("defined"), SPACE, s("below")]}]}
    document = Document(
        (
            Paragraph((Text("a"), Reference(name="later"))),
            ReferenceList(definitions=(Reference((Text("defined below"),), name="later"),)),
        )
    )
    assert _blocks(*document.blocks) == [{"t": "Para", "c": [s("a"), later]}]


def test_footnote_losses_are_reported() -> None:
    document = Document(
        (
            Paragraph(
                (
                    Text("a"),
                    Reference(name="nowhere"),
                    Reference((Text("outer"), Reference((Text("inner"),))), name="o"),
                    Reference((Text("grouped"),), group="lower-alpha"),
                )
            ),
            ReferenceList(definitions=(Reference((Text("never cited"),), name="u"),)),
        )
    )
    inlines = _blocks(*document.blocks)[0]["c"]
    assert inlines[2] == {
        "t": "Note",
        "c": [{"t": "Para", "c": [s("outer"), SPACE, s("[inner]")]}],
    }
    assert "was invoked but never defined" in pandoc_text(inlines[1])
    lost = _lost(document)
    for reason in (
        "Reference: a footnote is cited but never given its text",
        "Reference: a footnote inside a footnote is written in brackets in its text",
        "Reference: a footnote group is numbered with the other footnotes",
        "Reference: a list-defined footnote no text cites has no place",
    ):
        assert reason in lost


def test_a_footnote_citing_itself_ends() -> None:
    loop = Reference((Text("see"), Reference(name="loop")), name="loop")
    assert _inlines(loop) == [
        {"t": "Note", "c": [{"t": "Para", "c": [s("see[1]")]}]},
    ]


def test_sections_are_headers_with_the_html_writers_ids() -> None:
    document = Document(
        (
            Section(
                2,
                (Text("History"),),
                (
                    Section(
                        3,
                        (Text("Early "), Reference((Text("n"),))),
                    ),
                ),
            ),
            Section(2, (Text("History"),)),
            Section(2, ()),
        )
    )
    headers = [(b["c"][0], b["c"][1][0]) for b in _blocks(*document.blocks)]
    assert headers == [(2, "History"), (3, "Early"), (2, "History_2"), (2, "section")]
    html = wikiconv.render(document, "html")
    assert 'id="History"' in html and 'id="Early"' in html and 'id="History_2"' in html


def test_lists() -> None:
    def item(text: str, kind: str = "item") -> ListItem:
        return ListItem((Plain((Text(text),)),), kind)  # type: ignore[arg-type]

    bullet, ordered = _blocks(List((item("a"), item("b"))), List((item("c"),), "ordered"))
    assert bullet == {
        "t": "BulletList",
        "c": [[{"t": "Plain", "c": [s("a")]}], [{"t": "Plain", "c": [s("b")]}]],
    }
    assert ordered == {
        "t": "OrderedList",
        "c": [[1, {"t": "Decimal"}, {"t": "Period"}], [[{"t": "Plain", "c": [s("c")]}]]],
    }
    (definitions,) = _blocks(
        List(
            (
                item("lone", "definition"),
                item("T1", "term"),
                item("D1", "definition"),
                item("D2", "definition"),
                item("T2", "term"),
            ),
            "definition",
        )
    )
    assert definitions == {
        "t": "DefinitionList",
        "c": [
            [[], [[{"t": "Plain", "c": [s("lone")]}]]],
            [[s("T1")], [[{"t": "Plain", "c": [s("D1")]}], [{"t": "Plain", "c": [s("D2")]}]]],
            [[s("T2")], []],
        ],
    }
    wrong = Document((List((item("t", "term"),)),))
    assert "a term or a definition outside a definition list is an item" in _lost(wrong)


def test_tables_with_head_spans_and_caption() -> None:
    table = Table(
        (
            Row(
                (
                    Cell((Plain((Text("A"),)),), header=True),
                    Cell((Plain((Text("B"),)),), header=True),
                )
            ),
            Row((Cell((Plain((Text("1"),)),), rowspan=2), Cell((Plain((Text("2"),)),)))),
            Row((Cell((Plain((Text("3"),)),)),)),
            Row((Cell((Plain((Text("4"),)),), colspan=3),)),
        ),
        caption=(Text("Mills"),),
        attributes=(("class", "wikitable"),),
    )
    (out,) = _blocks(table)
    assert out == {
        "t": "Table",
        "c": [
            ["", ["wikitable"], []],
            [None, [{"t": "Plain", "c": [s("Mills")]}]],
            [[{"t": "AlignDefault"}, {"t": "ColWidthDefault"}]] * 3,
            [NONE, [[NONE, [_cell("A"), _cell("B")]]]],
            [
                [
                    NONE,
                    0,
                    [],
                    [
                        [NONE, [_cell("1", rows=2), _cell("2")]],
                        [NONE, [_cell("3")]],
                        [NONE, [_cell("4", cols=3)]],
                    ],
                ]
            ],
            [NONE, []],
        ],
    }


def test_row_headers_and_spans_past_the_end() -> None:
    table = Table(
        (
            Row(
                (Cell((Plain((Text("k"),)),), header=True), Cell((Plain((Text("v"),)),), rowspan=9))
            ),
            Row((Cell((Plain((Text("k2"),)),), header=True),)),
        )
    )
    (out,) = _blocks(table)
    head, (body,) = out["c"][3], out["c"][4]
    assert head == [NONE, []]
    assert body[1] == 1  # the first column holds the row headers
    assert body[3][0][1][1][2] == 2  # a row span is cut at the table's end
    assert len(out["c"][2]) == 2
    assert _blocks(Table((), caption=(Text("only a caption"),))) == [
        {"t": "Para", "c": [s("only"), SPACE, s("a"), SPACE, s("caption")]}
    ]


def test_infobox_is_a_div_holding_a_two_column_table() -> None:
    infobox = Infobox(
        (InfoboxField("Built", (Text("1780"),)), InfoboxField("Use", (Link("Museum"),))),
        name="Infobox mill",
    )
    (div,) = _blocks(infobox)
    assert div["t"] == "Div" and div["c"][0] == ["", ["infobox"], []]
    (table,) = div["c"][1]
    assert table["c"][1] == [None, [{"t": "Plain", "c": [s("Infobox"), SPACE, s("mill")]}]]
    assert len(table["c"][2]) == 2
    (body,) = table["c"][4]
    assert body[1] == 1  # the keys are row headers
    assert [[pandoc_text(cell[4]) for cell in row[1]] for row in body[3]] == [
        ["Built", "1780"],
        ["Use", "Museum"],
    ]


def test_other_blocks() -> None:
    out = _blocks(
        Hatnote((Text("Main article: "), Link("Mills"))),
        BlockQuote((Paragraph((Text("q"),)),)),
        CodeBlock("print(1)\n", language="python 3"),
        Preformatted((Text("a"), LineBreak(), Text("  b"))),
        HorizontalRule(),
        BlockTag("center", (("style", "x"),), (Paragraph((Text("c"),)),)),
        BlockTag("div", (("class", "box"),), ()),
        RawBlock("wikitext", "{{x}}"),
        TemplateBlock((Template("T", rendered=()),), (Paragraph((Text("shown"),)),)),
        Plain(()),
    )
    hatnote, quote, code, pre, rule, center, div, raw, shown = out
    assert hatnote["c"][0] == ["", ["hatnote"], []]
    assert pandoc_text(hatnote["c"][1]) == "Main article: Mills"
    assert quote == {"t": "BlockQuote", "c": [{"t": "Para", "c": [s("q")]}]}
    assert code == {"t": "CodeBlock", "c": [["", ["python-3"], []], "print(1)\n"]}
    assert pre == {"t": "CodeBlock", "c": [NONE, "a\n  b"]}
    assert rule == {"t": "HorizontalRule"}
    assert center == {
        "t": "Div",
        "c": [["", ["center"], [["style", "x"]]], [{"t": "Para", "c": [s("c")]}]],
    }
    assert div == {"t": "Div", "c": [["", ["box"], []], []]}
    assert raw == {"t": "RawBlock", "c": ["mediawiki", "{{x}}"]}
    assert shown == {"t": "Para", "c": [s("shown")]}
    formatted = Document((Preformatted((Bold((Text("b"),)),)),))
    assert "formatting inside preformatted text is dropped" in _lost(formatted)


def test_templates_raw_inlines_and_galleries() -> None:
    rendered = Template("convert", (TemplateParam("1", (Text("5"),)),), rendered=(Text("5 km"),))
    unrendered = Template("unknown", (TemplateParam("1", (Text("p"),)),))
    assert _inlines(rendered, unrendered, RawInline("html", "<b>x</b>")) == [
        s("5"),
        SPACE,
        s("km"),
        {"t": "RawInline", "c": ["html", "<b>x</b>"]},
    ]
    lost = _lost(Document((Paragraph((unrendered,)),)))
    assert "Template: a template with no rendering is dropped" in lost
    (gallery,) = _blocks(Gallery((Image("File:A.jpg", (Text("a"),)), Image("File:B.jpg"))))
    assert gallery["c"][0] == ["", ["gallery"], []]
    assert [block["t"] for block in gallery["c"][1]] == ["Figure", "Plain"]


def test_the_output_is_one_json_line() -> None:
    text = wikiconv.render(every_node_document(), "pandoc")
    assert text.endswith("}\n") and text.count("\n") == 1
    assert json.loads(text)["pandoc-api-version"] == list(PANDOC_API_VERSION)


# --------------------------------------------------------------------------- pandoc


@needs_pandoc
def test_the_api_version_is_the_installed_pandocs() -> None:
    out = json.loads(_pandoc(["-f", "markdown", "-t", "json"], b"x"))
    assert tuple(out["pandoc-api-version"]) == PANDOC_API_VERSION


@needs_pandoc
def test_pandoc_reads_every_node_back() -> None:
    document = every_node_document()
    native = _pandoc(["-f", "json", "-t", "json"], wikiconv.render(document, "pandoc").encode())
    text = pandoc_text(json.loads(native))
    for phrase in ("lead text", "bullet item", "a term", "cell a", "infobox value", "note text"):
        assert phrase in text


def _checks(document: Document) -> tuple[str | None, str | None]:
    """The article's first heading, and the longest run of text in its lead's first
    paragraph (a sentence or more), both as plain text; None where it has none."""
    heading = next((n for n in iter_nodes(document) if isinstance(n, Section)), None)
    first = heading and _flat(plain_text(heading.heading))
    sentence = None
    for block in document.blocks:
        if isinstance(block, Section):
            break
        if isinstance(block, Paragraph):
            runs = [_flat(n.text) for n in block.content if isinstance(n, Text)]
            runs = [run for run in runs if run.count(" ") >= 3]
            if runs:
                sentence = max(runs, key=len)
                break
    return first or None, sentence


@needs_pandoc
@pytest.mark.skipif(not ARTICLES, reason=f"the Wikipedia corpus is not at {CORPUS}")
def test_pandoc_accepts_every_corpus_article() -> None:
    def check(article: Path) -> tuple[str, list[str], int]:
        document = wikiconv.parse(article.read_text(encoding="utf-8"), "wikitext")
        source = wikiconv.render(document, "pandoc").encode()
        assert PANDOC is not None
        done = subprocess.run(
            [PANDOC, "-f", "json", "-t", "plain"], input=source, capture_output=True, timeout=120
        )
        problems = []
        if done.returncode != 0:
            problems.append(f"exit {done.returncode}: {done.stderr.decode()[:300]}")
        text = _flat(done.stdout.decode())
        if not text:
            problems.append("no output")
        checked = 0
        for expected in _checks(document):
            if expected is not None:
                checked += 1
                if expected not in text:
                    problems.append(f"{expected[:60]!r} missing")
        return article.name, problems, checked

    start = time.monotonic()
    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(check, ARTICLES))
    elapsed = time.monotonic() - start
    failures = {name: problems for name, problems, _ in results if problems}
    assert failures == {}
    # Nearly every article has a heading and a lead, so both checks really ran.
    assert sum(checked for *_, checked in results) >= 1.8 * len(ARTICLES)
    print(f"pandoc accepted {len(results)} articles in {elapsed:.1f} s", file=sys.stderr)


def _seed() -> Document:
    return wikiconv.parse(SEED.read_text(encoding="utf-8"))


def _seed_phrases() -> list[str]:
    document = _seed()
    headings = [plain_text(n.heading) for n in iter_nodes(document) if isinstance(n, Section)]
    values = [
        plain_text(field.value)
        for n in iter_nodes(document)
        if isinstance(n, Infobox)
        for field in n.fields
    ]
    assert len(headings) >= 4 and len(values) >= 10
    return [_flat(phrase) for phrase in headings + values]


@needs_pandoc
@pytest.mark.parametrize(("to", "member"), [("docx", "word/document.xml"), ("epub", "mimetype")])
def test_the_seed_as_a_file_reads_back(to: str, member: str, tmp_path: Path) -> None:
    path = tmp_path / f"seed.{to}"
    diagnostics = write_file(_seed(), to, path)
    assert all(d.code for d in diagnostics)
    with zipfile.ZipFile(path) as archive:
        assert member in archive.namelist()
    assert oct(path.stat().st_mode & 0o777) == oct(0o666 & ~_umask())
    back = json.loads(_pandoc(["-f", to, "-t", "json", str(path)]))
    text = pandoc_text(back)
    assert [phrase for phrase in _seed_phrases() if phrase not in text] == []
    assert pandoc_text(back["meta"]["title"]) == "Afshar massacre"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@needs_pandoc
def test_render_bytes_and_text_formats_through_the_api() -> None:
    data = render_bytes(_seed(), "odt").data
    assert data.startswith(b"PK")
    rst = wikiconv.render(_seed(), "rst")
    assert "Background and objectives\n-------------------------" in rst
    latex = wikiconv.render(_seed(), "tex", standalone=True)
    assert latex.startswith("% Options for packages") or "\\documentclass" in latex
    assert "\\title{Afshar massacre}" in latex
    with pytest.raises(FormatError, match=r"docx is a binary format: .*write_file"):
        wikiconv.render(_seed(), "docx")
    with pytest.raises(FormatError, match="a text format"):
        render_bytes(_seed(), "rst")


@needs_pandoc
@pytest.mark.parametrize("target", [t.name for t in BRIDGED if not t.binary])
def test_every_text_format_is_written(target: str) -> None:
    rendered = wikiconv.render_output(_seed(), target)
    text = _flat(rendered.text)
    assert "Background and objectives" in text and "Afshar Operation" in text


@needs_pandoc
def test_raw_content_pandoc_drops_is_reported() -> None:
    document = Document(
        (Paragraph((RawInline("latex", "\\LaTeX{}"), RawInline("html", "<kbd>k</kbd>"))),)
    )
    rendered = wikiconv.render_output(document, "latex")
    assert "\\LaTeX{}" in rendered.text and "<kbd>" not in rendered.text
    assert [d.message for d in rendered.diagnostics] == [
        "latex: RawInline: raw html content is dropped by pandoc"
    ]


def _png(path: Path) -> None:
    """A one-pixel PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\x00"))
        + chunk(b"IEND", b"")
    )


@needs_pandoc
def test_pandoc_reads_no_file_unless_asked(tmp_path: Path) -> None:
    (tmp_path / "Special:FilePath").mkdir()
    _png(tmp_path / "Special:FilePath" / "Dot.png")
    document = Document((Paragraph((Text("a "), Image("File:Dot.png", (Text("dot"),)))),))
    template = f"{tmp_path}/{{title}}"
    out = tmp_path / "out"
    out.mkdir()
    diagnostics = write_file(document, "docx", out / "a.docx", link_template=template)
    with zipfile.ZipFile(out / "a.docx") as archive:
        assert not [name for name in archive.namelist() if name.startswith("word/media/")]
    assert [d.message for d in diagnostics] == [
        "pandoc: 1 image(s) not fetched (fetch_images, --fetch-images, lets pandoc fetch "
        "images); each shows its description"
    ]
    write_file(document, "docx", out / "b.docx", link_template=template, fetch_images=True)
    with zipfile.ZipFile(out / "b.docx") as archive:
        assert [name for name in archive.namelist() if name.startswith("word/media/")]


# --------------------------------------------------------------------------- missing pandoc


def _no_pandoc(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "pypandoc", None)  # import pypandoc fails
    monkeypatch.setenv("PATH", str(tmp_path))  # and no pandoc on the PATH


def test_a_missing_pandoc_names_the_extra(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _no_pandoc(monkeypatch, tmp_path)
    assert MISSING == "pandoc is not installed: pip install 'wikiconv[pandoc]'"
    with pytest.raises(FormatError, match=r"pip install 'wikiconv\[pandoc\]'"):
        wikiconv.render(_seed(), "rst")
    with pytest.raises(FormatError, match=r"pip install 'wikiconv\[pandoc\]'"):
        write_file(_seed(), "docx", tmp_path / "a.docx")
    assert not list(tmp_path.iterdir())
    # The JSON itself needs no pandoc.
    assert json.loads(wikiconv.render(_seed(), "pandoc"))["blocks"]


def test_pypandoc_without_a_pandoc_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    class Pypandoc:
        @staticmethod
        def get_pandoc_path() -> str:
            raise OSError("No pandoc was found")

    monkeypatch.setitem(sys.modules, "pypandoc", Pypandoc)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(FormatError, match=r"^pandoc is not installed: pip install"):
        pandoc_path()


def test_the_cli_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _no_pandoc(monkeypatch, tmp_path)
    assert main(["convert", str(SEED), "-t", "org"]) == 1
    assert f"{SEED}: {MISSING}" in capsys.readouterr().err


def test_a_failing_pandoc_leaves_the_old_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    failing = tmp_path / "bin" / "pandoc"
    failing.parent.mkdir()
    failing.write_text("#!/bin/sh\necho 'pandoc: broken' >&2\nexit 3\n")
    failing.chmod(0o755)
    monkeypatch.setitem(sys.modules, "pypandoc", None)
    monkeypatch.setenv("PATH", str(failing.parent))
    target = tmp_path / "out" / "a.docx"
    target.parent.mkdir()
    target.write_bytes(b"old")
    with pytest.raises(FormatError, match="pandoc could not write docx: pandoc: broken"):
        write_file(_seed(), "docx", target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in target.parent.iterdir()] == ["a.docx"]


# --------------------------------------------------------------------------- command line


def test_the_cli_needs_o_for_a_binary_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", str(SEED), "-t", "docx"]) == 2
    assert "-t docx writes a binary file: give -o FILE or -o DIRECTORY" in capsys.readouterr().err


def test_the_cli_writes_pandoc_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", str(SEED), "-t", "pandoc-json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["meta"]["title"]["c"][0] == s("Afshar")


@needs_pandoc
def test_the_cli_writes_binary_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", str(SEED), "-t", "docx", "-o", str(tmp_path / "a.docx")]) == 0
    assert zipfile.is_zipfile(tmp_path / "a.docx")
    assert main(["convert", str(SEED.parent), "-t", "epub", "-o", str(tmp_path / "books")]) == 0
    assert zipfile.is_zipfile(tmp_path / "books" / f"{SEED.stem}.epub")
    assert main(["convert", str(SEED), "-t", "rst", "-o", str(tmp_path / "a.rst")]) == 0
    assert "Background and objectives" in (tmp_path / "a.rst").read_text(encoding="utf-8")
    assert capsys.readouterr().out == ""
