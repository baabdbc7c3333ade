"""``convert``: a quantity and its conversion, rounded as Wikipedia's Module:Convert rounds.

``{{convert|5|km}}`` shows "5 kilometres (3.1 mi)": the input unit spelled out, the
output abbreviated (``abbr=on`` abbreviates both, ``abbr=off`` neither, ``abbr=in``
the input only; ``cvt`` and temperatures abbreviate both), a no-break space between
a number and a unit symbol. The output is rounded to about the input's precision:
Module:Convert's ``default_precision`` is reproduced below, so 5 km gives 3.1 mi,
114 lb gives 52 kg and 19000 sq ft gives 1,800 m².

Also handled: several output units ("m|fathom ft": "3,339 metres (1,826 fathoms;
10,950 ft)"), ranges ("60|and(-)|80|kg": "60 and 80 kilograms (130-180 lb)", an en dash),
``adj=on`` ("10-foot", "100-nautical-mile", "0.99-by-0.92-astronomical-unit"),
``lk=on/in/out`` (the unit names link to their articles), ``sp=us``, ``sigfig=``,
``disp=`` (or, flip, sqbr, comma, br, output only), ``order=flip`` (the converted
value first, spelled out), ``abbr=values``, ``sing=on`` (the old name of ``adj=on``), the
feet-and-inches / stone-and-pounds outputs ``ftin`` and ``stlb``, and an input in two
units when the call gives the precision ("6|ft|4|in|cm|0": "6 feet 4 inches (193 cm)").
The unit table is :mod:`wikiconv.templates.units_table`.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal

from wikiconv.ast import Inline, LineBreak, Link, Subscript, Superscript, Text
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler
from wikiconv.templates.units_table import RANGES, UNITS, RangeWord, Unit, lookup

__all__ = ["UNITS", "Unit", "convert_value", "default_precision", "format_number", "lookup"]

NBSP = "\u00a0"
MINUS = "\u2212"  # the minus sign Wikipedia shows, not a hyphen
SIGNS = "-\u2212"

_NUMBER = re.compile("[+" + SIGNS + r"]?(?:\d[\d,]*)?(?:\.\d+)?(?:[eE][+" + SIGNS + r"]?\d+)?")
_PRECISION = re.compile("[" + SIGNS + r"]?\d+")
# Named parameters whose effect is not reproduced: such calls stay unrendered.
_UNSUPPORTED = ("round", "frac", "spell", "input", "qid", "$")
_DISPLAYS = {"", "b", "or", "flip", "sqbr", "comma", "br", "br()", "slash", "/",
             "output only", "out", "output number only", "number"}  # fmt: skip


def _is_number(text: str) -> bool:
    return bool(_NUMBER.fullmatch(text)) and any(c.isdigit() for c in text)


def _number(text: str) -> float:
    return float(text.replace(",", "").replace(MINUS, "-"))


def convert_value(value: float, source: Unit, target: Unit, change: bool = False) -> float:
    """``value`` in ``source`` units, in ``target`` units (a ``change`` has no offset)."""
    if source.inverse:
        base = source.scale / value
    else:
        base = (value + (0.0 if change else source.offset)) * source.scale
    if target.inverse:
        return target.scale / base
    return base / target.scale - (0.0 if change else target.offset)


def default_precision(text: str, value: float, result: float, source: Unit, target: Unit) -> int:
    """Module:Convert's default_precision: the input's decimals, adjusted by the ratio."""
    fudge = 1e-14
    mantissa, _, exponent = text.lower().partition("e")
    integer, dot, decimals = mantissa.lstrip("+" + SIGNS).partition(".")
    if dot:
        precision = len(decimals)
    else:  # trailing zeros of an integer are not significant: 1200 is precise to 100
        precision = -(len(integer) - len(integer.rstrip("0"))) if integer.strip("0") else 0
    if exponent:
        precision -= int(exponent.replace(MINUS, "-"))
    if source.kind == "temperature":
        kelvin = abs((value + source.offset) * source.scale)
        minimum = 2 if kelvin < 1e-8 else 2 - math.floor(math.log10(kelvin) + fudge)
        return max(precision, minimum)
    if value == 0 or result == 0:
        return 0
    result = abs(result)
    adjust = math.log10(abs(value) / result) + math.log10(2)
    minimum = 1 - math.floor(math.log10(result) + fudge)  # at least two significant figures
    return max(math.floor(precision + adjust), minimum)


def format_number(value: float, precision: int, commas: bool = True) -> str:
    """``value`` rounded half up to ``precision`` decimals, with thousands separators."""
    quantum = Decimal(1).scaleb(-precision)
    rounded = Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    if precision < 0:
        rounded = rounded.quantize(Decimal(1))
    text = f"{abs(rounded):{',' if commas else ''}.{max(precision, 0)}f}"
    return (MINUS if rounded < 0 else "") + text


def _shown_input(text: str, commas: bool) -> list[Inline]:
    """The input number as the page shows it: separators added, a real minus sign,
    an exponent as a multiplication sign, "10" and a superscript."""
    sign = MINUS if text[:1] in SIGNS else ("+" if text[:1] == "+" else "")
    mantissa, e, exponent = text.lstrip("+" + SIGNS).replace(",", "").lower().partition("e")
    integer, dot, decimals = mantissa.partition(".")
    if integer.isdigit() and commas:
        integer = f"{int(integer):,}"
    shown = sign + integer + dot + decimals
    if not e:
        return [Text(shown)]
    power = exponent.lstrip("+").replace("-", MINUS)
    return [Text(shown + "\u00d710"), Superscript((Text(power),))]


def _symbol_nodes(symbol: str) -> list[Inline]:
    """A symbol's nodes: "^2" is a superscript, "_{…}" a subscript."""
    out: list[Inline] = []
    position = 0
    for mark in re.finditer("\\^([" + SIGNS + r"]?\d+)|_\{([^}]*)\}", symbol):
        if mark.start() > position:
            out.append(Text(symbol[position : mark.start()]))
        if mark.group(1) is not None:
            out.append(Superscript((Text(mark.group(1).replace("-", MINUS)),)))
        else:
            out.append(Subscript((Text(mark.group(2)),)))
        position = mark.end()
    if position < len(symbol):
        out.append(Text(symbol[position:]))
    return out


