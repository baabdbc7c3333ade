"""Guessing the input format of a text when the caller does not name it."""

from __future__ import annotations

import re

__all__ = ["detect_format"]

_AST_JSON = re.compile(r'\s*\{\s*"type"\s*:\s*"Document"')


def detect_format(text: str) -> str:
    """The name of the reader for ``text``: ``ast`` for wikiconv's own tree JSON,
    ``flat`` for everything else (the flat reader accepts any text)."""
    if _AST_JSON.match(text):
        return "ast"
    return "flat"
