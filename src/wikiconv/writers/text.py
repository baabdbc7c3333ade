"""Writer for plain text: what a reader of the page sees, without any markup.

Headings are lines of their own, infobox fields are ``Key: Value`` lines, list items
keep a ``-`` or number and their indentation, table rows are cells joined by `` | ``,
and footnotes are ``[n]`` markers with the notes listed at the end.
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
    Gallery,
    HorizontalRule,
    Infobox,
    InfoboxField,
    List,
    ListItem,
    Paragraph,
    Plain,
    Preformatted,
    RawBlock,
    Reference,
    Row,
    Section,
    Table,
)
from wikiconv.writers.base import WriterOptions
from wikiconv.writers.plain_inline import PlainInlines

__all__ = ["TextWriter"]


@dataclass(frozen=True, slots=True)
class TextOptions(WriterOptions):
    """No options yet; wrapping and content filters belong here."""


class TextWriter(PlainInlines):
    """Blocks are returned as strings and joined by one blank line."""

    name = "text"
    Options = TextOptions
    markup_is_loss = False

    def document(self, document: Document) -> str:
        self._notes_text: list[str] = []
        self._named: dict[tuple[str, str], int] = {}
        parts = [document.title] if document.title is not None else []
        if document.redirect is not None:
            parts.append(f"Redirect to {document.redirect}")
        parts.extend(self.blocks(document.blocks))
        if self._notes_text:
            notes = [f"[{n}] {text}".rstrip() for n, text in enumerate(self._notes_text, 1)]
            parts.append("Notes\n" + "\n".join(notes))
        if not all(self._notes_text):
            self.lost(Reference(), "a footnote is cited but never given its text")
        for what in ("categories", "metadata"):
            if getattr(document, what):
                self.lost(document, f"the document's {what} are not written")
        text = "\n\n".join(part for part in parts if part)
        return text + "\n" if text else ""

    def blocks(self, blocks: tuple[Block, ...]) -> list[str]:
        return [self.dispatch(block) for block in blocks]

    def reference(self, node: Reference) -> str:
        """``[n]``; a named footnote keeps its first number wherever it is reused."""
        key = (node.group.strip(), node.name.strip())
        number = self._named.get(key) if key[1] else None
        if number is None:
            self._notes_text.append("")
            number = len(self._notes_text)
            if key[1]:
                self._named[key] = number
        text = " ".join(self.inlines(node.content).split())
        if text and not self._notes_text[number - 1]:
            self._notes_text[number - 1] = text
        return f"[{number}]"

    def paragraph(self, node: Paragraph) -> str:
        return self.inlines(node.content)

    def plain(self, node: Plain) -> str:
        return self.inlines(node.content)

    def section(self, node: Section) -> str:
        heading = self.inlines(node.heading).replace("\n", " ")
        body = [part for part in self.blocks(node.blocks) if part]
        return "\n\n".join([heading, *body])

    def list_(self, node: List, depth: int = 0) -> str:
        lines: list[str] = []
        for number, item in enumerate(node.items, start=1):
            marker = {"bullet": "- ", "ordered": f"{number}. "}.get(node.kind, "")
            lines.append(self.list_item(item, depth, marker))
        return "\n".join(line for line in lines if line)

    def list_item(self, node: ListItem, depth: int = 0, marker: str = "- ") -> str:
        indent = "  " * depth
        if node.kind == "definition":
            indent += "  "
        lines: list[str] = []
        for block in node.blocks:
            if isinstance(block, List):
                lines.append(self.list_(block, depth + 1))
            else:
                text = self.dispatch(block).replace("\n", "\n" + indent + " " * len(marker))
                lines.append(indent + (marker if not lines else " " * len(marker)) + text)
        return "\n".join(line for line in lines if line.strip())

    def infobox(self, node: Infobox) -> str:
        return "\n".join(self.infobox_field(field) for field in node.fields)

    def infobox_field(self, node: InfoboxField) -> str:
        return f"{node.key}: {self.inlines(node.value)}".rstrip()

    def horizontal_rule(self, node: HorizontalRule) -> str:
        return "----"

    def table(self, node: Table) -> str:
        lines = [self.inlines(node.caption)] if node.caption else []
        lines.extend(self.row(row) for row in node.rows)
        return "\n".join(lines)

    def row(self, node: Row) -> str:
        return " | ".join(self.cell(cell) for cell in node.cells)

    def cell(self, node: Cell) -> str:
        return " ".join(" ".join(self.dispatch(block).split()) for block in node.blocks)

    def preformatted(self, node: Preformatted) -> str:
        return self.inlines(node.content)

    def code_block(self, node: CodeBlock) -> str:
        return node.text

    def block_quote(self, node: BlockQuote) -> str:
        return "\n\n".join(part for part in self.blocks(node.blocks) if part)

    def block_tag(self, node: BlockTag) -> str:
        return "\n\n".join(part for part in self.blocks(node.blocks) if part)

    def gallery(self, node: Gallery) -> str:
        captions = [self.inlines(image.caption) for image in node.images]
        self.lost(node, "images cannot be shown; their captions are kept")
        return "\n".join(caption for caption in captions if caption)

    def raw_block(self, node: RawBlock) -> str:
        if node.format == self.name:
            return node.text
        self.lost(node, f"raw {node.format} content is dropped")
        return ""
