"""Open elements of the tree builder, and the nodes they become when they close.

An element collects its children (finished nodes) and a *run*: the inline text that
has arrived since its last child, kept as raw wikitext until a block interrupts it.
A run becomes a Paragraph where MediaWiki's HTML cleanup (RemexCompatMunger) wraps
bare text in ``<p>`` (the page itself and ``<blockquote>``) and a Plain elsewhere (a
cell's or a list item's first line, text in a ``<div>``); ``<p>`` elements the block
pass wrote are Paragraphs wherever they are.
"""

from __future__ import annotations

from dataclasses import dataclass

from wikiconv.ast import (
    Attributes,
    Block,
    BlockQuote,
    BlockTag,
    Cell,
    Code,
    CodeBlock,
    Inline,
    LineBreak,
    List,
    ListItem,
    Paragraph,
    Plain,
    Preformatted,
    Row,
    Section,
    SoftBreak,
    Table,
    Template,
    Text,
)
from wikiconv.readers.wikitext.blocks_attrs import cell_spans
from wikiconv.readers.wikitext.blocks_tables import ROW_TEMPLATE
from wikiconv.readers.wikitext.context import ReadContext
from wikiconv.walk import plain_text

__all__ = ["HEADINGS", "Element", "close_element", "inline_of_block", "sectioned"]

