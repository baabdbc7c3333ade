"""HTML tags in wikitext, as MediaWiki's Sanitizer sees them.

``sanitize`` is Sanitizer::internalRemoveHtmlTags: the text is cut at every ``<``;
a piece that starts with a tag of the whitelist becomes a tag token with cleaned
attributes, anything else (``<script>``, ``<foo>``, ``<b→>``, a lone ``<``) stays text,
its ``<`` and ``>`` written as ``&lt;``/``&gt;`` as MediaWiki writes them, so that later
passes treat them the way MediaWiki's do (a URL ends there, a title may not hold one).
Balancing the tags is left to the tree builder, as MediaWiki leaves it to tidy.
"""

from __future__ import annotations

import re

from wikiconv.ast import Attributes
from wikiconv.css import LOOK_ALIKES, without_comments
from wikiconv.readers.wikitext.context import MARKER
from wikiconv.readers.wikitext.inline_common import TagToken, Work, decode_refs

__all__ = ["ALLOWED", "VOID", "clean_attributes", "decode_attributes", "sanitize"]

# Sanitizer::getRecognizedTagData: pairs, single (void) tags and "nestable" tags.
_PAIRS = (
    "b bdi del i ins u font big small sub sup h1 h2 h3 h4 h5 h6 cite code em s strike "
    "strong tt var div center blockquote ol ul dl table caption pre ruby rb rp rt rtc p "
    "span abbr dfn kbd samp data time mark"
).split()
_SINGLE = "br wbr hr li dt dd meta link".split()
_NEST = (
    "table tr td th div blockquote ol ul li dl dt dd font big small sub sup span var kbd "
    "samp em strong q ruby bdo"
).split()
ALLOWED = frozenset(_PAIRS + _SINGLE + _NEST)
# Tags that never have content: their end tag is ignored (``</br>`` excepted).
VOID = frozenset("br wbr hr meta link".split())
# A self-closed one of these means an empty element (``<li/>``), not a start tag.
_SELF_CLOSING = frozenset(_SINGLE)

# Sanitizer::ELEMENT_BITS_REGEX. MediaWiki cuts the text at every "<" and looks for a
# tag at the start of each piece, so neither name nor attributes may hold a "<". A
# name is a letter and then anything but white space (PCRE's \v is vertical space),
# "/", ">" or NUL.
# The name is matched inside a lookahead and then taken by a back-reference: an atomic
# group, so that a "<name" with no ">" after it is given up at once instead of being
# retried with every shorter name (quadratic on a long run).
_ELEMENT = re.compile("<(/?)(?=([A-Za-z][^\t\n\x0b\x0c\r\x85\u2028\u2029 />\x00<]*))\\2([^<>]*)>")

# Sanitizer::getAttribsRegex: a name, then optionally "=" and a quoted or bare value.
_SPACE = "\t\n\x0c\r "
_ATTRIBUTE = re.compile(
    rf"((?:[^{_SPACE}/>=]|=)[^{_SPACE}/>=]*)"
    rf"(?:[{_SPACE}]*=[{_SPACE}]*"
    rf"(?:\"([^\"]*)(?:\"|$)|'([^']*)(?:'|$)|((?:(?![{_SPACE}>]).)*)))?",
    re.DOTALL,
)

