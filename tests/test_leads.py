"""How the lead and the infobox of real Wikipedia articles read.

Each article in ARTICLES has a golden file tests/fixtures/leads/<article>.json:

    {"lead": "<text of the first lead paragraph with text>",
     "infobox": {"name": ..., "fields": [[key, value], ...]}}

The lead is the first lead block of type "paragraph" whose text is not blank; the
infobox is the article's first infobox in the JSON data (``wikiconv.to_dict``). Each
golden was compared by hand with the rendered Wikipedia page. ``pytest --update-golden``
rewrites the files from the current code; review that diff against the page before
keeping it. The articles are read from the shared corpus and never copied into the
project; the tests are skipped, with the reason, where the corpus folder is absent.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import wikiconv
from wikiconv.readers.wikitext import read

from conftest import CORPUS, FIXTURES, read_text_exact, write_text_exact

LEADS = FIXTURES / "leads"

ARTICLES = (
    "Antique-(band)",
    "BBDO",
    "Bodmin",
    "Elizabeth-Gilbert",
    "Harry-McPherson",
    "K.-Nicole-Mitchell",
    "Mark-Behr",
    "Maurische-Netzwuhle",
    "Mozilla-Firefox",
    "Tour-EP-(Band-of-Horses-EP)",
)
# Ages ("(age 55)") are computed against this day, so the goldens do not move with
# the calendar; ``wikiconv.parse`` reads wikitext with the same reader, against today.
TODAY = date(2025, 1, 1)

pytestmark = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"the Wikipedia corpus is not at {CORPUS}"
)


def lead_and_infobox(article: Path) -> dict[str, Any]:
    """The first lead paragraph's text and the first infobox, as the golden holds them."""
    data = wikiconv.to_dict(read(article.read_text(encoding="utf-8"), today=TODAY))
    lead = next(
        (
            block["text"]
            for block in data["lead"]
            if block.get("type") == "paragraph" and block.get("text", "").strip()
        ),
        None,
    )
    infoboxes = data.get("infoboxes") or []
    infobox = None
    if infoboxes:
        first = infoboxes[0]
        infobox = {
            "name": first["name"],
            "fields": [[field["key"], field["value"]] for field in first["fields"]],
        }
    return {"lead": lead, "infobox": infobox}


def _dump(value: dict[str, Any]) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def test_every_golden_has_its_article(update_golden: bool) -> None:
    if update_golden:
        pytest.skip("the goldens are being rewritten")
    assert sorted(path.stem for path in LEADS.glob("*.json")) == sorted(ARTICLES)


@pytest.mark.parametrize("stem", ARTICLES)
def test_lead_and_infobox_read_as_the_page_shows(stem: str, update_golden: bool) -> None:
    article = CORPUS / f"{stem}.wikitext"
    if not article.exists():
        pytest.skip(f"{article.name} is not in the corpus at {CORPUS}")
    actual = lead_and_infobox(article)
    assert actual["lead"], f"{stem} has no lead paragraph with text"
    assert actual["infobox"], f"{stem} has no infobox"
    golden = LEADS / f"{stem}.json"
    if update_golden:
        golden.parent.mkdir(parents=True, exist_ok=True)
        write_text_exact(golden, _dump(actual))
        return
    if not golden.exists():
        pytest.fail(f"{golden} is missing: run pytest --update-golden and review it")
    expected = json.loads(read_text_exact(golden))
    assert actual["lead"] == expected["lead"], f"{stem}: the lead paragraph differs"
    assert actual["infobox"]["name"] == expected["infobox"]["name"]
    assert actual["infobox"]["fields"] == expected["infobox"]["fields"], (
        f"{stem}: the infobox differs (pytest --update-golden rewrites {golden.name})"
    )
