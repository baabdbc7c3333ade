"""Inline lists: items in a row with dots between, or one per line.

``hlist`` and ``flatlist`` show their items in a row separated by " · ", as
Wikipedia's hlist style does; ``ubl``/``plainlist`` show one item per line. The
``plainlist``/``flatlist`` forms hold a wikitext ``*`` list in one parameter, which the
reader has already parsed as lines of inline text: items are cut at its line ends.
"""

from __future__ import annotations

from wikiconv.ast import Inline, LineBreak, SoftBreak, Text
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler, trim

__all__ = ["star_items", "starts_with_list"]

DOT = "\u00a0· "
_LIST_MARKS = "*#"


@handler("hlist", "hlist-comma")
def hlist(call: TemplateCall, ctx: HandlerContext) -> Output:
    return _join([item for item in call.positional() if item], (Text(DOT),))


@handler("ubl", "ublist", "unbulleted list", "plain list", "pl", "bulleted list", "bl")
def unbulleted(call: TemplateCall, ctx: HandlerContext) -> Output:
    return _join([item for item in call.positional() if item], (LineBreak(),))


@handler("plainlist", "plain list start", "startplainlist")
def plainlist(call: TemplateCall, ctx: HandlerContext) -> Output:
    return _join(star_items(call.arg(1)), (LineBreak(),))


@handler("flatlist", "startflatlist")
def flatlist(call: TemplateCall, ctx: HandlerContext) -> Output:
    return _join(star_items(call.arg(1)), (Text(DOT),))


@handler("endplainlist", "endflatlist", "end plainlist", "end flatlist")
def end(call: TemplateCall, ctx: HandlerContext) -> Output:
    return ()


def _join(items: list[tuple[Inline, ...]], separator: tuple[Inline, ...]) -> Output:
    out: list[Inline] = []
    for index, item in enumerate(items):
        if index:
            out.extend(separator)
        out.extend(item)
    return tuple(out)


def starts_with_list(content: tuple[Inline, ...]) -> bool:
    """Whether the content's first text starts a ``*`` or ``#`` list line."""
    for node in content:
        if isinstance(node, Text):
            if node.text.strip():
                return node.text.lstrip()[:1] in _LIST_MARKS
            continue
        return False
    return False


def star_items(content: tuple[Inline, ...]) -> list[tuple[Inline, ...]]:
    """The items of a ``*`` or ``#`` list held as inline lines; other lines join the
    item before."""
    lines: list[list[Inline]] = [[]]
    for node in content:
        if isinstance(node, (SoftBreak, LineBreak)):
            lines.append([])
        elif isinstance(node, Text) and "\n" in node.text:
            first, *rest = node.text.split("\n")
            lines[-1].append(Text(first))
            lines.extend([Text(part)] for part in rest)
        else:
            lines[-1].append(node)
    items: list[list[Inline]] = []
    for line in lines:
        head = line[0] if line else None
        if isinstance(head, Text) and head.text.lstrip()[:1] in _LIST_MARKS:
            items.append([Text(head.text.lstrip().lstrip(_LIST_MARKS)), *line[1:]])
        elif items:
            items[-1].extend([Text(" "), *line])
        elif line:
            items.append(line)
    return [trimmed for item in items if (trimmed := trim(tuple(item)))]
