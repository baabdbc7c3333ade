"""Walking and rewriting trees, generically over node fields."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from typing import TypeVar

from wikiconv.ast import (
    Code,
    Diagnostic,
    DocumentLayout,
    ExternalLink,
    Image,
    Layout,
    LineBreak,
    Link,
    Math,
    RawBlock,
    RawInline,
    Reference,
    SoftBreak,
    SourceSpan,
    Template,
    Text,
)
from wikiconv.nodeio import Node

__all__ = ["footnotes", "iter_nodes", "plain_text", "source_nodes", "transform", "visible_nodes"]

N = TypeVar("N", bound=Node)

# Spans and layout are facts about the source, not content: walking skips them.
_NOT_CONTENT = (SourceSpan, Layout, DocumentLayout, Diagnostic)


def iter_nodes(root: Node) -> Iterator[Node]:
    """Every content node under ``root`` (itself first), depth first, in source order.

    Iterative, so that a deeply nested tree cannot exhaust Python's recursion limit.
    """
    stack: list[Node] = [root]
    while stack:
        node = stack.pop()
        yield node
        kids = [kid for kid in node.children() if not isinstance(kid, _NOT_CONTENT)]
        stack.extend(reversed(kids))


def visible_nodes(root: Node) -> Iterator[Node]:
    """Like :func:`iter_nodes`, but a rendered template gives only what it renders to,
    not its parameters: the nodes a reader of the page sees, each once."""
    return _walk(root, rendered=True)


def source_nodes(root: Node) -> Iterator[Node]:
    """Like :func:`iter_nodes`, but never inside a template's rendering: the nodes
    written in the source, each once (a link a handler made is not one of them)."""
    return _walk(root, rendered=False)


def _walk(root: Node, rendered: bool) -> Iterator[Node]:
    stack: list[Node] = [root]
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, Template) and node.rendered is not None:
            kids: list[Node] = list(node.rendered if rendered else node.params)
        else:
            kids = [kid for kid in node.children() if not isinstance(kid, _NOT_CONTENT)]
        stack.extend(reversed(kids))


def transform(root: N, rewrite: Callable[[Node], Node]) -> N:
    """Rebuild ``root`` bottom-up, replacing each node by ``rewrite(node)``.

    ``rewrite`` sees a node whose children are already rewritten; returning the node
    unchanged keeps it. Unchanged subtrees are shared, not copied.
    """
    changes: dict[str, object] = {}
    for f in dataclasses.fields(root):  # type: ignore[arg-type]
        value = getattr(root, f.name)
        new = _rewrite_value(value, rewrite)
        if new is not value:
            changes[f.name] = new
    node = dataclasses.replace(root, **changes) if changes else root  # type: ignore[type-var]
    result = rewrite(node)
    return result  # type: ignore[return-value]


def _rewrite_value(value: object, rewrite: Callable[[Node], Node]) -> object:
    if isinstance(value, _NOT_CONTENT):
        return value
    if isinstance(value, Node):
        return transform(value, rewrite)
    if isinstance(value, tuple):
        items = tuple(_rewrite_value(item, rewrite) for item in value)
        if all(a is b for a, b in zip(items, value, strict=True)):
            return value
        return items
    return value


def plain_text(content: tuple[Node, ...] | Node) -> str:
    """The running text a reader sees in some content, without markup.

    Line breaks become spaces; a link without a label shows its target; a template
    shows what it was rendered to, or nothing; footnotes, images and raw output for
    another format are not running text and give nothing. Iterative, like iter_nodes.
    """
    parts: list[str] = []
    stack: list[Node] = list(reversed(content)) if isinstance(content, tuple) else [content]
    while stack:
        node = stack.pop()
        if isinstance(node, Text):
            parts.append(node.text)
        elif isinstance(node, (SoftBreak, LineBreak)):
            parts.append(" ")
        elif isinstance(node, Code):
            parts.append(node.text)
        elif isinstance(node, Math):
            parts.append(node.tex)
        elif isinstance(node, (Reference, Image, RawInline, RawBlock)):
            continue
        elif isinstance(node, Template):
            stack.extend(reversed(node.rendered or ()))
        elif isinstance(node, Link) and not node.content:
            parts.append(node.target)
        elif isinstance(node, ExternalLink) and not node.content:
            parts.append("" if node.numbered else node.url)
        else:
            stack.extend(
                reversed([kid for kid in node.children() if not isinstance(kid, _NOT_CONTENT)])
            )
    return "".join(parts)


def footnotes(content: tuple[Node, ...]) -> list[Reference]:
    """The footnotes cited in some content, in reading order.

    Footnotes cited inside another footnote's text are left to that footnote, and a
    template counts by what it was rendered to, as a writer writes them.
    """
    found: list[Reference] = []
    stack: list[Node] = list(reversed(content))
    while stack:
        node = stack.pop()
        if isinstance(node, Reference):
            found.append(node)
        elif isinstance(node, Template):
            stack.extend(reversed(node.rendered or ()))
        else:
            stack.extend(
                reversed([kid for kid in node.children() if not isinstance(kid, _NOT_CONTENT)])
            )
    return found
