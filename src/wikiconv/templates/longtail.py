"""The long tail of English Wikipedia's templates: marks, numbers, notes and layout.

- Marks around text: ``{{angbr|a}}`` "⟨a⟩" (a letter as a written unit), ``{{' "}}``
  (a single quote closing inside a double one), ``{{vanchor|text|anchor}}`` and
  ``{{center|text}}`` show their text.
- Numbers: ``{{nts|1234.5}}`` (number table sorting) shows "1,234.5", with thousands
  separators and a true minus sign, its hidden sort key left out; ``{{ntsh|…}}`` shows
  nothing. ``{{e|5}}`` shows a multiplication sign, "10" and a raised "5"
  (``{{10^|5}}`` without the sign); an exponent that is a number gets a true minus
  sign. ``{{bartable|62|%|…}}`` draws a bar (not text) beside "62%".
- Inline notes: ``{{where}}`` "[where?]", ``{{disputed inline}}`` "[disputed - discuss]"
  (an en dash),
  raised and in italics as the other inline tags are; ``{{broader|Mean}}`` "For broader
  coverage of this topic, see Mean."
- Nothing in the text: column layout (``{{colbegin}}``, ``{{col-2-of-5}}``…),
  sister-project and research boxes, navigation boxes known by name.

Nuclides, identifiers and fixed citations are in :mod:`wikiconv.templates.longtail2`.
"""

from __future__ import annotations

import re

from wikiconv.ast import Italic, Link, Superscript, Text

# Importing the module registers the rest of the family.
from wikiconv.templates import longtail2 as longtail2
from wikiconv.templates.registry import BUILTIN, HandlerContext, Output, TemplateCall, handler
from wikiconv.templates.text_blocks import div_col

__all__: list[str] = []

MINUS = "\u2212"
TIMES = "\u00d7"

# ---------------------------------------------------------------------------- marks


@handler("Angbr", "Angle bracket")
def angle_brackets(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{angbr|a}}: "⟨a⟩", mathematical angle brackets around a grapheme.
    text = call.arg(1)
    return (Text("\u27e8"), *text, Text("\u27e9")) if text else None


@handler("Vanchor", "Visible anchor")
def visible_anchor(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{vanchor|10|el10}}: the text, with anchors (not shown) for links to it.
    return call.arg("text") or call.arg(1) or None


@handler("Vr")
def vr(call: TemplateCall, ctx: HandlerContext) -> Output:
    return call.arg(1) or None


@handler("Center", "Centre")
def center(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{center|text}}: the text, centred (a layout the text does not keep).
    return call.arg(1) or None


@handler("' \"")
def single_double_quote(call: TemplateCall, ctx: HandlerContext) -> Output:
    # Closes a quotation inside a quotation: ' then ", set a little apart by style.
    return (Text("'\""),)


@handler("\" '")
def double_single_quote(call: TemplateCall, ctx: HandlerContext) -> Output:
    return (Text("\"'"),)


# -------------------------------------------------------------------------- numbers

_NUMBER = re.compile(r"([-+\u2212]?)(\d*)(\.\d+)?")
_EXPONENT = re.compile(r"([-+\u2212]?)(\d+(?:\.\d+)?)")


def _thousands(digits: str) -> str:
    return re.sub(r"(?<=\d)(?=(?:\d{3})+$)", ",", digits)


@handler("Nts", "Number table sorting")
def number_table_sorting(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{nts|1234.5}}: "1,234.5" (a hidden sort key before it); format=no shows the
    # number as written, prefix= puts text before it.
    written = call.text(1)
    found = _NUMBER.fullmatch(written.replace(",", ""))
    if not written or found is None or not (found.group(2) or found.group(3)):
        return None
    sign, whole, fraction = found.groups()
    if call.text("format").lower() == "no":
        shown = written
    else:
        shown = (MINUS if sign in ("-", MINUS) else sign) + _thousands(whole) + (fraction or "")
    return (*call.arg("prefix"), Text(shown))


@handler("Ntsh", "Number table sorting hidden")
def number_table_sorting_hidden(call: TemplateCall, ctx: HandlerContext) -> Output:
    return ()  # the sort key alone: hidden


def _power(call: TemplateCall, base: str) -> Output:
    value, mode = call.text(1), call.text(2).lower()
    if not value:
        return None
    shown = value
    found = _EXPONENT.fullmatch(value)
    if found and mode != "text":
        sign, digits = found.groups()
        if len(digits.partition(".")[0]) > 4:
            return None  # long exponents get digit groups; not worth guessing
        if sign in ("-", MINUS):
            sign = MINUS
        elif mode == "plus":
            sign = "+"
        shown = sign + digits
    return (Text(base), Superscript((Text(shown),)))


@handler("E")
def times_ten_to(call: TemplateCall, ctx: HandlerContext) -> Output:
    # 5.98{{e|24}}: "5.98", a multiplication sign, "10" and a raised "24"; {{e|-20}}
    # raises "-20" with a true minus sign.
    return _power(call, f"{TIMES}10")


@handler("10^")
def ten_to(call: TemplateCall, ctx: HandlerContext) -> Output:
    return _power(call, "10")


@handler("Bartable", "Bar table")
def bar_table(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{bartable|62||2||background:darkblue}}: a bar (value times the third value, in
    # pixels, styled by the fifth) and the value with the unit given second.
    value = call.text(1)
    if not _EXPONENT.fullmatch(value):
        return None
    unit = call.arg(2)
    if unit and isinstance(unit[0], Text):
        return (Text(value + unit[0].text), *unit[1:])
    return (Text(value), *unit)


# ----------------------------------------------------------------------- inline notes


def _note(label: str) -> Output:
    return (Superscript((Text("["), Italic((Text(label),)), Text("]"))),)


@handler("Where", "Where?")
def where(call: TemplateCall, ctx: HandlerContext) -> Output:
    return _note("where?")


@handler("Disputed inline", "Disputed-inline")
def disputed_inline(call: TemplateCall, ctx: HandlerContext) -> Output:
    # reason= and date= are for editors; the note reads "[disputed - discuss]" (en dash).
    return _note("disputed \u2013 discuss")


@handler("Broader")
def broader(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{broader|Mean}}: "For broader coverage of this topic, see Mean."
    pages = [page for page in call.positional_texts() if page]
    if len(pages) != 1 or "#" in pages[0] or any(True for _ in call.named()):
        return None
    return (Text("For broader coverage of this topic, see "), Link(pages[0]), Text("."))


# --------------------------------------------------------------- nothing in the text

# Columns: {{colbegin}} opens a list in columns as {{div col}} does; the others start,
# break or end a column (column breaks like {{col-2-of-5}} by the shape of the name).
BUILTIN.add(div_col, "Colbegin")

_NOTHING = (
    "Colend", "Col begin", "Col end", "Col break", "Colbreak", "Col-stop",
    # Boxes beside the text (sister projects, research help) and messages to editors.
    "Sisterlinks", "Sister links", "Wikimedia", "Research help", "External media",
    "Wikisource1911Enc", "Interwiki conflict",
    # Navigation boxes at the foot of the page.
    "Language families", "NASA",
)  # fmt: skip


@handler(*_NOTHING)
def nothing(call: TemplateCall, ctx: HandlerContext) -> Output:
    return ()


_COLUMN = re.compile(r"^Col-\d+-of-\d+$", re.IGNORECASE)


def _column_break(call: TemplateCall, ctx: HandlerContext) -> Output:
    return ()


BUILTIN.add_pattern(lambda name: _COLUMN.match(name) is not None, _column_break)
