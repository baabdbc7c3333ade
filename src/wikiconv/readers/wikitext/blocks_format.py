"""Formatting tags left open across blocks, reopened as the HTML parser reopens them.

``<b>Bold paragraph`` followed by a blank line and more text is bold in both
paragraphs on MediaWiki: its HTML parser keeps a list of the formatting elements that
are open (``<b>``, ``<i>``, ``<small>``, ``<s>``…) and, when text arrives in a new
block, reopens the ones that the block boundary cut off. The inline pass reads one
run of text at a time and closes what is open at its end, so this module keeps that
list across runs and gives each new run the opening tags it should start with.

Table cells and captions start afresh (HTML puts a "marker" in the list there).
"""

from __future__ import annotations

import re

__all__ = ["ActiveFormatting"]

# HTML's formatting elements that wikitext may write (<a> and <nobr> cannot be).
_FORMATTING_TAG = re.compile(
    r"<(/?)(b|big|code|em|font|i|s|small|strike|strong|tt|u)(?=[\t\n\x0c\r />])[^<>]*>",
    re.IGNORECASE,
)


# HTML keeps at most three equal entries ("Noah's ark"); the overall cap keeps a page
# full of unclosed tags from making every run longer than the last.
_SAME_LIMIT = 3
_LIMIT = 16


class ActiveFormatting:
    """HTML's list of active formatting elements, as (name, opening tag) pairs."""

    def __init__(self) -> None:
        self.entries: list[tuple[str, str] | None] = []  # None is a cell's marker

    def opening(self) -> str:
        """The opening tags a run starting now must begin with."""
        if not self.entries or self.entries[-1] is None:
            return ""
        tags: list[str] = []
        for entry in reversed(self.entries):
            if entry is None:
                break
            tags.append(entry[1])
        return "".join(reversed(tags))

    def feed(self, text: str) -> None:
        """Follow the formatting tags in a piece of run text, in order."""
        if "<" not in text:
            return
        for match in _FORMATTING_TAG.finditer(text):
            name = match.group(2).lower()
            if not match.group(1):
                self._add((name, match.group()))
                continue
            for index in range(len(self.entries) - 1, -1, -1):
                entry = self.entries[index]
                if entry is None:
                    break  # a closing tag never reaches out of its cell
                if entry[0] == name:
                    del self.entries[index]
                    break

    def _add(self, entry: tuple[str, str]) -> None:
        start = len(self.entries)
        while start and self.entries[start - 1] is not None:
            start -= 1
        current = self.entries[start:]
        if current.count(entry) >= _SAME_LIMIT:
            del self.entries[start + current.index(entry)]
        elif len(current) >= _LIMIT:
            del self.entries[start]
        self.entries.append(entry)

    def enter_cell(self) -> None:
        self.entries.append(None)

    def leave_cell(self) -> None:
        while self.entries:
            if self.entries.pop() is None:
                break
