"""Sports and census templates on calls from the corpus (Raith Rovers, Toronto, Jerry
Mumphrey): what the page shows for each."""

from __future__ import annotations

from datetime import date

import pytest

import wikiconv
from wikiconv.ast import Italic, LineBreak, Link, Template, Text
from wikiconv.readers.wikitext import WikiOptions, read
from wikiconv.walk import iter_nodes, plain_text

TODAY = date(2025, 1, 1)


def shown(source: str) -> str:
    document = read(source, today=TODAY)
    # A player's row ends with a line break (a space to plain_text): the next row
    # starts a line of its own.
    return plain_text(document.blocks[0]).rstrip() if document.blocks else ""


def rendering(source: str, title: str | None = None) -> tuple[object, ...] | None:
    options = WikiOptions(title=title) if title else None
    document = read(source, options, today=TODAY)
    found = [n for n in iter_nodes(document) if isinstance(n, Template)]
    return found[0].rendered


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("{{Fs player|no=1 |nat=Scotland|name=[[Kevin Cuthbert]]|pos=GK}}",
         "1 GK Scotland Kevin Cuthbert"),
        # The flag's code names the country, as {{flag|SCO}} does.
        ("{{Fs player|no=29|nat=SCO|name=David McKay|pos=DF}}", "29 DF Scotland David McKay"),
        ("{{Fs player|no=16|nat=Republic of Ireland|name=Joel Coustrain|pos=MF}}",
         "16 MF Republic of Ireland Joel Coustrain"),
        # The note after the name is bracketed, its links kept.
        ("{{Fs player|no=2 |nat=Scotland|name=[[Jason Thomson]]|pos=DF|"
         "other=[[Captain (association football)|captain]]}}",
         "2 DF Scotland Jason Thomson (captain)"),
        ("{{Fs player|no=17|nat=Australia|name=[[Aaron Lennox]]|pos=GK|"
         "other=on loan from [[Aberdeen F.C.|Aberdeen]]}}",
         "17 GK Australia Aaron Lennox (on loan from Aberdeen)"),
        ("{{Baseball year|1975}}", "1975"),
        ("Raith's home ground is [[Stark's Park]], an {{SPFL-stadiums|raith}} "
         "[[all-seater stadium]]",
         "Raith's home ground is Stark's Park, an 8,867 all-seater stadium"),
    ],
)  # fmt: skip
def test_rendered_text(source: str, expected: str) -> None:
    assert shown(source) == expected


def test_a_player_is_a_line_with_a_linked_name() -> None:
    source = "{{Fs player|no=5 |nat=France|name=[[Jean-Yves M'voto|Jean-Yves M'Voto]]|pos=DF}}"
    assert rendering(source) == (
        Text("5 "), Text("DF "), Text("France "),
        Link("Jean-Yves M'voto", (Text("Jean-Yves M'Voto"),)), LineBreak(),
    )  # fmt: skip


def test_a_squad_reads_one_player_a_line() -> None:
    source = (
        "{{Fs start}}\n"
        "{{Fs player|no=1 |nat=Scotland|name=[[Kevin Cuthbert]]|pos=GK}}\n"
        "{{Fs mid}}\n"
        "{{Fs player|no=30|nat=Denmark|name=Andreas Thorsen|pos=MF}}\n"
        "{{Fs end}}"
    )
    document = read(source, today=TODAY)
    markdown = wikiconv.render_output(document, "markdown")
    assert markdown.text == (
        "1 GK Scotland [Kevin Cuthbert](https://en.wikipedia.org/wiki/Kevin_Cuthbert)\\\n"
        "30 MF Denmark Andreas Thorsen\n"
    )
    assert not markdown.diagnostics


def test_a_player_without_a_name_stays_unrendered() -> None:
    # (In running text: a lone call at the page end would be taken for a navbox.)
    assert rendering("Squad: {{Fs player|no=3|nat=Scotland|pos=DF}} and more") is None


def test_baseball_year_links_the_season() -> None:
    assert rendering("{{Baseball year|1983}}") == (Link("1983 in baseball", (Text("1983"),)),)


def test_an_unknown_stadium_is_not_guessed() -> None:
    assert rendering("an {{SPFL-stadiums|cowdenbeath}} stadium") is None


def test_census_reference_is_titled_with_the_page() -> None:
    assert rendering("{{SCref |unit=cd |3520}}", title="Toronto") == (
        Text('"Toronto (Code 3520) Census Profile". '),
        Italic((Text("2011 census"),)),
        Text(". Government of Canada - Statistics Canada."),
    )


def test_census_reference_without_a_title() -> None:
    assert shown("{{SCref |unit=cma |535}}") == (
        '"Census Profile (Code 535)". 2011 census. Government of Canada - Statistics Canada.'
    )
