"""Lists, paragraphs and indent-pre: MediaWiki's ``BlockLevelPass``, line by line.

The pass sees the text after tables and headings have become tags, and writes tags of
its own: ``<ul><li>``… from the ``*#:;`` prefixes (closing and opening only where the
prefix changes, ``;`` and ``:`` counting as the same list), ``<p>`` around runs of
plain lines, ``<p><br>`` for extra blank lines, and ``<pre>`` for lines starting with
a space. A line holding a block tag closes the open paragraph and, unless it also
holds a closing-type tag, suspends paragraphs and indent-pre until one does; this is
what keeps a table cell's first line bare while its later lines become paragraphs.

A closed ``<pre>`` is a single CodeBlock marker by now; an unclosed one is an HTML
tag whose lines MediaWiki leaves alone (``inPre``: no lists, no paragraphs), kept here.
"""

from __future__ import annotations

from typing import get_args

from wikiconv.ast import Block, CodeBlock
from wikiconv.readers.wikitext.blocks_colon import find_colon
from wikiconv.readers.wikitext.blocks_tables import PHP_SPACE
from wikiconv.readers.wikitext.blocks_tags import TOKEN, Tags
from wikiconv.readers.wikitext.context import MARK, ReadContext

__all__ = ["BLOCK_NODES", "block_levels", "is_block_marker"]

BLOCK_NODES: tuple[type, ...] = get_args(Block)

_PREFIX_CHARS = ("*", "#", ":", ";")
# The tag names in BlockLevelPass's two patterns.
_BLOCK = frozenset("table h1 h2 h3 h4 h5 h6 pre p ul ol dl".split())
_CELL = frozenset({"td", "th"})
_ALWAYS_OPEN = frozenset({"tr", "caption", "dt", "dd", "li"})
_ALWAYS_CLOSE = frozenset({"center", "blockquote", "div", "hr", "figure"})
# What a line holds, as flags: an opening-type tag, a closing-type tag, <pre>, </pre>,
# a blockquote tag (and whether it opens).
_OPEN, _CLOSE, _PRE_OPEN, _PRE_CLOSE, _BLOCKQUOTE, _BLOCKQUOTE_OPEN = 1, 2, 4, 8, 16, 32


def is_block_marker(ctx: ReadContext, index: int) -> bool:
    return index < len(ctx.store) and isinstance(ctx.node(index), BLOCK_NODES)


def block_levels(text: str, tags: Tags, ctx: ReadContext) -> str:
    """``text`` with list, paragraph and indent-pre tags added."""
    state = _Pass(tags, ctx)
    lines = text.split("\n")
    last = len(lines) - 1
    for number, line in enumerate(lines):
        state.line(line, number < last)
    return state.finish()


