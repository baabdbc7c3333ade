"""``convert``: a quantity and its conversion, rounded as Wikipedia's Module:Convert rounds.

``{{convert|5|km}}`` shows "5 kilometres (3.1 mi)": the input unit spelled out, the
output abbreviated (``abbr=on`` abbreviates both, ``abbr=off`` neither), a no-break
space between a number and a unit symbol. The output is rounded to about the input's
precision: Module:Convert's ``default_precision`` is reproduced below, so 5 km gives
3.1 mi, 114 lb gives 52 kg and 19000 sq ft gives 1,800 m².
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from wikiconv.ast import Inline, Superscript, Text
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler

__all__ = ["UNITS", "Unit", "convert_value"]

NBSP = "\u00a0"
MINUS = "\u2212"  # the minus sign Wikipedia shows, not a hyphen
SIGNS = "-\u2212"


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit: its kind, its size in the kind's base unit, names, symbol, default output.

    ``symbol`` writes an exponent after ``^`` ("km^2"). Temperatures also have an
    offset: base (kelvin) = (value + offset) * scale.
    """

    kind: str
    scale: float
    name: str
    plural: str
    symbol: str
    default: str = ""
    offset: float = 0.0


_U = Unit
UNITS = {
    # length, base metre
    "m": _U("length", 1, "metre", "metres", "m", "ft"),
    "km": _U("length", 1000, "kilometre", "kilometres", "km", "mi"),
    "cm": _U("length", 0.01, "centimetre", "centimetres", "cm", "in"),
    "mm": _U("length", 0.001, "millimetre", "millimetres", "mm", "in"),
    "mi": _U("length", 1609.344, "mile", "miles", "mi", "km"),
    "ft": _U("length", 0.3048, "foot", "feet", "ft", "m"),
    "in": _U("length", 0.0254, "inch", "inches", "in", "mm"),
    "yd": _U("length", 0.9144, "yard", "yards", "yd", "m"),
    "nmi": _U("length", 1852, "nautical mile", "nautical miles", "nmi", "km"),
    # area, base square metre
    "m2": _U("area", 1, "square metre", "square metres", "m^2", "sqft"),
    "km2": _U("area", 1e6, "square kilometre", "square kilometres", "km^2", "sqmi"),
    "ha": _U("area", 1e4, "hectare", "hectares", "ha", "acre"),
    "acre": _U("area", 4046.8564224, "acre", "acres", "acres", "ha"),
    "sqmi": _U("area", 2589988.110336, "square mile", "square miles", "sq mi", "km2"),
    "sqft": _U("area", 0.09290304, "square foot", "square feet", "sq ft", "m2"),
    # mass, base kilogram
    "kg": _U("mass", 1, "kilogram", "kilograms", "kg", "lb"),
    "g": _U("mass", 0.001, "gram", "grams", "g", "oz"),
    "t": _U("mass", 1000, "tonne", "tonnes", "t", "LT ST"),
    "lb": _U("mass", 0.45359237, "pound", "pounds", "lb", "kg"),
    "oz": _U("mass", 0.028349523125, "ounce", "ounces", "oz", "g"),
    "st": _U("mass", 6.35029318, "stone", "stone", "st", "kg"),
    "LT": _U("mass", 1016.0469088, "long ton", "long tons", "long tons", "t"),
    "ST": _U("mass", 907.18474, "short ton", "short tons", "short tons", "t"),
    # speed, base metre per second
    "km/h": _U("speed", 1 / 3.6, "kilometre per hour", "kilometres per hour", "km/h", "mph"),
    "mph": _U("speed", 0.44704, "mile per hour", "miles per hour", "mph", "km/h"),
    "m/s": _U("speed", 1, "metre per second", "metres per second", "m/s", "ft/s"),
    "ft/s": _U("speed", 0.3048, "foot per second", "feet per second", "ft/s", "m/s"),
    "kn": _U("speed", 1852 / 3600, "knot", "knots", "kn", "km/h mph"),
    # temperature, base kelvin
    "C": _U("temperature", 1, "degree Celsius", "degrees Celsius", "°C", "F", 273.15),
    "F": _U("temperature", 5 / 9, "degree Fahrenheit", "degrees Fahrenheit", "°F", "C", 459.67),
    "K": _U("temperature", 1, "kelvin", "kelvins", "K", "C F"),
    # volume, base cubic metre
    "m3": _U("volume", 1, "cubic metre", "cubic metres", "m^3", "cuft"),
    "cuft": _U("volume", 0.028316846592, "cubic foot", "cubic feet", "cu ft", "m3"),
    "L": _U("volume", 0.001, "litre", "litres", "L", "impgal USgal"),
    "ml": _U("volume", 1e-6, "millilitre", "millilitres", "ml", "impfloz USfloz"),
    "impgal": _U("volume", 0.00454609, "imperial gallon", "imperial gallons", "imp gal", "L"),
    "USgal": _U("volume", 0.003785411784, "US gallon", "US gallons", "US gal", "L"),
    "impfloz": _U("volume", 2.84130625e-5, "imperial fluid ounce", "imperial fluid ounces",
                  "imp fl oz", "ml"),
    "USfloz": _U("volume", 2.95735295625e-5, "US fluid ounce", "US fluid ounces", "US fl oz",
                 "ml"),
}  # fmt: skip
# Other spellings of the same units that articles use.
_ALIASES = {
    "metre": "m", "meter": "m", "kilometre": "km", "kilometer": "km", "mile": "mi",
    "foot": "ft", "feet": "ft", "inch": "in", "miles": "mi", "metres": "m", "meters": "m",
    "kilometres": "km", "kilometers": "km", "inches": "in", "pounds": "lb", "kilograms": "kg",
    "ft2": "sqft", "sq ft": "sqft",
    "mi2": "sqmi", "sq mi": "sqmi", "acres": "acre", "l": "L", "°C": "C", "°F": "F",
    "kmh": "km/h", "kph": "km/h", "knot": "kn", "kt": "kn", "lbs": "lb", "cum": "m3",
    "cuyd": "m3", "sqkm": "km2", "sqm": "m2", "mL": "ml", "gal": "USgal",
}  # fmt: skip

