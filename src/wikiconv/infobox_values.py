"""Clean entries out of infobox values that were flattened to text.

A flat infobox value is rendered text with leftovers of the markup it came from:
``23px|border Abdulrab Rasul Sayyaf`` is a flag icon's size and options before a name,
`` ---- `` stood between groups of entries, and ``, `` between entries. These rules
turn such a value into groups of clean entries while the raw value stays untouched
beside them (docs/json.md).
"""

from __future__ import annotations

import re

from wikiconv.ast import Inline, LineBreak, SoftBreak, Template, Text
from wikiconv.walk import visible_text

__all__ = ["entry_groups", "entry_lines", "flat_value", "grouped", "segment_lines"]

# What ``hlist``/``flatlist`` put between the items of a row.
_ROW_DOT = "\u00a0· "

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


def entry_lines(content: tuple[Inline, ...]) -> list[list[str]]:
    """A parsed value's lines as the box shows them, each a list of its entries' text.

    Blank entries and lines are dropped.
    """
    lines = ([visible_text(entry) for entry in line] for line in segment_lines(content))
    return [kept for line in lines if (kept := [text for text in line if text])]


def segment_lines(content: tuple[Inline, ...]) -> list[list[tuple[Inline, ...]]]:
    """A parsed value cut into lines of entries, as inline content.

    Lines end at line breaks (``<br>``, ``ubl``, a ``*`` list), and the entries of a
    row (``hlist``, ``flatlist``) are cut at the dots between them; templates are cut
    by what they rendered.
    """
    lines: list[list[tuple[Inline, ...]]] = [[]]
    entry: list[Inline] = []
    stack: list[Inline] = list(reversed(content))
    while stack:
        node = stack.pop()
        if isinstance(node, Template):
            stack.extend(reversed(node.rendered or ()))
        elif isinstance(node, (LineBreak, SoftBreak)):
            lines[-1].append(tuple(entry))
            lines.append([])
            entry = []
        elif isinstance(node, Text) and _ROW_DOT in node.text:
            first, *rest = node.text.split(_ROW_DOT)
            for part in (first, *rest[:-1]):
                entry.append(Text(part))
                lines[-1].append(tuple(entry))
                entry = []
            entry.append(Text(rest[-1]))
        else:
            entry.append(node)
    lines[-1].append(tuple(entry))
    return lines


# A line of dashes in a value: a rule between groups of entries (the sides of a war).
_RULE = re.compile(r"-{4,}")


def grouped(entries: list[str]) -> list[list[str]]:
    """Entries split into groups at the rules between them; empty groups dropped."""
    groups: list[list[str]] = [[]]
    for entry in entries:
        if _RULE.fullmatch(entry):
            groups.append([])
        else:
            groups[-1].append(entry)
    return [group for group in groups if group]


def flat_value(entries: list[str]) -> str:
    """Entries on one line as flat text writes them: ``", "`` between entries and
    ``" ---- "`` between groups."""
    return " ---- ".join(", ".join(group) for group in grouped(entries))
