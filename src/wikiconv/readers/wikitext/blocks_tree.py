"""The tree builder: tag tokens and text to blocks, with the HTML parser's rules.

MediaWiki hands the block pass's output to an HTML5 parser (RemexHtml), and what a
reader sees is what that parser builds: a ``<div>`` closes an open ``<p>``, a new
``<li>`` closes the last one, a ``<td>`` without a row gets one, text or a list
written between table rows is moved out in front of the table ("foster parenting"),
and a stray closing tag is ignored. This module applies those rules to the block
elements the pass deals in, on an explicit stack of open elements, so nesting costs
no recursion; inline markup is the inline pass's and travels inside the text runs.

The stack is bounded (``Limits.block_depth``): a tag that would open an element deeper
than that is treated as text (a written tag) or ignored (a tag a stage made), with a
diagnostic, so every writer can walk the tree without exhausting Python's stack.
"""

from __future__ import annotations

from wikiconv.ast import Block, HorizontalRule, Inline, LineBreak
from wikiconv.readers.wikitext.blocks_format import ActiveFormatting
from wikiconv.readers.wikitext.blocks_levels import is_block_marker
from wikiconv.readers.wikitext.blocks_nodes import (
    HEADINGS,
    Element,
    close_element,
    inline_of_block,
    sectioned,
)
from wikiconv.readers.wikitext.blocks_tags import TOKEN, Tag, Tags
from wikiconv.readers.wikitext.context import MARK, ReadContext

__all__ = ["build_tree"]


_TABLE_PARTS = frozenset({"td", "th", "tr", "caption"})
_FRESH_START = frozenset({"td", "th", "caption"})  # formatting does not reach inside
# Start tags that close an open <p> (HTML's list, restricted to what arrives here).
_CLOSES_P = frozenset(
    "div center blockquote p ul ol dl li dd dt table hr pre figure h1 h2 h3 h4 h5 h6".split()
)
# Elements that end a "has an element in scope" search.
_SCOPE = frozenset({"#root", "table", "td", "th", "caption"})
_LIST_SCOPE = _SCOPE | {"ul", "ol"}
_TABLE_SCOPE = frozenset({"#root", "table"})
# HTML's "special" elements, as far as the <li>/<dd> closing search needs them.
_SPECIAL = frozenset(
    "#root blockquote caption center dd dl dt figure h1 h2 h3 h4 h5 h6 li ol pre table td th "
    "tr ul".split()
)
_CLOSE_IN_SCOPE = frozenset({"div", "center", "blockquote", "ul", "ol", "dl", "pre", "figure"})
# One-name sets for the scope searches, made once.
_ONLY = {
    name: frozenset({name})
    for name in (*_CLOSE_IN_SCOPE, *_TABLE_PARTS, "table", "p", "li", "dd", "dt")
}
_CELLS = frozenset({"td", "th"})
_ITEMS = frozenset({"dd", "dt"})


def build_tree(text: str, tags: Tags, ctx: ReadContext) -> tuple[Block, ...]:
    """The blocks that ``text`` (tag tokens, markers and raw inline text) makes."""
    builder = _Builder(tags, ctx)
    # split() gives text, then for each token its "T" flag and number, alternately.
    parts = TOKEN.split(text)
    pending = [parts[0]]
    for position in range(1, len(parts), 3):
        is_tag, index, after = parts[position], int(parts[position + 1]), parts[position + 2]
        if is_tag:
            if pending != [""]:
                builder.characters("".join(pending))
            builder.tag(tags.get(index))
        elif is_block_marker(ctx, index):
            builder.characters("".join(pending))
            builder.block(ctx.node(index))  # type: ignore[arg-type]
        else:  # an inline marker stays in the text for the inline pass
            pending += (f"{MARK}{index}{MARK}", after)
            continue
        pending = [after]
    builder.characters("".join(pending))
    return builder.finish()


