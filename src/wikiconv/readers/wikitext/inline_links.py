"""Internal links, categories, interlanguage links and images: Parser::handleInternalLinks2.

The text is cut at every ``[[``; each piece is a link only if it starts with a valid
title followed by ``]]`` or by ``|label]]``. As in MediaWiki a label ends at the first
``]]`` and cannot hold another ``[[`` (that starts the next piece), except in an image
caption, which may run over several pieces. A label gets doQuotes of its own; the
link becomes one marker, so the passes after this one (doQuotes of the line, external
links, free URLs) see the link as MediaWiki sees its ``<!--LINK-->`` holder.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from wikiconv.ast import Image, Inline, SoftBreak
from wikiconv.readers.wikitext.inline_common import LinkToken, Work
from wikiconv.readers.wikitext.inline_quotes import do_quotes
from wikiconv.readers.wikitext.inline_titles import Title, parse_title
from wikiconv.readers.wikitext.inline_tree import build
from wikiconv.readers.wikitext.inline_urls import external_links, protocol_pattern
from wikiconv.walk import plain_text

__all__ = ["internal_links"]

# Title::legalChars plus "#" and "%": what the target part of [[target|label]] may hold.
_TARGET = re.compile("[^<>\\[\\]{}|\x00-\x1f\x7f]+")
# An image caption may hold links; each level of them is one more pass over its text,
# so the depth is bounded to keep the whole linear.
_MAX_DEPTH = 8
_PHP_SPACE = " \t\n\r\x0b\x0c"
# Where a category or language link stood, until its line break is taken. Markers are
# "\x7f", digits, "\x7f", and stray "\x7f" characters are gone from the text, so no
# marker and no text can make two "\x7f" followed by "#" (one marker's end, "#" and the
# next marker's start would make "\x7f#\x7f").
_TAKES_BREAK = "\x7f\x7f#"


def internal_links(text: str, work: Work, depth: int = 0) -> str:
    """``text`` with every valid ``[[...]]`` replaced by a marker (or by nothing)."""
    if "[[" not in text:
        return text
    options = work.ctx.options
    protocols = protocol_pattern(options.url_protocols)
    pieces = text.split("[[")
    out = [pieces[0]]
    at = 1
    while at < len(pieces):
        line = pieces[at]
        at += 1
        match = _TARGET.match(line)
        rest = line[match.end() :] if match is not None else ""
        if match is None or not rest.startswith(("]]", "|")):
            out.append("[[" + line)
            continue
        target, might_be_image = match.group(), False
        close = rest.find("]]", 2) if rest.startswith("|") else 0
        if close >= 0:
            label, trail = rest[1:close], rest[close + 2 :]
            if label and trail.startswith("]") and "[" in label:
                label, trail = label + "]", trail[1:]  # [[File:x|[http://y z]]] (T1500)
        else:
            label, trail, might_be_image = rest[1:], "", True
        if "%" in target:
            target = unquote(target, errors="replace").replace("<", "&lt;").replace(">", "&gt;")
        link = target.lstrip(" ")
        title = None if protocols.match(link) else parse_title(link, options)
        if title is None:
            out.append("[[" + line)  # [[http://...]] and invalid titles stay text
            continue
        forced = link.startswith(":")
        if might_be_image:
            if title.kind != "file" or forced or depth >= _MAX_DEPTH:
                out.append(f"[[{link}|{label}")  # no "]]": never a link
                continue
            # An image caption may contain [[links]]: look for the "]]" that closes
            # the image after them.
            found, caption = False, [label]
            while at < len(pieces):
                parts = pieces[at].split("]]", 2)
                at += 1
                if len(parts) == 1:
                    caption.append("[[" + parts[0])
                    break
                caption.append(f"[[{parts[0]}]]{parts[1]}")
                if len(parts) == 3:
                    found, trail = True, parts[2]
                    break
            label = "".join(caption)
            if not found:
                out.append(f"[[{link}|{internal_links(label, work, depth + 1)}")
                continue
        blank = label == ""
        label = (link[1:] if forced else link) if blank else do_quotes(label, work)
        out.append(_link(title, label, blank, forced, trail, work, depth))
    return _take_line_breaks("".join(out))


def _link(
    title: Title,
    label: str,
    blank: bool,
    forced: bool,
    trail: str,
    work: Work,
    depth: int,
) -> str:
    """What one valid link leaves in the text: a marker and its trail, or the trail."""
    ctx = work.ctx
    if not forced and title.kind == "language":
        ctx.metadata.append((f"interlanguage:{title.prefix.lower()}", _with_fragment(title)))
        return _TAKES_BREAK + trail
    if not forced and title.kind == "category":
        ctx.categories.append(title.name)
        return _TAKES_BREAK + trail
    if not forced and title.kind == "file":
        if not blank:
            # MediaWiki reads links in an image's caption (and in its other options).
            label = internal_links(external_links(label, work), work, depth + 1)
        return work.mark(_image(title, "" if blank else label, work)) + trail
    # [[Media:X.ogg|label]] is a link to the file itself, not an image: it falls
    # through to the plain links below.
    inside = re.match(ctx.options.link_trail, trail) if trail else None
    extra = inside.group() if inside is not None else ""
    token = LinkToken("link", title.text, label + extra, title.fragment, blank and not extra)
    return work.mark(token) + trail[len(extra) :]


def _with_fragment(title: Title) -> str:
    return title.name + (f"#{title.fragment}" if title.fragment else "")


def _take_line_breaks(text: str) -> str:
    """Apply preg_replace('/\\n\\s*$/', '', $s) where a category or language link was:
    such a link on a line of its own takes the line break before it (and the white
    space after that break) away.

    Done once over the text, after the links are read: doing it on the text so far at
    each link would rescan a long run of white space or of links every time.
    """
    if _TAKES_BREAK not in text:
        return text
    segments = text.split(_TAKES_BREAK)
    out = [segments[0]]
    for segment in segments[1:]:
        before = out[-1]
        end = len(before)
        while end > 0 and before[end - 1] in _PHP_SPACE:
            end -= 1
        newline = before.find("\n", end)
        if newline >= 0:
            out[-1] = before[:newline]
        out.append(segment)
    return "".join(out)


# ------------------------------------------------------------------ images

# Image options (MessagesEn.php magic words; they are case-sensitive), in the order
# MediaWiki tries them: literal words before the ones taking a value.
_ALIGN = {"left": "left", "right": "right", "center": "center", "centre": "center",
          "none": "none"}  # fmt: skip
_VALIGN = {"baseline": "baseline", "sub": "sub", "super": "super", "sup": "super",
           "top": "top", "text-top": "text-top", "middle": "middle", "bottom": "bottom",
           "text-bottom": "text-bottom"}  # fmt: skip
_FORMAT = {"thumb": "thumb", "thumbnail": "thumb", "frame": "frame", "framed": "frame",
           "enframed": "frame", "frameless": "frameless"}  # fmt: skip
_VALUED = re.compile(
    r"(?:(thumbnail|thumb)=|(upright)[= ]|(link)=|(alt)=|(class)=|(lang)=|(page)[= ])(.*)\Z",
    re.DOTALL,
)
_WIDTH = re.compile(r"([0-9]*)x([0-9]*)|([0-9]*)")


def _width_valid(value: str) -> bool:
    """Parser::parseWidthParam: "200", "200x100" or "x100" (white space and one more
    "px" allowed after), a size above zero."""
    value = value.rstrip()
    value = value[:-2].rstrip() if value.endswith("px") else value
    match = _WIDTH.fullmatch(value)
    # A number of any length is above zero when it has a digit other than 0.
    return match is not None and any(group.strip("0") for group in match.groups() if group)


def _option(part: str, work: Work) -> tuple[str, str] | None:
    """The option one ``|``-separated part sets, or None for a caption."""
    word = _english(part.strip(_PHP_SPACE + "\x00"), work.ctx.options.image_option_aliases)
    for table in (_ALIGN, _VALIGN, _FORMAT):
        if word in table:
            return table[word], ""
    if word in ("border", "upright"):
        return word, ""
    match = _VALUED.match(word)
    if match is not None:
        names = ("thumb", "upright", "link", "alt", "class", "lang", "page")
        name = next(n for n, group in zip(names, match.groups(), strict=False) if group is not None)
        value = plain_text(build(match.group(8), work))
        if name == "upright" and not re.fullmatch(r"\s*[0-9.]+(?:[eE][+-]?[0-9]+)?\s*", value):
            return None
        if name == "link" and not _link_valid(value, work):
            return None
        return name, value
    if word.endswith("px") and _width_valid(word[:-2]):
        return "width", word
    return None


def _english(word: str, aliases: tuple[tuple[str, str], ...]) -> str:
    """A localised option word (``mini``, ``hochkant=1.2``) in MediaWiki's English."""
    name, equals, value = word.partition("=")
    for local, english in aliases:
        if name == local:
            return english + equals + value
    return word


