"""Inline content as plain text, shared by the writers of text-only formats.

Formatting (bold, links, superscript) has no spelling in plain text; the text inside it
is kept and the loss of the markup itself is reported once per node type. Content with
no text of its own to show (images, footnotes, unrendered templates) is dropped and
reported.
"""

from __future__ import annotations

from typing import ClassVar

from wikiconv.ast import (
    Bold,
    Code,
    ExternalLink,
    Image,
    InfoboxField,
    Inline,
    InlineTag,
    Italic,
    LineBreak,
    Link,
    Math,
    RawInline,
    Reference,
    Small,
    SoftBreak,
    Strikeout,
    Subscript,
    Superscript,
    Template,
    TemplateParam,
    Text,
    Underline,
)
from wikiconv.infobox_values import flat_value, segment_lines
from wikiconv.writers.base import NodeWriter

__all__ = ["PlainInlines"]

_Styled = Bold | Italic | Underline | Strikeout | Superscript | Subscript | Small | InlineTag


class PlainInlines(NodeWriter):
    """Writes inlines as plain text. ``SoftBreak`` and ``LineBreak`` become newlines.

    ``markup_is_loss`` says whether dropping emphasis and the like is worth a
    diagnostic: it is for flat text, which is a source format someone may edit, and
    is not for plain text, whose whole point is to have no markup.
    """

    markup_is_loss: ClassVar[bool] = True

    def inlines(self, content: tuple[Inline, ...]) -> str:
        return "".join(self.dispatch(node) for node in content)

    def infobox_value(self, node: InfoboxField) -> str:
        """The value on one line. The lines and row entries of a value parsed from a
        template call are joined by ``", "``, and its groups (rules of ``----``
        between them) by ``" ---- "``: the flat format's conventions for them."""
        if not node.raw:
            return self.inlines(node.value).replace("\n", " ")
        entries = (self.inlines(entry) for line in segment_lines(node.value) for entry in line)
        return flat_value([text for entry in entries if (text := " ".join(entry.split()))])

    def text(self, node: Text) -> str:
        return node.text

    def soft_break(self, node: SoftBreak) -> str:
        return "\n"

    def line_break(self, node: LineBreak) -> str:
        return "\n"

    def _styled(self, node: _Styled) -> str:
        if self.markup_is_loss:
            self.lost(node, "no markup for it in this format; its text is kept")
        return self.inlines(node.content)

    bold = italic = underline = strikeout = _styled
    superscript = subscript = small = inline_tag = _styled

    def code(self, node: Code) -> str:
        return node.text

    def link(self, node: Link) -> str:
        return self.inlines(node.content) if node.content else node.target

    def external_link(self, node: ExternalLink) -> str:
        if node.content:
            return self.inlines(node.content)
        return node.url

    def image(self, node: Image) -> str:
        self.lost(node, "images cannot be shown; dropped")
        return ""

    def reference(self, node: Reference) -> str:
        self.lost(node, "footnotes are not written in this format; dropped")
        return ""

    def math(self, node: Math) -> str:
        return node.tex

    def template(self, node: Template) -> str:
        if node.rendered is not None:
            return self.inlines(node.rendered)
        self.lost(node, "a template with no rendering is dropped")
        return ""

    def template_param(self, node: TemplateParam) -> str:
        return self.inlines(node.value)

    def raw_inline(self, node: RawInline) -> str:
        if node.format == self.name:
            return node.text
        self.lost(node, f"raw {node.format} content is dropped")
        return ""
