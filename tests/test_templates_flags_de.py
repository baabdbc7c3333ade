"""Country templates named after a country or its code, on calls from the corpus:
German Wikipedia's ``{{Argentinien}}`` (Bazooka) and English Wikipedia's ``{{POL}}``
(Ewelina Setowska-Dryk), ``{{USA}}`` (Dollar Point, California)."""

from __future__ import annotations

from datetime import date

import pytest

from wikiconv.ast import Link, Template, Text
from wikiconv.readers.wikitext import read
from wikiconv.templates import default_registry
from wikiconv.walk import iter_nodes, plain_text

TODAY = date(2025, 1, 1)


def shown(source: str) -> str:
    document = read(source, today=TODAY)
    return plain_text(document.blocks[0]) if document.blocks else ""


def rendering(source: str) -> tuple[object, ...] | None:
    found = [n for n in iter_nodes(read(source, today=TODAY)) if isinstance(n, Template)]
    return found[0].rendered


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # Bazooka, "Nutzer": a list of the countries that used it.
        ("* {{Argentinien}}: 3,5 Zoll", "Argentinien: 3,5 Zoll"),
        ("* {{Österreich}}: 3,5 Zoll", "Österreich: 3,5 Zoll"),
        ("* {{Vereinigtes Königreich}}: 2,36 Zoll über Leih- und Pachtgesetz und 3,5 Zoll",
         "Vereinigtes Königreich: 2,36 Zoll über Leih- und Pachtgesetz und 3,5 Zoll"),
        ("* {{CHN-1928}}: 2,36 Zoll über Leih- und Pachtgesetz",
         "Republik China: 2,36 Zoll über Leih- und Pachtgesetz"),
        ("* {{DEU-1935}}: 2,36 Zoll als Beutewaffe ''Raketenpanzerbüchse 788 (a)''",
         "Deutsches Reich: 2,36 Zoll als Beutewaffe Raketenpanzerbüchse 788 (a)"),
        ("* {{DEU-1949}}: 3,5 Zoll", "Deutschland: 3,5 Zoll"),
        ("* {{BIR-1948}}: 3,5 Zoll", "Birma: 3,5 Zoll"),
        # English Wikipedia's code templates.
        # (A table heading in the article: '!colspan="6"|Representing {{POL}}'.)
        ("Representing {{POL}}", "Representing Poland"),
    ],
)  # fmt: skip
def test_rendered_text(source: str, expected: str) -> None:
    assert shown(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("{{Frankreich}} und mehr", (Link("Frankreich"),)),
        ("{{Südkorea}} und mehr", (Link("Südkorea"),)),
        ("{{CHN-1928}} und mehr",
         (Link("Republik China (1912\u20131949)", (Text("Republik China"),)),)),
        ("{{RHO-1968}} und mehr", (Link("Rhodesien"),)),
        ("{{BIR-1948}} und mehr", (Link("Myanmar", (Text("Birma"),)),)),
        ("{{USA}} and more", (Link("United States"),)),
        ("{{NOR}} [[Stavanger]]", (Link("Norway"),)),
    ],
)  # fmt: skip
def test_the_country_is_linked(source: str, expected: tuple[object, ...]) -> None:
    assert rendering(source) == expected


def test_only_the_exact_spelling_is_a_country_template() -> None:
    # MediaWiki titles differ after the first letter: {{usa}} is "Usa", not "USA".
    registry = default_registry()
    assert registry.lookup("USA") is not None
    assert registry.lookup("usa") is None
