"""Time grows linearly with the input: a generous guard against quadratic regressions.

Each input is read (and written as HTML) at one size and at four times that size; a
linear reader takes about four times as long, a quadratic one sixteen. The bound of
ten leaves room for noise while still catching a quadratic pass. Throughput itself
is measured by benchmarks/throughput.py, not here.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

import wikiconv

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
