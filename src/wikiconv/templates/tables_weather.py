"""``{{Weather box}}``: the climate table of a place, as Module:Weather box draws it.

The table's caption is "Climate data for <location>"; its header row is "Month", the
months and "Year". Each family of parameters that has values is a row, in the
module's order (``Jan record high C`` … ``year record high C`` is the "Record high
°C (°F)" row), and the sources close the table in a row spanning every column.

- Temperatures (``C`` or ``F``), precipitation, rain and snowfall (``mm``, ``cm`` or
  ``inch``) show the other system's value in brackets, converted and rounded as the
  module rounds: a temperature to as many decimals as it was given, millimetres to
  inches with one decimal more, inches to millimetres with one less, centimetres and
  inches to each other with as many. The given unit comes first, unless ``metric
  first`` or ``imperial first`` says otherwise. ``single line`` keeps the converted
  value on the value's line; otherwise it goes on the next line of the cell.
- A missing ``year`` value is worked out from the twelve months, as the module does:
  the highest of the record highs and mean maxima, the lowest of the record lows and
  mean minima, the sum of precipitation, days and sunshine hours, the mean of the
  rest, to the most decimals the months were given with.
- Counts of days name their threshold from ``unit precipitation days`` ("Average
  precipitation days (≥ 1.0 mm)").

Colours, ``width``, ``collapsed`` and ``date`` change nothing in the text and are not
read. Wrapper templates that hold a city's data themselves (``Toronto weatherbox``)
are not handled: their data is on the wiki, not in the call.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from wikiconv.ast import Block, Inline, LineBreak, Row, Table, Text
from wikiconv.templates.registry import BlockOutput, HandlerContext, TemplateCall, block_handler
from wikiconv.templates.tables_common import (
    Number,
    cell,
    format_number,
    head,
    parse_number,
    row,
)

__all__: list[str] = []

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_COLUMNS = len(MONTHS) + 2  # the row's label, the months, the year


@dataclass(frozen=True, slots=True)
class _Family:
    """One row: its parameter key (``record high``), label, kind and year rule."""

    key: str
    label: str
    kind: str  # "temperature", "depth" (precipitation), "snow", "days" or "plain"
    year: str  # "max", "min", "sum" or "mean"


_FAMILIES = (
    _Family("maximum humidex", "Record high humidex", "plain", "max"),
    _Family("record high", "Record high", "temperature", "max"),
    _Family("avg record high", "Mean maximum", "temperature", "max"),
    _Family("high", "Mean daily maximum", "temperature", "mean"),
    _Family("mean", "Daily mean", "temperature", "mean"),
    _Family("low", "Mean daily minimum", "temperature", "mean"),
    _Family("avg record low", "Mean minimum", "temperature", "min"),
    _Family("record low", "Record low", "temperature", "min"),
    _Family("chill", "Record low wind chill", "plain", "min"),
    _Family("precipitation", "Average precipitation", "depth", "sum"),
    _Family("rain", "Average rainfall", "depth", "sum"),
    _Family("snow", "Average snowfall", "snow", "sum"),
    _Family("precipitation days", "Average precipitation days", "days", "sum"),
    _Family("rain days", "Average rainy days", "days", "sum"),
    _Family("snow days", "Average snowy days", "days", "sum"),
    _Family("humidity", "Average relative humidity (%)", "plain", "mean"),
    _Family("afthumidity", "Average afternoon relative humidity (%)", "plain", "mean"),
    _Family("dew point", "Average dew point", "temperature", "mean"),
    _Family("sun", "Mean monthly sunshine hours", "plain", "sum"),
    _Family("d sun", "Mean daily sunshine hours", "plain", "mean"),
    _Family("percentsun", "Percent possible sunshine", "plain", "mean"),
    _Family("uv", "Average ultraviolet index", "plain", "mean"),
)

_Convert = Callable[[Decimal], Decimal]


@dataclass(frozen=True, slots=True)
class _Unit:
    """A unit as a row's label names it, and its conversion to the other system's."""

    suffix: str  # in the parameter name: "C", "mm", "inch"
    label: str  # in the row's label: "°C", "mm", "inches"
    metric: bool
    other: str  # the suffix it converts to
    convert: _Convert
    decimals: int  # added to the input's decimals for the converted value


_UNITS = {
    "C": _Unit("C", "°C", True, "F", lambda c: c * 9 / 5 + 32, 0),
    "F": _Unit("F", "°F", False, "C", lambda f: (f - 32) * 5 / 9, 0),
    "mm": _Unit("mm", "mm", True, "inch", lambda mm: mm / Decimal("25.4"), 1),
    "cm": _Unit("cm", "cm", True, "inch", lambda cm: cm / Decimal("2.54"), 0),
    "inch": _Unit("inch", "inches", False, "mm", lambda inch: inch * Decimal("25.4"), -1),
    "inch-cm": _Unit("inch", "inches", False, "cm", lambda inch: inch * Decimal("2.54"), 0),
}
_SUFFIXES = {
    "temperature": ("C", "F"),
    "depth": ("mm", "cm", "inch"),
    "snow": ("cm", "mm", "inch"),
}


@block_handler("Weather box", "Weatherbox", "Climate box")
def weather_box(call: TemplateCall, ctx: HandlerContext) -> BlockOutput:
    rows: list[Row] = []
    for family in _FAMILIES:
        found = _family_row(call, family)
        if found is not None:
            rows.append(found)
    if not rows:
        return None
    location = call.arg("location")
    caption: tuple[Inline, ...] = (
        (Text("Climate data for "), *location) if location else (Text("Climate data"),)
    )
    header = row(head("Month"), *(head(month) for month in MONTHS), head("Year"))
    blocks: list[Block] = [Table((header, *rows, *_sources(call)), caption=caption)]
    return tuple(blocks)


def _family_row(call: TemplateCall, family: _Family) -> Row | None:
    if family.kind in _SUFFIXES:
        for suffix in _SUFFIXES[family.kind]:
            values = _values(call, f"{family.key} {suffix}")
            if any(values):
                return _converted_row(call, family, suffix, values)
        return None
    values = _values(call, family.key)
    if not any(values):
        return None
    label = family.label
    if family.kind == "days":
        unit = call.text(f"unit {family.key}")
        label += f" (≥ {unit})" if unit else ""
    numbers = _with_year(values, family.year)
    return row(head(label), *(cell(_shown(value, number)) for value, number in numbers))


def _values(call: TemplateCall, key: str) -> list[str]:
    """The twelve months' texts and the year's (empty where not given)."""
    return [call.text(f"{month} {key}") for month in (*MONTHS, "year")]


def _with_year(values: list[str], rule: str) -> list[tuple[str, Number | None]]:
    """Each value with its number; a missing year worked out from twelve months."""
    numbers = [parse_number(value) for value in values]
    months = numbers[:12]
    if not values[12] and all(number is not None for number in months):
        known = [number for number in months if number is not None]
        precision = max(number.precision for number in known)
        found = [number.value for number in known]
        if rule == "max":
            total = max(found)
        elif rule == "min":
            total = min(found)
        else:
            total = sum(found, Decimal(0))
            if rule == "mean":
                total /= len(found)
        numbers[12] = Number(total, precision)
        values = [*values[:12], format_number(total, precision)]
    return list(zip(values, numbers, strict=True))


def _shown(value: str, number: Number | None) -> str:
    """A value as the table shows it: a number in the wiki's format, else as written."""
    return format_number(number.value, number.precision) if number is not None else value


