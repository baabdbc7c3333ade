"""The colon that ends a ``;term`` and starts its ``:definition`` on the same line.

MediaWiki looks for it (``BlockLevelPass::findColonNoLinks``) only after links,
bold/italic and external links have become HTML, and skips every colon inside a tag
or between an opening and a closing tag: so the colon of a URL, of a ``[[link:x]]``,
of ``'''a:b'''`` or of ``<span title="a:b">`` never splits. This pass runs before the
inline pass, so it recognises those constructs in the raw wikitext the way the inline
stages would, with one left-to-right scan (each construct's extent is found once).
"""

from __future__ import annotations

import re

from wikiconv.readers.wikitext.blocks_tags import TOKEN, Tags
from wikiconv.readers.wikitext.context import MARK, ReadContext

__all__ = ["closed_links", "find_colon"]

# Sanitizer's whitelist minus the block tags (those are tokens by now).
_INLINE_TAGS = frozenset(
    "b bdi del i ins u font big small sub sup cite code em s strike strong tt var ruby rb "
    "rp rt rtc span abbr dfn kbd samp data time mark br wbr meta link q bdo pre".split()
)
_TAG = re.compile(
    r"<(/?)([A-Za-z][^\t\n\x0b\x0c\r />\x00<]*)(?=[\t\n\x0b\x0c\r />\x00])[^<>]*?(/?)>"
)
_URL_CHARS = re.compile(
    r"[^\[\]<>\"\x00-\x20\x7f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufffd]+"
)


def find_colon(text: str, tags: Tags, ctx: ReadContext) -> int:
    """Index in ``text`` of the splitting colon, or -1 when there is none."""
    if ":" not in text:
        return -1
    links = closed_links(text)
    quotes = _quote_levels(text, links)
    protocols = tuple(p for p in ctx.options.url_protocols if p != "//")
    depth = 0  # open tags, as MediaWiki's $ltLevel
    language = 0  # -{ … }- nesting
    bracket = -1  # the next "]" at or after the last one looked for
    position = 0
    while position < len(text):
        char = text[position]
        if position in links:
            position = links[position]
        elif language:
            if text.startswith("-{", position):
                language += 1
                position += 2
            elif text.startswith("}-", position):
                language -= 1
                position += 2
            else:
                position += 1
        elif char == ":":
            if depth == 0 and quotes.get(position, 0) == 0:
                return position
            position += 1
        elif char == MARK:
            match = TOKEN.match(text, position)
            if match is None:
                position += 1
                continue
            if match.group(1):
                kind = tags.get(int(match.group(2))).kind
                depth = depth + 1 if kind == "open" else max(depth - (kind == "close"), 0)
            position = match.end()
        elif char == "<":
            match = _TAG.match(text, position)
            if match is None or match.group(2).lower() not in _INLINE_TAGS:
                position += 1
                continue
            if match.group(1):
                depth = max(depth - 1, 0)
            elif not match.group(3):
                depth += 1
            position = match.end()
        elif char == "-" and text.startswith("-{", position):
            language = 1
            position += 2
        elif char == "[" and _protocol(text, position + 1, protocols):
            # [url label]: the whole bracket is one link (the next "]" ends it).
            if bracket < position:
                bracket = text.find("]", position)
                bracket = len(text) if bracket == -1 else bracket
            closed = bracket < len(text)
            position = bracket + 1 if closed else _free_url_end(text, position + 1)
        elif (
            char.isalpha()
            and not _word_before(text, position)
            and _protocol(text, position, protocols)
        ):
            position = _free_url_end(text, position)
        else:
            position += 1
    return -1


def closed_links(text: str) -> dict[int, int]:
    """Start of each ``[[`` that is closed -> the index after its ``]]`` (outermost only)."""
    spans: dict[int, int] = {}
    stack: list[int] = []
    opening = text.find("[[")
    closing = text.find("]]")
    # Each search starts where the last one ended, so the scan stays linear.
    while closing != -1:
        if opening != -1 and opening < closing:
            stack.append(opening)
            opening = text.find("[[", opening + 2)
            continue
        if stack:
            spans[stack.pop()] = closing + 2
        closing = text.find("]]", closing + 2)
    # An outer link closed after inner ones covers them: drop starts inside a span.
    ordered = sorted(spans.items())
    kept: dict[int, int] = {}
    end = -1
    for start, stop in ordered:
        if start >= end:
            kept[start] = stop
            end = stop
    return kept


def _protocol(text: str, position: int, protocols: tuple[str, ...]) -> bool:
    head = text[position : position + 12].lower()
    return any(head.startswith(p) for p in protocols)


def _word_before(text: str, position: int) -> bool:
    return position > 0 and (text[position - 1].isalnum() or text[position - 1] == "_")


def _free_url_end(text: str, position: int) -> int:
    """End of a free URL starting at ``position``, its trailing punctuation left out."""
    match = _URL_CHARS.match(text, position)
    if match is None:
        return position + 1
    url = match.group()
    trail = ",;.:!?" + (")" if "(" not in url else "")
    return position + len(url.rstrip(trail))


def _quote_levels(text: str, links: dict[int, int]) -> dict[int, int]:
    """For each colon: 1 when it is inside bold or italic (``doQuotes``), else absent.

    Apostrophe runs are read as MediaWiki reads them: four are an apostrophe and
    bold, more than five are apostrophes and bold italic, and when both bold and
    italic are unbalanced one bold run is taken as an apostrophe and italic.
    """
    if "''" not in text:
        return {}
    runs: list[list[int]] = []  # [start, length as markup]
    position = 0
    while position < len(text):
        if position in links:  # a link's label is set apart before quotes are read
            position = links[position]
            continue
        if not text.startswith("''", position):
            position += 1
            continue
        start = position
        while position < len(text) and text[position] == "'":
            position += 1
        length = position - start
        if length == 4:
            start, length = start + 1, 3
        elif length > 5:
            start, length = start + length - 5, 5
        runs.append([start, length])
    bold = sum(1 for _, length in runs if length in (3, 5))
    italic = sum(1 for _, length in runs if length in (2, 5))
    if bold % 2 and italic % 2:
        _demote_one_bold(text, runs)
    levels: dict[int, int] = {}
    state = ""
    index = 0
    for position, char in enumerate(text):
        while index < len(runs) and runs[index][0] == position:
            state = _next_state(state, runs[index][1])
            index += 1
        if char == ":" and state:
            levels[position] = 1
    return levels


def _demote_one_bold(text: str, runs: list[list[int]]) -> None:
    """The odd-bold-and-italic fix: a bold run after a one-letter word, else after a
    longer word, else after a space, becomes an apostrophe plus italic."""
    single = multi = space = -1
    for number, (start, length) in enumerate(runs):
        if length != 3:
            continue
        before = text[start - 1] if start >= 1 else ""
        before2 = text[start - 2] if start >= 2 else ""
        if before == " ":
            space = number if space == -1 else space
        elif before2 == " ":
            single = number
            break
        elif multi == -1:
            multi = number
    chosen = single if single != -1 else multi if multi != -1 else space
    if chosen != -1:
        runs[chosen][0] += 1
        runs[chosen][1] = 2


def _next_state(state: str, length: int) -> str:
    """doQuotes' state machine, reduced to which of bold and italic are open."""
    italic = "i" in state or state == "both"
    bold = "b" in state or state == "both"
    if length == 2:
        italic = not italic
    elif length == 3:
        bold = not bold
    elif length == 5:
        if state == "":
            return "both"
        italic, bold = not italic, not bold
    return ("b" if bold else "") + ("i" if italic else "")
