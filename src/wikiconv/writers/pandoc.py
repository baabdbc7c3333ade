"""Writer for Pandoc's JSON AST (``-t pandoc``): what ``pandoc -f json`` reads.

The output is one JSON object, ``{"pandoc-api-version": […], "meta": {…}, "blocks":
[…]}``, so that any format Pandoc writes can be made from an article:
``wikiconv convert a.wiki -t pandoc | pandoc -f json -t docx -o a.docx``. The formats
made that way by wikiconv itself are in :mod:`wikiconv.pandoc_bridge`. Block methods
return a list of block elements (a section is its header followed by its blocks);
the inline methods are in :mod:`wikiconv.writers.pandoc_inline`.
docs/writers/pandoc.md says what each node becomes and what is lost.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from wikiconv.ast import (
    Block,
    BlockQuote,
    BlockTag,
    Cell,
    CodeBlock,
    Document,
    Gallery,
    Hatnote,
    HorizontalRule,
    Image,
    Infobox,
    InfoboxField,
    Inline,
    LineBreak,
    Link,
    List,
    ListItem,
    Paragraph,
    Plain,
    Preformatted,
    RawBlock,
    Reference,
    ReferenceList,
    Row,
    Section,
    SoftBreak,
    Table,
    TemplateBlock,
    Text,
)
from wikiconv.urls import wiki_id
from wikiconv.walk import plain_text
from wikiconv.writers.base import NodeWriter, WriterOptions
from wikiconv.writers.pandoc_inline import (
    TOP,
    Ctx,
    El,
    PandocInlines,
    attr,
    attributes_attr,
    el,
    raw_format,
    strip_edges,
)

__all__ = ["PANDOC_API_VERSION", "PandocOptions", "PandocWriter"]

# The version of Pandoc's document model (the pandoc-types package) that the output
# follows: what `pandoc -t json` prints as "pandoc-api-version" for pandoc 3.9, the
# pandoc that pypandoc-binary 1.17 ships. pandoc reads JSON whose version starts with
# its own two first numbers: 1.23 (which brought the Figure block) came with pandoc 3.0.
PANDOC_API_VERSION = (1, 23, 1, 1)

_CELL_DEFAULTS = (el("AlignDefault"), el("ColWidthDefault"))
_ORDERED = [1, el("Decimal"), el("Period")]
_CATEGORY = re.compile(r"(?i)^\s*category\s*:")


@dataclass(frozen=True, slots=True)
class PandocOptions(WriterOptions):
    """``link_template``: the URL of an internal link, ``{title}`` standing for the page."""

    link_template: str = "https://en.wikipedia.org/wiki/{title}"


@dataclass(slots=True)
class _Ids:
    """Heading ids given so far, so that each is unique (as the HTML writer's are)."""

    taken: set[str] = field(default_factory=set)
    suffixes: dict[str, int] = field(default_factory=dict)

    def new(self, heading: tuple[Inline, ...]) -> str:
        base = wiki_id(plain_text(tuple(n for n in heading if not isinstance(n, Reference))))
        base = base or "section"
        number = self.suffixes.get(base, 1)
        candidate = base if number == 1 else f"{base}_{number}"
        while candidate in self.taken:
            number += 1
            candidate = f"{base}_{number}"
        self.suffixes[base] = number
        self.taken.add(candidate)
        return candidate


class PandocWriter(PandocInlines, NodeWriter):
    """Pandoc's JSON AST; :meth:`tree` gives it as data, :meth:`document` as text."""

    name = "pandoc"
    Options = PandocOptions

    def __init__(self, options: WriterOptions) -> None:
        super().__init__(options)
        self.link_template = getattr(options, "link_template", PandocOptions().link_template)
        self._ids = _Ids()
        self.start_notes(Document(()))

    def document(self, document: Document) -> str:
        return json.dumps(self.tree(document), ensure_ascii=False, separators=(",", ":")) + "\n"

    def tree(self, document: Document) -> dict[str, Any]:
        """The whole document as Pandoc's JSON value."""
        self.start_notes(document)
        self._ids = _Ids()
        blocks: list[El] = []
        if document.redirect is not None:
            link = self.link(Link(document.redirect))
            blocks.append(el("Para", [*self.text(Text("Redirect to ")), *link]))
        blocks += self.blocks(document.blocks)
        for note in self.notes.all_notes():
            if note.uses == 0:
                self.lost(Reference(), "a list-defined footnote no text cites has no place")
        return {
            "pandoc-api-version": list(PANDOC_API_VERSION),
            "meta": self.meta(document),
            "blocks": blocks,
        }

    def meta(self, document: Document) -> dict[str, Any]:
        """Title, categories, redirect and the wiki's metadata as Pandoc metadata."""
        meta: dict[str, Any] = {}
        if document.title and document.title.strip():
            meta["title"] = el("MetaInlines", strip_edges(self.text(Text(document.title))))
        if document.categories:
            names = [_CATEGORY.sub("", name).strip() for name in document.categories]
            meta["categories"] = el("MetaList", [el("MetaString", name) for name in names])
        if document.redirect is not None:
            meta["redirect"] = el("MetaString", document.redirect)
        if document.metadata:
            entries = [
                el("MetaMap", {"key": el("MetaString", key), "value": el("MetaString", value)})
                for key, value in document.metadata
            ]
            meta["metadata"] = el("MetaList", entries)
        return meta

    # ------------------------------------------------------------------ helpers

    def blocks(self, blocks: tuple[Block, ...], ctx: Ctx = TOP) -> list[El]:
        out: list[El] = []
        for block in blocks:
            out.extend(self.dispatch(block, ctx))
        return out

    def _figure(self, content: tuple[Inline, ...], ctx: Ctx) -> El | None:
        """A paragraph that holds only a captioned image is a Figure, as on the page."""
        solid = [
            node
            for node in content
            if not isinstance(node, SoftBreak)
            and not (isinstance(node, Text) and not node.text.strip())
        ]
        if len(solid) != 1 or not isinstance(solid[0], Image) or not solid[0].caption:
            return None
        return self.figure(solid[0], ctx)

    def figure(self, node: Image, ctx: Ctx) -> El:
        caption = strip_edges(self.inlines(node.caption, ctx))
        image = self.image_element(node, ctx, self.text(Text(plain_text(node.caption).strip())))
        if image is None:
            return el("Para", caption)
        captioned = [None, [el("Plain", caption)] if caption else []]
        return el("Figure", [attr(), captioned, [el("Plain", [image])]])

    def _inline_block(self, kind: str, content: tuple[Inline, ...], ctx: Ctx) -> list[El]:
        figure = self._figure(content, ctx)
        if figure is not None:
            return [figure]
        inlines = strip_edges(self.inlines(content, ctx))
        return [el(kind, inlines)] if inlines else []

    # ------------------------------------------------------------------ blocks

    def paragraph(self, node: Paragraph, ctx: Ctx = TOP) -> list[El]:
        return self._inline_block("Para", node.content, ctx)

    def plain(self, node: Plain, ctx: Ctx = TOP) -> list[El]:
        return self._inline_block("Plain", node.content, ctx)

    def section(self, node: Section, ctx: Ctx = TOP) -> list[El]:
        ident = self._ids.new(node.heading)
        heading = strip_edges(self.inlines(node.heading, ctx))
        return [
            el("Header", [max(node.level, 1), attr(ident), heading]),
            *self.blocks(node.blocks, ctx),
        ]

    def list_(self, node: List, ctx: Ctx = TOP) -> list[El]:
        if node.kind == "definition":
            return [el("DefinitionList", self._definitions(node, ctx))]
        if any(item.kind != "item" for item in node.items):
            self.lost(node, "a term or a definition outside a definition list is an item")
        items = [self.list_item(item, ctx) for item in node.items]
        if node.kind == "ordered":
            return [el("OrderedList", [_ORDERED, items])]
        return [el("BulletList", items)]

    def _definitions(self, node: List, ctx: Ctx) -> list[list[Any]]:
        """Each term with the definitions that follow it; a definition with no term
        before it gets an empty term."""
        entries: list[list[Any]] = []
        for item in node.items:
            if item.kind == "term":
                term: list[El] = []
                rest: list[Block] = []
                for block in item.blocks:
                    if isinstance(block, (Plain, Paragraph)):
                        inlines = strip_edges(self.inlines(block.content, ctx))
                        term += [el("LineBreak")] * bool(term and inlines) + inlines
                    else:
                        rest.append(block)
                entries.append([term, []])
                if rest:
                    self.lost(item, "blocks in a term are moved into its definition")
                    entries[-1][1].append(self.blocks(tuple(rest), ctx))
            else:
                if not entries:
                    entries.append([[], []])
                entries[-1][1].append(self.list_item(item, ctx))
        return entries

    def list_item(self, node: ListItem, ctx: Ctx = TOP) -> list[El]:
        return self.blocks(node.blocks, ctx)

    def table(self, node: Table, ctx: Ctx = TOP) -> list[El]:
        caption = strip_edges(self.inlines(node.caption, ctx))
        if not node.rows:
            return [el("Para", caption)] if caption else []
        width, rowspans = _grid(node.rows)
        # The leading rows of header cells are the table's head (the first one, when
        # every row is a header row).
        head_count = 0
        while head_count < len(node.rows) and _header_row(node.rows[head_count]):
            head_count += 1
        head_count = min(head_count, 1) if head_count == len(node.rows) else head_count
        body = node.rows[head_count:]
        # A first column of header cells is the body's row heads.
        row_heads = int(bool(body) and all(r.cells and r.cells[0].header for r in body))
        if any(cell.header for r in body for cell in r.cells[row_heads:]):
            self.lost(node, "a header cell inside the table body is written as a cell")
        rows = [self.row(r, ctx, rowspans[i]) for i, r in enumerate(node.rows)]
        captioned = [None, [el("Plain", caption)] if caption else []]
        return [
            el(
                "Table",
                [
                    attributes_attr(node.attributes),
                    captioned,
                    [list(_CELL_DEFAULTS)] * width,
                    [attr(), rows[:head_count]],
                    [[attr(), row_heads, [], rows[head_count:]]],
                    [attr(), []],
                ],
            )
        ]

    def row(self, node: Row, ctx: Ctx = TOP, rowspans: tuple[int, ...] = ()) -> list[Any]:
        cells = [
            self.cell(cell, ctx, rowspans[i] if i < len(rowspans) else cell.rowspan)
            for i, cell in enumerate(node.cells)
        ]
        return [attributes_attr(node.attributes), cells]

    def cell(self, node: Cell, ctx: Ctx = TOP, rowspan: int = 0) -> list[Any]:
        spans = {"colspan", "rowspan"}
        kept = tuple((n, v) for n, v in node.attributes if n.strip().lower() not in spans)
        rows = rowspan or max(node.rowspan, 1)
        return [
            attributes_attr(kept),
            el("AlignDefault"),
            rows,
            _colspan(node),
            self.blocks(node.blocks, ctx),
        ]

    def preformatted(self, node: Preformatted, ctx: Ctx = TOP) -> list[El]:
        if not all(isinstance(kid, (Text, SoftBreak, LineBreak)) for kid in node.content):
            self.lost(node, "formatting inside preformatted text is dropped")
        lines = tuple(
            Text("\n") if isinstance(kid, (SoftBreak, LineBreak)) else kid for kid in node.content
        )
        return [el("CodeBlock", [attr(), plain_text(lines)])]

    def code_block(self, node: CodeBlock, ctx: Ctx = TOP) -> list[El]:
        language = re.sub(r"\s+", "-", node.language.strip())
        return [el("CodeBlock", [attr(classes=(language,) if language else ()), node.text])]

    def block_quote(self, node: BlockQuote, ctx: Ctx = TOP) -> list[El]:
        return [el("BlockQuote", self.blocks(node.blocks, ctx))]

    def horizontal_rule(self, node: HorizontalRule, ctx: Ctx = TOP) -> list[El]:
        return [el("HorizontalRule")]

    def infobox(self, node: Infobox, ctx: Ctx = TOP) -> list[El]:
        """A Div of class "infobox" holding a table of two columns, key and value."""
        name = node.name.strip()
        caption = [el("Plain", self.text(Text(name)))] if name and name != "Infobox" else []
        rows = [self.infobox_field(item, ctx) for item in node.fields]
        table = el(
            "Table",
            [
                attr(),
                [None, caption],
                [list(_CELL_DEFAULTS)] * 2,
                [attr(), []],
                [[attr(), 1, [], rows]],
                [attr(), []],
            ],
        )
        return [el("Div", [attr(classes=("infobox",)), [table]])]

    def infobox_field(self, node: InfoboxField, ctx: Ctx = TOP) -> list[Any]:
        key = strip_edges(self.text(Text(node.key)))
        value = strip_edges(self.inlines(node.value, ctx))
        cells = [
            [attr(), el("AlignDefault"), 1, 1, [el("Plain", key)] if key else []],
            [attr(), el("AlignDefault"), 1, 1, [el("Plain", value)] if value else []],
        ]
        return [attr(), cells]

    def gallery(self, node: Gallery, ctx: Ctx = TOP) -> list[El]:
        items: list[El] = []
        for image in node.images:
            if image.caption:
                items.append(self.figure(image, ctx))
            else:
                items.append(el("Plain", self.image(image, ctx)))
        return [el("Div", [attr(classes=("gallery",)), items])]

    def hatnote(self, node: Hatnote, ctx: Ctx = TOP) -> list[El]:
        inlines = strip_edges(self.inlines(node.content, ctx))
        return [el("Div", [attr(classes=("hatnote",)), [el("Para", inlines)]])] if inlines else []

    def reference_list(self, node: ReferenceList, ctx: Ctx = TOP) -> list[El]:
        # Pandoc keeps a footnote's text at its marker and each output format places
        # the notes; the list only marks which footnotes have been shown.
        self.notes.list_at(node)
        return []

    def template_block(self, node: TemplateBlock, ctx: Ctx = TOP) -> list[El]:
        return self.blocks(node.blocks, ctx)

    def block_tag(self, node: BlockTag, ctx: Ctx = TOP) -> list[El]:
        tag = node.tag.strip().lower()
        extra = "" if tag == "div" else tag
        return [el("Div", [attributes_attr(node.attributes, extra), self.blocks(node.blocks, ctx)])]

    def raw_block(self, node: RawBlock, ctx: Ctx = TOP) -> list[El]:
        return [el("RawBlock", [raw_format(node.format), node.text])]


def _grid(rows: tuple[Row, ...]) -> tuple[int, list[tuple[int, ...]]]:
    """The table's number of columns, and each cell's row span cut at the table's end,
    found by laying the cells out as a browser does (row spans take places below)."""
    taken: dict[int, int] = {}  # column -> rows it is still taken for
    width = 0
    spans: list[tuple[int, ...]] = []
    for index, row in enumerate(rows):
        column = 0
        row_spans: list[int] = []
        below = {col: left - 1 for col, left in taken.items() if left > 1}
        for cell in row.cells:
            while taken.get(column, 0) > 0:
                column += 1
            rowspan = max(1, min(cell.rowspan, len(rows) - index))
            row_spans.append(rowspan)
            colspan = _colspan(cell)
            if rowspan > 1:
                below.update(dict.fromkeys(range(column, column + colspan), rowspan - 1))
            column += colspan
        width = max(width, column, *(col + 1 for col in taken))
        taken = below
        spans.append(tuple(row_spans))
    return width, spans


def _header_row(row: Row) -> bool:
    return bool(row.cells) and all(cell.header for cell in row.cells)


def _colspan(cell: Cell) -> int:
    # HTML's limit: browsers read a larger colspan as 1000.
    return min(max(cell.colspan, 1), 1000)
