"""Clean entries out of infobox values that were flattened to text.

A flat infobox value is rendered text with leftovers of the markup it came from:
``23px|border Abdulrab Rasul Sayyaf`` is a flag icon's size and options before a name,
`` ---- `` stood between groups of entries, and ``, `` between entries. These rules
turn such a value into groups of clean entries while the raw value stays untouched
beside them (docs/json.md).
"""

from __future__ import annotations

import re

__all__ = ["entry_groups"]

# An image size with at least one option after it ("23px|border", "20x15px|link=") is
# what remains of a flag or icon; a bare "23px" could be content, so it stays.
_RESIDUE = re.compile(r"(?<!\S)\d+(?:x\d+)?px(?:\|[^\s|,]*)+\s*")
_GROUP_RULE = re.compile(r"(?:^|\s)-{4,}(?=\s|$)")
# ", " separates entries, except between two digits: "February 11-12, 1993" and
# "1, 2" inside a number range are one entry.
_ENTRY_COMMA = re.compile(r"(?<!\d),\s+|,\s+(?!\d)")


def entry_groups(value: str) -> list[list[str]]:
    """The value as groups of entries: residue removed, empty entries and groups dropped."""
    groups: list[list[str]] = []
    for part in _GROUP_RULE.split(value):
        cleaned = _RESIDUE.sub("", part)
        entries = [entry.strip() for entry in _ENTRY_COMMA.split(cleaned)]
        entries = [entry for entry in entries if entry]
        if entries:
            groups.append(entries)
    return groups
