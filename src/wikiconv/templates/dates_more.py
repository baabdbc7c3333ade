"""More dates: ages, dates written as text, film release dates, Old Style dates.

- ``{{age|1969|7|20}}``: whole years from the date to ``HandlerContext.today`` (or to
  a second date given after the first): "55". ``{{age in years and days|…}}`` is
  "55 years, 165 days", ``{{age in days|…}}`` the days, "20,254".
- ``{{start-date|July 16, 1969, 13:32:00}}`` and the other "date as text" templates
  (``end-date``, ``start date text``…) show the date as written, or their second
  value when one is given, as ``birth-date`` does (see ``text_more``).
- ``{{film date|1997|1|17|Spain}}``: "January 17, 1997 (Spain)" ("17 January 1997"
  with ``df=y``), one release a line.
- ``{{OldStyleDate|9 June|1672|30 May}}``: "9 June [O.S. 30 May] 1672".
- ``{{time ago|2010-01-01}}``: "15 years ago", in the largest unit of which at least
  two have passed.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from wikiconv.ast import Inline, LineBreak, Link, Text
from wikiconv.templates.dates import MONTHS, format_date, start_date
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler

__all__ = ["month_number", "whole_date"]

_NUMBER = re.compile(r"\d{1,4}")


def month_number(text: str) -> int | None:
    """A month from its number, name or an abbreviation of three letters or more."""
    text = text.strip()
    if _NUMBER.fullmatch(text):
        return int(text) if 1 <= int(text) <= 12 else None
    for index, name in enumerate(MONTHS):
        if len(text) >= 3 and name.lower().startswith(text.lower()):
            return index + 1
    return None


def whole_date(texts: list[str]) -> date | None:
    """A whole date from year, month and day values, or None."""
    year, month, day = [*texts, "", "", ""][:3]
    number = month_number(month)
    if not (_NUMBER.fullmatch(year.strip()) and number and _NUMBER.fullmatch(day.strip())):
        return None
    try:
        return date(int(year), number, int(day))
    except ValueError:
        return None


def _dates(call: TemplateCall, ctx: HandlerContext) -> tuple[date, date] | None:
    """The first date and the second (today when not given); None if unreadable."""
    texts = call.positional_texts()
    first = whole_date(texts[:3])
    second = whole_date(texts[3:6]) if any(texts[3:6]) else ctx.today
    if first is None or second is None or second < first:
        return None
    return first, second


def _years(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _plural(count: int, unit: str) -> str:
    return f"{count} {unit}{'' if count == 1 else 's'}"


@handler("age")
def age(call: TemplateCall, ctx: HandlerContext) -> Output:
    found = _dates(call, ctx)
    return (Text(str(_years(*found))),) if found else None


@handler("age in years and days")
def age_in_years_and_days(call: TemplateCall, ctx: HandlerContext) -> Output:
    found = _dates(call, ctx)
    if found is None:
        return None
    born, on = found
    years = _years(born, on)
    try:
        birthday = born.replace(year=born.year + years)
    except ValueError:  # born on 29 February: no such day this year
        return None
    return (Text(f"{_plural(years, 'year')}, {_plural((on - birthday).days, 'day')}"),)


@handler("age in days")
def age_in_days(call: TemplateCall, ctx: HandlerContext) -> Output:
    found = _dates(call, ctx)
    return (Text(f"{(found[1] - found[0]).days:,}"),) if found else None


# ------------------------------------------------------------------ dates as text


@handler("start-date", "end-date", "start date text", "end date text", "birth date text",
         "death date text")  # fmt: skip
def date_text(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The date as written ("July 16, 1969, 13:32:00"); a second value is what shows
    # instead (an Old Style date). A call written as numbers is a dated "start date".
    shown = call.arg(2) or call.arg(1)
    if not shown:
        return None
    if call.name == "Start-date" and _NUMBER.fullmatch(call.text(1)) and call.has(2):
        return start_date(call, ctx)
    return shown


# ---------------------------------------------------------------------- film date


@handler("film date", "filmdate")
def film_date(call: TemplateCall, ctx: HandlerContext) -> Output:
    # Groups of year, month, day and place: "January 17, 1997 (Spain)", one a line.
    values = call.positional()
    texts = call.positional_texts()
    dmy = call.flag("df") and not call.flag("mf")
    out: list[Inline] = []
    for start in range(0, len(values), 4):
        year, month, day = [*texts[start : start + 3], "", ""][:3]
        if not year:
            continue
        if not _NUMBER.fullmatch(year):
            return None
        number = month_number(month) if month else None
        if (month and number is None) or (day and (not number or not _NUMBER.fullmatch(day))):
            return None
        day_number = int(day) if day else None
        if out:
            out.append(LineBreak())
        out.append(Text(format_date((int(year), number, day_number), dmy)))
        place = values[start + 3] if start + 3 < len(values) else ()
        if place:
            out.extend((Text(" ("), *place, Text(")")))
        out.extend(call.arg(f"ref{start // 4 + 1}"))
    return tuple(out) or None


@handler("OldStyleDate")
def old_style_date(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{OldStyleDate|9 June|1672|30 May}}: the New Style date, the Old Style one in
    # brackets, the year; an Old Style year of its own follows its date.
    new, year, old, old_year = [*call.positional_texts(), "", "", "", ""][:4]
    if not new or not year or not old:
        return None
    marker = Link("Old Style and New Style dates", (Text("O.S."),))
    if old_year and old_year != year:
        return (Text(f"{new} {year} ["), marker, Text(f" {old} {old_year}]"))
    return (Text(f"{new} ["), marker, Text(f" {old}] {year}"))


# ----------------------------------------------------------------------- time ago

_DAY = 86400
# Units from the largest, with their length in seconds (a year of 365.25 days).
_UNITS = (("year", 31557600), ("month", 2629800), ("week", 7 * _DAY), ("day", _DAY))
_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y")


def _parse(text: str) -> date | None:
    for form in _FORMATS:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    return None


@handler("time ago")
def time_ago(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The largest unit of which two or more have passed ("15 years ago"), or the unit
    # magnitude= names. Dates to come and other forms are not rendered.
    when = _parse(call.text(1))
    if when is None or when > ctx.today:
        return None
    seconds = (ctx.today - when).days * _DAY
    forced = call.text("magnitude").lower().rstrip("s")
    for unit, length in _UNITS:
        if unit == forced or (not forced and seconds >= 2 * length):
            return (Text(f"{_plural(seconds // length, unit)} ago"),)
    return None
