"""Population tables: ``{{US Census population}}`` and ``{{Historical populations}}``.

Both are captioned "Historical population" (``title=`` replaces it) and list each
count with its change since the row before, in per cent to one decimal place, as the
templates compute it: ``100 * population / previous - 100``, rounded half away from
zero; the first row, or a row whose previous count is missing or zero, shows "—".

- ``US Census population``: columns "Census", "Pop.", "Note" (a header the page
  shows to screen readers only) and "%±". A row for each census year given
  (``1790=`` … ``2020=``), its year linked to "<year> United States census", its note
  from ``<year>n=``; the change is against the census ten years before, shown without
  a plus sign ("8.4%"; a decrease with a minus sign). ``estimate=`` adds an "Est.
  <estyear>" row (note ``estref=``) compared with the last census given;
  ``footnote=`` closes the table in a row spanning the columns.
- ``Historical populations``: pairs of positional arguments (date, population) make
  the rows "Year", "Pop.", "±%" (``year_name``, ``pop_name``, ``percent_name``
  rename them), the change against the row before, signed ("+412.6%"; a minus sign
  for a decrease). ``percentages=off`` drops the column; annual growth rates
  (``percentages=pagr``) are not computed, so such a call stays unrendered.
  ``source=`` ("Source: …") and ``footnote=`` close the table.
"""

from __future__ import annotations

from wikiconv.ast import Inline, LineBreak, Link, Row, Table, Text
from wikiconv.templates.registry import BlockOutput, HandlerContext, TemplateCall, block_handler
from wikiconv.templates.tables_common import (
    MINUS,
    Number,
    cell,
    format_number,
    head,
    parse_number,
    row,
)

__all__: list[str] = []

_CENSUS_YEARS = range(1790, 2031, 10)
_DASH = "—"


def _change(population: Number | None, previous: Number | None, signed: bool) -> str:
    """The change in per cent, one decimal; "—" without a previous count."""
    if population is None or previous is None or not previous.value:
        return _DASH
    percent = 100 * population.value / previous.value - 100
    shown = format_number(percent, 1)
    if signed and percent > 0 and not shown.startswith(MINUS):
        shown = "+" + shown
    return shown + "%"


def _count(text: str) -> tuple[str, Number | None]:
    """A population as shown (digits grouped, as ``formatnum`` does) and as a number."""
    number = parse_number(text)
    if number is None:
        return text, None
    return format_number(number.value, number.precision), number


def _caption(call: TemplateCall) -> tuple[Inline, ...]:
    return call.arg("title") or (Text("Historical population"),)


@block_handler("US Census population", "USCensusPop")
def us_census_population(call: TemplateCall, ctx: HandlerContext) -> BlockOutput:
    header = row(head("Census"), head("Pop."), head("Note"), head("%±"))
    rows: list[Row] = [header]
    counts: dict[int, Number | None] = {}
    last: Number | None = None
    for year in _CENSUS_YEARS:
        text = call.text(year)
        if not text:
            continue
        shown, number = _count(text)
        counts[year] = number
        year_cell = head((Link(f"{year} United States census", (Text(str(year)),)),))
        change = _change(number, counts.get(year - 10), signed=False)
        rows.append(row(year_cell, cell(shown), cell(call.arg(f"{year}n")), cell(change)))
        last = number
    estimate = call.text("estimate")
    if estimate:
        shown, number = _count(estimate)
        label = f"Est. {call.text('estyear')}".strip()
        change = _change(number, last, signed=False)
        rows.append(row(head(label), cell(shown), cell(call.arg("estref")), cell(change)))
    footnote = call.arg("footnote")
    if footnote:
        rows.append(row(cell(footnote, colspan=4)))
    return (Table(tuple(rows), caption=_caption(call)),)


@block_handler("Historical populations", "Historical population", "Histpop")
def historical_populations(call: TemplateCall, ctx: HandlerContext) -> BlockOutput:
    percentages = call.text("percentages", "on").lower()
    if percentages == "pagr":
        return None
    percent = percentages not in ("off", "no")
    names = [call.text("year_name", "Year"), call.text("pop_name", "Pop.")]
    if percent:
        names.append(call.text("percent_name", "±%"))
    rows: list[Row] = [row(*(head(name) for name in names))]
    values = call.positional()
    previous: Number | None = None
    first = True
    for index in range(0, len(values) - 1, 2):
        date, population = values[index], values[index + 1]
        if not date and not population:
            continue
        shown, number = _count(call.text(index + 2))
        cells = [head(date), cell(shown)]
        if percent:
            cells.append(cell(_DASH if first else _change(number, previous, signed=True)))
        rows.append(row(*cells))
        previous, first = number, False
    if len(rows) == 1:
        return None
    rows.extend(_closing(call, len(names)))
    return (Table(tuple(rows), caption=_caption(call)),)


def _closing(call: TemplateCall, columns: int) -> list[Row]:
    """The row under the counts: "Source: …", then the footnote, on lines of one cell."""
    source, footnote = call.arg("source"), call.arg("footnote")
    parts: list[Inline] = []
    if source:
        parts.extend((Text("Source: "), *source))
    if footnote:
        parts.extend((LineBreak(),) if parts else ())
        parts.extend(footnote)
    return [row(cell(parts, colspan=columns))] if parts else []
