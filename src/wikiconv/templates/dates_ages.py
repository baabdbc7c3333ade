"""More dates and ages: approximate ages, given ages, months, centuries, reigns.

Ages are counted to ``HandlerContext.today``, as in :mod:`.dates`, and shown after a
no-break space ("age 55", "aged 69"); dates are month first unless ``df=y``.

- ``{{birth year and age|1967}}`` "1967 (age 57-58)", the ages joined by an en dash:
  the day of birth is unknown, so both are possible. ``{{death year and age|2010|1930}}``
  "2010 (aged 79-80)".
- ``{{birth date and age2|2009|7|1|1961|5|5}}`` "May 5, 1961 (age 48)": the age on
  the first date. ``{{birth based on age as of date|50|2011|5|22}}`` "1960/1961
  (age 51)" (``mos=1``: "1960 or 1961"): born in one of the two years, aged so today.
- ``{{death date and given age|1993|2|24|69}}`` "February 24, 1993 (aged 69)";
  ``{{death-date and given age|24 February 1993|69}}`` keeps the date as written.
- ``{{age in years and months|1989|7|23|2003|6|14}}`` "13 years, 10 months";
  ``{{age nts|…}}`` is ``{{age}}`` with a sort key: the age.
- ``{{monthyear}}`` "January 2025" (the month of ``today``; ``monthyear-1`` the one
  before, ``monthyear+1`` the one after); ``{{century|1999}}`` "20";
  ``{{reign|1603|1625}}`` "r. 1603-1625" (an en dash), "r." an abbreviation of
  "reigned";
  ``{{title year}}`` the year in the page's title.
- ``{{#dateformat:2009-12-25|mdy}}`` (``#formatdate``) "December 25, 2009": the date
  in the format asked for (``dmy``, ``mdy``, ``ymd``, ``ISO 8601``), else as written.
"""

from __future__ import annotations

import re
from datetime import date

from wikiconv.ast import InlineTag, Link, Text
from wikiconv.templates.dates import MONTHS, format_date
from wikiconv.templates.dates_more import age, month_number, whole_date
from wikiconv.templates.parser_args import arguments, function, whole_text
from wikiconv.templates.registry import BUILTIN, HandlerContext, Output, TemplateCall, handler

__all__: list[str] = []

NBSP = "\u00a0"
EN_DASH = "\u2013"
_YEAR = re.compile(r"\d{1,4}")


