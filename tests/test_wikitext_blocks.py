"""The wikitext block pass: block structure as MediaWiki's legacy parser builds it.

Expected structures follow MediaWiki's parser (doTableStuff, doHeadings,
BlockLevelPass, then its HTML5 tidying) and its parser tests. Inline content is only
looked at as plain text, so these tests do not depend on the inline pass's details.
A compact *shape* of the blocks keeps the expectations readable:

    ("p", "text")                     Paragraph
    "text"                            Plain
    ("pre", "text")                   Preformatted
    ("h2", "title", [blocks])         Section
    ("ul"|"ol"|"dl", [items])         List; items ("li"|"dt"|"dd", [blocks])
    ("table", "caption", [rows])      Table; rows are lists of ("td"|"th", [blocks])
    ("quote", [blocks])               BlockQuote
    ("div", [blocks])                 BlockTag (tag name first)
    "hr"                              HorizontalRule
    ("code", "text")                  CodeBlock
"""

from __future__ import annotations

import time
from typing import Any

import pytest

import wikiconv
from wikiconv.ast import (
    Block,
    BlockQuote,
    BlockTag,
    Bold,
    Cell,
    CodeBlock,
    Document,
    HorizontalRule,
    Image,
    LineBreak,
    List,
    ListItem,
    Paragraph,
    Plain,
    Preformatted,
    Row,
    Section,
    Table,
    Template,
    Text,
)
from wikiconv.nodeio import Node
from wikiconv.readers.wikitext.blocks import parse_blocks
from wikiconv.readers.wikitext.context import ReadContext
from wikiconv.readers.wikitext.inline import parse_inline
from wikiconv.readers.wikitext.options import WikiOptions
from wikiconv.walk import iter_nodes, plain_text

_ITEM = {"item": "li", "term": "dt", "definition": "dd"}
_LIST = {"bullet": "ul", "ordered": "ol", "definition": "dl"}


def read(text: str) -> tuple[tuple[Block, ...], ReadContext]:
    ctx = ReadContext(WikiOptions(), parse_inline, parse_blocks)
    return parse_blocks(text, ctx), ctx


def blocks(text: str) -> tuple[Block, ...]:
    return read(text)[0]


def shape(node: Node) -> Any:
    """The compact form described in the module docstring."""
    if isinstance(node, Paragraph):
        return ("p", plain_text(node.content))
    if isinstance(node, Plain):
        return plain_text(node.content)
    if isinstance(node, Preformatted):
        return ("pre", plain_text(node.content))
    if isinstance(node, Section):
        return (f"h{node.level}", plain_text(node.heading), shapes(node.blocks))
    if isinstance(node, List):
        return (_LIST[node.kind], [shape(item) for item in node.items])
    if isinstance(node, ListItem):
        return (_ITEM[node.kind], shapes(node.blocks))
    if isinstance(node, Table):
        return ("table", plain_text(node.caption), [shape(row) for row in node.rows])
    if isinstance(node, Row):
        return [shape(cell) for cell in node.cells]
    if isinstance(node, Cell):
        return ("th" if node.header else "td", shapes(node.blocks))
    if isinstance(node, BlockQuote):
        return ("quote", shapes(node.blocks))
    if isinstance(node, BlockTag):
        return (node.tag, shapes(node.blocks))
    if isinstance(node, HorizontalRule):
        return "hr"
    if isinstance(node, CodeBlock):
        return ("code", node.text)
    raise AssertionError(f"unexpected node {node!r}")


def shapes(nodes: tuple[Node, ...]) -> list[Any]:
    return [shape(node) for node in nodes]


def parsed(text: str) -> list[Any]:
    return shapes(blocks(text))


