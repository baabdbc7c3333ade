"""Escaping for the Markdown writer, so that text reads back as exactly itself.

CommonMark gives punctuation meaning in three places: inside a line (emphasis, links,
code, HTML, entities), at the start of a line (headings, lists, quotes, setext
underlines, table delimiter rows) and inside table cells (pipes). Each place has its
function here. Escapes are backslashes before ASCII punctuation, added only where the
character could act, so that ordinary prose stays readable.

Whether a character acts depends on its neighbours, so the last part of this module
tells what a node writes at its edges before the node is written.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal
from urllib.parse import quote

from wikiconv.ast import (
    Bold,
    Code,
    ExternalLink,
    Image,
    Inline,
    Italic,
    LineBreak,
    Link,
    Math,
    RawInline,
    Reference,
    Small,
    SoftBreak,
    Strikeout,
    Subscript,
    Superscript,
    Text,
    Underline,
)
from wikiconv.urls import safe_url

__all__ = [
    "CELL",
    "RAW_FORMATS",
    "Ctx",
    "can_delimit",
    "char_kind",
    "clean_block",
    "code_span",
    "destination",
    "escape_heading",
    "escape_line_start",
    "escape_text",
    "fenced",
    "first_char",
    "followers",
    "inner",
    "is_autolink",
    "is_blank",
    "is_void",
    "merge_runs",
    "protect_edges",
    "split_edges",
    "strip_mark",
    "table_row",
    "tagged",
]

RAW_FORMATS = ("markdown", "md", "gfm", "commonmark", "html")
"""Formats whose raw content is shown as it is in Markdown."""

_PUNCTUATION = frozenset(string.punctuation)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]*);")
# A page title keeps the characters Wikipedia itself leaves readable in its URLs.


def char_kind(ch: str) -> Literal["space", "punct", "other"]:
    """How CommonMark's emphasis rules see a character; unknown ('') counts as a letter.

    Treating an unknown neighbour as a letter is the cautious choice: a delimiter next
    to a letter is the case where emphasis is most likely not to parse.
    """
    if not ch:
        return "other"
    if ch.isspace() or unicodedata.category(ch) == "Zs":
        return "space"
    if ch in _PUNCTUATION or unicodedata.category(ch)[0] in "PS":
        return "punct"
    return "other"


def _acts(text: str, i: int, before: str, after: str) -> bool:
    """Whether ``text[i]`` could be read as markup, given the characters around it."""
    ch = text[i]
    prev = text[i - 1] if i else before[-1:]
    nxt = text[i + 1] if i + 1 < len(text) else after[:1]
    if ch in "`[]|$":
        # "$" too: Markdown with math (GitHub's) reads "$5 and $6" as a formula.
        return True
    if ch == "\\":
        # Before a letter a backslash is literal; before a space it would become a hard
        # break once the line's trailing spaces are stripped.
        return not nxt or nxt in _PUNCTUATION or char_kind(nxt) == "space"
    if ch in "*_~":
        if char_kind(prev) == "space" and char_kind(nxt) == "space":
            return False
        return not (ch == "_" and prev.isalnum() and nxt.isalnum())
    if ch == "<":
        return not nxt or (nxt.isascii() and nxt.isalpha()) or nxt in "/!?"
    if ch == "&":
        return _ENTITY.match(text, i) is not None
    if ch == "^":
        # "[^A](…)", a link label starting with a caret, would read as a footnote.
        return prev == "["
    if ch == "!":
        return i + 1 == len(text) and after[:1] in ("", "[")
    return False


def escape_text(
    text: str,
    before: str = "",
    after: str = "",
    one_line: bool = False,
    first: bool = False,
    last: bool = False,
) -> str:
    """Text as Markdown inline source; ``before``/``after`` are its neighbours ('' unknown).

    ``first``/``last`` say that white space at that edge will be moved past the
    neighbour (out of a tag or off the line), so the text itself meets the neighbour.
    Line starts are not handled here (see :func:`escape_line_start`): a line only
    exists once the whole block is written.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if one_line:
        text = text.replace("\n", " ")
    core = text.strip(" \t\n")
    if not core:
        return text
    lead = text[: len(text) - len(text.lstrip(" \t\n"))]
    trail = text[len(lead) + len(core) :]
    before = before if first or not lead else lead[-1]
    after = after if last or not trail else trail[0]
    escaped = "".join(
        "\\" + ch if _acts(core, i, before, after) else ch for i, ch in enumerate(core)
    )
    return lead + escaped + trail


