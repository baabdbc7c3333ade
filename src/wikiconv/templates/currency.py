"""Money: the currency-sign templates (``{{£|…}}``, ``{{AUD|…}}``…) and ``{{currency}}``.

- The sign templates share one form on English Wikipedia: the currency's sign, then the
  amount with its digits grouped as ``formatnum`` groups them, no space between:
  ``{{£|1000}}`` "£1,000", ``{{AUD|123.45}}`` "A$123.45", ``{{₹|5000}}`` "₹5,000".
  ``link=yes`` links the sign to the currency's article; ``{{USD|5|long=no}}`` drops
  "US" ("$5"). A year after the amount adds a value adjusted for inflation from data
  kept on Wikipedia, which is not here: such calls stay unrendered.
- ``{{currency|1000|GBP}}`` "£1,000" (Module:Currency): the sign linked unless
  ``linked=no``, the amount read as a number ("2.5 million" is 2,500,000) and grouped;
  US dollars when no code is given. The long form (``first=``), other groupings than
  commas or none, and codes outside the common ones stay unrendered.
- An amount holding markup (``{{US$|[[List of X|2 billion]]}}``) follows the sign as
  written, ungrouped.
"""

from __future__ import annotations

import re

from wikiconv.ast import Inline, Link, Text
from wikiconv.templates.parser_args import expanded, unrendered
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler

__all__: list[str] = []

MINUS = "\u2212"

# Template names: the sign and the currency's article.
_SIGNS: dict[tuple[str, ...], tuple[str, str]] = {
    ("US$", "USD"): ("US$", "United States dollar"),
    ("£", "GBP"): ("£", "Pound sterling"),
    ("€", "Euro"): ("€", "Euro"),
    ("¥", "JPY", "Yen"): ("¥", "Japanese yen"),
    ("₹", "INR", "Indian Rupee", "Indian rupee"): ("₹", "Indian rupee"),
    ("AUD", "A$", "AU$"): ("A$", "Australian dollar"),
    ("CAD", "CA$"): ("CA$", "Canadian dollar"),
    ("NZD", "NZ$"): ("NZ$", "New Zealand dollar"),
    ("HKD", "HK$"): ("HK$", "Hong Kong dollar"),
    ("SGD", "S$"): ("S$", "Singapore dollar"),
    ("CNY", "CN¥"): ("CN¥", "Renminbi"),
    ("BRL", "R$"): ("R$", "Brazilian real"),
    ("ZAR",): ("R", "South African rand"),
    ("₱", "Philippine peso"): ("₱", "Philippine peso"),
    ("₩", "SK won"): ("₩", "South Korean won"),
}
_SIGN_OF = {name: sign for names, sign in _SIGNS.items() for name in names}


def formatnum(text: str) -> str:
    """``{{formatnum:…}}`` of a text: the whole part of every number in it grouped."""

    def group(found: re.Match[str]) -> str:
        whole, fraction = found.group(1), found.group(2) or ""
        return f"{int(whole):,}{fraction}" if len(whole) > 3 else found.group()

    return re.sub(r"(?<![\d.])(\d+)(\.\d+)?", group, text)


def _amount(call: TemplateCall, key: int | str) -> str | None:
    """The amount as text (calls inside it expanded), or None when it holds markup."""
    value = call.arg(key)
    if unrendered(value):
        return None
    flat = expanded(value)
    if not all(isinstance(node, Text) for node in flat):
        return None
    return "".join(node.text for node in flat if isinstance(node, Text)).strip()


@handler(*_SIGN_OF)
def currency_sign(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{AUD|123.45}}: "A$123.45". The second value (or year=) asks for inflation.
    if call.text(2) or call.text("year"):
        return None
    if unrendered(call.arg(1)):
        return None
    amount = _amount(call, 1)
    shown: tuple[Inline, ...] = (Text(formatnum(amount)),) if amount else ()
    if amount is None:  # markup in the amount: shown as written
        shown = call.arg(1)
    sign, article = _SIGN_OF.get(call.name, _SIGN_OF["USD"])
    if sign == "US$" and call.text("long").lower() == "no":
        sign = "$"
    mark: Inline = Link(article, (Text(sign),)) if call.flag("link") else Text(sign)
    return (mark, *shown)


# ------------------------------------------------------------------ {{currency}}

# ISO 4217 code: the sign Module:Currency writes before the amount and its article.
_CODES = {
    "USD": ("US$", "United States dollar"),
    "EUR": ("€", "Euro"),
    "GBP": ("£", "Pound sterling"),
    "JPY": ("¥", "Japanese yen"),
    "INR": ("₹", "Indian rupee"),
    "AUD": ("A$", "Australian dollar"),
    "CAD": ("CA$", "Canadian dollar"),
    "NZD": ("NZ$", "New Zealand dollar"),
    "HKD": ("HK$", "Hong Kong dollar"),
    "SGD": ("S$", "Singapore dollar"),
    "CNY": ("CN¥", "Renminbi"),
}
# The module's other spellings of those codes.
_ALIASES = {
    "US": "USD", "USA": "USD", "U.S.": "USD", "UNITED STATES": "USD",
    "UK": "GBP", "POUND": "GBP", "POUND STERLING": "GBP", "STERLING": "GBP",
    "STG": "GBP", "EU": "EUR", "EURO": "EUR", "RMB": "CNY",
}  # fmt: skip
_QUANTIFIERS = {"thousand": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "b": 1e9,
                "trillion": 1e12}  # fmt: skip
_GROUPED = re.compile(r"[-\u2212]?\d{1,3}(?:,\d{3})+(?:\.\d*)?|[-\u2212]?[\d.]+")


@handler("Currency")
def currency(call: TemplateCall, ctx: HandlerContext) -> Output:
    text = _amount(call, 1) if call.text(1) else _amount(call, "amount")
    code = call.first_text(2, "code", "type", "Type", default="USD").upper()
    code = _ALIASES.get(code, code)
    fmt = call.text("fmt") or "commas"
    if not text or code not in _CODES or call.text("first") or fmt not in ("commas", "none"):
        return None
    if call.text("passthrough") == "yes":
        shown = text
    else:
        value = _number(text)
        if value is None:
            return None
        shown = formatnum(f"{abs(value):.14G}")
        if "E" in shown:
            return None
        shown = (MINUS if value < 0 else "") + shown
    if fmt == "none":
        shown = shown.replace(",", "")
    sign, article = _CODES[code]
    mark: Inline = Text(sign) if call.text("linked") == "no" else Link(article, (Text(sign),))
    return (mark, Text(shown))


def _number(text: str) -> float | None:
    """The amount as Module:Currency reads it: "1,234.5", "2.5 million"; else None."""
    found = re.fullmatch(r"([-\u2212]?[\d.,]+)\s*([A-Za-z]+)", text)
    if found is not None and found.group(2).lower() in _QUANTIFIERS:
        number = found.group(1).replace(",", "")
        scale = _QUANTIFIERS[found.group(2).lower()]
    else:
        number, scale = text, 1.0
        if not _GROUPED.fullmatch(text):
            return None
        number = number.replace(",", "")
    number = number.replace(MINUS, "-")
    if number.count(".") > 1 or not re.fullmatch(r"-?(?:\d+\.?\d*|\.\d+)", number):
        return None
    return float(number) * scale
