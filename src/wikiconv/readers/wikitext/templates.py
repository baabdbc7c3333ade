"""Template calls: the name, the parameters and their values as parsed content.

The preprocessor hands over a call's inner text, with nested calls already replaced
by markers, so the ``|`` and ``=`` that separate parameters can be found by a plain
scan that only skips ``[[…]]`` (a link's ``|`` is not a separator).
"""

from __future__ import annotations

import re

from wikiconv.ast import Template, TemplateParam
from wikiconv.readers.wikitext.context import MARK, ReadContext

__all__ = ["build_template", "split_top_level"]

# Names MediaWiki treats as functions: "{{lc:x}}" is lc with the argument "x".
_FUNCTIONS = frozenset(
    (
        "lc",
        "uc",
        "lcfirst",
        "ucfirst",
        "formatnum",
        "padleft",
        "padright",
        "urlencode",
        "anchorencode",
        "fullurl",
        "localurl",
        "canonicalurl",
        "ns",
        "nse",
        "plural",
        "grammar",
        "gender",
        "int",
        "displaytitle",
        "defaultsort",
        "defaultsortkey",
        "defaultcategorysort",
        "tag",
        "filepath",
        "pagesincategory",
        "pagesize",
        "protectionlevel",
        "safesubst",
        "subst",
        "msg",
        "msgnw",
        "raw",
    )
)
_INVALID_NAME = re.compile(r"[\[\]{}<>]")


def split_top_level(text: str, separator: str) -> list[str]:
    """Split on ``separator`` where it is not inside ``[[…]]``."""
    parts: list[str] = []
    depth = 0
    start = 0
    index = 0
    length = len(text)
    while index < length:
        if text.startswith("[[", index):
            depth += 1
            index += 2
            continue
        if text.startswith("]]", index) and depth:
            depth -= 1
            index += 2
            continue
        if text[index] == separator and not depth:
            parts.append(text[start:index])
            start = index + 1
        index += 1
    parts.append(text[start:])
    return parts


def build_template(inner: str, ctx: ReadContext, source: str) -> Template | None:
    """The Template node for ``{{inner}}``, or None when MediaWiki would show text."""
    parts = split_top_level(inner, "|")
    first = parts[0].lstrip()
    for prefix in ("subst:", "safesubst:"):
        if first.lower().startswith(prefix):
            first = first[len(prefix) :].lstrip()
    head, colon, rest = first.partition(":")
    function = head.strip()
    if colon and (function.startswith("#") or function.lower() in _FUNCTIONS):
        # A parser function's first argument may hold links, tags or calls;
        # only the function name itself must be clean.
        if MARK in head or _INVALID_NAME.search(head):
            return None
        name = function
        arguments = [rest, *parts[1:]]
    else:
        name = first.strip()
        if MARK in name:  # a name built by another template: keep its spelling
            name = ctx.source_of(name).strip()
        if not name or _INVALID_NAME.search(ctx.source_of(parts[0])):
            return None
        arguments = parts[1:]
    params: list[TemplateParam] = []
    position = 0
    for argument in arguments:
        key, equals, value = _split_named(argument)
        if equals:
            key_name = ctx.source_of(key).strip()
            text = value.strip()
        else:
            position += 1
            key_name = str(position)
            text = argument.strip()
        params.append(
            TemplateParam(key_name, ctx.parse_inline(text, ctx), raw=ctx.source_of(argument))
        )
    return Template(name, tuple(params), raw=source)


def _split_named(argument: str) -> tuple[str, bool, str]:
    """``key=value`` at the top level; an ``=`` inside a link does not count."""
    pieces = split_top_level(argument, "=")
    if len(pieces) == 1:
        return argument, False, ""
    key = pieces[0]
    return key, True, argument[len(key) + 1 :]
