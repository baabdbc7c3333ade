"""What the HTML writer lets through: MediaWiki's whitelist, its URL and CSS rules.

The writer does not trust the tree. A tree may come from the wikitext reader (which
already follows MediaWiki's Sanitizer), but also from ``from_dict`` (JSON made by
anyone), the flat reader or a Python program, so every element, attribute, URL, style
and raw HTML string is checked here while the page is written, against what it will
mean to a browser rather than how it is spelled.

The rules are MediaWiki's (``Sanitizer.php``): the elements and per-element attributes
of ``getRecognizedTagData`` and ``setupAttributesAllowedInternal``, the URL schemes of
``$wgUrlProtocols``, and ``checkCss`` for ``style``. Where MediaWiki is lenient because
its own output never reaches a place that would run the value, the writer is stricter:
``cite`` and microdata URLs must use an allowed scheme, and a style may not name
``javascript``/``vbscript``, ``behavior``, ``-moz-binding`` or ``@import`` either.
"""

from __future__ import annotations

import re
import unicodedata
from html import escape
from html.parser import HTMLParser

from wikiconv.css import LOOK_ALIKES, without_comments
from wikiconv.urls import URL_SCHEMES, decoded, safe_url
from wikiconv.urls import ignored_removed as _ignored_removed

__all__ = [
    "ELEMENT_ATTRIBUTES",
    "MEDIAWIKI_ELEMENTS",
    "URL_SCHEMES",
    "attrs_html",
    "check_css",
    "clean_attributes",
    "safe_attribute",
    "safe_id",
    "safe_url",
    "sanitize_html",
    "text_html",
]

# ------------------------------------------------------------------------- URLs

# The URL rules are urls.py's (URL_SCHEMES, safe_url), which the Markdown writer
# shares.


# ------------------------------------------------------------------------- elements

# Sanitizer::getRecognizedTagData: every element wikitext may write, paired or single.
# ``meta`` and ``link`` (allowed there for microdata only) are left out: they show
# nothing, and a ``link`` loads what its ``href`` names.
MEDIAWIKI_ELEMENTS = frozenset(
    (
        "b bdi del i ins u font big small sub sup h1 h2 h3 h4 h5 h6 cite code em s strike "
        "strong tt var div center blockquote ol ul dl table caption pre ruby rb rp rt rtc "
        "p span abbr dfn kbd samp data time mark br wbr hr li dt dd tr td th q bdo"
    ).split()
)
VOID_ELEMENTS = frozenset({"br", "wbr", "hr"})

# Sanitizer::setupAttributesAllowedInternal: the attributes each element may carry.
_COMMON = frozenset(
    (
        "id class style lang dir title tabindex aria-describedby aria-flowto aria-hidden "
        "aria-label aria-labelledby aria-level aria-owns role about property resource "
        "datatype typeof itemid itemprop itemref itemscope itemtype"
    ).split()
)
_BLOCK = _COMMON | {"align"}
_TABLE_ALIGN = frozenset({"align", "valign"})
_CELL = (
    _COMMON
    | _TABLE_ALIGN
    | set("abbr axis headers scope rowspan colspan nowrap width height bgcolor".split())
)
ELEMENT_ATTRIBUTES: dict[str, frozenset[str]] = {
    **dict.fromkeys("div h1 h2 h3 h4 h5 h6 p caption".split(), _BLOCK),
    **dict.fromkeys(
        (
            "center span em strong cite dfn code samp kbd var abbr sub sup wbr dl dd dt "
            "tt b i big small strike s u ruby rb rp rt rtc bdi bdo mark"
        ).split(),
        _COMMON,
    ),
    **dict.fromkeys(("blockquote", "q"), _COMMON | {"cite"}),
    **dict.fromkeys(("ins", "del"), _COMMON | {"cite", "datetime"}),
    "br": _COMMON | {"clear"},
    "pre": _COMMON | {"width"},
    "hr": _COMMON | {"width"},
    "ul": _COMMON | {"type"},
    "ol": _COMMON | {"type", "start", "reversed"},
    "li": _COMMON | {"type", "value"},
    "table": _COMMON
    | set("summary width border frame rules cellspacing cellpadding align bgcolor".split()),
    "tr": _COMMON | {"bgcolor"} | _TABLE_ALIGN,
    "td": _CELL,
    "th": _CELL,
    "font": _COMMON | {"size", "color", "face"},
    "data": _COMMON | {"value"},
    "time": _COMMON | {"datetime"},
}
# Attributes whose value a browser may fetch or follow: each URL in them is checked.
_URL_VALUED = frozenset({"href", "src", "cite", "itemid", "itemtype", "about", "resource"})
# RDFa and microdata names, which MediaWiki refuses only when they name a script scheme.
_CURIE_VALUED = frozenset({"rel", "rev", "property", "datatype", "typeof", "itemprop"})
_SCRIPT_TOKEN = re.compile(r"(?:^|\s|\*/\s*)(?:javascript|vbscript)(?:\W|$)", re.IGNORECASE)
_ID_LISTS = frozenset("aria-describedby aria-flowto aria-labelledby aria-owns".split())
# Sanitizer: an attribute name, and the data-* names MediaWiki keeps for itself.
_NAME = re.compile(r"[:_\w][:_.\-\w]*")
_DATA = re.compile(r"data-[^:]*")
_RESERVED_DATA = re.compile(r"data-(?:ooui|mw|parsoid)", re.IGNORECASE)
# Every name the writer may write at all, its own included (the last line of defence).
_WRITABLE = frozenset().union(*ELEMENT_ATTRIBUTES.values()) | {"href", "src", "alt", "rel"}


