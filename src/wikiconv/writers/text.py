"""Writer for plain text: what a reader of the page sees, without any markup.

Headings are lines of their own, infobox fields are ``Key: Value`` lines, list items
keep a ``-`` or number and their indentation, table rows are cells joined by `` | ``,
and footnotes are ``[n]`` markers with the notes listed where the page lists them
(a reference list), or at the end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
    Infobox,
    InfoboxField,
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
    Table,
    TemplateBlock,
)
from wikiconv.references import Footnotes, Note, cite_error
from wikiconv.writers.base import WriterOptions
from wikiconv.writers.plain_inline import PlainInlines

__all__ = ["TextWriter"]

_SPACES = re.compile(r"[ \t]+")
_LINE_ENDS = re.compile(r" ?\n[ \n]*")


def _as_shown(text: str) -> str:
    """Running text with white space as the page shows it: a run of spaces is one
    space, and a line break (``<br>``, or a line of the source) never leaves a blank
    line or spaces at a line's ends. No-break spaces are content and stay."""
    return _LINE_ENDS.sub("\n", _SPACES.sub(" ", text)).strip(" \n")


@dataclass(frozen=True, slots=True)
class TextOptions(WriterOptions):
    """No options yet; wrapping and content filters belong here."""


class TextWriter(PlainInlines):
    """Blocks are returned as strings and joined by one blank line."""

    name = "text"
    Options = TextOptions
    markup_is_loss = False

    def document(self, document: Document) -> str:
        self._footnotes = Footnotes(document)
        self._note_texts: dict[tuple[str, int], str] = {}
        parts = [document.title] if document.title is not None else []
        if document.redirect is not None:
            parts.append(f"Redirect to {document.redirect}")
        parts.extend(self.blocks(document.blocks))
        # The footnotes no reference list has shown; writing one may cite another.
        while remaining := self._footnotes.remaining():
            notes = "\n".join(self._note_lines(notes) for _, notes in remaining)
            parts.append("Notes\n" + notes)
        for what in ("categories", "metadata"):
            if getattr(document, what):
                self.lost(document, f"the document's {what} are not written")
        text = "\n\n".join(part for part in parts if part)
        return text + "\n" if text else ""

    def blocks(self, blocks: tuple[Block, ...]) -> list[str]:
        return [self.dispatch(block) for block in blocks]

    def reference(self, node: Reference) -> str:
        """``[n]``; a named footnote keeps its first number wherever it is reused."""
        note, _ = self._footnotes.cite(node)
        # Written at its first citation, so footnotes cited inside are numbered next.
        self._note_text(note)
        return f"[{note.label}]"

    def _note_text(self, note: Note) -> str:
        key = (note.group, note.number)
        if key not in self._note_texts and note.content is not None:
            self._note_texts[key] = ""  # a note that cites itself is not written inside itself
            self._note_texts[key] = " ".join(self.inlines(note.content).split())
        return self._note_texts.get(key, "")

    def reference_list(self, node: ReferenceList) -> str:
        return self._note_lines(self._footnotes.list_at(node))

    def _note_lines(self, notes: list[Note]) -> str:
        lines = []
        for note in notes:
            if note.content is None:
                self.lost(Reference(), "a footnote is cited but never given its text")
                text = cite_error(note)
            else:
                text = self._note_text(note)
            lines.append(f"[{note.label}] {text}".rstrip())
        return "\n".join(lines)

    def template_block(self, node: TemplateBlock) -> str:
        # What the calls show (a table), written as any such block.
        return "\n\n".join(part for part in self.blocks(node.blocks) if part)

    def hatnote(self, node: Hatnote) -> str:
        return _as_shown(self.inlines(node.content))

    def paragraph(self, node: Paragraph) -> str:
        return _as_shown(self.inlines(node.content))

    def plain(self, node: Plain) -> str:
        return _as_shown(self.inlines(node.content))

    def section(self, node: Section) -> str:
        heading = _as_shown(self.inlines(node.heading).replace("\n", " "))
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
        return f"{node.key}: {_as_shown(self.infobox_value(node))}".rstrip()

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
