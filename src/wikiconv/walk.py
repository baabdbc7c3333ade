"""Walking and rewriting trees, generically over node fields."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from typing import TypeVar

from wikiconv.ast import (
    BlockQuote,
    BlockTag,
    Code,
    CodeBlock,
    Diagnostic,
    DocumentLayout,
    ExternalLink,
    Image,
    Inline,
    Layout,
    LineBreak,
    Link,
    List,
    ListItem,
    Math,
    Paragraph,
    Plain,
    Preformatted,
    RawBlock,
    RawInline,
    Reference,
    Row,
    SoftBreak,
    SourceSpan,
    Template,
    TemplateBlock,
    Text,
)
from wikiconv.nodeio import Node

__all__ = [
    "NOT_CONTENT",
    "block_as_inline",
    "footnotes",
    "iter_nodes",
    "plain_text",
    "rebuild",
    "source_nodes",
    "transform",
    "visible_nodes",
]

N = TypeVar("N", bound=Node)

# Spans and layout are facts about the source, not content: walking skips them.
NOT_CONTENT = (SourceSpan, Layout, DocumentLayout, Diagnostic)
_NOT_CONTENT = NOT_CONTENT


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
    not its parameters: the nodes a reader of the page sees, each once. A template
    block gives its calls (which render as nothing) and then its blocks."""
    return _walk(root, rendered=True)


def source_nodes(root: Node) -> Iterator[Node]:
    """Like :func:`iter_nodes`, but never inside a template's rendering: the nodes
    written in the source, each once (a link a handler made is not one of them). A
    template block gives its calls, not the blocks made of them."""
    return _walk(root, rendered=False)


def _walk(root: Node, rendered: bool) -> Iterator[Node]:
    stack: list[Node] = [root]
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, Template) and node.rendered is not None:
            kids: list[Node] = list(node.rendered if rendered else node.params)
        elif isinstance(node, TemplateBlock) and not rendered:
            kids = list(node.content)
        elif isinstance(node, Row) and node.template is not None and not rendered:
            kids = [node.template]
        else:
            kids = [kid for kid in node.children() if not isinstance(kid, _NOT_CONTENT)]
        stack.extend(reversed(kids))


Rewrite = Callable[[Node], "Node | tuple[Node, ...]"]


def transform(root: N, rewrite: Callable[[Node], Node]) -> N:
    """Rebuild ``root`` bottom-up, replacing each node by ``rewrite(node)``.

    ``rewrite`` sees a node whose children are already rewritten; returning the node
    unchanged keeps it. Unchanged subtrees are shared, not copied. Iterative, like
    :func:`iter_nodes`, so deep trees do not exhaust the recursion limit.
    """
    result = rebuild(root, rewrite)
    assert isinstance(result, Node)
    return result  # type: ignore[return-value]


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    """A node type's field names, worked out once (dataclasses.fields is slow to call
    for every node of a large tree)."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


class _Frame:
    """One node being rebuilt: where its child nodes are and what they became."""

    __slots__ = ("done", "node", "results", "slots")

    def __init__(self, node: Node) -> None:
        self.node = node
        # (field name, index in the tuple or -1 for a single node, the child)
        self.slots: list[tuple[str, int, Node]] = []
        for name in _field_names(type(node)):
            value = getattr(node, name)
            if isinstance(value, Node) and not isinstance(value, _NOT_CONTENT):
                self.slots.append((name, -1, value))
            elif isinstance(value, tuple):
                for index, item in enumerate(value):
                    if isinstance(item, Node) and not isinstance(item, _NOT_CONTENT):
                        self.slots.append((name, index, item))
        self.results: list[Node | tuple[Node, ...]] = []
        self.done = 0

    def finish(self) -> Node:
        changed = any(r is not s[2] for r, s in zip(self.results, self.slots, strict=True))
        if not changed:
            return self.node
        singles: dict[str, object] = {}
        spliced: dict[str, dict[int, Node | tuple[Node, ...]]] = {}
        for (name, index, _), result in zip(self.slots, self.results, strict=True):
            if index < 0:
                singles[name] = result
            else:
                spliced.setdefault(name, {})[index] = result
        for name, replaced in spliced.items():
            items: list[object] = []
            for index, item in enumerate(getattr(self.node, name)):
                new = replaced.get(index, item)
                items.extend(new if isinstance(new, tuple) else (new,))
            singles[name] = tuple(items)
        return dataclasses.replace(self.node, **singles)  # type: ignore[type-var]


def rebuild(root: Node, rewrite: Rewrite) -> Node | tuple[Node, ...]:
    """``root`` rebuilt bottom-up; ``rewrite`` may return several nodes to splice.

    Iterative, so any depth of nesting works; a node inside a tuple may become any
    number of nodes (a template becoming what it renders to).
    """
    frames = [_Frame(root)]
    while True:
        frame = frames[-1]
        if frame.done < len(frame.slots):
            child = frame.slots[frame.done][2]
            frame.done += 1
            frames.append(_Frame(child))
            continue
        result = rewrite(frame.finish())
        frames.pop()
        if not frames:
            return result
        frames[-1].results.append(result)


# Calls that show a footnote marker and the page it cites ({{r|name|p=5}}, {{rp|5}}
# after a <ref>): the page belongs to the marker, which running text leaves out.
_FOOTNOTE_MARKS = frozenset({"r", "rp"})


def plain_text(content: tuple[Node, ...] | Node) -> str:
    """The running text a reader sees in some content, without markup.

    Line breaks become spaces; a link without a label shows its target; a template
    shows what it was rendered to, or nothing; footnotes (and the page ``{{rp}}`` adds
    to a marker), images and raw output for another format are not running text and
    give nothing. Iterative, like iter_nodes.
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
            if node.name.strip().replace("_", " ").lower() not in _FOOTNOTE_MARKS:
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


_RUN_OF_SPACE = re.compile(r"[ \t\r\n]+")


def visible_text(content: tuple[Node, ...] | Node) -> str:
    """``plain_text`` with white space as a browser shows it: each run is one space.

    Source wikitext often has double spaces after a sentence or where a template
    rendered nothing; the page shows one. No-break spaces are content and stay.
    """
    return _RUN_OF_SPACE.sub(" ", plain_text(content)).strip(" ")


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


def block_as_inline(block: Node) -> tuple[Inline, ...] | None:
    """A block's text as inline content, its lines and paragraphs kept apart by line
    breaks, for a block written where only inline content can stand (``<poem>`` in a
    template parameter); ``None`` for a block that has no such form (a table, an
    image gallery)."""
    if isinstance(block, (Paragraph, Plain, Preformatted)):
        return block.content
    if isinstance(block, CodeBlock):
        return (Code(block.text),)
    parts: tuple[Node, ...]
    if isinstance(block, (BlockTag, BlockQuote, ListItem)):
        parts = block.blocks
    elif isinstance(block, List):
        parts = block.items
    else:
        return None
    out: list[Inline] = []
    for part in parts:
        inline = block_as_inline(part)
        if inline is None:
            return None
        out += [LineBreak(), *inline] if out and inline else inline
    return tuple(out)