def _link_valid(value: str, work: Work) -> bool:
    """Parser::parseLinkParameter: empty, a URL, or a valid title."""
    options = work.ctx.options
    if not value or protocol_pattern(options.url_protocols).match(value):
        return True
    return parse_title(unquote(value) if "%" in value else value, options) is not None


def _image(title: Title, text: str, work: Work) -> Image:
    """Parser::makeImage: options from the parts MediaWiki knows, the last other part
    being the caption."""
    options: list[tuple[str, str]] = []
    caption = alt = ""
    seen: set[str] = set()
    # Where each named option is in options: MediaWiki keeps one value per name,
    # the last given (a frame format or an alignment is one group, the first wins).
    at: dict[str, int] = {}
    for part in text.split("|") if text else ():
        option = _option(part, work)
        group = None if option is None else _group(option[0])
        if option is None or (group in ("format", "align", "valign") and group in seen):
            # A second frame format is not an option (MediaWiki takes it for the
            # caption); a second alignment is ignored.
            if option is None or group == "format":
                caption = part
            continue
        if group is not None:
            seen.add(group)
        if option[0] == "alt":
            alt = option[1]
        if option[0] in at:
            options[at[option[0]]] = option
            continue
        at[option[0]] = len(options)
        options.append(option)
    inlines = _trimmed(build(caption.strip(_PHP_SPACE), work)) if caption else ()
    return Image(title.text, inlines, tuple(options), alt)


def _trimmed(content: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """A caption without the line breaks left at its ends (one before a block that
    cannot stand in a caption, such as a ``<source>`` block, which is reported)."""
    start, end = 0, len(content)
    while start < end and isinstance(content[start], SoftBreak):
        start += 1
    while end > start and isinstance(content[end - 1], SoftBreak):
        end -= 1
    return content[start:end]


def _group(name: str) -> str | None:
    if name in ("thumb", "frame", "frameless"):
        return "format"
    if name in _ALIGN.values():
        return "align"
    if name in _VALIGN.values():
        return "valign"
    return None