class _Style:
    """How one side of the conversion is written: names or symbols, links, adjective."""

    __slots__ = ("adj", "link", "name", "us", "values")

    def __init__(self, name: bool, link: bool, adj: bool, us: bool, values: bool) -> None:
        self.name = name
        self.link = link
        self.adj = adj
        self.us = us
        self.values = values

    def unit(self, unit: Unit, plural: bool) -> list[Inline]:
        """The unit's nodes, led by what separates them from the number."""
        if self.name or unit.usename:
            text = unit.spelled(plural and not self.adj, self.us)
            if self.adj:
                text = text.replace(" ", "-")
            separator = "-" if self.adj else " "
            if self.link and unit.link:
                return [Text(separator), Link(unit.link, (Text(text),))]
            return [Text(separator + text)]
        separator = "" if unit.symbol[:1] in "/\u00d7" else NBSP
        nodes = _symbol_nodes(unit.symbol)
        if self.link and unit.link:
            nodes = [Link(unit.link, tuple(nodes))]
        return [Text(separator), *nodes] if separator else nodes

    def quantity(
        self,
        numbers: list[list[Inline]],
        words: list[RangeWord],
        unit: Unit,
        first: bool,
        single: bool,
    ) -> list[Inline]:
        """Numbers joined by their range words, then the unit."""
        plural = not single
        nodes = self.unit(unit, plural)
        cross = bool(words) and words[0].cross and not (self.name or unit.usename)
        negative = any(_starts_negative(number) for number in numbers)
        out: list[Inline] = list(numbers[0])
        for word, number in zip(words, numbers[1:], strict=True):
            if self.values:
                between = word.before if first else word.after
            elif word.cross:
                between = " \u00d7 " if cross else " by "
            else:
                between = word.before if first else word.after
            if between == "\u2013" and negative:
                between = " to "  # a dash after a negative number reads "to"
            if self.adj and (self.name or unit.usename) and not self.values:
                between = between.replace(" ", "-")
            if cross:
                out.extend(nodes)
            out.append(Text(between))
            out.extend(number)
        if not self.values:
            out.extend(nodes)
        return out


