"""Reader for MediaWiki wikitext.

The passes follow MediaWiki's own parser: the preprocessor (:mod:`.preprocess`) takes
out comments, ``<nowiki>``, extension tags and templates, leaving markers; the block
pass (:mod:`.blocks`) finds headings, tables, lists, paragraphs and preformatted text;
the inline pass (:mod:`.inline`) finds bold and italic, links, external links and
HTML tags. Reading never raises on text: what cannot be parsed stays text, and
diagnostics say why.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from wikiconv.ast import Block, Diagnostic, Document, Paragraph, Section, Text
from wikiconv.readers.wikitext.blocks import parse_blocks
from wikiconv.readers.wikitext.context import ReadContext
from wikiconv.readers.wikitext.footnote_fallback import fill_empty_footnotes
from wikiconv.readers.wikitext.furniture import (
    drop_body_boxes,
    drop_footer_navboxes,
    drop_header_sidebars,
)
from wikiconv.readers.wikitext.infobox import lift_infoboxes
from wikiconv.readers.wikitext.inline import parse_inline
from wikiconv.readers.wikitext.input_text import clean_input
from wikiconv.readers.wikitext.lift import lift_template_blocks
from wikiconv.readers.wikitext.limits import Limits
from wikiconv.readers.wikitext.options import WikiOptions
from wikiconv.readers.wikitext.preprocess import preprocess
from wikiconv.templates import HandlerContext, Registry, default_registry, render_templates

__all__ = ["Limits", "WikiOptions", "read"]


# A page that starts with #REDIRECT [[Target]] is a redirect (any case; a colon
# after the word is allowed, as MediaWiki allows it).
_REDIRECT = re.compile(r"\s*#REDIRECT\s*:?\s*\[\[([^\]|\n]+)(?:\|[^\]\n]*)?\]\]", re.IGNORECASE)
# Behaviour switches: no text of their own, kept as metadata.
_SWITCHES = re.compile(
    r"__(NOTOC|FORCETOC|TOC|NOEDITSECTION|NEWSECTIONLINK|NONEWSECTIONLINK|NOGALLERY|"
    r"HIDDENCAT|EXPECTUNUSEDCATEGORY|NOCONTENTCONVERT|NOCC|NOTITLECONVERT|NOTC|INDEX|"
    r"NOINDEX|STATICREDIRECT|DISAMBIG|EXPECTUNUSEDTEMPLATE|NOGLOBAL)__"
)


def read(
    text: str,
    options: WikiOptions | None = None,
    *,
    templates: Registry | None = None,
    today: date | None = None,
) -> Document:
    """Read wikitext into a :class:`~wikiconv.ast.Document`.

    Template calls are rendered by the handlers of ``templates`` (the built-in ones by
    default); ``today`` is the date ages are computed against (default: today).
    """
    registry = templates or default_registry()
    ctx = ReadContext(options or WikiOptions(), parse_inline, parse_blocks)
    ctx.row_template = lambda name: registry.lookup_row(name) is not None
    text, notes = clean_input(text)
    ctx.diagnostics.extend(notes)
    text, rest = _within_size(text, ctx)
    redirect = _REDIRECT.match(text)
    if redirect:
        text = text[redirect.end() :]
    prepared = preprocess(text, ctx)
    prepared = _SWITCHES.sub(lambda m: _switch(m, ctx), prepared)
    blocks = lift_template_blocks(lift_infoboxes(parse_blocks(prepared, ctx)), registry)
    if rest:
        blocks = _append_last(blocks, Paragraph((Text(rest),)))
    document = Document(
        blocks=blocks,
        redirect=redirect.group(1).strip() if redirect else None,
        title=ctx.options.title,
        categories=tuple(ctx.categories),
        metadata=tuple(ctx.metadata),
        source_format="wikitext",
        diagnostics=tuple(ctx.diagnostics),
    )
    rendered = _render_templates(document, registry, today)
    # The place rules run from the page end up: a box the footer or header rule
    # names keeps that rule's diagnostic.
    footer = drop_footer_navboxes(rendered, registry, ctx.locate)
    header = drop_header_sidebars(footer, registry, ctx.locate)
    return fill_empty_footnotes(drop_body_boxes(header, registry, ctx.locate), ctx.locate)


def _within_size(text: str, ctx: ReadContext) -> tuple[str, str]:
    """The text up to the size limit (cut after a line), and the rest, which is kept
    as plain text with a warning."""
    limit = ctx.options.limits.max_size
    if len(text) <= limit:
        return text, ""
    cut = text.rfind("\n", 0, limit) + 1 or limit
    line = text.count("\n", 0, cut) + 1
    note = (
        f"the page is longer than {limit} characters; from line {line} on it is kept "
        "as plain text"
    )
    ctx.diagnostics.append(Diagnostic("warning", "document-too-large", note, line, 1))
    return text[:cut], text[cut:]


def _append_last(blocks: tuple[Block, ...], block: Block) -> tuple[Block, ...]:
    """The blocks with ``block`` added at the end of the innermost last section."""
    if blocks and isinstance(blocks[-1], Section):
        inner = _append_last(blocks[-1].blocks, block)
        return (*blocks[:-1], dataclasses.replace(blocks[-1], blocks=inner))
    return (*blocks, block)


def _render_templates(document: Document, registry: Registry, today: date | None) -> Document:
    """The document with every call a handler knows rendered, innermost calls first.

    The calls stay Template nodes (the wikitext writer writes them back from ``raw``);
    only ``rendered`` is set. What handlers report joins the reader's diagnostics.
    """
    hctx = HandlerContext(today=today or date.today(), title=document.title)
    rendered = render_templates(document, registry, hctx)
    assert isinstance(rendered, Document)
    if not hctx.diagnostics and not hctx.metadata:
        return rendered
    return dataclasses.replace(
        rendered,
        metadata=rendered.metadata + tuple(hctx.metadata),
        diagnostics=rendered.diagnostics + tuple(hctx.diagnostics),
    )


def _switch(match: re.Match[str], ctx: ReadContext) -> str:
    ctx.metadata.append(("switch", match.group(1)))
    return ""
