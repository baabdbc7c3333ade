"""The flat reader against its specification, docs/flat-format.md.

Each test pins one decision of the spec on a small inline input: the tree the reader
builds (compared with ``==``, which ignores spans and layout), the layout facts that
the exact round trip needs, and the diagnostics with their line and column. The last
part runs every fixture under tests/fixtures/flat through a byte-exact round trip.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import pytest

import wikiconv
from wikiconv.ast import (
    Block,
    Bold,
    Cell,
    Diagnostic,
    Document,
    DocumentLayout,
    HorizontalRule,
    Infobox,
    InfoboxField,
    Inline,
    LineBreak,
    List,
    ListItem,
    Node,
    Paragraph,
    Plain,
    Row,
    Section,
    SoftBreak,
    SourceSpan,
    Table,
    Text,
)

N = TypeVar("N", bound=Node)

FIXTURES = Path(__file__).parent / "fixtures" / "flat"
SEED = Path(__file__).parent.parent / "seeds" / "000_f02c26b289b00257.txt"


# --------------------------------------------------------------------------- helpers


def read(text: str) -> Document:
    return wikiconv.parse(text, "flat")


def diags(doc: Document) -> list[tuple[str, str, int | None, int | None]]:
    """The diagnostics as (code, severity, line, column), in order."""
    return [(d.code, d.severity, d.line, d.column) for d in doc.diagnostics]


def t(text: str) -> tuple[Inline, ...]:
    return (Text(text),)


def para(*lines: str) -> Paragraph:
    """A paragraph of source lines, one Text per line with SoftBreaks between."""
    content: list[Inline] = []
    for line in lines:
        if content:
            content.append(SoftBreak())
        content.append(Text(line))
    return Paragraph(tuple(content))


def item(text: str | None, *nested: ListItem) -> ListItem:
    """An item with its text (None: an empty in-between item) and nested items."""
    blocks: list[Block] = []
    if text is not None:
        blocks.append(Plain(t(text) if text else ()))
    if nested:
        blocks.append(List(nested))
    return ListItem(tuple(blocks))


def bullets(*items: ListItem) -> List:
    return List(items)


def sec(level: int, heading: str, *blocks: Block) -> Section:
    return Section(level, t(heading), blocks)


def box(*fields: tuple[str, str], name: str = "Infobox") -> Infobox:
    return Infobox(tuple(InfoboxField(k, t(v) if v else ()) for k, v in fields), name=name)


def layout_of(doc: Document) -> DocumentLayout:
    assert doc.layout is not None
    return doc.layout


def round_trip(text: str) -> str:
    return wikiconv.render(read(text), "flat")


def fixture_cases() -> list[Path]:
    return sorted(path.parent for path in FIXTURES.glob("*/input.txt"))


def read_fixture(case: Path) -> str:
    with open(case / "input.txt", encoding="utf-8", newline="") as handle:
        return handle.read()


# --------------------------------------------------------------------------- characters


def test_reader_registered_and_detected() -> None:
    doc = wikiconv.parse("= T =\n\nText.\n")
    assert doc.source_format == "flat"
    assert (doc.categories, doc.metadata, doc.redirect) == ((), (), None)


def test_bom_is_removed_and_written_back() -> None:
    text = "\ufeff= Ashby =\n\nBody.\n"
    doc = read(text)
    assert doc.title == "Ashby"
    assert doc.blocks == (para("Body."),)
    assert layout_of(doc).bom
    assert round_trip(text) == text
    assert doc == read(text[1:])  # the mark is layout, not meaning


def test_bom_is_not_counted_in_columns() -> None:
    assert diags(read("\ufeffab\u202ec\n")) == [("control-character", "warning", 1, 3)]


def test_feff_after_the_start_is_text() -> None:
    doc = read("a\n\ufeffb\n")
    assert doc.blocks == (para("a", "\ufeffb"),)
    assert not layout_of(doc).bom
    assert doc.diagnostics == ()


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_uniform_line_endings_are_kept_without_diagnostic(newline: str) -> None:
    text = newline.join(["= T =", "", "one", "two", "== H ==", "- x", ""])
    doc = read(text)
    assert doc.layout is not None
    assert doc.layout.newline == newline
    assert doc.layout.newline_exceptions == ()
    assert doc.diagnostics == ()
    assert doc == read(text.replace(newline, "\n"))
    assert doc.blocks == (para("one", "two"), sec(2, "H", bullets(item("x"))))
    assert round_trip(text) == text


def test_mixed_line_endings_are_kept_with_one_info() -> None:
    text = "a\r\nb\nc\r\n\r\nd\re\r\n"
    doc = read(text)
    assert doc.layout is not None
    assert doc.layout.newline == "\r\n"
    assert doc.layout.newline_exceptions == ((1, "\n"), (4, "\r"))
    assert diags(doc) == [("mixed-line-endings", "info", 2, 1)]
    assert doc.blocks == (para("a", "b", "c"), para("d", "e"))
    assert round_trip(text) == text


def test_line_ending_tie_goes_to_the_first_seen() -> None:
    doc = read("a\n\r\nb\n\r\n")
    assert doc.layout is not None
    assert doc.layout.newline == "\n"
    assert doc.layout.newline_exceptions == ((1, "\r\n"), (3, "\r\n"))
    assert diags(doc) == [("mixed-line-endings", "info", 2, 1)]


def test_unicode_line_separators_do_not_end_lines() -> None:
    doc = read("a\u2028b\u2029c\n")
    assert doc.blocks == (para("a\u2028b\u2029c"),)
    assert doc.diagnostics == ()
    nel = read("a\x85b\n")
    assert nel.blocks == (para("a\x85b"),)
    assert diags(nel) == [("control-character", "warning", 1, 2)]


def test_missing_final_newline() -> None:
    doc = read("= T =\n\nLast line")
    assert doc.blocks == (para("Last line"),)
    assert not layout_of(doc).final_newline
    assert layout_of(read("x\n")).final_newline
    assert round_trip("= T =\n\nLast line") == "= T =\n\nLast line"


def test_empty_text() -> None:
    doc = read("")
    assert (doc.title, doc.blocks, doc.diagnostics) == (None, (), ())
    assert round_trip("") == ""


def test_only_blank_lines() -> None:
    doc = read("\n  \n\t\n")
    assert (doc.title, doc.blocks, doc.diagnostics) == (None, (), ())
    assert layout_of(doc).gap_after == ("", "  ", "\t")


def test_blank_lines_hold_only_spaces_and_tabs() -> None:
    doc = read("a\n \t \nb\n")
    assert doc.blocks == (para("a"), para("b"))
    second = doc.blocks[1]
    assert isinstance(second, Paragraph) and second.layout is not None
    assert second.layout.gap == (" \t ",)
    # A no-break space is not white space for this rule: the line is text.
    assert read("a\n\u00a0\nb\n").blocks == (para("a", "\u00a0", "b"),)


def test_a_run_of_blank_lines_separates_like_one() -> None:
    many = read("= T =\n\n\n\nA.\n \n\t\n\nB.\n\n\n")
    one = read("= T =\n\nA.\n\nB.\n")
    assert many == one
    assert many.blocks == (para("A."), para("B."))
    assert many.layout is not None and many.layout.gap_after == ("", "")
    second = many.blocks[1]
    assert isinstance(second, Paragraph) and second.layout is not None
    assert second.layout.gap == (" ", "\t", "")


def test_trailing_white_space_is_content_in_text_and_layout_on_markers() -> None:
    text = "= T =  \n\nInfobox \n- Sails: four  \n\nLine.\t\n\n== H ==\t\n----  \n- item \n"
    doc = read(text)
    assert doc.title == "T"
    assert doc.blocks == (
        box(("Sails", "four  ")),
        para("Line.\t"),
        sec(2, "H", HorizontalRule(), bullets(item("item "))),
    )
    title_layout = layout_of(doc).title_layout
    assert title_layout is not None and title_layout.trailing == "  "
    infobox, _, section = doc.blocks
    assert isinstance(infobox, Infobox) and infobox.layout is not None
    assert infobox.layout.trailing == " "
    assert isinstance(section, Section) and section.layout is not None
    assert section.layout.trailing == "\t"
    rule = section.blocks[0]
    assert isinstance(rule, HorizontalRule) and rule.layout is not None
    assert (rule.layout.marker, rule.layout.trailing) == ("----", "  ")
    assert round_trip(text) == text


# --------------------------------------------------------------------------- title


def test_title_is_the_first_non_blank_level_1_heading() -> None:
    doc = read("\n  \n= Harrowgate Lighthouse =\n\nBody.\n")
    assert doc.title == "Harrowgate Lighthouse"
    assert doc.blocks == (para("Body."),)
    assert doc.diagnostics == ()
    title_layout = layout_of(doc).title_layout
    assert title_layout is not None
    assert (title_layout.gap, title_layout.pad) == (("", "  "), (" ", " "))


@pytest.mark.parametrize(
    ("line", "title"),
    [("=X=", "X"), ("= X =", "X"), ("=  X\t=", "X"), ("===", "="), ("====", "==")],
)
def test_title_spellings(line: str, title: str) -> None:
    doc = read(line + "\nBody.\n")
    assert doc.title == title
    assert doc.blocks == (para("Body."),)


def test_title_can_be_followed_directly_by_blocks() -> None:
    doc = read("= T =\n- a\nText.\n")
    assert doc.title == "T"
    assert doc.blocks == (bullets(item("a")), para("Text."))


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        ("Kestrel Cove is a beach.\n", (para("Kestrel Cove is a beach."),)),
        ("== Access ==\nA path.\n", (sec(2, "Access", para("A path.")),)),
        ("Infobox\n- A: b\n", (box(("A", "b")),)),
        ("- item\n", (bullets(item("item")),)),
    ],
)
def test_no_title_line(text: str, blocks: tuple[Block, ...]) -> None:
    doc = read(text)
    assert doc.title is None
    assert doc.blocks == blocks
    assert doc.diagnostics == ()
    assert layout_of(doc).title_layout is None


def test_later_level_1_heading_is_a_section_with_info() -> None:
    doc = read("= T =\n\nLead.\n= Appendix =\nNotes.\n")
    assert doc.title == "T"
    assert doc.blocks == (para("Lead."), sec(1, "Appendix", para("Notes.")))
    assert diags(doc) == [("level-1-heading", "info", 4, 1)]


def test_second_title_line_is_a_section() -> None:
    doc = read("= T =\n= T2 =\n")
    assert doc.title == "T"
    assert doc.blocks == (sec(1, "T2"),)
    assert diags(doc) == [("level-1-heading", "info", 2, 1)]


def test_level_1_heading_after_a_lead_without_title() -> None:
    doc = read("Intro.\n= Later =\n")
    assert doc.title is None
    assert doc.blocks == (para("Intro."), sec(1, "Later"))
    assert diags(doc) == [("level-1-heading", "info", 2, 1)]


# --------------------------------------------------------------------------- headings


@pytest.mark.parametrize(
    ("line", "level", "heading"),
    [
        ("==Background==", 2, "Background"),
        ("== Background ==", 2, "Background"),
        ("==\tBackground\t==", 2, "Background"),
        ("==  Two  words  ==", 2, "Two  words"),
        ("=== Deeper ===", 3, "Deeper"),
        ("====== Six ======", 6, "Six"),
        ("======= Seven =======", 6, "= Seven ="),
        ("=======X=======", 6, "=X="),
        ("== x = y ==", 2, "x = y"),
        ("== A ==  \t", 2, "A"),
        ("=====", 2, "="),
        ("======", 2, "=="),
        ("=" * 15, 6, "==="),
        ("== \u00a0A ==", 2, "\u00a0A"),
    ],
)
def test_heading_level_and_text(line: str, level: int, heading: str) -> None:
    doc = read(f"= T =\n{line}\nBody.\n")
    assert doc.blocks == (sec(level, heading, para("Body.")),)
    assert diags(doc) == []
    assert round_trip(f"= T =\n{line}\nBody.\n") == f"= T =\n{line}\nBody.\n"


def test_heading_layout_keeps_padding_and_trailing() -> None:
    doc = read("== \tA  ==\t \n")
    section = doc.blocks[0]
    assert isinstance(section, Section) and section.layout is not None
    assert section.layout.pad == (" \t", "  ")
    assert section.layout.trailing == "\t "
    assert doc == read("==A==\n")


@pytest.mark.parametrize(
    ("line", "level", "heading"),
    [
        ("===Keepers==", 2, "=Keepers"),
        ("==Restoration===", 2, "Restoration="),
        ("==History=", 1, "=History"),
        ("=======X======", 6, "=X"),
    ],
)
def test_unbalanced_heading_surplus_is_text_with_warning(
    line: str, level: int, heading: str
) -> None:
    doc = read(f"Lead.\n{line}\n")
    assert doc.blocks == (para("Lead."), sec(level, heading))
    expected = [("unbalanced-heading", "warning", 2, 1)]
    if level == 1:
        expected.append(("level-1-heading", "info", 2, 1))
    assert diags(doc) == expected


@pytest.mark.parametrize(
    "line",
    [
        "=",
        "==",
        "= =",
        "==  ==",
        "==\t==",
        "== A == more",
        " == A ==",
        "\t== A ==",
        "==A",
        "A==",
        "== A ==.",
    ],
)
def test_not_a_heading(line: str) -> None:
    doc = read(f"Lead.\n{line}\n")
    assert doc.blocks == (para("Lead.", line),)
    assert doc.diagnostics == ()


def test_sections_nest_by_level() -> None:
    doc = read("= T =\nLead.\n== A ==\na\n=== B ===\nb\n==== C ====\nc\n=== D ===\nd\n== E ==\ne\n")
    assert doc.blocks == (
        para("Lead."),
        sec(
            2,
            "A",
            para("a"),
            sec(3, "B", para("b"), sec(4, "C", para("c"))),
            sec(3, "D", para("d")),
        ),
        sec(2, "E", para("e")),
    )
    assert doc.diagnostics == ()


def test_skipped_levels_nest_directly_without_diagnostic() -> None:
    doc = read("== A ==\n==== deep ====\nx\n== B ==\n")
    assert doc.blocks == (sec(2, "A", sec(4, "deep", para("x"))), sec(2, "B"))
    assert doc.diagnostics == ()


def test_first_heading_may_be_deep() -> None:
    doc = read("= T =\n=== Deep ===\nx\n== Two ==\ny\n")
    assert doc.blocks == (sec(3, "Deep", para("x")), sec(2, "Two", para("y")))
    assert doc.diagnostics == ()


def test_level_1_section_closes_all_open_sections() -> None:
    doc = read("= T =\n== A ==\n=== B ===\n= C =\n== D ==\n")
    assert doc.blocks == (sec(2, "A", sec(3, "B")), sec(1, "C", sec(2, "D")))


def test_heading_ends_a_paragraph_and_a_list() -> None:
    doc = read("para\n== H ==\n- x\n== I ==\n")
    assert doc.blocks == (para("para"), sec(2, "H", bullets(item("x"))), sec(2, "I"))


# --------------------------------------------------------------------------- infobox


def test_infobox_fields_in_order() -> None:
    text = (
        "= Siege of Karvel =\n\nInfobox\n- Conflict: Siege of Karvel\n"
        "- Date: 3 March 1612\n- Place: Karvel\n\nBody.\n"
    )
    doc = read(text)
    assert doc.blocks == (
        box(("Conflict", "Siege of Karvel"), ("Date", "3 March 1612"), ("Place", "Karvel")),
        para("Body."),
    )
    infobox = doc.blocks[0]
    assert isinstance(infobox, Infobox)
    assert [f.key for f in infobox.fields] == ["Conflict", "Date", "Place"]
    assert doc.diagnostics == ()


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Infobox", "Infobox"),
        ("Infobox military conflict", "Infobox military conflict"),
        ("Infobox person  ", "Infobox person"),
        ("Infobox a  b", "Infobox a  b"),
    ],
)
def test_infobox_label_and_name(label: str, name: str) -> None:
    doc = read(f"{label}\n- Name: Edric\n")
    assert doc.blocks == (box(("Name", "Edric"), name=name),)
    assert round_trip(f"{label}\n- Name: Edric\n") == f"{label}\n- Name: Edric\n"


@pytest.mark.parametrize(
    "label", ["infobox", "INFOBOX", "Infoboxes", " Infobox", "Infobox  x", "Infobox\tx"]
)
def test_not_an_infobox_label(label: str) -> None:
    doc = read(f"{label}\n- Name: Edric\n")
    assert doc.blocks == (para(label), bullets(item("Name: Edric")))
    assert doc.diagnostics == ()


@pytest.mark.parametrize(
    "before",
    ["= T =\n", "== H ==\n", "----\n", "- x\n", "Infobox\n- A: b\n", "Para.\n\n"],
)
def test_infobox_label_starts_a_block_after_any_non_paragraph(before: str) -> None:
    doc = read(before + "Infobox\n- K: v\n")
    found = [b for b in wikiconv.iter_nodes(doc) if isinstance(b, Infobox)]
    assert found[-1] == box(("K", "v"))
    assert doc.diagnostics == ()


def test_infobox_label_inside_a_paragraph_is_text() -> None:
    doc = read("Text.\nInfobox\n- Crossing: 12 minutes\n")
    assert doc.blocks == (para("Text.", "Infobox"), bullets(item("Crossing: 12 minutes")))
    assert doc.diagnostics == ()


def test_word_infobox_in_a_paragraph_is_text() -> None:
    doc = read("It appeared in the Infobox column.\nInfobox design was never a concern.\n")
    assert doc.blocks == (
        para("It appeared in the Infobox column.", "Infobox design was never a concern."),
    )
    assert doc.diagnostics == ()


def test_infobox_without_fields_is_text_with_info() -> None:
    doc = read("Infobox\nThe word on a line of its own.\n")
    assert doc.blocks == (para("Infobox", "The word on a line of its own."),)
    assert diags(doc) == [("infobox-without-fields", "info", 1, 1)]


def test_infobox_with_a_blank_line_before_the_fields_is_text() -> None:
    doc = read("= T =\n\nInfobox person\n\n- Name: Z\n")
    assert doc.blocks == (para("Infobox person"), bullets(item("Name: Z")))
    assert diags(doc) == [("infobox-without-fields", "info", 3, 1)]


def test_infobox_label_at_the_end_is_text_with_info() -> None:
    doc = read("Infobox")
    assert doc.blocks == (para("Infobox"),)
    assert diags(doc) == [("infobox-without-fields", "info", 1, 1)]


@pytest.mark.parametrize(
    ("line", "key", "value"),
    [
        ("- Location: Carrowmore: County Sligo", "Location", "Carrowmore: County Sligo"),
        ("- Coordinates: 54.21: -8.47", "Coordinates", "54.21: -8.47"),
        ("- Website: https://example.org/a", "Website", "https://example.org/a"),
        ("- https://example.org: link text", "https://example.org", "link text"),
        ("- a:b: c", "a:b", "c"),
        ("- Key:: v", "Key:", "v"),
        ("- Key : v", "Key ", "v"),
        ("- K:  v", "K", " v"),
        ("- Sails: four  ", "Sails", "four  "),
        ("- Two words: x", "Two words", "x"),
        ("- K: - not an item", "K", "- not an item"),
    ],
)
def test_field_key_ends_at_first_colon_before_space_or_end(line: str, key: str, value: str) -> None:
    doc = read(f"Infobox\n{line}\n")
    assert doc.blocks == (box((key, value)),)
    assert round_trip(f"Infobox\n{line}\n") == f"Infobox\n{line}\n"


def test_empty_values_and_their_separators() -> None:
    doc = read("Infobox\n- Dedication:\n- Patron day: \n- Depth: 3 m\n")
    assert doc.blocks == (box(("Dedication", ""), ("Patron day", ""), ("Depth", "3 m")),)
    infobox = doc.blocks[0]
    assert isinstance(infobox, Infobox)
    assert [(f.value, f.separator) for f in infobox.fields[:2]] == [((), ":"), ((), ": ")]
    assert round_trip("Infobox\n- Dedication:\n- Patron day: \n") == (
        "Infobox\n- Dedication:\n- Patron day: \n"
    )


@pytest.mark.parametrize(
    ("after", "rest"),
    [
        ("", ()),
        ("\nText.", (para("Text."),)),
        ("Text.", (para("Text."),)),
        ("== H ==", (sec(2, "H"),)),
        ("----", (HorizontalRule(),)),
        ("  - indented", (bullets(item(None, item("indented"))),)),
        ("- plain item", (bullets(item("plain item")),)),
        ("- Time:12:30", (bullets(item("Time:12:30")),)),
        ("- : no key", (bullets(item(": no key")),)),
        ("-  Spaced: key", (bullets(item(" Spaced: key")),)),
        ("Infobox\n- B: c", (box(("B", "c")),)),
    ],
)
def test_infobox_ends_at_the_first_non_field_line(after: str, rest: tuple[Block, ...]) -> None:
    doc = read(f"Infobox\n- A: b\n{after}\n")
    assert doc.blocks == (box(("A", "b")), *rest)


def test_field_lines_after_the_end_are_list_items() -> None:
    doc = read("Infobox\n- A: b\n- plain\n- C: d\n")
    assert doc.blocks == (box(("A", "b")), bullets(item("plain"), item("C: d")))


def test_duplicate_keys_are_kept_with_warning() -> None:
    doc = read("Infobox\n- Depth: 1\n- depth: 2\n- Depth: 3\n- Depth: 4\n")
    assert doc.blocks == (box(("Depth", "1"), ("depth", "2"), ("Depth", "3"), ("Depth", "4")),)
    assert diags(doc) == [
        ("duplicate-field", "warning", 4, 3),
        ("duplicate-field", "warning", 5, 3),
    ]


def test_duplicate_keys_are_counted_per_infobox() -> None:
    doc = read("Infobox\n- A: 1\nInfobox\n- A: 2\n")
    assert doc.blocks == (box(("A", "1")), box(("A", "2")))
    assert doc.diagnostics == ()


def test_infobox_in_a_section() -> None:
    doc = read("== Aftermath ==\nInfobox person\n- Name: Edric\nThe lord was killed.\n")
    assert doc.blocks == (
        sec(
            2,
            "Aftermath",
            box(("Name", "Edric"), name="Infobox person"),
            para("The lord was killed."),
        ),
    )


# --------------------------------------------------------------------------- lists


def test_list_items_and_nesting() -> None:
    doc = read("- a\n  - a1\n    - a1x\n  - a2\n- b\n")
    assert doc.blocks == (bullets(item("a", item("a1", item("a1x")), item("a2")), item("b")),)
    outer = doc.blocks[0]
    assert isinstance(outer, List) and outer.kind == "bullet"
    assert doc.diagnostics == ()


def test_list_returns_up_several_levels_at_once() -> None:
    doc = read("- a\n  - b\n    - c\n- d\n")
    assert doc.blocks == (bullets(item("a", item("b", item("c"))), item("d")),)


def test_list_ends_a_paragraph_and_text_ends_a_list() -> None:
    doc = read("= T =\n- Founded 1923\nThe society.\n- Plots\nMore.\n")
    assert doc.blocks == (
        bullets(item("Founded 1923")),
        para("The society."),
        bullets(item("Plots")),
        para("More."),
    )


def test_list_directly_after_a_heading() -> None:
    doc = read("== See also ==\n- Other article\n")
    assert doc.blocks == (sec(2, "See also", bullets(item("Other article"))),)


def test_blank_line_between_items_makes_two_lists() -> None:
    doc = read("- a\n\n- b\n")
    assert doc.blocks == (bullets(item("a")), bullets(item("b")))


def test_depth_jump_keeps_depth_with_empty_items() -> None:
    doc = read("- Sheds\n      - three levels deeper\n- Next\n")
    assert doc.blocks == (
        bullets(
            item("Sheds", item(None, item(None, item("three levels deeper")))),
            item("Next"),
        ),
    )
    assert diags(doc) == [("list-depth-jump", "info", 2, 1)]


def test_list_starting_deeper_than_depth_1() -> None:
    doc = read("Text.\n  - sub first\n- top\n")
    assert doc.blocks == (para("Text."), bullets(item(None, item("sub first")), item("top")))
    assert diags(doc) == [("list-depth-jump", "info", 2, 1)]


@pytest.mark.parametrize("indent", [" ", "   ", "     "])
def test_odd_indentation_is_text_with_info(indent: str) -> None:
    doc = read(f"- a\n{indent}- odd\n- b\n")
    assert doc.blocks == (bullets(item("a")), para(f"{indent}- odd"), bullets(item("b")))
    assert diags(doc) == [("odd-list-indent", "info", 2, 1)]


def test_odd_indented_lines_continue_a_paragraph() -> None:
    doc = read("Text.\n - one\n   - three\n")
    assert doc.blocks == (para("Text.", " - one", "   - three"),)
    assert diags(doc) == [("odd-list-indent", "info", 2, 1), ("odd-list-indent", "info", 3, 1)]


def test_tab_indentation_is_text_without_diagnostic() -> None:
    doc = read("\t- tab\n")
    assert doc.blocks == (para("\t- tab"),)
    assert doc.diagnostics == ()


@pytest.mark.parametrize("line", ["-5 degrees", "-", "--x", "---", "-item", "\u2013 dash"])
def test_hyphen_lines_that_are_text(line: str) -> None:
    doc = read(f"Frost.\n{line}\n")
    assert doc.blocks == (para("Frost.", line),)
    assert doc.diagnostics == ()


def test_item_text_is_verbatim() -> None:
    doc = read("- \n-  two spaces\n- trailing  \n- - dash\n")
    assert doc.blocks == (
        bullets(item(""), item(" two spaces"), item("trailing  "), item("- dash")),
    )
    empty = doc.blocks[0]
    assert isinstance(empty, List)
    assert empty.items[0].blocks == (Plain(()),)


def test_field_like_lines_outside_an_infobox_are_items() -> None:
    doc = read("== Rules ==\n- Plot size: ten rods\n- Rent:\n- Sheds\n")
    assert doc.blocks == (
        sec(2, "Rules", bullets(item("Plot size: ten rods"), item("Rent:"), item("Sheds"))),
    )
    assert doc.diagnostics == ()


# --------------------------------------------------------------------------- rules


@pytest.mark.parametrize(
    ("line", "marker", "trailing"),
    [("----", "----", ""), ("------", "------", ""), ("----  \t", "----", "  \t")],
)
def test_horizontal_rule(line: str, marker: str, trailing: str) -> None:
    doc = read(f"Before.\n{line}\nAfter.\n")
    assert doc.blocks == (para("Before."), HorizontalRule(), para("After."))
    rule = doc.blocks[1]
    assert isinstance(rule, HorizontalRule) and rule.layout is not None
    assert (rule.layout.marker, rule.layout.trailing) == (marker, trailing)


@pytest.mark.parametrize("line", ["---", "----x", " ----", "---- x", "- - - -x"])
def test_not_a_rule(line: str) -> None:
    doc = read(f"{line}\n")
    assert not any(isinstance(b, HorizontalRule) for b in doc.blocks)


def test_rule_between_list_items_splits_the_list() -> None:
    doc = read("- Monday\n----\n- Sunday\n")
    assert doc.blocks == (bullets(item("Monday")), HorizontalRule(), bullets(item("Sunday")))


def test_group_separator_inside_a_value_is_not_a_rule() -> None:
    doc = read("Infobox\n- Commander2: Count Ballo ---- 23px|border Ulric Maas\n")
    assert doc.blocks == (box(("Commander2", "Count Ballo ---- 23px|border Ulric Maas")),)


# --------------------------------------------------------------------------- paragraphs


def test_paragraph_lines_are_kept_with_soft_breaks() -> None:
    doc = read("  Leading spaces.\nSecond line\t\nThird.\n\nNext paragraph.\n")
    assert doc.blocks == (
        para("  Leading spaces.", "Second line\t", "Third."),
        para("Next paragraph."),
    )
    first = doc.blocks[0]
    assert isinstance(first, Paragraph)
    assert first.content[1] == SoftBreak()


@pytest.mark.parametrize(
    "line",
    [
        "# hash",
        "* asterisk",
        "1. ordered",
        "> quote",
        "<b>bold</b> &amp; &#169;",
        "a | b",
        "`code`",
        "[x](y)",
        "[[Link]] '''bold''' {{tpl}}",
        "    four spaces",
        "+ plus",
        "_under_ ~~strike~~",
    ],
)
def test_markup_of_other_languages_is_plain_text(line: str) -> None:
    doc = read(f"Intro.\n{line}\n")
    assert doc.blocks == (para("Intro.", line),)
    assert doc.diagnostics == ()


# --------------------------------------------------------------------------- unicode


def test_right_to_left_and_combining_text_is_kept_exactly() -> None:
    arabic = "\u0642\u0635\u0631 \u0627\u0644\u0646\u062e\u064a\u0644"
    hebrew = "\u05d0\u05b7\u05e8\u05b0\u05de\u05d5\u05b9\u05df"
    text = (
        f"= {arabic} =\n\nInfobox\n- Name: {arabic}\n\n"
        f"Cafe\u0301 {hebrew} \u200f\u061c\u200e\u200d\n== {hebrew} ==\n- {arabic} 12\n"
    )
    doc = read(text)
    assert doc.title == arabic
    assert doc.blocks == (
        box(("Name", arabic)),
        para(f"Cafe\u0301 {hebrew} \u200f\u061c\u200e\u200d"),
        sec(2, hebrew, bullets(item(f"{arabic} 12"))),
    )
    assert doc.diagnostics == ()
    assert round_trip(text) == text


@pytest.mark.parametrize(
    "char",
    [
        "\x00",
        "\x07",
        "\x08",
        "\x0b",
        "\x0c",
        "\x0e",
        "\x1b",
        "\x1f",
        "\x7f",
        "\x80",
        "\x85",
        "\x9f",
        "\u202a",
        "\u202b",
        "\u202c",
        "\u202d",
        "\u202e",
        "\u2066",
        "\u2067",
        "\u2068",
        "\u2069",
    ],
)
def test_control_and_bidi_override_characters_warn(char: str) -> None:
    doc = read(f"Lead.\nab{char}cd\n")
    assert doc.blocks == (para("Lead.", f"ab{char}cd"),)
    assert diags(doc) == [("control-character", "warning", 2, 3)]
    assert f"U+{ord(char):04X}" in doc.diagnostics[0].message


@pytest.mark.parametrize("char", ["\t", "\u200e", "\u200f", "\u061c", "\u200b", "\u00ad"])
def test_harmless_invisible_characters_do_not_warn(char: str) -> None:
    assert read(f"a{char}b\n").diagnostics == ()


def test_one_control_warning_per_line_for_the_first_character() -> None:
    doc = read("x\u202ey\u2067z\x07\nok\n\x00\n")
    assert diags(doc) == [
        ("control-character", "warning", 1, 2),
        ("control-character", "warning", 3, 1),
    ]


def test_columns_count_code_points() -> None:
    assert diags(read("e\u0301\u202e\n")) == [("control-character", "warning", 1, 3)]
    assert diags(read("\U0001f3f0\u202e\n")) == [("control-character", "warning", 1, 2)]
    assert diags(read("\u05e9\u05dc\u202e\n")) == [("control-character", "warning", 1, 3)]


def test_control_characters_are_checked_in_every_kind_of_line() -> None:
    doc = read("= T\u202e =\nInfobox\n- K: v\x07\n== H\x00 ==\n- i\u2066\n")
    assert doc.title == "T\u202e"
    assert [(d.line, d.column) for d in doc.diagnostics] == [(1, 4), (3, 7), (4, 5), (5, 4)]


# --------------------------------------------------------------------------- diagnostics


def test_diagnostic_order_characters_then_endings_then_structure() -> None:
    text = "= T =\r\n===B==\n- a\r\n      - deep\r\nx\u202e\r\n\r\nInfobox\r\nplain\r\n"
    doc = read(text)
    assert diags(doc) == [
        ("control-character", "warning", 5, 2),
        ("mixed-line-endings", "info", 2, 1),
        ("unbalanced-heading", "warning", 2, 1),
        ("list-depth-jump", "info", 4, 1),
        ("infobox-without-fields", "info", 7, 1),
    ]
    assert all(isinstance(d, Diagnostic) for d in doc.diagnostics)
    assert doc.diagnostics[0].format("a.txt") == (
        "a.txt:5:2: warning: invisible control character U+202E [control-character]"
    )


def test_diagnostics_do_not_affect_equality() -> None:
    assert read("===A==\n") == Document(blocks=(sec(2, "=A"),), source_format="flat")


def test_reading_never_fails() -> None:
    pieces = ["=", "==", "- ", "  - ", "Infobox", "- K:", "----", "\t", " ", "x", "\u202e"]
    for size in range(1, 4):
        for start in range(len(pieces)):
            chunk = pieces[start : start + size]
            text = "\n".join(chunk) + "\r\n".join(chunk)
            assert round_trip(text) == text


# --------------------------------------------------------------------------- spans


def test_spans_of_paragraphs_rules_and_fields() -> None:
    doc = read("= T =\n\nInfobox\n- Key: value\n- Empty:\n\nLine one\nline two.\n------\n")
    infobox, paragraph, rule = doc.blocks
    assert isinstance(infobox, Infobox)
    assert infobox.span == SourceSpan(3, 1, 5, 1)
    assert [f.span for f in infobox.fields] == [SourceSpan(4, 1, 4, 12), SourceSpan(5, 1, 5, 8)]
    assert isinstance(paragraph, Paragraph)
    assert paragraph.span == SourceSpan(7, 1, 8, 9)
    assert [c.span for c in paragraph.content if isinstance(c, Text)] == [
        SourceSpan(7, 1, 7, 8),
        SourceSpan(8, 1, 8, 9),
    ]
    assert isinstance(rule, HorizontalRule)
    assert rule.span == SourceSpan(9, 1, 9, 6)


def test_spans_of_lists_and_sections_start_at_their_line() -> None:
    doc = read("Lead.\n== H ==\n- a\n  - b\n")
    section = doc.blocks[1]
    assert isinstance(section, Section)
    assert section.span is not None
    assert (section.span.line, section.span.column) == (2, 1)
    outer = section.blocks[0]
    assert isinstance(outer, List) and outer.span is not None
    assert (outer.span.line, outer.span.end_line) == (3, 4)


# --------------------------------------------------------------------------- the writer


def test_writer_uses_the_seed_conventions_for_other_trees() -> None:
    doc = Document(
        blocks=(
            box(("Type", "watermill"), ("Restored", "")),
            para("First line", "second line"),
            sec(2, "Machinery", bullets(item("Wheel", item("Axle"))), HorizontalRule()),
        ),
        title="Tarrow Mill",
    )
    out = wikiconv.render_output(doc, "flat")
    assert out.text == (
        "= Tarrow Mill =\n\nInfobox\n- Type: watermill\n- Restored: \n\n"
        "First line\nsecond line\n\n==Machinery==\n- Wheel\n  - Axle\n\n----\n"
    )
    assert out.diagnostics == ()
    back = read(out.text)
    assert (back.title, back.blocks) == (doc.title, doc.blocks)


def test_writer_without_title_starts_with_the_first_block() -> None:
    doc = Document(blocks=(para("Text."), sec(3, "Deep")))
    assert wikiconv.render(doc, "flat") == "Text.\n\n===Deep===\n"


def test_writer_prefixes_infobox_names() -> None:
    doc = Document(blocks=(box(("K", "v"), name="person"),))
    assert wikiconv.render(doc, "flat") == "Infobox person\n- K: v\n"
    doc = Document(blocks=(box(("K", "v"), name="Infobox person"),))
    assert wikiconv.render(doc, "flat") == "Infobox person\n- K: v\n"


def test_writer_reports_what_flat_text_cannot_express() -> None:
    doc = Document(
        blocks=(
            Paragraph((Bold(t("b")), Text(" and "), LineBreak(), LineBreak(), Text("x"))),
            List((item("one"),), kind="ordered"),
            Table((Row((Cell((Plain(t("c1")),)), Cell((Plain(t("c2")),)))),)),
            para("- looks like an item"),
        )
    )
    out = wikiconv.render_output(doc, "flat")
    # Two line breaks in a row would leave an empty line, which would end the
    # paragraph: the empty line is left out and the paragraph stays one.
    assert out.text == "b and \nx\n\n- one\n\nc1 | c2\n\n- looks like an item\n"
    assert [d.code for d in out.diagnostics] == ["not-expressible"] * 4
    messages = " ".join(d.message for d in out.diagnostics)
    for part in ("Bold", "ordered", "Table", "item"):
        assert part in messages


# ----------------------------------------------------------- known deviations (docs)


def test_unbalanced_title_line_warns() -> None:
    doc = read("==Title=\n")
    assert doc.title == "=Title"
    assert diags(doc) == [("unbalanced-heading", "warning", 1, 1)]


def test_flat_round_trip_of_an_infobox_word_paragraph_reports_no_loss() -> None:
    out = wikiconv.render_output(read("Infobox\ntext\n"), "flat")
    assert out.text == "Infobox\ntext\n"
    assert out.diagnostics == ()


def test_writer_reports_a_leading_level_1_section_without_title() -> None:
    out = wikiconv.render_output(Document(blocks=(sec(1, "X"),)), "flat")
    assert read(out.text).title is None or out.diagnostics != ()


def test_writer_reports_an_infobox_without_fields() -> None:
    out = wikiconv.render_output(Document(blocks=(Infobox(()),)), "flat")
    assert out.diagnostics != ()


# --------------------------------------------------------------------------- fixtures


def test_there_are_enough_fixture_cases() -> None:
    names = {case.name for case in fixture_cases()}
    assert "seed" in names
    assert len(names - {"seed"}) >= 14


def test_seed_fixture_is_a_byte_exact_copy_of_the_seed() -> None:
    assert (FIXTURES / "seed" / "input.txt").read_bytes() == SEED.read_bytes()


@pytest.mark.parametrize("case", fixture_cases(), ids=lambda path: path.name)
def test_fixture_round_trips_byte_for_byte(case: Path) -> None:
    text = read_fixture(case)
    doc = wikiconv.parse(text, "flat")
    assert wikiconv.render(doc, "flat") == text
    assert (case / "input.txt").read_bytes() == text.encode("utf-8")


def _doc(case: str) -> Document:
    return read(read_fixture(FIXTURES / case))


def _nodes(doc: Document, kind: type[N]) -> list[N]:
    return [node for node in wikiconv.iter_nodes(doc) if isinstance(node, kind)]


def test_fixture_seed() -> None:
    doc = _doc("seed")
    assert doc.title == "Afshar massacre"
    assert doc.diagnostics == ()
    (infobox,) = _nodes(doc, Infobox)
    assert [f.key for f in infobox.fields][:3] == ["Conflict", "Partof", "Date"]
    assert len(infobox.fields) == 11
    assert [s.heading for s in _nodes(doc, Section)] == [
        t("Background and objectives"),
        t("Preparation"),
        t("Crimes"),
        t("See also"),
    ]
    assert doc.blocks[-1] == sec(2, "See also", bullets(item("List of massacres in Afghanistan")))


def test_fixture_line_ending_cases() -> None:
    assert layout_of(_doc("crlf-line-endings")).newline == "\r\n"
    assert layout_of(_doc("cr-line-endings")).newline == "\r"
    assert layout_of(_doc("mixed-line-endings")).newline == "\r\n"
    assert layout_of(_doc("mixed-line-endings")).newline_exceptions != ()
    assert "mixed-line-endings" in {d.code for d in _doc("mixed-line-endings").diagnostics}
    assert _doc("crlf-line-endings") == read(
        read_fixture(FIXTURES / "crlf-line-endings").replace("\r\n", "\n")
    )


def test_fixture_layout_cases() -> None:
    assert not layout_of(_doc("no-final-newline")).final_newline
    assert layout_of(_doc("byte-order-mark")).bom
    assert layout_of(_doc("blank-line-runs")).gap_after == ("", "")
    for case in fixture_cases():
        if case.name not in ("no-final-newline",):
            assert layout_of(_doc(case.name)).final_newline, case.name
        if case.name != "byte-order-mark":
            assert not layout_of(_doc(case.name)).bom, case.name
    assert _doc("no-title").title is None
    assert _nodes(_doc("no-infobox"), Infobox) == []


def test_fixture_structure_cases() -> None:
    assert [b.name for b in _nodes(_doc("named-infobox"), Infobox)] == [
        "Infobox military conflict",
        "Infobox person",
    ]
    assert _nodes(_doc("infobox-word-in-paragraph"), Infobox) == []
    assert {d.code for d in _doc("unbalanced-headings").diagnostics} >= {"unbalanced-heading"}
    assert max(s.level for s in _nodes(_doc("nested-sections"), Section)) == 4
    assert len(_nodes(_doc("horizontal-rules"), HorizontalRule)) == 3
    assert [d.code for d in _doc("control-characters").diagnostics] == ["control-character"] * 3
    codes = [d.code for d in _doc("lists-everywhere").diagnostics]
    assert codes == ["list-depth-jump", "odd-list-indent", "odd-list-indent"]
    values = {f.key: f for f in _nodes(_doc("infobox-field-values"), InfoboxField)}
    assert values["Location"].value == t("Carrowmore: County Sligo")
    assert values["Dedication"].value == ()
