"""The page text as the reader takes it: a byte-order mark and lone surrogates.

A byte-order mark at the start is an encoding mark, not text (a page saved by some
editors begins with one, and a heading on the first line would not be read). A lone
surrogate (a Python string can hold one; UTF-8 cannot) could not be written out by
any writer, so it becomes U+FFFD with a warning that says where the first one was.
NUL characters are removed later, where MediaWiki removes them.
"""

from __future__ import annotations

import re

from wikiconv.ast import Diagnostic

__all__ = ["clean_input"]

_SURROGATE = re.compile("[\ud800-\udfff]")
_BOM = "\ufeff"


def clean_input(text: str) -> tuple[str, list[Diagnostic]]:
    """The text without a leading byte-order mark and with lone surrogates replaced,
    and a diagnostic for the replacement."""
    text = text.removeprefix(_BOM)
    first = _SURROGATE.search(text)
    if first is None:
        return text, []
    count = len(_SURROGATE.findall(text))
    line = text.count("\n", 0, first.start()) + 1
    column = first.start() - (text.rfind("\n", 0, first.start()) + 1) + 1
    message = (
        f"{count} lone surrogate code point{'s' if count > 1 else ''} (not Unicode text) "
        "replaced by U+FFFD"
    )
    notes = [Diagnostic("warning", "lone-surrogate", message, line, column)]
    return _SURROGATE.sub("\ufffd", text), notes