_BLOCK_START = re.compile(r"(?:#{1,6}|[-+*])(?:[ \t]|$)|>")
# Setext underlines, thematic breaks and GFM table delimiter rows (":-" alone is one).
_RULE_LIKE = re.compile(r"[-=:| \t]+|([*_])(?:[ \t]*\1){2,}[ \t]*")
_ORDERED = re.compile(r"[0-9]{1,9}(?=[.)](?:[ \t]|$))")
# A footnote reference followed by a colon would read as a footnote definition.
_FOOTNOTE_COLON = re.compile(r"\[\^[^\]]*\](?=:)")


def escape_line_start(line: str) -> str:
    """Escape what would start a block at the beginning of an (already stripped) line."""
    if _BLOCK_START.match(line) or _RULE_LIKE.fullmatch(line):
        return "\\" + line
    match = _ORDERED.match(line) or _FOOTNOTE_COLON.match(line)
    if match:
        return line[: match.end()] + "\\" + line[match.end() :]
    return line


_CLOSING_HASHES = re.compile(r"(^|[ \t])(#+)$")


def escape_heading(text: str) -> str:
    """Escape a trailing run of ``#`` that an ATX heading would drop as its closing."""
    return _CLOSING_HASHES.sub(lambda m: m[1] + "\\" + m[2], text)


_LEADING_SPACE = re.compile(r"(?:[ \t\n]|\\\n)*")


def split_edges(source: str) -> tuple[str, str, str]:
    """``(lead, core, trail)``: white space and hard breaks at the edges moved aside.

    A hard break is a backslash before a line end, but only an unescaped one: an odd
    run of backslashes.
    """
    match = _LEADING_SPACE.match(source)
    start = match.end() if match else 0
    end = len(source)
    while end > start and source[end - 1] in " \t\n":
        end -= 1
        if source[end] == "\n":
            run = len(source[start:end]) - len(source[start:end].rstrip("\\"))
            end -= run % 2
    return source[:start], source[start:end], source[end:]


def clean_block(source: str) -> str:
    """Inline source as the lines of one paragraph: no blank, indented or escaped lines.

    Leading spaces would make an indented code block, two trailing spaces a hard break
    and an empty line a second paragraph.
    """
    lines = (line.strip(" \t") for line in split_edges(source)[1].split("\n"))
    return protect_edges("\n".join(escape_line_start(line) for line in lines if line))


def protect_edges(source: str) -> str:
    """Write white space other than spaces and tabs at the ends of a block as an entity.

    markdown-it trims paragraphs, headings and cells of all Unicode white space (such
    as a no-break space); an entity survives the trim and still reads as the character.
    Control characters have no valid entity and are left as they are.
    """
    source = source.strip(" \t")
    if source[:1].isspace() and _has_entity(source[0]):
        source = f"&#x{ord(source[0]):X};{source[1:]}"
    if source[-1:].isspace() and _has_entity(source[-1]):
        source = f"{source[:-1]}&#x{ord(source[-1]):X};"
    return source


def _has_entity(ch: str) -> bool:
    return ch == "\f" or unicodedata.category(ch) != "Cc"


def can_delimit(core: str, before: str, after: str, mark: str, nested: bool) -> bool:
    """Whether ``mark``-delimited emphasis around ``core`` parses as exactly that emphasis.

    CommonMark decides from the characters around each delimiter run whether it can
    open (left-flanking) and close (right-flanking). A run that can do both is safe at
    the top of a run of inlines, where all other runs come in matched pairs, but not
    ``nested`` inside another run of the same character, which it could close. A
    delimiter next to the same character would merge into a longer run, so that is
    refused too.
    """
    if not core or mark in (before[-1:], after[:1], core[0], core[-1]):
        return False
    first, last = char_kind(core[0]), char_kind(core[-1])
    prev, nxt = char_kind(before[-1:]), char_kind(after[:1])
    if "space" in (first, last):
        return False
    if nested:
        opens = prev == "space" or (prev == "punct" and first == "other")
        closes = nxt == "space" or (nxt == "punct" and last == "other")
    else:
        opens = first == "other" or prev != "other"
        closes = last == "other" or nxt != "other"
    return opens and closes


