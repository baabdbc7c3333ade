"""Writer for Markdown: CommonMark with GFM tables, strikethrough and footnotes.

Text must read back as itself, so every Text goes through :mod:`markdown_escape`, and
formatting falls back to inline HTML wherever a Markdown delimiter would not parse.
docs/writers/markdown.md says what each node becomes and what is lost.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass

from wikiconv.ast import (
    Block,
    BlockQuote,
    BlockTag,
    Bold,
    Code,
    CodeBlock,
    Document,
    ExternalLink,
    Gallery,
    Hatnote,
    HorizontalRule,
    Image,
    Inline,
    InlineTag,
    Italic,
    LineBreak,
    Link,
    List,
    ListItem,
    Math,
    Paragraph,
    Plain,
    Preformatted,
    RawBlock,
    RawInline,
    Reference,
    ReferenceList,
    Section,
    Small,
    SoftBreak,
    Strikeout,
    Subscript,
    Superscript,
    Template,
    TemplateBlock,
    TemplateParam,
    Text,
    Underline,
)
from wikiconv.references import Footnotes, Note, cite_error
from wikiconv.urls import image_url, page_url, safe_url
from wikiconv.walk import footnotes, plain_text
from wikiconv.writers import markdown_escape as esc
from wikiconv.writers.base import WriterOptions
from wikiconv.writers.markdown_layout import join, same_list, spliced
from wikiconv.writers.markdown_table import MarkdownTables

__all__ = ["MarkdownOptions", "MarkdownWriter"]

_EMPHASIS: dict[type, tuple[str, str]] = {
    Bold: ("**", "strong"),
    Italic: ("*", "em"),
    Strikeout: ("~~", "del"),
}
_HTML: dict[type, str] = {Underline: "u", Superscript: "sup", Subscript: "sub", Small: "small"}


@dataclass(frozen=True, slots=True)
class MarkdownOptions(WriterOptions):
    """``link_template``: the URL of an internal link, ``{title}`` standing for the page."""

    link_template: str = "https://en.wikipedia.org/wiki/{title}"


class MarkdownWriter(MarkdownTables):
    """Inline methods take a :class:`markdown_escape.Ctx` and return inline source; block
    methods return the block's lines, which containers then indent or prefix.
    """

    name = "markdown"
    Options = MarkdownOptions

    def __init__(self, options: WriterOptions) -> None:
        super().__init__(options)
        default = MarkdownOptions()
        self.link_template = getattr(options, "link_template", default.link_template)
        # Numbering runs over the whole document, so it is the one state a write keeps.
        self._footnotes = Footnotes(Document(()))
        self._note_texts: dict[tuple[str, int], str] = {}
        self._numbered_links = 0

    # ------------------------------------------------------------------ document

    def document(self, document: Document) -> str:
        self._footnotes = Footnotes(document)
        parts = []
        if document.title:
            title = esc.protect_edges(esc.escape_text(document.title, " ", "\n", True))
            parts.append("# " + esc.escape_heading(title))
        if document.redirect is not None:
            link = self.link(Link(document.redirect), esc.Ctx(one_line=True))
            parts.append(f"Redirect to {link}")
        parts.append(self._blocks(document.blocks))
        # The footnotes no reference list has shown; writing one may cite another.
        while remaining := self._footnotes.remaining():
            parts.extend(self._definitions(notes) for _, notes in remaining)
        for what in ("categories", "metadata"):
            if getattr(document, what):
                self.lost(document, f"the document's {what} are not written")
        text = "\n\n".join(part for part in parts if part)
        return text + "\n" if text else ""

    # ------------------------------------------------------------------ blocks

    def _render(self, blocks: tuple[Block, ...]) -> list[tuple[Block, str]]:
        """Each block with its Markdown, leaving out blocks that write nothing."""
        out: list[tuple[Block, str]] = []
        alternate = False
        for block in spliced(blocks):
            if isinstance(block, List):
                # Two lists in a row would merge into one unless their markers differ.
                previous = out[-1][0] if out else None
                alternate = same_list(previous, block) and not alternate
                text = self.list_(block, alternate)
            else:
                text = self.dispatch(block)
            if text:
                out.append((block, text))
        return out

    def _blocks(self, blocks: tuple[Block, ...]) -> str:
        return join(self._render(blocks))

    def paragraph(self, node: Paragraph | Plain) -> str:
        return esc.clean_block(self.inlines(node.content, esc.Ctx()))

    plain = paragraph

    def section(self, node: Section) -> str:
        if node.level > 6:
            self.lost(node, "headings deeper than level 6 are written as level 6")
        heading = esc.protect_edges(self.inlines(node.heading, esc.Ctx(one_line=True)))
        marks = "#" * min(max(node.level, 1), 6)
        line = f"{marks} {esc.escape_heading(heading)}" if heading else marks
        body = self._blocks(node.blocks)
        return f"{line}\n\n{body}" if body else line

    def list_(self, node: List, alternate: bool = False) -> str:
        if node.kind == "definition":
            return self._blocks((node,))
        if any(item.kind != "item" for item in node.items):
            self.lost(node, "a term or a definition outside a definition list is an item")
        items = []
        for number, item in enumerate(node.items, 1):
            if node.kind == "ordered":
                marker = f"{number})" if alternate else f"{number}."
            else:
                marker = "*" if alternate else "-"
            items.append(self.list_item(item, marker))
        return "\n".join(items)

    def list_item(self, node: ListItem, marker: str = "-") -> str:
        rendered = self._render(node.blocks)
        lines = join(rendered, in_item=True).split("\n") if rendered else []
        indent = " " * (len(marker) + 1)
        # Only a paragraph may share the marker's line: "- ---" would be a rule, not an item.
        inline_first = bool(rendered) and isinstance(rendered[0][0], (Plain, Paragraph))
        head = f"{marker} {lines.pop(0)}" if inline_first else marker
        return "\n".join([head, *(indent + line if line else "" for line in lines)])

    def horizontal_rule(self, node: HorizontalRule) -> str:
        return "---"

    def code_block(self, node: CodeBlock) -> str:
        return esc.fenced(node.text, node.language)

    def preformatted(self, node: Preformatted) -> str:
        if not all(isinstance(kid, (Text, SoftBreak, LineBreak)) for kid in node.content):
            self.lost(node, "formatting inside preformatted text is dropped")
        lines = (Text("\n") if isinstance(k, (SoftBreak, LineBreak)) else k for k in node.content)
        return esc.fenced(plain_text(tuple(lines)))

    def block_quote(self, node: BlockQuote) -> str:
        body = self._blocks(node.blocks)
        return "\n".join(f"> {line}" if line else ">" for line in body.split("\n")) if body else ""

    def block_tag(self, node: BlockTag) -> str:
        self.lost(node, f"<{node.tag}> has no Markdown form; its content is kept")
        return self._blocks(node.blocks)

    def gallery(self, node: Gallery) -> str:
        images = (esc.clean_block(self.image(image, esc.Ctx())) for image in node.images)
        return "\n\n".join(filter(None, images))

    def raw_block(self, node: RawBlock) -> str:
        if node.format in esc.RAW_FORMATS:
            return node.text.strip("\n")
        self.lost(node, f"raw {node.format} content is dropped")
        return ""

    # ------------------------------------------------------------------ inlines

    def inlines(self, content: tuple[Inline, ...], ctx: esc.Ctx) -> str:
        """Write a run of inlines, telling each node the characters around it."""
        nodes = list(esc.merge_runs(self._expand(content)))
        out = ""
        head = True
        for node, (after, last) in zip(nodes, esc.followers(nodes, ctx), strict=True):
            before = ctx.before if head else out[-1]
            here = dataclasses.replace(ctx, before=before, after=after, first=head, last=last)
            text = self.dispatch(node, here)
            out += text
            head = head and not esc.split_edges(text)[1]
        return out

    def _expand(self, content: tuple[Inline, ...]) -> Iterator[Inline]:
        """The inlines with tags and templates replaced by their content, as they are written."""
        for node in content:
            if isinstance(node, (InlineTag, Template)):
                yield from self._expand(self._unwrap(node))
            else:
                yield node

    def _unwrap(self, node: InlineTag | Template) -> tuple[Inline, ...]:
        if isinstance(node, InlineTag):
            self.lost(node, f"<{node.tag}> has no Markdown form; its content is kept")
            return node.content
        if node.rendered is None:
            self.lost(node, "a template with no rendering is dropped")
        return node.rendered or ()

    def text(self, node: Text, ctx: esc.Ctx) -> str:
        return esc.escape_text(node.text, ctx.before, ctx.after, ctx.one_line, ctx.first, ctx.last)

    def soft_break(self, node: SoftBreak, ctx: esc.Ctx) -> str:
        return " " if ctx.one_line else "\n"

    def line_break(self, node: LineBreak, ctx: esc.Ctx) -> str:
        return "<br>" if ctx.one_line else "\\\n"

    def _emphasis(self, node: Bold | Italic | Strikeout, ctx: esc.Ctx) -> str:
        mark, tag = _EMPHASIS[type(node)]
        # Inside, the neighbours are this node's delimiters or tags: punctuation either way.
        inner = esc.inner(ctx, ">", "<", mark[0])
        lead, core, trail = esc.split_edges(self.inlines(node.content, inner))
        before = ctx.before if ctx.first or not lead else lead[-1]
        after = ctx.after if ctx.last or not trail else trail[0]
        # '''''x''''' is common enough for ***x*** to be worth a case of its own.
        other = {"**": ("*", Italic), "*": ("**", Bold)}.get(mark)
        if other and len(node.content) == 1 and isinstance(node.content[0], other[1]):
            bare = esc.strip_mark(core, other[0])
            if bare and esc.can_delimit(bare, before, after, "*", "*" in ctx.nested):
                return f"{lead}{mark}{core}{mark}{trail}"
        if esc.can_delimit(core, before, after, mark[0], mark[0] in ctx.nested):
            return f"{lead}{mark}{core}{mark}{trail}"
        return esc.tagged(lead, core, trail, tag)

    bold = italic = strikeout = _emphasis

    def _html(self, node: Underline | Superscript | Subscript | Small, ctx: esc.Ctx) -> str:
        inner = self.inlines(node.content, esc.inner(ctx, ">", "<"))
        return esc.tagged(*esc.split_edges(inner), _HTML[type(node)])

    underline = superscript = subscript = small = _html

    def code(self, node: Code, ctx: esc.Ctx) -> str:
        if "`" in (ctx.before[-1:], ctx.after[:1]) or not ctx.after:
            # Backticks side by side would join into one run and end no span.
            text = esc.escape_text(" ".join(node.text.split("\n")), ">", "<", ctx.one_line)
            return f"<code>{text}</code>"
        return esc.code_span(node.text, cell=ctx.cell)

    def _linked(
        self, content: tuple[Inline, ...], fallback: str, url: str, ctx: esc.Ctx, mark: str = ""
    ) -> str:
        """``[label](url)``, white space at the label's edges moved outside the brackets.

        Inside another link's label a link cannot nest, so only its label is written.
        """
        bare = ctx.in_link and not mark
        inside = ctx if bare else esc.inner(ctx, "[", "]", link=True)
        lead, core, trail = esc.split_edges(self.inlines(content, inside))
        if not core:
            before, after = lead[-1:] or inside.before, trail[:1] or inside.after
            core = esc.escape_text(fallback, before, after, ctx.one_line)
        if bare:
            return lead + core + trail
        return f"{lead}{mark}[{core}]({esc.destination(url)}){trail}"

    def link(self, node: Link, ctx: esc.Ctx) -> str:
        shown = node.target + (f"#{node.anchor}" if node.anchor else "")
        url = page_url(self.link_template, node.target, node.anchor)
        return self._linked(node.content, shown, url, ctx)

    def external_link(self, node: ExternalLink, ctx: esc.Ctx) -> str:
        if safe_url(node.url) is None:
            self.lost(node, "a link to a script or a local file is written as its text")
            shown = node.content or (Text(node.url),)
            return self.inlines(shown, ctx)
        if node.numbered and not node.content:
            self._numbered_links += 1
            # "[1]" as link text: its brackets escaped, so that no "[[" appears.
            label = f"\\[{self._numbered_links}\\]"
            return label if ctx.in_link else f"[{label}]({esc.destination(node.url)})"
        if not node.content and esc.is_autolink(node.url) and not ctx.in_link:
            return f"<{node.url}>"
        return self._linked(node.content, node.url, node.url, ctx)

    def image(self, node: Image, ctx: esc.Ctx) -> str:
        if node.options:
            self.lost(node, "image options (size, frame, placement) are dropped")
        url = image_url(self.link_template, node.target)
        if url is None:
            self.lost(node, "an image from a script or a local file is written as its text")
            return self.inlines(node.caption or (Text(node.alt or node.target),), ctx)
        # An image's label is its alt text, which Markdown keeps as plain text: markup
        # and footnote markers inside it would show as characters. The caption's
        # footnotes follow the image instead, so that none is lost or renumbered.
        caption = plain_text(node.caption).strip()
        label = (Text(caption),) if caption else ()
        image = self._linked(label, node.alt or node.target, url, ctx, "!")
        return image + "".join(self.reference(note, ctx) for note in footnotes(node.caption))

    def reference(self, node: Reference, ctx: esc.Ctx) -> str:
        note, _ = self._footnotes.cite(node)
        # The text is written at its first citation, as MediaWiki reads it there, so
        # footnotes cited inside it are numbered next.
        self._note_text(note)
        return f"[^{note.key}]"

    def _note_text(self, note: Note) -> str:
        key = (note.group, note.number)
        if key not in self._note_texts and note.content is not None:
            self._note_texts[key] = ""  # a note that cites itself is not written inside itself
            text = self.inlines(note.content, esc.Ctx(one_line=True, before=" "))
            self._note_texts[key] = esc.escape_line_start(esc.protect_edges(text))
        return self._note_texts.get(key, "")

    def reference_list(self, node: ReferenceList) -> str:
        # GFM shows footnotes at the end of the page wherever they are defined; they are
        # defined where the wiki lists them, so the source reads like the page.
        return self._definitions(self._footnotes.list_at(node))

    def _definitions(self, notes: list[Note]) -> str:
        lines = []
        for note in notes:
            if note.content is None:
                self.lost(Reference(), "a footnote is cited but never given its text")
                text = esc.escape_text(cite_error(note), " ", "", True)
            else:
                text = self._note_text(note)
            lines.append(f"[^{note.key}]: {text}".rstrip())
        return "\n".join(lines)

    def template_block(self, node: TemplateBlock) -> str:
        # What the calls show (a table), written as any such block.
        return self._blocks(node.blocks)

    def hatnote(self, node: Hatnote) -> str:
        # Set apart as the page sets it apart: in italics, a paragraph of its own.
        return self.paragraph(Paragraph((Italic(node.content),)))

    def math(self, node: Math, ctx: esc.Ctx) -> str:
        tex = " ".join(node.tex.split())
        if ctx.cell:
            tex = tex.replace("|", "\\|")
        if not tex:
            return ""
        if node.display:
            return f"$${tex}$$" if ctx.one_line else f"\n$${tex}$$\n"
        return f"${tex}$"

    def template(self, node: Template | InlineTag, ctx: esc.Ctx) -> str:
        return self.inlines(self._unwrap(node), ctx)

    inline_tag = template

    def template_param(self, node: TemplateParam, ctx: esc.Ctx | None = None) -> str:
        return self.inlines(node.value, ctx or esc.Ctx())

    def raw_inline(self, node: RawInline, ctx: esc.Ctx) -> str:
        if node.format in esc.RAW_FORMATS:
            return node.text.replace("\n", " ") if ctx.one_line else node.text
        self.lost(node, f"raw {node.format} content is dropped")
        return ""
