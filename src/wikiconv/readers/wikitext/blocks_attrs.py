"""HTML attributes read the way MediaWiki's Sanitizer reads them.

``{| class="x"``, ``|- style="y"``, ``| colspan=2 |`` and written tags such as
``<div align=center>`` all go through ``Sanitizer::fixTagAttributes``: the attribute
text is split with the same tolerant pattern (so junk such as ``<span>boo</span>``
before an attribute is skipped, not fatal), names are lower-cased, values have their
white space collapsed and their character references decoded, and only the attributes
MediaWiki allows on that element are kept. Keeping exactly MediaWiki's list means the
tree holds what MediaWiki would have rendered, no more.
"""

from __future__ import annotations

import re

from wikiconv.ast import Attributes
from wikiconv.readers.wikitext.context import MARKER
from wikiconv.readers.wikitext.inline_common import decode_refs as decode_entities

__all__ = ["cell_spans", "sanitize_attributes"]

_SPACE = "\t\n\x0c\r "
# Sanitizer::getAttribsRegex(): a name, then optionally "=" and a value that is
# double-quoted, single-quoted (either may run to the end) or bare.
_ATTRIBUTE = re.compile(
    rf"((?:[^{_SPACE}/>=]|=)[^{_SPACE}/>=]*)"
    rf"([{_SPACE}]*=[{_SPACE}]*"
    rf"(?:\"([^\"]*)(?:\"|$)|'([^']*)(?:'|$)|([^{_SPACE}>]*)))?",
    re.DOTALL,
)
# Sanitizer::getAttribNameRegex(): what survives as a name.
_NAME = re.compile(r"[:_\w][:_.\-\w]*\Z")

_COMMON = frozenset(
    "id class style lang dir title tabindex aria-describedby aria-flowto aria-hidden "
    "aria-label aria-labelledby aria-owns role about property resource datatype typeof "
    "itemid itemprop itemref itemscope itemtype".split()
)
_BLOCK = _COMMON | {"align"}
_CELL = _COMMON | frozenset(
    "abbr axis headers scope rowspan colspan nowrap width height bgcolor align valign".split()
)
# Sanitizer::setupAttributesAllowedInternal(), for the elements this pass builds.
_ALLOWED: dict[str, frozenset[str]] = {
    "div": _BLOCK,
    "center": _COMMON,
    "p": _BLOCK,
    "blockquote": _COMMON | {"cite"},
    "pre": _COMMON | {"width"},
    "ul": _COMMON | {"type"},
    "ol": _COMMON | {"type", "start", "reversed"},
    "li": _COMMON | {"type", "value"},
    "dl": _COMMON,
    "dt": _COMMON,
    "dd": _COMMON,
    "table": _COMMON
    | frozenset("summary width border frame rules cellspacing cellpadding align bgcolor".split()),
    "caption": _BLOCK,
    "tr": _COMMON | {"bgcolor", "align", "valign"},
    "td": _CELL,
    "th": _CELL,
    "hr": _COMMON | {"width"},
    **{f"h{level}": _BLOCK for level in range(1, 7)},
}
_RESERVED_DATA = re.compile(r"data-(?:ooui|mw|parsoid)", re.IGNORECASE)
_DATA = re.compile(r"data-[^:]*\Z", re.IGNORECASE)
_EVIL_URI = re.compile(r"(?:^|\s|\*/\s*)(?:javascript|vbscript)(?:\W|$)", re.IGNORECASE)
_URI_VALUED = frozenset("about property resource datatype typeof itemid itemprop itemref".split())
_CSS_ESCAPE = re.compile(r"\\(?:(\r\n|[\n\r\x0c])|([0-9A-Fa-f]{1,6})[ \t\r\n\x0c]?|(.)|$)", re.S)
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_CSS_INSECURE = re.compile(
    r"expression|filter\s*:|accelerator\s*:|-o-link\s*:|-o-link-source\s*:|-o-replace\s*:"
    r"|url\s*\(|image\s*\(|image-set\s*\(|attr\s*\([^)]+[\s,]+url|var\s*\(",
    re.IGNORECASE,
)
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")


def sanitize_attributes(text: str, element: str) -> Attributes:
    """The attributes in ``text`` that MediaWiki keeps on ``element``, in source order.

    A repeated name keeps its first position and its last value, as PHP's arrays do.
    """
    # A template call in attributes gives CSS or classes only once expanded, and
    # templates are not expanded: its marker is left out, not copied into a value.
    text = MARKER.sub("", text)
    if not text.strip(_SPACE):
        return ()
    allowed = _ALLOWED.get(element, _COMMON)
    kept: dict[str, str] = {}
    for match in _ATTRIBUTE.finditer(text):
        name = match.group(1).lower()
        if not _NAME.match(name):
            continue
        raw = next((g for g in match.group(3, 4, 5) if g is not None), "")
        value = decode_entities(" ".join(raw.split()))
        checked = _check(name, value, allowed)
        if checked is not None:
            kept[name] = checked
    if "itemscope" not in kept:
        for name in ("itemtype", "itemid", "itemref"):
            kept.pop(name, None)
    return tuple(kept.items())


def _check(name: str, value: str, allowed: frozenset[str]) -> str | None:
    """Sanitizer::validateAttributes for one attribute: its kept value, or None."""
    if (name not in allowed and not _DATA.match(name)) or _RESERVED_DATA.match(name):
        return None
    if name == "style":
        return _check_css(value)
    if name == "id":
        return re.sub(r"[\t\n\x0c\r ]", "_", value)
    if name in _URI_VALUED and _EVIL_URI.search(value):
        return None
    if name == "tabindex" and value != "0":
        return None
    return value


def _check_css(value: str) -> str:
    """Sanitizer::checkCss: the normalised declaration, or a comment saying it was unsafe."""
    value = _CSS_ESCAPE.sub(_css_unescape, value)
    if not re.fullmatch(r"\s*/\*[^*/]*\*/\s*", value):
        value = _CSS_COMMENT.sub(" ", value)
        start = value.find("/*")
        if start != -1:
            value = value[:start]
    if _CONTROL.search(value):
        return "/* invalid control char */"
    if _CSS_INSECURE.search(value):
        return "/* insecure input */"
    return value


def _css_unescape(match: re.Match[str]) -> str:
    newline, number, other = match.groups()
    if newline is not None:
        return ""
    if number is not None:
        code = int(number, 16)
        char = chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"
    else:
        char = other if other is not None else "\\"
    # Characters that would end a CSS string stay escaped, as MediaWiki keeps them.
    return f"\\{ord(char):x} " if char in "\n\"'\\" else char


def cell_spans(attributes: Attributes) -> tuple[int, int, Attributes]:
    """colspan, rowspan and the other attributes of a cell, as HTML reads the spans.

    A browser takes the leading digits of the value; zero, junk or nothing means 1.
    The caps are HTML's (1000 columns, 65534 rows).
    """
    if not attributes:
        return 1, 1, ()
    spans = {"colspan": 1, "rowspan": 1}
    rest: list[tuple[str, str]] = []
    for name, value in attributes:
        if name in spans:
            digits = re.match(r"\s*0*(\d+)", value)
            limit = 1000 if name == "colspan" else 65534
            # Long digit runs are capped before int() sees them (it refuses huge ones).
            number = 0 if digits is None else int(digits.group(1)[:6])
            if digits is not None and len(digits.group(1)) > 6:
                number = limit
            spans[name] = min(number, limit) if number > 0 else 1
        else:
            rest.append((name, value))
    return spans["colspan"], spans["rowspan"], tuple(rest)
