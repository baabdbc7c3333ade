"""The Markdown and the HTML of one document show the same structure.

Markdown is rendered by markdown-it-py and the HTML parsed by html5lib; both must give
the same headings, list items and table cells, with the same text, for every fixture
(and every article of the Wikipedia corpus, in test_corpus.py).

Where the two formats differ by design, the difference is normalised here, each with
its reason; everything else must agree exactly.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree.ElementTree import Element

import html5lib
import pytest
from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode
from mdit_py_plugins.dollarmath import dollarmath_plugin
from mdit_py_plugins.footnote import footnote_plugin

import wikiconv

from conftest import FIXTURES, read_text_exact

# The writer's Markdown is CommonMark with GFM tables, strikethrough and footnotes.
# GFM's $…$ math, which the Markdown writer writes and GitHub reads.
MD = (
    MarkdownIt("commonmark")
    .enable("table")
    .enable("strikethrough")
    .use(footnote_plugin)
    .use(dollarmath_plugin)
)
CASES = sorted(p for p in (FIXTURES / "flat").iterdir() if (p / "input.txt").exists())

Structure = dict[str, list[str]]

# Lists the HTML writer adds as apparatus, none of which is a list in the tree: the
# footnote texts (Markdown writes footnote definitions, which are no list items), the
# categories (Markdown does not write them) and a gallery's figures (Markdown, which
# has no figures, writes each image as a paragraph).
_APPARATUS = frozenset({"references", "categories", "gallery"})
_LISTS = ("ul", "ol")
# The GFM infobox table needs a header row that the HTML infobox does not have.
_INFOBOX_HEAD = ["Field", "Value"]


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _table(rows: list[list[str]]) -> list[str]:
    """A table's rows as GFM holds them, one string per row.

    Every GFM row has the table's width (markdown-it pads short rows with empty cells),
    and a GFM table must have a header row, so the writer gives a table without one an
    empty header: an all-empty first row is no content, on either side.
    """
    width = max(map(len, rows), default=0)
    rows = [row + [""] * (width - len(row)) for row in rows]
    if rows and not any(rows[0]):
        rows = rows[1:]
    return [" | ".join(row) for row in rows]


def _new() -> Structure:
    return {"headings": [], "items": [], "cells": []}


# --------------------------------------------------------------------------- HTML


class _Html:
    """The structure of an HTML fragment as a browser shows it."""

    def __init__(self, root: Element) -> None:
        # Markdown has one run of footnotes, which markdown-it numbers in the order they
        # are first cited; the HTML writer numbers each group on its own ("[note 1]").
        # HTML markers are compared by Markdown's rule, which still shows any footnote
        # lost, added or cited out of turn.
        self.notes: dict[str, int] = {}
        for sup in root.iter("sup"):
            link = sup.find("a")
            if "reference" in _classes(sup) and link is not None:
                self.notes.setdefault(link.get("href", ""), len(self.notes) + 1)
        self.found = _new()
        self.walk(root)

    def text(self, element: Element, skip: tuple[str, ...] = ()) -> str:
        """What the element shows, a line break as a space, leaving out ``skip`` elements."""
        parts = [element.text or ""]
        for child in element:
            link = child.find("a")
            if child.tag == "br":
                parts.append(" ")
            elif child.tag == "sup" and "reference" in _classes(child) and link is not None:
                parts.append(f"[{self.notes[link.get('href', '')]}]")
            elif child.tag not in skip:
                parts.append(self.text(child, skip))
            parts.append(child.tail or "")
        return "".join(parts)

    def walk(self, element: Element) -> None:
        for child in element:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag in _LISTS and _classes(child) & _APPARATUS:
                continue
            if re.fullmatch(r"h[1-6]", tag):
                self.found["headings"].append(f"{tag} {_squash(self.text(child))}")
            elif tag == "li":
                # Its own text: nested lists and tables have items and cells of their own.
                self.found["items"].append(_squash(self.text(child, (*_LISTS, "table"))))
            elif tag == "table":
                # A table inside a cell cannot stay there in GFM: Markdown writes it after
                # its table, which is where walking the cells next finds it.
                self.found["cells"] += _table(self.rows(child))
            self.walk(child)

    def rows(self, table: Element) -> list[list[str]]:
        """The table's own rows (not those of tables in its cells) in the HTML table model.

        GFM has no spans: each cell is set in the slot the table model gives it, and a
        slot that a spanning cell covers is an empty cell, as the Markdown writer
        writes it.
        """
        rows = [
            [cell for cell in row if cell.tag in ("td", "th")]
            for part in table
            if part.tag in ("thead", "tbody", "tfoot")
            for row in part
            if row.tag == "tr"
        ]
        taken: set[tuple[int, int]] = set()
        out = []
        for y, cells in enumerate(rows):
            slots: dict[int, str] = {}
            x = 0
            for cell in cells:
                while (y, x) in taken:
                    x += 1
                wide, high = _span(cell, "colspan"), min(_span(cell, "rowspan"), len(rows) - y)
                taken.update((y + dy, x + dx) for dy in range(high) for dx in range(wide))
                slots[x] = _squash(self.text(cell, ("table",)))
                x += wide
            out.append([slots.get(column, "") for column in range(x)])
        return out


def _span(cell: Element, name: str) -> int:
    """A cell's colspan or rowspan as a browser reads it, within HTML's limits."""
    value = cell.get(name, "1")
    limit = 1000 if name == "colspan" else 65534
    return min(max(int(value), 1), limit) if value.isdigit() else 1


def _classes(element: Element) -> set[str]:
    return set(element.get("class", "").split())


def html_structure(html: str) -> Structure:
    """Headings, list items' own text and table rows of HTML, as a browser shows them."""
    return _Html(html5lib.parse(html, namespaceHTMLElements=False)).found


