"""Time grows linearly with the input: a generous guard against quadratic regressions.

Each input is read (and written as HTML) at one size and at four times that size; a
linear reader takes about four times as long, a quadratic one sixteen. The bound of
ten leaves room for noise while still catching a quadratic pass. Throughput itself
is measured by benchmarks/throughput.py, not here.
"""

from __future__ import annotations

import importlib.util
import time
from collections.abc import Callable

import pytest

import wikiconv

from conftest import ROOT

Maker = Callable[[int], str]

CASES: dict[str, Maker] = {
    "unclosed links": lambda n: "[[a " * n,
    "unclosed templates": lambda n: "{{a|" * n,
    "unclosed tables": lambda n: "{|\n" * n,
    "unclosed refs": lambda n: "<ref>x " * n,
    "unclosed nowiki": lambda n: "<nowiki>x " * n,
    "quote runs": lambda n: "'''''a''b'''" * n,
    "nested lists": lambda n: "".join("*" * (i % 50 + 1) + " item\n" for i in range(n)),
    "table cells": lambda n: "{|\n" + "| a || b\n|-\n" * n + "|}\n",
    "one long line": lambda n: "word [[link]] ''it'' " * n,
    "many refs": lambda n: "".join(f'x<ref name="r{i}">note {i}</ref> ' for i in range(n)),
    "nested templates": lambda n: "{{a|" * min(n, 2000) + "}}" * min(n, 2000) + "x " * n,
    "flat text": lambda n: "= T =\n\nInfobox\n- K: v\n\n" + "== H ==\n- item\ntext line\n\n" * n,
}


def _seconds(text: str, reader: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        wikiconv.render(wikiconv.parse(text, reader), "html")
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("name", list(CASES))
def test_time_is_linear(name: str) -> None:
    make = CASES[name]
    reader = "flat" if name == "flat text" else "wikitext"
    small, large = make(1500), make(6000)
    ratio = _seconds(large, reader) / max(_seconds(small, reader), 1e-4)
    assert ratio < 10, f"{name}: 4x the input took {ratio:.1f}x the time"


def _mixed(n: int) -> str:
    return "".join(
        f"== Heading ==\n'''Bold''' [[link]] text<ref>note {i}</ref>\n* item\n** nested\n"
        "{|\n| a || b\n|}\n\n"
        for i in range(n)
    )


@pytest.mark.parametrize("writer", ["markdown", "html", "text", "json", "flat", "wikitext"])
def test_writers_are_linear(writer: str) -> None:
    small = wikiconv.parse(_mixed(300), "wikitext")
    large = wikiconv.parse(_mixed(1200), "wikitext")

    def seconds(document: wikiconv.Document) -> float:
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            wikiconv.render(document, writer)
            best = min(best, time.perf_counter() - start)
        return best

    ratio = seconds(large) / max(seconds(small), 1e-4)
    assert ratio < 10, f"{writer}: 4x the input took {ratio:.1f}x the time"


# Hostile input: every case of benchmarks/pathological.py, generated to an exact size
# in characters by repeating a unit. Each stage (reading, HTML, Markdown) is timed on
# its own, so a quadratic writer cannot hide behind a slow reader. See
# docs/performance.md, "Hostile input".


def _hostile_cases() -> dict[str, tuple[str, Callable[[int], str]]]:
    """The cases of benchmarks/pathological.py, one table for the benchmark and the
    test run, without its control (ordinary prose)."""
    spec = importlib.util.spec_from_file_location(
        "pathological", ROOT / "benchmarks" / "pathological.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    cases: dict[str, tuple[str, Callable[[int], str]]] = module.CASES
    return {name: case for name, case in cases.items() if "(control)" not in name}


HOSTILE = _hostile_cases()

# The smaller size of each case is 10,000 characters, except: half that for the cases
# that take several seconds per MB, to keep the file quick; and 60,000 for unclosed
# <ref> and <nowiki>, whose search for each closing tag to the end of the page was
# quadratic (4x took 13x as long at this size, too little to show at 10,000).
_SIZES = dict.fromkeys(
    ["unclosed {|", "nested tables", "quote runs ''a'''b", "table cells ||", "many headings"],
    5_000,
) | {"unclosed <ref>": 60_000, "unclosed <nowiki>": 60_000}

# Stages shorter than this are timer noise: their ratio is taken against this floor.
_FLOOR = 2e-3


def _stage_seconds(text: str, reader: str) -> dict[str, float]:
    best = {"read": float("inf"), "html": float("inf"), "markdown": float("inf")}
    for _ in range(3):
        start = time.perf_counter()
        document = wikiconv.parse(text, reader)
        best["read"] = min(best["read"], time.perf_counter() - start)
        for writer in ("html", "markdown"):
            start = time.perf_counter()
            wikiconv.render(document, writer)
            best[writer] = min(best[writer], time.perf_counter() - start)
    return best


def test_hostile_inputs_are_generated_to_size() -> None:
    for name, (_reader, fill) in HOSTILE.items():
        assert len(fill(10_000)) == 10_000, name


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input_is_linear(name: str) -> None:
    reader, fill = HOSTILE[name]
    size = _SIZES.get(name, 10_000)
    small = _stage_seconds(fill(size), reader)
    large = _stage_seconds(fill(4 * size), reader)
    for stage, seconds in large.items():
        ratio = seconds / max(small[stage], _FLOOR)
        assert ratio < 10, f"{name}, {stage}: 4x the input took {ratio:.1f}x the time"