def strip_mark(core: str, mark: str) -> str:
    """The content of ``core`` when it is exactly one ``mark``-delimited emphasis, else ''."""
    size = len(mark)
    if len(core) > 2 * size and core[:size] == mark == core[-size:]:
        inner = core[size:-size]
        return inner if "*" not in (inner[0], inner[-1]) else ""
    return ""


def tagged(lead: str, core: str, trail: str, tag: str) -> str:
    """``core`` in an HTML element, with the white space around it outside."""
    # A line holding only "<u>" and white space would start an HTML block: line ends go
    # outside the tag, and other white space (a no-break space) becomes an entity.
    if core.split("\n", 1)[0].isspace():
        core = f"&#x{ord(core[0]):X};{core[1:]}"
    return f"{lead}<{tag}>{core}</{tag}>{trail}" if core else lead + trail


def table_row(cells: list[str], width: int) -> str:
    """A GFM table row of ``width`` cells; missing cells are empty."""
    cells = [protect_edges(cell) for cell in cells] + [""] * (width - len(cells))
    return "| " + " | ".join(cells) + " |"


def code_span(text: str, cell: bool = False) -> str:
    """Inline code: a backtick run longer than any inside, padded where CommonMark strips."""
    text = text.replace("\n", " ")
    if not text:
        return ""
    fence = "`" * (max((len(run) for run in re.findall("`+", text)), default=0) + 1)
    edge_tick = text[0] == "`" or text[-1] == "`"
    stripped = text[0] == " " and text[-1] == " " and text.strip(" ")
    pad = " " if edge_tick or stripped else ""
    if cell:
        # GFM splits the row on pipes before it sees code spans.
        text = text.replace("|", "\\|")
    return f"{fence}{pad}{text}{pad}{fence}"


def fenced(text: str, language: str = "") -> str:
    """A fenced code block, its fence longer than any backtick run in the text."""
    longest = max((len(run) for run in re.findall("`{3,}", text)), default=2)
    fence = "`" * (longest + 1)
    info = re.sub(r"[\s`]", "", language)
    body = text[:-1] if text.endswith("\n") else text
    return f"{fence}{info}\n{body}\n{fence}" if body else f"{fence}{info}\n{fence}"


def _balanced(url: str) -> bool:
    depth = 0
    for ch in url:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth < 0:
            return False
    return depth == 0


def destination(url: str) -> str:
    """A URL as a link destination: nothing in it can end the link or start markup."""
    balanced = _balanced(url)
    out: list[str] = []
    for i, ch in enumerate(url):
        if ch.isspace() or ord(ch) < 0x20 or ch in "<>|`\x7f":
            out.append(quote(ch, safe=""))
        elif ch == "\\" or (ch in "()" and not balanced):
            out.append("\\" + ch)
        elif ch == "&" and _ENTITY.match(url, i):
            out.append("\\&")
        else:
            out.append(ch)
    return "".join(out)