def safe_id(value: str) -> str:
    """An id as MediaWiki writes one (html5 mode): white space as ``_``, 1024 at most."""
    return re.sub(r"\s", "_", value[:1024])


def _value(name: str, value: str) -> str | None:
    """``value`` made safe for attribute ``name``, or None when it must go."""
    if name == "style":
        return check_css(value)
    if name == "id":
        return safe_id(value) or None
    if name in _ID_LISTS:
        return " ".join(safe_id(part) for part in value.split())
    if name in _URL_VALUED:
        parts = value.split() if name in ("itemtype", "about", "resource") else [value]
        return value if parts and all(safe_url(part) is not None for part in parts) else None
    if name in _CURIE_VALUED:
        plain = decoded(value)
        if any(_SCRIPT_TOKEN.search(probe) for probe in (plain, _ignored_removed(plain))):
            return None
    if name == "tabindex" and value != "0":
        return None
    return value


def clean_attributes(
    attributes: tuple[tuple[str, str], ...], element: str, skip: frozenset[str] = frozenset()
) -> tuple[list[tuple[str, str]], bool]:
    """Sanitizer::validateTagAttributes for ``element``: the attributes it may carry,
    their values made safe, and whether anything had to be dropped.

    Names are compared lower-cased; the first of each name is kept (as a browser keeps
    it); names in ``skip`` are left out without counting as dropped.
    """
    allowed = ELEMENT_ATTRIBUTES.get(element, frozenset())
    kept: dict[str, str] = {}
    dropped = False
    for raw_name, raw_value in attributes:
        name = raw_name.strip().lower()
        if name in skip or name in kept:
            continue
        listed = name in allowed or (
            _DATA.fullmatch(name) is not None and _RESERVED_DATA.match(name) is None
        )
        value = _value(name, raw_value) if listed and _NAME.fullmatch(name) else None
        if value is None:
            dropped = True
        else:
            kept[name] = value
    if "itemscope" not in kept:
        # Microdata references mean nothing without a scope (as MediaWiki drops them).
        for name in ("itemtype", "itemid", "itemref"):
            dropped = kept.pop(name, None) is not None or dropped
    return list(kept.items()), dropped


def safe_attribute(name: str, value: str) -> str | None:
    """The writer's last check on any attribute it writes, its own included: a name it
    knows (never an event handler), a URL with an allowed scheme, a harmless style."""
    if name not in _WRITABLE and (_DATA.fullmatch(name) is None or not _NAME.fullmatch(name)):
        return None
    return _value(name, value)


# ------------------------------------------------------------------------- CSS

_CSS_ESCAPE = re.compile(r"\\(?:(\r\n|[\n\r\x0c])|([0-9A-Fa-f]{1,6})(?:\r\n|[ \t\r\n\x0c])?|(.)|$)")
_CSS_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
_CSS_ONLY_COMMENT = re.compile(r"\s*/\*[^*/]*\*/\s*")
# Sanitizer::checkCss's list, then what the writer refuses besides.
_CSS_INSECURE = re.compile(
    r"expression|accelerator\s*:|-o-link\s*:|-o-link-source\s*:|-o-replace\s*:"
    r"|url\s*\(|src\s*\(|image\s*\(|image-set\s*\(|attr\s*\([^)]*[\s,]url"
    r"|javascript|vbscript|behavior|-moz-binding|@import",
    re.IGNORECASE,
)
# An "s" followed by a mark that old browsers read as a repeat ("ss").
_DOUBLE_S = re.compile("s[\u3031\u309d\u30fc\u30fd\ufe7c\ufe7d\uff70]", re.IGNORECASE)


def _css_char(match: re.Match[str]) -> str:
    newline, hexadecimal, other = match.groups()
    if newline is not None:
        return ""  # a line continuation
    if hexadecimal is not None:
        code = int(hexadecimal, 16)
        char = chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"
    else:
        char = other if other is not None else "\\"
    # These stay escaped, so that the value still means what was checked.
    return f"\\{ord(char):x} " if char in "\n\"'\\" else char


