"""Shared test configuration: the golden-file switch and the paths tests read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SEED = ROOT / "seeds" / "000_f02c26b289b00257.txt"


def _shared() -> Path:
    """The shared folder beside the checkout (corpus, parser tests, scorer).

    WIKICONV_SHARED names it; otherwise the first "shared" folder with a corpus found
    beside the checkout, one level up, or in /work.
    """
    named = os.environ.get("WIKICONV_SHARED")
    if named:
        return Path(named)
    for base in (ROOT.parent, ROOT.parent.parent, Path("/work")):
        if (base / "shared" / "corpus").is_dir():
            return base / "shared"
    return ROOT.parent / "shared"


SHARED = _shared()
CORPUS = SHARED / "corpus" / "wikipedia"


def _articles() -> list[Path]:
    """The corpus articles, then those in the folders WIKICONV_MORE_ARTICLES names
    (separated like PATH): ``*.wikitext`` and ``*.wiki`` files, read by the same
    corpus tests, so any set of real articles can be checked the same way."""
    found = sorted(CORPUS.glob("*.wikitext")) if CORPUS.is_dir() else []
    for folder in filter(None, os.environ.get("WIKICONV_MORE_ARTICLES", "").split(os.pathsep)):
        path = Path(folder)
        found += sorted([*path.glob("*.wikitext"), *path.glob("*.wiki")])
    return found


ARTICLES = _articles()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite the golden files (ast.json, expected.*) from the current code; "
        "same as WIKICONV_UPDATE_GOLDEN=1. Review the diff before committing.",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    flag = bool(request.config.getoption("--update-golden"))
    return flag or os.environ.get("WIKICONV_UPDATE_GOLDEN") == "1"


def read_text_exact(path: Path) -> str:
    """File text with line endings untouched (CRLF stays CRLF)."""
    with open(path, encoding="utf-8", newline="") as stream:
        return stream.read()


def write_text_exact(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="") as stream:
        stream.write(text)
