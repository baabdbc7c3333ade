"""String functions by template: ``str len``, ``str left``, ``replace``, ``title case``…

These templates work on the text they are given (Module:String and Module:String2 do
the work), counting characters, not bytes:

- ``{{str len|Hello}}`` "5"; ``{{str left|Hello|2}}`` "He"; ``{{str crop|Hello|2}}``
  "Hel" (the last characters cut, one by default); ``{{str mid|Hello|2|3}}`` "ell"
  (from a position, so many characters); ``{{trunc|Hello|4}}`` "Hell".
- ``{{replace|a-b-c|-|+}}`` "a+b+c" (every occurrence, or ``count=`` of them);
  ``{{str rep|a-b|-|+}}`` "a+b" (the first).
- ``{{first word|Hello big world}}`` "Hello", ``{{last word|…}}`` "world" (``sep=``
  splits elsewhere).
- ``{{title case|the lord of the rings}}`` "The Lord of the Rings": every word lower
  cased and capitalised, short function words after the first left lower case.

A value holding markup (a link, a template the page expands) is not plain text, and
counts differ on the page, so such calls stay unrendered; so do positions past the end
of the text, where the templates' behaviour (an error, a repeated text) is not one
answer.
"""

from __future__ import annotations

import re

from wikiconv.ast import Text
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler

__all__: list[str] = []

_COUNT = re.compile(r"\d{1,6}")


def _plain(call: TemplateCall, key: int | str) -> str | None:
    """The value as text when it is only text (trimmed), else None."""
    value = call.arg(key)
    if not all(isinstance(node, Text) for node in value):
        return None
    return "".join(node.text for node in value if isinstance(node, Text))


def _count(call: TemplateCall, key: int | str, default: str) -> int | None:
    text = call.text(key, default)
    return int(text) if _COUNT.fullmatch(text) else None


def _shown(text: str) -> Output:
    return (Text(text),) if text else ()


@handler("Str len")
def str_len(call: TemplateCall, ctx: HandlerContext) -> Output:
    text = _plain(call, 1)
    return None if text is None else (Text(str(len(text))),)


@handler("Str left")
def str_left(call: TemplateCall, ctx: HandlerContext) -> Output:
    text, count = _plain(call, 1), _count(call, 2, "1")
    if text is None or count is None or not 1 <= count <= len(text):
        return None
    return _shown(text[:count])


@handler("Trunc")
def trunc(call: TemplateCall, ctx: HandlerContext) -> Output:
    text, count = _plain(call, 1), _count(call, 2, "")
    if text is None or count is None or not 1 <= count <= len(text):
        return None
    return _shown(text[:count])


@handler("Str crop")
def str_crop(call: TemplateCall, ctx: HandlerContext) -> Output:
    text, count = _plain(call, 1), _count(call, 2, "1")
    if text is None or count is None or count >= len(text):
        return None
    return _shown(text[: len(text) - count])


@handler("Str mid")
def str_mid(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{str mid|text|start|count}}: positions from 1; without a count, to the end.
    text, start = _plain(call, 1), _count(call, 2, "1")
    count = _count(call, 3, "") if call.text(3) else len(text or "")
    if text is None or start is None or count is None or start < 1:
        return None
    end = start - 1 + count if call.text(3) else len(text)
    if end > len(text) or start > len(text) or count < 1:
        return None
    return _shown(text[start - 1 : end])


@handler("Replace")
def replace(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{replace|text|target|replacement}}: every occurrence, as plain text; count=n the
    # first n. Patterns (plain=no) are Lua patterns, not rendered here.
    text, target, replacement = _plain(call, 1), _plain(call, 2), _plain(call, 3)
    count = _count(call, "count", "0")
    plain = call.text("plain", "true").lower() in ("true", "yes", "y", "1")
    if text is None or target is None or replacement is None or count is None or not plain:
        return None
    if not target:
        return _shown(text)
    return _shown(text.replace(target, replacement, count or -1))


@handler("Str rep")
def str_rep(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The first occurrence replaced. A text holding the target more than once stays
    # unrendered: whether the others are replaced too is not certain.
    text, target, replacement = _plain(call, 1), _plain(call, 2), _plain(call, 3)
    if text is None or target is None or replacement is None or not target:
        return None
    if text.count(target) > 1:
        return None
    return _shown(text.replace(target, replacement))


@handler("First word", "Last word")
def word(call: TemplateCall, ctx: HandlerContext) -> Output:
    text, separator = _plain(call, 1), call.text("sep", " ")
    if text is None:
        return None
    words = text.split(separator)
    return _shown(words[0] if call.name == "First word" else words[-1])


# Module:String2's words left lower case in titles, but for the first.
_SMALL_WORDS = frozenset("a an the and but or for nor on in at to from by of up".split())


@handler("Title case")
def title_case(call: TemplateCall, ctx: HandlerContext) -> Output:
    text = _plain(call, 1)
    if text is None:
        return None
    words = []
    for index, item in enumerate(text.split(" ")):
        # Lua's string.lower changes ASCII letters only; the first letter is then upper
        # cased whatever its script.
        item = re.sub(r"[A-Z]+", lambda found: found.group().lower(), item)
        if index == 0 or item not in _SMALL_WORDS:
            item = item[:1].upper() + item[1:]
        words.append(item)
    return _shown(" ".join(words))