_AUTOLINK = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>|`\\\x00-\x1f\x7f]*")


def is_autolink(url: str) -> bool:
    """Whether ``<url>`` is a CommonMark autolink showing exactly ``url``."""
    return _AUTOLINK.fullmatch(url) is not None


# --------------------------------------------------------------------------- neighbours

_STYLED = (Bold, Italic, Underline, Strikeout, Superscript, Subscript, Small)


@dataclass(frozen=True, slots=True)
class Ctx:
    """Where inline content is being written.

    ``one_line`` for table cells, headings and footnotes, which cannot hold a line end;
    ``cell`` for table cells, where even code must escape a pipe; ``in_link`` inside a
    link label, where links cannot nest. ``before``/``after`` are
    the characters around the node ('' when unknown): emphasis and escaping depend on
    them. ``first``/``last`` say that only white space separates the node from that
    end of its run: that white space will move out, leaving ``before``/``after`` as
    the node's real neighbours. ``nested`` holds the delimiter characters of the
    emphasis the node may be inside.
    """

    one_line: bool = False
    cell: bool = False
    in_link: bool = False
    before: str = "\n"
    after: str = "\n"
    first: bool = False
    last: bool = False
    nested: str = ""


CELL = Ctx(one_line=True, cell=True, before=" ", after=" ")


def followers(nodes: list[Inline], ctx: Ctx) -> list[tuple[str, bool]]:
    """For each node, what follows it: the first character the rest of the run writes,
    and whether the rest is only white space, which moves past the end of the run and
    leaves ``ctx.after`` as the real neighbour. Worked out from the end, in one pass.
    """
    out: list[tuple[str, bool]] = []
    first, blank = "", True
    for node in reversed(nodes):
        out.append((ctx.after, True) if blank else (first, False))
        if not is_void(node):
            first = first_char(node, ctx.one_line, ctx.in_link)
            blank = blank and is_blank(node, ctx.one_line)
    return out[::-1]


def inner(ctx: Ctx, before: str, after: str, mark: str = "", link: bool = False) -> Ctx:
    """The context of a node's own content, between its opening and closing ``mark``.

    A link label starts afresh: CommonMark pairs the delimiters inside a link among
    themselves.
    """
    nested = "" if link else ctx.nested + mark
    return Ctx(ctx.one_line, ctx.cell, ctx.in_link or link, before, after, nested=nested)


def merge_runs(nodes: Iterable[Inline]) -> Iterator[Inline]:
    """Adjacent texts as one, so that escaping sees each character's real neighbours.

    Adjacent code is merged too: two code spans side by side would share one backtick
    run. Empty texts and code go, as they write nothing.
    """
    pending: Text | Code | None = None
    for node in nodes:
        if isinstance(node, (Text, Code)):
            if pending is not None and type(node) is type(pending):
                pending = type(node)(pending.text + node.text)
                continue
            if pending is not None:
                yield pending
            pending = node if node.text else None
            continue
        if pending is not None:
            yield pending
        pending = None
        yield node
    if pending is not None:
        yield pending


def is_void(node: Inline) -> bool:
    """Whether a node writes nothing at all, so that it is no one's neighbour."""
    if isinstance(node, (Text, Code)):
        return not node.text
    if isinstance(node, RawInline):
        return not node.text or node.format not in RAW_FORMATS
    if isinstance(node, Math):
        return not node.tex.strip()
    if isinstance(node, _STYLED):
        return all(map(is_void, node.content))
    return False


def is_blank(node: Inline, one_line: bool) -> bool:
    """Whether a node writes only white space, which moves out of tags and off lines."""
    if isinstance(node, Text):
        return not node.text.strip(" \t\n\r")
    if isinstance(node, (SoftBreak, LineBreak)):
        return isinstance(node, SoftBreak) or not one_line
    if isinstance(node, _STYLED):
        return all(is_blank(kid, one_line) for kid in node.content)
    return is_void(node)


def first_char(node: Inline, one_line: bool, in_link: bool) -> str:
    """The first character ``node`` will write, or one of the same kind ('' unknown).

    Styled nodes start with a delimiter or a tag, both punctuation; ``<`` stands for
    both, as it cannot merge into an emphasis run.
    """
    if isinstance(node, (Text, RawInline)):
        return node.text[:1]
    if isinstance(node, (SoftBreak, LineBreak)):
        return " " if isinstance(node, SoftBreak) else "<" if one_line else "\\"
    if isinstance(node, _STYLED) and is_blank(node, one_line):
        # Only white space inside: it moves out of the tag and comes first.
        kids = (kid for kid in node.content if not is_void(kid))
        return next((first_char(kid, one_line, in_link) for kid in kids), " ")
    unsafe = isinstance(node, ExternalLink) and safe_url(node.url) is None
    if isinstance(node, (Link, ExternalLink)) and (in_link or unsafe):
        return ""  # written as its bare label, which may start with anything
    if isinstance(node, (Link, ExternalLink, Reference)):
        return "["
    return {Code: "`", Image: "!", Math: "$"}.get(type(node), "<")
