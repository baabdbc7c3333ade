"""The Markdown and the HTML of one document show the same structure.

Markdown is rendered by markdown-it-py and the HTML parsed by html5lib; both must give
the same headings, list items and table cells, with the same text, for every fixture.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree.ElementTree import Element

import html5lib
import pytest
from markdown_it import MarkdownIt

import wikiconv

from conftest import FIXTURES, read_text_exact

MD = MarkdownIt("commonmark").enable("table").enable("strikethrough")
CASES = sorted(p for p in (FIXTURES / "flat").iterdir() if (p / "input.txt").exists())


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _text(element: Element) -> str:
    return "".join(element.itertext())


def _html_structure(html: str) -> dict[str, list[str]]:
    root = html5lib.parse(html, namespaceHTMLElements=False)
    headings = [
        f"h{el.tag[1]} {_squash(_text(el))}"
        for el in root.iter()
        if isinstance(el.tag, str) and re.fullmatch(r"h[1-6]", el.tag)
    ]
    items = []
    for li in root.iter("li"):
        # The item's own text, without nested lists.
        own = [li.text or ""]
        for child in li:
            if child.tag not in ("ul", "ol"):
                own.append(_text(child))
            own.append(child.tail or "")
        items.append(_squash("".join(own)))
    cells = [_squash(_text(cell)) for cell in root.iter() if cell.tag in ("td", "th")]
    return {"headings": headings, "items": items, "cells": cells}


def _markdown_structure(markdown: str) -> dict[str, list[str]]:
    tokens = MD.parse(markdown)
    headings, items, cells = [], [], []
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if token.type == "heading_open" and following is not None:
            headings.append(f"{token.tag} {_squash(_inline_text(following))}")
        elif token.type == "list_item_open":
            # The inline right after the item's paragraph_open is the item's own text.
            nxt = tokens[index + 2] if index + 2 < len(tokens) else None
            has_text = following is not None and following.type == "paragraph_open"
            items.append(_squash(_inline_text(nxt)) if has_text and nxt else "")
        elif token.type in ("th_open", "td_open") and following is not None:
            cells.append(_squash(_inline_text(following)))
    # The GFM infobox table needs a header row that the HTML infobox does not have.
    while "Field" in cells:
        at = cells.index("Field")
        assert cells[at + 1] == "Value"
        del cells[at : at + 2]
    return {"headings": headings, "items": items, "cells": cells}


def _inline_text(token: object) -> str:
    children = getattr(token, "children", None) or []
    parts = []
    for child in children:
        if child.type in ("text", "code_inline", "html_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_markdown_and_html_agree(case: Path) -> None:
    document = wikiconv.parse(read_text_exact(case / "input.txt"), "flat")
    markdown = _markdown_structure(wikiconv.render(document, "markdown"))
    html = _html_structure(wikiconv.render(document, "html"))
    assert markdown == html
