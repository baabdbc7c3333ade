"""Ship templates on calls from real articles (Apollo 11, Aruba, HMS Queen Elizabeth):
the name italic, prefix and number upright, the whole linked to the ship's article."""

from __future__ import annotations

from datetime import date

import pytest

import wikiconv.templates.ships  # noqa: F401  (registers the handlers)
from wikiconv.ast import Italic, Link, Template, Text
from wikiconv.readers.wikitext import read
from wikiconv.walk import iter_nodes, plain_text

TODAY = date(2025, 1, 1)


def shown(source: str) -> str:
    document = read(source, today=TODAY)
    return plain_text(document.blocks[0]).strip() if document.blocks else ""


def rendering(source: str) -> tuple[object, ...] | None:
    found = [n for n in iter_nodes(read(source, today=TODAY)) if isinstance(n, Template)]
    return found[0].rendered


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("{{USS|Hornet|CV-12|6}}", "USS Hornet"),
        ("{{USS|Enterprise|CV-6}}", "USS Enterprise (CV-6)"),
        ("{{USS|Enterprise|CV-6|1}}", "CV-6"),
        ("{{USS|Enterprise|CV-6|2}}", "Enterprise"),
        ("{{USS|Enterprise|CV-6|3}}", "Enterprise (CV-6)"),
        ("{{USS|Enterprise|CV-6|7}}", "USS Enterprise (CV-6)"),
        ("{{HMS|Queen Elizabeth|R08|6}}", "HMS Queen Elizabeth"),
        ("{{HMS|Irresistible|1898}}", "HMS Irresistible (1898)"),
        ("{{SS|Pedernales}}", "SS Pedernales"),
        ("{{SS|City of Los Angeles|1922|3}}", "City of Los Angeles (1922)"),
        ("{{HMAS|Sydney|D48}}", "HMAS Sydney (D48)"),
        ("{{HMCS|Haida}}", "HMCS Haida"),
        ("{{HMNZS|Achilles}}", "HMNZS Achilles"),
        ("{{RMS|Titanic}}", "RMS Titanic"),
        ("{{MV|Derbyshire}}", "MV Derbyshire"),
        ("{{USNS|Comfort|T-AH-20}}", "USNS Comfort (T-AH-20)"),
        ("{{USCGC|Eagle|WIX-327}}", "USCGC Eagle (WIX-327)"),
        ("{{SMS|Emden|1908}}", "SMS Emden (1908)"),
        ("{{ship|HMS|Dreadnought|1906}}", "HMS Dreadnought (1906)"),
        ("{{ship|German battleship|Bismarck}}", "German battleship Bismarck"),
        ("{{ship|HMS|Dreadnought|1906|2}}", "Dreadnought"),
        ("{{sclass|Iowa|battleship}}", "Iowa-class battleship"),
    ],
)  # fmt: skip
def test_rendered_text(source: str, expected: str) -> None:
    assert shown(source) == expected


def test_prefix_and_name_link_to_the_numbered_article() -> None:
    assert rendering("{{USS|Hornet|CV-12|6}}") == (
        Link("USS Hornet (CV-12)", (Text("USS "), Italic((Text("Hornet"),)))),
    )


def test_the_whole_name() -> None:
    assert rendering("{{HMS|Irresistible|1898}}") == (
        Link("HMS Irresistible (1898)",
             (Text("HMS "), Italic((Text("Irresistible"),)), Text(" (1898)"))),
    )  # fmt: skip


def test_without_a_number_the_article_is_the_name() -> None:
    assert rendering("{{SS|Pedernales}}") == (
        Link("SS Pedernales", (Text("SS "), Italic((Text("Pedernales"),)))),
    )


def test_a_ship_with_a_description_for_prefix() -> None:
    assert rendering("{{ship|German battleship|Bismarck}}") == (
        Link(
            "German battleship Bismarck", (Text("German battleship "), Italic((Text("Bismarck"),)))
        ),
    )


def test_the_class_is_linked() -> None:
    assert rendering("{{sclass|Iowa|battleship}}") == (
        Link("Iowa-class battleship", (Italic((Text("Iowa"),)), Text("-class battleship"))),
    )


@pytest.mark.parametrize(
    "source",
    [
        "{{USS|Hornet|CV-12|4}}",  # the prefix alone is not a display the template has
        "{{USS|Hornet|CV-12|x}}",
        "{{USS|Hornet||1}}",  # the number alone, without a number
        "{{USS}}",
        "{{sclass|Iowa|battleship|2}}",  # other wordings of a class are not rendered
        "{{sclass|Iowa}}",
    ],
)
def test_calls_that_stay_unrendered(source: str) -> None:
    assert rendering(f"Text {source} text") is None
