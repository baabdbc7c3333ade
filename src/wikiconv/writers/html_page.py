"""What the HTML writer builds around the node methods: elements, attributes, the page.

The safety rules themselves (MediaWiki's whitelist, URL schemes, CSS checks, raw HTML)
are in :mod:`wikiconv.writers.html_sanitize`; here are the elements the writer copies
from the tree, the escaping every piece of output goes through, and the page shell.
:func:`attrs_html` (from there) is the one place attributes are written, and it checks
each one again, so that no code path can write an event handler or a ``javascript:`` URL.
"""

from __future__ import annotations

import re
from html import escape

from wikiconv.writers.html_sanitize import attrs_html, check_css, clean_attributes, text_html

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

# Inline and block elements copied from the tree, all on MediaWiki's whitelist
# (html_sanitize.MEDIAWIKI_ELEMENTS); anything else keeps only its content.
INLINE_TAGS = frozenset(
    "span abbr q cite dfn kbd samp var mark bdi bdo big ruby rb rt rp time data code".split()
)
# Source tag -> (written tag, class it adds): the obsolete <center> becomes a styled div.
BLOCK_TAGS: dict[str, tuple[str, str]] = {"div": ("div", ""), "center": ("div", "center")}
_IMAGE_CLASSES = frozenset(
    "thumb thumbnail frame framed frameless border left right center none".split()
)
_SIZE = re.compile(r"(\d*)(?:x(\d+))?px")


def safe_style(style: str) -> bool:
    """Whether a ``style`` attribute only sets properties, loading and running nothing."""
    return check_css(style) is not None


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
