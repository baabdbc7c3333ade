"""HTML character references the way MediaWiki's sanitizer accepts them."""

from __future__ import annotations

import re
from html.entities import html5

__all__ = ["ENTITY", "decode_entities", "entity_text"]

# Named references need their semicolon in wikitext ("&amp" alone is text).
ENTITY = re.compile(r"&(?:#([0-9]{1,8})|#[xX]([0-9a-fA-F]{1,8})|([A-Za-z][A-Za-z0-9]*));")


def entity_text(match: re.Match[str]) -> str | None:
    """The character(s) a reference stands for, or None when it is not a valid one."""
    decimal, hexadecimal, name = match.groups()
    if name is not None:
        return html5.get(name + ";")
    code = int(decimal) if decimal is not None else int(hexadecimal, 16)
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF or code == 0:
        return None
    return chr(code)


def decode_entities(text: str) -> str:
    """Replace every valid reference by its character(s); invalid ones stay as written."""
    if "&" not in text:
        return text

    def replace(match: re.Match[str]) -> str:
        decoded = entity_text(match)
        return match.group() if decoded is None else decoded

    return ENTITY.sub(replace, text)
