"""Dates: ``birth date``, ``death date and age``, ``start date``, ``dts``, ``as of``…

English Wikipedia writes dates month first ("August 22, 1929") unless the call asks
for day first (``df=y``); ages are whole years up to ``HandlerContext.today``. The
German ``Datum``, ``FormatDate`` and ``dts`` (day, month, year) write "22. August 1929".
"""

from __future__ import annotations

import re

from wikiconv.ast import Inline, LineBreak, Text
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler

__all__: list[str] = []

MONTHS = (
    "January February March April May June July August September October November December"
).split()
MONATE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
NBSP = "\u00a0"

# A partial date: year, and month and day when known.
Parts = tuple[int, int | None, int | None]


def _parts(texts: list[str]) -> Parts | None:
    """(year, month, day) from year/month/day parameters; month names allowed."""
    texts = [t.strip() for t in texts] + ["", "", ""]
    year = _int(texts[0])
    if year is None:
        return None
    month = _month(texts[1])
    day = _int(texts[2]) if month else None
    if (month is not None and not 1 <= month <= 12) or (day is not None and not 1 <= day <= 31):
        return None
    return year, month, day


def _int(text: str) -> int | None:
    text = text.strip()
    return int(text) if re.fullmatch(r"-?\d{1,4}", text) else None


def _month(text: str) -> int | None:
    number = _int(text)
    if number is not None:
        return number
    for index, name in enumerate(MONTHS):
        if text and name.lower().startswith(text.lower()) and len(text) >= 3:
            return index + 1
    return None


def _dmy(call: TemplateCall) -> bool:
    """Day first when ``df`` is on (and ``mf`` not), as the date templates do."""
    return call.flag("df") and not call.flag("mf")


def format_date(parts: Parts, dmy: bool, abbreviate: bool = False) -> str:
    year, month, day = parts
    shown = str(year) if year >= 0 else f"{-year} BC"
    if month is None:
        return shown
    name = MONTHS[month - 1]
    if abbreviate and len(name) > 4:
        name = name[:3]
    if day is None:
        return f"{name} {shown}"
    return f"{day} {name} {shown}" if dmy else f"{name} {day}, {shown}"


def age(born: Parts, on: Parts) -> int:
    """Whole years from ``born`` to ``on``; unknown month or day count as not reached."""
    years = on[0] - born[0]
    if (on[1] or 12, on[2] or 31) < (born[1] or 1, born[2] or 1):
        years -= 1
    return years


def _today(ctx: HandlerContext) -> Parts:
    return ctx.today.year, ctx.today.month, ctx.today.day


@handler("birth date", "birth date and age", "bda", "dob")
def birth_date(call: TemplateCall, ctx: HandlerContext) -> Output:
    parts = _parts(call.positional_texts()[:3])
    if parts is None:
        return None
    shown = format_date(parts, _dmy(call))
    if call.name.lower().startswith("birth date and age") or call.name in ("Bda",):
        shown += f" (age{NBSP}{age(parts, _today(ctx))})"
    return (Text(shown),)


@handler("death date", "death date and age", "dda")
def death_date(call: TemplateCall, ctx: HandlerContext) -> Output:
    texts = call.positional_texts()
    died = _parts(texts[:3])
    if died is None:
        return None
    shown = format_date(died, _dmy(call))
    if call.name != "Death date":
        born = _parts(texts[3:6])
        if born is None:
            return None
        shown += f" (aged{NBSP}{age(born, died)})"
    return (Text(shown),)


@handler("start date", "end date", "start date and age", "end date and age")
def start_date(call: TemplateCall, ctx: HandlerContext) -> Output:
    parts = _parts(call.positional_texts()[:3])
    if parts is None:
        return None
    shown = format_date(parts, _dmy(call))
    if not call.name.endswith("and age"):
        return (Text(shown),)
    years = age(parts, _today(ctx))
    ago = "this year" if years <= 0 else f"{years} year{'s' if years != 1 else ''} ago"
    separator: tuple[Inline, ...] = (LineBreak(),) if call.flag("br") else (Text("; "),)
    return (Text(shown), *separator, Text(f"({ago})" if call.flag("paren") else ago))


@handler("dts", "date table sorting", "dtsort")
def dts(call: TemplateCall, ctx: HandlerContext) -> Output:
    texts = call.positional_texts()
    if call.has("noFormat") or call.text("format") == "ja":
        return _german_dts(texts)
    if len(texts) == 1:
        return (Text(texts[0]),) if texts[0] else None
    year, month, day = [*texts, "", "", ""][:3]
    month_number = _month(month) if month else None
    day_number = _int(day) if day and month_number else None
    if year and _int(year) is None:
        return None
    shown_year = _int(year) if year else None
    abbreviate = call.flag("abbr")
    if month_number is None:
        return (Text(str(shown_year)),) if shown_year is not None else None
    name = MONTHS[month_number - 1]
    name = name[:3] if abbreviate and len(name) > 4 else name
    dmy = call.text("format").lower() == "dmy"
    if day_number is None:
        parts = [name]
    else:
        parts = [str(day_number), name] if dmy else [f"{name} {day_number}"]
    if shown_year is not None:
        parts[-1] += "," if (not dmy and day_number is not None) else ""
        parts.append(str(shown_year))
    return (Text(" ".join(parts)),)


def _german_dts(texts: list[str]) -> Output:
    # German dts takes day, month, year: {{dts|||1966|noFormat=ja}} is "1966".
    day, month, year = [*texts, "", "", ""][:3]
    return _german(_int(year) if year else None, _int(month), _int(day))


def _german(year: int | None, month: int | None, day: int | None) -> Output:
    """ "22. August 1929", "August 1929" or "1929", as German dates are written."""
    words: list[str] = []
    if month is not None and 1 <= month <= 12:
        if day is not None and 1 <= day <= 31:
            words.append(f"{day}.")
        words.append(MONATE.split()[month - 1])
    if year is not None:
        words.append(str(year))
    return (Text(" ".join(words)),) if words else None


@handler("datum")
def datum(call: TemplateCall, ctx: HandlerContext) -> Output:
    day, month, year = [*call.positional_texts(), "", "", ""][:3]
    return _german(_int(year), _int(month), _int(day))


@handler("FormatDate", "formatDate")
def format_date_de(call: TemplateCall, ctx: HandlerContext) -> Output:
    found = re.fullmatch(r"(-?\d{1,4})-(\d{1,2})-(\d{1,2})", call.text(1))
    if not found:
        return None
    year, month, day = (int(g) for g in found.groups())
    return _german(year, month, day)


@handler("as of", "asof")
def as_of(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The alt text replaces the whole phrase; else "As of June 2005" (dmy by default,
    # "June 5, 2005" with df=US), lower case with lc=y.
    alt = call.arg("alt")
    if alt:
        return alt
    parts = _parts(call.positional_texts()[:3])
    if parts is None:
        return None
    us = call.text("df").upper() == "US"
    words = "as of" if call.flag("lc") else "As of"
    if call.flag("since"):
        words = "since" if call.flag("lc") else "Since"
    return (Text(f"{words} {format_date(parts, not us)}"),)
