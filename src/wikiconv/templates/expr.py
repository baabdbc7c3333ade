"""MediaWiki's ``#expr`` language, evaluated by hand: no ``eval``, no recursion.

An expression is read left to right in one pass with two explicit stacks (operands and
pending operators), MediaWiki's own method, so the time is linear in its length and
nesting costs no Python stack. As in MediaWiki, either stack holding more than 100
entries stops the evaluation with "Stack exhausted", which bounds memory too.

Numbers behave as in PHP, which MediaWiki's evaluator runs on: literals are floats,
``mod``, ``trunc``, comparisons and logic give integers, and the result is written as
PHP writes a number (14 significant digits, ``1.0E+20`` for large and small ones).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal, localcontext

__all__ = ["ExprError", "evaluate", "format_number", "is_true", "value_of"]

Number = int | float

_MAX_STACK = 100
_INT_MIN, _INT_MAX = -(2**63), 2**63 - 1
_WHITE = " \t\r\n"
_NUMBER_CHARS = "0123456789."
_LEADING_NUMBER = re.compile(r"\d*(?:\.\d*)?")
# MediaWiki unescapes these before reading, so "&lt;" and the minus sign work.
_UNESCAPE = (("&lt;", "<"), ("&gt;", ">"), ("&minus;", "-"), ("\u2212", "-"))

# Binding strength; binary operators of equal strength group to the left ("2^3^2" is 64).
_PRECEDENCE = {
    "neg": 10, "pos": 10, "e": 10,
    "sin": 9, "cos": 9, "tan": 9, "asin": 9, "acos": 9, "atan": 9, "exp": 9, "ln": 9,
    "abs": 9, "floor": 9, "trunc": 9, "ceil": 9, "not": 9, "sqrt": 9,
    "^": 8, "*": 7, "/": 7, "mod": 7, "fmod": 7, "+": 6, "-": 6, "round": 5,
    "=": 4, "<": 4, ">": 4, "<=": 4, ">=": 4, "<>": 4, "and": 3, "or": 2, "(": -1,
}  # fmt: skip
_UNARY_WORDS = frozenset("not sin cos tan asin acos atan exp ln abs floor trunc ceil sqrt".split())
_BINARY_WORDS = {"mod": "mod", "fmod": "fmod", "and": "and", "or": "or", "round": "round",
                 "div": "/", "e": "e"}  # fmt: skip
_SYMBOLS = {"*": "*", "/": "/", "^": "^", "=": "=", "<": "<", ">": ">"}
_PAIRS = {"<=": "<=", ">=": ">=", "<>": "<>", "!=": "<>"}
_NAMES = {"neg": "-", "pos": "+", "<>": "<>"}


class ExprError(Exception):
    """An expression MediaWiki refuses; ``str(error)`` is the message it shows."""


def evaluate(expression: str) -> str:
    """The result of ``expression`` as MediaWiki writes it ("" for an empty one)."""
    value = value_of(expression)
    return "" if value is None else format_number(value)


def is_true(expression: str) -> bool:
    """Whether ``#ifexpr`` takes ``expression`` as true: a result other than zero."""
    value = value_of(expression)
    # PHP reads "NAN" and "INF" as non-numeric, non-empty strings: true.
    return value is not None and (math.isnan(value) or value != 0)


