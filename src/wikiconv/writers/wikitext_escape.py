"""Escaping for the wikitext writer: text that MediaWiki must read back as text.

Wikitext has no escape character. As Parsoid's serializer does (the wikitext that
VisualEditor saves), text that would read as markup gets ``<nowiki>…</nowiki>`` around
the smallest run that breaks the construct (a whole ``[[…]]`` or ``<tag>`` when both
ends are in the text), ``<nowiki/>`` goes between two pieces whose edges would join
into markup (``'`` next to ``''``, a link trail after ``]]``, a URL running on), and
``&`` becomes ``&amp;`` where it would start an entity. Ordinary prose is left alone:
a lone ``[``, an apostrophe in "don't", ``a < b`` and ``snake_case`` need nothing.
docs/writers/wikitext.md lists every rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.entities import html5

from wikiconv.readers.wikitext.options import LOCAL_CATEGORY_NAMESPACES, LOCAL_FILE_NAMESPACES

__all__ = [
    "HTML_TAGS",
    "Ctx",
    "amp",
    "attributes",
    "bare_url",
    "escape_pre",
    "escape_text",
    "link_url",
    "needs_break",
    "title",
    "trim_lines",
]

# MediaWiki's default $wgUrlProtocols; "//" (protocol-relative) only works in brackets.
_PROTOCOLS = (
    "bitcoin:|ftp://|ftps://|geo:|git://|gopher://|http://|https://|irc://|ircs://|"
    "magnet:|mailto:|matrix:|mms://|news:|nntp://|redis://|sftp://|sip:|sips:|sms:|"
    "ssh://|svn://|tel:|telnet://|urn:|worldwind://|xmpp:"
)
_BRACKET_PROTOCOL = re.compile(f"(?i:{_PROTOCOLS}|//)")
# What MediaWiki takes as part of a URL (EXT_LINK_URL_CLASS), and what it gives back
# to the text when it ends a free URL.
_URL_CHARS = r"[^\]\[<>\"\x00-\x20\x7f\s\ufffd]"
_URL_CHAR = re.compile(_URL_CHARS)
_FREE_URL = re.compile(f"(?i:{_PROTOCOLS})({_URL_CHARS}*)")
_TRAILING = ",;.:!?"

# The HTML tags MediaWiki's sanitizer lets through, and (below) the common extension
# tags: "<b" before one of these may become a tag once a ">" follows, in another node.
HTML_TAGS = frozenset(
    "abbr b bdi bdo big blockquote br caption center cite code data dd del dfn div dl dt "
    "em font h1 h2 h3 h4 h5 h6 hr i ins kbd li link mark meta ol p pre q rb rp rt rtc ruby "
    "s samp small span strike strong sub sup table td th time tr tt u ul var wbr".split()
)
_TAGS = HTML_TAGS | frozenset(
    "ce chem categorytree gallery graph hiero imagemap includeonly indicator inputbox "
    "mapframe maplink math noinclude nowiki onlyinclude poem ref references score section "
    "source syntaxhighlight templatedata templatestyles timeline".split()
)

# Runs that are markup wherever they stand. Pairs come first so that "[[a]]" is one
# nowiki run rather than two.
_INLINE = re.compile(
    r"\[\[[^\[\]\n]*\]\]|\{\{[^{}\n]*\}\}|'{2,}[^'\n]*'{2,}"
    r"|'{2,}|\[{2,}|\]{2,}|\{{2,}|\}{2,}|-\{|\}-|~{3,}|<!--"
    r"|(?i:__(?:NOTOC|FORCETOC|TOC|NOEDITSECTION|NEWSECTIONLINK|NONEWSECTIONLINK|"
    r"NOGALLERY|HIDDENCAT|EXPECTUNUSEDCATEGORY|NOCONTENTCONVERT|NOCC|NOTITLECONVERT|"
    r"NOTC|INDEX|NOINDEX|STATICREDIRECT|DISAMBIG|EXPECTUNUSEDTEMPLATE|NOGLOBAL|"
    r"ARCHIVEDTALK|NOTALK|EXPECTED_UNCONNECTED_PAGE)__)"
    r"|\b(?:RFC|PMID)[ \t\xa0]+\d+\b"
    r"|\bISBN[ \t\xa0]+(?:97[89][- ]?)?(?:\d[- ]?){9}[\dXx]\b"
)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)([^<>]*)(>?)")
_PAIRED_TAG = re.compile(r"<([A-Za-z][A-Za-z0-9-]*)\b[^<>\n]*>[^<\n]*</\1\s*>")
_BRACKETED = re.compile(r"\[(?=" + _BRACKET_PROTOCOL.pattern + r")(?:[^\]\n]*\])?")
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|([A-Za-z][A-Za-z0-9]*));")
_BLANK_LINES = re.compile(r"\n[ \t]*(?=\n)")
# Start of a line: list items, headings, rules, tables; in a table also cells.
_SOL_TABLE_START = re.compile(r"[ \t]*\{\|")
_SOL_CELL = re.compile(r"[ \t]*[|!]")


@dataclass(frozen=True, slots=True)
class Ctx:
    """Where a run of inline content is written: what would read as markup there.

    ``sol``: the run starts a line; ``eol``: nothing follows it on its line.
    ``newline`` is what a line break in text becomes: a newline, a newline and the
    space that keeps a preformatted block going, or a space where the syntax is one
    line long (a heading, a list item, a caption). ``table``: inside a wikitext table,
    so ``|`` and ``!`` open cells at the start of a line. ``pipe``, ``bang``,
    ``colon`` and ``bracket``: ``|``, ``!!``, ``:`` or ``]`` end the construct the run
    is in (a cell's attributes, a header cell, a definition term, a link label).
    ``before`` and ``after`` are the markup written just around the run. ``bold``,
    ``italic`` and ``quote``: inside bold or italic markup, or inside ``<blockquote>``.
    """

    sol: bool = False
    eol: bool = False
    newline: str = "\n"
    table: bool = False
    pipe: bool = False
    bang: bool = False
    colon: bool = False
    bracket: bool = False
    in_link: bool = False
    bold: bool = False
    italic: bool = False
    quote: bool = False
    before: str = ""
    after: str = ""


def escape_text(text: str, ctx: Ctx, sol: bool, open_end: bool) -> str:
    """``text`` as wikitext that reads back as exactly this text.

    ``sol``: the text starts a line; ``open_end``: more follows on its last line, so
    a check that needs the whole line (``=`` at both ends) assumes the worst.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pre = ctx.newline == "\n "
    if ctx.newline == " ":
        text = text.replace("\n", " ")
    elif not pre:
        # A blank line would end the paragraph; a line break is all the tree can mean.
        text = _BLANK_LINES.sub("", text)
    lines = text.split("\n")
    last = len(lines) - 1
    return ctx.newline.join(
        _line(line, ctx, sol or i > 0, open_end and i == last) for i, line in enumerate(lines)
    )


def _line(line: str, ctx: Ctx, sol: bool, open_end: bool) -> str:
    spans: list[tuple[int, int]] = []
    subs: dict[int, str] = {}
    if sol and ctx.newline != "\n ":
        # A space at the start of a line would make preformatted text; white space
        # there shows as nothing anyway, so it goes (as Parsoid drops it).
        line = line.lstrip(" \t")
    if sol:
        spans += _sol_spans(line, ctx, open_end)
    spans += [m.span() for m in _INLINE.finditer(line)]
    spans += [m.span() for m in _PAIRED_TAG.finditer(line) if m.group(1).lower() != "nowiki"]
    spans += [m.span() for m in _BRACKETED.finditer(line)]
    for match in _TAG.finditer(line):
        _tag(match, spans, subs)
    for flag, pattern in ((ctx.pipe, r"\|+"), (ctx.bang, r"!!+"), (ctx.colon, r":+")):
        if flag:
            spans += [m.span() for m in re.finditer(pattern, line)]
    if ctx.bracket:
        spans += [m.span() for m in re.finditer(r"\]+", line)]
    spans += _url_spans(line, spans, open_end)
    for match in _ENTITY.finditer(line):
        if _is_entity(match):
            subs[match.start()] = "&amp;"
    out = []
    position = 0
    for start, end in _merge(spans):
        out.append(_subst(line, position, start, subs))
        out.append("<nowiki>" + _subst(line, start, end, subs) + "</nowiki>")
        position = end
    out.append(_subst(line, position, len(line), subs))
    return "".join(out)


def _url_spans(line: str, spans: list[tuple[int, int]], open_end: bool) -> list[tuple[int, int]]:
    """Free URLs in the text, which MediaWiki would turn into links."""
    out = []
    # A free URL needs a non-word character before it; <nowiki> just before is one.
    ends = {end for _, end in spans}
    for match in _FREE_URL.finditer(line):
        start = match.start()
        if start and re.match(r"\w", line[start - 1]) and start not in ends:
            continue
        if open_end and match.end() == len(line):
            out.append(match.span())  # what follows on the line may continue the URL
        elif match.group(1).rstrip(_trailing(match.group())):
            # Punctuation that ends a URL is not part of it ("see http://x.org.").
            url = match.group().rstrip(_trailing(match.group()))
            out.append((start, start + len(url)))
    return out


def _sol_spans(line: str, ctx: Ctx, open_end: bool) -> list[tuple[int, int]]:
    """What makes a line something else than text when it starts with this text.

    Table lines are found after the leading white space is trimmed, so they count in
    preformatted text too; the rest only where the line itself starts.
    """
    spans = []
    for pattern in (_SOL_TABLE_START, _SOL_CELL) if ctx.table else (_SOL_TABLE_START,):
        match = pattern.match(line)
        if match:
            spans.append(match.span())
    if ctx.newline == "\n ":
        return spans
    first = line[:1]
    if first and first in "*#:;":
        spans.append((0, 1))
    elif line.startswith("----"):
        spans.append((0, len(line) - len(line.lstrip("-"))))
    elif first == "=" and (open_end or line.rstrip().endswith("=")):
        spans.append((0, 1))
    return spans


def _tag(match: re.Match[str], spans: list[tuple[int, int]], subs: dict[int, str]) -> None:
    """A tag-like ``<name …>``: hide it, or make its ``<`` an entity."""
    name = match.group(2).lower()
    if name == "nowiki":
        # Text cannot hold a nowiki tag inside <nowiki>; entities read back the same.
        subs[match.start()] = "&lt;"
        if match.group(4):
            subs[match.end() - 1] = "&gt;"
    elif match.group(4):
        spans.append(match.span())
    elif name in _TAGS:
        # No ">" in this text, but one in a later node would still close the tag.
        subs[match.start()] = "&lt;"


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _subst(line: str, start: int, end: int, subs: dict[int, str]) -> str:
    if not subs:
        return line[start:end]
    return "".join(subs.get(i, line[i]) for i in range(start, end))


def _is_entity(match: re.Match[str]) -> bool:
    """Whether MediaWiki would decode this ``&…;`` (numeric ones are all treated so)."""
    return match.group(1) is None or match.group(1) + ";" in html5


def amp(text: str) -> str:
    """``&`` as ``&amp;`` where it would start an entity: the text then reads as itself."""
    if "&" not in text:
        return text
    return _ENTITY.sub(lambda m: "&amp;" + m.group()[1:] if _is_entity(m) else m.group(), text)


def escape_pre(text: str) -> str:
    """Text for ``<pre>``: no markup applies there, but entities and the end tag do."""
    return re.sub(r"<(?=/?(?:pre|nowiki)\b)", "&lt;", amp(text), flags=re.IGNORECASE)


# --------------------------------------------------------------------------- joins


def _trailing(url: str) -> str:
    """The characters MediaWiki gives back to the text when they end a free URL."""
    return _TRAILING if "(" in url else _TRAILING + ")"


_JOINS = {("[", "["), ("]", "]"), ("{", "{"), ("}", "}"), ("-", "{"), ("}", "-")}


def needs_break(
    before: str,
    after: str,
    following: str = "",
    url_before: str | None = None,
    url_after: bool = False,
    quotes: bool = False,
) -> bool:
    """Whether two pieces written side by side need ``<nowiki/>`` between them.

    ``before`` and ``after`` are the two pieces, ``following`` what comes after them;
    ``url_before`` is the URL when the piece before is a bare URL, ``url_after`` says
    that the piece after is one. ``quotes``: the two are italic markup and bold markup
    at the same edge of an italic (``'''''x'''''``), which reads as meant.
    """
    if not before or not after:
        return False
    if before[-1] == after[0] == "'":
        # Apostrophes that touch make one run. Five at the edge of an italic opens or
        # closes both, the way MediaWiki reads them; elsewhere the run is cut.
        runs = len(before) - len(before.rstrip("'")), len(after) - len(after.lstrip("'"))
        return not (quotes and sorted(runs) == [2, 3])
    if (before[-1], after[0]) in _JOINS:
        return True
    if before.endswith("]]") and "a" <= after[0] <= "z":
        return True  # a link trail: "[[dog]]s" links the whole word
    if before.endswith("[") and _BRACKET_PROTOCOL.match(after):
        return True
    if url_after and re.match(r"\w", before[-1]):
        return True  # a free URL is only found after a non-word character
    if url_before is not None:
        rest = (after + following).lstrip(_trailing(url_before))
        return bool(rest) and _URL_CHAR.match(rest[0]) is not None
    return False


# --------------------------------------------------------------------------- values


def attributes(pairs: tuple[tuple[str, str], ...]) -> tuple[str, list[str]]:
    """`` name="value"`` for each pair, and the names that are not valid attributes.

    A value is wikitext to MediaWiki: a template call in it (a table's
    ``style="{{…}}"``, common on Wikipedia) is expanded, so a whole ``{{…}}`` is kept
    as a call. Entities stand for what would end the value or the table line: ``"``,
    ``<``, ``>``, a ``|`` outside a call, a line break, a signature's tildes, and
    ``&`` where it starts an entity.
    """
    out = []
    bad = []
    for name, value in pairs:
        if not re.fullmatch(r"[A-Za-z_:][-A-Za-z0-9_:.]*", name):
            bad.append(name)
            continue
        value = amp(value)
        for char, entity in (('"', "&quot;"), ("<", "&lt;"), (">", "&gt;"), ("\n", "&#10;")):
            value = value.replace(char, entity)
        value = re.sub(r"~(?=~~)", "&#126;", value)
        calls = re.split(r"(\{\{[^{}]*\}\})", value)
        value = "".join(
            part if i % 2 else part.replace("|", "&#124;") for i, part in enumerate(calls)
        )
        out.append(f' {name}="{value}"')
    return "".join(out), bad


def link_url(url: str) -> str | None:
    """``url`` as it can stand in ``[url label]``, or None when MediaWiki would not link it.

    Characters that would end the URL or read as markup are percent-encoded; the URL
    still leads to the same place.
    """
    url = url.strip()
    if not _BRACKET_PROTOCOL.match(url):
        return None
    url = re.sub(r"[\s\x00-\x1f\x7f\[\]<>\"|]", lambda m: f"%{ord(m.group()):02X}", url)
    # A lone brace is a character of the URL; two in a row would start or end a call.
    url = re.sub(r"\{(?=\{)|\}(?=\})", lambda m: f"%{ord(m.group()):02X}", url)
    url = re.sub(r"''+", lambda m: "%27" * len(m.group()), url)
    url = re.sub(r"~~~+", lambda m: "%7E" * len(m.group()), url)
    return amp(url)


def bare_url(url: str) -> bool:
    """Whether ``url`` written as it is becomes exactly this link (a free URL)."""
    match = _FREE_URL.fullmatch(url)
    if match is None or not match.group(1):
        return False
    return url[-1] not in _trailing(url) and link_url(url) == url


# Namespaces whose links MediaWiki takes for something else without a leading colon:
# categories and files (the reader's names for them in other languages too), and
# language prefixes.
_NAMESPACES = "|".join(
    re.escape(name)
    for name in ("category", "file", "image", *LOCAL_FILE_NAMESPACES, *LOCAL_CATEGORY_NAMESPACES)
)
_COLON_NEEDED = re.compile(
    rf"\s*(?:{_NAMESPACES}|simple|[a-z]{{2,3}}(?:-[a-z0-9]+)*)\s*:", re.IGNORECASE
)


def title(target: str, link: bool = True) -> str | None:
    """A page title as it stands in ``[[…]]``, or None when it cannot be one.

    A link to a category, a file or a page in another language needs a leading
    colon, or MediaWiki would categorise the page, show the file or add a language
    link; the colon is harmless on other titles that look like those.
    """
    if re.search(r"[\[\]{}|<>\n\x00-\x1f\x7f]|~~~", target):
        return None
    target = amp(target)
    if link and _COLON_NEEDED.match(target):
        return ":" + target
    return target


def trim_lines(text: str) -> str:
    """A block's text without blank lines at its ends (they would add empty paragraphs)."""
    return re.sub(r"^(?:[ \t]*\n)+|(?:\n[ \t]*)+$", "", text)
