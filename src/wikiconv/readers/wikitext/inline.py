"""Inline wikitext: the passes of MediaWiki's Parser::internalParse that work inside a line.

The order is MediaWiki's, and it matters (see docs/wikitext-inline.md):

1. the Sanitizer: whitelisted HTML tags become tokens, other ``<``/``>`` are text;
2. internal links (``[[...]]``): links, images, categories, interlanguage links;
3. doQuotes, line by line: ``''`` and ``'''`` become ``<i>``/``<b>`` tokens;
4. bracketed external links (``[url label]``, ``[url]``);
5. free URLs (and ISBN/RFC/PMID magic links when enabled);
6. the tree: tags balanced as an HTML5 parser (MediaWiki's tidy) balances them,
   references decoded, line endings as SoftBreak.

Each pass rewrites one working string, replacing what it finds by a marker (see
:mod:`.inline_common`), so a later pass never looks inside what an earlier one took.
"""

from __future__ import annotations

import re

from wikiconv.ast import Inline
from wikiconv.readers.wikitext.context import ReadContext
from wikiconv.readers.wikitext.inline_common import Work
from wikiconv.readers.wikitext.inline_links import internal_links
from wikiconv.readers.wikitext.inline_quotes import do_quotes
from wikiconv.readers.wikitext.inline_tags import sanitize
from wikiconv.readers.wikitext.inline_tree import build
from wikiconv.readers.wikitext.inline_urls import external_links, free_links

__all__ = ["parse_inline"]

_STRAY_MARK = re.compile("\x7f(\\d+)\x7f|\x7f")


def _keep_marker(match: re.Match[str], ctx: ReadContext) -> str:
    """A preprocessor marker stays; any other U+007F (which would pose as a marker of
    this pass) becomes U+FFFD, as the preprocessor writes it."""
    number = match.group(1)
    if number is not None and len(number) < 10 and int(number) < len(ctx.store):
        return match.group()
    return match.group().replace("\x7f", "\ufffd")


def parse_inline(text: str, ctx: ReadContext) -> tuple[Inline, ...]:
    """The inline nodes of ``text``, which may span lines and hold markers."""
    work = Work(ctx)
    # MediaWiki strips NUL from its input before anything else (T159174).
    text = text.replace("\x00", "")
    if "\x7f" in text:
        text = _STRAY_MARK.sub(lambda m: _keep_marker(m, ctx), text)
    working = sanitize(text, work)
    working = internal_links(working, work)
    if "''" in working:
        working = "\n".join(do_quotes(line, work) for line in working.split("\n"))
    working = external_links(working, work)
    working = free_links(working, work)
    return build(working, work)
