"""{{coord}}: the position as Wikipedia shows it, and the title position as metadata."""

from __future__ import annotations

from datetime import date

import pytest

import wikiconv
from wikiconv.ast import Template
from wikiconv.readers.wikitext import read
from wikiconv.templates import TemplateCall
from wikiconv.templates.coord import parse_coordinates
from wikiconv.walk import iter_nodes, plain_text

TODAY = date(2025, 1, 1)

CASES = [
    # Decimal input shows decimal degrees, the sign as a hemisphere letter.
    ("{{coord|41.893269|-87.622511|display=inline}}", "41.893269°N 87.622511°W"),
    ("{{coord|50.466|-4.718|display=inline,title}}", "50.466°N 4.718°W"),
    ("{{coord|51.5|-0.12}}", "51.5°N 0.12°W"),
    # Degrees, minutes and seconds are shown as written.
    (
        "{{coord|45|32|22|N|89|45|19|W|region:US-WI|display=inline,title}}",
        "45°32′22″N 89°45′19″W",
    ),
    ("{{coord|39|11|19|N|120|6|32|W|type:city}}", "39°11′19″N 120°6′32″W"),
    ("{{Coord|51|30|N|0|7|W|type:city}}", "51°30′N 0°7′W"),
    ("{{Koördinate|53|50|N|02|25|W}}", "53°50′N 02°25′W"),
    # format= converts, with the module's precision: minutes from two decimals,
    # seconds from more; three decimals for minutes, five for seconds.
    ("{{coord|51.5|-0.12|format=dms}}", "51°30′N 0°07′W"),
    ("{{coord|44.1124|N|87.9130|W|format=dms}}", "44°06′45″N 87°54′47″W"),
    ("{{Coord|51|30|N|0|7|W|format=dec}}", "51.500°N 0.117°W"),
    ("{{coord|57|18|22|N|4|27|32|W|format=dec|name=Foo}}", "57.30611°N 4.45889°W"),
    # Written longitude first, it is still read as latitude then longitude.
    ("{{coord|0|7|W|51|30|N}}", "51°30′N 0°7′W"),
]


@pytest.mark.parametrize(("source", "expected"), CASES, ids=[c[0] for c in CASES])
def test_coord_shows_the_position_as_wikipedia_does(source: str, expected: str) -> None:
    document = read(source, today=TODAY)
    assert plain_text(document.blocks[0]) == expected


def test_display_title_alone_shows_nothing_in_the_text_but_keeps_the_position() -> None:
    document = read(
        "{{coord|50.51861|N|1.64139|E|type:adm3rd_source:enwiki|display=title}}", today=TODAY
    )
    assert plain_text(document) == ""
    assert ("coordinates", "50.51861,1.64139") in document.metadata


def test_title_positions_are_decimal_degrees() -> None:
    document = read("{{coord|45|32|22|N|89|45|19|W|display=inline,title}}", today=TODAY)
    assert document.metadata == (("coordinates", "45.53944,-89.75528"),)
    assert read("{{coord|55|N|3|W|display=title|scale:10000000}}").metadata == (
        ("coordinates", "55,-3"),
    )


def test_an_inline_position_is_not_metadata() -> None:
    assert read("{{coord|41.893269|-87.622511|display=inline}}").metadata == ()


def test_notes_follow_the_position() -> None:
    # notes= is a named value, so MediaWiki trims it: it follows with no space.
    document = read("{{coord|51.5|-0.12|notes=<ref>Survey</ref>|name=Mill}}", today=TODAY)
    call = next(n for n in iter_nodes(document) if isinstance(n, Template))
    assert call.rendered is not None
    assert [type(node).__name__ for node in call.rendered] == ["Text", "Reference"]
    assert plain_text(document.blocks[0]) == "51.5°N 0.12°W"


def _call(source: str) -> TemplateCall:
    node = next(n for n in iter_nodes(read(source)) if isinstance(n, Template))
    return TemplateCall(node)


def test_parse_coordinates_gives_signed_decimal_degrees() -> None:
    assert parse_coordinates(_call("{{coord|39|11|19|N|120|6|32|W}}")) == (39.18861, -120.10889)
    assert parse_coordinates(_call("{{coord|50.466|-4.718}}")) == (50.466, -4.718)
    assert parse_coordinates(_call("{{coord|50.51861|S|1.64139|W}}")) == (-50.51861, -1.64139)


@pytest.mark.parametrize("source", ["{{coord|north|west}}", "{{coord|95|0}}", "{{coord|1|2|N}}"])
def test_unreadable_positions_stay_unrendered(source: str) -> None:
    assert parse_coordinates(_call(source)) is None
    assert next(n for n in iter_nodes(read(source)) if isinstance(n, Template)).rendered is None


def test_a_title_position_keeps_its_footnote() -> None:
    # Alaska: {{Coord|64|N|150|W|display=title|notes=<ref>{{Cite gnis|…}}</ref>}}.
    source = "{{Coord|64|N|150|W|display=title|notes=<ref>GNIS entry.</ref>}}\n<references/>"
    data = wikiconv.to_dict(wikiconv.parse(source, "wikitext"))
    assert [note["text"] for note in data["references"]] == ["GNIS entry."]
