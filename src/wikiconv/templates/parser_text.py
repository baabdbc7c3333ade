"""MediaWiki's string functions: ``lc``, ``uc``, ``lcfirst``, ``ucfirst``,
``formatnum``, ``padleft``, ``padright``, ``plural``, ``urlencode``,
``anchorencode``, ``int`` and ``#language``, as English Wikipedia runs them.

``lc`` and the like change the text of their argument and keep its markup (a link
stays a link). The others work on the argument's text. The names without a ``#`` are
also ordinary template names, so each checks it was called as a function
(``{{lc:X}}``, not ``{{lc|X}}``) before it answers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import quote, quote_plus

from wikiconv.ast import Inline, Link, Text
from wikiconv.nodeio import Node
from wikiconv.templates.parser_args import (
    Arg,
    arguments,
    expanded,
    function,
    function_form,
    whole_text,
)
from wikiconv.templates.registry import Handler, HandlerContext, Output, TemplateCall
from wikiconv.urls import wiki_id
from wikiconv.walk import plain_text, rebuild

__all__ = ["php_int"]

_PAD_LIMIT = 500  # MediaWiki pads to 500 characters at most
_NUMBER = re.compile(r"(-(?=[\d.]))?(\d+|(?=\.\d))(\.\d*)?([Ee][-+]?\d+)?")
_INT_PREFIX = re.compile(r"\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def _args(call: TemplateCall) -> list[Arg] | None:
    """The arguments, or None when the call is a template of the same name."""
    return arguments(call) if function_form(call) else None


def _content(args: list[Arg], index: int) -> tuple[Inline, ...] | None:
    """The expanded content of an argument (empty when absent, None when unknowable)."""
    if index >= len(args):
        return ()
    whole = args[index].whole()
    return None if whole is None else expanded(whole)


def _text(args: list[Arg], index: int) -> str | None:
    return whole_text(args[index]) if index < len(args) else ""


def php_int(text: str) -> int:
    """PHP's ``(int)`` of a string: the number at its start, toward zero; else 0."""
    found = _INT_PREFIX.match(text)
    if found is None:
        return 0
    number = found.group().strip()
    if re.fullmatch(r"[+-]?\d+", number):
        return int(number)
    value = float(number)
    return int(value) if abs(value) < 2**63 else 0


# --------------------------------------------------------------------------- case


def _map_text(content: tuple[Inline, ...], change: Callable[[str], str]) -> Output:
    # The text changes; markup stays. A link without a label shows its changed target.
    def rewrite(node: Node) -> Node:
        if isinstance(node, Text):
            return Text(change(node.text))
        if isinstance(node, Link) and not node.content:
            return Link(node.target, (Text(change(node.target)),), node.anchor)
        return node

    return tuple(rebuild(node, rewrite) for node in content)  # type: ignore[misc]


def _map_first(content: tuple[Inline, ...], change: Callable[[str], str]) -> Output:
    if content and isinstance(content[0], Text) and content[0].text:
        text = content[0].text
        return (Text(change(text[0]) + text[1:]), *content[1:])
    return content


def _case(change: Callable[[str], str], first_only: bool) -> Handler:
    def handler(call: TemplateCall, ctx: HandlerContext) -> Output:
        args = _args(call)
        content = None if args is None else _content(args, 0)
        if content is None:
            return None
        return _map_first(content, change) if first_only else _map_text(content, change)

    return handler


function("lc")(_case(str.lower, first_only=False))
function("uc")(_case(str.upper, first_only=False))
function("lcfirst")(_case(str.lower, first_only=True))
function("ucfirst")(_case(str.upper, first_only=True))


# --------------------------------------------------------------------------- numbers


@function("formatnum")
def formatnum(call: TemplateCall, ctx: HandlerContext) -> Output:
    """``{{formatnum:1234567.5}}`` is "1,234,567.5"; ``|R`` reads such a number back
    ("1234567.5"); ``|NOSEP`` leaves out the separators."""
    args = _args(call)
    if args is None:
        return None
    text, option = _text(args, 0), (_text(args, 1) or "").upper()
    if text is None:
        return None
    if option == "R":
        return (Text(text.replace(",", "")),)
    if option == "NOSEP":
        return (Text(text),)
    # Every number in the text is grouped, as MediaWiki does for non-numeric input.
    return (Text(_NUMBER.sub(lambda found: _group(found.group()), text)),)


def _group(number: str) -> str:
    sign = "-" if number.startswith("-") else ""
    digits = number.lstrip("-")
    whole, rest = re.match(r"(\d*)(.*)", digits, re.DOTALL).groups()  # type: ignore[union-attr]
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return sign + ",".join([whole, *groups] if whole else groups) + rest


