"""Numbers worked out by template: rounding, extremes, percentages, roots, particles.

- ``{{round|1234.5678|2}}`` "1,234.57" and ``{{rnd|…}}``: Module:Math's
  ``precision_format``, which both templates call: rounded half up to that many
  decimals (a negative count rounds to tens, hundreds…), digits grouped with commas,
  trailing zeros kept to show the precision ("1.00"), a true minus sign, and
  a multiplication sign, "10" and a raised power from 10⁹ up and for tiny numbers.
- ``{{rounddown|2.666|2}}`` "2.66" and ``{{roundup|…}}``, ``{{floor|3.7}}`` "3" and
  ``{{ceil|…}}``: ``#expr`` arithmetic. Results that would need padding zeros or digit
  groups are left unrendered, since whether the template adds them is not certain.
- ``{{min|3|1|2}}`` "1", ``{{max|…}}``, ``{{sum|1|2|3.5}}`` "6.5",
  ``{{order of magnitude|1200}}`` "3", ``{{precision|1.234}}`` "3": Module:Math, the
  result written as Lua writes a number; values that are not numbers are skipped.
- ``{{percentage|1|3|2}}`` "33.33%" (``pct``, ``percent``): numerator over
  denominator (default 100), rounded to the decimals asked (default 0), trailing zeros
  dropped unless ``pad``; ``%=`` replaces the sign.
- ``{{radic|2}}`` (``sqrt``) "√2" under a vinculum, ``{{radic|8|3}}`` a raised 3 first;
  ``{{ket|ψ}}`` "|ψ⟩", ``{{bra-ket|φ|ψ}}`` "⟨φ|ψ⟩".
- ``{{SubatomicParticle|electron}}`` "e⁻": the particle's symbol with its charge
  raised and its flavour lowered, antiparticles overlined; ``link=yes`` links it.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

from wikiconv.ast import Inline, InlineTag, Link, Subscript, Superscript, Text
from wikiconv.templates.expr import ExprError, format_number, value_of
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler
from wikiconv.walk import plain_text

__all__ = ["lua_number", "precision_format"]

MINUS = "\u2212"
_LUA_NUMBER = re.compile(r"\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*")

# ------------------------------------------------------------------ Module:Math


def lua_number(value: float) -> str:
    """A number as Lua's ``tostring`` writes it (14 significant digits)."""
    return f"{value:.14g}"


def _clean(text: str) -> tuple[float, str] | None:
    """Module:Math's ``_cleanNumber``: the value and its spelling, reading the text as
    a number or else as an ``#expr`` expression; None for neither."""
    if _LUA_NUMBER.fullmatch(text):
        return float(text), text.strip().lstrip("+")
    try:
        value = value_of(text)
    except ExprError:
        return None
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return None
    return float(value), lua_number(float(value))


def _precision(spelling: str) -> int:
    """Decimal places of a number as written; trailing zeros of a whole count negative."""
    spelling = spelling.upper()
    result = 0
    if "E" in spelling:
        spelling, exponent = spelling.split("E", 1)
        result -= int(exponent)
    if "." in spelling:
        return result + len(spelling) - spelling.index(".") - 1
    stripped = spelling.rstrip("0")
    if not stripped or stripped in "+-":
        return 0
    return result - (len(spelling) - len(stripped))


def _order(value: float) -> int:
    return 0 if value == 0 else math.floor(math.log10(abs(value)))


def _round(value: float, precision: int) -> float:
    # Module:Math rounds half up, in floating point as Lua does.
    scale = 10.0**precision
    return math.floor(value * scale + 0.5) / scale


def _format_num(value: float) -> str:
    """``mw.language:formatNum`` of a non-negative number: PHP's spelling, grouped."""
    spelling = f"{value:.14G}"
    if "E" in spelling:
        return spelling
    whole, dot, fraction = spelling.partition(".")
    return f"{int(whole):,}{dot}{fraction}"


