"""The French Wikipedia's core templates, written as fr.wikipedia shows them.

Dates (``{{Date|12|novembre|2006}}`` "12 novembre 2006", the first of a month as
"1er"), ordinals and centuries (``{{1er}}``, ``{{IIe}}``, ``{{s-|XX|e}}`` "XXe siècle"
with the ending raised), numbers with their unit (``{{Unité|1234.5|km}}``
"1 234,5 km": a narrow no-break space between thousands, a decimal comma), the
interlanguage link ``{{Lien}}`` (the French title, then "(en)" linked to the foreign
article). The citation templates are in :mod:`wiki_fr_citations`, the hatnotes and
page furniture in :mod:`wiki_fr_notes`.

Names the English Wikipedia already uses for another template (``{{e}}``,
``{{Citation}}``, ``{{Lang}}``, ``{{Formatnum}}``) keep their English handlers.
"""

from __future__ import annotations

import re
from datetime import date

from wikiconv.ast import Inline, Link, Superscript, Text
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler
from wikiconv.templates.wiki_shared import MONTHS, NBSP, Nodes, iso_date

__all__ = ["FRENCH_MONTHS", "french_date", "month_number"]

FRENCH_MONTHS = MONTHS["fr"]
_NARROW_NBSP = "\u202f"
_ROMAN = re.compile(r"[IVXLCDM]+")
_DAY = re.compile(r"(\d{1,2})(?:er)?")
_YEAR = re.compile(r"\d{1,4}")
# Month names as written in calls: accents may be left out ("fevrier", "aout").
_MONTH_KEYS = {
    **{name: i for i, name in enumerate(FRENCH_MONTHS, 1)},
    "fevrier": 2, "aout": 8, "decembre": 12,
}  # fmt: skip


def month_number(text: str) -> int | None:
    """The month of "novembre", "Novembre" or "11"; None for anything else."""
    key = text.strip().lower()
    if key.isdigit():
        return int(key) if 1 <= int(key) <= 12 else None
    return _MONTH_KEYS.get(key)


def _day_label(day: int) -> Nodes:
    # The first of the month is an ordinal: "1er novembre".
    return (Text("1"), Superscript((Text("er"),))) if day == 1 else (Text(str(day)),)


def french_date(text: str) -> Nodes:
    """ "2020-05-01" (or "1 mai 2020") as "1er mai 2020"; other text as written."""
    found = iso_date(text)
    if found is not None:
        year, month, day = found
        words = f"{FRENCH_MONTHS[month - 1]} {year}"
        return (*_day_label(day), Text(f" {words}")) if day else (Text(words),)
    parts = text.split()
    if len(parts) == 3 and parts[0] in ("1", "1er") and month_number(parts[1]):
        return (*_day_label(1), Text(" " + " ".join(parts[1:])))
    return (Text(text.strip()),) if text.strip() else ()


# ---------------------------------------------------------------- dates


_Parts = tuple[int | None, int | None, str]


def _date_parts(values: list[str]) -> _Parts | None:
    """(day, month, year) of "12|novembre|2006" or "12 novembre 2006" ("" for no year)."""
    if len(values) == 1:
        words = values[0].split()
        if len(words) == 2 and _YEAR.fullmatch(words[1]):
            words = ["", *words]  # "novembre 2006"
        elif len(words) == 1 and _YEAR.fullmatch(words[0]):
            words = ["", "", words[0]]  # "2006"
        values = words
    if len(values) > 3:
        return None
    day_text, month_text, year = (value.strip() for value in [*values, "", "", ""][:3])
    day_match = _DAY.fullmatch(day_text)
    month = month_number(month_text) if month_text else None
    if (day_text and not day_match) or (month_text and month is None):
        return None
    if (year and not _YEAR.fullmatch(year)) or (day_text and not month):
        return None
    day = int(day_match.group(1)) if day_match else None
    if day is not None and not 1 <= day <= 31:
        return None
    return (day, month, year) if (month or year) else None


def _shown(parts: _Parts, links: bool) -> Nodes:
    # {{Date}} links the day to "12 novembre", the month to "novembre 2006" and the
    # year; {{Date-}} does not. The parts are held together by no-break spaces.
    day, month, year = parts
    out: list[Inline] = []
    month_name = FRENCH_MONTHS[month - 1] if month else ""
    if day is not None:
        label = _day_label(day)
        target = f"{'1er' if day == 1 else day} {month_name}"
        out.extend((Link(target, label),) if links else label)
    if month_name:
        if out:
            out.append(Text(NBSP))
        name = Text(month_name)
        out.append(Link(f"{month_name} {year}", (name,)) if links and year else name)
    if year:
        if out:
            out.append(Text(NBSP))
        out.append(Link(year) if links else Text(year))
    return tuple(out)