# Attributes allowed per element (Sanitizer::setupAttributesAllowedInternal).
_COMMON = frozenset(
    "id class style lang dir title tabindex aria-describedby aria-flowto aria-hidden "
    "aria-label aria-labelledby aria-level aria-owns role about property resource "
    "datatype typeof itemid itemprop itemref itemscope itemtype".split()
)
_BLOCK = _COMMON | {"align"}
_CELL = _COMMON | set(
    "abbr axis headers scope rowspan colspan nowrap width height bgcolor align valign".split()
)
_ATTRIBUTES_OF: dict[str, frozenset[str]] = {
    **dict.fromkeys("div h1 h2 h3 h4 h5 h6 p caption".split(), _BLOCK),
    **dict.fromkeys(
        "center span bdo em strong cite dfn code samp kbd var abbr sub sup wbr dl dd dt tt "
        "b i big small strike s u ruby rb rp rt rtc bdi mark".split(),
        _COMMON,
    ),
    "blockquote": _COMMON | {"cite"},
    "q": _COMMON | {"cite"},
    "br": _COMMON | {"clear"},
    "pre": _COMMON | {"width"},
    "ins": _COMMON | {"cite", "datetime"},
    "del": _COMMON | {"cite", "datetime"},
    "ul": _COMMON | {"type"},
    "ol": _COMMON | {"type", "start", "reversed"},
    "li": _COMMON | {"type", "value"},
    "table": _COMMON
    | set("summary width border frame rules cellspacing cellpadding align bgcolor".split()),
    "tr": _COMMON | {"bgcolor", "align", "valign"},
    "td": frozenset(_CELL),
    "th": frozenset(_CELL),
    "font": _COMMON | {"size", "color", "face"},
    "hr": _COMMON | {"width"},
    "data": _COMMON | {"value"},
    "time": _COMMON | {"datetime"},
    "meta": frozenset({"itemprop", "content"}),
    "link": frozenset({"itemprop", "href", "title"}),
}
_NAME = re.compile(r"[:_\w][:_.\-\w]*")
_EVIL_URI = re.compile(r"(^|\s|\*/\s*)(javascript|vbscript)([^\w]|$)", re.IGNORECASE)
_XMLNS = re.compile(r"xmlns:[:A-Z_a-z\-.0-9]+")
_URI_ATTRIBUTES = frozenset(
    "rel rev about property resource datatype typeof itemid itemprop itemref itemscope "
    "itemtype".split()
)
_ID_LISTS = frozenset("aria-describedby aria-flowto aria-labelledby aria-owns".split())


def sanitize(text: str, work: Work) -> str:
    """Whitelisted tags become token markers; every other ``<`` and ``>`` is escaped."""
    if "<" not in text:
        return text.replace(">", "&gt;")
    out: list[str] = []
    done = 0
    # Tokens are immutable, so a tag written twice the same way shares its markers.
    seen: dict[str, str | None] = {}
    for match in _ELEMENT.finditer(text):
        source = match.group()
        if source not in seen:
            seen[source] = _tag(match, work)
        markers = seen[source]
        if markers is not None:
            out.append(_escape(text[done : match.start()]))
            out.append(markers)
            done = match.end()
    out.append(_escape(text[done:]))
    return "".join(out)


def _escape(text: str) -> str:
    return text.replace("<", "&lt;").replace(">", "&gt;")


def _tag(match: re.Match[str], work: Work) -> str | None:
    """The markers for one tag, or None when MediaWiki leaves it as text."""
    slash, name, params = match.groups()
    name = name.lower()
    if name not in ALLOWED:
        return None
    self_closed = params.endswith("/")
    if self_closed:
        params = params[:-1]
    # Markers in attribute values stand for nowiki text and the like: MediaWiki
    # unstrips them before it looks at the value.
    if "\x7f" in params:
        params = work.plain(params)
    pairs = decode_attributes(params)
    if name in ("meta", "link") and not _valid_microdata(name, pairs):
        return None
    attributes = clean_attributes(pairs, name)
    if slash:
        return work.mark(TagToken(name, "close"))
    if name in VOID:
        return work.mark(TagToken(name, "void", attributes))
    opened = work.mark(TagToken(name, "open", attributes))
    if self_closed and name in _SELF_CLOSING:
        # <li/> is an empty element; <span/> is only a start tag (T134423).
        return opened + work.mark(TagToken(name, "close"))
    return opened


def _valid_microdata(name: str, pairs: dict[str, str]) -> bool:
    """<meta> and <link> are only allowed as microdata (Sanitizer::validateTag)."""
    if "itemprop" not in pairs:
        return False
    return "content" in pairs if name == "meta" else "href" in pairs


def decode_attributes(params: str) -> dict[str, str]:
    """Sanitizer::decodeTagAttributes: lower-case names, the last value of each wins."""
    pairs: dict[str, str] = {}
    params = MARKER.sub("", params)  # unexpanded templates give no attribute text
    if not params.strip():
        return pairs
    for match in _ATTRIBUTE.finditer(params):
        name = match.group(1).lower()
        if not _NAME.fullmatch(name):
            continue
        double, single, bare = match.group(2), match.group(3), match.group(4)
        value = next((v for v in (bare, single, double) if v is not None), "")
        value = re.sub(r"[\t\r\n ]+", " ", value).strip()
        pairs[name] = decode_refs(value)
    return pairs