def precision_format(text: str, precision_text: str) -> tuple[Inline, ...] | None:
    """Module:Math's ``precision_format`` of ``text`` to ``precision_text`` decimals."""
    cleaned, wanted = _clean(text), _clean(precision_text)
    if cleaned is None or wanted is None or not wanted[0].is_integer():
        return None
    value, spelling = cleaned
    precision = int(wanted[0])
    current = _precision(lua_number(value))
    order = _order(value)
    # The module caps the precision where float round-off would show in the digits.
    if order + precision >= 14 and order + _precision(spelling) >= 14:
        precision = 13 - order
    if precision < current:
        value = _round(value, precision)
        current = _precision(lua_number(value))
    sign = MINUS if value < 0 else ""
    shown = _format_num(abs(value))
    if "E" in shown or abs(order) >= 9:
        value = value * 10.0**-order
        current += order
        precision += order
        shown = _format_num(abs(value))
    else:
        order = 0
    if "E" in shown:
        return None
    shown = sign + shown
    if current < precision:
        if current <= 0 and precision > 0:
            shown += "." + "0" * min(precision, 20)
        elif current > 0:
            shown += "0" * min(precision - current, 20)
    if order == 0:
        return (Text(shown),)
    power = f"{MINUS}{-order:,}" if order < 0 else f"{order:,}"
    return (Text(f"{shown}\u00d710"), Superscript((Text(power),)))


@handler("Round", "Rnd")
def round_(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{round|1234.5678|2}}: "1,234.57"; no second value rounds to a whole number.
    return precision_format(call.text(1), call.text(2, "0"))


@handler("Rounddown", "Roundup")
def round_down_up(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{rounddown|2.666|2}}: floor(x * 10^2) / 10^2, as #expr writes it. Only results that
    # show every decimal asked for and no digit group are rendered (see module notes).
    places = call.text(2, "0")
    if not re.fullmatch(r"\d", places):
        return None
    function = "floor" if call.name == "Rounddown" else "ceil"
    result = _expr(f"{function}(({call.text(1)})*10^{places})/10^{places}")
    if result is None:
        return None
    decimals = len(result.partition(".")[2])
    return (Text(result),) if decimals == int(places) and _small(result) else None


@handler("Floor", "Ceil")
def floor_ceil(call: TemplateCall, ctx: HandlerContext) -> Output:
    result = _expr(f"{call.name.lower()}({call.text(1)})") if call.text(1) else None
    return (Text(result),) if result is not None and _small(result) else None


def _expr(expression: str) -> str | None:
    try:
        value = value_of(expression)
    except ExprError:
        return None
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return None
    return format_number(value)


def _small(result: str) -> bool:
    """Whether a result is below 1000 in size, where no digit group could appear."""
    return re.fullmatch(r"-?\d{1,3}(?:\.\d+)?", result) is not None


def _numbers(call: TemplateCall) -> list[float]:
    """The positional values that read as numbers, in order; others are skipped."""
    found = (_clean(text) for text in call.positional_texts() if text)
    return [item[0] for item in found if item is not None]


@handler("Min", "Max")
def min_max(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{max|1|2.5|x}}: "2.5" (non-numbers ignored); nothing when no value is a number.
    values = _numbers(call)
    if not values:
        return ()
    return (Text(lua_number(min(values) if call.name == "Min" else max(values))),)


@handler("Sum")
def sum_(call: TemplateCall, ctx: HandlerContext) -> Output:
    texts = [text for text in call.positional_texts() if text]
    values = _numbers(call)
    if not texts or len(values) != len(texts):
        return None  # a value that is not a number: the template's answer is not known
    return (Text(lua_number(math.fsum(values))),)


@handler("Order of magnitude")
def order_of_magnitude(call: TemplateCall, ctx: HandlerContext) -> Output:
    cleaned = _clean(call.first_text(1, "x"))
    return (Text(str(_order(cleaned[0]))),) if cleaned else None


@handler("Precision")
def precision(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{precision|1.234}} "3", {{precision|1200}} "-2". A fraction ("1/8") gives the
    # logarithm of its denominator, left to the template.
    text = call.first_text(1, "x")
    cleaned = None if "/" in text else _clean(text)
    return (Text(str(_precision(cleaned[1]))),) if cleaned else None


# ------------------------------------------------------------------ percentage