def _plain_call(call: TemplateCall, allowed: tuple[str, ...] = ()) -> list[str] | None:
    # The positional values, or None when a named parameter (a qualifier, another
    # calendar) asks for something these handlers do not write.
    if any(key not in allowed for key, value in call.named() if value):
        return None
    values = call.positional_texts()
    while values and not values[-1]:
        values.pop()  # "{{Date|12|mai|2006|}}": an empty last value is no value
    return values


@handler("Date", "Date-")
def date_(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Date|12|novembre|2006}} / {{Date|12 novembre 2006}}; a fourth value (a
    # qualifier such as "en musique") changes the links in ways not known here.
    # English Wikipedia's {{Date|2006-11-12}} is not of this shape and stays unrendered.
    values = _plain_call(call)
    if values is None or len(values) > 3 or not values:
        return None
    parts = _date_parts(values)
    return _shown(parts, call.name == "Date") if parts else None


def _age(born: _Parts, on: date) -> int | None:
    day, month, year = born
    if day is None or month is None or not year:
        return None
    return on.year - int(year) - ((on.month, on.day) < (month, day))


def _years(count: int) -> str:
    return f"{count}{NBSP}an" if count == 1 else f"{count}{NBSP}ans"


@handler("Date de naissance")
def date_de_naissance(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Date de naissance|12|novembre|1950|âge=oui}}: "12 novembre 1950 (74 ans)".
    values = _plain_call(call, ("âge", "age"))
    if values is None or not 1 <= len(values) <= 3:
        return None
    parts = _date_parts(values)
    if parts is None:
        return None
    shown = _shown(parts, True)
    if call.text("âge", call.text("age")).lower() not in ("oui", "o", "yes"):
        return shown
    years = _age(parts, ctx.today)
    return (*shown, Text(f" ({_years(years)})")) if years is not None and years > 0 else None


@handler("Date de décès")
def date_de_deces(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Date de décès|5|mars|2010|12|novembre|1950}}: "5 mars 2010 (à 59 ans)".
    values = _plain_call(call)
    if values is None or not values or len(values) > 6:
        return None
    died = _date_parts(values[:3])
    if died is None:
        return None
    shown = _shown(died, True)
    if not any(values[3:]):
        return shown
    born = _date_parts(values[3:6])
    if born is None or died[0] is None or died[1] is None or not died[2]:
        return None
    years = _age(born, date(int(died[2]), died[1], died[0]))
    return (*shown, Text(f" (à {_years(years)})")) if years is not None and years > 0 else None


# ---------------------------------------------------------------- ordinals, centuries

# The number (or Roman numeral) each ordinal template shows and its raised ending.
_ORDINALS = {
    "1er": ("1", "er"), "1re": ("1", "re"), "2e": ("2", "e"), "Ier": ("I", "er"),
    "Ire": ("I", "re"), "IIe": ("II", "e"), "Er": ("", "er"), "Re": ("", "re"),
}  # fmt: skip


@handler(*_ORDINALS)
def ordinal(call: TemplateCall, ctx: HandlerContext) -> Output:
    if call.template.params:
        return None
    number, ending = _ORDINALS[call.name]
    return (*((Text(number),) if number else ()), Superscript((Text(ending),)))


def _century(numeral: str, ending: str) -> Nodes | None:
    """ "XX" and "e" as "XXe" (the ending raised); "I" takes "er" by default."""
    if not _ROMAN.fullmatch(numeral):
        return None
    ending = ending or ("er" if numeral == "I" else "e")
    return (Text(numeral), Superscript((Text(ending),)))


# {{s|XX|e}}: "XXe siècle"; the "-" after it says unlinked, the "-" before it "av. J.-C.".
_CENTURIES = {"S": (True, ""), "S-": (False, ""), "-s": (True, " av. J.-C."),
              "-s-": (False, " av. J.-C.")}  # fmt: skip


@handler(*_CENTURIES)
def siecle_court(call: TemplateCall, ctx: HandlerContext) -> Output:
    values = _plain_call(call)
    if values is None or not 1 <= len(values) <= 2:
        return None
    linked, era = _CENTURIES[call.name]
    ending = values[1] if len(values) > 1 and values[1] else ""
    ending = ending or ("er" if values[0] == "I" else "e")
    numeral = _century(values[0], ending)
    if numeral is None:
        return None
    shown = (*numeral, Text(f"{NBSP}siècle{era}"))
    return (Link(f"{values[0]}{ending} siècle{era}", shown),) if linked else shown


