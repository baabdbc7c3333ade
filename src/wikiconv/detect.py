"""Guessing the input format of a text when the caller does not name it.

Weighted evidence, read from the first 64 KiB: signs of the flat format (a
``= Title =`` first line, an ``Infobox`` line followed by ``- Key: Value`` fields,
``- item`` lines) against signs of wikitext (``[[links]]``, ``{{templates}}``,
``'''bold'''``, ``{|`` tables, ``<ref>``, ``*``/``#`` list lines). The weights make
one strong sign outweigh a few weak ones, and a tie goes to flat, whose reader
accepts any text. A JSON object whose ``type`` is ``Document`` is wikiconv's own tree.
"""

from __future__ import annotations

import re

__all__ = ["detect_format"]

_AST_JSON = re.compile(r'\s*\{\s*"type"\s*:\s*"Document"')
_SAMPLE = 65536
_FLAT_SIGNS = (
    (re.compile(r"\A\s*=[^=\n].*=[ \t]*$", re.MULTILINE), 8),
    (re.compile(r"^Infobox(?: .*)?\n- [^:\n]+:", re.MULTILINE), 5),
    (re.compile(r"^- ", re.MULTILINE), 1),
)
_WIKITEXT_SIGNS = (
    (re.compile(r"\[\["), 2),
    (re.compile(r"\{\{"), 2),
    (re.compile(r"'''"), 1),
    (re.compile(r"^\{\|", re.MULTILINE), 3),
    (re.compile(r"<ref[\s>]", re.IGNORECASE), 3),
    (re.compile(r"^[*#]", re.MULTILINE), 1),
)


def detect_format(text: str) -> str:
    """The name of the reader for ``text``: ``ast``, ``wikitext`` or ``flat``."""
    if _AST_JSON.match(text):
        return "ast"
    sample = text[:_SAMPLE]
    flat = sum(weight * len(sign.findall(sample)) for sign, weight in _FLAT_SIGNS)
    wiki = sum(weight * len(sign.findall(sample)) for sign, weight in _WIKITEXT_SIGNS)
    return "wikitext" if wiki > flat else "flat"
