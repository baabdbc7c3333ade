"""Templates that render a table: block handlers and block groups.

A call standing alone on its line(s) whose template draws a table on the page is made
a :class:`~wikiconv.ast.TemplateBlock` by the reader; the handlers here give it its
:class:`~wikiconv.ast.Table`. Importing this module registers them all:

- ``Weather box`` (:mod:`.tables_weather`);
- ``US Census population`` and ``Historical populations`` (:mod:`.tables_population`);
- ``Track listing`` (``Tracklist``), below;
- medal tables, a block group: ``{{MedalTableTop}}``, its rows (``MedalSport``,
  ``MedalCountry``, ``MedalCompetition``, ``MedalGold``, ``MedalSilver``,
  ``MedalBronze``) on the lines after it, and ``{{MedalBottom}}``, below.

See docs/templates.md, "Templates that render blocks".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from wikiconv.ast import Block, Cell, Inline, Paragraph, Row, Table, Text
from wikiconv.templates import tables_population, tables_weather
from wikiconv.templates.registry import (
    BlockOutput,
    HandlerContext,
    TemplateCall,
    block_group,
    block_handler,
    normalise_name,
)
from wikiconv.templates.tables_common import cell, head, row

__all__: list[str] = []

_FAMILIES = (tables_population, tables_weather)  # registered as they are imported

# ---------------------------------------------------------------------- track listing

_TRACK_KEY = re.compile(r"(title|note|writer|lyrics|music|extra|length)(\d+)$")
_LENGTH = re.compile(r"(?:(\d+):)?(\d+):(\d\d)$")


@block_handler("Track listing", "Tracklist", "Track list")
def track_listing(call: TemplateCall, ctx: HandlerContext) -> BlockOutput:
    """Module:Track listing's table: "No.", "Title" ("Title" in quotes, the note in
    brackets after it), the credit columns the tracks use, "Length", and a "Total
    length:" row when ``total_length`` is given (``auto``: the sum of the lengths)."""
    found = (_TRACK_KEY.match(key) for key, value in call.named() if value)
    numbers = sorted({int(match.group(2)) for match in found if match})
    if not numbers:
        return None
    columns = ["writer", "lyrics", "music", "extra", "length"]
    used = [key for key in columns if _column_used(call, key, numbers)]
    names = {"writer": "Writer(s)", "lyrics": "Lyrics", "music": "Music", "length": "Length"}
    names["extra"] = call.text("extra_column", "Extra")
    rows: list[Row] = [row(head("No."), head("Title"), *(head(names[key]) for key in used))]
    for number in numbers:
        cells: list[Cell] = [head(f"{number}."), cell(_track_title(call, number))]
        cells.extend(cell(call.arg(f"{key}{number}")) for key in used)
        rows.append(row(*cells))
    total = _total_length(call, numbers)
    if total and "length" in used:
        rows.append(row(head("Total length:", colspan=len(used) + 1), cell(total)))
    blocks: list[Block] = [Paragraph(line) for line in _credit_lines(call)]
    blocks.append(Table(tuple(rows), caption=call.arg("headline")))
    return tuple(blocks)


def _column_used(call: TemplateCall, key: str, numbers: list[int]) -> bool:
    flags = {"writer": "writing_credits", "lyrics": "lyrics_credits", "music": "music_credits"}
    if key in flags and call.flag(flags[key]):
        return True
    if key == "extra" and call.text("extra_column"):
        return True
    return any(call.arg(f"{key}{number}") for number in numbers)


def _track_title(call: TemplateCall, number: int) -> tuple[Inline, ...]:
    title = call.arg(f"title{number}")
    shown: list[Inline] = [Text('"'), *title, Text('"')] if title else [Text("Untitled")]
    note = call.arg(f"note{number}")
    if note:
        shown.extend((Text(" ("), *note, Text(")")))
    return tuple(shown)


def _total_length(call: TemplateCall, numbers: list[int]) -> str:
    given = call.text("total_length")
    if given.lower() != "auto":
        return given
    seconds = 0
    for number in numbers:
        match = _LENGTH.match(call.text(f"length{number}"))
        if match is None:
            return ""
        hours, minutes, secs = (int(part or 0) for part in match.groups())
        seconds += hours * 3600 + minutes * 60 + secs
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _credit_lines(call: TemplateCall) -> list[tuple[Inline, ...]]:
    """The lines above the table: "All tracks are written by …" and its kin."""
    writing, lyrics, music = call.arg("all_writing"), call.arg("all_lyrics"), call.arg("all_music")
    lines: list[tuple[Inline, ...]] = []
    if writing:
        lines.append((Text("All tracks are written by "), *writing, Text(".")))
    if lyrics and music:
        lines.append((
            Text("All lyrics are written by "), *lyrics,
            Text("; all music is composed by "), *music, Text("."),
        ))  # fmt: skip
    elif lyrics:
        lines.append((Text("All lyrics are written by "), *lyrics, Text(".")))
    elif music:
        lines.append((Text("All music is composed by "), *music, Text(".")))
    return lines


# ------------------------------------------------------------------------ medal tables

_MEDALS = {
    "MedalGold": "Gold medal \u2013 first place",
    "MedalSilver": "Silver medal \u2013 second place",
    "MedalBronze": "Bronze medal \u2013 third place",
}
_HEADINGS = ("MedalSport", "MedalCountry", "MedalCompetition")


@block_group(
    start=("MedalTableTop", "MedalTop"),
    end=("MedalBottom",),
    rows=(*_HEADINGS, *_MEDALS),
)
def medal_table(calls: Sequence[TemplateCall], ctx: HandlerContext) -> BlockOutput:
    """A medal record: headings spanning the table (the sport, "Representing" the
    country, the competition), then a row per medal: the medal, the event's
    place and year, the event."""
    rows: list[Row] = []
    for call in calls:
        name = normalise_name(call.name)
        if name in _MEDALS:
            rows.append(row(cell(_MEDALS[name]), cell(call.arg(1)), cell(call.arg(2))))
        elif name in _HEADINGS:
            text = call.arg(1)
            if name == "MedalCountry":
                text = (Text("Representing "), *text)
            rows.append(row(head(text, colspan=3)))
    if not rows:
        return None
    return (Table(tuple(rows), caption=(Text("Medal record"),)),)
