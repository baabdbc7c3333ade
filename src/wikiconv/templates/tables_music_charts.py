"""Chart rows: ``{{Single chart}}`` and ``{{Album chart}}`` (``Singlechart``,
``Albumchart``), each a row of the wikitable around it.

The calls stand on lines of their own between ``|-`` lines, inside ``{| … |}``.
Module:Music chart gives the chart's name as a row header ("UK Singles (OCC)", with a
generated reference) and the peak position beside it. MediaWiki expands the calls
before it reads the table, so their cells join it; this reader keeps each call as the
``template`` of a row of its own, which the row handler here fills. The reference the
module generates (from ``artist``, ``song``, ``date`` and the chart's own web site) is
not made: the row shows the chart and the position.
"""

from __future__ import annotations

from wikiconv.ast import Cell
from wikiconv.templates.registry import HandlerContext, TemplateCall, normalise_name, row_handler
from wikiconv.templates.tables_common import cell, head

__all__ = ["ALBUM_CHARTS", "SINGLE_CHARTS", "chart_cells", "chart_name"]

# Chart identifiers (compared in lower case) → the name Module:Music chart shows.
SINGLE_CHARTS = {
    "australia": "Australia (ARIA)",
    "austria": "Austria (Ö3 Austria Top 40)",
    "flanders": "Belgium (Ultratop 50 Flanders)",
    "wallonia": "Belgium (Ultratop 50 Wallonia)",
    "canada": "Canada (Canadian Hot 100)",
    "billboardcanadianhot100": "Canada (Canadian Hot 100)",
    "canadatopsingles": "Canada Top Singles (RPM)",
    "canadaadultcontemporary": "Canada Adult Contemporary (RPM)",
    "denmark": "Denmark (Tracklisten)",
    "finland": "Finland (Suomen virallinen lista)",
    "france": "France (SNEP)",
    "germany": "Germany (GfK)",
    "germany2": "Germany (GfK)",
    "ireland": "Ireland (IRMA)",
    "ireland2": "Ireland (IRMA)",
    "italy": "Italy (FIMI)",
    "billboardjapanhot100": "Japan (Japan Hot 100)",
    "dutch40": "Netherlands (Dutch Top 40)",
    "dutch100": "Netherlands (Single Top 100)",
    "new zealand": "New Zealand (Recorded Music NZ)",
    "norway": "Norway (VG-lista)",
    "scotland": "Scotland (OCC)",
    "spain": "Spain (PROMUSICAE)",
    "sweden": "Sweden (Sverigetopplistan)",
    "switzerland": "Switzerland (Schweizer Hitparade)",
    "uk": "UK Singles (OCC)",
    "uksinglesbyname": "UK Singles (OCC)",
    "billboardhot100": "US Billboard Hot 100",
    "billboardadultcontemporary": "US Adult Contemporary (Billboard)",
    "billboardadultpopsongs": "US Adult Pop Airplay (Billboard)",
    "billboardcountrysongs": "US Hot Country Songs (Billboard)",
    "billboarddanceclubplay": "US Dance Club Songs (Billboard)",
    "billboardpopsongs": "US Pop Airplay (Billboard)",
    "billboardrandbhiphop": "US Hot R&B/Hip-Hop Songs (Billboard)",
    "billboardrhythmic": "US Rhythmic (Billboard)",
}
ALBUM_CHARTS = {
    "australia": "Australian Albums (ARIA)",
    "austria": "Austrian Albums (Ö3 Austria)",
    "flanders": "Belgian Albums (Ultratop Flanders)",
    "wallonia": "Belgian Albums (Ultratop Wallonia)",
    "billboardcanada": "Canadian Albums (Billboard)",
    "netherlands": "Dutch Albums (Album Top 100)",
    "finland": "Finnish Albums (Suomen virallinen lista)",
    "france": "French Albums (SNEP)",
    "germany": "German Albums (Offizielle Top 100)",
    "germany4": "German Albums (Offizielle Top 100)",
    "italy": "Italian Albums (FIMI)",
    "oricon": "Japanese Albums (Oricon)",
    "new zealand": "New Zealand Albums (RMNZ)",
    "norway": "Norwegian Albums (VG-lista)",
    "scotland": "Scottish Albums (OCC)",
    "spain": "Spanish Albums (PROMUSICAE)",
    "sweden": "Swedish Albums (Sverigetopplistan)",
    "switzerland": "Swiss Albums (Schweizer Hitparade)",
    "uk": "UK Albums (OCC)",
    "uk2": "UK Albums (OCC)",
    "billboard200": "US Billboard 200",
}
_SINGLE_NAMES = frozenset({"Single chart", "Singlechart"})
_ALBUM_NAMES = frozenset({"Album chart", "Albumchart"})


def chart_name(call: TemplateCall) -> str | None:
    """The name the page shows for the call's chart, or None (unknown chart)."""
    name = normalise_name(call.name)
    table = (
        SINGLE_CHARTS if name in _SINGLE_NAMES else ALBUM_CHARTS if name in _ALBUM_NAMES else None
    )
    if table is None:
        return None
    return table.get(call.text(1).lower())


@row_handler("Single chart", "Singlechart", "Album chart", "Albumchart")
def chart_cells(call: TemplateCall, ctx: HandlerContext) -> tuple[Cell, Cell] | None:
    """The row a chart call makes: the chart's name as a row header and the position
    (or None when the chart is unknown or no position is given). The reference the
    module generates from ``artist``/``song``/``date`` is not made."""
    name, position = chart_name(call), call.arg(2)
    if name is None or not position:
        return None
    return (head(name), cell(position))