# --------------------------------------------------------------------- paragraphs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("\n\n", []),
        ("Hello", [("p", "Hello")]),
        ("a\nb", [("p", "a b")]),
        ("a\n\nb", [("p", "a"), ("p", "b")]),
        # Extra blank lines give a paragraph holding a line break (<p><br></p>).
        ("a\n\n\nb", [("p", "a"), ("p", " b")]),
        ("a\n\n\n\nb", [("p", "a"), ("p", " "), ("p", "b")]),
        ("\n\n\na", [("p", " "), ("p", "a")]),
        ("a\n\n\n*b\n\n\nc", [("p", "a"), ("p", " "), ("ul", [("li", ["b"])]), ("p", " c")]),
        # Trailing blank lines are trimmed, as MediaWiki trims a page when saving it.
        ("a\n\n\n", [("p", "a")]),
    ],
)
def test_paragraphs(text: str, expected: list[Any]) -> None:
    assert parsed(text) == expected


def test_extra_blank_lines_make_a_line_break() -> None:
    first, second = blocks("a\n\n\nb")
    assert first == Paragraph((Text("a"),))
    assert isinstance(second, Paragraph)
    assert isinstance(second.content[0], LineBreak)
    assert plain_text(second.content[1:]).strip() == "b"


def test_lines_of_a_paragraph_are_joined_with_soft_breaks() -> None:
    (paragraph,) = blocks("one\ntwo")
    assert isinstance(paragraph, Paragraph)
    assert [type(node).__name__ for node in paragraph.content] == ["Text", "SoftBreak", "Text"]


# ----------------------------------------------------------------------- headings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("== Title ==", [("h2", "Title", [])]),
        ("=One=", [("h1", "One", [])]),
        ("====== Six ======", [("h6", "Six", [])]),
        # The shorter run wins; the surplus "=" are text.
        ("===a==", [("h2", "=a", [])]),
        ("==a===", [("h2", "a=", [])]),
        ("======= seven =======", [("h6", "= seven =", [])]),
        ("== spaces ==   \t", [("h2", "spaces", [])]),
        ("===", [("h1", "=", [])]),
        ("=== ", [("h1", "=", [])]),
        ("==", [("p", "==")]),
        ("= x = y", [("p", "= x = y")]),
        (" == indented ==", [("pre", "== indented ==")]),
        ("== a == b ==", [("h2", "a == b", [])]),
    ],
)
def test_headings(text: str, expected: list[Any]) -> None:
    assert parsed(text) == expected


def test_sections_nest_and_close_at_the_same_or_a_higher_level() -> None:
    text = "lead\n== A ==\na\n=== A1 ===\na1\n==== A1x ====\nx\n== B ==\nb\n= C =\nc\n=== C1 ===\n"
    assert parsed(text) == [
        ("p", "lead"),
        (
            "h2",
            "A",
            [("p", "a"), ("h3", "A1", [("p", "a1"), ("h4", "A1x", [("p", "x")])])],
        ),
        ("h2", "B", [("p", "b")]),
        ("h1", "C", [("p", "c"), ("h3", "C1", [])]),
    ]


def test_blank_lines_after_a_heading_are_swallowed() -> None:
    # MediaWiki's heading pattern ends in \s*$, which eats the following blank lines.
    assert parsed("=b=\n\n\n\nx") == [("h1", "b", [("p", "x")])]
    assert parsed("a\n\n\n=b=") == [("p", "a"), ("p", " "), ("h1", "b", [])]


def test_html_headings_are_sections_too() -> None:
    assert parsed("<h2>x</h2>\ntext\n== y ==") == [("h2", "x", [("p", "text")]), ("h2", "y", [])]
    assert parsed("<div><h3>in</h3>\nbody</div>") == [("div", [("h3", "in", ["body"])])]


# ---------------------------------------------------------------- horizontal rules


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("----", ["hr"]),
        ("----------", ["hr"]),
        ("---", [("p", "---")]),
        ("----foo", ["hr", ("p", "foo")]),
        ("a\n----\nb", [("p", "a"), "hr", ("p", "b")]),
        ("a ----", [("p", "a ----")]),
        ("<hr>", ["hr"]),
    ],
)
def test_horizontal_rules(text: str, expected: list[Any]) -> None:
    assert parsed(text) == expected


