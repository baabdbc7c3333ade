"""What the inline passes share: the working text, its tokens, and character rules.

The inline passes work the way MediaWiki's do, by rewriting one string: each pass
replaces what it recognises by a *token marker*, ``\\x7f!<n>\\x7f``, whose token sits
in :attr:`Work.tokens`, so that later passes see one opaque run where a tag or a link
was, exactly as MediaWiki's later passes see ``<b>`` or a ``<!--LINK-->`` holder. The
marker starts and ends with ``\\x7f``, which no title, URL or word may contain, and is
longer than one character so that doQuotes' look at "the two characters before a
``'''``" sees what it sees in MediaWiki (a tag, never a space). The preprocessor's own
markers, ``\\x7f<n>\\x7f``, pass through untouched and are told apart by the ``!``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.entities import html5
from typing import Literal

from wikiconv.ast import Attributes, Inline
from wikiconv.readers.wikitext.context import ReadContext
from wikiconv.walk import plain_text

__all__ = [
    "ANY_MARKER",
    "LinkToken",
    "TagToken",
    "Work",
    "ZS",
    "decode_refs",
    "decode_text",
]

# A preprocessor marker (group 1 empty) or one of ours (group 1 is "!").
ANY_MARKER = re.compile("\x7f(!?)(\\d+)\x7f")

# Unicode "space separator" characters (\p{Zs}), which Python's re cannot name.
ZS = " \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"

# MediaWiki's character references: named (any letters, digits or non-ASCII), decimal
# or hexadecimal, always with the semicolon (Sanitizer::CHAR_REFS_REGEX).
_CHAR_REF = re.compile(r"&(?:([A-Za-z0-9\x80-\U0010ffff]+);|#([0-9]+);|#[xX]([0-9A-Fa-f]+);)")
# Entities MediaWiki accepts that HTML does not know (right-to-left mark in Hebrew
# and Arabic spelling).
_ALIASES = {"רלמ": "rlm", "رلم": "rlm"}


def _valid_codepoint(code: int) -> bool:
    """A character both HTML5 and XML allow (Sanitizer::validateCodepoint)."""
    return (
        code in (0x09, 0x0A)
        or 0x20 <= code <= 0x7E
        or 0xA0 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    )


def _number(digits: str, base: int) -> int:
    digits = digits.lstrip("0") or "0"
    # PHP saturates long numbers instead of failing; anything that long is invalid.
    return int(digits, base) if len(digits) <= 8 else -1


def _reference(match: re.Match[str], invalid: str | None) -> str:
    name, decimal, hexadecimal = match.groups()
    if name is not None:
        found = html5.get(_ALIASES.get(name, name) + ";")
        return match.group() if found is None else found
    code = _number(decimal, 10) if decimal is not None else _number(hexadecimal, 16)
    if _valid_codepoint(code):
        return chr(code)
    return match.group() if invalid is None else invalid


def decode_text(text: str) -> str:
    """Running text as a reader sees it: valid references decoded, others left literal.

    MediaWiki escapes an invalid reference (``&#8;``, ``&foo;``) so that it shows as
    written, and turns every valid one into its character.
    """
    if "&" not in text:
        return text
    return _CHAR_REF.sub(lambda m: _reference(m, None), text)


def decode_refs(text: str) -> str:
    """Sanitizer::decodeCharReferences, for attributes, titles and URLs.

    Unlike running text, an invalid numeric reference becomes U+FFFD here.
    """
    if "&" not in text:
        return text
    return _CHAR_REF.sub(lambda m: _reference(m, "\ufffd"), text)


@dataclass(frozen=True, slots=True)
class TagToken:
    """A whitelisted HTML tag, or a ``''``/``'''`` turned into ``<i>``/``<b>``."""

    name: str
    kind: Literal["open", "close", "void"]
    attributes: Attributes = ()


@dataclass(slots=True)
class LinkToken:
    """An internal link (``kind="link"``) or a labelled external link (``"ext"``).

    ``label`` is working text (markers and all) read again when the tree is built.
    ``bare`` marks ``[[Target]]`` with no label and no trail, whose label is just the
    target as written.
    """

    kind: Literal["link", "ext"]
    target: str
    label: str
    anchor: str = ""
    bare: bool = False


Token = TagToken | LinkToken | Inline


@dataclass
class Work:
    """One inline read: the context and the tokens the markers stand for."""

    ctx: ReadContext
    tokens: list[Token] = field(default_factory=list)
    # doQuotes' tag sequences ("/b<i"…) and their markers: tokens are immutable, so
    # every <b> from an apostrophe run can share one.
    quote_marks: dict[str, str] = field(default_factory=dict)

    def mark(self, token: Token) -> str:
        self.tokens.append(token)
        return f"\x7f!{len(self.tokens) - 1}\x7f"

    def quotes(self, spec: str) -> str:
        """The markers of a doQuotes tag sequence such as "/b<i" (close b, open i)."""
        marks = self.quote_marks.get(spec)
        if marks is None:
            pairs = zip(spec[::2], spec[1::2], strict=True)
            marks = "".join(
                self.mark(TagToken(name, "close" if slash == "/" else "open"))
                for slash, name in pairs
            )
            self.quote_marks[spec] = marks
        return marks

    def plain(self, text: str) -> str:
        """Text with the preprocessor's markers replaced by the text they show.

        This is what MediaWiki's unstripping gives an attribute value: a <nowiki> shows
        its text, a template what it was rendered to (nothing, when it was not).
        """
        return ANY_MARKER.sub(self._plain_marker, text)

    def _plain_marker(self, match: re.Match[str]) -> str:
        if match.group(1):
            return ""  # our own tokens are made after attributes are read
        node = self.ctx.node(int(match.group(2)))
        return plain_text(node)
