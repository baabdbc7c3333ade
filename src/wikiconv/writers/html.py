"""Writer for HTML5: an article fragment, or a whole page with ``standalone``.

Output is assembled from strings in which every piece of tree text is escaped, so no
text can become markup. The tree is not trusted: elements, attributes, URLs and styles
taken from it are checked against MediaWiki's whitelist and URL rules, because escaping
alone does not stop a ``javascript:`` link, and a ``RawBlock``/``RawInline`` of format
``html`` is rebuilt from MediaWiki's elements and attributes only
(:mod:`wikiconv.writers.html_sanitize`). Each block starts on a line of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wikiconv.ast import (
    Attributes,
    Block,
    BlockQuote,
    BlockTag,
    Bold,
    Cell,
    Code,
    CodeBlock,
    Document,
    ExternalLink,
    Gallery,
    Hatnote,
    HorizontalRule,
    Image,
    Infobox,
    InfoboxField,
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
    Row,
    Section,
    Small,
    SoftBreak,
    Strikeout,
    Subscript,
    Superscript,
    Table,
    Template,
    TemplateBlock,
    TemplateParam,
    Text,
    Underline,
)
from wikiconv.nodeio import Node
from wikiconv.urls import image_url, page_url, wiki_id
from wikiconv.walk import footnotes, plain_text
from wikiconv.writers.base import NodeWriter, WriterOptions
from wikiconv.writers.html_notes import FootnoteState, HtmlFootnotes
from wikiconv.writers.html_page import (
    BLOCK_TAGS,
    INLINE_TAGS,
    attrs_html,
    clean_attributes,
    image_attributes,
    page,
    text_html,
)
from wikiconv.writers.html_sanitize import safe_url, sanitize_html

__all__ = ["HtmlOptions", "HtmlWriter"]


@dataclass(frozen=True, slots=True)
class HtmlOptions(WriterOptions):
    """``link_template`` turns an internal link's page title into a URL."""

    standalone: bool = False
    link_template: str = "https://en.wikipedia.org/wiki/{title}"
    lang: str = "en"


_Styled = Bold | Italic | Underline | Strikeout | Superscript | Subscript | Small
_STYLE_TAGS: dict[type[Node], str] = {
    Bold: "b",
    Italic: "i",
    Underline: "u",
    Strikeout: "s",
    Superscript: "sup",
    Subscript: "sub",
    Small: "small",
}
_LIST_TAGS = {"bullet": "ul", "ordered": "ol", "definition": "dl"}
_ITEM_TAGS = {"item": "li", "term": "dt", "definition": "dd"}
# Heading ids must not take the ids footnotes use, or back-links would jump there.
_FOOTNOTE_ID = re.compile(r"cite-(?:ref|note)-(?:.*-)?\d+")


@dataclass(slots=True)
class _Context:
    """What one document's writing keeps track of across the tree."""

    notes: FootnoteState
    ids: set[str] = field(default_factory=set)
    # The last suffix tried per base id, so that n equal headings cost n steps, not n².
    suffixes: dict[str, int] = field(default_factory=dict)
    links: int = 0


