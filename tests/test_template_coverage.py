"""The share of the corpus's template calls that handlers (or an explicit rule) cover.

The figure to hold is 98%: `wikiconv templates` over the Wikipedia corpus prints it,
and a regression in a handler family shows here first.
"""

from __future__ import annotations

import re

import pytest

from wikiconv.cli import main

from conftest import CORPUS

pytestmark = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"the Wikipedia corpus is not at {CORPUS}"
)


def test_handlers_cover_at_least_98_percent_of_corpus_calls(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["templates", str(CORPUS)]) == 0
    summary = capsys.readouterr().out.strip().splitlines()[-1]
    match = re.fullmatch(
        r"(\d+) calls of \d+ templates; (\d+) handled \(([\d.]+)%\): "
        r"\d+ by handlers, \d+ by place as page furniture",
        summary,
    )
    assert match is not None, summary
    calls, handled = int(match.group(1)), int(match.group(2))
    assert calls > 3000
    assert handled / calls >= 0.98, summary