# ------------------------------------------------------------------ indent-pre


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" code", [("pre", "code")]),
        (" a\n b", [("pre", "a b")]),
        (" a\n  b", [("pre", "a  b")]),
        (" a\n \n b", [("pre", "a  b")]),
        (" a\nb", [("pre", "a"), ("p", "b")]),
        ("\ta\n b", [("p", "a"), ("pre", "b")]),
        # A line of only white space does not start a pre.
        (" \na", [("p", "a")]),
        # Block tags on the line stop it, a blockquote around it too.
        (" <div>x</div>", [("div", ["x"])]),
        ("<blockquote>\n foo\n</blockquote>", [("quote", [("p", "foo")])]),
        ("<div>\n foo\n</div>", [("div", [("pre", "foo")])]),
    ],
)
def test_indent_pre(text: str, expected: list[Any]) -> None:
    assert parsed(text) == expected


def test_indent_pre_keeps_further_indentation() -> None:
    (pre,) = blocks(" a\n   b")
    assert isinstance(pre, Preformatted)
    assert plain_text(pre.content) == "a   b"


# -------------------------------------------------------------------------- lists


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("*a\n*b", [("ul", [("li", ["a"]), ("li", ["b"])])]),
        ("#a\n#b", [("ol", [("li", ["a"]), ("li", ["b"])])]),
        ("* spaced ", [("ul", [("li", ["spaced"])])]),
        ("*", [("ul", [("li", [])])]),
        ("*a\n**b\n*c", [("ul", [("li", ["a", ("ul", [("li", ["b"])])]), ("li", ["c"])])]),
        ("**a", [("ul", [("li", [("ul", [("li", ["a"])])])])]),
        ("*a\n#b", [("ul", [("li", ["a"])]), ("ol", [("li", ["b"])])]),
        ("*a\n*#b", [("ul", [("li", ["a", ("ol", [("li", ["b"])])])])]),
        ("#a\n#*b\n#c", [("ol", [("li", ["a", ("ul", [("li", ["b"])])]), ("li", ["c"])])]),
        ("*a\n\n*b", [("ul", [("li", ["a"])]), ("ul", [("li", ["b"])])]),
        ("*a\nb", [("ul", [("li", ["a"])]), ("p", "b")]),
        (":a", [("dl", [("dd", ["a"])])]),
        ("::a", [("dl", [("dd", [("dl", [("dd", ["a"])])])])]),
        (";a", [("dl", [("dt", ["a"])])]),
        (";a\n:b", [("dl", [("dt", ["a"]), ("dd", ["b"])])]),
        (";a:b", [("dl", [("dt", ["a"]), ("dd", ["b"])])]),
        (";a : b\n;c:d", [("dl", [("dt", ["a"]), ("dd", ["b"]), ("dt", ["c"]), ("dd", ["d"])])]),
        (";term:", [("dl", [("dt", ["term"]), ("dd", [])])]),
        ("*:a\n*:b", [("ul", [("li", [("dl", [("dd", ["a"]), ("dd", ["b"])])])])]),
        (";a\n:*b", [("dl", [("dt", ["a"]), ("dd", [("ul", [("li", ["b"])])])])]),
    ],
)
def test_lists(text: str, expected: list[Any]) -> None:
    assert parsed(text) == expected


def test_mixed_list_switches_by_common_prefix() -> None:
    # MediaWiki's "Mixed list" parser test.
    text = "*a\n*#b\n**c\n*#d\n*e\n**f\n***g\n***#h"
    assert parsed(text) == [
        (
            "ul",
            [
                (
                    "li",
                    [
                        "a",
                        ("ol", [("li", ["b"])]),
                        ("ul", [("li", ["c"])]),
                        ("ol", [("li", ["d"])]),
                    ],
                ),
                (
                    "li",
                    [
                        "e",
                        (
                            "ul",
                            [("li", ["f", ("ul", [("li", ["g", ("ol", [("li", ["h"])])])])])],
                        ),
                    ],
                ),
            ],
        )
    ]


