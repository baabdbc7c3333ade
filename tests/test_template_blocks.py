"""Template calls that render blocks: the TemplateBlock node, the block-handler API,
what the reader lifts, and what every writer makes of the node."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date

import pytest

import wikiconv
from wikiconv.ast import (
    Cell,
    Document,
    Paragraph,
    Plain,
    Reference,
    Row,
    Section,
    Table,
    Template,
    TemplateBlock,
    Text,
)
from wikiconv.nodeio import from_dict, node_types
from wikiconv.readers.wikitext import read
from wikiconv.template_report import TemplateReport
from wikiconv.templates import HandlerContext, Registry, TemplateCall, default_registry
from wikiconv.templates.registry import BlockOutput
from wikiconv.walk import iter_nodes, plain_text, source_nodes, visible_nodes

TODAY = date(2025, 1, 1)


def _box(call: TemplateCall, ctx: HandlerContext) -> BlockOutput:
    """A test block handler: a one-row table of the call's positional arguments."""
    if call.text(1) == "give up":
        return None
    if call.text(1) == "fail":
        raise ValueError("broken handler")
    cells = tuple(Cell((Plain(value),)) for value in call.positional())
    head = Row((Cell((Plain((Text("Head"),)),), header=True, colspan=max(len(cells), 1)),))
    return (Table((head, Row(cells))),)


def _rows(calls: Sequence[TemplateCall], ctx: HandlerContext) -> BlockOutput:
    """A test block group: a row per call between ``Rows top`` and ``Rows end``."""
    rows = tuple(
        Row((Cell((Plain((Text(call.name),)),)), Cell((Plain(call.arg(1)),))))
        for call in calls
        if call.name == "Row"
    )
    return (Table(rows),)


def registry() -> Registry:
    found = default_registry().copy()
    found.add_block(_box, "Box", "Box alias")
    found.add_block_group(_rows, start=("Rows top",), end=("Rows end",), rows=("Row",))
    return found


def parse(source: str) -> Document:
    return read(source, templates=registry(), today=TODAY)


def cells(table: Table) -> list[list[str]]:
    return [[plain_text(cell).strip() for cell in row.cells] for row in table.rows]


def only_block(document: Document) -> TemplateBlock:
    found = [block for block in iter_nodes(document) if isinstance(block, TemplateBlock)]
    assert len(found) == 1
    return found[0]


# ------------------------------------------------------------------------- the node


def test_the_node_is_registered_and_round_trips_as_data() -> None:
    assert node_types()["TemplateBlock"] is TemplateBlock
    document = parse("{{Box|a|b}}")
    block = only_block(document)
    data = block.to_dict()
    assert data["type"] == "TemplateBlock"
    assert from_dict(data) == block
    assert from_dict(data).to_dict() == data
    assert block.calls == (block.content[0],)


def test_a_lone_call_becomes_a_template_block_holding_the_call() -> None:
    document = parse("{{Box|a|[[b]]}}")
    block = document.blocks[0]
    assert isinstance(block, TemplateBlock)
    (call,) = block.calls
    assert call.raw == "{{Box|a|[[b]]}}"
    # The call shows nothing inline: its output is the blocks.
    assert call.rendered == ()
    (table,) = block.blocks
    assert isinstance(table, Table)
    assert cells(table) == [["Head"], ["a", "b"]]


def test_aliases_and_names_compare_as_mediawiki_compares_them() -> None:
    block = only_block(parse("{{box_alias|x}}"))
    assert cells(block.blocks[0]) == [["Head"], ["x"]]  # type: ignore[arg-type]


def test_text_lines_around_the_call_stay_paragraphs() -> None:
    document = parse("Before it. \n{{Box|x}}\nAfter it.")
    kinds = [type(block).__name__ for block in document.blocks]
    assert kinds == ["Paragraph", "TemplateBlock", "Paragraph"]
    assert plain_text(document.blocks[0]).strip() == "Before it."
    assert plain_text(document.blocks[2]).strip() == "After it."


def test_a_call_inside_running_text_stays_inline() -> None:
    document = parse("Some {{Box|x}} text.")
    assert [type(block).__name__ for block in document.blocks] == ["Paragraph"]
    call = next(node for node in iter_nodes(document) if isinstance(node, Template))
    assert call.rendered is None


def test_a_line_with_two_calls_is_no_block() -> None:
    document = parse("{{Box|x}}{{Box|y}}")
    assert not any(isinstance(block, TemplateBlock) for block in document.blocks)


