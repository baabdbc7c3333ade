"""Writer for the flat wiki text format (docs/flat-format.md).

A document read from flat text carries its layout, and writing it gives back the input
byte for byte. Any other document is written in the seed's conventions (``= Title =``,
one blank line between blocks, ``==Heading==``). The flat format has no markup inside
lines, so formatting, tables and images are reduced to text, with a diagnostic.
"""

from __future__ import annotations

from dataclasses import dataclass

from wikiconv.ast import (
    Block,
    BlockQuote,
    BlockTag,
    Cell,
    CodeBlock,
    Document,
    DocumentLayout,
    Gallery,
    Hatnote,
    HorizontalRule,
    Infobox,
    InfoboxField,
    Layout,
    List,
    ListItem,
    Paragraph,
    Plain,
    Preformatted,
    RawBlock,
    ReferenceList,
    Row,
    Section,
    Table,
    TemplateBlock,
)
from wikiconv.nodeio import Node
from wikiconv.readers.flat_lines import classify, is_blank
from wikiconv.writers.base import WriterOptions
from wikiconv.writers.plain_inline import PlainInlines

__all__ = ["FlatWriter"]

_NO_LAYOUT = Layout()


@dataclass(frozen=True, slots=True)
class FlatOptions(WriterOptions):
    """The flat writer has no options: its output is fixed by the format."""


