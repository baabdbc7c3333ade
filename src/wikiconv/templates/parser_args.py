"""Arguments of parser functions, as MediaWiki hands them over.

A parser function's arguments are not template parameters: ``{{#if: x | a=b }}``
has the second argument "a=b", not a parameter named "a". The reader splits every
argument at its first ``=``, so :func:`arguments` puts the two halves back together
(from the argument's source) and numbers the arguments in order. Comparisons work on
what an argument expands to, with the calls inside replaced by their renderings.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass

from wikiconv.ast import Inline, InlineTag, SoftBreak, Template, TemplateParam, Text
from wikiconv.nodeio import Node
from wikiconv.templates.registry import BUILTIN, Handler, HandlerContext, Output, TemplateCall, trim
from wikiconv.templates.registry import handler as register
from wikiconv.walk import plain_text, rebuild

__all__ = [
    "Arg",
    "arguments",
    "error",
    "function",
    "expanded",
    "function_form",
    "is_blank",
    "is_error",
    "key_of_source",
    "loose_equal",
    "match_key",
    "text_of",
    "unrendered",
    "whole_text",
]

_KEY_END = re.compile(r"\s*=\s*")
# What a key written as source may not hold for us to rebuild it as plain text.
_MARKUP = ("{{", "[[", "''", "<")
# PHP 8's numeric strings: "01" == "1" and "1e3" == "1000" compare as numbers.
_NUMERIC = re.compile(r"[ \t\n\r\v\f]*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?[ \t\n\r\v\f]*")
_INTEGER = re.compile(r"\s*[+-]?\d+\s*")


@dataclass(frozen=True, slots=True)
class Arg:
    """One argument; ``key`` is the source before its ``=`` when it has one."""

    param: TemplateParam
    key: str | None = None
    prefix: str = ""  # the key, the "=" and the space after it, as written

    @property
    def value(self) -> tuple[Inline, ...]:
        """The part after the ``=`` (all of it when there is none), trimmed."""
        return trim(self.param.value)

    def whole(self) -> tuple[Inline, ...] | None:
        """The whole argument as content, or None when its key holds markup."""
        if self.key is None:
            return trim(self.param.value)
        if any(mark in self.key for mark in _MARKUP):
            return None
        return trim((Text(html.unescape(self.prefix)), *self.param.value))


def arguments(call: TemplateCall) -> list[Arg]:
    """The call's arguments in order, ``a=b`` ones whole again."""
    out: list[Arg] = []
    position = 0
    for param in call.template.params:
        prefix = _named_prefix(param, position)
        if prefix is None:
            position += 1
            out.append(Arg(param))
        else:
            out.append(Arg(param, param.name, prefix))
    return out


def _named_prefix(param: TemplateParam, position: int) -> str | None:
    """The "key = " text when the reader split ``param`` at an "=", else None."""
    source = param.raw.lstrip()
    if source.startswith(param.name):
        found = _KEY_END.match(source, len(param.name))
        if found is not None:
            return source[: found.end()]
    if param.name == str(position + 1):
        return None
    return param.name + "="  # a node built without its source


def function_form(call: TemplateCall) -> bool:
    """Whether ``{{lc:…}}`` was written as a function, not as a template ``{{lc|…}}``."""
    raw = call.template.raw
    if not raw:
        return True
    head = raw[2:].lstrip()
    for prefix in ("subst:", "safesubst:"):
        if head.lower().startswith(prefix):
            head = head[len(prefix) :].lstrip()
    return head[: len(call.template.name)].lower() == call.template.name.lower() and (
        head[len(call.template.name) :].lstrip().startswith(":")
    )


def unrendered(content: tuple[Inline, ...]) -> bool:
    """Whether a call inside ``content`` has no rendering, so its text is unknown."""
    stack: list[Node] = list(content)
    while stack:
        node = stack.pop()
        if isinstance(node, Template):
            if node.rendered is None:
                return True
            stack.extend(node.rendered)
        else:
            stack.extend(node.children())
    return False


def expanded(content: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """``content`` with each call replaced by its rendering and adjacent text joined."""

    def rewrite(node: Node) -> Node | tuple[Node, ...]:
        return tuple(node.rendered or ()) if isinstance(node, Template) else node

    out: list[Inline] = []
    for item in content:
        result = rebuild(item, rewrite)
        for node in result if isinstance(result, tuple) else (result,):
            if isinstance(node, Text) and out and isinstance(out[-1], Text):
                out[-1] = Text(out[-1].text + node.text)
            else:
                out.append(node)  # type: ignore[arg-type]
    return tuple(out)


def is_blank(content: tuple[Inline, ...]) -> bool:
    """Whether ``content`` expands to nothing but white space."""
    return all(
        isinstance(node, SoftBreak) or (isinstance(node, Text) and not node.text.strip())
        for node in expanded(content)
    )


def text_of(content: tuple[Inline, ...]) -> str | None:
    """The expanded text of ``content``, trimmed; None when a call inside is unknown."""
    return None if unrendered(content) else plain_text(content).strip()


def whole_text(arg: Arg) -> str | None:
    """The whole argument's expanded text, trimmed; None when it cannot be known."""
    whole = arg.whole()
    return None if whole is None else text_of(whole)


def match_key(content: tuple[Inline, ...] | None) -> str | None:
    """What ``content`` is compared by: its text, or a spelling of its markup that no
    text can equal. None when it cannot be known (a call without a rendering)."""
    if content is None or unrendered(content):
        return None
    flat = expanded(content)
    if all(isinstance(node, (Text, SoftBreak)) for node in flat):
        return plain_text(flat).strip()
    return "\x00" + repr(flat)


def key_of_source(source: str) -> str | None:
    """A ``#switch`` case written as source (``foo&amp;bar = …``), as its text."""
    if "{{" in source or "[[" in source or "<" in source:
        return None
    return html.unescape(source.strip())


def loose_equal(left: str, right: str) -> bool:
    """PHP's ``==`` on two strings: numerically when both are numbers."""
    if _NUMERIC.fullmatch(left) and _NUMERIC.fullmatch(right):
        if _INTEGER.fullmatch(left) and _INTEGER.fullmatch(right):
            return int(left) == int(right)
        return float(left) == float(right)
    return left == right


def error(message: str) -> Output:
    """An error as MediaWiki shows one (and ``#iferror`` recognises it)."""
    return (InlineTag("strong", (("class", "error"),), (Text(message),)),)


def is_error(content: tuple[Inline, ...]) -> bool:
    """Whether ``content`` holds an error of the kind :func:`error` makes."""
    stack: list[Node] = list(expanded(content))
    while stack:
        node = stack.pop()
        if isinstance(node, InlineTag) and node.tag in {"strong", "span", "p", "div"}:
            classes = dict(node.attributes).get("class", "").split()
            if "error" in classes:
                return True
        stack.extend(node.children())
    return False


# Parser functions are case-insensitive ("{{#IF:…}}", "{{LC:…}}"); template names are not.
_CASELESS: dict[str, Handler] = {}


def function(*names: str) -> Callable[[Handler], Handler]:
    """Register a parser function under ``names``, in any letter case."""

    def add(function: Handler) -> Handler:
        register(*names)(function)
        _CASELESS.update((name.lower(), function) for name in names)
        return function

    return add


def _caseless(call: TemplateCall, ctx: HandlerContext) -> Output:
    return _CASELESS[call.name.lower()](call, ctx)


BUILTIN.add_pattern(lambda name: name.lower() in _CASELESS, _caseless)