_NUMBER = re.compile("[" + SIGNS + r"]?(?:\d[\d,]*)?(?:\.\d+)?(?:e-?\d+)?")
# Words between the two values of a range, and what the page shows for each.
_RANGES = {"to": " to ", "-": "\u2013", "\u2013": "\u2013", "and": " and ", "or": " or ",
           "by": " by ", "x": " \u00d7 ", "+/-": " \u00b1 ", "to(-)": " to "}  # fmt: skip


def _unit(code: str) -> Unit | None:
    return UNITS.get(code) or UNITS.get(_ALIASES.get(code, ""))


def convert_value(value: float, source: Unit, target: Unit) -> float:
    return (value + source.offset) * source.scale / target.scale - target.offset


def default_precision(text: str, value: float, result: float, source: Unit, target: Unit) -> int:
    """Module:Convert's default_precision: the input's decimals, adjusted by the ratio."""
    fudge = 1e-14
    mantissa, _, exponent = text.lower().partition("e")
    integer, dot, decimals = mantissa.lstrip(SIGNS).partition(".")
    if dot:
        precision = len(decimals)
    else:  # trailing zeros of an integer are not significant: 1200 is precise to 100
        precision = -(len(integer) - len(integer.rstrip("0"))) if integer.strip("0") else 0
    if exponent:
        precision -= int(exponent)
    if source.kind == "temperature":
        kelvin = abs((value + source.offset) * source.scale)
        minimum = 2 if kelvin < 1e-8 else 2 - math.floor(math.log10(kelvin) + fudge)
        return max(precision, minimum)
    if value == 0 or result <= 0:
        return 0
    adjust = math.log10(abs(value / result)) + math.log10(2)
    minimum = 1 - math.floor(math.log10(result) + fudge)  # at least two significant figures
    return max(math.floor(precision + adjust), minimum)


def format_number(value: float, precision: int) -> str:
    """``value`` rounded half up to ``precision`` decimals, with thousands separators."""
    quantum = Decimal(1).scaleb(-precision)
    rounded = Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    if precision < 0:
        rounded = rounded.quantize(Decimal(1))
    text = f"{abs(rounded):,.{max(precision, 0)}f}"
    return (MINUS if rounded < 0 else "") + text


def _shown_input(text: str) -> str:
    """The input number as the page shows it: separators added, a real minus sign."""
    negative = text[:1] in SIGNS and text[:1] != ""
    integer, dot, decimals = text.lstrip(SIGNS).replace(",", "").partition(".")
    if integer.isdigit() and "e" not in decimals.lower():
        integer = f"{int(integer):,}"
    return (MINUS if negative else "") + integer + dot + decimals


def _symbol(unit: Unit) -> tuple[Inline, ...]:
    base, caret, power = unit.symbol.partition("^")
    return (Text(base), Superscript((Text(power),))) if caret else (Text(base),)


def _spelled(unit: Unit, plural: bool, us: bool) -> str:
    name = unit.plural if plural else unit.name
    return name.replace("metre", "meter").replace("litre", "liter") if us else name


