"""Block wikitext (placeholder until the block pass lands): paragraphs only."""

from __future__ import annotations

import re

from wikiconv.ast import Block, Paragraph
from wikiconv.readers.wikitext.context import ReadContext

__all__ = ["parse_blocks"]


def parse_blocks(text: str, ctx: ReadContext) -> tuple[Block, ...]:
    blocks: list[Block] = []
    for chunk in re.split(r"\n[ \t]*\n", text):
        if chunk.strip():
            blocks.append(Paragraph(ctx.parse_inline(chunk.strip("\n"), ctx)))
    return tuple(blocks)
