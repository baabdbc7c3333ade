"""Block-level tags as tokens: the common currency of the block pass's stages.

MediaWiki's block stages hand each other text in which tables, headings and lists have
already become HTML tags, and each stage looks for tags in that text. The block pass
does the same, but a tag is a token ``\\x7fT<n>\\x7f`` standing for a :class:`Tag` in
the parse's :class:`Tags` table, so no stage ever has to parse HTML again and a tag in
the source cannot be confused with one a stage made. The preprocessor's markers
(``\\x7f<n>\\x7f``) pass through untouched; :data:`TOKEN` finds both kinds.

Written block tags are tokenised first, the way ``Sanitizer::internalRemoveHtmlTags``
accepts them: a ``<`` and a whitelisted name up to the next ``>``, with no ``<`` in
between. Anything else (``<aside>``, ``<tbody>``, ``<President>``) stays text for the
inline pass, which shows it as MediaWiki does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from wikiconv.ast import Attributes, CodeBlock
from wikiconv.readers.wikitext.blocks_attrs import sanitize_attributes
from wikiconv.readers.wikitext.context import MARK, ReadContext
from wikiconv.readers.wikitext.inline_common import decode_text as decode_entities

__all__ = ["BLOCK_TAG_NAMES", "TOKEN", "Tag", "Tags", "hold_raw_pre"]

Kind = Literal["open", "close", "void"]

# A tag token ("T" group set) or a preprocessor marker (no "T").
TOKEN = re.compile(f"{MARK}(T?)(\\d+){MARK}")

BLOCK_TAG_NAMES = frozenset(
    "div center blockquote p table caption tr td th ul ol li dl dt dd "
    "h1 h2 h3 h4 h5 h6 hr pre".split()
)
# Sanitizer's $htmlsingle: these may be written self-closed (<li/> is <li></li>).
_SELF_CLOSING = frozenset({"li", "dt", "dd", "hr"})
# Sanitizer::ELEMENT_BITS_REGEX as one search: the name ends at white space, "/" or
# ">", and the tag at the first ">" (a "<" before it means it was no tag).
_WRITTEN_TAG = re.compile(
    r"<(/?)([A-Za-z][^\t\n\x0b\x0c\r />\x00<]*)(?=[\t\n\x0b\x0c\r />\x00])([^<>]*?)(/?)>"
)
# The attribute part stops at "<" too, so a run of broken tags is read in linear time.
_PRE_OPEN = re.compile(r"<pre(\s+[^<>]*?|\s*?)(/?)>", re.IGNORECASE)
_PRE_CLOSE = re.compile(r"</pre\s*>", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Tag:
    """One block-level tag: written in the source, or made by a stage.

    ``source`` is the text the tag was read from ("" for a made one); a tag that cannot
    be honoured (nested too deep) falls back to it.
    """

    name: str
    kind: Kind
    attributes: Attributes = ()
    source: str = ""


class Tags:
    """The tag table of one block pass; ``token()`` gives the text that stands for a tag."""

    def __init__(self) -> None:
        self.items: list[Tag] = []
        self._plain: dict[tuple[str, Kind], str] = {}

    def token(self, tag: Tag) -> str:
        self.items.append(tag)
        return f"{MARK}T{len(self.items) - 1}{MARK}"

    def plain(self, name: str, kind: Kind = "open") -> str:
        """The token of a made tag without attributes (one shared token per tag)."""
        key = (name, kind)
        token = self._plain.get(key)
        if token is None:
            token = self._plain[key] = self.token(Tag(name, kind))
        return token

    def get(self, index: int) -> Tag:
        return self.items[index]

    def source(self, text: str, ctx: ReadContext) -> str:
        """``text`` as written: tag tokens and markers replaced by their source."""
        if MARK not in text:
            return text

        def replace(match: re.Match[str]) -> str:
            if match.group(1):
                return self.items[int(match.group(2))].source
            return ctx.source_of(match.group())

        return TOKEN.sub(replace, text)

    def tokenize_written(self, text: str) -> str:
        """Replace the written block-level tags in ``text`` by tokens."""
        if "<" not in text:
            return text
        return _WRITTEN_TAG.sub(self._written, text)

    def _written(self, match: re.Match[str]) -> str:
        slash, name, params, self_closed = match.groups()
        name = name.lower()
        if name not in BLOCK_TAG_NAMES:
            return match.group()
        source = match.group()
        if slash:
            return self.token(Tag(name, "close", (), source))
        attributes = sanitize_attributes(params, name)
        if name == "hr":
            return self.token(Tag(name, "void", attributes, source))
        opening = self.token(Tag(name, "open", attributes, source))
        # <li/> is an empty item; <div/> is only an opening tag (the slash is dropped).
        if self_closed and name in _SELF_CLOSING:
            return opening + self.token(Tag(name, "close", (), ""))
        return opening


def hold_raw_pre(text: str, ctx: ReadContext) -> str:
    """A closed ``<pre>…</pre>`` the preprocessor left in place becomes a CodeBlock.

    The preprocessor normally reads ``<pre>`` itself; this covers text given to
    ``parse_blocks`` without it. As MediaWiki's pre hook: ``<nowiki>`` inside only
    loses its tags and the newline right after the opening tag is dropped. An
    unclosed ``<pre>`` is no extension tag in MediaWiki but an HTML one, whose content
    is wikitext: it is left for the tag tokens.
    """
    if "<" not in text:
        return text
    out: list[str] = []
    position = search = 0
    unclosed = False  # once a </pre> is missing, it is missing for every later <pre>
    while True:
        opening = _PRE_OPEN.search(text, search)
        if opening is None:
            break
        search = opening.end()
        closing = None
        if not opening.group(2):
            closing = None if unclosed else _PRE_CLOSE.search(text, opening.end())
            if closing is None:
                unclosed = True
                continue
        end = opening.end() if closing is None else closing.end()
        content = "" if closing is None else text[opening.end() : closing.start()]
        out.append(text[position : opening.start()])
        literal = decode_entities(_unwrap_nowiki(ctx.source_of(content)))
        if literal.startswith("\n"):
            literal = literal[1:]
        out.append(ctx.hold(CodeBlock(literal), text[opening.start() : end]))
        position = search = end
    out.append(text[position:])
    return "".join(out)


def _unwrap_nowiki(text: str) -> str:
    """``<nowiki>x</nowiki>`` becomes ``x``; an unclosed ``<nowiki>`` stays as written."""
    lower = text.lower()
    out: list[str] = []
    position = 0
    while True:
        start = lower.find("<nowiki>", position)
        end = -1 if start == -1 else lower.find("</nowiki>", start + 8)
        if end == -1:
            break
        out.append(text[position:start])
        out.append(text[start + 8 : end])
        position = end + 9
    out.append(text[position:])
    return "".join(out)
