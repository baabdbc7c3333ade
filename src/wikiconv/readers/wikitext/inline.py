"""Inline wikitext (placeholder until the inline pass lands): markers and plain text."""

from __future__ import annotations

from wikiconv.ast import Inline, SoftBreak, Text
from wikiconv.readers.wikitext.context import MARKER, ReadContext

__all__ = ["parse_inline"]


def parse_inline(text: str, ctx: ReadContext) -> tuple[Inline, ...]:
    out: list[Inline] = []
    position = 0
    for match in MARKER.finditer(text):
        out.extend(_text(text[position : match.start()]))
        node = ctx.node(int(match.group(1)))
        out.append(node)  # type: ignore[arg-type]
        position = match.end()
    out.extend(_text(text[position:]))
    return tuple(out)


def _text(text: str) -> list[Inline]:
    out: list[Inline] = []
    for number, line in enumerate(text.split("\n")):
        if number:
            out.append(SoftBreak())
        if line:
            out.append(Text(line))
    return out
