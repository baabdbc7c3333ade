"""MediaWiki parser-test conformance of the wikitext reader and the HTML writer.

    python benchmarks/conformance.py [--show-failures N] [--file FILE]

runs ../shared/tools/score.py (MediaWiki's own parser tests, scored against the HTML
MediaWiki produces) on ``to_html``: wikitext -> wikiconv tree -> HTML writer, with no
path that bypasses the tree. Prints the summary and the per-file table.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import wikiconv

ROOT = Path(__file__).resolve().parent.parent
# The shared folder (parser tests and scorer): WIKICONV_SHARED, else beside the checkout.
SHARED = Path(os.environ.get("WIKICONV_SHARED", ROOT.parent / "shared"))
LINK_TEMPLATE = "/wiki/{title}"


def to_html(wikitext: str) -> str:
    """The function the scorer calls: one parser-test input to an HTML fragment."""
    document = wikiconv.parse(wikitext, "wikitext")
    return wikiconv.render(document, "html", link_template=LINK_TEMPLATE)


def main(argv: list[str]) -> int:
    command = [
        sys.executable, str(SHARED / "tools" / "score.py"), "run",
        "--tests", str(SHARED / "conformance" / "parsertests"), "--split", "public",
        "--py", "conformance:to_html", "--py-path", str(Path(__file__).parent),
        *argv,
    ]  # fmt: skip
    return subprocess.call(command)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