def value_of(expression: str) -> Number | None:
    """The value of ``expression``, None when it is empty; raises :class:`ExprError`."""
    for before, after in _UNESCAPE:
        expression = expression.replace(before, after)
    operands: list[Number] = []
    operators: list[str] = []
    expecting_operand = True
    position, end = 0, len(expression)
    while position < end:
        if len(operands) > _MAX_STACK or len(operators) > _MAX_STACK:
            raise ExprError("Expression error: Stack exhausted.")
        char = expression[position]
        pair = expression[position : position + 2]
        if char in _WHITE:
            position += 1
            continue
        if char in _NUMBER_CHARS:
            if not expecting_operand:
                raise ExprError("Expression error: Unexpected number.")
            stop = position
            while stop < end and expression[stop] in _NUMBER_CHARS:
                stop += 1
            operands.append(_float(expression[position:stop]))
            position, expecting_operand = stop, False
            continue
        if char.isascii() and char.isalpha():
            stop = position
            while stop < end and expression[stop].isascii() and expression[stop].isalpha():
                stop += 1
            word = expression[position:stop].lower()
            position = stop
            if word == "e" and expecting_operand:  # Euler's number; after a value, "2e3"
                operands.append(math.e)
                expecting_operand = False
                continue
            if word == "pi":
                if not expecting_operand:
                    raise ExprError("Expression error: Unexpected number.")
                operands.append(math.pi)
                expecting_operand = False
                continue
            if word in _UNARY_WORDS:
                if not expecting_operand:
                    raise ExprError(f"Expression error: Unexpected {word} operator.")
                operators.append(word)
                continue
            if word not in _BINARY_WORDS:
                raise ExprError(f'Expression error: Unrecognized word "{word}".')
            operator, name = _BINARY_WORDS[word], word
        elif pair in _PAIRS:
            operator, name = _PAIRS[pair], pair
            position += 2
        elif char in "+-":
            position += 1
            if expecting_operand:  # a sign
                operators.append("pos" if char == "+" else "neg")
                continue
            operator = name = char
        elif char == "(":
            if not expecting_operand:
                raise ExprError("Expression error: Unexpected ( operator.")
            operators.append("(")
            position += 1
            continue
        elif char == ")":
            while operators and operators[-1] != "(":
                _apply(operators.pop(), operands)
            if not operators:
                raise ExprError("Expression error: Unexpected closing bracket.")
            operators.pop()
            position += 1
            expecting_operand = False
            continue
        elif char in _SYMBOLS:
            operator = name = _SYMBOLS[char]
            position += 1
        else:
            raise ExprError(f'Expression error: Unrecognized punctuation character "{char}".')
        if expecting_operand:
            raise ExprError(f"Expression error: Unexpected {name} operator.")
        while operators and _PRECEDENCE[operator] <= _PRECEDENCE[operators[-1]]:
            _apply(operators.pop(), operands)
        operators.append(operator)
        expecting_operand = True
    while operators:
        operator = operators.pop()
        if operator == "(":
            raise ExprError("Expression error: Unclosed bracket.")
        _apply(operator, operands)
    return operands[-1] if operands else None


def format_number(value: Number) -> str:
    """``value`` as PHP prints it: integers in full, floats to 14 significant digits."""
    if isinstance(value, int):
        return str(value)
    if math.isnan(value):
        return "NAN"
    if math.isinf(value):
        return "INF" if value > 0 else "-INF"
    sign = "-" if math.copysign(1.0, value) < 0 else ""
    if value == 0:
        return sign + "0"
    mantissa, exponent = f"{abs(value):.13e}".split("e")
    digits = mantissa.replace(".", "").rstrip("0")
    point = int(exponent) + 1  # where the decimal point falls in ``digits``
    if point < -3 or point > 14:
        power = point - 1
        tail = digits[1:] or "0"
        return f"{sign}{digits[0]}.{tail}E{'-' if power < 0 else '+'}{abs(power)}"
    if point <= 0:
        return f"{sign}0.{'0' * -point}{digits}"
    whole, fraction = digits[:point].ljust(point, "0"), digits[point:]
    return f"{sign}{whole}.{fraction}" if fraction else sign + whole


# --------------------------------------------------------------------------- operations


def _apply(operator: str, stack: list[Number]) -> None:
    """Replace the operands of ``operator`` on top of ``stack`` by its result."""
    unary = _UNARY.get(operator)
    arity = 1 if unary is not None else 2
    if len(stack) < arity:
        raise ExprError(f"Expression error: Missing operand for {_NAMES.get(operator, operator)}.")
    if unary is not None:
        stack.append(unary(stack.pop()))
        return
    right = stack.pop()
    left = stack.pop()
    stack.append(_BINARY[operator](left, right))


def _float(text: str) -> float:
    # PHP's (float) reads the longest number at the start: "1.2.3" is 1.2, "." is 0.
    match = _LEADING_NUMBER.match(text)
    number = match.group() if match else ""
    return float(number) if number.strip(".") else 0.0


def _int(value: Number) -> int:
    """PHP's (int): toward zero; NaN and infinities give 0, large values wrap."""
    if isinstance(value, int):
        return value
    if not math.isfinite(value):
        return 0
    wrapped = int(value) % 2**64
    return wrapped - 2**64 if wrapped > _INT_MAX else wrapped


def _whole(value: int) -> Number:
    # PHP integers overflow into floats.
    return value if _INT_MIN <= value <= _INT_MAX else float(value)


def _bool(value: bool) -> int:
    return 1 if value else 0


def _true(value: Number) -> bool:
    return math.isnan(value) or value != 0


def _add(left: Number, right: Number) -> Number:
    if isinstance(left, int) and isinstance(right, int):
        return _whole(left + right)
    return float(left) + float(right)


def _subtract(left: Number, right: Number) -> Number:
    if isinstance(left, int) and isinstance(right, int):
        return _whole(left - right)
    return float(left) - float(right)


def _multiply(left: Number, right: Number) -> Number:
    if isinstance(left, int) and isinstance(right, int):
        return _whole(left * right)
    return float(left) * float(right)