# --------------------------------------------------------------------------- Markdown


def _inline_text(node: SyntaxTreeNode) -> str:
    parts = []
    for child in node.children:
        if child.type in ("text", "code_inline", "math_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "html_inline":
            # A tag such as <small> is markup, not text; a line break reads as a space.
            parts.append(" " if re.fullmatch(r"<br\s*/?>", child.content, re.I) else "")
        elif child.type == "footnote_ref":
            # As markdown-it shows it: [1] for the first footnote cited, and so on.
            parts.append(f"[{child.meta['id'] + 1}]")
        elif child.type != "image":
            # An image's label is alt text, an attribute as the HTML <img>'s alt is.
            parts.append(_inline_text(child))
    return "".join(parts)


def _md_text(node: SyntaxTreeNode, skip: tuple[str, ...] = ()) -> str:
    if node.type == "inline":
        return _inline_text(node)
    if node.type in ("fence", "code_block", "math_block"):
        return node.content
    return " ".join(_md_text(kid, skip) for kid in node.children if kid.type not in skip)


def _md_walk(node: SyntaxTreeNode, found: Structure) -> None:
    for child in node.children:
        if child.type == "heading":
            found["headings"].append(f"{child.tag} {_squash(_md_text(child))}")
        elif child.type == "list_item":
            own = _md_text(child, ("bullet_list", "ordered_list", "table"))
            found["items"].append(_squash(own))
        elif child.type == "table":
            rows = [
                [_squash(_md_text(cell)) for cell in row.children]
                for part in child.children
                for row in part.children
            ]
            if rows and rows[0] == _INFOBOX_HEAD:
                rows = rows[1:]
            found["cells"] += _table(rows)
        # The footnote definitions are the HTML's references list, left out there too.
        if child.type != "footnote_block":
            _md_walk(child, found)


def markdown_structure(markdown: str) -> Structure:
    """Headings, list items' own text and table rows of Markdown, as markdown-it reads it."""
    found = _new()
    _md_walk(SyntaxTreeNode(MD.parse(markdown)), found)
    return found


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_markdown_and_html_agree(case: Path) -> None:
    document = wikiconv.parse(read_text_exact(case / "input.txt"), "flat")
    markdown = markdown_structure(wikiconv.render(document, "markdown"))
    html = html_structure(wikiconv.render(document, "html"))
    assert markdown == html
