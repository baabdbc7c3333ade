"""Sort keys and the flag templates of results tables: what the page shows for each."""

from __future__ import annotations

from datetime import date

import pytest

from wikiconv.ast import LineBreak, Link, Template, Text
from wikiconv.readers.wikitext import read
from wikiconv.templates import default_registry
from wikiconv.walk import iter_nodes, plain_text

TODAY = date(2025, 1, 1)


def rendering(source: str) -> tuple[object, ...] | None:
    document = read(source, today=TODAY)
    found = [node for node in iter_nodes(document) if isinstance(node, Template)]
    return found[0].rendered


def shown(source: str) -> str:
    document = read(source, today=TODAY)
    return plain_text(document.blocks[0]) if document.blocks else ""


def test_the_sorting_templates_are_registered() -> None:
    registry = default_registry()
    for name in ("Sort", "Hs", "Flagathlete", "Flagteam", "Flagmedalist"):
        assert name in registry
    # Handled elsewhere already.
    for name in ("Sortname", "Dts", "Nts", "Nowrap", "Abbr"):
        assert name in registry


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # The text is shown, the key only sorts.
        ("{{sort|Smith, John|John Smith}}", "John Smith"),
        ("{{Sort|Bach 1685|[[Johann Sebastian Bach|J. S. Bach]]}}", "J. S. Bach"),
        # Without text the key is what the page shows.
        ("{{sort|0042}}", "0042"),
        ("{{sort|2=Second|1=first}}", "Second"),
        # Hidden sort keys show nothing.
        ("{{hs|0001}}Alpha", "Alpha"),
        ("Beta{{Hs|zzz}}", "Beta"),
    ],
)
def test_sort_keys(source: str, expected: str) -> None:
    assert shown(source) == expected


def test_sort_with_empty_text_shows_nothing() -> None:
    # {{{2|{{{1}}}}}}: an empty second value is still given, and shows nothing.
    assert rendering("{{sort|key|}}") == ()


def test_sort_keeps_the_link_of_its_text() -> None:
    assert rendering("{{sort|Smith|[[John Smith]]}}") == (Link("John Smith"),)


def test_sort_without_values_stays_unrendered() -> None:
    assert rendering("{{sort}}") is None


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("{{flagathlete|[[Usain Bolt]]|JAM}}", "Usain Bolt (JAM)"),
        ("{{Flagathlete|[[Michael Phelps]]|USA}}", "Michael Phelps (USA)"),
        # A third value picks another flag image: no change in the text.
        ("{{flagathlete|[[Paavo Nurmi]]|FIN|1918}}", "Paavo Nurmi (FIN)"),
        ("{{flagteam|CAN}}", "Canada (CAN)"),
        ("{{Flagteam|GER}}", "Germany (GER)"),
    ],
)
def test_flag_athlete_and_team(source: str, expected: str) -> None:
    assert shown(source) == expected


def test_flagteam_links_the_country() -> None:
    assert rendering("{{flagteam|NED}}") == (Link("Netherlands"), Text(" (NED)"))


def test_flagmedalist_puts_the_country_on_the_next_line() -> None:
    assert rendering("{{flagmedalist|[[Usain Bolt]]|JAM}}") == (
        Link("Usain Bolt"),
        LineBreak(),
        Link("Jamaica"),
    )


@pytest.mark.parametrize(
    "source",
    ["{{flagathlete|[[Usain Bolt]]}}", "{{flagathlete||JAM}}", "{{flagteam|}}",
     "{{flagteam|Nowhereland}}", "{{flagmedalist|Someone}}"],
)  # fmt: skip
def test_flag_templates_without_their_values_stay_unrendered(source: str) -> None:
    assert rendering(source) is None
