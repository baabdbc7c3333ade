"""Inline nodes as Pandoc's JSON AST, and the helpers the block methods share.

Pandoc's inlines are ``{"t": "Str", "c": "word"}`` elements: words are ``Str`` and
the white space between them ``Space`` or ``SoftBreak``, so each :class:`Text` is
split at its spaces and a run of inlines is normalised the way Pandoc's own readers
leave it (neighbouring words joined, one space between words, none at a block's
edges). docs/writers/pandoc.md lists what each node becomes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from wikiconv.ast import (
    Attributes,
    Bold,
    Code,
    Document,
    ExternalLink,
    Image,
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
from wikiconv.nodeio import Node
from wikiconv.references import Footnotes, Note, cite_error
from wikiconv.urls import image_url, page_url, safe_url
from wikiconv.walk import footnotes, plain_text
from wikiconv.writers.html_page import image_attributes

__all__ = ["Ctx", "El", "PandocInlines", "attr", "el", "strip_edges"]

El = dict[str, Any]
"""One element of Pandoc's JSON: ``{"t": type, "c": contents}`` (no "c" when empty)."""

_SPACE = re.compile(r"([ \t\r\n]+)")
_WHITE = (" ", "\t", "\r", "\n")
_STYLES: dict[type, str] = {
    Bold: "Strong",
    Italic: "Emph",
    Underline: "Underline",
    Strikeout: "Strikeout",
    Superscript: "Superscript",
    Subscript: "Subscript",
}
# A raw node's format, spelled as Pandoc names its writers.
_RAW_NAMES = {"wikitext": "mediawiki", "wiki": "mediawiki", "md": "markdown", "tex": "latex"}


def el(kind: str, contents: Any = None) -> El:
    """A Pandoc element; constructors without contents (``Space``) have no "c"."""
    return {"t": kind} if contents is None else {"t": kind, "c": contents}


def attr(ident: str = "", classes: tuple[str, ...] | list[str] = (), pairs: Any = ()) -> list[Any]:
    """Pandoc's ``Attr``: ``[id, [class…], [[key, value]…]]``."""
    return [ident, list(classes), [[key, value] for key, value in pairs]]


def attributes_attr(attributes: Attributes, extra_class: str = "") -> list[Any]:
    """A tree node's HTML attributes as an ``Attr``: ``id`` and ``class`` in their
    places, the others as key-value pairs (the last of a repeated name wins)."""
    ident = ""
    classes = [extra_class] if extra_class else []
    pairs: dict[str, str] = {}
    for name, value in attributes:
        key = name.strip().lower()
        if key == "id":
            ident = value.strip()
        elif key == "class":
            classes += [word for word in value.split() if word not in classes]
        elif key:
            pairs[key] = value
    return attr(ident, classes, pairs.items())


def strip_edges(inlines: list[El]) -> list[El]:
    """A block's inlines without white space at its start and end."""
    start, end = 0, len(inlines)
    while start < end and inlines[start]["t"] in ("Space", "SoftBreak"):
        start += 1
    while end > start and inlines[end - 1]["t"] in ("Space", "SoftBreak"):
        end -= 1
    return inlines[start:end]


def _normalised(inlines: list[El]) -> list[El]:
    """Neighbouring words joined, and one space (a line end if any) between words."""
    out: list[El] = []
    for item in inlines:
        last = out[-1] if out else None
        if last is not None and item["t"] == "Str" and last["t"] == "Str":
            out[-1] = el("Str", last["c"] + item["c"])
        elif (
            last is not None
            and item["t"] in ("Space", "SoftBreak")
            and last["t"]
            in (
                "Space",
                "SoftBreak",
                "LineBreak",
            )
        ):
            if item["t"] == "SoftBreak" and last["t"] == "Space":
                out[-1] = item
        elif item["t"] == "LineBreak" and last is not None and last["t"] == "Space":
            out[-1] = item
        else:
            out.append(item)
    return out


@dataclass(frozen=True, slots=True)
class Ctx:
    """Where an inline is written: inside a link (no link may nest there), and which
    footnotes' texts are being written (a footnote inside one is written in place)."""

    in_link: bool = False
    open_notes: frozenset[tuple[str, int]] = frozenset()


TOP = Ctx()


