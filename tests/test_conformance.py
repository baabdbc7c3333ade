"""The ratchet on MediaWiki's parser tests: the exact-match rate may only go up.

benchmarks/conformance.py scores wikitext -> wikiconv tree -> HTML writer against
the HTML MediaWiki itself produces (../shared/tools/score.py, public core cases).
When the rate improves, RATCHET is raised to the new figure.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SHARED

SCORER = SHARED / "tools" / "score.py"
RATCHET = 98.5  # exact-match % on the public cases, as last measured


@pytest.mark.skipif(not SCORER.exists(), reason=f"the parser-test scorer is not at {SCORER}")
def test_parser_test_exact_rate_does_not_drop(tmp_path: Path) -> None:
    out = tmp_path / "conformance.json"
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "conformance.py"), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env={**os.environ, "WIKICONV_SHARED": str(SHARED)},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    summary = json.loads(out.read_text(encoding="utf-8"))["summary"]["overall"]
    assert summary["errors"] == 0, "the reader or writer raised on a parser test"
    assert summary["n"] >= 300
    assert summary["exact_pct"] >= RATCHET, (
        f"exact match fell to {summary['exact_pct']}% (ratchet {RATCHET}%)"
    )
