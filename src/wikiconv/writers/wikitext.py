"""Writer for MediaWiki wikitext: the source a wiki editor would type for the tree.

Formatting uses the wiki's own syntax (``''``, ``[[…]]``, ``{{…}}``, ``==``, ``*``,
``{|``) and falls back to the HTML tags MediaWiki accepts where that syntax would
misread (bold across a line break, italic inside italic). Every Text goes through
:mod:`wikitext_escape`, so text reads back as text. docs/writers/wikitext.md says what
each node becomes and what cannot be expressed.
"""

from __future__ import annotations

import dataclasses
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
    Image,
    Infobox,
    InfoboxField,
    LineBreak,
    List,
    ListItem,
    Paragraph,
    Plain,
    Preformatted,
    RawBlock,
    ReferenceList,
    Row,
    Section,
    SoftBreak,
    Table,
    Template,
    TemplateBlock,
    Text,
)
from wikiconv.walk import plain_text
from wikiconv.writers import wikitext_escape as esc
from wikiconv.writers.base import WriterOptions
from wikiconv.writers.wikitext_escape import Ctx
from wikiconv.writers.wikitext_inline import RAW_FORMATS, WikitextInlines, param_ctx

__all__ = ["WikitextOptions", "WikitextWriter"]

_TOP = Ctx()


@dataclass(frozen=True, slots=True)
class WikitextOptions(WriterOptions):
    """No options yet: the output follows English Wikipedia's conventions."""