HEADINGS = frozenset(f"h{level}" for level in range(1, 7))
_WRAPS_IN_P = frozenset({"#root", "blockquote"})
_MODES = {"td": "cell", "th": "cell", "tr": "row", "table": "table", "caption": "caption"}
_LIST_KINDS = {"ul": "bullet", "ol": "ordered", "dl": "definition"}
_ITEM_KINDS = {"li": "item", "dt": "term", "dd": "definition"}


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading before sectioning: it becomes a Section holding what follows it."""

    level: int
    content: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class Caption:
    content: tuple[Inline, ...]


Child = Block | ListItem | Row | Cell | Heading | Caption
_NOT_BLOCKS = frozenset({ListItem, Row, Cell, Heading, Caption})
Piece = str | Inline


class Element:
    """One open element: its tag, where it goes when closed, and what it holds so far."""

    __slots__ = ("attributes", "children", "dropped", "mode", "name", "opening", "parent", "run")

    def __init__(
        self, name: str, attributes: Attributes, parent: Element | None, mode: str = "body"
    ) -> None:
        self.name = name
        # HTML's insertion mode while this element is the innermost open one.
        self.mode = _MODES.get(name, mode)
        self.attributes = attributes
        self.parent = parent
        self.children: list[Child] = []
        self.run: list[Piece] = []
        # Formatting tags the current run reopens (see blocks_format).
        self.opening = ""
        # Opening tags ignored inside this element, so their closing tags are too.
        self.dropped: dict[str, int] = {}

    def flush(self, ctx: ReadContext) -> None:
        """Turn the pending run into a Paragraph or Plain child (nothing if blank)."""
        if not self.run:
            return
        run, self.run = self.run, []
        content = inlines(run, ctx, strip=True, opening=self.opening)
        if content:
            wrap = Paragraph if self.name in _WRAPS_IN_P else Plain
            self.children.append(wrap(content))


def inlines(
    run: list[Piece], ctx: ReadContext, strip: bool, opening: str = ""
) -> tuple[Inline, ...]:
    """The run's raw text through the inline pass, with the nodes already made kept.

    ``strip`` drops the white space at both ends (insignificant outside ``<pre>``);
    ``opening`` is put in front of a run that has content.
    """
    if len(run) == 1 and isinstance(run[0], str):  # the common case, made cheap
        text = run[0].strip(" \t\n") if strip else run[0]
        if not text.strip(" \t\n"):
            return ()
        return _visible(ctx.parse_inline(opening + text, ctx), strip)
    if all(isinstance(piece, str) and not piece.strip(" \t\n") for piece in run):
        return ()
    # Runs of strings joined once each (adding one to another in a loop is quadratic
    # on a page of many small pieces).
    pieces: list[Piece] = []
    texts: list[str] = []
    for piece in run:
        if isinstance(piece, str):
            texts.append(piece)
            continue
        if texts:
            pieces.append("".join(texts))
            texts = []
        pieces.append(piece)
    if texts:
        pieces.append("".join(texts))
    if strip:
        if pieces and isinstance(pieces[0], str):
            pieces[0] = pieces[0].lstrip(" \t\n")
        if pieces and isinstance(pieces[-1], str):
            pieces[-1] = pieces[-1].rstrip(" \t\n")
        # The line end after a paragraph's leading <br> (extra blank lines) is no
        # content of its own.
        if len(pieces) > 1 and isinstance(pieces[0], LineBreak) and isinstance(pieces[1], str):
            pieces[1] = pieces[1].lstrip(" \t\n")
    if opening:
        if pieces and isinstance(pieces[0], str):
            pieces[0] = opening + pieces[0]
        else:
            pieces.insert(0, opening)
    out: list[Inline] = []
    for piece in pieces:
        if isinstance(piece, str):
            if piece:
                out.extend(ctx.parse_inline(piece, ctx))
        else:
            out.append(piece)
    return _visible(tuple(out), strip)


def _visible(content: tuple[Inline, ...], strip: bool) -> tuple[Inline, ...]:
    """The content without line breaks and blank text at its edges; nothing, when it
    shows nothing (a marker for a tag that renders nothing, such as
    ``<templatestyles>``), so no empty paragraph is made of it."""
    if not strip:
        return content
    start, end = 0, len(content)
    while start < end and _blank(content[start]):
        start += 1
    while end > start and _blank(content[end - 1]):
        end -= 1
    trimmed = list(content[start:end])
    # White space at a block's edges shows nothing (a stray tag may have stood there).
    if trimmed and isinstance(trimmed[0], Text) and trimmed[0].text[:1].isspace():
        trimmed[0] = Text(trimmed[0].text.lstrip())
    if trimmed and isinstance(trimmed[-1], Text) and trimmed[-1].text[-1:].isspace():
        trimmed[-1] = Text(trimmed[-1].text.rstrip())
    return tuple(trimmed)


def _blank(node: Inline) -> bool:
    return isinstance(node, SoftBreak) or (isinstance(node, Text) and not node.text.strip())


def inline_of_block(node: Block) -> Inline:
    """A block that turned up where only inline content can go (a heading)."""
    if isinstance(node, CodeBlock):
        return Code(node.text)
    return Text(plain_text(node))


def close_element(element: Element, ctx: ReadContext) -> list[Child]:
    """The node(s) an element becomes when it is closed."""
    name = element.name
    opening = element.opening
    if name == "p":
        content = inlines(element.run, ctx, strip=True, opening=opening)
        return [Paragraph(content)] if content else []
    if name == "pre":
        content = inlines(_pre_text(element.run), ctx, strip=False, opening=opening)
        return [Preformatted(content)] if content else []
    if name in HEADINGS:
        return [Heading(int(name[1]), inlines(element.run, ctx, strip=True, opening=opening))]
    element.flush(ctx)
    children = element.children
    if name == "figure":
        return children  # the image is a Plain of its own; the tree has no figure node
    if name in _LIST_KINDS:
        return [List(_items(children, name), _LIST_KINDS[name])]  # type: ignore[arg-type]
    if name in _ITEM_KINDS:
        return [ListItem(sectioned(children), _ITEM_KINDS[name])]  # type: ignore[arg-type]
    if name == "table":
        rows = tuple(child for child in children if isinstance(child, Row))
        captions = [child.content for child in children if isinstance(child, Caption)]
        caption: tuple[Inline, ...] = ()
        for part in captions:
            caption += ((SoftBreak(),) if caption else ()) + part
        return [Table(rows, caption, element.attributes)]
    if name == "tr":
        cells = tuple(c for c in children if isinstance(c, Cell))
        return [_row_call(cells, element.attributes) or Row(cells, element.attributes)]
    if name in ("td", "th"):
        colspan, rowspan, rest = cell_spans(element.attributes)
        return [Cell(sectioned(children), name == "th", colspan, rowspan, rest)]
    if name == "caption":
        return [Caption(_flattened(children))]
    if name == "blockquote":
        return [BlockQuote(sectioned(children))]
    return [BlockTag(name, element.attributes, sectioned(children))]


def _row_call(cells: tuple[Cell, ...], attributes: Attributes) -> Row | None:
    """The row written as a call, when the table pass made this row's cell for one."""
    if len(cells) != 1 or cells[0].attributes != ((ROW_TEMPLATE, ""),):
        return None
    blocks = cells[0].blocks
    if len(blocks) != 1 or not isinstance(blocks[0], Plain):
        return None
    calls = [node for node in blocks[0].content if isinstance(node, Template)]
    return Row((), attributes, calls[0]) if len(calls) == 1 else None


