"""Framed and aligned images are blocks, as MediaWiki's ``<figure>`` output makes them.

``[[File:X.jpg|thumb|Caption]]`` is an inline link in the wikitext, but MediaWiki
renders a thumbnail (or a framed, or a left/right/center/none aligned image) as a
``<figure>``, and its paragraph pass treats a line holding one as a line holding a
block tag: the figure stands outside any paragraph and the text on the next line
starts a new one. The image link is left for the inline pass; this stage only puts
figure tag tokens around it, so the later stages see the block.
"""

from __future__ import annotations

import re

from wikiconv.readers.wikitext.blocks_colon import closed_links
from wikiconv.readers.wikitext.blocks_tables import PHP_SPACE
from wikiconv.readers.wikitext.blocks_tags import Tags
from wikiconv.readers.wikitext.context import ReadContext
from wikiconv.readers.wikitext.inline_titles import parse_title

__all__ = ["mark_block_images"]

# Image options (case-sensitive in MediaWiki) that make a figure rather than an
# inline image: a frame, or a horizontal alignment.
_BLOCK_OPTIONS = frozenset(
    "thumb thumbnail frame framed enframed left right center centre none".split()
)


# A line break, or a tag that starts a block, inside an image link.
_CROSSES_BLOCKS = re.compile(
    r"\n|<\s*/?\s*(?:center|div|p|table|blockquote|pre|ul|ol|dl|h[1-6]|source|"
    r"syntaxhighlight)\b",
    re.IGNORECASE,
)


def mark_block_images(text: str, tags: Tags, ctx: ReadContext) -> str:
    """``text`` with figure tokens around each image link that MediaWiki shows as a block."""
    if "[[" not in text:
        return text
    out: list[str] = []
    position = 0
    for start, end in sorted(closed_links(text).items()):
        parts = _top_level_parts(text[start + 2 : end - 2])
        target = parts[0]
        aliases = dict(ctx.options.image_option_aliases)
        if target.lstrip(" _").startswith(":") or not any(
            _is_block_option(part, aliases) for part in parts[1:]
        ):
            continue
        title = parse_title(target, ctx.options)
        if title is None or title.kind != "file":
            continue
        link = text[start:end]
        if _CROSSES_BLOCKS.search(link):
            # A caption over several lines, or holding block tags (<center>, <source>):
            # MediaWiki reads the caption on its own, so the lines and tags inside it
            # must not break the page's paragraphs. The link is read here, whole.
            link = "".join(ctx.hold(node, link) for node in ctx.parse_inline(link, ctx))
        out += (text[position:start], tags.plain("figure"), link)
        out.append(tags.plain("figure", "close"))
        position = end
    out.append(text[position:])
    return "".join(out)


def _is_block_option(part: str, aliases: dict[str, str]) -> bool:
    word = part.strip(PHP_SPACE)
    name, equals, _ = word.partition("=")
    word = aliases.get(name, name) + equals
    return word in _BLOCK_OPTIONS or word.startswith(("thumb=", "thumbnail="))


def _top_level_parts(inner: str) -> list[str]:
    """The ``|``-separated parts of a link, a nested link's ``|`` not counting."""
    parts: list[str] = []
    depth = start = index = 0
    while index < len(inner):
        if inner.startswith("[[", index):
            depth += 1
            index += 2
        elif inner.startswith("]]", index) and depth:
            depth -= 1
            index += 2
        else:
            if inner[index] == "|" and not depth:
                parts.append(inner[start:index])
                start = index + 1
            index += 1
    parts.append(inner[start:])
    return parts