class FlatWriter(PlainInlines):
    """Writes lines; ``document`` joins them with the document's own line endings."""

    name = "flat"
    Options = FlatOptions

    def document(self, document: Document) -> str:
        layout = document.layout or DocumentLayout()
        lines: list[str] = []
        if document.title is not None:
            title = layout.title_layout or Layout(pad=(" ", " "))
            lines.extend(title.gap)
            text = " ".join(document.title.splitlines())
            lines.append(f"={title.pad[0]}{text}{title.pad[1]}={title.trailing}")
            self.expect(document, lines[-1], "heading", level=1, text=text)
        elif (
            document.blocks
            and isinstance(document.blocks[0], Section)
            and document.blocks[0].level == 1
        ):
            self.lost(document.blocks[0], "a first level-1 section reads back as the title")
        if document.redirect is not None:
            # Flat text has no redirects: the target is kept as a line of text.
            self.lost(document, "a redirect is written as a line of text")
            lines.extend(
                ("", f"Redirect to {document.redirect}")
                if lines
                else (f"Redirect to {document.redirect}",)
            )
        self.blocks(document.blocks, lines, first=not lines)
        lines.extend(layout.gap_after)
        for what in ("categories", "metadata"):
            if getattr(document, what):
                self.lost(document, f"flat text has no place for the document's {what}")
        return _join(lines, layout)

    # ------------------------------------------------------------------ blocks

    def blocks(self, blocks: tuple[Block, ...], lines: list[str], first: bool) -> None:
        for block in blocks:
            layout = getattr(block, "layout", None)
            if isinstance(layout, Layout):
                lines.extend(layout.gap)
                self.dispatch(block, lines)
            else:
                written: list[str] = []
                self.dispatch(block, written)
                # A block of another format that shows nothing here (a paragraph of
                # unrendered templates) leaves no blank lines behind.
                if all(is_blank(line) for line in written):
                    continue
                if not first:
                    lines.append("")
                lines.extend(written)
            first = False

    def expect(self, node: Node, line: str, kind: str, **facts: object) -> None:
        """Report ``node`` when the line written for it would read back as something else."""
        parsed = classify(line)
        if parsed.kind != kind or any(getattr(parsed, k) != v for k, v in facts.items()):
            self.lost(node, f"a line written for it reads back as {_article(parsed.kind)}")

    def text_lines(self, text: str, lines: list[str]) -> None:
        """Add paragraph lines, checking that each reads back as text.

        An ``Infobox`` line inside a paragraph is text too: it starts an infobox only
        at the start of a block and before a field line, which is checked on its own.
        A line left empty (by content with no text here, such as a template) is left
        out: it would end the paragraph, and flat paragraphs never hold one.
        """
        for line in text.split("\n"):
            if is_blank(line):
                continue
            kind = classify(line).kind
            if kind not in ("text", "infobox"):
                self.lost(Paragraph(()), f"a line of text reads back as {_article(kind)}")
            lines.append(line)

    def paragraph(self, node: Paragraph, lines: list[str]) -> None:
        self.text_lines(self.inlines(node.content), lines)

    def plain(self, node: Plain, lines: list[str]) -> None:
        self.text_lines(self.inlines(node.content), lines)

    def section(self, node: Section, lines: list[str]) -> None:
        layout = node.layout or _NO_LAYOUT
        marks = "=" * node.level
        heading = self.inlines(node.heading).replace("\n", " ")
        lines.append(f"{marks}{layout.pad[0]}{heading}{layout.pad[1]}{marks}{layout.trailing}")
        self.expect(node, lines[-1], "heading", level=min(node.level, 6), text=heading.strip())
        self.blocks(node.blocks, lines, first=True)

    def list_(self, node: List, lines: list[str], depth: int = 1) -> None:
        if node.kind != "bullet":
            self.lost(node, f"{_article(node.kind)} list is written as a bulleted list")
        for item in node.items:
            self.list_item(item, lines, depth)

    def list_item(self, node: ListItem, lines: list[str], depth: int = 1) -> None:
        indent = "  " * (depth - 1)
        for block in node.blocks:
            if isinstance(block, List):
                self.list_(block, lines, depth + 1)
            elif isinstance(block, (Plain, Paragraph)):
                text = self.inlines(block.content).replace("\n", " ")
                lines.append(f"{indent}- {text}")
                kind = "field" if depth == 1 and classify(lines[-1]).kind == "field" else "item"
                self.expect(block, lines[-1], kind)
            else:
                self.lost(block, "only text and lists fit in a flat list item; dropped")

    def infobox(self, node: Infobox, lines: list[str]) -> None:
        layout = node.layout or _NO_LAYOUT
        plain_name = node.name == "Infobox" or node.name.startswith("Infobox ")
        name = node.name if plain_name else f"Infobox {node.name}"
        lines.append(name + layout.trailing)
        self.expect(node, lines[-1], "infobox")
        if not node.fields:
            self.lost(node, "an infobox without fields reads back as text")
        for field in node.fields:
            self.infobox_field(field, lines)

    def infobox_field(self, node: InfoboxField, lines: list[str]) -> None:
        value = self.infobox_value(node)
        separator = ": " if value else node.separator
        lines.append(f"- {node.key}{separator}{value}")
        self.expect(node, lines[-1], "field", key=node.key, text=value)

    def horizontal_rule(self, node: HorizontalRule, lines: list[str]) -> None:
        layout = node.layout or _NO_LAYOUT
        lines.append((layout.marker or "----") + layout.trailing)

    def table(self, node: Table, lines: list[str]) -> None:
        self.lost(node, "flat text has no tables; each row is written as a line of text")
        if node.caption:
            self.text_lines(self.inlines(node.caption), lines)
        for row in node.rows:
            self.row(row, lines)

    def row(self, node: Row, lines: list[str]) -> None:
        cells = [self.cell(cell, lines) for cell in node.cells]
        self.text_lines(" | ".join(cells), lines)

    def cell(self, node: Cell, lines: list[str]) -> str:
        parts: list[str] = []
        for block in node.blocks:
            sub: list[str] = []
            self.dispatch(block, sub)
            parts.append(" ".join(line for line in sub if line.strip()))
        return " ".join(parts)

    def preformatted(self, node: Preformatted, lines: list[str]) -> None:
        self.lost(node, "preformatted text is written as a paragraph")
        self.text_lines(self.inlines(node.content), lines)

    def code_block(self, node: CodeBlock, lines: list[str]) -> None:
        self.lost(node, "code is written as a paragraph")
        self.text_lines(node.text, lines)

    def block_quote(self, node: BlockQuote, lines: list[str]) -> None:
        self.lost(node, "quotations are written as ordinary blocks")
        self.blocks(node.blocks, lines, first=True)

    def block_tag(self, node: BlockTag, lines: list[str]) -> None:
        self.blocks(node.blocks, lines, first=True)

    def template_block(self, node: TemplateBlock, lines: list[str]) -> None:
        # What the calls show (a table), written as any such block.
        self.blocks(node.blocks, lines, first=True)

    def hatnote(self, node: Hatnote, lines: list[str]) -> None:
        self.text_lines(self.inlines(node.content), lines)

    def reference_list(self, node: ReferenceList, lines: list[str]) -> None:
        # The flat format has no footnotes (each is reported where it is cited).
        if node.definitions or (node.template is not None and node.template.params):
            self.lost(node, "footnotes are not written in this format; dropped")

    def gallery(self, node: Gallery, lines: list[str]) -> None:
        self.lost(node, "galleries cannot be shown; dropped")

    def raw_block(self, node: RawBlock, lines: list[str]) -> None:
        if node.format == self.name:
            lines.extend(node.text.split("\n"))
        else:
            self.lost(node, f"raw {node.format} content is dropped")


def _article(word: str) -> str:
    return ("an " if word[:1] in "aeiou" else "a ") + word


def _join(lines: list[str], layout: DocumentLayout) -> str:
    endings = [layout.newline] * len(lines)
    for number, ending in layout.newline_exceptions:
        if number < len(endings):
            endings[number] = ending
    if lines and not layout.final_newline:
        endings[-1] = ""
    text = "".join(line + ending for line, ending in zip(lines, endings, strict=True))
    return ("\ufeff" if layout.bom else "") + text