@handler("Sp-")
def siecles(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{sp-|XVIII|e|et|XIX|e}}: "XVIIIe et XIXe siècles".
    values = _plain_call(call)
    if values is None or len(values) != 5 or not values[2]:
        return None
    first, second = _century(values[0], values[1]), _century(values[3], values[4])
    if first is None or second is None:
        return None
    return (*first, Text(f" {values[2]} "), *second, Text(f"{NBSP}siècles"))


_VALUES = (("M", 1000), ("CM", 900), ("D", 500), ("CD", 400), ("C", 100), ("XC", 90),
           ("L", 50), ("XL", 40), ("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1))  # fmt: skip


def _roman(number: int) -> str:
    out = ""
    for letters, value in _VALUES:
        count, number = divmod(number, value)
        out += letters * count
    return out


@handler("Siècle")
def siecle(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{siècle|XX}} or {{siècle|20}}: "XXe siècle".
    values = _plain_call(call)
    if values is None or len(values) != 1:
        return None
    numeral = values[0]
    if numeral.isdigit() and 0 < int(numeral) < 40:
        numeral = _roman(int(numeral))
    shown = _century(numeral, "")
    return (*shown, Text(f"{NBSP}siècle")) if shown else None


@handler("Romain")
def romain(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Romain|XIV}}: the numeral (set in small capitals on the page).
    values = _plain_call(call)
    if values is None or len(values) != 1 or not _ROMAN.fullmatch(values[0]):
        return None
    return (Text(values[0]),)


# ---------------------------------------------------------------- numbers

_NUMBER = re.compile(r"([-\u2212+]?)(\d+)(?:[.,](\d+))?")


def french_number(text: str) -> str | None:
    """ "1234.5" (or "1 234,5") as "1 234,5": narrow no-break spaces between
    thousands, a decimal comma, a minus sign for "-"."""
    compact = re.sub(r"[\s\u00a0\u202f\u2009]", "", text)
    found = _NUMBER.fullmatch(compact)
    if not found or (found.group(3) and len(found.group(3)) > 3):
        return None  # how the module groups long decimals is not known here
    sign = "\u2212" if found.group(1) in ("-", "\u2212") else ""
    whole = found.group(2)
    groups = [whole[max(i - 3, 0) : i] for i in range(len(whole), 0, -3)][::-1]
    decimals = f",{found.group(3)}" if found.group(3) else ""
    return sign + _NARROW_NBSP.join(groups) + decimals


@handler("Unité", "Nombre")
def unite(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Unité|1234.5|km|2}}: the number, a no-break space, the unit and its power.
    values = _plain_call(call)
    if values is None or not 1 <= len(values) <= 3:
        return None
    number = french_number(values[0])
    if number is None:
        return None
    out: list[Inline] = [Text(number)]
    if len(values) > 1 and values[1]:
        out.append(Text(f"{NBSP}{values[1]}"))
        power = values[2] if len(values) > 2 else ""
        if power:
            if not re.fullmatch(r"-?\d+", power):
                return None
            out.append(Superscript((Text(power.replace("-", "\u2212")),)))
    elif len(values) > 2:
        return None
    return tuple(out)


# ---------------------------------------------------------------- languages, links


@handler("Langue")
def langue(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Langue|en|Some text}}: the text, marked as English for readers and browsers.
    text = call.arg(2) or call.arg("texte")
    return text if call.text(1) and text else None


@handler("Lien")
def lien(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Lien|fr=Titre|lang=en|trad=Title}}: the French title (an article to write),
    # then "(en)" linked to the article in the other Wikipedia.
    if any(k not in ("fr", "lang", "langue", "trad", "texte", "1") for k, _ in call.named()):
        return None
    if len(call.positional()) > 1:
        return None
    title = call.text("fr") or call.text(1)
    code = call.text("langue") or call.text("lang") or "en"
    if not title or not re.fullmatch(r"[a-z]{2,3}(?:-[a-z]+)?", code):
        return None
    foreign = call.text("trad") or title
    label = call.arg("texte")
    link = Link(title, label if label and call.text("texte") != title else ())
    return (link, Text(f"{NBSP}("), Link(f":{code}:{foreign}", (Text(code),)), Text(")"))
