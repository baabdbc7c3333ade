"""Dates: ``#time``/``#timel`` and the ``CURRENT…``/``LOCAL…`` magic words.

"Now" is ``ctx.today`` at midnight UTC (the reader knows the day, not the hour), so a
page reads the same all day and tests can fix the date. ``#time`` reads the date
forms articles use (ISO dates, "15 January 2001", "January 15, 2001", "@unix", a
bare year, "now"/"today" with "+1 day"-style steps) and writes the common PHP format
characters; other date forms give MediaWiki's "Error: Invalid time.".
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta, timezone

from wikiconv.ast import Text
from wikiconv.templates.parser_args import arguments, error, function, whole_text
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler

__all__ = ["format_date", "parse_date"]

_MONTHS = list(calendar.month_name)[1:]
_MONTH_NUMBERS = {name.lower(): n for n, name in enumerate(_MONTHS, 1)} | {
    name[:3].lower(): n for n, name in enumerate(_MONTHS, 1)
}
_DAYS = list(calendar.day_name)  # Monday first, as date.weekday() counts
_MONTH = r"(?P<month>[A-Za-z]+)\.?"
_TIME = r"(?:[T ]+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?)?"
_ZONE = r"\s*(?:Z|UTC|GMT|\+00:?00)?"
_FORMS = [
    re.compile(p + _TIME + _ZONE, re.IGNORECASE)
    for p in (
        r"(?P<year>\d{4})-(?P<mon>\d{1,2})(?:-(?P<day>\d{1,2}))?",
        r"(?P<year>\d{4})(?P<mon>\d{2})(?P<day>\d{2})",
        r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r"(?:,?\s+(?P<year>\d{1,4}))?",
        _MONTH + r",?\s+(?P<year>\d{4})",
        _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{1,4}))?",
        r"(?P<mon>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4})",
        r"(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>\d{4})",
    )
]
_WEEKDAY_PREFIX = re.compile(r"^(?:[A-Za-z]+day|mon|tue|wed|thu|fri|sat|sun)\.?,?\s+", re.I)
_STEP = re.compile(r"\s*([+-]?\d+)\s*(second|sec|minute|min|hour|day|week|month|year)s?", re.I)
_NAMED = {"now": 0, "today": 0, "midnight": 0, "tomorrow": 1, "yesterday": -1}


def parse_date(text: str, today: date) -> datetime | None:
    """The moment ``text`` names, in UTC; None when it is not a date read here."""
    text = text.strip()
    lowered = text.lower()
    midnight = datetime(today.year, today.month, today.day, tzinfo=timezone.utc)
    word = lowered.split(" ", 1)[0] if lowered else "now"
    if word in _NAMED:
        return _steps(midnight + timedelta(days=_NAMED[word]), text[len(word) :])
    if re.fullmatch(r"[+-]\d+.*", text):
        return _steps(midnight, text)
    if re.fullmatch(r"@-?\d{1,12}", text):
        return datetime.fromtimestamp(int(text[1:]), timezone.utc)
    if re.fullmatch(r"\d{4}", text):  # a year, not "20:25" (MediaWiki's own fix)
        return _make(int(text), today.month, today.day, None)  # today's month and day
    text = _WEEKDAY_PREFIX.sub("", text)
    for form in _FORMS:
        found = form.match(text)
        base = None if found is None else _from_match(found, today)
        if found is not None and base is not None:
            moment = _steps(base, text[found.end() :])
            if moment is not None:
                return moment
    return None


def _steps(moment: datetime | None, rest: str) -> datetime | None:
    """``moment`` moved by the steps in ``rest`` ("+1 day -2 hours")."""
    while moment is not None and rest.strip():
        step = _STEP.match(rest)
        if step is None:
            return None
        moment = _shift(moment, int(step.group(1)), step.group(2).lower())
        rest = rest[step.end() :]
    return moment


def _from_match(found: re.Match[str], today: date) -> datetime | None:
    parts = found.groupdict()
    month = _MONTH_NUMBERS.get((parts.get("month") or "").lower())
    if parts.get("month") and month is None:
        return None
    month = month or int(parts.get("mon") or 0)
    year = int(parts["year"]) if parts.get("year") else today.year
    day = int(parts["day"]) if parts.get("day") else 1
    if not parts.get("hour"):
        return _make(year, month, day, None)
    clock = (int(parts["hour"]), int(parts["minute"]), int(parts["second"] or 0))
    return _make(year, month, day, clock)


def _make(year: int, month: int, day: int, clock: tuple[int, int, int] | None) -> datetime | None:
    # PHP lets a day up to 31 run into the next month: "2001-02-30" is 2 March.
    if not 1 <= day <= 31:
        return None
    try:
        start = datetime(year, month, 1, *(clock or (0, 0, 0)), tzinfo=timezone.utc)
        return start + timedelta(days=day - 1)
    except (ValueError, OverflowError):
        return None


def _shift(moment: datetime, amount: int, unit: str) -> datetime | None:
    if unit in {"month", "year"}:
        months = moment.month - 1 + amount * (12 if unit == "year" else 1)
        year, month = moment.year + months // 12, months % 12 + 1
        # PHP lets the day overflow into the next month ("Jan 31 +1 month" is 3 March).
        start = _make(year, month, 1, (moment.hour, moment.minute, moment.second))
        return None if start is None else start + timedelta(days=moment.day - 1)
    seconds = {"second": 1, "sec": 1, "minute": 60, "min": 60, "hour": 3600}.get(unit)
    days = {"day": 1, "week": 7}.get(unit, 0)
    try:
        return moment + timedelta(seconds=amount * (seconds or 0), days=amount * days)
    except OverflowError:
        return None


# --------------------------------------------------------------------------- formatting


def _codes(moment: datetime) -> dict[str, str]:
    iso_year, iso_week, iso_day = moment.isocalendar()
    hour12 = moment.hour % 12 or 12
    return {
        "Y": f"{moment.year:04d}", "y": f"{moment.year % 100:02d}", "o": str(iso_year),
        "L": "1" if calendar.isleap(moment.year) else "0",
        "n": str(moment.month), "m": f"{moment.month:02d}",
        "F": _MONTHS[moment.month - 1], "M": _MONTHS[moment.month - 1][:3],
        "t": str(calendar.monthrange(moment.year, moment.month)[1]),
        "j": str(moment.day), "d": f"{moment.day:02d}",
        "D": _DAYS[moment.weekday()][:3], "l": _DAYS[moment.weekday()],
        "N": str(iso_day), "w": str(iso_day % 7), "W": f"{iso_week:02d}",
        "z": str(moment.timetuple().tm_yday - 1),
        "H": f"{moment.hour:02d}", "G": str(moment.hour),
        "h": f"{hour12:02d}", "g": str(hour12),
        "a": "am" if moment.hour < 12 else "pm", "A": "AM" if moment.hour < 12 else "PM",
        "i": f"{moment.minute:02d}", "s": f"{moment.second:02d}",
        "U": str(int(moment.timestamp())),
        "c": moment.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
        "r": moment.strftime("%a, %d %b %Y %H:%M:%S +0000"),
        "e": "UTC", "T": "UTC", "P": "+00:00", "O": "+0000", "Z": "0", "I": "0",
    }  # fmt: skip


def format_date(pattern: str, moment: datetime) -> str:
    """``pattern`` in ``#time``'s language: format letters, ``\\x`` and ``"text"``
    literal, anything else as itself; ``xg`` (genitive month) is ``F`` in English
    and the ``xn`` prefix (raw digits) changes nothing here."""
    codes = _codes(moment)
    out: list[str] = []
    index, end = 0, len(pattern)
    while index < end:
        char = pattern[index]
        if char == "\\" and index + 1 < end:
            out.append(pattern[index + 1])
            index += 2
        elif char == '"':
            close = pattern.find('"', index + 1)
            if close < 0:  # an unclosed quote is shown as written
                out.append(char)
                index += 1
            else:
                out.append(pattern[index + 1 : close])
                index = close + 1
        elif char == "x" and pattern[index : index + 2] in {"xg", "xn", "xN"}:
            out.append(codes["F"] if pattern[index + 1] == "g" else "")
            index += 2
        else:
            out.append(codes.get(char, char))
            index += 1
    return "".join(out)


@function("#time", "#timel")
def time(call: TemplateCall, ctx: HandlerContext) -> Output:
    """``{{#time: format | date | language}}``; English only (another language stays
    unrendered)."""
    texts = [whole_text(arg) for arg in arguments(call)[:3]]
    if any(text is None for text in texts):
        return None
    pattern, when, language = ([text or "" for text in texts] + ["", "", ""])[:3]
    if language not in {"", "en"}:
        return None
    moment = parse_date(when or "", ctx.today)
    if moment is None:
        return error("Error: Invalid time.")
    return (Text(format_date(pattern or "", moment)),) if pattern else ()


# --------------------------------------------------------------------------- magic words

_MAGIC = {
    "YEAR": "Y", "MONTH": "m", "MONTH1": "n", "MONTH2": "m", "MONTHNAME": "F",
    "MONTHNAMEGEN": "F", "MONTHABBREV": "M", "DAY": "j", "DAY2": "d", "DAYNAME": "l",
    "DOW": "w", "TIME": "H:i", "HOUR": "H", "TIMESTAMP": "YmdHis",
}  # fmt: skip


@handler(*(f"{when}{name}" for when in ("CURRENT", "LOCAL") for name in _MAGIC))
def current(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{CURRENTYEAR}} and the like: "today" as the reader was told it (UTC, midnight).
    name = call.name.removeprefix("CURRENT").removeprefix("LOCAL")
    moment = datetime(ctx.today.year, ctx.today.month, ctx.today.day, tzinfo=timezone.utc)
    return (Text(format_date(_MAGIC[name], moment)),)


@handler("CURRENTWEEK", "LOCALWEEK")
def week(call: TemplateCall, ctx: HandlerContext) -> Output:
    return (Text(str(ctx.today.isocalendar()[1])),)