def test_semicolon_and_colon_count_as_the_same_list() -> None:
    # "Mixed Lists: Test 1": ;* and :* share their prefix.
    assert parsed(":;*foo\n::*bar\n:;baz") == [
        (
            "dl",
            [
                (
                    "dd",
                    [
                        ("dl", [("dt", [("ul", [("li", ["foo"]), ("li", ["bar"])])])]),
                        ("dl", [("dt", ["baz"])]),
                    ],
                )
            ],
        )
    ]


@pytest.mark.parametrize(
    ("text", "term", "definition"),
    [
        (";http://example.com/ :definition", "http://example.com/", "definition"),
        (";[[a:b|c]] : def", "c", "def"),
        (";[[a:b]]", "a:b", None),
        (";'''a:b''' c", "a:b c", None),
        (";<span title='x:y'>s</span>:d", "s", "d"),
        (";12:30", "12", "30"),
        (";news:alt.wikipedia.rox -- no crash", "news:alt.wikipedia.rox -- no crash", None),
        (";one<br/>two :fun", "one two", "fun"),
        (";x -{a:b}- : y", None, "y"),
    ],
)
def test_term_colon_skips_links_urls_and_markup(
    text: str, term: str | None, definition: str | None
) -> None:
    (dl,) = blocks(text)
    assert isinstance(dl, List) and dl.kind == "definition"
    if term is not None:
        assert plain_text(dl.items[0]) == term
    if definition is None:
        assert len(dl.items) == 1
    else:
        assert [item.kind for item in dl.items] == ["term", "definition"]
        assert plain_text(dl.items[1]) == definition


def test_very_deep_list_prefix_stays_text_with_a_diagnostic() -> None:
    result, ctx = read("*" * 5000 + " deep")
    depth, node = 0, result[0]
    while isinstance(node, List):
        depth += 1
        blocks_ = node.items[-1].blocks
        node = blocks_[-1]
    assert depth == 30
    assert plain_text(node).startswith("*")
    assert [d.code for d in ctx.diagnostics] == ["list-too-deep"]


# ------------------------------------------------------------------------- tables


def test_simple_table() -> None:
    text = '{| class="wikitable"\n|+ Cap\n! H1 !! H2\n|-\n| a || b\n|-\n| c\n| d\n|}'
    (table,) = blocks(text)
    assert shape(table) == (
        "table",
        "Cap",
        [
            [("th", ["H1"]), ("th", ["H2"])],
            [("td", ["a"]), ("td", ["b"])],
            [("td", ["c"]), ("td", ["d"])],
        ],
    )
    assert isinstance(table, Table)
    assert table.attributes == (("class", "wikitable"),)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{|\n|}", [("table", "", [[("td", [])]])]),
        ("{||}", []),
        ("{|\n|a\n", [("table", "", [[("td", ["a"])]])]),
        ("{|\n|a\nb\n|}", [("table", "", [[("td", ["a", ("p", "b")])]])]),
        ("{|\n|a\n\n*b\n|}", [("table", "", [[("td", ["a", ("ul", [("li", ["b"])])])]])]),
        ("{|\n!h1||h2\n|}", [("table", "", [[("th", ["h1"]), ("th", ["h2"])]])]),
        ("{|\n|a!!b\n|}", [("table", "", [[("td", ["a!!b"])]])]),
        ("{|\n!a\nb!!c\n|}", [("table", "", [[("th", ["a", ("p", "b!!c")])]])]),
        ("{|\n|foo bar foo|baz\n|}", [("table", "", [[("td", ["baz"])]])]),
        ("{|\n|[[a|b]]\n|}", [("table", "", [[("td", ["b"])]])]),
        ("{|\n||a||\n|}", [("table", "", [[("td", ["a"]), ("td", [])]])]),
        ("{|\n|a||}||b\n|}", [("table", "", [[("td", ["a"]), ("td", ["}"]), ("td", ["b"])]])]),
        # Content before the first row goes in front of the table (fostered).
        ("{|\nfoo\n|a\n|}", [("p", "foo"), ("table", "", [[("td", ["a"])]])]),
        ("{|\n|-\n*a\n|}", [("ul", [("li", ["a"])]), ("table", "", [])]),
        (" {|\n |a\n |}", [("table", "", [[("td", ["a"])]])]),
        ("{|\n|a\n|}\nafter", [("table", "", [[("td", ["a"])]]), ("p", "after")]),
    ],
)
def test_table_structure(text: str, expected: list[Any]) -> None:
    assert parsed(text) == expected


