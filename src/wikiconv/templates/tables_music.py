"""Tables of music articles: review boxes, star ratings and certification tables.

- ``Rating`` (inline): the stars' alternative text, "4/5 stars", which is what a
  reader without the images gets (``score=`` replaces it).
- ``Music ratings`` (``Album ratings``, ``Album reviews``), a block: the review box,
  captioned "Professional ratings" (``title=``), "Aggregate scores" (``ADM``, ``MC``,
  ``aggregateN``) and "Review scores" (``revN``/``revNScore``) sections, each with a
  "Source" / "Rating" header.
- ``Certification Table Top`` … ``Certification Table Entry`` … ``Certification Table
  Bottom``, a block group: "Region", "Certification", "Certified units/sales"; the
  region with its certifying body ("United Kingdom (BPI)"), the award with its
  multiplier ("2\u00d7 Platinum"), the units only when the call gives them
  (``salesamount``): the module works them out from each body's thresholds, which
  are not kept here.

TV episode tables are in :mod:`.tables_episodes`; the chart-row templates
(``Single chart``, ``Album chart``), rows of a wikitable, in
:mod:`.tables_music_charts`. See docs/templates.md, "Templates that render blocks".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from wikiconv.ast import Inline, Link, Row, Table, Text
from wikiconv.templates import tables_episodes
from wikiconv.templates.registry import (
    BlockOutput,
    HandlerContext,
    Output,
    TemplateCall,
    block_group,
    block_handler,
    handler,
    normalise_name,
)
from wikiconv.templates.tables_common import cell, head, row

__all__: list[str] = []

_FAMILIES = (tables_episodes,)  # registered as it is imported

# ---------------------------------------------------------------------------- rating


@handler("Rating")
def rating(call: TemplateCall, ctx: HandlerContext) -> Output:
    """``{{Rating|4|5}}`` → "4/5 stars", ``{{Rating|3}}`` → "3 stars": the text the
    page gives for the star images (their alt text); ``score=`` replaces it."""
    score = call.arg("score")
    if score:
        return score
    given, most = call.text(1), call.text(2)
    if _number(given) is None or (most and _number(most) is None):
        return None
    return (Text(f"{given}/{most} stars" if most else f"{given} stars"),)


def _number(text: str) -> Decimal | None:
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() and value >= 0 else None


# ---------------------------------------------------------------------- review boxes

_AGGREGATORS = (("ADM", "AnyDecentMusic?"), ("MC", "Metacritic"))
# Parameters that change what the box shows in ways not rendered here.
_UNREAD = re.compile(r"award\d*(?:pub)?$|subtitle$|noprose$", re.IGNORECASE)


@block_handler("Music ratings", "Album ratings", "Album reviews")
def music_ratings(call: TemplateCall, ctx: HandlerContext) -> BlockOutput:
    """The review box: caption "Professional ratings", then "Aggregate scores" and
    "Review scores", each a "Source" / "Rating" header and a row per source."""
    named = dict(call.named())
    if any(_UNREAD.match(key) and value for key, value in named.items()):
        return None
    aggregates: list[Row] = [
        row(cell((Link(target),)), cell(named[key]))
        for key, target in _AGGREGATORS
        if named.get(key)
    ]
    aggregates.extend(_numbered(named, "aggregate"))
    reviews = _numbered(named, "rev")
    if not aggregates and not reviews:
        return None
    rows: list[Row] = []
    for title, section in (("Aggregate scores", aggregates), ("Review scores", reviews)):
        if section:
            rows.append(row(head(title, colspan=2)))
            rows.append(row(head("Source"), head("Rating")))
            rows.extend(section)
    caption = call.arg("title") or (Text("Professional ratings"),)
    return (Table(tuple(rows), caption=caption),)


def _numbered(named: dict[str, tuple[Inline, ...]], prefix: str) -> list[Row]:
    """A row per ``<prefix>N`` given, in number order, with ``<prefix>NScore`` (or
    ``…score``) beside it."""
    pattern = re.compile(rf"{prefix}(\d+)$")
    numbers = sorted(
        {int(match.group(1)) for key in named if (match := pattern.match(key)) and named[key]}
    )
    rows: list[Row] = []
    for number in numbers:
        score = named.get(f"{prefix}{number}Score") or named.get(f"{prefix}{number}score", ())
        rows.append(row(cell(named[f"{prefix}{number}"]), cell(score)))
    return rows


# -------------------------------------------------------------------- certifications

# The certifying body the table names after each region (Module:Certification Table
# Entry's data), for the regions most tables list.
_BODIES = {
    "Argentina": "CAPIF",
    "Australia": "ARIA",
    "Austria": "IFPI Austria",
    "Belgium": "BEA",
    "Brazil": "Pro-Música Brasil",
    "Canada": "Music Canada",
    "Denmark": "IFPI Danmark",
    "Finland": "Musiikkituottajat",
    "France": "SNEP",
    "Germany": "BVMI",
    "Hungary": "MAHASZ",
    "Ireland": "IRMA",
    "Italy": "FIMI",
    "Japan": "RIAJ",
    "Mexico": "AMPROFON",
    "Netherlands": "NVPI",
    "New Zealand": "RMNZ",
    "Norway": "IFPI Norway",
    "Poland": "ZPAV",
    "Portugal": "AFP",
    "Spain": "PROMUSICAE",
    "Sweden": "GLF",
    "Switzerland": "IFPI Switzerland",
    "United Kingdom": "BPI",
    "United States": "RIAA",
}
_ENTRY = "Certification Table Entry"


@block_group(
    start=("Certification Table Top",),
    end=("Certification Table Bottom",),
    rows=(_ENTRY,),
)
def certification_table(calls: Sequence[TemplateCall], ctx: HandlerContext) -> BlockOutput:
    """The columns "Region" / "Certification" / "Certified units/sales" and a row per entry
    ("United Kingdom (BPI)", "2\u00d7 Platinum", the ``salesamount`` given, else empty);
    ``format=2col`` leaves the units out. ``caption=`` is the caption."""
    top = calls[0]
    if top.text("format") not in {"", "3col", "2col", "2colthin"}:
        return None
    three = top.text("format") in {"", "3col"}
    rows: list[Row] = [
        row(head("Region"), head("Certification"), *((head("Certified units/sales"),) * three))
    ]
    for call in calls[1:]:
        if normalise_name(call.name) != _ENTRY:
            continue
        entry = _entry(call, three)
        if entry is None:
            return None
        rows.append(entry)
    if len(rows) == 1:
        return None
    return (Table(tuple(rows), caption=top.arg("caption")),)


def _entry(call: TemplateCall, three: bool) -> Row | None:
    region, award = call.text("region"), call.text("award")
    body = _BODIES.get(region)
    if body is None or not award:
        return None
    number = call.text("number")
    if number and not number.isdigit():
        return None
    shown = f"{number}\u00d7 {award}" if number and number != "1" else award
    place: tuple[Inline, ...] = (Text(f"{region} ({body})"), *call.arg("certref"))
    cells = [cell(place), cell(shown)]
    if three:
        cells.append(cell(call.arg("salesamount")))
    return row(*cells)