class _Builder:
    def __init__(self, tags: Tags, ctx: ReadContext) -> None:
        self.tags = tags
        self.ctx = ctx
        self.root = Element("#root", (), None)
        self.stack = [self.root]
        self.formatting = ActiveFormatting()
        self.noted = False

    # ---------------------------------------------------------------- helpers

    def mode(self) -> str:
        """HTML's insertion mode: set by the nearest table-related open element."""
        return self.stack[-1].mode

    def target(self) -> Element:
        """Where new content goes: the current element, or in front of the table when
        the current element is a table or a row (foster parenting)."""
        current = self.stack[-1]
        if current.name not in ("table", "tr"):
            return current
        for element in reversed(self.stack):
            if element.name == "table" and element.parent is not None:
                return element.parent
        return self.root

    def in_scope(self, names: frozenset[str], boundary: frozenset[str] = _SCOPE) -> bool:
        for element in reversed(self.stack):
            if element.name in names:
                return True
            if element.name in boundary:
                return False
        return False

    def append(self, element: Element, piece: str | Inline) -> None:
        """Add to an element's run; a new run starts with the formatting still open."""
        if not element.run:
            element.opening = self.formatting.opening()
        element.run.append(piece)
        if isinstance(piece, str):
            self.formatting.feed(piece)

    def pop(self) -> None:
        element = self.stack.pop()
        if element.name in _FRESH_START:
            self.formatting.leave_cell()
        parent = element.parent or self.root
        nodes = close_element(element, self.ctx)
        parent.flush(self.ctx)
        parent.children.extend(nodes)

    def pop_until(self, names: frozenset[str]) -> None:
        while len(self.stack) > 1:
            name = self.stack[-1].name
            self.pop()
            if name in names:
                return

    def clear_to(self, name: str) -> None:
        """Pop back to the nearest open ``name`` (a table or a row), keeping it."""
        while len(self.stack) > 1 and self.stack[-1].name != name:
            self.pop()

    def push(self, tag: Tag, part: bool = False) -> bool:
        """Open an element; ``part`` for a row, cell or caption, which goes into the
        current table or row itself rather than in front of it."""
        parent = self.stack[-1] if part else self.target()
        if len(self.stack) > self.ctx.options.limits.block_depth:
            self.degrade(tag)
            return False
        parent.flush(self.ctx)  # text before the element stays before it
        self.stack.append(Element(tag.name, tag.attributes, parent, self.stack[-1].mode))
        if tag.name in _FRESH_START:
            self.formatting.enter_cell()
        return True

    def degrade(self, tag: Tag) -> None:
        if not self.noted:
            self.noted = True
            self.ctx.note(
                "warning",
                "nesting-too-deep",
                f"blocks nested deeper than {self.ctx.options.limits.block_depth} are "
                "flattened",
            )
        self.drop(tag)
        if tag.source:  # a written tag is shown as the text it was
            self.characters(tag.source.replace("&", "&amp;").replace("<", "&lt;"))

    def drop(self, tag: Tag) -> None:
        """Ignore an opening tag, and later the closing tag that matches it."""
        dropped = self.stack[-1].dropped
        dropped[tag.name] = dropped.get(tag.name, 0) + 1

    # ---------------------------------------------------------------- input

    def characters(self, text: str) -> None:
        if not text:
            return
        if self.stack[-1].name in ("table", "tr") and not text.strip(" \t\n\x0c\r"):
            return  # white space between rows is nothing
        self.append(self.target(), text)

    def block(self, node: Block) -> None:
        """A block from a marker (``<pre>``, ``<gallery>``, ``<references/>``)."""
        current = self.stack[-1]
        if current.name in HEADINGS or current.name == "pre":
            self.append(current, inline_of_block(node))
            return
        self.close_p()
        parent = self.target()
        parent.flush(self.ctx)
        parent.children.append(node)

    def tag(self, tag: Tag) -> None:
        if tag.kind == "close":
            self.end_tag(tag.name)
        elif tag.name == "br":
            self.append(self.target(), LineBreak())
        else:
            self.start_tag(tag)

    def start_tag(self, tag: Tag) -> None:
        name = tag.name
        mode = self.mode()
        if name in _TABLE_PARTS and mode in ("cell", "caption"):
            # A new cell, row or caption ends the open cell or caption first.
            closing = _CELLS if mode == "cell" else _ONLY["caption"]
            if self.in_scope(closing, _TABLE_SCOPE):
                self.pop_until(closing)
                self.start_tag(tag)
            return
        if mode == "row" and name in ("td", "th"):
            self.clear_to("tr")
            self.push(tag, part=True)
            return
        if mode == "row" and name in ("tr", "caption", "table"):
            self.pop_until(_ONLY["tr"])
            self.start_tag(tag)
            return
        if mode == "table" and name in ("caption", "tr"):
            self.clear_to("table")
            self.push(tag, part=True)
            return
        if mode == "table" and name in ("td", "th"):
            self.clear_to("table")
            if self.push(Tag("tr", "open"), part=True):
                self.start_tag(tag)
            return
        if mode == "table" and name == "table":
            self.pop_until(_ONLY["table"])
            self.start_tag(tag)
            return
        if name in _TABLE_PARTS:
            return  # a cell or row outside any table is ignored, as HTML does
        self.start_in_body(tag)

    def start_in_body(self, tag: Tag) -> None:
        name = tag.name
        current = self.stack[-1]
        if current.name == "pre" or (current.name in HEADINGS and name not in HEADINGS):
            # Headings and indent-pre hold inline content only: the tag is dropped and
            # what it wraps stays in the heading.
            if tag.kind == "open":
                self.drop(tag)
            return
        if name in _CLOSES_P:
            self.close_p()
        if name == "li":
            self.close_item(_ONLY["li"])
        elif name in _ITEMS:
            self.close_item(_ITEMS)
        elif name in HEADINGS and self.stack[-1].name in HEADINGS:
            self.pop()
        if tag.kind == "void":
            parent = self.target()
            parent.flush(self.ctx)
            parent.children.append(HorizontalRule())
            return
        self.push(tag)

    def close_p(self) -> None:
        if self.in_scope(_ONLY["p"]):
            self.pop_until(_ONLY["p"])

    def close_item(self, names: frozenset[str]) -> None:
        """HTML's <li>/<dd> rule: close an open item unless a list or block is in between."""
        for element in reversed(self.stack):
            if element.name in names:
                self.pop_until(_ONLY[element.name])
                return
            if element.name in _SPECIAL:
                return

    def end_tag(self, name: str) -> None:
        current = self.stack[-1]
        if current.dropped.get(name):
            current.dropped[name] -= 1
            return
        mode = self.mode()
        only = _ONLY.get(name, HEADINGS)
        if name in _CELLS:
            if mode == "cell" and self.in_scope(only, _TABLE_SCOPE):
                self.pop_until(only)
        elif name == "tr":
            if mode in ("cell", "row") and self.in_scope(only, _TABLE_SCOPE):
                self.pop_until(only)
        elif name == "caption":
            if mode == "caption":
                self.pop_until(only)
        elif name == "table":
            if self.in_scope(only, _TABLE_SCOPE):
                self.pop_until(only)
        elif name == "li":
            if self.in_scope(only, _LIST_SCOPE):
                self.pop_until(only)
        elif (name in _ONLY or name in HEADINGS) and self.in_scope(only):
            self.pop_until(only)  # </p>, </div>, </dd>, </h2>… (any heading closes one)

    def finish(self) -> tuple[Block, ...]:
        while len(self.stack) > 1:
            self.pop()
        self.root.flush(self.ctx)
        return sectioned(self.root.children)
