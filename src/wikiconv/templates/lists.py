"""Inline lists: items in a row with dots between, or one per line.

``hlist`` and ``flatlist`` show their items in a row separated by " · ", as
Wikipedia's hlist style does; ``ubl``/``plainlist`` show one item per line. The
``plainlist``/``flatlist`` forms hold a wikitext ``*`` list in one parameter, which the
reader has already parsed as lines of inline text: items are cut at its line ends.
"""

from __future__ import annotations

import re

from wikiconv.ast import Inline, LineBreak, SoftBreak, Text
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler, trim

__all__ = ["RULE", "join_items", "source_lines", "star_items", "starts_with_list"]

DOT = "\u00a0· "
_LIST_MARKS = "*#"


@handler("hlist", "hlist-comma")
def hlist(call: TemplateCall, ctx: HandlerContext) -> Output:
    return join_items([item for item in call.positional() if item], (Text(DOT),))


@handler("ubl", "ublist", "unbulleted list", "plain list", "pl", "bulleted list", "bl")
def unbulleted(call: TemplateCall, ctx: HandlerContext) -> Output:
    return join_items([item for item in call.positional() if item], (LineBreak(),))


@handler("plainlist", "plain list start", "startplainlist")
def plainlist(call: TemplateCall, ctx: HandlerContext) -> Output:
    return join_items(star_items(call.arg(1)), (LineBreak(),))


@handler("flatlist", "startflatlist")
def flatlist(call: TemplateCall, ctx: HandlerContext) -> Output:
    return join_items(star_items(call.arg(1)), (Text(DOT),))


@handler("endplainlist", "endflatlist", "end plainlist", "end flatlist")
def end(call: TemplateCall, ctx: HandlerContext) -> Output:
    return ()


def join_items(items: list[tuple[Inline, ...]], separator: tuple[Inline, ...]) -> Output:
    """The items with ``separator`` between them."""
    out: list[Inline] = []
    for index, item in enumerate(items):
        if index:
            out.extend(separator)
        out.extend(item)
    return tuple(out)


def starts_with_list(content: tuple[Inline, ...]) -> bool:
    """Whether a line of the content starts a ``*`` or ``#`` list."""
    at_line_start = True
    for node in content:
        if isinstance(node, SoftBreak):
            at_line_start = True
        elif isinstance(node, Text):
            if at_line_start and node.text.strip():
                if node.text.lstrip()[:1] in _LIST_MARKS:
                    return True
                at_line_start = False
            if "\n" in node.text:
                after = node.text.rsplit("\n", 1)[1]
                if any(line.lstrip()[:1] in _LIST_MARKS for line in node.text.split("\n")[1:]):
                    return True
                at_line_start = not after.strip()
        else:
            at_line_start = False
    return False


def star_items(content: tuple[Inline, ...]) -> list[tuple[Inline, ...]]:
    """The items of a ``*`` or ``#`` list held as inline lines.

    A line of four or more dashes (a rule between groups of the list) is an item of
    its own, ``----``; any other line that starts no item is a line of the item
    before, after a line break, as the page shows such a paragraph on its own line.
    Line breaks inside a line (``<br />``) stay in its item.
    """
    lines = source_lines(content)
    items: list[list[Inline]] = []
    for line in lines:
        head = line[0] if line else None
        if isinstance(head, Text) and head.text.lstrip()[:1] in _LIST_MARKS:
            items.append([Text(head.text.lstrip().lstrip(_LIST_MARKS)), *line[1:]])
        elif _is_rule(line):
            items.append([Text(RULE)])
        elif items and items[-1] != [Text(RULE)]:
            items[-1].extend([LineBreak(), *line])
        elif line:
            items.append(line)
    return [_merged(trimmed) for item in items if (trimmed := trim(tuple(item)))]


RULE = "----"


def source_lines(content: tuple[Inline, ...], *, line_breaks: bool = False) -> list[list[Inline]]:
    """Inline content cut into the lines of its source (at each line end; also at each
    ``<br />`` with ``line_breaks``)."""
    ends = (SoftBreak, LineBreak) if line_breaks else (SoftBreak,)
    lines: list[list[Inline]] = [[]]
    for node in content:
        if isinstance(node, ends):
            lines.append([])
        elif isinstance(node, Text) and "\n" in node.text:
            first, *rest = node.text.split("\n")
            lines[-1].append(Text(first))
            lines.extend([Text(part)] for part in rest)
        else:
            lines[-1].append(node)
    return lines


def _is_rule(line: list[Inline]) -> bool:
    text = "".join(node.text for node in line if isinstance(node, Text))
    return len(line) == sum(isinstance(node, Text) for node in line) and bool(
        re.fullmatch(r"\s*-{4,}\s*", text)
    )


def _merged(content: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """Adjacent text nodes as one, as the reader gives them."""
    out: list[Inline] = []
    for node in content:
        if isinstance(node, Text) and out and isinstance(out[-1], Text):
            out[-1] = Text(out[-1].text + node.text)
        else:
            out.append(node)
    return tuple(out)
