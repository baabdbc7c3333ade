"""What the table-making handlers share: cells and rows, and numbers as the wiki shows them.

The block handlers of :mod:`wikiconv.templates.tables` build :class:`~wikiconv.ast.Table`
nodes; these helpers keep that short. Numbers are read from the text of a parameter
(``1,692``, ``-16``, ``-2.6``, with a hyphen or a minus sign) as Decimal, so sums and
averages are exact, and written as MediaWiki's ``formatnum`` writes them in English:
thousands grouped with commas and a minus sign (U+2212) for negatives.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from wikiconv.ast import Cell, Inline, Plain, Row, Text

__all__ = [
    "MINUS",
    "Number",
    "cell",
    "format_number",
    "group_digits",
    "head",
    "parse_number",
    "row",
]

MINUS = "\u2212"
_NUMBER = re.compile(r"([+\-\u2212\u2013]?)(\d[\d,]*|\d*(?=\.\d))(?:\.(\d+))?")


class Number:
    """A number read from a parameter, with the decimals it was written with."""

    __slots__ = ("precision", "value")

    def __init__(self, value: Decimal, precision: int) -> None:
        self.value = value
        self.precision = precision

    def __repr__(self) -> str:
        return f"Number({self.value}, {self.precision})"


def parse_number(text: str) -> Number | None:
    """The number a parameter holds (``1,692``, ``-16``, ``.5``; a minus sign or an en
    dash may stand for the hyphen), or None."""
    match = _NUMBER.fullmatch(text.strip())
    if match is None or not (match.group(2) or match.group(3)):
        return None
    sign, whole, decimals = match.group(1), match.group(2).replace(",", ""), match.group(3)
    try:
        value = Decimal(f"{'-' if sign and sign != '+' else ''}{whole or '0'}.{decimals or '0'}")
    except InvalidOperation:
        return None
    return Number(value, len(decimals or ""))


def format_number(value: Decimal, precision: int, group: bool = True) -> str:
    """``value`` rounded (half away from zero) to ``precision`` decimals, as shown:
    digits grouped by commas (unless ``group`` is off), a minus sign for negatives."""
    quantum = Decimal(1).scaleb(-max(precision, 0))
    rounded = value.quantize(quantum, rounding=ROUND_HALF_UP)
    text = f"{abs(rounded):f}"
    whole, dot, decimals = text.partition(".")
    if group:
        whole = group_digits(whole)
    sign = MINUS if rounded.is_signed() else ""
    return f"{sign}{whole}{dot}{decimals}"


def group_digits(digits: str) -> str:
    """``1234567`` → ``1,234,567``: a run of digits as ``formatnum`` shows it."""
    if not digits.isdigit():
        return digits
    head_len = len(digits) % 3 or 3
    parts = [digits[:head_len]] + [
        digits[index : index + 3] for index in range(head_len, len(digits), 3)
    ]
    return ",".join(parts)


def cell(content: Iterable[Inline] | str = (), header: bool = False, colspan: int = 1) -> Cell:
    """A cell holding inline content (a string is one Text); empty content, no blocks."""
    nodes = (Text(content),) if isinstance(content, str) else tuple(content)
    nodes = tuple(node for node in nodes if not (isinstance(node, Text) and not node.text))
    return Cell((Plain(nodes),) if nodes else (), header=header, colspan=colspan)


def head(content: Iterable[Inline] | str = (), colspan: int = 1) -> Cell:
    """A header cell (``!``)."""
    return cell(content, header=True, colspan=colspan)


def row(*cells: Cell) -> Row:
    return Row(tuple(cells))
