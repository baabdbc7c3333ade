"""Page names: ``PAGENAME`` and its family, ``NAMESPACE``, ``SITENAME``, ``ns`` and
``#titleparts``, for English Wikipedia's namespaces.

The page is ``ctx.title`` (the document's title); without one these calls stay
unrendered rather than guess. ``{{PAGENAME:Some title}}`` names another page.
Articles have no subpages on Wikipedia, so ``BASEPAGENAME`` of "AC/DC" is "AC/DC";
in namespaces with subpages (User, Template, Wikipedia…) it is the part before the
last "/".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import quote_plus

from wikiconv.ast import Text
from wikiconv.templates.parser_args import arguments, function, function_form, whole_text
from wikiconv.templates.registry import BUILTIN, HandlerContext, Output, TemplateCall, handler

__all__ = ["split_title"]

_NAMESPACES = {
    -2: "Media", -1: "Special", 0: "", 1: "Talk", 2: "User", 3: "User talk",
    4: "Wikipedia", 5: "Wikipedia talk", 6: "File", 7: "File talk", 8: "MediaWiki",
    9: "MediaWiki talk", 10: "Template", 11: "Template talk", 12: "Help", 13: "Help talk",
    14: "Category", 15: "Category talk", 100: "Portal", 101: "Portal talk",
    118: "Draft", 119: "Draft talk", 710: "TimedText", 711: "TimedText talk",
    828: "Module", 829: "Module talk",
}  # fmt: skip
_ALIASES = {"image": 6, "image talk": 7, "project": 4, "project talk": 5, "wp": 4, "wt": 5}
_BY_NAME = {name.lower(): number for number, name in _NAMESPACES.items() if name} | _ALIASES
# English Wikipedia turns subpages off in articles, files, categories and a few others.
_NO_SUBPAGES = frozenset({-2, -1, 0, 6, 8, 14, 710})
_SPACES = re.compile(r"[\s_]+")
_INVALID = re.compile(r"[\[\]{}|#<>]")


def split_title(title: str) -> tuple[int, str] | None:
    """(namespace number, name) of a title as MediaWiki normalises it; None if invalid."""
    title = _SPACES.sub(" ", title).strip().lstrip(":").strip()
    if not title or _INVALID.search(title):
        return None
    number = 0
    prefix, colon, rest = title.partition(":")
    if colon and prefix.strip().lower() in _BY_NAME:
        number, title = _BY_NAME[prefix.strip().lower()], rest.strip()
    return number, title[:1].upper() + title[1:]


def _full(number: int, name: str) -> str:
    return f"{_NAMESPACES[number]}:{name}" if number else name


def _encoded(text: str) -> str:
    # MediaWiki's URL spelling of a title: "_" for spaces, a few characters kept.
    return quote_plus(text.replace(" ", "_"), safe=";@$!*(),/~:")


_WORDS: dict[str, Callable[[int, str], str]] = {
    "PAGENAME": lambda number, name: name,
    "FULLPAGENAME": _full,
    "BASEPAGENAME": lambda number, name: name if number in _NO_SUBPAGES else name.rsplit("/", 1)[0],
    "ROOTPAGENAME": lambda number, name: name if number in _NO_SUBPAGES else name.split("/", 1)[0],
    "SUBPAGENAME": lambda number, name: name if number in _NO_SUBPAGES else name.rsplit("/", 1)[-1],
    "NAMESPACE": lambda number, name: _NAMESPACES[number],
}
_ENCODED = {f"{word}E": word for word in _WORDS}
_WITH_TITLE = re.compile(rf"^({'|'.join(list(_WORDS) + list(_ENCODED))})\s*:(.*)$", re.DOTALL)


@handler(*_WORDS, *_ENCODED)
def page_name(call: TemplateCall, ctx: HandlerContext) -> Output:
    return _page_word(call.name, ctx.title)


def _with_title(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{PAGENAME:Help:Contents/Sub}}: the reader keeps the title in the call's name.
    found = _WITH_TITLE.match(call.name)
    return None if found is None else _page_word(found.group(1), found.group(2))


BUILTIN.add_pattern(lambda name: _WITH_TITLE.match(name) is not None, _with_title)


def _page_word(word: str, title: str | None) -> Output:
    parts = split_title(title) if title is not None else None
    if parts is None:
        return None
    if word in _ENCODED:
        return (Text(_encoded(_WORDS[_ENCODED[word]](*parts))),)
    return (Text(_WORDS[word](*parts)),)


@handler("SITENAME")
def sitename(call: TemplateCall, ctx: HandlerContext) -> Output:
    return (Text("Wikipedia"),)


@function("ns")
def ns(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{ns:6}} and {{ns:Image}} are both "File"; an unknown namespace stays as written.
    # Written as a template, {{ns|2}} is English Wikipedia's two no-break spaces.
    if not function_form(call):
        count = call.text(1, "1")
        return (Text("\u00a0" * int(count)),) if count.isdigit() and int(count) < 100 else None
    args = arguments(call)
    key = whole_text(args[0]) if args else None
    if key is None:
        return None
    if re.fullmatch(r"-?\d+", key):
        name = _NAMESPACES.get(int(key))
    else:
        number = _BY_NAME.get(_SPACES.sub(" ", key).strip().lower())
        name = None if number is None else _NAMESPACES[number]
    return None if name is None else ((Text(name),) if name else ())


@function("#titleparts")
def titleparts(call: TemplateCall, ctx: HandlerContext) -> Output:
    """``{{#titleparts: title | count | first}}``: "/"-separated parts of a title.

    A negative count drops that many parts from the end, a negative first part
    counts from the end; the title is split into at most 25 parts.
    """
    texts = [whole_text(arg) for arg in arguments(call)[:3]]
    if any(text is None for text in texts):
        return None
    title, count, first = ([text or "" for text in texts] + ["", "", ""])[:3]
    parts = split_title(title)
    if parts is None:
        return (Text(title),) if title else ()
    bits = _full(*parts).split("/", 24)
    start = _int(first)
    start = start - 1 if start > 0 else start
    chosen = _slice(bits, start, _int(count) or None)
    return (Text("/".join(chosen)),) if chosen else ()


def _int(text: str) -> int:
    found = re.match(r"\s*([+-]?\d+)", text)
    return int(found.group(1)) if found else 0


def _slice(items: list[str], offset: int, length: int | None) -> list[str]:
    # PHP's array_slice: negative offsets count from the end, a negative length
    # stops that many items before the end.
    size = len(items)
    start = max(size + offset, 0) if offset < 0 else min(offset, size)
    if length is None:
        stop = size
    elif length < 0:
        stop = max(size + length, start)
    else:
        stop = min(start + length, size)
    return items[start:stop]