def _normal_css(value: str) -> str:
    """Sanitizer::normalizeCss (after character references): escapes decoded,
    look-alikes folded, comments removed."""
    value = _CSS_ESCAPE.sub(_css_char, value).translate(LOOK_ALIKES)
    if not _CSS_ONLY_COMMENT.fullmatch(value):  # MediaWiki's "/* insecure input */" stays
        value = without_comments(value)
    return _DOUBLE_S.sub("ss", value)


def check_css(style: str) -> str | None:
    """Sanitizer::checkCss: the declarations as a browser reads them (escapes decoded,
    comments removed), or None when they could load or run anything.

    The check also looks at the value with white space removed and look-alike letters
    folded (``u rl(``, fullwidth ``expression``), and with character references decoded
    until nothing changes (``&#117;rl(``, ``&amp;#117;rl(``), in case the value is
    decoded once more on its way to a browser.
    """
    value = _normal_css(style)
    for probe in (value, _normal_css(decoded(style))):
        if _CSS_CONTROL.search(probe):
            return None
        folded = unicodedata.normalize("NFKC", probe)
        for text in (probe, folded, re.sub(r"\s+", "", folded)):
            if _CSS_INSECURE.search(text):
                return None
    return value


# ------------------------------------------------------------------------- escaping

# Characters HTML5 does not allow in a document (controls other than white space,
# noncharacters): each becomes U+FFFD, as an HTML parser would make of it anyway.
_NOT_IN_HTML = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff]")


def text_html(text: str) -> str:
    """Text as element content: ``&``, ``<`` and ``>`` escaped, no control characters."""
    return _NOT_IN_HTML.sub("\ufffd", escape(text, quote=False))


def attrs_html(pairs: list[tuple[str, str]]) -> str:
    """Attributes as `` name="value"``, values escaped quotes and all.

    Each pair is checked once more (:func:`safe_attribute`): a name the writer does not
    know, a URL with a scheme outside MediaWiki's list or a style that loads anything is
    left out, whatever code path built it.
    """
    out = []
    for name, value in pairs:
        safe = safe_attribute(name, value)
        if safe is not None:
            out.append(f' {name}="{_NOT_IN_HTML.sub(chr(0xFFFD), escape(safe, quote=True))}"')
    return "".join(out)


# ------------------------------------------------------------------------- raw HTML

# Elements dropped with everything in them: their content is script, style, another
# document, or is not shown.
_DROP_WITH_CONTENT = frozenset(
    (
        "script style iframe frame frameset object embed applet noscript noembed noframes "
        "template textarea title xmp select option svg math head audio video canvas"
    ).split()
)
_VOID_DROPPED = frozenset({"embed", "frame"})  # dropped, but have no content to skip


class _Rebuilder(HTMLParser):
    """Rebuilds HTML from its tokens, keeping only MediaWiki's elements and attributes.

    The output is made, not copied: text is escaped, attribute values are quoted and
    escaped, and no tag is written but one of the whitelist, so nothing a browser reads
    in it can differ from what was checked, however the input was spelled.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.open: list[str] = []
        self.hidden: list[str] = []  # elements being dropped with their content
        self.removed = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.hidden or tag in _DROP_WITH_CONTENT:
            self.removed = True
            if tag in _DROP_WITH_CONTENT and tag not in _VOID_DROPPED:
                self.hidden.append(tag)
            return
        if tag not in MEDIAWIKI_ELEMENTS:
            self.removed = True  # the element goes, its content stays
            return
        pairs = tuple((name, value or "") for name, value in attrs)
        kept, dropped = clean_attributes(pairs, tag)
        self.removed = self.removed or dropped
        self.out.append(f"<{tag}{attrs_html(kept)}>")
        if tag not in VOID_ELEMENTS:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.hidden:
            if tag in self.hidden:
                del self.hidden[self.hidden.index(tag) :]
            return
        if tag in VOID_ELEMENTS:
            return
        if tag not in self.open:
            self.removed = True  # an end tag with no start here cannot close the page's
            return
        while self.open:
            name = self.open.pop()
            self.out.append(f"</{name}>")
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.out.append(text_html(data))

    def handle_comment(self, data: str) -> None:
        self.removed = True

    def handle_decl(self, decl: str) -> None:
        self.removed = True

    def handle_pi(self, data: str) -> None:
        self.removed = True

    def unknown_decl(self, data: str) -> None:
        self.removed = True


def sanitize_html(html: str) -> tuple[str, bool]:
    """Raw HTML with only MediaWiki's whitelisted elements and attributes, balanced on
    its own; and whether anything had to be removed.

    Elements outside the whitelist keep their text, except those whose content is
    script, style or another document (``script``, ``style``, ``iframe``, ``svg``…),
    which go with it. Comments and declarations go. Elements left open are closed.
    """
    rebuilder = _Rebuilder()
    rebuilder.feed(html)
    rebuilder.close()
    closing = "".join(f"</{name}>" for name in reversed(rebuilder.open))
    return "".join(rebuilder.out) + closing, rebuilder.removed