def _years(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _span(low: int, high: int) -> str:
    return str(low) if low == high else f"{low}{EN_DASH}{high}"


def _dmy(call: TemplateCall) -> bool:
    return call.flag("df") and not call.flag("mf")


def _shown(when: date, call: TemplateCall) -> str:
    return format_date((when.year, when.month, when.day), _dmy(call))


# ------------------------------------------------------------------ approximate ages


@handler("Birth year and age")
def birth_year_and_age(call: TemplateCall, ctx: HandlerContext) -> Output:
    # Without a day the birthday may or may not have passed: two ages. A month given
    # narrows the age, but how the month is then shown is not certain here.
    texts = call.positional_texts()
    if len(texts) != 1 or not _YEAR.fullmatch(texts[0]):
        return None
    older = ctx.today.year - int(texts[0])
    if older < 1:
        return None
    return (Text(f"{texts[0]} (age{NBSP}{older - 1}{EN_DASH}{older})"),)


@handler("Death year and age")
def death_year_and_age(call: TemplateCall, ctx: HandlerContext) -> Output:
    texts = call.positional_texts()
    if len(texts) != 2 or not all(_YEAR.fullmatch(text) for text in texts):
        return None
    older = int(texts[0]) - int(texts[1])
    if older < 1:
        return None
    return (Text(f"{texts[0]} (aged{NBSP}{older - 1}{EN_DASH}{older})"),)


@handler("Birth date and age2")
def birth_date_and_age2(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The date the age is counted to comes first, then the date of birth.
    texts = call.positional_texts()
    on, born = whole_date(texts[0:3]), whole_date(texts[3:6])
    if on is None or born is None or on < born:
        return None
    return (Text(f"{_shown(born, call)} (age{NBSP}{_years(born, on)})"),)


@handler("Birth based on age as of date")
def birth_based_on_age(call: TemplateCall, ctx: HandlerContext) -> Output:
    # Someone aged N on a date was born after that date N + 1 years earlier and on or
    # before it N years earlier: one of two years, and one or two ages today.
    texts = call.positional_texts()
    if not texts or not texts[0].isdigit():
        return None
    years, on = int(texts[0]), whole_date(texts[1:4])
    if on is None or (on.month, on.day) == (2, 29) or on.year - years - 1 < 1:
        return None
    latest = on.replace(year=on.year - years)
    earliest = date.fromordinal(on.replace(year=on.year - years - 1).toordinal() + 1)
    separator = " or " if call.flag("mos") else "/"
    shown = f"{on.year - years - 1}{separator}{on.year - years}"
    if call.flag("noage"):
        return (Text(shown),)
    if ctx.today < on:
        return None
    ages = _span(_years(latest, ctx.today), _years(earliest, ctx.today))
    return (Text(f"{shown} (age{NBSP}{ages})"),)


# ------------------------------------------------------------------ given ages


@handler("Death date and given age")
def death_date_and_given_age(call: TemplateCall, ctx: HandlerContext) -> Output:
    texts = call.positional_texts()
    died = whole_date(texts[0:3])
    given = texts[3] if len(texts) > 3 else ""
    if died is None or not given.isdigit():
        return None
    return (Text(f"{_shown(died, call)} (aged{NBSP}{given})"),)


@handler("Death-date and given age")
def death_date_text_and_given_age(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The date as written (the template only checks it is a date), then the age.
    written, given = call.arg(1), call.text(2)
    if not written or not given.isdigit():
        return None
    return (*written, Text(f" (aged{NBSP}{given})"))


@handler("Age in years and months")
def age_in_years_and_months(call: TemplateCall, ctx: HandlerContext) -> Output:
    texts = call.positional_texts()
    first = whole_date(texts[0:3])
    second = whole_date(texts[3:6]) if any(texts[3:6]) else ctx.today
    if first is None or second is None or second < first:
        return None
    months = (second.year - first.year) * 12 + second.month - first.month
    months -= second.day < first.day
    years, months = divmod(months, 12)
    if not (years and months):
        return None  # whether a zero part is shown is not known here
    return (Text(f"{_plural(years, 'year')}, {_plural(months, 'month')}"),)


def _plural(count: int, unit: str) -> str:
    return f"{count} {unit}{'' if count == 1 else 's'}"


BUILTIN.add(age, "Age nts")


# ------------------------------------------------------------------ months and years


@handler("Monthyear", "Monthyear-1", "Monthyear+1")
def month_year(call: TemplateCall, ctx: HandlerContext) -> Output:
    step = {"Monthyear": 0, "Monthyear-1": -1, "Monthyear+1": 1}[call.name]
    index = ctx.today.year * 12 + ctx.today.month - 1 + step
    year, month = divmod(index, 12)
    return (Text(f"{MONTHS[month]} {year}"),)


@handler("Century")
def century(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The calendar century: 1901 to 2000 is the 20th; year 0 (1 BC) and before count
    # down from -1.
    text = call.text(1)
    if not re.fullmatch(r"-?\d{1,5}", text):
        return None
    year = int(text)
    number = (year - 1) // 100 + 1 if year > 0 else -(-year // 100 + 1)
    return (Text(str(number)),)


@handler("Reign")
def reign(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{reign|1603|1625}}: "r." (an abbreviation of "reigned"), a no-break space, the
    # years joined by an en dash. Other forms (one year, labels) are not rendered.
    texts = call.positional_texts()
    mark = InlineTag("abbr", (("title", "reigned"),), (Text("r."),))
    if any(True for _ in call.named()):
        return None
    if not texts:
        return (mark,)
    if len(texts) != 2 or not all(texts):
        return None
    return (mark, Text(f"{NBSP}{texts[0]}{EN_DASH}{texts[1]}"))


@handler("Title year")
def title_year(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The year in the page's title ("1995 in film" gives 1995); a title with no year,
    # or more than one, is left alone.
    if any(key != "page" for key, _ in call.named()) or call.positional_texts():
        return None
    title = call.text("page") or ctx.title
    years = re.findall(r"(?<!\d)\d{4}(?!\d)", title or "")
    return (Text(years[0]),) if len(years) == 1 else None


# ------------------------------------------------------------------ #dateformat

_MONTH_NAMES = "|".join(MONTHS)
_FORMS = (
    re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)"),
    re.compile(rf"(?P<m>{_MONTH_NAMES}) (?P<d>\d{{1,2}}),? (?P<y>\d{{1,4}})"),
    re.compile(rf"(?P<d>\d{{1,2}}) (?P<m>{_MONTH_NAMES}),? (?P<y>\d{{1,4}})"),
    re.compile(rf"(?P<y>\d{{1,4}}) (?P<m>{_MONTH_NAMES}) (?P<d>\d{{1,2}})"),
    re.compile(rf"(?P<m>{_MONTH_NAMES}) (?P<d>\d{{1,2}})"),
    re.compile(rf"(?P<d>\d{{1,2}}) (?P<m>{_MONTH_NAMES})"),
)


@function("#dateformat", "#formatdate")
def dateformat(call: TemplateCall, ctx: HandlerContext) -> Output:
    args = arguments(call)
    texts = [whole_text(arg) for arg in args[:2]]
    if not texts or any(text is None for text in texts):
        return None
    written = texts[0] or ""
    style = (texts[1] if len(texts) > 1 else "") or ""
    for form in _FORMS:
        found = form.fullmatch(written)
        if found is not None:
            parts = found.groupdict()
            shown = _reformat(parts, style.strip())
            return (Text(shown if shown is not None else written),) if written else ()
    return (Text(written),) if written else ()


def _reformat(parts: dict[str, str | None], style: str) -> str | None:
    month = month_number(parts["m"] or "")
    day = int(parts["d"] or "0")
    if month is None or not 1 <= day <= 31:
        return None
    name, year = MONTHS[month - 1], parts.get("y")
    if style == "dmy":
        return f"{day} {name} {year}" if year else f"{day} {name}"
    if style == "mdy":
        return f"{name} {day}, {year}" if year else f"{name} {day}"
    if style == "ymd":
        return f"{year} {name} {day}" if year else f"{name} {day}"
    if style.upper() == "ISO 8601" and year:
        return f"{int(year):04d}-{month:02d}-{day:02d}"
    return None


# ------------------------------------------------------------------ season years

# Template: the article of a season, from the year.
_SEASONS = {
    "MLB year": "{} Major League Baseball season",
    "MLB Year": "{} Major League Baseball season",
    "NFL year": "{} NFL season",
    "NFL Year": "{} NFL season",
    "ALDS year": "{} American League Division Series",
    "NLDS year": "{} National League Division Series",
}


@handler(*_SEASONS)
def season_year(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{NFL year|2005}}: "2005", linked to the season's article.
    texts = call.positional_texts()
    if len(texts) != 1 or not re.fullmatch(r"\d{4}", texts[0]) or any(call.named()):
        return None
    return (Link(_SEASONS[call.name].format(texts[0]), (Text(texts[0]),)),)