def _pre_text(run: list[Piece]) -> list[Piece]:
    """A pre's text without the newline that ends its last line, and without one right
    after a written ``<pre>`` (which HTML drops)."""
    run = list(run)
    if run and isinstance(run[-1], str) and run[-1].endswith("\n"):
        run[-1] = run[-1][:-1]
    if run and isinstance(run[0], str) and run[0].startswith("\n"):
        run[0] = run[0][1:]
    return run


def _items(children: list[Child], name: str) -> tuple[ListItem, ...]:
    """A list's items; anything else written straight inside the list joins an item."""
    items: list[ListItem] = []
    loose: list[Child] = []
    kind = "definition" if name == "dl" else "item"
    for child in children:
        if isinstance(child, ListItem):
            if loose:
                items.append(ListItem(sectioned(loose), kind))  # type: ignore[arg-type]
                loose = []
            items.append(child)
        else:
            loose.append(child)
    if loose:
        items.append(ListItem(sectioned(loose), kind))  # type: ignore[arg-type]
    return tuple(items)


def _flattened(children: list[Child]) -> tuple[Inline, ...]:
    """A caption's content: the tree keeps a caption as inline content only."""
    out: list[Inline] = []
    for child in children:
        if isinstance(child, (Paragraph, Plain, Preformatted, Heading, Caption)):
            content = child.content
        elif isinstance(child, (Row, Cell, ListItem)):
            content = (Text(plain_text(child)),)
        else:
            content = (inline_of_block(child),)
        if out and content:
            out.append(SoftBreak())
        out.extend(content)
    return tuple(out)


def sectioned(children: list[Child]) -> tuple[Block, ...]:
    """Blocks with each heading made a Section holding what follows it, up to the
    next heading of the same or a higher level; list items written outside any list
    are gathered into one."""
    if not any(type(child) in _NOT_BLOCKS for child in children):
        return tuple(children)  # type: ignore[arg-type]
    out: list[Block] = []
    open_sections: list[tuple[Heading, list[Block]]] = []

    def close_one() -> None:
        heading, blocks = open_sections.pop()
        section = Section(heading.level, heading.content, tuple(blocks))
        (open_sections[-1][1] if open_sections else out).append(section)

    for child in _lists_for_loose_items(children):
        if isinstance(child, Heading):
            while open_sections and open_sections[-1][0].level >= child.level:
                close_one()
            open_sections.append((child, []))
        else:
            (open_sections[-1][1] if open_sections else out).append(child)
    while open_sections:
        close_one()
    return tuple(out)


def _lists_for_loose_items(children: list[Child]) -> list[Block | Heading]:
    out: list[Block | Heading] = []
    loose: list[ListItem] = []

    def gather() -> None:
        if loose:
            definition = any(item.kind != "item" for item in loose)
            out.append(List(tuple(loose), "definition" if definition else "bullet"))
            loose.clear()

    for child in children:
        if isinstance(child, ListItem):
            loose.append(child)
            continue
        gather()
        if isinstance(child, (Row, Cell)):
            continue  # never outside a table: the builder parents them there
        if isinstance(child, Caption):
            out.append(Plain(child.content))
        else:
            out.append(child)
    gather()
    return out