class _Pass:
    """BlockLevelPass's state; method names follow MediaWiki's where they match."""

    def __init__(self, tags: Tags, ctx: ReadContext) -> None:
        self.tags = tags
        self.ctx = ctx
        self.out: list[str] = []
        self.last_prefix = ""
        self.prefix = ""
        self.dt_open = False
        self.in_block = False
        self.in_blockquote = False
        self.in_pre = False
        self.last_paragraph = ""  # "", "p" or "pre"
        self.pending: str | None = None  # tokens owed before the next text
        self.noted = False
        self.known: dict[str, int] = {}  # token ("T12" or "5") -> its flags

    def tag(self, name: str, kind: str = "open") -> str:
        return self.tags.plain(name, "close" if kind == "close" else "open")

    def close_paragraph(self, at_end: bool = False) -> str:
        result = ""
        if self.last_paragraph:
            result = self.tag(self.last_paragraph, "close") + ("" if at_end else "\n")
        self.last_paragraph = ""
        self.in_pre = False
        return result

    def open_list(self, char: str) -> str:
        result = self.close_paragraph()
        if char == ";":
            self.dt_open = True
        inner = {"*": ("ul", "li"), "#": ("ol", "li"), ":": ("dl", "dd"), ";": ("dl", "dt")}
        outer, item = inner[char]
        return result + self.tag(outer) + self.tag(item)

    def next_item(self, char: str) -> str:
        if char in "*#":
            return self.tag("li", "close") + "\n" + self.tag("li")
        close = self.tag("dt" if self.dt_open else "dd", "close") + "\n"
        self.dt_open = char == ";"
        return close + self.tag("dt" if char == ";" else "dd")

    def close_list(self, char: str) -> str:
        if char in "*#":
            return self.tag("li", "close") + self.tag("ul" if char == "*" else "ol", "close")
        item = "dt" if self.dt_open else "dd"
        self.dt_open = False
        return self.tag(item, "close") + self.tag("dl", "close")

    def definition(self, text: str) -> tuple[str, str]:
        """``term : definition`` on a ``;`` line: what to write now, and the rest."""
        colon = find_colon(text, self.tags, self.ctx)
        if colon == -1:
            return "", text
        return text[:colon].strip(PHP_SPACE) + self.next_item(":"), text[colon + 1 :]

    def prefixes(self, line: str) -> tuple[str, str]:
        length = len(line) - len(line.lstrip("*#:;"))
        most = self.ctx.options.limits.list_depth
        if length > most:
            if not self.noted:
                self.noted = True
                self.ctx.note(
                    "warning",
                    "list-too-deep",
                    f"list prefixes deeper than {most} levels are kept as text",
                )
            length = most
        return line[:length], line[length:]

    def line(self, line: str, not_last: bool) -> None:
        out = self.out
        last_length = len(self.last_prefix)
        flags, blockquote = self.scan(line)
        if self.in_pre:  # inside an HTML <pre>, prefixes are text
            prefix, text = "", line
        elif line[:1] not in _PREFIX_CHARS:
            prefix, text = "", line
            self.in_pre = bool(flags & _PRE_OPEN)
        else:
            prefix, text = self.prefixes(line)
            self.in_pre = bool(flags & _PRE_OPEN)
        self.prefix = prefix2 = prefix.replace(";", ":")
        if prefix and self.last_prefix == prefix2:
            # Same list as the line before: just the next item.
            out.append(self.next_item(prefix[-1]))
            self.pending = None
            if prefix[-1] == ";":
                written, text = self.definition(text)
                out.append(written)
        elif prefix or last_length:
            common = _common_length(prefix, self.last_prefix)
            self.pending = None
            while common < last_length:
                out.append(self.close_list(self.last_prefix[last_length - 1]))
                last_length -= 1
            if len(prefix) <= common and common > 0:
                out.append(self.next_item(prefix[common - 1]))
            if self.dt_open and common > 0 and prefix[common - 1] == ":":
                out.append(self.next_item(":"))
            if self.last_prefix and len(prefix) > common:
                out.append("\n")
            while len(prefix) > common:
                char = prefix[common]
                out.append(self.open_list(char))
                if char == ";":
                    written, text = self.definition(text)
                    out.append(written)
                common += 1
            if not prefix and self.last_prefix:
                out.append("\n")
            self.last_prefix = prefix2
        if not prefix:
            text = self.paragraphs(text, flags, blockquote)
        if flags & _PRE_CLOSE and self.in_pre:
            self.in_pre = False
        if self.pending is None:
            if not prefix:
                out.append(text)
                if not_last or self.last_paragraph:
                    out.append("\n")
            else:
                out.append(text.strip(PHP_SPACE))

    def paragraphs(self, text: str, flags: int, blockquote: bool | None) -> str:
        """Paragraph mode for a line outside lists; returns the text still to write."""
        if flags & (_OPEN | _CLOSE):
            self.pending = None
            if not self.in_pre or flags & _PRE_OPEN:
                self.out.append(self.close_paragraph())
            if flags & _PRE_OPEN and not flags & _PRE_CLOSE:
                self.in_pre = True
            if blockquote is not None:
                self.in_blockquote = blockquote
            self.in_block = not flags & _CLOSE
            return text
        if self.in_block or self.in_pre:
            return text
        blank = not text.strip(PHP_SPACE)
        if (
            text[:1] == " "
            and (self.last_paragraph == "pre" or not blank)
            and not self.in_blockquote
        ):
            if self.last_paragraph != "pre":
                self.pending = None
                self.out.append(self.close_paragraph() + self.tag("pre"))
                self.last_paragraph = "pre"
            return text[1:]
        if blank:
            if self.pending is not None:
                self.out.append(self.pending + self.tags.plain("br", "void"))
                self.pending = None
                self.last_paragraph = "p"
            elif self.last_paragraph != "p":
                self.out.append(self.close_paragraph())
                self.pending = self.tag("p")
            else:
                self.pending = self.tag("p", "close") + self.tag("p")
        elif self.pending is not None:
            self.out.append(self.pending)
            self.pending = None
            self.last_paragraph = "p"
        elif self.last_paragraph != "p":
            self.out.append(self.close_paragraph() + self.tag("p"))
            self.last_paragraph = "p"
        return text

    def scan(self, text: str) -> tuple[int, bool | None]:
        """The kinds of block tag the line holds (flags), and the blockquote state its
        last blockquote tag leaves (None when it has none)."""
        if MARK not in text:
            return 0, None
        flags = 0
        blockquote: bool | None = None
        known = self.known
        for kind, number in TOKEN.findall(text):
            key = kind + number
            found = known.get(key)
            if found is None:
                found = known[key] = self.flags_of(kind == "T", int(number))
            flags |= found
            if found & _BLOCKQUOTE:
                blockquote = bool(found & _BLOCKQUOTE_OPEN)
        return flags, blockquote

    def flags_of(self, is_tag: bool, index: int) -> int:
        """BlockLevelPass's two patterns, as flags, for one token."""
        if not is_tag:
            if not is_block_marker(self.ctx, index):
                return 0
            # A marker stands for a whole element, opened and closed on this line.
            pre = isinstance(self.ctx.node(index), CodeBlock)
            return _OPEN | _CLOSE | (_PRE_OPEN | _PRE_CLOSE if pre else 0)
        tag = self.tags.get(index)
        closing = tag.kind == "close"
        if tag.name in _BLOCK:
            flags = _CLOSE if closing else _OPEN
            if tag.name == "pre":
                flags |= _PRE_CLOSE if closing else _PRE_OPEN
            return flags
        if tag.name in _CELL:
            return _OPEN if closing else _CLOSE
        if tag.name in _ALWAYS_OPEN:
            return _OPEN
        if tag.name == "blockquote":
            return _CLOSE | (_BLOCKQUOTE if closing else _BLOCKQUOTE | _BLOCKQUOTE_OPEN)
        return _CLOSE if tag.name in _ALWAYS_CLOSE else 0

    def finish(self) -> str:
        prefix = self.prefix
        for char in reversed(prefix):
            self.out.append(self.close_list(char))
        if prefix and self.last_paragraph:
            self.out.append("\n")
        self.out.append(self.close_paragraph(at_end=True))
        return "".join(self.out)


def _common_length(first: str, second: str) -> int:
    length = 0
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        length += 1
    return length
