"""Format detection: every corpus article is wikitext, every flat fixture is flat."""

from __future__ import annotations

from pathlib import Path

import pytest

import wikiconv
from wikiconv.detect import detect_format
from wikiconv.formats import format_for_path

from conftest import CORPUS, FIXTURES, SEED, read_text_exact


def test_seed_and_flat_fixtures_are_flat() -> None:
    assert detect_format(SEED.read_text(encoding="utf-8")) == "flat"
    for case in (FIXTURES / "flat").iterdir():
        assert detect_format(read_text_exact(case / "input.txt")) == "flat", case.name


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the Wikipedia corpus is not at {CORPUS}")
def test_corpus_articles_are_wikitext() -> None:
    articles = sorted(CORPUS.glob("*.wikitext"))
    assert len(articles) >= 70
    for article in articles:
        assert detect_format(article.read_text(encoding="utf-8")) == "wikitext", article.name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("'''Bodmin''' is a town in [[Cornwall]].\n", "wikitext"),
        ("{{Infobox town|name=X}}\nText.\n", "wikitext"),
        ("= Title =\n\nJust prose with '''three quotes''' once.\n", "flat"),
        ("plain words only\n", "flat"),
        ('{"type": "Document", "blocks": []}', "ast"),
    ],
)
def test_small_texts(text: str, expected: str) -> None:
    assert detect_format(text) == expected
    if expected != "ast":  # the tree format keeps the source_format it was saved with
        assert wikiconv.parse(text).source_format == expected


def test_extensions_name_a_reader_except_plain_text() -> None:
    assert format_for_path("Bodmin.wikitext") == "wikitext"
    assert format_for_path("page.wiki") == "wikitext"
    assert format_for_path("notes.txt") is None
    assert format_for_path("README") is None


def test_cli_reads_wikitext_files_as_wikitext(tmp_path: Path) -> None:
    from wikiconv.cli import main

    page = tmp_path / "page.wikitext"
    page.write_text("= Not a flat title =\nplain\n", encoding="utf-8")
    out = tmp_path / "out.json"
    assert main(["convert", str(page), "-t", "json", "-o", str(out)]) == 0
    assert '"source_format": "wikitext"' in out.read_text(encoding="utf-8")