class WikitextWriter(WikitextInlines):
    """Block methods take a block context (in a table? in a quotation?) and return their
    wikitext, lines joined; inline methods take the :class:`Ctx` of where they stand.
    """

    name = "wikitext"
    Options = WikitextOptions

    # ------------------------------------------------------------------ document

    def document(self, document: Document) -> str:
        body = self._blocks(document.blocks, _TOP)
        links = "\n".join(self._page_links(document))
        text = "\n\n".join(part for part in (body, links) if part)
        if document.redirect is not None:
            target = esc.title(document.redirect.strip(), link=False)
            if target:
                # The redirect is the page's first line; what follows is kept with it.
                text = f"#REDIRECT [[{target}]]" + ("\n" + text if text else "")
            else:
                self.lost(document, "a redirect to an invalid title is not written")
        return text + "\n" if text else ""

    def _page_links(self, document: Document) -> list[str]:
        """Behaviour switches, categories and language links, which close the page."""
        switches, languages = [], []
        for key, value in document.metadata:
            code = key.partition(":")[2]
            target = esc.title(value.strip(), link=False)
            if key == "switch" and re.fullmatch(r"[A-Za-z_]+", value):
                switches.append(f"__{value}__")
            elif key.startswith("interlanguage:") and re.fullmatch(r"[a-z-]+", code) and target:
                languages.append(f"[[{code}:{target}]]")
            else:
                self.lost(document, f"metadata {key!r} has no place in wikitext")
        categories = []
        for category in document.categories:
            name, bar, key = category.partition("|")
            target = esc.title(name.strip(), link=False)
            if target and not re.search(r"\]\]|\n", key):
                categories.append(f"[[Category:{target}{bar}{key}]]")
            else:
                self.lost(document, "a category with an invalid name is not written")
        return switches + categories + languages

    # ------------------------------------------------------------------ blocks

    def _blocks(self, blocks: tuple[Block, ...], ctx: Ctx) -> str:
        return "\n\n".join(out for out in (self.dispatch(block, ctx) for block in blocks) if out)

    def paragraph(self, node: Paragraph | Plain, ctx: Ctx = _TOP) -> str:
        line = Ctx(sol=True, eol=True, table=ctx.table, quote=ctx.quote)
        return esc.trim_lines(self.inlines(node.content, line))

    plain = paragraph

    def section(self, node: Section, ctx: Ctx = _TOP) -> str:
        level = min(max(node.level, 1), 6)
        if level != node.level:
            self.lost(node, "a heading level outside 1 to 6 is written as the nearest one")
        marks = "=" * level
        heading = self.inlines(node.heading, Ctx(newline=" ", before=marks + " ", after=" "))
        body = self._blocks(node.blocks, ctx)
        line = f"{marks} {heading.strip()} {marks}"
        return f"{line}\n{body}" if body else line

    def list_(self, node: List, ctx: Ctx = _TOP, prefix: str = "") -> str:
        items = (self.list_item(item, ctx, prefix + _marker(node, item)) for item in node.items)
        return "\n".join(item for item in items if item)

    def list_item(self, node: ListItem, ctx: Ctx = _TOP, prefix: str = "*") -> str:
        """The item's line, its nested lists under it with longer prefixes.

        MediaWiki's list items are one line long. A second paragraph joins the line
        with ``<br />``; content after a nested list goes on a ``*:`` line, the
        wiki's usual way to continue an item.
        """
        parts: list[str] = []
        open_line = last_inline = False
        for block in node.blocks:
            if isinstance(block, List):
                parts.append(self.list_(block, ctx, prefix))
                open_line = False
                continue
            if isinstance(block, Table) and set(prefix) == {":"} and not open_line:
                # ":{|" indents a table, the one block a list line can start.
                parts.append(prefix + self.table(block, ctx))
                continue
            piece = self._item_piece(block, ctx, prefix)
            if not piece:
                continue
            # A framed image is a block of its own on the page, but is written inline:
            # the reader splits the line around it again, so no <br /> is needed.
            inline = isinstance(block, (Plain, Paragraph)) and not _is_figure(block)
            if open_line:
                if inline and last_inline:
                    self.lost(
                        node, "paragraphs after the first in a list item are joined by <br />"
                    )
                parts[-1] += ("<br />" if inline and last_inline else "") + piece
            elif parts:
                self.lost(node, "content after a nested list continues on an indented line")
                parts.append(f"{prefix}: {piece}")
            else:
                parts.append(f"{prefix} {piece}")
            open_line, last_inline = True, inline
        return "\n".join(parts) if parts else prefix

    def _item_piece(self, block: Block, ctx: Ctx, prefix: str) -> str:
        """A block as it fits on a list item's line: inline, or an element on one line."""
        one = Ctx(newline=" ", eol=True, table=ctx.table, colon=prefix.endswith(";"), before=" ")
        if isinstance(block, (Plain, Paragraph)):
            text = self.inlines(block.content, one).strip()
            if set(prefix) == {":"} and text.startswith("{|"):
                # ":{|" indents a table; "{|" only comes from text (markup never starts so).
                text = "<nowiki>{|</nowiki>" + text[2:]
            return text
        if isinstance(block, (CodeBlock, Gallery, RawBlock)):
            # Extension tags may hold line breaks: the preprocessor takes them out first.
            element: str = self.dispatch(block, ctx)
            return element
        if isinstance(block, HorizontalRule):
            return "<hr />"
        if isinstance(block, Infobox):
            return self.infobox(block, ctx, one_line=True)
        inner = block.blocks if isinstance(block, (BlockQuote, BlockTag)) else ()
        if len(inner) == 1 and isinstance(inner[0], (Plain, Paragraph)):
            tag = block.tag if isinstance(block, BlockTag) else "blockquote"
            attrs = self._attrs(block, block.attributes if isinstance(block, BlockTag) else ())
            return f"<{tag}{attrs}>{self.inlines(inner[0].content, one)}</{tag}>"
        if isinstance(block, Preformatted):
            return self._pre_fallback(block)
        if isinstance(block, TemplateBlock) and block.calls:
            return self.inlines(block.content, one).strip()
        self.lost(block, "a list item holds one line; the block is written as its text")
        return self.inlines((Text(plain_text(block)),), one).strip()

    def table(self, node: Table, ctx: Ctx = _TOP) -> str:
        lines = ["{|" + self._attrs(node, node.attributes)]
        if node.caption:
            caption = Ctx(newline=" ", table=True, pipe=True, before="|+ ")
            lines.append(f"|+ {self.inlines(node.caption, caption)}".rstrip())
        for index, row in enumerate(node.rows):
            lines.append(self.row(row, ctx, first=index == 0))
        lines.append("|}")
        return "\n".join(line for line in lines if line)

    def row(self, node: Row, ctx: Ctx = _TOP, first: bool = False) -> str:
        attrs = self._attrs(node, node.attributes)
        # The first row needs no "|-" of its own unless it has attributes.
        lines = [] if first and not attrs else ["|-" + attrs]
        if node.template is not None:
            # A row written as a call: the call, not the cells it renders.
            lines.append(self.inlines((node.template,), Ctx(table=True)))
            return "\n".join(lines)
        lines.extend(self.cell(cell, ctx) for cell in node.cells)
        return "\n".join(lines)

    def cell(self, node: Cell, ctx: Ctx = _TOP) -> str:
        spans = [
            (name, str(n)) for name, n in (("colspan", node.colspan), ("rowspan", node.rowspan))
        ]
        pairs = [pair for pair in spans if pair[1] != "1"]
        pairs += [p for p in node.attributes if p[0].lower() not in ("colspan", "rowspan")]
        attrs = self._attrs(node, tuple(pairs))
        mark = "!" if node.header else "|"
        head = f"{mark}{attrs} |" if attrs else mark
        blocks = node.blocks
        if blocks and isinstance(blocks[0], Plain):
            # Text on the cell's own line is the cell's plain text; blocks follow below.
            line = Ctx(table=True, pipe=True, bang=node.header, eol=True, before=head + " ")
            text = esc.trim_lines(self.inlines(blocks[0].content, line)).rstrip()
            head, blocks = f"{head} {text}" if text else head, blocks[1:]
        body = self._blocks(blocks, Ctx(table=True))
        return f"{head}\n{body}" if body else head

    def preformatted(self, node: Preformatted, ctx: Ctx = _TOP) -> str:
        if ctx.quote:
            # <blockquote> turns leading-space lines off.
            return self._pre_fallback(node)
        lines = Ctx(sol=True, eol=True, newline="\n ", table=ctx.table, pipe=ctx.table)
        text = self.inlines(node.content, dataclasses.replace(lines, before=" "))
        # Lines of white space only at the ends would not belong to the block.
        return " " + re.sub(r"^(?:[ \t]*\n )+|(?:\n [ \t]*)+$", "", text)

    def _pre_fallback(self, node: Preformatted) -> str:
        """``<pre>`` where leading-space lines cannot stand: it keeps the text only."""
        self.lost(node, "preformatted text inside a quotation or list item becomes <pre>")
        return f"<pre>{esc.escape_pre(_pre_text(node))}</pre>"

    def code_block(self, node: CodeBlock, ctx: Ctx = _TOP) -> str:
        text = node.text
        if node.language and "</syntaxhighlight" not in text.lower():
            attrs = self._attrs(node, (("lang", node.language),))
            return f"<syntaxhighlight{attrs}>\n{text}\n</syntaxhighlight>"
        if node.language:
            self.lost(
                node, "code holding </syntaxhighlight> is written as <pre> without a language"
            )
        # An HTML parser drops a newline right after <pre>, so a leading one is doubled.
        lead = "\n" if text.startswith("\n") else ""
        return f"<pre>{lead}{esc.escape_pre(text)}</pre>"

    def block_quote(self, node: BlockQuote, ctx: Ctx = _TOP) -> str:
        return self._element("blockquote", "", node.blocks, Ctx(table=ctx.table, quote=True))

    def block_tag(self, node: BlockTag, ctx: Ctx = _TOP) -> str:
        tag = node.tag.lower()
        if tag not in esc.HTML_TAGS:
            self.lost(node, f"<{node.tag}> is not a tag MediaWiki accepts; its content is kept")
            return self._blocks(node.blocks, ctx)
        return self._element(tag, self._attrs(node, node.attributes), node.blocks, ctx)

    def hatnote(self, node: Hatnote, ctx: Ctx = _TOP) -> str:
        # Its calls on a line of their own, which the reader makes a hatnote again.
        if not all(isinstance(n, Template) or not plain_text((n,)).strip() for n in node.content):
            self.lost(node, "a hatnote not written as hatnote templates becomes a paragraph")
        return self.paragraph(Paragraph(node.content), ctx)

    def template_block(self, node: TemplateBlock, ctx: Ctx = _TOP) -> str:
        # Its calls as written, on lines of their own, which the reader makes a template
        # block again; without calls (a tree built by hand), the blocks themselves.
        if not node.calls:
            return self._blocks(node.blocks, ctx)
        if not all(isinstance(n, Template) or not plain_text((n,)).strip() for n in node.content):
            self.lost(node, "text beside the calls of a template block makes it a paragraph")
        return self.paragraph(Paragraph(node.content), ctx)

    def reference_list(self, node: ReferenceList, ctx: Ctx = _TOP) -> str:
        if node.template is not None:
            return self.template(node.template, ctx)
        group = (("group", node.group),) if node.group else ()
        attrs = self._attrs(node, group + node.attributes)
        if not node.definitions:
            return f"<references{attrs} />"
        refs = "\n".join(self.reference(ref) for ref in node.definitions)
        return f"<references{attrs}>\n{refs}\n</references>"

    def _element(self, tag: str, attrs: str, blocks: tuple[Block, ...], ctx: Ctx) -> str:
        """``<tag>`` around blocks. Text right after the start tag or right before the
        end tag is no paragraph of its own in MediaWiki; a line break there makes one."""
        body = self._blocks(blocks, ctx)
        start = "" if blocks and isinstance(blocks[0], Plain) else "\n"
        end = "" if blocks and isinstance(blocks[-1], Plain) else "\n"
        return f"<{tag}{attrs}>{start}{body}{end}</{tag}>" if body else f"<{tag}{attrs}></{tag}>"

    def horizontal_rule(self, node: HorizontalRule, ctx: Ctx = _TOP) -> str:
        return "----"

    def infobox(self, node: Infobox, ctx: Ctx = _TOP, one_line: bool = False) -> str:
        name = node.name.strip() or "Infobox"
        if re.search(r"[|{}\[\]<>\n]", name):
            self.lost(node, "an infobox name that cannot name a template is written as Infobox")
            name = "Infobox"
        fields = [self.infobox_field(field, ctx, one_line) for field in node.fields]
        if one_line:
            return "{{" + name + "".join(f" {field}" for field in fields if field) + "}}"
        return "\n".join(["{{" + name, *(field for field in fields if field), "}}"])

    def infobox_field(self, node: InfoboxField, ctx: Ctx = _TOP, one_line: bool = False) -> str:
        key = node.key.strip()
        if not key or re.search(r"[|={}\n]", key):
            self.lost(node, "a field whose key cannot name a template parameter is dropped")
            return ""
        value = self.inlines(node.value, param_ctx(" " if one_line else "\n"))
        return f"| {key} = {value}".rstrip()

    def gallery(self, node: Gallery, ctx: Ctx = _TOP) -> str:
        lines = (self._image_body(image, "\n") for image in node.images)
        return "\n".join(["<gallery>", *(line for line in lines if line), "</gallery>"])

    def raw_block(self, node: RawBlock, ctx: Ctx = _TOP) -> str:
        if node.format.lower() in RAW_FORMATS:
            return node.text.strip("\n")
        self.lost(node, f"raw {node.format} content is dropped")
        return ""


def _marker(node: List, item: ListItem) -> str:
    if item.kind != "item":
        return ";" if item.kind == "term" else ":"
    return {"bullet": "*", "ordered": "#"}.get(node.kind, ":")


def _pre_text(node: Preformatted) -> str:
    lines = (Text("\n") if isinstance(kid, (SoftBreak, LineBreak)) else kid for kid in node.content)
    return plain_text(tuple(lines))


_FIGURE_OPTIONS = frozenset(
    "thumb thumbnail frame framed enframed left right center centre none".split()
)


def _is_figure(block: Block) -> bool:
    """Whether a block is an image the page shows as a figure (framed or aligned)."""
    if not isinstance(block, (Plain, Paragraph)) or len(block.content) != 1:
        return False
    image = block.content[0]
    return isinstance(image, Image) and any(
        name in _FIGURE_OPTIONS or name.startswith("thumb") for name, _ in image.options
    )