def _divide(left: Number, right: Number) -> Number:
    if not _true(right):
        raise ExprError("Division by zero.")
    if isinstance(left, int) and isinstance(right, int) and left % right == 0:
        return _whole(left // right)
    return float(left) / float(right)


def _modulo(left: Number, right: Number) -> Number:
    dividend, divisor = _int(left), _int(right)
    if divisor == 0:
        raise ExprError("Division by zero.")
    remainder = abs(dividend) % abs(divisor)  # PHP's % takes the dividend's sign
    return -remainder if dividend < 0 else remainder


def _float_modulo(left: Number, right: Number) -> Number:
    if not _true(right):
        raise ExprError("Division by zero.")
    return math.fmod(float(left), float(right))


def _power(left: Number, right: Number) -> Number:
    # Integers stay integers while the result fits (PHP's int ** int).
    exact = isinstance(left, int) and isinstance(right, int) and right >= 0
    if exact and (abs(left) < 2 or right * math.log2(abs(left)) < 64):
        return _whole(int(left) ** int(right))
    base, exponent = float(left), float(right)
    try:
        return math.pow(base, exponent)
    except OverflowError:
        odd = exponent.is_integer() and exponent % 2 == 1
        return -math.inf if base < 0 and odd else math.inf
    except ValueError:  # 0 to a negative power is infinite in PHP; (-8)^(1/3) is NaN
        return math.inf if base == 0 else math.nan


def _scientific(left: Number, right: Number) -> Number:
    return _multiply(left, _power(10, right))


def _round(left: Number, right: Number) -> Number:
    places = _int(right)
    value = float(left)
    if not math.isfinite(value) or places > 400:
        return value
    if places < -400:
        return math.copysign(0.0, value)
    # Half away from zero on the shortest decimal spelling, as PHP rounds 1.955 to 1.96.
    with localcontext() as context:
        context.prec = 900
        exact = Decimal(repr(value)).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
    return float(exact)


def _ln(value: Number) -> Number:
    if value <= 0:
        raise ExprError("Invalid argument for ln: <= 0.")
    return math.log(value)


def _arc(function: Callable[[float], float], name: str) -> Callable[[Number], Number]:
    def arc(value: Number) -> Number:
        if value < -1 or value > 1:
            raise ExprError(f"Invalid argument for {name}: < -1 or > 1.")
        return function(value)

    return arc


def _exp(value: Number) -> Number:
    try:
        return math.exp(value)
    except OverflowError:
        return math.inf


def _sqrt(value: Number) -> Number:
    if math.isnan(value) or value < 0:
        raise ExprError("In sqrt: result is not a number.")
    return math.sqrt(value)


def _rounding(function: Callable[[float], int]) -> Callable[[Number], Number]:
    # PHP's floor and ceil return floats, even of integers.
    def rounding(value: Number) -> Number:
        return float(function(value)) if math.isfinite(value) else float(value)

    return rounding


def _periodic(function: Callable[[float], float]) -> Callable[[Number], Number]:
    # PHP gives NaN for the sine of an infinity, where Python raises.
    def periodic(value: Number) -> Number:
        return function(value) if not math.isinf(value) else math.nan

    return periodic


def _negate(value: Number) -> Number:
    return _whole(-value) if isinstance(value, int) else -value


_UNARY: dict[str, Callable[[Number], Number]] = {
    "neg": _negate,
    "pos": lambda value: value,
    "not": lambda value: _bool(not _true(value)),
    "sin": _periodic(math.sin),
    "cos": _periodic(math.cos),
    "tan": _periodic(math.tan),
    "asin": _arc(math.asin, "asin"),
    "acos": _arc(math.acos, "acos"),
    "atan": math.atan,
    "exp": _exp,
    "ln": _ln,
    "abs": lambda value: _whole(abs(value)) if isinstance(value, int) else abs(value),
    "floor": _rounding(math.floor),
    "ceil": _rounding(math.ceil),
    "trunc": _int,
    "sqrt": _sqrt,
}
_BINARY: dict[str, Callable[[Number, Number], Number]] = {
    "+": _add,
    "-": _subtract,
    "*": _multiply,
    "/": _divide,
    "mod": _modulo,
    "fmod": _float_modulo,
    "^": _power,
    "e": _scientific,
    "round": _round,
    "=": lambda left, right: _bool(left == right),
    "<>": lambda left, right: _bool(left != right),
    "<": lambda left, right: _bool(left < right),
    ">": lambda left, right: _bool(left > right),
    "<=": lambda left, right: _bool(left <= right),
    ">=": lambda left, right: _bool(left >= right),
    "and": lambda left, right: _bool(_true(left) and _true(right)),
    "or": lambda left, right: _bool(_true(left) or _true(right)),
}