def _pad(left: bool) -> Handler:
    def pad(call: TemplateCall, ctx: HandlerContext) -> Output:
        # {{padleft:7|3}} is "007"; the padding repeats and is cut to fit.
        args = _args(call)
        if args is None:
            return None
        content, width, filler = _content(args, 0), _text(args, 1), _text(args, 2)
        if content is None or width is None or filler is None:
            return None
        filler = filler if len(args) > 2 else "0"
        missing = min(php_int(width), _PAD_LIMIT) - len(plain_text(content))
        if not filler or missing <= 0:
            return content
        padding = (filler * (missing // len(filler) + 1))[:missing]
        return (Text(padding), *content) if left else (*content, Text(padding))

    return pad


function("padleft")(_pad(left=True))
function("padright")(_pad(left=False))


@function("plural")
def plural(call: TemplateCall, ctx: HandlerContext) -> Output:
    """``{{plural:N|is|are}}``: the first form for exactly one, else the second.

    Explicit forms ``0=none`` win when N is written as that number.
    """
    args = _args(call)
    number = None if args is None else _text(args, 0)
    if args is None or number is None:
        return None
    number = number.replace(",", "")
    forms: list[tuple[Inline, ...]] = []
    for arg in args[1:]:
        if arg.key is not None and arg.key.strip().isdigit():
            if arg.key.strip() == number:
                return arg.value
            continue
        whole = arg.whole()
        if whole is None:
            return None
        forms.append(whole)
    if not forms:
        return ()
    one = re.fullmatch(r"[+-]?0*1", number) is not None  # English: i = 1 and v = 0
    return forms[0] if one else forms[min(1, len(forms) - 1)]


# --------------------------------------------------------------------------- encoding


@function("urlencode")
def urlencode(call: TemplateCall, ctx: HandlerContext) -> Output:
    """``{{urlencode:a b}}`` is "a+b"; ``|PATH`` gives "a%20b", ``|WIKI`` "a_b"."""
    args = _args(call)
    if args is None:
        return None
    text, style = _text(args, 0), (_text(args, 1) or "").upper()
    if text is None:
        return None
    if style == "PATH":
        return (Text(quote(text, safe="")),)
    if style == "WIKI":
        return (Text(quote_plus(text.replace(" ", "_"), safe=";@$!*(),/~:")),)
    # PHP's urlencode escapes "~" too.
    return (Text(quote_plus(text, safe="").replace("~", "%7E")),)


@function("anchorencode")
def anchorencode(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The section id a heading of this text gets: its text, spaces as "_".
    args = _args(call)
    text = None if args is None else _text(args, 0)
    return None if text is None else (Text(wiki_id(text)),)


# --------------------------------------------------------------------------- languages

# Interface messages ({{int:…}}) that articles use; others depend on the wiki.
_MESSAGES = {"lang": "en", "edit": "Edit", "talk": "Talk", "search": "Search", "help": "Help"}

# code: (name in English, name in the language itself)
_LANGUAGES = {
    "ar": ("Arabic", "العربية"), "de": ("German", "Deutsch"), "el": ("Greek", "Ελληνικά"),
    "en": ("English", "English"), "es": ("Spanish", "español"),
    "fa": ("Persian", "فارسی"), "fr": ("French", "français"), "he": ("Hebrew", "עברית"),
    "hi": ("Hindi", "हिन्दी"), "it": ("Italian", "italiano"), "ja": ("Japanese", "日本語"),
    "ko": ("Korean", "한국어"), "la": ("Latin", "Latina"), "nl": ("Dutch", "Nederlands"),
    "pl": ("Polish", "polski"), "pt": ("Portuguese", "português"),
    "ru": ("Russian", "русский"), "sv": ("Swedish", "svenska"), "tr": ("Turkish", "Türkçe"),
    "uk": ("Ukrainian", "українська"), "ur": ("Urdu", "اردو"), "zh": ("Chinese", "中文"),
}  # fmt: skip


@function("int")
def int_(call: TemplateCall, ctx: HandlerContext) -> Output:
    args = _args(call)
    name = None if args is None else _text(args, 0)
    message = _MESSAGES.get((name or "").lower())
    return (Text(message),) if message else None


@function("#language")
def language(call: TemplateCall, ctx: HandlerContext) -> Output:
    """``{{#language:de}}`` is "Deutsch" (the language's own name) and
    ``{{#language:de|en}}`` "German"; an unknown code shows as itself."""
    args = arguments(call)
    code, within = (_text(args, 0) or "").lower(), (_text(args, 1) or "").lower()
    if not code:
        return None
    names = _LANGUAGES.get(code)
    if names is None:
        return (Text(code),)
    if not within or within == code:
        return (Text(names[1]),)
    return (Text(names[0]),) if within == "en" else None