def test_sections_and_divs_are_searched() -> None:
    document = parse("== Climate ==\n<div>\n{{Box|x}}\n</div>\n{{Box|y}}")
    section = document.blocks[0]
    assert isinstance(section, Section)
    found = [node for node in iter_nodes(section) if isinstance(node, TemplateBlock)]
    assert len(found) == 2


def test_a_handler_that_gives_up_leaves_the_paragraph_as_before() -> None:
    document = parse("{{Box|give up}}")
    assert isinstance(document.blocks[0], Paragraph)
    assert document.blocks[0].content[0].rendered is None  # type: ignore[union-attr]


def test_a_failing_handler_is_reported_and_reading_goes_on() -> None:
    document = parse("{{Box|fail}}\n\nText.")
    assert isinstance(document.blocks[0], Paragraph)
    codes = [d.code for d in document.diagnostics]
    assert "template-handler-failed" in codes


def test_calls_in_the_parameters_show_their_renderings_in_the_table() -> None:
    document = parse("{{Box|{{convert|5|km}}|{{unknown thing}}}}")
    block = only_block(document)
    assert cells(block.blocks[0]) == [["Head"], ["5 kilometres (3.1\u00a0mi)", ""]]  # type: ignore[arg-type]
    # Each call of the source is in the tree once, as for inline renderings.
    assert not any(isinstance(node, Template) for node in iter_nodes(block.blocks[0]))
    codes = [d.code for d in document.diagnostics]
    assert "template-unrendered-inside" in codes


def test_a_block_call_at_the_page_end_is_no_navigation_box() -> None:
    document = parse("Text.\n\n{{Box|give up}}")
    assert not any(d.code == "navbox-dropped" for d in document.diagnostics)


# -------------------------------------------------------------------- block groups


GROUP = "{{Rows top}}\n{{Row|one}}\n{{Row|two}}\n{{Rows end}}"


def test_a_group_takes_its_rows_up_to_its_end() -> None:
    document = parse(f"Intro.\n{GROUP}\nAfter.")
    kinds = [type(block).__name__ for block in document.blocks]
    assert kinds == ["Paragraph", "TemplateBlock", "Paragraph"]
    block = document.blocks[1]
    assert isinstance(block, TemplateBlock)
    assert [call.name for call in block.calls] == ["Rows top", "Row", "Row", "Rows end"]
    assert all(call.rendered == () for call in block.calls)
    assert cells(block.blocks[0]) == [["Row", "one"], ["Row", "two"]]  # type: ignore[arg-type]


def test_a_group_ends_with_its_end_call() -> None:
    document = parse(GROUP + "\n{{Row|three}}")
    block = document.blocks[0]
    assert isinstance(block, TemplateBlock)
    assert [call.name for call in block.calls] == ["Rows top", "Row", "Row", "Rows end"]
    assert isinstance(document.blocks[1], Paragraph)
    # A whole group on one line ends there too.
    document = parse("{{Rows top}}{{Row|one}}{{Rows end}}\n{{Row|two}}")
    assert [len(block.calls) for block in document.blocks if isinstance(block, TemplateBlock)] == [
        3
    ]


def test_a_group_without_its_end_stops_at_the_first_other_line() -> None:
    document = parse("{{Rows top}}\n{{Row|one}}\nText after.\n{{Row|two}}")
    block = document.blocks[0]
    assert isinstance(block, TemplateBlock)
    assert [call.name for call in block.calls] == ["Rows top", "Row"]
    assert isinstance(document.blocks[1], Paragraph)


def test_rows_without_their_start_stay_inline() -> None:
    document = parse("{{Row|one}}\n{{Rows end}}")
    assert [type(block).__name__ for block in document.blocks] == ["Paragraph"]


def test_block_names_are_listed() -> None:
    names = registry().block_names()
    assert {"Box", "Box alias", "Rows top", "Row", "Rows end"} <= set(names)
    assert registry().is_block_name("rows_end")
    assert registry().lookup_group("Rows top") is not None
    assert registry().lookup_block("Row") is None


def test_the_built_in_registry_refuses_new_block_handlers() -> None:
    with pytest.raises(RuntimeError):
        default_registry().add_block(_box, "Another box")
    copy = default_registry().copy()
    copy.add_block(_box, "Another box")
    assert copy.lookup_block("Another box") is _box


# -------------------------------------------------------------------------- walks