def test_nested_table_in_a_cell() -> None:
    text = "{|\n|a\n|\n{|\n|inner\n|}\n|b\n|}"
    assert parsed(text) == [
        (
            "table",
            "",
            [[("td", ["a"]), ("td", [("table", "", [[("td", ["inner"])]])]), ("td", ["b"])]],
        )
    ]


def test_indented_table_is_in_a_definition_list() -> None:
    assert parsed(":{|\n|x\n|}") == [("dl", [("dd", [("table", "", [[("td", ["x"])]])])])]
    assert parsed("::{|\n|x\n|}")[0][0] == "dl"


def test_table_in_a_bullet_item_is_not_a_table() -> None:
    assert parsed("*{|\n|x\n|}") == [("ul", [("li", ["{|"])]), ("p", "|x |}")]


def test_cell_attributes_and_spans() -> None:
    text = '{|\n| colspan="2" rowspan=3 style="color:red" onclick="evil()" | x\n|}'
    (table,) = blocks(text)
    assert isinstance(table, Table)
    cell = table.rows[0].cells[0]
    assert (cell.colspan, cell.rowspan) == (2, 3)
    assert cell.attributes == (("style", "color:red"),)


def test_row_attributes_and_sanitising() -> None:
    text = "{| <span>boo</span> style='border:1px' \n|- style=\"color:red\" id='a b'\n| x\n|}"
    (table,) = blocks(text)
    assert isinstance(table, Table)
    assert table.attributes == (("style", "border:1px"),)
    assert table.rows[0].attributes == (("style", "color:red"), ("id", "a_b"))


def test_unsafe_style_is_replaced() -> None:
    (table,) = blocks('{| style="background:url(x)"\n|a\n|}')
    assert isinstance(table, Table)
    assert table.attributes == (("style", "/* insecure input */"),)


def test_two_captions_share_the_one_caption() -> None:
    (table,) = blocks("{|\n|+ one\n|+ two\n|a\n|}")
    assert shape(table)[1] == "one two"


def test_sixteen_thousand_unclosed_tables_are_linear() -> None:
    start = time.perf_counter()
    result = blocks("\n".join("{|" for _ in range(16000)))
    assert time.perf_counter() - start < 5
    assert all(isinstance(block, Table) for block in result)


def test_a_hundred_thousand_cells() -> None:
    text = "{|\n" + "\n".join("|c" for _ in range(100_000)) + "\n|}"
    start = time.perf_counter()
    (table,) = blocks(text)
    assert time.perf_counter() - start < 5
    assert isinstance(table, Table) and len(table.rows[0].cells) == 100_000


# ------------------------------------------------------------------ HTML block tags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<div>foo</div>", [("div", ["foo"])]),
        ("a <div>foo</div>\n\nb", [("p", "a"), ("div", ["foo"]), ("p", "b")]),
        ("<center>x</center>", [("center", ["x"])]),
        ("<blockquote>foo</blockquote>", [("quote", [("p", "foo")])]),
        ("<blockquote>\nfoo\n\nbar\n</blockquote>", [("quote", [("p", "foo"), ("p", "bar")])]),
        ("<div>Line one\n\nLine two</div>", [("div", ["Line one Line two"])]),
        ("<div>\nLine one\n\nLine two</div>", [("div", [("p", "Line one"), "Line two"])]),
        ("<p>x</p>", [("p", "x")]),
        ("<p>a<p>b", [("p", "a"), ("p", "b")]),
        ("<ul><li>a<li>b</ul>", [("ul", [("li", ["a"]), ("li", ["b"])])]),
        ("<ol>\n<li>One</li>\n</ol>", [("ol", [("li", ["One"])])]),
        ("<dl><dt>t<dd>d</dl>", [("dl", [("dt", ["t"]), ("dd", ["d"])])]),
        (
            "<table><tr><td>a</td><td>b</td></tr></table>",
            [("table", "", [[("td", ["a"]), ("td", ["b"])]])],
        ),
        ("<table><td>a<td>b</table>", [("table", "", [[("td", ["a"]), ("td", ["b"])]])]),
        ("<div>unclosed", [("div", ["unclosed"])]),
        ("stray</div> end", [("p", "stray end")]),
        ("<div/>x", [("div", ["x"])]),
        ("*a</div>b", [("ul", [("li", ["ab"])])]),
        ("<aside>no</aside>", [("p", "<aside>no</aside>")]),
    ],
)
def test_html_block_tags(text: str, expected: list[Any]) -> None:
    assert parsed(text) == expected


