"""The one tree every reader builds and every writer consumes.

Every node is a frozen, slotted dataclass whose children are tuples, so nodes are
immutable, hashable and usable with ``match``. Two kinds of field are excluded from
equality (``compare=False``): the source span a node came from and the layout facts a
reader keeps for an exact round trip of its own format. Two documents are therefore
equal when they *mean* the same thing, while :meth:`Node.to_dict` and :func:`from_dict`
still carry everything, spans and layout included.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, TypeAlias

from wikiconv.nodeio import Node

__all__ = [
    "Block",
    "BlockQuote",
    "BlockTag",
    "Bold",
    "Cell",
    "Code",
    "CodeBlock",
    "Diagnostic",
    "Document",
    "DocumentLayout",
    "ExternalLink",
    "Gallery",
    "Hatnote",
    "HorizontalRule",
    "Image",
    "Infobox",
    "InfoboxField",
    "Inline",
    "InlineTag",
    "Italic",
    "Layout",
    "LineBreak",
    "Link",
    "List",
    "ListItem",
    "Math",
    "Node",
    "Paragraph",
    "Plain",
    "Preformatted",
    "RawBlock",
    "RawInline",
    "Reference",
    "ReferenceList",
    "Row",
    "Section",
    "Small",
    "SoftBreak",
    "SourceSpan",
    "Strikeout",
    "Subscript",
    "Superscript",
    "Table",
    "Template",
    "TemplateBlock",
    "TemplateParam",
    "Text",
    "Underline",
]

Attributes: TypeAlias = tuple[tuple[str, str], ...]
"""HTML-style attributes in source order, as (name, value) pairs."""


def _meta() -> Any:
    """A field kept by serialisation but ignored by equality and hashing."""
    return field(default=None, compare=False)


# --------------------------------------------------------------------------- support


@dataclass(frozen=True, slots=True)
class SourceSpan(Node):
    """Where a node came from: 1-based line and column of its first and last character."""

    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True, slots=True)
class Diagnostic(Node):
    """Something a reader or writer noticed: odd input, or content it could not express."""

    severity: Literal["info", "warning", "error"]
    code: str
    message: str
    line: int | None = None
    column: int | None = None

    def format(self, source: str = "<input>") -> str:
        """One line in the ``file:line:column: severity: message [code]`` form."""
        where = source
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.severity}: {self.message} [{self.code}]"


@dataclass(frozen=True, slots=True)
class Layout(Node):
    """Formatting facts of one block in its source, needed to write that source back exactly.

    ``gap`` is the run of blank lines before the block, each line's exact content (a
    "blank" line may hold spaces). ``pad`` is the space inside a heading's ``=`` marks,
    ``trailing`` the white space ending the block's first line, and ``marker`` the exact
    spelling of a marker that has several (``----`` or ``------``).
    """

    gap: tuple[str, ...] = ()
    pad: tuple[str, str] = ("", "")
    trailing: str = ""
    marker: str = ""


@dataclass(frozen=True, slots=True)
class DocumentLayout(Node):
    """Formatting facts of a whole document in its source.

    ``newline`` is the line ending used by most lines; ``newline_exceptions`` lists the
    0-based line numbers that end differently, with their ending. ``final_newline`` says
    whether the last line ends with a line ending at all; ``gap_after`` holds blank lines
    after the last block. The title line keeps its own ``title_layout``.
    """

    newline: str = "\n"
    newline_exceptions: tuple[tuple[int, str], ...] = ()
    final_newline: bool = True
    bom: bool = False
    gap_after: tuple[str, ...] = ()
    title_layout: Layout | None = None


# --------------------------------------------------------------------------- inlines


@dataclass(frozen=True, slots=True)
class Text(Node):
    """A run of plain text."""

    text: str
    span: SourceSpan | None = _meta()


@dataclass(frozen=True, slots=True)
class SoftBreak(Node):
    """A line ending inside a paragraph: a space to most readers, a newline in source."""

    span: SourceSpan | None = _meta()


@dataclass(frozen=True, slots=True)
class LineBreak(Node):
    """A forced line break (``<br>``)."""

    span: SourceSpan | None = _meta()


@dataclass(frozen=True, slots=True)
class Bold(Node):
    """Strong emphasis (``'''`` or ``<b>``)."""

    content: tuple[Inline, ...]
    span: SourceSpan | None = _meta()


@dataclass(frozen=True, slots=True)
class Italic(Node):
    """Emphasis (``''`` or ``<i>``)."""

    content: tuple[Inline, ...]
    span: SourceSpan | None = _meta()


@dataclass(frozen=True, slots=True)
class Underline(Node):
    """Underlined text (``<u>``, ``<ins>``)."""

    content: tuple[Inline, ...]
    span: SourceSpan | None = _meta()


@dataclass(frozen=True, slots=True)
class Strikeout(Node):
    """Struck-through text (``<s>``, ``<del>``, ``<strike>``)."""

    content: tuple[Inline, ...]
    span: SourceSpan | None = _meta()


@dataclass(frozen=True, slots=True)
class Superscript(Node):
    """Superscript (``<sup>``)."""

    content: tuple[Inline, ...]
    span: SourceSpan | None = _meta()


@dataclass(frozen=True, slots=True)
class Subscript(Node):
    """Subscript (``<sub>``)."""

    content: tuple[Inline, ...]
    span: SourceSpan | None = _meta()


@dataclass(frozen=True, slots=True)
class Small(Node):
    """Smaller text (``<small>``)."""

    content: tuple[Inline, ...]
    span: SourceSpan | None = _meta()


@dataclass(frozen=True, slots=True)
class Code(Node):
    """Inline code (``<code>``, ``<tt>``); the text is literal."""

    text: str
    span: SourceSpan | None = _meta()


@dataclass(frozen=True, slots=True)
class InlineTag(Node):
    """An inline HTML element with no node of its own (``<span>``, ``<abbr>``, ``<q>``…)."""

    tag: str
    attributes: Attributes
    content: tuple[Inline, ...]
    span: SourceSpan | None = _meta()


@dataclass(frozen=True, slots=True)
class Link(Node):
    """An internal link: ``[[target#anchor|content]]``; empty content means the target."""

    target: str
    content: tuple[Inline, ...] = ()
    anchor: str = ""
    span: SourceSpan | None = _meta()


@dataclass(frozen=True, slots=True)
class ExternalLink(Node):
    """A link to a URL; no content means a bare URL or a numbered ``[n]`` link."""

    url: str
    content: tuple[Inline, ...] = ()
    numbered: bool = False
    span: SourceSpan | None = _meta()


@dataclass(frozen=True, slots=True)
class Image(Node):
    """A file shown in the page (``[[File:…|thumb|caption]]``)."""

    target: str
    caption: tuple[Inline, ...] = ()
    options: tuple[tuple[str, str], ...] = ()
    alt: str = ""
    span: SourceSpan | None = _meta()


@dataclass(frozen=True, slots=True)
class Reference(Node):
    """A footnote (``<ref>``); ``content`` is empty for a reuse of a named reference."""

    content: tuple[Inline, ...] = ()
    name: str = ""
    group: str = ""
    span: SourceSpan | None = _meta()


@dataclass(frozen=True, slots=True)
class Math(Node):
    """A TeX formula (``<math>``); ``display`` for a formula set on its own line."""

    tex: str
    display: bool = False
    span: SourceSpan | None = _meta()


@dataclass(frozen=True, slots=True)
class TemplateParam(Node):
    """One template argument; ``name`` is the position ("1", "2"…) for unnamed ones.

    ``raw`` is the argument's exact source, kept for writing it back as written; like
    spans and layout it does not count in equality.
    """

    name: str
    value: tuple[Inline, ...]
    raw: str = field(default="", compare=False)
    span: SourceSpan | None = _meta()


@dataclass(frozen=True, slots=True)
class Template(Node):
    """A template call; ``rendered`` is what a handler made of it, when one did.

    ``raw`` is the call's exact source (not counted in equality), which the wikitext
    writer gives back unchanged.
    """

    name: str
    params: tuple[TemplateParam, ...] = ()
    rendered: tuple[Inline, ...] | None = None
    raw: str = field(default="", compare=False)
    span: SourceSpan | None = _meta()


@dataclass(frozen=True, slots=True)
class RawInline(Node):
    """Text meant for one output format only, passed through by that format's writer."""

    format: str
    text: str
    span: SourceSpan | None = _meta()


Inline: TypeAlias = (
    Text
    | SoftBreak
    | LineBreak
    | Bold
    | Italic
    | Underline
    | Strikeout
    | Superscript
    | Subscript
    | Small
    | Code
    | InlineTag
    | Link
    | ExternalLink
    | Image
    | Reference
    | Math
    | Template
    | RawInline
)

# --------------------------------------------------------------------------- blocks


@dataclass(frozen=True, slots=True)
class Paragraph(Node):
    """A paragraph of running text."""

    content: tuple[Inline, ...]
    span: SourceSpan | None = _meta()
    layout: Layout | None = _meta()


@dataclass(frozen=True, slots=True)
class Plain(Node):
    """Inline content that is not a paragraph of its own (a list item's or a cell's text)."""

    content: tuple[Inline, ...]
    span: SourceSpan | None = _meta()
    layout: Layout | None = _meta()


@dataclass(frozen=True, slots=True)
class Section(Node):
    """A heading and everything up to the next heading of the same or a higher level.

    ``blocks`` holds the section's own content followed by its subsections.
    """

    level: int
    heading: tuple[Inline, ...]
    blocks: tuple[Block, ...] = ()
    span: SourceSpan | None = _meta()
    layout: Layout | None = _meta()


@dataclass(frozen=True, slots=True)
class ListItem(Node):
    """One entry of a list: an item, or a term or a definition of a definition list."""

    blocks: tuple[Block, ...]
    kind: Literal["item", "term", "definition"] = "item"
    span: SourceSpan | None = _meta()
    layout: Layout | None = _meta()


@dataclass(frozen=True, slots=True)
class List(Node):
    """A bulleted, numbered or definition list."""

    items: tuple[ListItem, ...]
    kind: Literal["bullet", "ordered", "definition"] = "bullet"
    span: SourceSpan | None = _meta()
    layout: Layout | None = _meta()


@dataclass(frozen=True, slots=True)
class Cell(Node):
    """A table cell; ``header`` for ``!`` / ``<th>`` cells."""

    blocks: tuple[Block, ...]
    header: bool = False
    colspan: int = 1
    rowspan: int = 1
    attributes: Attributes = ()
    span: SourceSpan | None = _meta()


@dataclass(frozen=True, slots=True)
class Row(Node):
    """A table row; ``template`` is the call that made it, for a row written as a call
    on a line of its own (``{{Single chart|UK|3}}``): its cells are what the call's row
    handler renders, and the wikitext writer writes the call back instead."""

    cells: tuple[Cell, ...]
    attributes: Attributes = ()
    template: Template | None = None
    span: SourceSpan | None = _meta()


@dataclass(frozen=True, slots=True)
class Table(Node):
    """A table with an optional caption."""

    rows: tuple[Row, ...]
    caption: tuple[Inline, ...] = ()
    attributes: Attributes = ()
    span: SourceSpan | None = _meta()
    layout: Layout | None = _meta()


@dataclass(frozen=True, slots=True)
class Preformatted(Node):
    """Preformatted text in which inline markup still applies (leading-space lines)."""

    content: tuple[Inline, ...]
    span: SourceSpan | None = _meta()
    layout: Layout | None = _meta()


@dataclass(frozen=True, slots=True)
class CodeBlock(Node):
    """Literal text set as a block (``<pre>``, ``<syntaxhighlight>``)."""

    text: str
    language: str = ""
    span: SourceSpan | None = _meta()
    layout: Layout | None = _meta()


@dataclass(frozen=True, slots=True)
class BlockQuote(Node):
    """A quotation set off as a block."""

    blocks: tuple[Block, ...]
    span: SourceSpan | None = _meta()
    layout: Layout | None = _meta()


@dataclass(frozen=True, slots=True)
class HorizontalRule(Node):
    """A thematic break (``----``)."""

    span: SourceSpan | None = _meta()
    layout: Layout | None = _meta()


@dataclass(frozen=True, slots=True)
class InfoboxField(Node):
    """One ``Key: Value`` row of an infobox; ``value`` is the field's content as written.

    ``separator`` is how the key was separated from the value in flat text (``": "``, or
    ``":"`` for an empty value written without a space). ``raw`` is the value's source
    as written in an infobox template call (wikitext), when the field came from one.
    """

    key: str
    value: tuple[Inline, ...]
    span: SourceSpan | None = _meta()
    separator: str = field(default=": ", compare=False)
    raw: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True)
class Infobox(Node):
    """The summary box of an article: a named, ordered list of fields."""

    fields: tuple[InfoboxField, ...]
    name: str = "Infobox"
    span: SourceSpan | None = _meta()
    layout: Layout | None = _meta()


@dataclass(frozen=True, slots=True)
class Hatnote(Node):
    """A note at the top of an article or section that points elsewhere ("Main
    article: …", "For other uses, see …"). ``content`` is what was written, usually
    the hatnote template calls, which their handlers render."""

    content: tuple[Inline, ...]
    span: SourceSpan | None = _meta()
    layout: Layout | None = _meta()


@dataclass(frozen=True, slots=True)
class ReferenceList(Node):
    """Where the footnotes of ``group`` are listed (``<references />``, ``{{reflist}}``).

    As in MediaWiki, the list shows the footnotes of its group cited since the
    previous list of that group. ``definitions`` are list-defined references written
    inside a ``<references>`` tag; a list that came from a template call keeps the
    call in ``template`` (its ``refs=`` holds such definitions), so the wikitext
    writer can write it back as written. See :mod:`wikiconv.references`.
    """

    group: str = ""
    definitions: tuple[Reference, ...] = ()
    template: Template | None = None
    attributes: Attributes = ()
    span: SourceSpan | None = _meta()
    layout: Layout | None = _meta()


@dataclass(frozen=True, slots=True)
class TemplateBlock(Node):
    """Template calls that render as blocks (a table) where they stand on lines of their own.

    ``content`` is what was written: the calls (usually one; a table made of several
    calls, ``{{MedalTableTop}}`` … ``{{MedalBottom}}``, keeps them all) with the line
    breaks between them, so the wikitext writer writes the calls back as written.
    ``blocks`` is what the page shows for them (a :class:`Table`), made by a block
    handler (docs/templates.md). The calls themselves render as nothing inline
    (``rendered=()``): their output is ``blocks``.
    """

    content: tuple[Inline, ...]
    blocks: tuple[Block, ...] = ()
    span: SourceSpan | None = _meta()
    layout: Layout | None = _meta()

    @property
    def calls(self) -> tuple[Template, ...]:
        """The template calls of ``content``, in order."""
        return tuple(node for node in self.content if isinstance(node, Template))


@dataclass(frozen=True, slots=True)
class Gallery(Node):
    """A set of images shown together (``<gallery>``)."""

    images: tuple[Image, ...]
    span: SourceSpan | None = _meta()
    layout: Layout | None = _meta()


@dataclass(frozen=True, slots=True)
class BlockTag(Node):
    """A block HTML element with no node of its own (``<div>``, ``<center>``…)."""

    tag: str
    attributes: Attributes
    blocks: tuple[Block, ...]
    span: SourceSpan | None = _meta()
    layout: Layout | None = _meta()


@dataclass(frozen=True, slots=True)
class RawBlock(Node):
    """A block meant for one output format only, passed through by that format's writer."""

    format: str
    text: str
    span: SourceSpan | None = _meta()
    layout: Layout | None = _meta()


Block: TypeAlias = (
    Paragraph
    | Plain
    | Section
    | List
    | Table
    | Preformatted
    | CodeBlock
    | BlockQuote
    | HorizontalRule
    | Infobox
    | Gallery
    | Hatnote
    | ReferenceList
    | TemplateBlock
    | BlockTag
    | RawBlock
)


@dataclass(frozen=True, slots=True)
class Document(Node):
    """A whole article.

    ``blocks`` holds the lead (everything before the first heading) followed by the
    top-level sections. ``source_format`` names the reader that built the document.
    """

    blocks: tuple[Block, ...]
    title: str | None = None
    categories: tuple[str, ...] = ()
    metadata: tuple[tuple[str, str], ...] = ()
    redirect: str | None = None
    source_format: str = ""
    diagnostics: tuple[Diagnostic, ...] = field(default=(), compare=False)
    layout: DocumentLayout | None = _meta()
