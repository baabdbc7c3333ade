"""Real Wikipedia articles (../shared/corpus/wikipedia/) through every writer.

Skipped, with the reason, where the corpus folder is absent. The articles are read
from there and never copied into the project.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import html5lib
import pytest
from markdown_it import MarkdownIt

import wikiconv
from wikiconv.ast import Document, Math
from wikiconv.formats import FORMATS, writer_for
from wikiconv.pandoc_bridge import BridgeWriter
from wikiconv.walk import iter_nodes

from conftest import ARTICLES, CORPUS
from test_output_agreement import html_structure, markdown_structure

pytestmark = pytest.mark.skipif(not ARTICLES, reason=f"the Wikipedia corpus is not at {CORPUS}")

# Not the formats pandoc makes (tests/test_pandoc_bridge.py checks pandoc on the corpus).
WRITERS = [
    row.name for row in FORMATS if row.writer and not issubclass(writer_for(row.name), BridgeWriter)
]
# Wikitext syntax that must never reach a reader of the output.
RAW_MARKUP = re.compile(r"\{\{|\}\}|\[\[|\]\]|'''|\|thumb|<ref", re.IGNORECASE)

_FOOTNOTE_MARKER = re.compile(r"(?<!\[)\[(?:\d+|[a-z]{1,2})\]")

_CACHE: dict[Path, Document] = {}


def _read(article: Path) -> Document:
    if article not in _CACHE:
        _CACHE[article] = wikiconv.parse(article.read_text(encoding="utf-8"))
    return _CACHE[article]


def test_the_corpus_is_all_there() -> None:
    assert len(list(CORPUS.glob("*.wikitext"))) == 71


@pytest.mark.parametrize("article", ARTICLES, ids=[a.stem for a in ARTICLES])
def test_article_parses_as_wikitext(article: Path) -> None:
    document = _read(article)
    assert document.source_format == "wikitext"
    assert document.blocks or document.redirect


@pytest.mark.parametrize("writer", WRITERS)
@pytest.mark.parametrize("article", ARTICLES, ids=[a.stem for a in ARTICLES])
def test_every_writer_writes_the_article(article: Path, writer: str) -> None:
    output = wikiconv.render(_read(article), writer)
    assert output.strip()


def _visible_text(output: str, writer: str) -> str:
    """What a reader of the output sees: Markdown rendered, HTML parsed, text as is."""
    if writer == "markdown":
        output = MarkdownIt("commonmark").enable("table").render(output)
    elif writer != "html":
        return output
    tree = html5lib.parse(output, namespaceHTMLElements=False)
    return "".join(tree.itertext())


@pytest.mark.parametrize("writer", ["markdown", "html", "text"])
@pytest.mark.parametrize("article", ARTICLES, ids=[a.stem for a in ARTICLES])
def test_no_raw_wikitext_in_reader_facing_output(article: Path, writer: str) -> None:
    document = _read(article)
    output = wikiconv.render(document, writer)
    tex = {node.tex for node in iter_nodes(document) if isinstance(node, Math)}
    if writer == "markdown":
        # The writer's $…$ is TeX for renderers with math (GitHub's), not CommonMark.
        for formula in sorted({" ".join(t.split()) for t in tex}, key=len, reverse=True):
            output = output.replace(f"${formula}$", "")
    visible = _visible_text(output, writer)
    # Not wikitext: TeX in math ("\\frac{1}{D}}"), and footnote markers right before a
    # bracket of the text ("[incl. Gobiesociformes [22]]").
    visible = " ".join(visible.split())
    formulas = {" ".join(n.tex.split()) for n in iter_nodes(document) if isinstance(n, Math)}
    for tex in sorted((f for f in formulas if RAW_MARKUP.search(f)), key=len, reverse=True):
        visible = visible.replace(tex, "")
    visible = _FOOTNOTE_MARKER.sub("", visible)
    leaks = sorted({m.group() for m in RAW_MARKUP.finditer(visible)})
    assert leaks == [], f"{writer} output of {article.name} shows raw markup {leaks}"


@pytest.mark.parametrize("article", ARTICLES, ids=[a.stem for a in ARTICLES])
def test_wikitext_round_trip_keeps_the_tree(article: Path) -> None:
    document = _read(article)
    again = wikiconv.parse(wikiconv.render(document, "wikitext"), "wikitext")
    # The tree, not what the first read reported: a block a caption cannot hold is
    # reported when read and is not written, so the second read has nothing to report.
    assert dataclasses.replace(again, diagnostics=()) == dataclasses.replace(
        document, diagnostics=()
    )


@pytest.mark.parametrize("article", ARTICLES, ids=[a.stem for a in ARTICLES])
def test_markdown_and_html_show_the_same_structure(article: Path) -> None:
    """markdown-it reads the same headings, list items and cells as a browser reads."""
    document = wikiconv.parse(article.read_text(encoding="utf-8"), "wikitext")
    markdown = markdown_structure(wikiconv.render(document, "markdown"))
    html = html_structure(wikiconv.render(document, "html"))
    assert markdown == html