def test_block_tag_attributes_are_sanitised() -> None:
    (div,) = blocks('<div class="a" onclick="x()" data-foo="1" data-mw="no">y</div>')
    assert div == BlockTag("div", (("class", "a"), ("data-foo", "1")), (Plain((Text("y"),)),))


def test_nested_block_tags() -> None:
    text = "<div>\n<blockquote>\n*a\n</blockquote>\n</div>"
    assert parsed(text) == [("div", [("quote", [("ul", [("li", ["a"])])])])]


def test_deep_html_nesting_is_bounded_with_a_diagnostic() -> None:
    result, ctx = read("<div>" * 5000 + "x" + "</div>" * 5000)
    assert "nesting-too-deep" in [d.code for d in ctx.diagnostics]
    document = Document(result)
    for writer in ("html", "markdown", "text"):
        wikiconv.render(document, writer)  # must not exhaust the stack


# ------------------------------------------------------------------------ markers


def _with_marker(text: str, node: Any) -> tuple[tuple[Block, ...], ReadContext]:
    ctx = ReadContext(WikiOptions(), parse_inline, parse_blocks)
    marker = ctx.hold(node, "<pre>x</pre>")
    return parse_blocks(text.replace("@", marker), ctx), ctx


def test_block_marker_splits_the_paragraph() -> None:
    result, _ = _with_marker("a @ b", CodeBlock("x"))
    assert shapes(result) == [("p", "a"), ("code", "x"), ("p", "b")]


def test_block_marker_in_a_list_item() -> None:
    result, _ = _with_marker("*@\n*c", CodeBlock("x"))
    assert shapes(result) == [("ul", [("li", [("code", "x")]), ("li", ["c"])])]


def test_inline_marker_stays_in_the_text() -> None:
    result, _ = _with_marker("a @ b", Text("X"))
    assert shapes(result) == [("p", "a X b")]


def test_table_syntax_templates_stand_for_their_syntax() -> None:
    ctx = ReadContext(WikiOptions(), parse_inline, parse_blocks)
    bar, row = ctx.hold(Template("!"), "{{!}}"), ctx.hold(Template("!-"), "{{!-}}")
    result = parse_blocks(f"{{|\n{bar} a\n{row}\n{bar} b\n|}}", ctx)
    assert shapes(result) == [("table", "", [[("td", ["a"])], [("td", ["b"])]])]


def test_category_links_take_the_line_break_before_them() -> None:
    # A category line never starts or separates a paragraph in MediaWiki.
    result, ctx = read("a\n\n[[Category:X]]\nb")
    assert shapes(result) == [("p", "a b")]
    assert ctx.categories == ["X"]
    assert parsed("[[:Category:X]]\n\nb") == [("p", "Category:X"), ("p", "b")]


def test_raw_pre_becomes_a_code_block() -> None:
    assert parsed("<pre>\n a <b>x</b>\n</pre>") == [("code", " a <b>x</b>\n")]
    assert parsed("<pre>x</pre> after") == [("code", "x"), ("p", "after")]


