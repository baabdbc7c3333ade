"""MediaWiki's parser functions: ``#if``, ``#ifeq``, ``#iferror``, ``#ifexpr``,
``#switch``, ``#expr``, ``#tag`` and ``#invoke``.

A branch's result is the chosen argument as the reader parsed it (links, markup and
rendered calls included), trimmed as MediaWiki trims it; it is never re-read as text.
A test that depends on a call without a rendering cannot be decided, so the whole
call then stays unrendered too. The string, page and date functions live in
:mod:`parser_text`, :mod:`parser_pages` and :mod:`parser_time`, imported here so
that they register.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from wikiconv.ast import (
    Bold,
    Code,
    Inline,
    InlineTag,
    Italic,
    LineBreak,
    Math,
    Reference,
    Small,
    SoftBreak,
    Strikeout,
    Subscript,
    Superscript,
    Text,
    Underline,
)
from wikiconv.readers.wikitext.inline_tags import clean_attributes
from wikiconv.templates import parser_pages, parser_text, parser_time
from wikiconv.templates.expr import ExprError, evaluate, is_true
from wikiconv.templates.parser_args import (
    Arg,
    arguments,
    error,
    expanded,
    function,
    is_blank,
    is_error,
    key_of_source,
    loose_equal,
    match_key,
    text_of,
    unrendered,
)
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall

__all__: list[str] = []

_MODULES = (parser_pages, parser_text, parser_time)


def _branch(args: list[Arg], index: int) -> Output:
    # A missing branch shows nothing; one whose "key=" holds markup cannot be rebuilt.
    return args[index].whole() if index < len(args) else ()


def _first(args: list[Arg]) -> tuple[Inline, ...] | None:
    return args[0].whole() if args else ()


@function("#if")
def if_(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{#if: test | then | else}}: "then" unless the test expands to white space only.
    args = arguments(call)
    test = _first(args)
    if test is None:
        return None
    if not is_blank(test):
        return _branch(args, 1)
    return None if unrendered(test) else _branch(args, 2)


@function("#ifeq")
def ifeq(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{#ifeq: a | b | then | else}}: "01" equals "1", since PHP compares numbers.
    args = arguments(call)
    left = match_key(_first(args))
    right = match_key(args[1].whole() if len(args) > 1 else ())
    if left is None or right is None:
        return None
    return _branch(args, 2 if _same(left, right) else 3)


def _same(left: str, right: str) -> bool:
    # Markup (a "\x00…" spelling) is equal only to the same markup.
    if left.startswith("\x00") or right.startswith("\x00"):
        return left == right
    return loose_equal(left, right)


@function("#iferror")
def iferror(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{#iferror: test | error | else}}: without "else" the test itself is shown.
    args = arguments(call)
    test = _first(args)
    if test is None:
        return None
    if is_error(test):
        return _branch(args, 1)
    if unrendered(test):
        return None
    return test if len(args) < 3 else _branch(args, 2)


@function("#ifexpr")
def ifexpr(call: TemplateCall, ctx: HandlerContext) -> Output:
    args = arguments(call)
    expression = _expression(args)
    if expression is None:
        return None
    try:
        return _branch(args, 1 if is_true(expression) else 2)
    except ExprError as problem:
        return error(str(problem))


@function("#expr")
def expr(call: TemplateCall, ctx: HandlerContext) -> Output:
    expression = _expression(arguments(call))
    if expression is None:
        return None
    try:
        result = evaluate(expression)
    except ExprError as problem:
        return error(str(problem))
    return (Text(result),) if result else ()


def _expression(args: list[Arg]) -> str | None:
    # "1+2=3" reached the reader as a parameter named "1+2": the whole argument counts.
    content = _first(args)
    return None if content is None else text_of(content)


@function("#switch")
def switch(call: TemplateCall, ctx: HandlerContext) -> Output:
    """``{{#switch: value | a = x | b | c = y | #default = z | last}}``.

    Cases without "=" fall through to the next case with one; "#default" (as a case
    or a fall-through) names the default, and a last argument without "=" is the
    default too. Numbers match numerically ("01" matches "1").
    """
    args = arguments(call)
    primary = match_key(_first(args))
    if primary is None:
        return None
    found = default_next = False
    default: Arg | None = None
    last_plain: Arg | None = None
    for arg in args[1:]:
        if arg.key is not None:
            last_plain = None
            if found:
                return arg.value
            case = key_of_source(arg.key)
            if case is None:
                return None
            if _same(case, primary):
                return arg.value
            if default_next or case.lower() == "#default":
                default, default_next = arg, False
            continue
        last_plain = arg
        case = match_key(arg.value)
        if case is None:
            return None
        if _same(case, primary):
            found = True
        elif case.lower() == "#default":
            default_next = True
    if last_plain is not None:
        return last_plain.value
    return default.value if default is not None else ()


# --------------------------------------------------------------------------- #tag

_QUOTED = re.compile(r"""^(?:["'](.+)["']|""|'')$""", re.DOTALL)
_WRAPPERS: dict[str, Callable[[tuple[Inline, ...]], Inline]] = {
    "b": Bold, "strong": Bold, "i": Italic, "em": Italic, "u": Underline, "ins": Underline,
    "s": Strikeout, "del": Strikeout, "strike": Strikeout, "sup": Superscript,
    "sub": Subscript, "small": Small,
}  # fmt: skip
_INLINE_TAGS = frozenset(
    "span abbr q cite big mark kbd samp var dfn bdi bdo time data font".split()
)
_LITERAL_TAGS = frozenset({"code", "tt", "pre", "syntaxhighlight", "source"})
_SILENT_TAGS = frozenset({"templatestyles", "section"})


@function("#tag")
def tag(call: TemplateCall, ctx: HandlerContext) -> Output:
    """``{{#tag:name|content|attribute=value…}}``, the tag written as a function.

    ``ref`` becomes a footnote; ``nowiki``, ``math`` and code tags keep their text
    literally; ``poem`` keeps its line breaks; inline HTML tags wrap their content.
    """
    args = arguments(call)
    name = (text_of(args[0].value) or "").lower() if args else ""
    if not name:
        return None
    content_arg = args[1] if len(args) > 1 else None
    content = content_arg.whole() if content_arg is not None else ()
    if content is None:
        return None
    attributes = _attributes(args[2:])
    if name == "ref":
        return (Reference(content, attributes.get("name", ""), attributes.get("group", "")),)
    literal = _literal(content_arg) if content_arg is not None else ""
    if name == "nowiki":
        return (Text(literal),) if literal else ()
    if name == "math":
        return (Math(literal.strip()),)
    if name in _LITERAL_TAGS:
        return (Code(literal),)
    if name == "poem":
        return tuple(LineBreak() if isinstance(node, SoftBreak) else node for node in content)
    if name in _WRAPPERS:
        return (_WRAPPERS[name](content),)
    if name in _INLINE_TAGS:
        # The attributes a tag written this way may carry, made safe as MediaWiki's
        # Sanitizer makes those of a written tag.
        return (InlineTag(name, clean_attributes(attributes, name), content),)
    return () if name in _SILENT_TAGS else None


def _attributes(args: list[Arg]) -> dict[str, str]:
    # Only "name=value" arguments are attributes; a quoted value loses its quotes.
    out: dict[str, str] = {}
    for arg in args:
        if arg.key is None:
            continue
        value = text_of(arg.value) or ""
        quoted = _QUOTED.match(value)
        out[arg.key.strip()] = (quoted.group(1) or "") if quoted else value
    return out


def _literal(arg: Arg) -> str:
    """The argument's text as written (what ``nowiki`` shows), calls expanded."""
    raw = arg.param.raw
    if "{{" not in raw:
        return html.unescape(raw.strip())
    return "".join(node.text for node in expanded(arg.value) if isinstance(node, Text))


@function("#invoke")
def invoke(call: TemplateCall, ctx: HandlerContext) -> Output:
    module = call.text(1)
    ctx.warn(
        "template-lua",
        f"{{{{#invoke:{module}}}}} runs a Lua module, which cannot be run here; left out",
    )
    return None