@handler("Percentage", "Pct", "Percent")
def percentage(call: TemplateCall, ctx: HandlerContext) -> Output:
    numerator, denominator = call.text(1).replace(",", ""), call.text(2, "100").replace(",", "")
    places, pad = call.text(3, "0"), call.text("pad").lower()
    if re.fullmatch(r"\d{1,2}", pad):
        places, pad = pad, "yes"
    if not re.fullmatch(r"\d{1,2}", places) or call.has("sigfig"):
        return None
    with localcontext() as exact:
        exact.prec = 50
        try:
            value = Decimal(numerator) * 100 / Decimal(denominator)
        except (InvalidOperation, ArithmeticError):
            return None
        step = Decimal(1).scaleb(-int(places))
        # The template's own arithmetic is in floating point: a value on a rounding
        # boundary, a negative one (its sign is written two ways) or one that would
        # need digit groups stays unrendered.
        if value < 0 or value >= 1000 or (value / step) % 1 == Decimal("0.5"):
            return None
        rounded = value.quantize(step, rounding=ROUND_HALF_UP)
    shown = f"{rounded:f}"
    if pad not in ("yes", "y", "true", "1") and "." in shown:
        shown = shown.rstrip("0").rstrip(".")
    sign = call.param("%")
    mark = plain_text(sign.value).strip(" \t\r\n") if sign is not None else "%"
    return (Text(shown + mark),)


# ------------------------------------------------------------------ notation


@handler("Radic", "Sqrt")
def radic(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The radicand under a vinculum (a top border); an index is raised before the sign.
    out: list[Inline] = [Superscript(call.arg(2))] if call.arg(2) else []
    out.append(Text("\u221a"))
    radicand = call.arg(1)
    if radicand:
        style = "border-top:1px solid; padding:0 0.1em;"
        out.append(InlineTag("span", (("style", style),), radicand))
    return tuple(out)


@handler("Ket")
def ket(call: TemplateCall, ctx: HandlerContext) -> Output:
    return (Text("|"), *call.arg(1), Text("\u27e9"))


@handler("Bra-ket")
def bra_ket(call: TemplateCall, ctx: HandlerContext) -> Output:
    return (Text("\u27e8"), *call.arg(1), Text("|"), *call.arg(2), Text("\u27e9"))


# ------------------------------------------------------------------ particles

# Name: symbol, raised charge, lowered flavour, overlined (an antiparticle), article.
_PARTICLES: dict[str, tuple[str, str, str, bool, str]] = {
    "electron": ("e", MINUS, "", False, "Electron"),
    "positron": ("e", "+", "", False, "Positron"),
    "proton": ("p", "+", "", False, "Proton"),
    "antiproton": ("p", MINUS, "", True, "Antiproton"),
    "neutron": ("n", "0", "", False, "Neutron"),
    "antineutron": ("n", "0", "", True, "Antineutron"),
    "photon": ("\u03b3", "", "", False, "Photon"),
    "gluon": ("g", "", "", False, "Gluon"),
    "muon": ("\u03bc", MINUS, "", False, "Muon"),
    "antimuon": ("\u03bc", "+", "", False, "Muon"),
    "tau": ("\u03c4", MINUS, "", False, "Tau (particle)"),
    "antitau": ("\u03c4", "+", "", False, "Tau (particle)"),
    "electron neutrino": ("\u03bd", "", "e", False, "Electron neutrino"),
    "electron antineutrino": ("\u03bd", "", "e", True, "Electron neutrino"),
    "muon neutrino": ("\u03bd", "", "\u03bc", False, "Muon neutrino"),
    "muon antineutrino": ("\u03bd", "", "\u03bc", True, "Muon neutrino"),
    "tau neutrino": ("\u03bd", "", "\u03c4", False, "Tau neutrino"),
    "tau antineutrino": ("\u03bd", "", "\u03c4", True, "Tau neutrino"),
    "z boson": ("Z", "0", "", False, "W and Z bosons"),
    "higgs boson": ("H", "0", "", False, "Higgs boson"),
}


@handler("SubatomicParticle", "Subatomic particle")
def subatomic_particle(call: TemplateCall, ctx: HandlerContext) -> Output:
    found = _PARTICLES.get(call.text(1).lower())
    if found is None or len(call.positional_texts()) != 1:
        return None
    symbol, charge, flavour, anti, article = found
    out: list[Inline] = [
        InlineTag("span", (("style", "text-decoration:overline"),), (Text(symbol),))
        if anti
        else Text(symbol)
    ]
    if charge:
        out.append(Superscript((Text(charge),)))
    if flavour:
        out.append(Subscript((Text(flavour),)))
    return (Link(article, tuple(out)),) if call.flag("link") else tuple(out)