def test_unclosed_pre_is_an_html_pre_with_wikitext() -> None:
    (pre,) = blocks("<pre>a\n*b")
    assert isinstance(pre, Preformatted)
    assert plain_text(pre.content) == "a *b"


# ------------------------------------------------------------------------ images


def test_framed_and_aligned_images_stand_outside_paragraphs() -> None:
    # MediaWiki renders them as <figure>, a block its paragraph pass steps around.
    first, second = blocks("[[File:X.jpg|thumb|Caption]]\nSome text.")
    assert isinstance(first, Plain) and isinstance(first.content[0], Image)
    assert second == Paragraph((Text("Some text."),))
    assert [type(b).__name__ for b in blocks("a [[File:X.jpg|left]] b")] == [
        "Paragraph",
        "Plain",
        "Paragraph",
    ]


def test_inline_images_stay_in_the_paragraph() -> None:
    (paragraph,) = blocks("a [[File:X.jpg|20px]] b\n[[:File:X.jpg|thumb]]")
    assert isinstance(paragraph, Paragraph)


# --------------------------------------------------------------------- formatting


def test_unclosed_bold_is_reopened_in_the_next_paragraph() -> None:
    first, second = blocks("<b>Bold paragraph\n\nNew wiki paragraph")
    assert isinstance(first, Paragraph) and isinstance(second, Paragraph)
    assert any(isinstance(node, Bold) for node in iter_nodes(second))


def test_formatting_does_not_reach_into_cells() -> None:
    result = blocks("<b>x\n{|\n|cell\n|}")
    table = next(block for block in result if isinstance(block, Table))
    assert not any(isinstance(node, Bold) for node in iter_nodes(table))


# ------------------------------------------------------------------ performance


def test_five_thousand_nested_list_levels() -> None:
    text = "\n".join("*" * level + " x" for level in range(1, 5001))
    start = time.perf_counter()
    result = blocks(text)
    assert time.perf_counter() - start < 5
    assert isinstance(result[0], List)


def test_whole_reader_on_a_mixed_page() -> None:
    text = (
        "Lead ''text''.\n\n== Section ==\n* item\n*# sub\n; term : def\n"
        '{| class="wikitable"\n! H\n|-\n| cell\n|}\n'
        " pre\n----\n<div>block</div>\n=== Sub ===\nend"
    )
    document = wikiconv.parse(text, "wikitext")
    assert shapes(document.blocks) == [
        ("p", "Lead text."),
        (
            "h2",
            "Section",
            [
                ("ul", [("li", ["item", ("ol", [("li", ["sub"])])])]),
                ("dl", [("dt", ["term"]), ("dd", ["def"])]),
                ("table", "", [[("th", ["H"])], [("td", ["cell"])]]),
                ("pre", "pre"),
                "hr",
                ("div", ["block"]),
                ("h3", "Sub", [("p", "end")]),
            ],
        ),
    ]


@pytest.mark.parametrize(
    ("source", "caption"),
    [
        # Algorithm: a caption that runs over a <source> block to the closing brackets.
        (
            "[[File:Euclid.gif|350px|thumb|right|Euclid's algorithm for 1599 and 650.\n"
            '<source lang="text">\n 1599 = 650*2 + 299\n 650 = 299*2 + 52</source>]]\n'
            "==== Next ====\nText.",
            "Euclid's algorithm for 1599 and 650.",
        ),
        # Articles of Confederation: <center> blocks inside a caption on one line.
        (
            "[[File:Stamp.jpg|thumb|220px|<center>Commemorative stamp</center>"
            "<center>First issued in 1977</center>]]\nOn June 12, 1776, a committee met.",
            "Commemorative stamp",
        ),
    ],
)
def test_an_image_caption_over_lines_or_blocks_stays_one_image(source: str, caption: str) -> None:
    document = wikiconv.parse(source, "wikitext")
    images = [node for node in iter_nodes(document) if isinstance(node, Image)]
    assert len(images) == 1
    assert plain_text(images[0].caption).startswith(caption)
    text = wikiconv.render(document, "text")
    assert "[[" not in text and "]]" not in text and "thumb" not in text
