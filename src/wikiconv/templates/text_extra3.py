"""Prices: ``{{Inflation}}``, ``{{Inflation/year}}`` and ``{{Format price}}``.

- ``{{Inflation|US|1000|1900}}``: the value times the index of the end year over the
  index of the start year, rounded half away from zero to ``r`` decimals (default 0; a
  negative ``r`` rounds to tens, hundreds…; a positive one keeps trailing zeros), with
  commas for ``fmt=c`` and none otherwise. The end year (fourth value or ``end_year``)
  defaults to the last year of the data. Only the US consumer price index is known
  (:mod:`.inflation_data`: the Minneapolis Fed's table Wikipedia copies, 1800 to 2024).
  Other indexes, ``fmt=eq``, a start year equal to the end year, and a result within a
  hair of a rounding boundary (where the template's floating point could go either
  way) stay unrendered.
- ``{{Inflation/year|US}}`` (``{{Inflation-year|US}}``): that last year, "2024".
- ``{{Format price|5401975}}``: from a thousand up, three significant digits and the
  word for the power of a thousand, trailing zeros dropped ("5.4 million",
  "1.23 thousand", "1 million"); below, the value rounded to the second value's digits
  (default 2), shown with two decimals ("456.80") or, for zero or fewer, none ("457").
"""

from __future__ import annotations

import re
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Context, Decimal, InvalidOperation

from wikiconv.ast import Template, Text
from wikiconv.templates.inflation_data import US_CPI, US_CPI_LAST_YEAR
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler
from wikiconv.templates.tables_common import group_digits
from wikiconv.walk import iter_nodes

__all__: list[str] = []

_EXACT = Context(prec=60)
_NUMBER = re.compile(r"\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?")
_YEAR = re.compile(r"\d{3,4}")
# How near a rounding boundary a result may come before double-precision arithmetic,
# which the template uses, could round it the other way.
_MARGIN = Decimal("1e-9")


@handler("Inflation")
def inflation(call: TemplateCall, ctx: HandlerContext) -> Output:
    index = call.first_text("index", 1)
    value = _number(call.first_text("value", 2).replace(",", ""))
    start, end = call.first_text("start_year", 3), call.first_text("end_year", 4)
    digits, fmt = call.text("r", "0"), call.text("fmt").lower()
    if index != "US" or value is None or _unrendered(call) or fmt not in ("", "c"):
        return None
    if not _YEAR.fullmatch(start) or (end and not _YEAR.fullmatch(end)):
        return None
    first, last = int(start), int(end) if end else US_CPI_LAST_YEAR
    if first not in US_CPI or last not in US_CPI or first >= last:
        return None
    if not re.fullmatch(r"-?\d{1,2}", digits):
        return None
    result = _EXACT.divide(_EXACT.multiply(value, Decimal(US_CPI[last])), Decimal(US_CPI[first]))
    rounded = _round(result, int(digits))
    if rounded is None or rounded >= Decimal("1e15"):
        return None
    shown = f"{rounded:f}"
    if fmt == "c":
        whole, dot, decimals = shown.partition(".")
        shown = group_digits(whole) + dot + decimals
    return (Text(shown),)


@handler("Inflation/year", "Inflation-year")
def inflation_year(call: TemplateCall, ctx: HandlerContext) -> Output:
    return (Text(str(US_CPI_LAST_YEAR)),) if call.text(1) == "US" else None


_SCALES = ("thousand", "million", "billion", "trillion", "quadrillion", "quintillion",
           "sextillion", "septillion")  # fmt: skip


@handler("Format price", "Formatprice")
def format_price(call: TemplateCall, ctx: HandlerContext) -> Output:
    value = _number(call.text(1).replace(",", ""))
    digits = call.text(2, "2")
    if value is None or _unrendered(call) or not re.fullmatch(r"-?\d", digits):
        return None
    if value < 1000:
        places = int(digits)
        if places > 2:
            return None
        rounded = _round(value, places)
        if rounded is None:
            return None
        return (Text(f"{rounded:.2f}" if places > 0 else f"{rounded:f}"),)
    power = (len(str(int(value))) - 1) // 3
    if power > len(_SCALES):
        return None
    scaled = value.scaleb(-3 * power)
    places = 2 - (len(str(int(scaled))) - 1)
    rounded = _round(scaled, places)
    if rounded is None or rounded >= 1000:
        return None
    # #expr writes the number without trailing zeros: "5.4", "1".
    shown = f"{rounded:f}"
    if "." in shown:
        shown = shown.rstrip("0").rstrip(".")
    return (Text(f"{shown} {_SCALES[power - 1]}"),)


def _number(text: str) -> Decimal | None:
    if not _NUMBER.fullmatch(text):
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _round(value: Decimal, places: int) -> Decimal | None:
    """``value`` rounded half away from zero to ``places`` decimals (negative: tens,
    hundreds…), or None when it lies too near a boundary to be sure of the template's."""
    shifted = value.scaleb(places)
    fraction = shifted - shifted.to_integral_value(rounding=ROUND_FLOOR)
    if abs(fraction - Decimal("0.5")) < _MARGIN * max(Decimal(1), shifted):
        return None
    whole = shifted.to_integral_value(rounding=ROUND_HALF_UP)
    rounded = whole.scaleb(-places)
    return rounded.quantize(Decimal(1).scaleb(-places)) if places > 0 else rounded.quantize(1)


def _unrendered(call: TemplateCall) -> bool:
    """Whether a call inside the parameters has no rendering (its text is unknown)."""
    return any(
        isinstance(node, Template) and node.rendered is None and node is not call.template
        for node in iter_nodes(call.template)
    )