@handler("convert", "cvt")
def convert(call: TemplateCall, ctx: HandlerContext) -> Output:
    args = call.positional_texts()
    values: list[str] = []
    separators: list[str] = []
    while args and _NUMBER.fullmatch(args[0]) and args[0].strip(SIGNS + ",."):
        values.append(args.pop(0))
        if args and args[0] in _RANGES and len(args) > 1:
            separators.append(_RANGES[args.pop(0)])
        else:
            break
    if not values or len(values) != len(separators) + 1 or not args:
        return None
    source = _unit(args.pop(0))
    if source is None:
        return None
    # The output unit may be left out, with a precision in its place.
    named_out = args and args[0] and not re.fullmatch(r"-?\d+", args[0])
    out_codes = (args.pop(0) if named_out else source.default).split()
    if args and not args[0]:
        args.pop(0)
    if out_codes == ["ftin"] and source.kind == "length":
        return _feet_inches(call, values, numbers_of(values), source)
    targets = [_unit(code) for code in out_codes]
    if not targets or any(t is None or t.kind != source.kind for t in targets):
        return None
    precision = args[0] if args and re.fullmatch(r"-?\d+", args[0]) else ""
    numbers = numbers_of(values)
    # cvt is convert abbreviated; temperatures are always shown by symbol.
    short = source.kind == "temperature" or call.name == "Cvt"
    abbr = call.text("abbr", "on" if short else "out").lower()
    us = call.text("sp").lower() == "us"
    adjective = call.flag("adj")
    plural = not (len(numbers) == 1 and numbers[0] == 1) and not adjective

    def quantity(shown: list[str], unit: Unit, abbreviated: bool, many: bool) -> list[Inline]:
        out: list[Inline] = [Text(shown[0])]
        for separator, number in zip(separators, shown[1:], strict=True):
            out.append(Text(separator + number))
        if abbreviated:
            out.extend((Text(NBSP), *_symbol(unit)))
        else:
            out.append(Text(("-" if adjective else " ") + _spelled(unit, many, us)))
        return out

    first = quantity([_shown_input(v) for v in values], source, abbr in {"on", "in"}, plural)
    outputs: list[list[Inline]] = []
    for target in targets:
        assert target is not None
        results = [convert_value(n, source, target) for n in numbers]
        digits = _precision(call, precision, values, numbers, results, source, target)
        shown = [format_number(r, digits) for r in results]
        many = not (len(results) == 1 and shown[0] == "1")
        outputs.append(quantity(shown, target, abbr in {"on", "out", "unit"}, many))
    second: list[Inline] = []
    for index, output in enumerate(outputs):
        second.extend([Text("; ")] if index else [])
        second.extend(output)
    return _arrange(_disp(call), first, second)


def numbers_of(values: list[str]) -> list[float]:
    return [float(v.replace(",", "").replace(MINUS, "-")) for v in values]


def _disp(call: TemplateCall) -> str:
    return "flip" if call.text("order").lower() == "flip" else call.text("disp", "b").lower()


def _feet_inches(
    call: TemplateCall, values: list[str], numbers: list[float], source: Unit
) -> Output:
    """Metres as feet and inches ("1.80 m (5 ft 11 in)"), inches rounded to whole ones."""
    if len(numbers) != 1:
        return None
    inches = round(numbers[0] * source.scale / 0.0254)
    feet, inches = divmod(inches, 12)
    abbr = call.text("abbr", "out").lower()
    if abbr in {"on", "in"}:
        first: list[Inline] = [Text(f"{_shown_input(values[0])}{NBSP}"), *_symbol(source)]
    else:
        plural = numbers[0] != 1
        first = [Text(f"{_shown_input(values[0])} {_spelled(source, plural, False)}")]
    if abbr == "off":
        second: list[Inline] = [Text(f"{feet:,} feet {inches} inches")]
    else:
        second = [Text(f"{feet:,}{NBSP}ft {inches}{NBSP}in")]
    return _arrange(_disp(call), first, second)


def _precision(
    call: TemplateCall,
    given: str,
    texts: list[str],
    numbers: list[float],
    results: list[float],
    source: Unit,
    target: Unit,
) -> int:
    if given:
        return int(given)
    sigfig = call.text("sigfig")
    if sigfig.isdigit() and int(sigfig) > 0 and results[0]:
        return int(sigfig) - 1 - math.floor(math.log10(abs(results[0])))
    # A range is rounded alike, to the finest precision any of its values asks for.
    return max(
        default_precision(t.replace(",", ""), n, abs(r), source, target)
        for t, n, r in zip(texts, numbers, results, strict=True)
    )


def _arrange(disp: str, first: list[Inline], second: list[Inline]) -> Output:
    if disp in {"or"}:
        return (*first, Text(" or "), *second)
    if disp == "flip":
        return (*second, Text(" ("), *first, Text(")"))
    if disp in {"output only", "out"}:
        return tuple(second)
    if disp == "sqbr":
        return (*first, Text(" ["), *second, Text("]"))
    if disp in {"slash", "/"}:
        return (*first, Text(" / "), *second)
    return (*first, Text(" ("), *second, Text(")"))