def test_walks_see_the_call_in_the_source_and_the_table_on_the_page() -> None:
    document = parse("{{Box|[[Alpha]]}}")
    source = [type(node).__name__ for node in source_nodes(document)]
    visible = [type(node).__name__ for node in visible_nodes(document)]
    assert "TemplateParam" in source and "Table" not in source
    assert "Table" in visible and "TemplateParam" not in visible
    # The link is written once in the source, and shown once.
    assert source.count("Link") == 1
    assert visible.count("Link") == 1


def test_the_template_report_counts_the_call_as_handled() -> None:
    report = TemplateReport()
    report.add(parse("{{Box|x}}\n\n{{Box|give up}}"))
    assert report.calls["Box"] == 2
    assert report.handled["Box"] == 1


def test_footnotes_in_the_table_are_numbered_where_the_table_stands() -> None:
    document = parse("Text.<ref>first</ref>\n\n{{Box|<ref>second</ref>}}\n\n<references />")
    text = wikiconv.render(document, "text")
    assert "[1]" in text and "[2]" in text
    assert text.index("[2]") < text.index("[1] first")
    notes = [node for node in visible_nodes(document) if isinstance(node, Reference)]
    assert len(notes) == 2


# ------------------------------------------------------------------------- writers

SOURCE = "Intro.\n\n{{Box|alpha|beta}}\n\nOutro."


def written(name: str) -> str:
    return wikiconv.render(parse(SOURCE), name)


def test_the_wikitext_writer_writes_the_call_back_exactly() -> None:
    calls = [
        "{{Box|alpha|beta}}",
        "{{ Box\n| a = 1\n| [[b|B]] <nowiki>|</nowiki>\n}}",
        '{{box_alias|x=<ref name="n">note</ref>|{{convert|5|km}}}}',
    ]
    for call in calls:
        document = parse(call + "\n\n<references />")
        out = wikiconv.render(document, "wikitext")
        assert out.startswith(call + "\n"), out
        again = parse(out)
        assert again.blocks[0] == document.blocks[0]
        raws = [c.raw for c in only_block(again).calls]
        assert raws == [call]


def test_the_wikitext_writer_writes_a_group_back_exactly() -> None:
    document = parse(GROUP)
    out = wikiconv.render(document, "wikitext")
    assert out == GROUP + "\n"
    assert parse(out) == document


def test_a_template_block_without_calls_writes_its_blocks_as_wikitext() -> None:
    table = Table((Row((Cell((Plain((Text("x"),)),)),)),))
    document = Document((TemplateBlock((), (table,)),))
    assert wikiconv.render(document, "wikitext") == "{|\n| x\n|}\n"


def test_markdown_writes_the_table() -> None:
    out = written("markdown")
    assert "| Head |  |\n| --- | --- |\n| alpha | beta |" in out
    assert "{{" not in out


def test_html_writes_the_table() -> None:
    out = written("html")
    assert '<table>\n<tr>\n<th colspan="2">Head</th>\n</tr>\n<tr>\n<td>alpha</td>' in out


def test_text_writes_the_rows() -> None:
    assert written("text") == "Intro.\n\nHead\nalpha | beta\n\nOutro.\n"


def test_flat_writes_the_rows_and_says_so() -> None:
    rendered = wikiconv.render_output(parse(SOURCE), "flat")
    assert rendered.text == "Intro.\n\nHead\nalpha | beta\n\nOutro.\n"
    assert any("flat text has no tables" in d.message for d in rendered.diagnostics)


def test_json_writes_the_table_in_its_place() -> None:
    data = json.loads(written("json"))
    kinds = [block["type"] for block in data["lead"]]
    assert kinds == ["paragraph", "table", "paragraph"]
    rows = [[cell["text"] for cell in row] for row in data["lead"][1]["rows"]]
    assert rows == [["Head"], ["alpha", "beta"]]


def test_the_ast_round_trips() -> None:
    document = parse(SOURCE)
    text = wikiconv.render(document, "ast")
    again = wikiconv.parse(text, "ast")
    assert again == document
    assert again.to_dict() == document.to_dict()
    assert wikiconv.render(again, "wikitext") == wikiconv.render(document, "wikitext")


def test_a_template_block_in_a_table_cell_is_flattened_by_markdown() -> None:
    inner = TemplateBlock(
        (Template("Box", rendered=(), raw="{{Box}}"),),
        (Table((Row((Cell((Plain((Text("deep"),)),)),)),)),),
    )
    outer = Table((Row((Cell((Plain((Text("a"),)), inner)),)),))
    out = wikiconv.render(Document((outer,)), "markdown")
    assert "deep" in out
