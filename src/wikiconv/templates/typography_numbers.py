"""Numbers set by template: ``val``, ``significant figures``, ``RailGauge``, ``pop density``.

``{{val|1.23|0.01|e=5|u=m}}`` shows "(1.23±0.01)", a multiplication sign, "10" and a
raised "5", then " m", as Module:Val does: digits as written (its digit groups are gaps
made by style, not characters), a true minus sign, "±" without spaces, a no-break space
before the unit. ``RailGauge`` knows the common gauges; anything else stays unrendered
rather than shown wrong.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from wikiconv.ast import Inline, Link, Subscript, Superscript, Text
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler

__all__: list[str] = []

NBSP = "\u00a0"
MINUS = "\u2212"
_NUMBER = re.compile(r"[+\-\u2212]?\d+(?:\.\d*)?")

# ---------------------------------------------------------------------------- val

# Unit symbols Module:Val shows as they are written (its unit codes for these are the
# symbols themselves); a code may end in a power ("m2", "s-1") and be divided once.
_SYMBOLS = set(
    "m km cm mm um nm pm fm s ms ns ps g kg mg t A mA kA K mol cd C V mV kV MV W kW MW GW "
    "J kJ MJ GJ eV keV MeV GeV TeV Hz kHz MHz GHz THz N kN MN Pa kPa MPa GPa hPa T Wb F H "
    "S L mL Da kDa ly pc kpc Mpc au min h d yr Bq Gy Sv lm lx rad sr bar mbar atm cal kcal "
    "dB B bit Gbit kB MB GB TB".split()
)
_NO_SPACE = ("%", "\u00b0", "\u2032", "\u2033")  # no space between number and these
_UNIT_PART = re.compile(r"([A-Za-z]+)(-?\d)?")


@handler("val")
def val(call: TemplateCall, ctx: HandlerContext) -> Output:
    value = _val_number(call.text(1))
    if value is None:
        return None
    extra = {key for key, _ in call.named()} - {"e", "u", "ul", "up", "upl", "p", "s", "fmt"}
    if extra or (call.text("fmt") and call.text("fmt") != "commas"):
        return None
    if call.text("fmt") == "commas":
        value = _commas(value)
    number: list[Inline] = [Text(value)]
    upper, lower = call.text(2), call.text(3)
    bracket = False
    if re.fullmatch(r"\(\d+\)", upper) and not lower:
        number.append(Text(upper))
    elif upper and not lower:
        error = _val_number(upper)
        if error is None or error[0] in "+" + MINUS:
            return None
        number.append(Text(f"\u00b1{error}"))
        bracket = True
    elif upper or lower:
        high, low = _val_number(upper), _val_number(lower)
        if high is None or low is None or high[0] != "+" or low[0] != MINUS:
            return None
        number += [Superscript((Text(high),)), Subscript((Text(low),))]
        if call.text("e"):
            return None  # where the brackets go is not certain
    out: list[Inline] = [*call.arg("p")]
    exponent = call.text("e")
    if exponent:
        power = _val_number(exponent)
        if power is None or "." in power:
            return None
        out += [Text("("), *number, Text(")")] if bracket else number
        out += [Text("\u00d710"), Superscript((Text(power),))]
    else:
        out += number
    unit = _unit(call, "u", "ul")
    per = _unit(call, "up", "upl")
    if unit is None or per is None or (per and not unit):
        return None
    if unit:
        starts = unit[0].text if isinstance(unit[0], Text) else ""
        out.append(Text("" if starts.startswith(_NO_SPACE) else NBSP))
        out += unit
        out += [Text("/"), *per] if per else []
    out += call.arg("s")
    return _merge(out)


def _val_number(text: str) -> str | None:
    """A number as Module:Val shows it (a true minus sign), or ``None``."""
    text = text.strip()
    if not _NUMBER.fullmatch(text):
        return None
    return MINUS + text[1:] if text[0] in "-" + MINUS else text


def _commas(number: str) -> str:
    sign = number[0] if number[0] in "+" + MINUS else ""
    whole, dot, fraction = number[len(sign) :].partition(".")
    return f"{sign}{int(whole):,}{dot}{fraction}"


def _unit(call: TemplateCall, *keys: str) -> tuple[Inline, ...] | None:
    """The unit as shown, ``()`` for none, ``None`` for a code Val may show otherwise."""
    key = next((k for k in keys if call.text(k)), "")
    if not key:
        return ()
    value = call.arg(key)
    if len(value) != 1 or not isinstance(value[0], Text):
        return value  # written out in markup: shown as written
    code = value[0].text.strip()
    if code in _NO_SPACE or re.fullmatch(r"[a-z]{4,}", code):
        return (Text(code),)  # a sign, or a word Val has no code for ("grams")
    out: list[Inline] = []
    for index, part in enumerate(code.split("/")):
        found = _UNIT_PART.fullmatch(part)
        if found is None or found.group(1) not in _SYMBOLS or index > 1:
            return None
        out.append(Text(("/" if index else "") + found.group(1)))
        if found.group(2):
            out.append(Superscript((Text(found.group(2).replace("-", MINUS)),)))
    return _merge(out)


def _merge(nodes: list[Inline]) -> tuple[Inline, ...]:
    out: list[Inline] = []
    for node in nodes:
        if isinstance(node, Text) and out and isinstance(out[-1], Text):
            out[-1] = Text(out[-1].text + node.text)
        elif not (isinstance(node, Text) and not node.text):
            out.append(node)
    return tuple(out)


# --------------------------------------------------------------- significant figures


@handler("significant figures", "sigfig")
def significant_figures(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{sigfig|1234.56|3}} "1,230": rounded half up to that many figures, trailing zeros
    # kept to show them ("123.4560" for 7), the whole part grouped with commas.
    text, digits = call.text(1).replace(",", ""), call.text(2)
    if not re.fullmatch(r"\d*\.?\d+|\d+\.", text) or not digits.isdigit():
        return None
    figures = int(digits)
    try:
        number = Decimal(text)
    except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
        return None
    if figures == 0 or number == 0:
        return (Text("0"),)
    place = number.adjusted() - figures + 1  # the power of ten of the last figure kept
    rounded = number.quantize(Decimal(1).scaleb(place), rounding=ROUND_HALF_UP)
    if rounded.adjusted() > number.adjusted():  # 987654321 to 1 figure: 1,000,000,000
        place += 1
        rounded = number.quantize(Decimal(1).scaleb(place), rounding=ROUND_HALF_UP)
    if place >= 0:
        return (Text(f"{int(rounded):,}"),)
    whole, _, fraction = f"{rounded:f}".partition(".")
    return (Text(f"{int(whole):,}.{fraction}"),)


# ----------------------------------------------------------------------- RailGauge

# Millimetres: the same gauge in feet and inches, its name and the page it links to.
_GAUGES: dict[int, tuple[str, str, str]] = {
    1435: ("4 ft 8+1\u20442 in", "standard gauge", "Standard-gauge railway"),
    1520: ("4 ft 11+27\u204432 in", "Russian gauge", "Russian gauge"),
    1524: ("5 ft", "", ""),
    1600: ("5 ft 3 in", "Irish gauge", "5 ft 3 in gauge railway"),
    1668: ("5 ft 5+21\u204432 in", "Iberian gauge", "Iberian gauge"),
    1676: ("5 ft 6 in", "Indian gauge", "5 ft 6 in gauge railway"),
    1067: ("3 ft 6 in", "", ""),
    1050: ("3 ft 5+11\u204432 in", "", ""),
    1000: ("3 ft 3+3\u20448 in", "metre gauge", "Metre-gauge railway"),
    1219: ("4 ft", "", ""),
    914: ("3 ft", "", ""),
    762: ("2 ft 6 in", "", ""),
    750: ("2 ft 5+17\u204432 in", "", ""),
    610: ("2 ft", "", ""),
    600: ("1 ft 11+5\u20448 in", "", ""),
}
# Gauges defined in feet and inches, as written without spaces: their millimetres.
_IMPERIAL = {"4ft8.5in": 1435, "4ft81/2in": 1435, "56.5in": 1435, "5ft": 1524, "4ft": 1219,
             "5ft3in": 1600, "5ft6in": 1676, "3ft6in": 1067, "3ft": 914, "2ft6in": 762,
             "2ft": 610}  # fmt: skip


@handler("RailGauge", "Track gauge", "Rail gauge")
def rail_gauge(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{RailGauge|1435mm}} "1,435 mm (4 ft 8+1/2 in)"; al=on (allk=on: linked) adds
    # the gauge's name, disp=1 shows the first measure only.
    key = re.sub(r"\s+", "", call.text(1)).lower()
    metric = re.fullmatch(r"(\d+)(mm)?|(1)m", key)
    millimetres = int(metric.group(1) or 1000) if metric else _IMPERIAL.get(key)
    if millimetres is None or millimetres not in _GAUGES:
        return None
    imperial, name, article = _GAUGES[millimetres]
    mm = f"{millimetres:,}{NBSP}mm"
    ft_in = imperial.replace(" ", NBSP)
    first, second = (mm, ft_in) if metric else (ft_in, mm)
    disp = call.text("disp")
    if disp not in ("", "1") or call.text("first") or (call.flag("lk") and not article):
        return None
    out: list[Inline] = [Link(article, (Text(first),)) if call.flag("lk") else Text(first)]
    if disp != "1":
        out.append(Text(f" ({second})"))
    if call.flag("allk") or call.flag("al"):
        if not name:
            return None
        out += [Text(" "), Link(article, (Text(name),)) if call.flag("allk") else Text(name)]
    return _merge(out)


# ---------------------------------------------------------------------- pop density

_AREAS = {"km2": ("km", "2", 1.0), "sqmi": ("sq mi", "", 2.589988110336)}


@handler("pop density")
def pop_density(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Pop density|3645257|640081.87|km2|sqmi|prec=1}}: people per unit of area, then
    # per the other unit, each to prec decimals. Whether the second figure comes from
    # the rounded first or the exact one is not documented: a call where the two give
    # different figures stays unrendered.
    texts = [text.replace(",", "") for text in call.positional_texts()]
    texts += ["", "", "", ""]
    people, area, unit, other = texts[:4]
    other = other or ("sqmi" if unit == "km2" else "km2")
    prec = call.text("prec")
    numbers = re.compile(r"\d+(?:\.\d+)?")
    if not (numbers.fullmatch(people) and numbers.fullmatch(area) and prec.isdigit()):
        return None
    if unit not in _AREAS or other not in _AREAS or unit == other or float(area) == 0:
        return None
    places = Decimal(1).scaleb(-int(prec))
    density = Decimal(people) / Decimal(area)
    ratio = Decimal(_AREAS[other][2]) / Decimal(_AREAS[unit][2])
    shown = density.quantize(places, rounding=ROUND_HALF_UP)
    converted = {
        (value * ratio).quantize(places, rounding=ROUND_HALF_UP) for value in (density, shown)
    }
    if len(converted) != 1:
        return None
    out: list[Inline] = []
    for number, code, before in ((shown, unit, ""), (converted.pop(), other, " (")):
        symbol, power, _ = _AREAS[code]
        out += [Text(f"{before}{number:,f}/{symbol}")]
        out += [Superscript((Text(power),))] if power else []
    out.append(Text(")"))
    return _merge(out)