def _starts_negative(nodes: list[Inline]) -> bool:
    return bool(nodes) and isinstance(nodes[0], Text) and nodes[0].text.startswith(MINUS)


def _mixed_output(
    metres: float, code: str, style: _Style, digits: int | None, commas: bool
) -> list[Inline] | None:
    """Feet and inches ("5 ft 11 in") or stone and pounds ("12 st 8 lb")."""
    big, small, per = ("ft", "in", 12) if code == "ftin" else ("st", "lb", 14)
    big_unit, small_unit = UNITS[big], UNITS[small]
    total = metres / small_unit.scale
    if total < 0:
        return None
    places = max(digits or 0, 0)
    rounded = Decimal(repr(total)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    whole, rest = divmod(rounded, per)
    big_count = int(whole)
    rest_text = f"{rest:.{places}f}"
    joiner = "-" if style.adj and style.name else " "
    out: list[Inline] = []
    for count, unit in ((f"{big_count:,}" if commas else str(big_count), big_unit),
                        (rest_text, small_unit)):  # fmt: skip
        if style.values:
            out.append(Text((" " if out else "") + count))
            continue
        out.extend((Text((joiner if out else "") + count), *style.unit(unit, count != "1")))
    return out


def _targets(codes: str, source: Unit) -> list[str] | None:
    """The output codes: one code (which may hold a space) or several."""
    if lookup(codes) is not None:
        return [codes]
    words = codes.split()
    split: list[str] = []
    while words:  # a code may hold a space ("L/100 km mpgus")
        if len(words) > 1 and lookup(f"{words[0]} {words[1]}") is not None:
            split.append(f"{words.pop(0)} {words.pop(0)}")
        else:
            split.append(words.pop(0))
    if not split:
        return None
    if any(code in {"ftin", "stlb"} for code in split):
        return split if len(split) == 1 else None
    return split


def _kind_ok(source: Unit, target: Unit) -> bool:
    return source.kind == target.kind


@handler("convert", "cvt")
def convert(call: TemplateCall, ctx: HandlerContext) -> Output:
    if any(call.has(key) for key in _UNSUPPORTED):
        return None
    args = call.positional_texts()
    values: list[str] = []
    words: list[RangeWord] = []
    while args and _is_number(args[0]):
        values.append(args.pop(0))
        if len(args) > 1 and args[0] in RANGES and _is_number(args[1]):
            words.append(RANGES[args.pop(0)])
        else:
            break
    if not values or len(values) != len(words) + 1 or not args:
        return None
    source = lookup(args.pop(0))
    if source is None:
        return None
    other = lookup(args[1]) if len(args) > 1 and _is_number(args[0]) else None
    if other is not None and other.kind == source.kind:
        if words:
            return None
        # "6|ft|4|in": an input in two units.
        second = args.pop(0)
        args.pop(0)
        return _two_units(call, (values[0], source), (second, other), args)
    named_out = bool(args and args[0] and not _PRECISION.fullmatch(args[0]))
    codes = _targets(args.pop(0) if named_out else source.default, source)
    if codes is None:
        return None
    if args and not args[0]:
        args.pop(0)
    given = args[0].replace(MINUS, "-") if args and _PRECISION.fullmatch(args[0]) else ""
    # adj=mid: the next positional text goes between the input and the conversion
    # ("100-foot-tall (30 m)").
    rest = args[1:] if given else args
    mid = rest[0] if call.text("adj").lower() == "mid" and rest else ""
    return _render(call, values, words, source, codes, given, mid)


def _render(
    call: TemplateCall,
    values: list[str],
    words: list[RangeWord],
    source: Unit,
    codes: list[str],
    given: str,
    mid: str = "",
) -> Output:
    abbr = call.text("abbr").lower()
    if not abbr or abbr not in {"on", "off", "in", "out", "values"}:
        abbr = "on" if (call.name == "Cvt" or source.short) else "out"
    disp = call.text("disp").lower()
    flip = disp == "flip" or call.text("order").lower() == "flip"
    if disp not in _DISPLAYS:
        return None
    # sing=on is the old name of adj=on.
    adj_text = call.text("adj").lower() or call.text("sing").lower()
    if adj_text not in {"", "on", "yes", "y", "off", "no", "n", "mid"}:
        return None
    if adj_text == "mid" and (not mid.startswith("-") or abbr in {"off", "in"} or flip):
        return None  # only the documented "-long" form, with an abbreviated output
    adj = adj_text in {"on", "yes", "y", "mid"}
    us = call.text("sp").lower() == "us"
    commas = call.text("comma").lower() != "off"
    lk = call.text("lk").lower()
    link_in, link_out = lk in {"on", "in", "yes"}, lk in {"on", "out", "yes"}
    values_only = abbr == "values"
    input_named = abbr in {"off", "out"} and not (flip and abbr == "out")
    output_named = abbr in {"off", "in"} or (flip and abbr == "out")
    in_style = _Style(input_named, link_in, adj, us, values_only)
    out_style = _Style(output_named, link_out, adj, us, values_only)

    if disp in {"output number only", "number"}:
        out_style.values = True
    numbers = [_number(v) for v in values]
    one = len(values) == 1 and numbers[0] == 1
    first = in_style.quantity(
        [_shown_input(v, commas) for v in values], words, source, not flip, one
    )
    outputs: list[list[Inline]] = []
    for code in codes:
        if code in {"ftin", "stlb"}:
            kind = "length" if code == "ftin" else "mass"
            if source.kind != kind or len(values) != 1 or source.offset:
                return None
            metres = convert_value(numbers[0], source, UNITS["m" if kind == "length" else "kg"])
            digits = int(given) if given else None
            mixed = _mixed_output(metres, code, out_style, digits, commas)
            if mixed is None:
                return None
            outputs.append(mixed)
            continue
        target = lookup(code)
        if target is None or not _kind_ok(source, target):
            return None
        shown = _converted(call, values, numbers, words, source, target, given, commas)
        if shown is None:
            return None
        one = len(shown) == 1 and shown[0] == "1"
        outputs.append(out_style.quantity([[Text(s)] for s in shown], words, target, flip, one))
    if mid:
        first = [*first, Text(mid)]
    if flip:
        if len(outputs) != 1:
            return None
        # The converted value comes first; the range words follow their position.
        first, outputs = outputs[0], [first]
    joined: list[Inline] = []
    for index, part in enumerate(outputs):
        joined.extend([Text("; ")] if index else [])
        joined.extend(part)
    return _arrange(disp, first, joined)


def _two_units(
    call: TemplateCall, big: tuple[str, Unit], small: tuple[str, Unit], args: list[str]
) -> Output:
    """ "6 feet 4 inches (193 cm)": an input in two units, converted to the outputs.

    Only with an explicit precision (or ``sigfig=``): Module:Convert's default
    rounding of such inputs is not reproduced.
    """
    (big_text, big_unit), (small_text, small_unit) = big, small
    if not _is_number(small_text) or big_unit.offset or small_unit.offset:
        return None
    if not args or not args[0] or _PRECISION.fullmatch(args[0]):
        return None  # the output unit must be named
    codes = _targets(args.pop(0), big_unit)
    given = args[0].replace(MINUS, "-") if args and _PRECISION.fullmatch(args[0]) else ""
    sigfig = call.text("sigfig")
    if codes is None or not (given or sigfig.isdigit()):
        return None
    disp = call.text("disp").lower()
    if call.text("adj") or call.text("sing") or call.text("order") or disp not in _DISPLAYS:
        return None  # no adjective or flipped forms of such inputs here
    if disp in {"flip", "output number only", "number"}:
        return None
    abbr = call.text("abbr").lower()
    if abbr not in {"", "on", "off", "in", "out"}:
        return None
    abbr = abbr or ("on" if call.name == "Cvt" else "out")
    us = call.text("sp").lower() == "us"
    commas = call.text("comma").lower() != "off"
    lk = call.text("lk").lower()
    in_style = _Style(abbr in {"off", "out"}, lk in {"on", "in", "yes"}, False, us, False)
    out_style = _Style(abbr in {"off", "in"}, lk in {"on", "out", "yes"}, False, us, False)
    first: list[Inline] = []
    for text, unit in ((big_text, big_unit), (small_text, small_unit)):
        if first:
            first.append(Text(" "))
        first.extend(in_style.quantity([_shown_input(text, commas)], [], unit, True,
                                       _number(text) == 1))  # fmt: skip
    total = _number(big_text) * big_unit.scale + _number(small_text) * small_unit.scale
    outputs: list[Inline] = []
    for code in codes:
        target = lookup(code)
        if target is None or target.kind != big_unit.kind or target.offset or target.inverse:
            return None
        result = total / target.scale
        if given:
            places = int(given)
        else:
            places = int(sigfig) - 1 - math.floor(math.log10(abs(result))) if result else 0
        shown = format_number(result, places, commas)
        if outputs:
            outputs.append(Text("; "))
        outputs.extend(out_style.quantity([[Text(shown)]], [], target, False, shown == "1"))
    return _arrange(disp, first, outputs)


def _converted(
    call: TemplateCall,
    texts: list[str],
    numbers: list[float],
    words: list[RangeWord],
    source: Unit,
    target: Unit,
    given: str,
    commas: bool,
) -> list[str] | None:
    """The converted values as shown."""
    changes = [False] + [word.change for word in words]
    try:
        results = [
            convert_value(n, source, target, change)
            for n, change in zip(numbers, changes, strict=True)
        ]
    except ZeroDivisionError:
        return None
    sigfig = call.text("sigfig")
    shown: list[str] = []
    if given:
        digits = [int(given)] * len(results)
    elif sigfig:
        if not sigfig.isdigit() or int(sigfig) < 1:
            return None
        digits = [int(sigfig) - 1 - math.floor(math.log10(abs(r))) if r else 0 for r in results]
    else:
        # A range is rounded alike, to the finest precision any of its values asks for.
        finest = max(
            default_precision(t.replace(",", ""), n, r, source, target)
            for t, n, r in zip(texts, numbers, results, strict=True)
        )
        digits = [finest] * len(results)
    for result, places in zip(results, digits, strict=True):
        shown.append(format_number(result, places, commas))
    return shown


def _arrange(disp: str, first: list[Inline], second: list[Inline]) -> Output:
    if disp == "or":
        return (*first, Text(" or "), *second)
    if disp in {"output only", "out"}:
        return tuple(second)
    if disp in {"output number only", "number"}:
        return tuple(second)
    if disp == "sqbr":
        return (*first, Text(" ["), *second, Text("]"))
    if disp == "comma":
        return (*first, Text(", "), *second)
    if disp == "br":
        return (*first, LineBreak(), *second)
    if disp == "br()":
        return (*first, LineBreak(), Text("("), *second, Text(")"))
    if disp in {"slash", "/"}:
        return (*first, Text(" / "), *second)
    return (*first, Text(" ("), *second, Text(")"))