class HtmlWriter(HtmlFootnotes, NodeWriter):
    """Every method takes the node and the document's :class:`_Context`, returns HTML."""

    name = "html"
    Options = HtmlOptions
    options: HtmlOptions

    def document(self, document: Document) -> str:
        ctx = _Context(FootnoteState.of(document))
        parts: list[str] = []
        title = document.title if document.title and document.title.strip() else None
        if title is not None:
            parts.append(f"<h1>{text_html(title)}</h1>")
        if document.redirect is not None:
            link = self.link(Link(document.redirect), ctx)
            parts.append(f'<p class="redirect">Redirect to {link}</p>')
        parts.append(self.blocks(document.blocks, ctx))
        parts.extend(self.remaining_lists(ctx))
        if document.categories:
            parts.append(self._categories(document.categories, ctx))
        if document.metadata:
            self.lost(document, "document metadata is not written")
        body = self.fill_lists("\n".join(part for part in parts if part), ctx)
        if self.options.standalone:
            return page(body, title, self.options.lang)
        return body + "\n"

    # ------------------------------------------------------------------ helpers

    def blocks(self, blocks: tuple[Block, ...], ctx: _Context) -> str:
        return "\n".join(html for html in (self.dispatch(b, ctx) for b in blocks) if html)

    def inlines(self, content: tuple[Inline, ...], ctx: _Context) -> str:
        return "".join(self.dispatch(node, ctx) for node in content)

    def _flow(self, blocks: tuple[Block, ...], ctx: _Context) -> str:
        """A container's content: a lone Plain stays on the tag's line, blocks get lines."""
        if len(blocks) == 1 and isinstance(blocks[0], Plain):
            html: str = self.dispatch(blocks[0], ctx)
            return html
        inner = self.blocks(blocks, ctx)
        return f"\n{inner}\n" if inner else ""

    def _alone(self, content: tuple[Inline, ...], ctx: _Context) -> str | None:
        """A paragraph holding just an image or a display formula becomes that block."""
        solid = [
            node
            for node in content
            if not isinstance(node, SoftBreak)
            and not (isinstance(node, Text) and not node.text.strip())
        ]
        if len(solid) == 1 and isinstance(solid[0], Image):
            return self.image(solid[0], ctx, block=True)
        if len(solid) == 1 and isinstance(solid[0], Math) and solid[0].display:
            return self.math(solid[0], ctx, block=True)
        return None

    def _clean(
        self, node: Node, attributes: Attributes, tag: str, skip: frozenset[str] = frozenset()
    ) -> list[tuple[str, str]]:
        kept, dropped = clean_attributes(attributes, tag, skip)
        if dropped:
            self.lost(node, "unsafe or unsupported attributes are dropped")
        return kept

    def _heading_id(self, heading: tuple[Inline, ...], ctx: _Context) -> str:
        base = wiki_id(plain_text(tuple(n for n in heading if not isinstance(n, Reference))))
        base = base or "section"
        number = ctx.suffixes.get(base, 1)
        candidate = base if number == 1 else f"{base}_{number}"
        while candidate in ctx.ids or _FOOTNOTE_ID.fullmatch(candidate):
            number += 1
            candidate = f"{base}_{number}"
        ctx.suffixes[base] = number
        ctx.ids.add(candidate)
        return candidate

    # ------------------------------------------------------------------ blocks

    def paragraph(self, node: Paragraph, ctx: _Context) -> str:
        alone = self._alone(node.content, ctx)
        if alone is not None:
            return alone
        inner = self.inlines(node.content, ctx)
        return f"<p>{inner}</p>" if inner else ""

    def plain(self, node: Plain, ctx: _Context) -> str:
        alone = self._alone(node.content, ctx)
        return alone if alone is not None else self.inlines(node.content, ctx)

    def section(self, node: Section, ctx: _Context) -> str:
        level = min(max(int(node.level), 1), 6)  # an int even from hostile JSON
        id_ = self._heading_id(node.heading, ctx)
        heading = self.inlines(node.heading, ctx)
        lines = ["<section>", f"<h{level}{attrs_html([('id', id_)])}>{heading}</h{level}>"]
        body = self.blocks(node.blocks, ctx)
        if body:
            lines.append(body)
        lines.append("</section>")
        return "\n".join(lines)

    def list_(self, node: List, ctx: _Context) -> str:
        tag = _LIST_TAGS[node.kind]
        items = "\n".join(self.list_item(item, ctx, node.kind) for item in node.items)
        return f"<{tag}>\n{items}\n</{tag}>" if items else f"<{tag}></{tag}>"

    def list_item(self, node: ListItem, ctx: _Context, list_kind: str = "") -> str:
        tag = _ITEM_TAGS[node.kind]
        if list_kind == "definition" and tag == "li":
            tag = "dd"
        elif list_kind in ("bullet", "ordered") and tag != "li":
            self.lost(node, f"a {node.kind} outside a definition list is written as an item")
            tag = "li"
        return f"<{tag}>{self._flow(node.blocks, ctx)}</{tag}>"

    def table(self, node: Table, ctx: _Context) -> str:
        lines = [f"<table{attrs_html(self._clean(node, node.attributes, 'table'))}>"]
        if node.caption:
            lines.append(f"<caption>{self.inlines(node.caption, ctx)}</caption>")
        lines.extend(self.row(row, ctx) for row in node.rows)
        lines.append("</table>")
        return "\n".join(lines)

    def row(self, node: Row, ctx: _Context) -> str:
        cells = "".join(self.cell(cell, ctx) + "\n" for cell in node.cells)
        return f"<tr{attrs_html(self._clean(node, node.attributes, 'tr'))}>\n{cells}</tr>"

    def cell(self, node: Cell, ctx: _Context) -> str:
        tag = "th" if node.header else "td"
        # The node's own spans win over spans left among its attributes.
        spans = [("colspan", node.colspan), ("rowspan", node.rowspan)]
        given = frozenset(name for name, value in spans if value > 1)
        pairs = self._clean(node, node.attributes, tag, skip=given)
        pairs += [(name, str(value)) for name, value in spans if value > 1]
        return f"<{tag}{attrs_html(pairs)}>{self._flow(node.blocks, ctx)}</{tag}>"

    def preformatted(self, node: Preformatted, ctx: _Context) -> str:
        inner = self.inlines(node.content, ctx)
        # An HTML parser drops one newline straight after <pre>; keep a leading one.
        return f"<pre>{chr(10) if inner.startswith(chr(10)) else ''}{inner}</pre>"

    def code_block(self, node: CodeBlock, ctx: _Context) -> str:
        language = re.sub(r"\s+", "-", node.language.strip())
        attrs = attrs_html([("class", f"language-{language}")]) if language else ""
        return f"<pre><code{attrs}>{text_html(node.text)}</code></pre>"

    def block_quote(self, node: BlockQuote, ctx: _Context) -> str:
        return f"<blockquote>{self._flow(node.blocks, ctx)}</blockquote>"

    def horizontal_rule(self, node: HorizontalRule, ctx: _Context) -> str:
        return "<hr>"

    def infobox(self, node: Infobox, ctx: _Context) -> str:
        lines = ['<table class="infobox">']
        if node.name.strip() and node.name.strip() != "Infobox":
            lines.append(f"<caption>{text_html(node.name)}</caption>")
        lines.extend(self.infobox_field(item, ctx) for item in node.fields)
        lines.append("</table>")
        return "\n".join(lines)

    def infobox_field(self, node: InfoboxField, ctx: _Context) -> str:
        value = self.inlines(node.value, ctx)
        return f'<tr><th scope="row">{text_html(node.key)}</th><td>{value}</td></tr>'

    def gallery(self, node: Gallery, ctx: _Context) -> str:
        items = "".join(f"<li>{self.image(i, ctx, block=True)}</li>\n" for i in node.images)
        return f'<ul class="gallery">\n{items}</ul>'

    def block_tag(self, node: BlockTag, ctx: _Context) -> str:
        key = node.tag.strip().lower()
        inner = self._flow(node.blocks, ctx)
        if key not in BLOCK_TAGS:
            self.lost(node, f"<{key}> is not an allowed block element; its content is kept")
            return inner.strip("\n")
        tag, extra = BLOCK_TAGS[key]
        pairs = self._clean(node, node.attributes, key)
        if extra:
            classes = dict(pairs).get("class", "")
            pairs = [(n, v) for n, v in pairs if n != "class"]
            pairs.insert(0, ("class", f"{extra} {classes}".strip()))
        return f"<{tag}{attrs_html(pairs)}>{inner}</{tag}>"

    def raw_block(self, node: RawBlock, ctx: _Context) -> str:
        return self.raw_inline(node, ctx).rstrip("\n")

    # ------------------------------------------------------------------ inlines

    def text(self, node: Text, ctx: _Context) -> str:
        return text_html(node.text)

    def soft_break(self, node: SoftBreak, ctx: _Context) -> str:
        return "\n"

    def line_break(self, node: LineBreak, ctx: _Context) -> str:
        return "<br>"

    def _styled(self, node: _Styled, ctx: _Context) -> str:
        tag = _STYLE_TAGS[type(node)]
        return f"<{tag}>{self.inlines(node.content, ctx)}</{tag}>"

    bold = italic = underline = strikeout = superscript = subscript = small = _styled

    def code(self, node: Code, ctx: _Context) -> str:
        return f"<code>{text_html(node.text)}</code>"

    def inline_tag(self, node: InlineTag, ctx: _Context) -> str:
        tag = node.tag.strip().lower()
        inner = self.inlines(node.content, ctx)
        if tag not in INLINE_TAGS:
            self.lost(node, f"<{tag}> is not an allowed inline element; its content is kept")
            return inner
        return f"<{tag}{attrs_html(self._clean(node, node.attributes, tag))}>{inner}</{tag}>"

    def link(self, node: Link, ctx: _Context) -> str:
        label = node.target + (f"#{node.anchor}" if node.anchor else "")
        inner = self.inlines(node.content, ctx) if node.content else text_html(label)
        title = [("title", node.target)] if node.target.strip() else []
        href = safe_url(page_url(self.options.link_template, node.target, node.anchor))
        if href is None:
            self.lost(node, "a link whose URL is unsafe is written without it")
            return f"<span{attrs_html(title)}>{inner}</span>"
        return f"<a{attrs_html([('href', href), *title])}>{inner}</a>"

    def external_link(self, node: ExternalLink, ctx: _Context) -> str:
        if node.content:
            inner = self.inlines(node.content, ctx)
        elif node.numbered:
            ctx.links += 1
            inner = f"[{ctx.links}]"
        else:
            inner = text_html(node.url)
        href = safe_url(node.url)
        if href is None:
            self.lost(node, "a link whose URL is unsafe is written without it")
            return f'<span class="external">{inner}</span>'
        return f'<a class="external"{attrs_html([("href", href)])} rel="nofollow">{inner}</a>'

    def image(self, node: Image, ctx: _Context, block: bool = False) -> str:
        classes, sizes = image_attributes(node.options)
        classes.insert(0, "image")
        src = image_url(self.options.link_template, node.target)
        src = None if src is None else safe_url(src)
        if src is None:
            self.lost(node, "an image whose URL is unsafe is dropped; its caption is kept")
            img = ""
        else:
            alt = node.alt or plain_text(node.caption)
            img = f"<img{attrs_html([('src', src), ('alt', alt), *sizes])}>"
        kind = ("class", " ".join(classes))
        if block:
            caption = self.inlines(node.caption, ctx)
            figcaption = f"<figcaption>{caption}</figcaption>" if caption else ""
            return f"<figure{attrs_html([kind])}>{img}{figcaption}</figure>"
        if not img:
            return f"<span{attrs_html([kind])}>{self.inlines(node.caption, ctx)}</span>"
        title = [("title", plain_text(node.caption))] if node.caption else []
        # An inline image shows its caption only as a title, which cannot hold footnote
        # markers: they follow the image, so that each footnote is cited where it shows.
        notes = "".join(self.reference(note, ctx) for note in footnotes(node.caption))
        return f"<span{attrs_html([kind, *title])}>{img}</span>{notes}"

    def template_block(self, node: TemplateBlock, ctx: _Context) -> str:
        # What the calls show (a table), written as any such block.
        return self.blocks(node.blocks, ctx)

    def hatnote(self, node: Hatnote, ctx: _Context) -> str:
        inner = self.inlines(node.content, ctx)
        return f'<div role="note" class="hatnote">{inner}</div>' if inner else ""

    def _categories(self, categories: tuple[str, ...], ctx: _Context) -> str:
        items = []
        for category in categories:
            name = re.sub(r"(?i)^\s*category\s*:", "", category).strip()
            items.append(f"<li>{self.link(Link(f'Category:{name}', (Text(name),)), ctx)}</li>\n")
        return f'<ul class="categories">\n{"".join(items)}</ul>'

    def math(self, node: Math, ctx: _Context, block: bool = False) -> str:
        if block:
            return f'<div class="math">{text_html(node.tex)}</div>'
        kind = "math display" if node.display else "math"
        return f'<span class="{kind}">{text_html(node.tex)}</span>'

    def template(self, node: Template, ctx: _Context) -> str:
        if node.rendered is not None:
            return self.cited_work(node, self.inlines(node.rendered, ctx), ctx)
        self.lost(node, "a template with no rendering is dropped")
        return ""

    def template_param(self, node: TemplateParam, ctx: _Context) -> str:
        return self.inlines(node.value, ctx)

    def raw_inline(self, node: RawInline | RawBlock, ctx: _Context) -> str:
        # Raw HTML is trusted no more than the rest of the tree: it is rebuilt from
        # MediaWiki's elements and attributes. Other formats' raw content is dropped.
        if node.format.strip().lower() != self.name:
            self.lost(node, f"raw {node.format} content is dropped")
            return ""
        html, removed = sanitize_html(node.text)
        if removed:
            self.lost(node, "raw HTML outside MediaWiki's whitelist is removed")
        return html
