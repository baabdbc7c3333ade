"""The block pass: headings, tables, lists, paragraphs, indent-pre and block HTML.

It follows MediaWiki's legacy parser stage by stage, because the output of each
stage is what the next one reacts to and pages rely on every quirk:

1. ``{{!}}`` and the other table-syntax templates become the syntax they stand for,
   and written block tags (``<div>``, ``<table>``, ``<li>``…) become tag tokens
   (:mod:`.blocks_tags`; a ``<pre>`` the preprocessor left becomes a CodeBlock), and
   framed or aligned images are marked as the figures they become
   (:mod:`.blocks_images`);
2. wikitext tables become tag tokens (``doTableStuff``, :mod:`.blocks_tables`);
3. ``----`` at the start of a line becomes a rule;
4. ``== headings ==`` become heading tags (``doHeadings``), here, and category and
   language links take away the line break before them (``handleInternalLinks2``);
5. list prefixes, paragraphs and indent-pre are added (``BlockLevelPass``,
   :mod:`.blocks_levels`);
6. the tokens are built into a tree with the HTML parser's rules, which MediaWiki
   applies when it tidies its output (:mod:`.blocks_tree`), and headings become
   nested Sections (:mod:`.blocks_nodes`).

Every stage is one pass over the text; nesting lives on explicit stacks, so the time
is linear and no input can exhaust Python's recursion. Inline text is handed to
``ctx.parse_inline`` only at the end, one run per paragraph, item or cell.
"""

from __future__ import annotations

import re

from wikiconv.ast import Block, Template
from wikiconv.readers.wikitext.blocks_images import mark_block_images
from wikiconv.readers.wikitext.blocks_levels import block_levels
from wikiconv.readers.wikitext.blocks_tables import PHP_SPACE, tables
from wikiconv.readers.wikitext.blocks_tags import Tag, Tags, hold_raw_pre
from wikiconv.readers.wikitext.blocks_tree import build_tree
from wikiconv.readers.wikitext.context import MARK, MARKER, ReadContext
from wikiconv.readers.wikitext.inline_titles import parse_title

__all__ = ["parse_blocks"]

_RULE = re.compile(r"^-{4,}", re.MULTILINE)
_LINK = re.compile(r"\[\[([^\[\]|\n]*)(?:\|[^\[\]\n]*)?\]\]")
# Templates that stand for table syntax: {{!}} is MediaWiki's own; the others are
# English Wikipedia's. MediaWiki has expanded them before it looks for tables.
_SYNTAX_TEMPLATES = {"!": "|", "!!": "||", "!-": "|-", "(!": "{|", "!)": "|}", "=": "="}
_PCRE_SPACE = " \t\n\r\x0b\x0c"  # PCRE's \s
_MARK_OR_MARKER = re.compile(f"{MARK}(\\d+){MARK}|{MARK}")


def parse_blocks(text: str, ctx: ReadContext) -> tuple[Block, ...]:
    """The blocks of ``text``: wikitext with markers in place and comments removed."""
    # MediaWiki right-trims every page when it is saved, so its parser never sees
    # trailing blank lines (which would otherwise make an empty <p><br></p>).
    text = _foreign_marks(text.rstrip(PHP_SPACE), ctx)
    tags = Tags()
    text = hold_raw_pre(_table_syntax_templates(text, ctx), ctx)
    text = tags.tokenize_written(mark_block_images(text, tags, ctx))
    text = tables(text, tags, ctx)
    if "----" in text:
        # The rest of the line stays: MediaWiki makes it a paragraph after the rule.
        text = _RULE.sub(tags.token(Tag("hr", "void")), text)
    if "=" in text:
        text = headings(text, tags)
    if "[[" in text:
        text = glue_category_links(text, ctx)
    return build_tree(block_levels(text, tags, ctx), tags, ctx)


def headings(text: str, tags: Tags) -> str:
    """``=``-headings to heading tags, as MediaWiki's ``doHeadings`` regex does.

    A line that starts and ends with ``=`` (white space may follow) is a heading of
    the level of the shorter run, up to 6; the surplus ``=`` are heading text. The
    pattern's trailing ``\\s*`` also swallows the blank lines after a heading.
    """
    out: list[str] = []
    swallowing = False
    for line in text.split("\n"):
        if swallowing and not line.strip(_PCRE_SPACE):
            continue
        swallowing = False
        level, content = _heading(line)
        if level:
            name = f"h{level}"
            out.append(tags.plain(name) + content + tags.plain(name, "close"))
            swallowing = True
        else:
            out.append(line)
    return "\n".join(out)


def _heading(line: str) -> tuple[int, str]:
    """(level, text) when ``line`` is a heading, else (0, "")."""
    if not line.startswith("="):
        return 0, ""
    body = line.rstrip(_PCRE_SPACE)
    leading = len(body) - len(body.lstrip("="))
    trailing = len(body) - len(body.rstrip("="))
    for level in range(6, 0, -1):
        if leading >= level and trailing >= level and len(body) > 2 * level:
            return level, body[level : len(body) - level].strip(" \t")
    return 0, ""


def glue_category_links(text: str, ctx: ReadContext) -> str:
    """Category and language links take the line break before them away.

    They show nothing where they are written, and MediaWiki removes the line break
    and white space before each (``preg_replace('/\\n\\s*$/', '', $s)``) before it
    looks for paragraphs, so a category line never separates or starts a paragraph.
    """
    out: list[str] = []
    position = 0
    for match in _LINK.finditer(text):
        target = match.group(1)
        if target.lstrip(" _").startswith(":"):
            continue  # [[:Category:X]] is an ordinary link
        title = parse_title(target, ctx.options)
        if title is None or title.kind not in ("category", "language"):
            continue
        before = text[position : match.start()]
        end = len(before.rstrip(_PCRE_SPACE))
        newline = before.find("\n", end)
        out.append(before if newline == -1 else before[:newline])
        position = match.start()
    out.append(text[position:])
    return "".join(out)


def _table_syntax_templates(text: str, ctx: ReadContext) -> str:
    """``{{!}}`` and its kin, left as template markers, replaced by what they stand for."""
    if MARK not in text:
        return text

    def expand(match: re.Match[str]) -> str:
        node = ctx.node(int(match.group(1))) if int(match.group(1)) < len(ctx.store) else None
        if isinstance(node, Template) and not node.params:
            return _SYNTAX_TEMPLATES.get(node.name.strip(), match.group())
        return match.group()

    return MARKER.sub(expand, text)


def _foreign_marks(text: str, ctx: ReadContext) -> str:
    """U+007F that is not part of a marker of this read becomes U+FFFD.

    The preprocessor already does this for the page; text handed to ``parse_blocks``
    by other callers gets the same guarantee, so no stray character can pass for a
    tag token or name a node that does not exist.
    """
    if MARK not in text:
        return text

    def check(match: re.Match[str]) -> str:
        number = match.group(1)
        return match.group() if number and int(number) < len(ctx.store) else "\ufffd"

    return _MARK_OR_MARKER.sub(check, text)
