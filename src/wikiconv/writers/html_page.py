"""What the HTML writer builds around the node methods: safety, footnotes, the page.

Escaping keeps text from becoming markup, but a well-escaped ``href`` can still run
script (``javascript:``) and a well-escaped ``style`` can still load content, so values
that browsers interpret are checked here against what they will mean to a browser, not
against how they are spelled: entities are decoded and the characters browsers ignore
in a scheme are removed before looking. Only the elements and attributes listed here
are ever copied from the tree.
"""

from __future__ import annotations

import re
from html import escape

from wikiconv.urls import decoded

__all__ = [
    "BLOCK_TAGS",
    "INLINE_TAGS",
    "PAGE_CSS",
    "attrs_html",
    "clean_attributes",
    "image_attributes",
    "page",
    "safe_style",
    "text_html",
]

# Inline and block elements copied from the tree; anything else keeps only its content.
INLINE_TAGS = frozenset(
    "span abbr q cite dfn kbd samp var mark bdi bdo big ruby rb rt rp time data code".split()
)
# Source tag -> (written tag, class it adds): obsolete tags become a styled div.
BLOCK_TAGS: dict[str, tuple[str, str]] = {
    "div": ("div", ""),
    "center": ("div", "center"),
    "section": ("section", ""),
    "aside": ("aside", ""),
    "address": ("address", ""),
    "details": ("details", ""),
    "summary": ("summary", ""),
    "figure": ("figure", ""),
    "figcaption": ("figcaption", ""),
}
_SAFE_ATTRIBUTES = frozenset(
    "class id title lang dir colspan rowspan scope align width style".split()
)
# A few tags carry their meaning in one attribute that holds no URL.
_TAG_ATTRIBUTES = {"time": frozenset({"datetime"}), "data": frozenset({"value"})}
_IMAGE_CLASSES = frozenset(
    "thumb thumbnail frame framed frameless border left right center none".split()
)
_SIZE = re.compile(r"(\d*)(?:x(\d+))?px")

_CSS_COMMENT = re.compile(r"/\*.*?(?:\*/|\Z)", re.DOTALL)
_BAD_STYLE = ("url(", "expression", "javascript", "\\", "behavior", "-moz-binding", "@import")


def safe_style(style: str) -> bool:
    """Whether a ``style`` attribute only sets properties, loading and running nothing."""
    for probe in (style, decoded(style)):
        flat = re.sub(r"\s+", "", _CSS_COMMENT.sub("", probe)).lower()
        if any(bad in flat for bad in _BAD_STYLE):
            return False
    return True


def clean_attributes(
    attributes: tuple[tuple[str, str], ...], tag: str = "", skip: frozenset[str] = frozenset()
) -> tuple[list[tuple[str, str]], bool]:
    """The attributes safe to copy, and whether any had to be dropped.

    The first of each name is kept, lower-cased; names in ``skip`` are left out without
    counting as dropped.
    """
    allowed = _SAFE_ATTRIBUTES | _TAG_ATTRIBUTES.get(tag, frozenset())
    kept: dict[str, str] = {}
    dropped = False
    for name, value in attributes:
        key = name.strip().lower()
        if key in skip or key in kept:
            continue
        if key in allowed and (key != "style" or safe_style(value)):
            kept[key] = value
        else:
            dropped = True
    return list(kept.items()), dropped


def image_attributes(
    options: tuple[tuple[str, str], ...],
) -> tuple[list[str], list[tuple[str, str]]]:
    """Classes (``thumb``, ``right``…) and ``width``/``height`` from an image's options.

    Options that only a wiki engine can act on (``link=``, ``upright``) are ignored:
    they change presentation, not content.
    """
    classes: list[str] = []
    sizes: list[tuple[str, str]] = []
    for name, value in options:
        for word in (name.strip().lower(), value.strip().lower()):
            size = _SIZE.fullmatch(word)
            if size is not None:
                width, height = size.groups()
                sizes += [pair for pair in (("width", width), ("height", height)) if pair[1]]
            elif word in _IMAGE_CLASSES and word not in classes:
                classes.append(word)
    return classes, sizes


# Characters HTML5 does not allow in a document (controls other than white space,
# noncharacters): each becomes U+FFFD, as an HTML parser would make of it anyway.
_NOT_IN_HTML = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff]")


def text_html(text: str) -> str:
    """Text as element content: ``&``, ``<`` and ``>`` escaped, no control characters."""
    return _NOT_IN_HTML.sub("\ufffd", escape(text, quote=False))


def attrs_html(pairs: list[tuple[str, str]]) -> str:
    """Attributes as `` name="value"``, values escaped quotes and all."""
    return "".join(
        f' {name}="{_NOT_IN_HTML.sub(chr(0xFFFD), escape(value, quote=True))}"'
        for name, value in pairs
    )


PAGE_CSS = """\
body { margin: 0; background: #fff; color: #202122;
  font: 1rem/1.6 Georgia, "Times New Roman", serif; }
article { max-width: 60rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
h1, h2, h3, h4, h5, h6 { font-family: system-ui, sans-serif; line-height: 1.25; }
h1, h2 { border-bottom: 1px solid #a2a9b1; padding-bottom: .2em; }
a { color: #36c; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #a2a9b1; padding: .3em .6em; text-align: left; vertical-align: top; }
caption { font-weight: bold; padding: .3em; }
table.infobox { width: 100%; background: #f8f9fa; font-size: 90%; }
@media (min-width: 50rem) {
  table.infobox { float: right; clear: right; width: 22rem; margin: 0 0 1em 1.5em; }
}
pre { overflow-x: auto; padding: .75em; background: #f8f9fa; border: 1px solid #eaecf0; }
blockquote { margin: 1em 0; padding-left: 1em; border-left: 3px solid #c8ccd1; }
figure { margin: 1em 0; }
img { max-width: 100%; height: auto; }
ul.gallery { display: flex; flex-wrap: wrap; gap: 1em; padding: 0; list-style: none; }
div.math, span.math.display { display: block; margin: .5em 0 .5em 1.5em; }
.math { font-family: "Latin Modern Math", "STIX Two Math", serif; }
.center { text-align: center; }
sup.reference { line-height: 1; }
ol.references { font-size: 90%; }
"""


def page(body: str, title: str | None, lang: str) -> str:
    """A complete HTML5 document around an article fragment; no script, one style."""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(lang, quote=True)}">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title or 'Untitled', quote=False)}</title>\n"
        f"<style>\n{PAGE_CSS}</style>\n"
        "</head>\n"
        "<body>\n"
        "<article>\n"
        f"{body}\n"
        "</article>\n"
        "</body>\n"
        "</html>\n"
    )