class PandocInlines:
    """The Pandoc writer's inline methods; each returns a list of inline elements."""

    link_template: str
    if TYPE_CHECKING:

        def dispatch(self, node: Node, *args: Any) -> Any: ...
        def lost(self, node: Node, reason: str) -> None: ...

    def start_notes(self, document: Document) -> None:
        """Footnote numbering for one document (MediaWiki's, see wikiconv.references)."""
        self.notes = Footnotes(document)
        self._note_blocks: dict[tuple[str, int], list[El]] = {}
        self._numbered_links = 0

    def inlines(self, content: tuple[Inline, ...], ctx: Ctx = TOP) -> list[El]:
        out: list[El] = []
        for node in content:
            out.extend(self.dispatch(node, ctx))
        return _normalised(out)

    def text(self, node: Text, ctx: Ctx = TOP) -> list[El]:
        out: list[El] = []
        for piece in _SPACE.split(node.text):
            if piece[:1] in _WHITE:
                out.append(el("SoftBreak" if "\n" in piece or "\r" in piece else "Space"))
            elif piece:
                out.append(el("Str", piece))
        return out

    def soft_break(self, node: SoftBreak, ctx: Ctx = TOP) -> list[El]:
        return [el("SoftBreak")]

    def line_break(self, node: LineBreak, ctx: Ctx = TOP) -> list[El]:
        return [el("LineBreak")]

    def _styled(
        self, node: Bold | Italic | Underline | Strikeout | Superscript | Subscript, ctx: Ctx = TOP
    ) -> list[El]:
        return [el(_STYLES[type(node)], self.inlines(node.content, ctx))]

    bold = italic = underline = strikeout = superscript = subscript = _styled

    def small(self, node: Small, ctx: Ctx = TOP) -> list[El]:
        # Pandoc has no smaller text; a classed span keeps what it was.
        return [el("Span", [attr(classes=("small",)), self.inlines(node.content, ctx)])]

    def code(self, node: Code, ctx: Ctx = TOP) -> list[El]:
        return [el("Code", [attr(), node.text])]

    def inline_tag(self, node: InlineTag, ctx: Ctx = TOP) -> list[El]:
        tag = node.tag.strip().lower()
        content = self.inlines(node.content, ctx)
        if tag == "q":
            return [el("Quoted", [el("DoubleQuote"), content])]
        extra = "" if tag == "span" else tag
        return [el("Span", [attributes_attr(node.attributes, extra), content])]

    @staticmethod
    def _link(content: list[El], url: str, classes: tuple[str, ...] = ()) -> El:
        return el("Link", [attr(classes=classes), content, [url, ""]])

    def link(self, node: Link, ctx: Ctx = TOP) -> list[El]:
        shown = node.target + (f"#{node.anchor}" if node.anchor else "")
        inner = replace(ctx, in_link=True)
        content = self.inlines(node.content, inner) if node.content else self.text(Text(shown))
        if ctx.in_link:
            return content
        url = safe_url(page_url(self.link_template, node.target, node.anchor))
        if url is None:
            self.lost(node, "a link whose URL is unsafe is written as its text")
            return content
        return [self._link(content, url)]

    def external_link(self, node: ExternalLink, ctx: Ctx = TOP) -> list[El]:
        inner = replace(ctx, in_link=True)
        classes: tuple[str, ...] = ()
        if node.content:
            content = self.inlines(node.content, inner)
        elif node.numbered:
            self._numbered_links += 1
            content = [el("Str", f"[{self._numbered_links}]")]
        else:
            content, classes = [el("Str", node.url)], ("uri",)
        url = safe_url(node.url)
        if url is None:
            self.lost(node, "a link whose URL is unsafe is written as its text")
            return content
        return content if ctx.in_link else [self._link(content, url, classes)]

    def image(self, node: Image, ctx: Ctx = TOP) -> list[El]:
        """An image within text: its caption becomes its description (Pandoc's alt text),
        and the caption's footnotes follow the image, as in the other writers."""
        element = self.image_element(node, ctx)
        if element is None:
            return self.inlines(node.caption, ctx)
        notes = [n for ref in footnotes(node.caption) for n in self.reference(ref, ctx)]
        return [element, *notes]

    def image_element(
        self, node: Image, ctx: Ctx, description: list[El] | None = None
    ) -> El | None:
        """The ``Image`` element, or None (reported) when its URL is unsafe."""
        url = image_url(self.link_template, node.target)
        if url is None:
            self.lost(node, "an image whose URL is unsafe is written as its caption")
            return None
        classes, sizes = image_attributes(node.options)
        alt = node.alt or plain_text(node.caption)
        if description is None:
            description = self.text(Text(alt.strip()))
        pairs = [(name, f"{value}px") for name, value in sizes]
        if node.alt:
            pairs.append(("alt", node.alt))
        return el("Image", [attr("", classes, pairs), description, [url, ""]])

    def reference(self, node: Reference, ctx: Ctx = TOP) -> list[El]:
        """A ``Note`` holding the footnote's text, at every citation of it."""
        note, _ = self.notes.cite(node)
        key = (note.group, note.number)
        if note.group:
            self.lost(node, "a footnote group is numbered with the other footnotes")
        if ctx.open_notes:
            # Pandoc's writers drop a note inside a note: its text goes in brackets.
            self.lost(node, "a footnote inside a footnote is written in brackets in its text")
            if key in ctx.open_notes:
                return [el("Str", f"[{note.label}]")]
            inner = replace(ctx, open_notes=ctx.open_notes | {key})
            return [el("Space"), el("Str", "["), *self._note_inlines(note, inner), el("Str", "]")]
        blocks = self._note_blocks.get(key)
        if blocks is None:
            inlines = strip_edges(self._note_inlines(note, Ctx(open_notes=frozenset({key}))))
            blocks = [el("Para", inlines)]
            self._note_blocks[key] = blocks
        return [el("Note", blocks)]

    def _note_inlines(self, note: Note, ctx: Ctx) -> list[El]:
        if note.content is None:
            self.lost(Reference(), "a footnote is cited but never given its text")
            return self.text(Text(cite_error(note)))
        return self.inlines(note.content, ctx)

    def math(self, node: Math, ctx: Ctx = TOP) -> list[El]:
        kind = "DisplayMath" if node.display else "InlineMath"
        return [el("Math", [el(kind), node.tex])]

    def template(self, node: Template, ctx: Ctx = TOP) -> list[El]:
        if node.rendered is None:
            self.lost(node, "a template with no rendering is dropped")
            return []
        return self.inlines(node.rendered, ctx)

    def template_param(self, node: TemplateParam, ctx: Ctx = TOP) -> list[El]:
        return self.inlines(node.value, ctx)

    def raw_inline(self, node: RawInline, ctx: Ctx = TOP) -> list[El]:
        return [el("RawInline", [raw_format(node.format), node.text])]


def raw_format(name: str) -> str:
    """A raw node's format as Pandoc names it (``wikitext`` is ``mediawiki``)."""
    key = name.strip().lower()
    return _RAW_NAMES.get(key, key)
