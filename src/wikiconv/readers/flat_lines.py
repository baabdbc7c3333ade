"""Line-level grammar of the flat format: what one line is, decided from that line alone.

The reader (:mod:`wikiconv.readers.flat`) assembles blocks from these classifications;
the writer uses the same classifier to check that what it writes reads back as meant.
The rules are specified in docs/flat-format.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

__all__ = ["LineKind", "Parsed", "classify", "is_blank", "split_lines"]

LineKind = Literal["blank", "heading", "rule", "infobox", "field", "item", "text"]

_BLANK = re.compile(r"[ \t]*\Z")
_TRAILING = re.compile(r"[ \t]*\Z")
_RULE = re.compile(r"(-{4,})([ \t]*)\Z")
_INFOBOX = re.compile(r"Infobox(?: [^ \t].*?)?(?=[ \t]*\Z)")
# The key ends at the first colon followed by a space or by the end of the line, so a
# value may itself contain ": " and a key may contain a colon inside a word (a URL).
_FIELD = re.compile(r"- (\S.*?):(?:( )(.*)|\Z)", re.DOTALL)
_ITEM = re.compile(r"((?:  )*)- (.*)\Z", re.DOTALL)
_ODD_ITEM = re.compile(r" (?:  )*- ")
_NEWLINE = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class Parsed:
    """One classified line. Only the fields that matter for its kind are set."""

    kind: LineKind
    text: str = ""
    level: int = 0
    pad: tuple[str, str] = ("", "")
    trailing: str = ""
    marker: str = ""
    key: str = ""
    separator: str = ""
    unbalanced: bool = False
    odd_indent: bool = False


def split_lines(text: str) -> list[tuple[str, str]]:
    """Split ``text`` into (content, line ending) pairs; the last ending may be ``""``."""
    lines: list[tuple[str, str]] = []
    start = 0
    for match in _NEWLINE.finditer(text):
        lines.append((text[start : match.start()], match.group()))
        start = match.end()
    if start < len(text):
        lines.append((text[start:], ""))
    return lines


def is_blank(line: str) -> bool:
    """Blank lines hold nothing but spaces and tabs, as in MediaWiki."""
    return _BLANK.match(line) is not None


def classify(line: str) -> Parsed:
    """Decide what one line of flat text is."""
    if is_blank(line):
        return Parsed("blank", text=line)
    heading = _heading(line)
    if heading is not None:
        return heading
    rule = _RULE.match(line)
    if rule:
        return Parsed("rule", marker=rule.group(1), trailing=rule.group(2))
    infobox = _INFOBOX.match(line)
    if infobox:
        return Parsed("infobox", text=infobox.group(), trailing=line[infobox.end() :])
    field = _FIELD.match(line)
    if field:
        separator = ": " if field.group(2) else ":"
        return Parsed("field", key=field.group(1), text=field.group(3) or "", separator=separator)
    item = _ITEM.match(line)
    if item:
        return Parsed("item", level=len(item.group(1)) // 2 + 1, text=item.group(2))
    return Parsed("text", text=line, odd_indent=_ODD_ITEM.match(line) is not None)


def _heading(line: str) -> Parsed | None:
    """MediaWiki's heading rule: ``=`` runs on both ends, the shorter run sets the level.

    The longer run's surplus ``=`` belong to the heading text, levels stop at 6, and a
    heading needs some text between its marks.
    """
    if not line.startswith("="):
        return None
    trailing = _TRAILING.search(line)
    assert trailing is not None  # the pattern matches the empty string at the end
    body = line[: trailing.start()]
    if not body.endswith("="):
        return None
    left = len(body) - len(body.lstrip("="))
    right = len(body) - len(body.rstrip("="))
    if left == len(body):  # a line of "=" only: the marks share the run
        if len(body) < 3:
            return None
        level = min((len(body) - 1) // 2, 6)
    else:
        level = min(left, right, 6)
    inner = body[level : len(body) - level]
    title = inner.strip(" \t")
    if not title:
        return None
    lead = inner[: len(inner) - len(inner.lstrip(" \t"))]
    tail = inner[len(inner.rstrip(" \t")) :]
    return Parsed(
        "heading",
        text=title,
        level=level,
        pad=(lead, tail),
        trailing=trailing.group(),
        unbalanced=left != right and left != len(body),
    )
