"""Typography: apostrophes, thin spaces, fractions, respellings, formulas, arrows, layout.

Each handler renders what English Wikipedia shows for the call. Text that the page
keeps for screen readers only (``frac``'s "+" between a whole number and its fraction,
``sfrac``'s "/") is part of the page's text, so it is kept: ``{{frac|3|1|2}}`` reads
"3+1", a fraction slash (U+2044), "2", as it does when the page is copied. The number
templates (``val``, ``significant figures``, ``RailGauge``, ``pop density``) live in
:mod:`wikiconv.templates.typography_numbers`.
"""

from __future__ import annotations

import itertools
import re

from wikiconv.ast import (
    ExternalLink,
    Inline,
    InlineTag,
    Italic,
    LineBreak,
    Link,
    Subscript,
    Superscript,
    Text,
)

# The rest of the family; importing it registers its handlers.
from wikiconv.templates import typography_numbers  # noqa: F401
from wikiconv.templates.lists import source_lines
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler, trim
from wikiconv.walk import plain_text

__all__ = ["join_text"]

FRACTION_SLASH = "\u2044"
WHOLE_AND_FRACTION = "+"  # frac's screen-reader "+" between a whole number and a fraction
RESPELLING_KEY = "Help:Pronunciation respelling key"


def join_text(nodes: list[Inline] | tuple[Inline, ...]) -> tuple[Inline, ...]:
    """The nodes with neighbouring ``Text`` runs merged and empty ones dropped."""
    out: list[Inline] = []
    for node in nodes:
        if isinstance(node, Text):
            if not node.text:
                continue
            if out and isinstance(out[-1], Text):
                out[-1] = Text(out[-1].text + node.text)
                continue
        out.append(node)
    return tuple(out)


# --------------------------------------------------------------------- characters


@handler("'s")
def apostrophe_s(call: TemplateCall, ctx: HandlerContext) -> Output:
    # ''Title''{{'s}}: a straight apostrophe set a little apart (by style) from italics.
    return (Text("'s"),)


@handler("'")
def apostrophe(call: TemplateCall, ctx: HandlerContext) -> Output:
    return (Text("'"),)


@handler("thinsp", "thin space")
def thin_space(call: TemplateCall, ctx: HandlerContext) -> Output:
    return (Text("\u2009"),)


@handler("hairsp", "hair space")
def hair_space(call: TemplateCall, ctx: HandlerContext) -> Output:
    return (Text("\u200a"),)


# The coloured arrows of statistics tables: green for good, red for bad news.
_ARROWS = {
    "IncreasePositive": "\u25b2",
    "IncreaseNegative": "\u25b2",
    "DecreasePositive": "\u25bc",
    "DecreaseNegative": "\u25bc",
}


@handler(*_ARROWS)
def arrow(call: TemplateCall, ctx: HandlerContext) -> Output:
    return (Text(_ARROWS[call.name]),)


@handler("not a typo", "proper name")
def not_a_typo(call: TemplateCall, ctx: HandlerContext) -> Output:
    # Marks a spelling as intended; the page shows only the word(s).
    return tuple(node for value in call.positional() for node in value) or None


# ---------------------------------------------------------------------- fractions


@handler("frac", "fraction")
def frac(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{frac|2}} "1/2", {{frac|3|2}} "3/2", {{frac|1|3|4}} "1+3/4", {{frac}} "/", each
    # "/" a fraction slash.
    return _fraction(call.positional(), Text(FRACTION_SLASH))


@handler("sfrac")
def sfrac(call: TemplateCall, ctx: HandlerContext) -> Output:
    # Stacked over a bar; the text keeps "/" between numerator and denominator.
    values = call.positional()
    return _fraction(values, Text("/")) if values else None


def _fraction(values: list[tuple[Inline, ...]], slash: Text) -> Output:
    if len(values) > 3:
        return None
    if not values:
        return (slash,)
    whole: tuple[Inline, ...] = ()
    if len(values) == 3:
        whole, values = values[0], values[1:]
    numerator, denominator = values if len(values) == 2 else ((Text("1"),), values[0])
    plus = (Text(WHOLE_AND_FRACTION),) if whole and numerator else ()
    return join_text([*whole, *plus, *numerator, slash, *denominator])


# ------------------------------------------------------------------ words and text


@handler("tooltip")
def tooltip(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{tooltip|POS|Position}}: "POS", with "Position" shown on hover.
    shown, title = call.arg(1), call.text(2)
    if not shown:
        return None
    return (InlineTag("span", (("title", title),), shown),) if title else shown


@handler("respell")
def respell(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{respell|AN|see}}: "AN-see" in italics, linked to the respelling key. The parts
    # are joined by hyphens, except next to a part holding "_" (a word space) or
    # beginning or ending with "-".
    parts = [part for part in call.positional_texts() if part]
    if not parts or "'" in parts:
        return None  # the old final-stress marker
    shown = parts[0]
    for before, part in itertools.pairwise(parts):
        joined = "_" in before or "_" in part or before.endswith("-") or part.startswith("-")
        shown += part if joined else f"-{part}"
    content: tuple[Inline, ...] = (Text(shown.replace("_", " ")),)
    if call.text("link").lower() != "no":
        content = (Link(RESPELLING_KEY, content),)
    return (Italic(content),)


@handler("mvar", "var")
def variable(call: TemplateCall, ctx: HandlerContext) -> Output:
    # A variable of a formula, in italics: {{mvar|x}}.
    value = call.arg(1)
    return (Italic(value),) if value else None


