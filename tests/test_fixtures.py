"""Golden fixtures: tests/fixtures/<reader>/<case>/.

Each case holds ``input.<ext>`` and the files made from it: ``ast.json`` (the exact
tree, spans and layout included) and ``expected.<ext>`` for each writer. Reader tests
compare the tree built from the input with ast.json; writer tests start from ast.json,
so a reader bug cannot pass for a writer bug. ``pytest --update-golden`` rewrites the
files from the current code; a person reviews that diff once.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import wikiconv
from wikiconv.ast import Document
from wikiconv.formats import lookup

from conftest import FIXTURES, read_text_exact, write_text_exact

READERS = {"flat": "input.txt", "wikitext": "input.wiki"}
WRITERS = ("markdown", "html", "json", "text", "flat", "wikitext")


def _cases() -> list[tuple[str, Path]]:
    cases = []
    for reader in READERS:
        for case in sorted((FIXTURES / reader).iterdir()):
            if (case / READERS[reader]).exists():
                cases.append((reader, case))
    return cases


CASES = _cases()
IDS = [f"{reader}/{case.name}" for reader, case in CASES]


def _golden(path: Path, actual: str, update: bool) -> None:
    if update or not path.exists():
        if not update:
            pytest.fail(f"{path} is missing: run pytest --update-golden and review it")
        write_text_exact(path, actual)
        return
    assert actual == read_text_exact(path), f"{path} differs (pytest --update-golden rewrites it)"


def _load_ast(case: Path) -> Document:
    document = wikiconv.parse(read_text_exact(case / "ast.json"), "ast")
    assert isinstance(document, Document)
    return document


def test_there_are_enough_cases() -> None:
    assert len([c for r, c in CASES if r == "flat"]) >= 13


@pytest.mark.parametrize(("reader", "case"), CASES, ids=IDS)
def test_reader_builds_the_golden_tree(reader: str, case: Path, update_golden: bool) -> None:
    document = wikiconv.parse(read_text_exact(case / READERS[reader]), reader)
    _golden(case / "ast.json", wikiconv.render(document, "ast"), update_golden)


@pytest.mark.parametrize(("reader", "case"), CASES, ids=IDS)
def test_round_trip(reader: str, case: Path) -> None:
    """Flat text comes back byte for byte; wikitext comes back as the same tree."""
    source = read_text_exact(case / READERS[reader])
    document = wikiconv.parse(source, reader)
    written = wikiconv.render(document, reader)
    if reader == "flat":
        assert written == source
    else:
        assert wikiconv.parse(written, reader) == document


@pytest.mark.parametrize(("reader", "case"), CASES, ids=IDS)
def test_tree_data_round_trip(reader: str, case: Path) -> None:
    data = json.loads(read_text_exact(case / "ast.json"))
    document = wikiconv.from_dict(data)
    assert document.to_dict() == data


def _golden_name(writer: str) -> str:
    # flat and text share the .txt extension; the flat golden file is told apart.
    return "expected.flat.txt" if writer == "flat" else f"expected.{lookup(writer).extension}"


# A flat case's flat output is its input (the round trip test checks it byte for byte).
WRITER_CASES = [
    (reader, case, writer)
    for reader, case in CASES
    for writer in WRITERS
    if not (reader == "flat" and writer == "flat")
]


@pytest.mark.parametrize(
    ("reader", "case", "writer"),
    WRITER_CASES,
    ids=[f"{r}/{c.name}-{w}" for r, c, w in WRITER_CASES],
)
def test_writer_output_from_golden_tree(
    reader: str, case: Path, writer: str, update_golden: bool
) -> None:
    document = _load_ast(case)
    output = wikiconv.render(document, writer)
    _golden(case / _golden_name(writer), output, update_golden)
