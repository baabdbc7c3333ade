"""From working text to nodes: tokens fed to the HTML5 tree builder, elements to nodes.

Elements map to nodes by tag: ``b``/``strong`` to Bold, ``i``/``em`` to Italic, ``u``/
``ins`` to Underline, ``s``/``strike``/``del`` to Strikeout, ``sup``, ``sub``, ``small``
to their nodes, ``code``/``tt`` holding only text to Code, links to Link and
ExternalLink, anything else to InlineTag. Text is decoded (character references) only
here, after every pass has seen it as MediaWiki's passes see it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import cast, get_args

from wikiconv.ast import (
    Block,
    Bold,
    Code,
    ExternalLink,
    Inline,
    InlineTag,
    Italic,
    LineBreak,
    Link,
    Small,
    SoftBreak,
    Strikeout,
    Subscript,
    Superscript,
    Text,
    Underline,
)
from wikiconv.readers.wikitext.inline_common import LinkToken, TagToken, Work, decode_text
from wikiconv.readers.wikitext.inline_html5 import FORMATTING, Element, TreeBuilder
from wikiconv.walk import block_as_inline

__all__ = ["build"]

_STYLED: dict[str, type[Bold | Italic | Underline | Strikeout | Superscript | Subscript | Small]]
_STYLED = {
    "b": Bold,
    "strong": Bold,
    "i": Italic,
    "em": Italic,
    "u": Underline,
    "ins": Underline,
    "s": Strikeout,
    "strike": Strikeout,
    "del": Strikeout,
    "sup": Superscript,
    "sub": Subscript,
    "small": Small,
}
_BLOCKS = get_args(Block)
# Past this depth elements are converted with an explicit stack, not by recursion.
_MAX_RECURSION = 64
_FEED = re.compile("\x7f(!?)(\\d+)\x7f|\n")
_BREAK = SoftBreak()


def build(text: str, work: Work) -> tuple[Inline, ...]:
    """The nodes of one run of working text, all its tags balanced."""
    builder = TreeBuilder(work.ctx)
    _feed(text, work, builder)
    return _convert(builder.root, 0)


def _feed(text: str, work: Work, builder: TreeBuilder) -> None:
    """Send working text to the builder: text, line breaks, tags, links and leaves.

    This loop runs once per token of the whole text, so the builder's text insertion
    is written out here rather than called.
    """
    tokens, stack, active, done = work.tokens, builder.stack, builder.active, 0
    for match in _FEED.finditer(text):
        start = match.start()
        if start > done:
            if active and not active[-1].open:
                builder.reconstruct()
            stack[-1].children.append(text[done:start])
        done = match.end()
        if done == start + 1:  # a line break
            builder.leaf(_BREAK)
            continue
        index = int(match.group(2))
        if not match.group(1):
            node = work.ctx.node(index)
            if isinstance(node, _BLOCKS):
                # A block where only inline content can stand (<poem> in a template
                # parameter) keeps its text, its lines kept apart by line breaks.
                inline = block_as_inline(node)
                if inline is None:
                    note = "a block in inline text is left out"
                    work.ctx.note("warning", "block-in-inline", note)
                for each in inline or ():
                    builder.leaf(each)
            else:
                builder.leaf(cast(Inline, node))  # Block ruled out just above
            continue
        token = tokens[index]
        if isinstance(token, TagToken):
            kind = token.kind
            if kind == "open":
                builder.start(token.name, token.attributes)
            elif kind == "close" and token.name in FORMATTING:
                builder.adopt(token.name)
            else:
                _tag(token, builder)
        elif isinstance(token, LinkToken):
            builder.start("a", (("href", token.target),), token)
            _feed(token.label, work, builder)
            builder.end("a")
        else:
            builder.leaf(token)
    if done < len(text):
        builder.text(text[done:])


def _tag(token: TagToken, builder: TreeBuilder) -> None:
    if token.kind == "open":
        builder.start(token.name, token.attributes)
    elif token.name == "br":
        builder.leaf(LineBreak())  # <br>, <br/> and </br> all break the line
    elif token.kind == "void":
        # <hr> is a block: like a block start tag it reopens no formatting.
        builder.leaf(InlineTag(token.name, token.attributes, ()), block=token.name == "hr")
    elif token.name not in ("wbr", "hr", "meta", "link"):
        builder.end(token.name)


def _convert(element: Element, depth: int) -> tuple[Inline, ...]:
    """An element's content as nodes: recursive while shallow (the fast way), by an
    explicit stack past that (the adoption agency can make a tree deeper)."""
    if depth > _MAX_RECURSION:
        return _convert_deep(element)
    items: list[str | Inline] = []
    for kid in element.children:
        if not isinstance(kid, Element):
            items.append(kid)
            continue
        grandkids = kid.children
        if len(grandkids) == 1 and isinstance(grandkids[0], str):
            text = decode_text(grandkids[0])  # the usual <b>text</b>, made directly
            items.extend(_node(kid, (Text(text),) if text else ()))
        else:
            items.extend(_node(kid, _convert(kid, depth + 1)))
    return _merged(items)


def _convert_deep(top: Element) -> tuple[Inline, ...]:
    frames: list[tuple[Element, Iterator[str | Inline | Element], list[str | Inline]]]
    frames = [(top, iter(top.children), [])]
    while True:
        element, kids, out = frames[-1]
        for kid in kids:
            if isinstance(kid, Element):
                frames.append((kid, iter(kid.children), []))
                break
            out.append(kid)
        else:
            frames.pop()
            content = _merged(out)
            if not frames:
                return content
            frames[-1][2].extend(_node(element, content))


def _node(element: Element, content: tuple[Inline, ...]) -> list[Inline]:
    tag = element.tag
    if tag == "a":
        return _link(element, content)
    styled = _STYLED.get(tag)
    if styled is not None:
        # An empty <b></b> (doQuotes leaves some) shows nothing: no node.
        return [styled(content)] if content else []
    if tag in ("code", "tt"):
        if not content:
            return []
        if all(isinstance(node, (Text, SoftBreak)) for node in content):
            return [Code("".join(n.text if isinstance(n, Text) else "\n" for n in content))]
        return [InlineTag("code", element.attributes, content)]
    return [InlineTag(tag, element.attributes, content)]


def _link(element: Element, content: tuple[Inline, ...]) -> list[Inline]:
    spec = element.spec
    if spec is None:
        return list(content)
    if spec.kind == "ext":
        # An empty <a> shows nothing, where an ExternalLink without content shows its URL.
        return [ExternalLink(spec.target, content)] if content else []
    shown = spec.target + (f"#{spec.anchor}" if spec.anchor else "")
    if spec.bare and not element.cloned and content in ((), (Text(shown),)):
        content = ()  # [[Target]]: the writer shows the target
    elif not content:
        return []
    return [Link(spec.target, content, spec.anchor)]


def _merged(nodes: list[str | Inline]) -> tuple[Inline, ...]:
    """Raw text pieces joined and decoded (joined first, so no reference is cut in
    two), adjacent texts merged, empty ones dropped. A Text that came whole from the
    preprocessor is not decoded again."""
    if len(nodes) == 1 and isinstance(nodes[0], str):
        text = decode_text(nodes[0])
        return (Text(text),) if text else ()
    out: list[Inline] = []
    raw: list[str] = []
    pending = ""  # text waiting for the next non-text node
    for node in nodes:
        if isinstance(node, str):
            raw.append(node)
            continue
        if raw:
            pending += decode_text("".join(raw))
            raw.clear()
        if isinstance(node, Text):
            pending += node.text
            continue
        if pending:
            out.append(Text(pending))
            pending = ""
        out.append(node)
    if raw:
        pending += decode_text("".join(raw))
    if pending:
        out.append(Text(pending))
    return tuple(out)
