"""GFM tables for the Markdown writer: cells in their columns, one line each.

GFM has no spans, no header cells outside the first row, and a cell holds one line of
inline content. What a table has beyond that is written so that markdown-it still
reads every cell in the column a browser shows it in: spanned slots are empty cells,
block content is joined into one line, and a table inside a cell follows its table.
"""

from __future__ import annotations

from collections.abc import Callable

from wikiconv.ast import (
    Block,
    BlockQuote,
    BlockTag,
    Cell,
    CodeBlock,
    Infobox,
    InfoboxField,
    Inline,
    List,
    Paragraph,
    Plain,
    Preformatted,
    Row,
    Table,
    TemplateBlock,
)
from wikiconv.walk import plain_text
from wikiconv.writers import markdown_escape as esc
from wikiconv.writers.base import NodeWriter, WriterOptions
from wikiconv.writers.markdown_layout import spliced

__all__ = ["MAX_COLSPAN", "MarkdownTables", "grid"]

MAX_COLSPAN = 1000
"""The widest span a browser gives a cell (HTML's limit), so that no row is huge."""


class MarkdownTables(NodeWriter):
    """The table methods of :class:`~wikiconv.writers.markdown.MarkdownWriter`, its base."""

    def __init__(self, options: WriterOptions) -> None:
        super().__init__(options)
        # Tables found in the cells of the table being written, written after it.
        self._nested: list[Table] = []

    def inlines(self, content: tuple[Inline, ...], ctx: esc.Ctx) -> str:
        """Inline content as Markdown: the writer's own method, which cells call."""
        raise NotImplementedError

    def table(self, node: Table) -> str:
        caption = esc.clean_block(self.inlines(node.caption, esc.Ctx()))
        cells = [cell for row in node.rows for cell in row.cells]
        if any(cell.colspan > 1 or cell.rowspan > 1 for cell in cells):
            self.lost(node, "merged cells cannot be expressed; spanned cells are left empty")
        outer, self._nested = self._nested, []
        rows = grid(node.rows, self.cell)
        nested, self._nested = self._nested, outer
        # A GFM cell holds one line of inline content, so a table in a cell can only follow
        # its table, where it is still a table (tables in its cells following it in turn).
        after = [self.table(table) for table in nested]
        width = max(map(len, rows), default=0)
        if not width:
            return "\n\n".join(filter(None, [caption, *after]))
        first = node.rows[0].cells
        has_head = bool(first) and all(cell.header for cell in first)
        head, body = (rows[0], rows[1:]) if has_head else ([""] * width, rows)
        if any(cell.header for row in node.rows[int(has_head) :] for cell in row.cells):
            self.lost(node, "header cells after the first row are written as ordinary cells")
        lines = [esc.table_row(head, width), esc.table_row(["---"] * width, width)]
        lines += (esc.table_row(row, width) for row in body)
        return "\n\n".join(filter(None, [caption, "\n".join(lines), *after]))

    def row(self, node: Row) -> list[str]:
        """The row's cells as if it stood alone, spans written as :func:`grid` writes them."""
        return grid((node,), self.cell)[0]

    def cell(self, node: Cell) -> str:
        blocks = node.blocks
        if len(blocks) == 1 and isinstance(blocks[0], (Plain, Paragraph)):
            return self.inlines(blocks[0].content, esc.CELL)
        if blocks:
            self.lost(node, "block content in a table cell is flattened to one line")
        return "<br>".join(self._flat(blocks))

    def _flat(self, blocks: tuple[Block, ...]) -> list[str]:
        """Blocks as one-line pieces, for a table cell, which holds inline content only."""
        out: list[str] = []
        for block in blocks:
            if isinstance(block, (Paragraph, Plain, Preformatted)):
                out.append(self.inlines(block.content, esc.CELL))
            elif isinstance(block, List) and block.kind == "definition":
                out += self._flat(tuple(spliced((block,))))
            elif isinstance(block, List):
                for number, item in enumerate(block.items, 1):
                    marker = f"{number}. " if block.kind == "ordered" else "- "
                    out.append(marker + " ".join(self._flat(item.blocks)))
            elif isinstance(block, (BlockQuote, BlockTag, TemplateBlock)):
                out += self._flat(block.blocks)
            elif isinstance(block, CodeBlock):
                out += [esc.code_span(line, cell=True) for line in block.text.splitlines()]
            elif isinstance(block, Table):
                self.lost(block, "a table inside a table cell is written after its table")
                self._nested.append(block)
            else:
                out.append(esc.escape_text(plain_text(block), " ", " ", True))
        return [piece.strip() for piece in out if piece.strip()]

    def infobox(self, node: Infobox) -> str:
        if node.name not in ("", "Infobox"):
            self.lost(node, "the infobox name is not written")
        if not node.fields:
            return ""
        rows = (self.infobox_field(field) for field in node.fields)
        return "\n".join(["| Field | Value |", "| --- | --- |", *rows])

    def infobox_field(self, node: InfoboxField) -> str:
        key = esc.escape_text(node.key, " ", " ", True)
        return esc.table_row([key, self.inlines(node.value, esc.CELL)], 2)


def grid(rows: tuple[Row, ...], write: Callable[[Cell], str]) -> list[list[str]]:
    """Each row's cells in their columns, as ``write`` writes them.

    GFM has no spans, so a cell is placed where HTML's table model places it: in the
    first column that no cell above still covers. The columns and rows a cell spans
    are left empty, so that every other cell stays under its own column's header.
    """
    covered: dict[int, int] = {}  # column -> rows below still covered from above
    out: list[list[str]] = []
    for row in rows:
        line: list[str] = []
        spans: list[tuple[int, int, int]] = []
        for cell in row.cells:
            while covered.get(len(line), 0):
                line.append("")
            width = min(max(cell.colspan, 1), MAX_COLSPAN)
            if cell.rowspan > 1:
                spans.append((len(line), width, cell.rowspan - 1))
            line += [write(cell)] + [""] * (width - 1)
        covered = {column: left - 1 for column, left in covered.items() if left > 1}
        for start, width, below in spans:
            covered.update(dict.fromkeys(range(start, start + width), below))
        out.append(line)
    return out
