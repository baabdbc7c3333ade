"""TV episode tables: ``{{Episode table}}`` with its ``{{Episode list}}`` rows.

``Episode table`` is one call: its named parameters say which columns the table has
(``overall``, ``season`` or ``series``, ``title``, ``aux1``, ``directed``,
``written``, ``aux2``, ``aux3``, ``airdate``, ``prodcode``, ``viewers``, ``aux4``,
in that order, each shown when given, even empty), and ``episodes=`` holds the
``Episode list`` calls, a row each. The headers are Module:Episode table's: "No.
overall" ("No." without a season column), "No. in season", "No. in series", "Title",
"Directed by", "Written by", "Original air date" ("Original release date" with
``released=y``), "Prod. code", "U.S. viewers (millions)" (``country=`` names
another country); ``<key>T=`` replaces a header and ``<key>R=`` (a reference)
follows it. Each episode fills the columns from its ``EpisodeNumber``,
``EpisodeNumber2``, ``Title`` (in quotes, ``RTitle`` after it), ``DirectedBy``,
``WrittenBy``, ``OriginalAirDate``, ``ProdCode``, ``Viewers``, ``Aux1``…``Aux4``;
its ``ShortSummary`` is a row spanning the table below it.

An ``Episode list`` call alone on a line inside a wikitable (the older way of writing
an episode table, headers as ``!`` cells) is a row of that table: a row handler gives
the cells of the parameters the call has, in the order above. Its ``ShortSummary``
would be a second row, which a row handler cannot make: it is left out with a
``row-summary-dropped`` warning.

Not rendered (the call stays as it was): alternative and native titles
(``AltTitle``, ``TranslitTitle``, ``NativeTitle``), ``altdate``, an ``aux`` column
without its header text, and ``episodes`` holding anything but ``Episode list``
calls (a transcluded season page, say).
"""

from __future__ import annotations

from wikiconv.ast import Cell, Inline, Row, SoftBreak, Table, Template, Text
from wikiconv.templates.registry import (
    BlockOutput,
    HandlerContext,
    RowOutput,
    TemplateCall,
    block_handler,
    normalise_name,
    row_handler,
)
from wikiconv.templates.tables_common import cell, head, row

__all__: list[str] = []

# Column key in the table call → (default header, parameter of Episode list).
_COLUMNS = (
    ("overall", "No. overall", "EpisodeNumber"),
    ("season", "No. in season", "EpisodeNumber2"),
    ("series", "No. in series", "EpisodeNumber2"),
    ("title", "Title", "Title"),
    ("aux1", "", "Aux1"),
    ("directed", "Directed by", "DirectedBy"),
    ("written", "Written by", "WrittenBy"),
    ("aux2", "", "Aux2"),
    ("aux3", "", "Aux3"),
    ("airdate", "Original air date", "OriginalAirDate"),
    ("prodcode", "Prod. code", "ProdCode"),
    ("viewers", "U.S. viewers (millions)", "Viewers"),
    ("aux4", "", "Aux4"),
)
_EPISODE = frozenset({"Episode list", "Episode list/sublist"})
_UNREAD_TABLE = ("altdate",)
_UNREAD_EPISODE = ("AltTitle", "TranslitTitle", "NativeTitle", "AltDate")


@block_handler("Episode table")
def episode_table(call: TemplateCall, ctx: HandlerContext) -> BlockOutput:
    """The header row the table's parameters ask for, then each ``Episode list`` call
    of ``episodes=`` as a row (its summary as a row below it)."""
    if any(call.has(key) for key in _UNREAD_TABLE):
        return None
    columns = [(key, param) for key, _, param in _COLUMNS if call.has(key)]
    if not columns:
        return None
    headers: list[Cell] = []
    for key, _ in columns:
        header = _header(call, key)
        if not header:
            return None
        headers.append(head(header))
    episodes = _episodes(call)
    if episodes is None:
        return None
    rows: list[Row] = [row(*headers)]
    for episode in episodes:
        if any(episode.has(key) for key in _UNREAD_EPISODE):
            return None
        cells = [_episode_cell(episode, key, param) for key, param in columns]
        rows.append(row(*cells))
        summary = episode.arg("ShortSummary")
        if summary:
            rows.append(row(cell(summary, colspan=len(columns))))
    return (Table(tuple(rows), caption=call.arg("caption")),)


@row_handler("Episode list", "Episode list/sublist")
def episode_row(call: TemplateCall, ctx: HandlerContext) -> RowOutput:
    """The cells of one ``Episode list`` call written as a row of a wikitable."""
    if any(call.has(key) for key in _UNREAD_EPISODE):
        return None
    if call.text("ShortSummary"):
        number = call.text("EpisodeNumber")
        ctx.warn("row-summary-dropped", f"the summary of episode {number} is left out")
    # EpisodeNumber2 is one column whichever of season/series the table names.
    columns = dict.fromkeys((key, param) for key, _, param in _COLUMNS if key != "series")
    cells = tuple(_episode_cell(call, key, param) for key, param in columns if call.has(param))
    return cells or None


def _header(call: TemplateCall, key: str) -> tuple[Inline, ...]:
    given = call.arg(f"{key}T")
    if not given:
        default = next(text for name, text, _ in _COLUMNS if name == key)
        if key == "overall" and not (call.has("season") or call.has("series")):
            default = "No."
        elif key == "airdate" and call.flag("released"):
            default = "Original release date"
        elif key == "viewers" and call.text("country"):
            default = f"{call.text('country')} viewers (millions)"
        given = (Text(default),) if default else ()
    return (*given, *call.arg(f"{key}R")) if given else ()


def _episodes(call: TemplateCall) -> list[TemplateCall] | None:
    """The ``Episode list`` calls of ``episodes=``; None if it holds anything else."""
    found: list[TemplateCall] = []
    for node in call.arg("episodes"):
        if isinstance(node, Template) and normalise_name(node.name) in _EPISODE:
            found.append(TemplateCall(node))
        elif isinstance(node, SoftBreak) or (isinstance(node, Text) and not node.text.strip()):
            continue
        else:
            return None
    return found


def _episode_cell(episode: TemplateCall, key: str, param: str) -> Cell:
    value = episode.arg(param)
    if key == "overall":
        return head(value)
    if key == "title":
        title = episode.arg("Title")
        shown: tuple[Inline, ...] = (Text('"'), *title, Text('"')) if title else ()
        return cell((*shown, *episode.arg("RTitle")))
    return cell(value)