@handler("math")
def math_text(call: TemplateCall, ctx: HandlerContext) -> Output:
    # A formula in wiki markup, shown as written (its ''x'' in italics).
    return call.arg(1) or None


# ----------------------------------------------------------------------- chemistry

# A charge: an optional count, then a sign ("+", "2-"; a minus or an en dash too).
_CHARGE = re.compile("\\d*[+\u2212\u2013-]")


def _charge(value: tuple[Inline, ...]) -> Superscript | None:
    """A charge as the page shows it: raised, a hyphen or dash made a true minus."""
    if not all(isinstance(node, Text) for node in value):
        return None
    text = plain_text(value).strip()
    if not _CHARGE.fullmatch(text):
        return None
    return Superscript((Text(text.replace("-", "\u2212").replace("\u2013", "\u2212")),))


@handler("chem")
def chem(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{chem|H|2|O}}: odd values as written, even values subscripted: "H₂O". A
    # value that is a charge is raised wherever it stands: {{chem|NH|4|+}} is NH₄
    # then a raised "+", {{chem|O|2|2-}} O₂ then a raised "2" and a true minus sign.
    values = call.positional()
    if not values:
        return None
    out: list[Inline] = []
    for index, value in enumerate(values):
        charge = _charge(value) if index else None
        if charge is not None:
            out.append(charge)
        elif index % 2:
            out.extend((Subscript(value),) if value else ())
        else:
            out.extend(value)
    formula = join_text(out)
    target = call.text("link")
    return (Link(target, formula),) if target else formula


_CHEM2 = re.compile(r"[A-Za-z0-9()\[\]]+")


@handler("chem2")
def chem2(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{chem2|Ca(OH)2}}: digits after a symbol or bracket are subscripts. Charges,
    # bonds and hydrate dots (^, +, minus, =, *) have rules of their own: left alone.
    value = call.arg(1)
    text = value[0].text if len(value) == 1 and isinstance(value[0], Text) else ""
    if not _CHEM2.fullmatch(text) or not re.match(r"\d*[A-Z(\[]", text):
        return None
    out: list[Inline] = []
    for run in re.finditer(r"\d+|\D+", text):
        digits = run.group()
        if digits.isdigit() and run.start() > 0:
            out.append(Subscript((Text(digits),)))
        else:
            out.append(Text(digits))
    return tuple(out)


# -------------------------------------------------------------------------- layout

# Markers that open, break or close a layout of columns: the page shows nothing.
_LAYOUT = ("nowrap end", "nowrap start", "col-start", "col-1", "col-3", "col-4",
           "col-5", "col-6", "col-float", "col-float-break", "col-float-end", "top", "mid",
           "bottom")  # fmt: skip


@handler(*_LAYOUT)
def layout_marker(call: TemplateCall, ctx: HandlerContext) -> Output:
    return ()


@handler("columns")
def columns(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{columns|col1=…|col2=…}}: the columns side by side; read in order, a line each.
    numbers = sorted(int(key[3:]) for key, _ in call.named() if re.fullmatch(r"col\d+", key))
    lines: list[tuple[Inline, ...]] = []
    for number in numbers:
        lines.extend(_lines(call.arg(f"col{number}")))
    out: list[Inline] = []
    for line in lines:
        out.extend((LineBreak(), *line) if out else line)
    return tuple(out)


def _lines(content: tuple[Inline, ...]) -> list[tuple[Inline, ...]]:
    """The lines of list markup held inline, without their ``*``, ``#``, ``;`` marks."""
    lines = source_lines(content, line_breaks=True)
    out: list[tuple[Inline, ...]] = []
    for line in lines:
        if line and isinstance(line[0], Text):
            line[0] = Text(line[0].text.lstrip().lstrip("*#;:"))
        if trimmed := trim(tuple(line)):
            out.append(trimmed)
    return out


# ----------------------------------------------------------------- links and codes


@handler("OEIS")
def oeis(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{OEIS|A000045}}: the sequence's number, linked to its OEIS entry.
    number = call.first_text("id", 1)
    if not re.fullmatch(r"A\d{6}", number):
        return None
    return (ExternalLink(f"https://oeis.org/{number}", (Text(number),)),)


@handler("US patent", "US Patent")
def us_patent(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{US patent|1781541}}: "U.S. Patent 1,781,541", linked to the patent.
    number = call.text(1)
    if not number.isdigit():
        return None
    url = f"https://patents.google.com/patent/US{number}"
    return (ExternalLink(url, (Text(f"U.S. Patent {int(number):,}"),)),)


@handler("DentalFormula")
def dental_formula(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The upper jaw's teeth over the lower's, as a fraction: "0.0.2-3.3/0.0.2.3".
    upper, lower = call.text("upper"), call.text("lower")
    if not (upper and lower) or any(key not in {"upper", "lower"} for key, _ in call.named()):
        return None
    return (Text(f"{upper}/{lower}"),)


@handler("ordinal")
def ordinal(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{ordinal|22}} "22nd"; sup=yes raises the suffix.
    number = call.text(1)
    if not number.isdigit():
        return None
    value = int(number)
    suffix = "th" if value % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(value % 10)
    suffix = suffix or "th"
    if call.flag("sup"):
        return (Text(number), Superscript((Text(suffix),)))
    return (Text(number + suffix),)