def clean_attributes(pairs: dict[str, str], tag: str) -> Attributes:
    """Sanitizer::validateTagAttributes: what an element may carry, made safe."""
    if not pairs:
        return ()
    allowed = _ATTRIBUTES_OF.get(tag, frozenset())
    out: dict[str, str] = {}
    for name, raw in pairs.items():
        value = raw
        if _XMLNS.fullmatch(name):
            if not _EVIL_URI.search(value):
                out[name] = value
            continue
        is_data = re.fullmatch(r"data-[^:]*", name, re.IGNORECASE) is not None
        if (not is_data and name not in allowed) or re.match(
            r"data-(ooui|mw|parsoid)", name, re.IGNORECASE
        ):
            continue
        if name == "style":
            value = check_css(value)
        if name == "id":
            value = _escape_id(value)
            if not value:
                continue
        if name in _ID_LISTS:
            value = " ".join(_escape_id(part) for part in value.split())
        if name in _URI_ATTRIBUTES and _EVIL_URI.search(value):
            continue
        if name == "tabindex" and value != "0":
            continue
        out[name] = value
    if "itemscope" not in out:
        for name in ("itemtype", "itemid", "itemref"):
            out.pop(name, None)
    return tuple(out.items())


def _escape_id(value: str) -> str:
    """An id in MediaWiki's html5 mode: white space becomes "_", length is capped."""
    return re.sub(r"[\t\n\x0c\r ]", "_", value[:1024])


# ------------------------------------------------------------------ style attributes

_CSS_ESCAPE = re.compile(r"\\(?:(\n|\r\n|\r|\x0c)|([0-9A-Fa-f]{1,6})[ \t\r\n\x0c]?|(.)|())")
_CSS_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
_CSS_INSECURE = re.compile(
    r"expression|accelerator\s*:|-o-link\s*:|-o-link-source\s*:|-o-replace\s*:"
    r"|url\s*\(|src\s*\(|image\s*\(|image-set\s*\(",
    re.IGNORECASE,
)
# MediaWiki's last case, attr\s*\([^)]+[\s,]+url, is checked one ")"-free stretch at a
# time (as a regular expression it would rescan from every "attr(").
_CSS_ATTR = re.compile(r"attr\s*\(", re.IGNORECASE)
_CSS_ATTR_URL = re.compile(r"[\s,]url", re.IGNORECASE)


def _css_unescape(match: re.Match[str]) -> str:
    newline, hexadecimal, other, _ = match.groups()
    if newline is not None:
        return ""
    if hexadecimal is not None:
        code = int(hexadecimal, 16)
        char = chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"
    else:
        char = other if other is not None else "\\"
    if char in "\n\"'\\":
        # Characters that must stay escaped inside a CSS string.
        return f"\\{ord(char):x} "
    return char


def check_css(value: str) -> str:
    """Sanitizer::checkCss: the declarations, or a comment if they could load or run."""
    value = _CSS_ESCAPE.sub(_css_unescape, decode_refs(value))
    value = _ascii_lookalikes(value)
    if not re.fullmatch(r"\s*/\*[^*/]*\*/\s*", value):
        # Comments go (IE split tokens at them), and so does anything after an
        # unterminated one.
        value = without_comments(value)
    if _CSS_CONTROL.search(value):
        return "/* invalid control char */"
    if _CSS_INSECURE.search(value) or any(
        (attr := _CSS_ATTR.search(stretch)) and _CSS_ATTR_URL.search(stretch, attr.end() + 1)
        for stretch in value.split(")")
    ):
        return "/* insecure input */"
    return value


# "s" before a repeat or prolonged-sound mark, which old browsers read as "ss".
_S_MARK = re.compile("s[\u3031\u309d\u30fc\u30fd\ufe7c\ufe7d\uff70]")


def _ascii_lookalikes(value: str) -> str:
    """Letters old browsers read as ASCII in CSS, folded as Sanitizer::checkCss folds them."""
    return _S_MARK.sub("ss", value.translate(LOOK_ALIKES))