def _converted_row(call: TemplateCall, family: _Family, suffix: str, values: list[str]) -> Row:
    unit = _UNITS[suffix]
    if (suffix == "inch" and family.kind == "snow") or call.flag("prefer_cm", "prefer cm"):
        unit = _UNITS["inch-cm"] if suffix == "inch" else unit
    other = _UNITS[unit.other]
    given_other = _values(call, f"{family.key} {unit.other}")
    if call.flag("metric first"):
        swap = not unit.metric
    elif call.flag("imperial first"):
        swap = unit.metric
    else:
        swap = False
    first_label, second_label = (other.label, unit.label) if swap else (unit.label, other.label)
    cells = [head(f"{family.label} {first_label} ({second_label})")]
    single = call.flag("single line")
    for index, (value, number) in enumerate(_with_year(values, family.year)):
        if number is None:
            cells.append(cell(value))
            continue
        main = format_number(number.value, number.precision)
        second = _other_value(number, unit, given_other[index])
        if swap:
            main, second = second, main
        content: tuple[Inline, ...] = (
            (Text(f"{main} ({second})"),)
            if single
            else (Text(main), LineBreak(), Text(f"({second})"))
        )
        cells.append(cell(content))
    return row(*cells)


def _other_value(number: Number, unit: _Unit, given: str) -> str:
    """The value in the other system: as given beside it, else converted."""
    given_number = parse_number(given)
    if given_number is not None:
        return format_number(given_number.value, given_number.precision)
    precision = max(number.precision + unit.decimals, 0)
    return format_number(unit.convert(number.value), precision)


def _sources(call: TemplateCall) -> list[Row]:
    first = call.arg("source 1") or call.arg("source")
    second = call.arg("source 2")
    if not first and not second:
        return []
    if first and second:
        parts = [("Source 1: ", first), ("Source 2: ", second)]
    else:
        parts = [("Source: ", first or second)]
    return [row(cell((Text(label), *content), colspan=_COLUMNS)) for label, content in parts]
