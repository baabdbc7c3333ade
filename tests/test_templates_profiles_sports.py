"""Profile links, stock tickers, ship prefixes, station links and sports templates,
each with the exact text English Wikipedia shows for the call."""

from __future__ import annotations

from datetime import date

import pytest

import wikiconv
from wikiconv.ast import ExternalLink, Italic, Link, Template, Text
from wikiconv.readers.wikitext import read
from wikiconv.readers.wikitext.options import WikiOptions
from wikiconv.templates import default_registry
from wikiconv.templates.exchanges import EXCHANGES
from wikiconv.templates.ships_more import MORE_PREFIXES
from wikiconv.walk import iter_nodes, plain_text, visible_nodes

NBSP = "\u00a0"
TODAY = date(2025, 1, 1)


def shown(source: str, title: str | None = None) -> str:
    document = read("x " + source, WikiOptions(title=title), today=TODAY)
    return plain_text(document.blocks[0]).removeprefix("x ")


def rendered(source: str) -> tuple[object, ...] | None:
    call = next(n for n in iter_nodes(read(source, today=TODAY)) if isinstance(n, Template))
    return call.rendered


def links(source: str) -> list[tuple[str, str]]:
    """(url, label) of each external link the rendering shows."""
    document = read("x " + source, today=TODAY)
    found = [node for node in visible_nodes(document) if isinstance(node, ExternalLink)]
    return [(node.url, plain_text(node.content)) for node in found]


# ----------------------------------------------------------------------- profiles


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("{{IMDb episode|0508426|Pilot}}", '"Pilot" at IMDb'),
        ("{{IMDb episodes|0096697|The Simpsons}}", "List of The Simpsons episodes at IMDb"),
        ("{{AllMovie title|v131367|Casablanca}}", "Casablanca at AllMovie"),
        ("{{TCMDb title|70181|Casablanca}}", "Casablanca at the TCM Movie Database"),
        ("{{AFI film|27037|Casablanca}}", "Casablanca at the AFI Catalog of Feature Films"),
        (
            "{{Hollywood Walk of Fame|elvis-presley|Elvis Presley}}",
            "Elvis Presley at the Hollywood Walk of Fame",
        ),
        (
            "{{MusicBrainz artist|mbid=5b11f4ce-a62d-471e-81fc-a69a8278c7da|name=Nirvana}}",
            "Nirvana discography at MusicBrainz",
        ),
        ("{{MusicBrainz label|mbid=1234|name=Sub Pop}}", "Sub Pop discography at MusicBrainz"),
        ("{{MusicBrainz release|mbid=1b02|name=Nevermind}}", "Nevermind at MusicBrainz"),
        ("{{MusicBrainz recording|mbid=9f|name=Lithium}}", '"Lithium" at MusicBrainz'),
        ("{{MusicBrainz work|mbid=3c|name=Yesterday}}", '"Yesterday" at MusicBrainz'),
        ("{{Discogs label|1234-Sub-Pop|Sub Pop}}", "Sub Pop discography at Discogs"),
        ("{{Discogs release|1234|Nevermind}}", "Nevermind at Discogs"),
        ("{{FIFA player|174928|Eric Cantona}}", "Eric Cantona \u2013 FIFA competition record"),
        ("{{ESPN FC|22774|Lionel Messi}}", "Lionel Messi at ESPN FC"),
        (
            "{{CongBio|B000444|Joseph Biden}}",
            'United States Congress. "Joseph Biden (id: B000444)". Biographical Directory '
            "of the United States Congress.",
        ),
        ("{{Tumblr|staff|Tumblr Staff}}", "Tumblr Staff on Tumblr"),
        ("{{Pinterest|nasa|NASA}}", "NASA on Pinterest"),
        ("{{Pinterest|nasa}}", "nasa on Pinterest"),
    ],
)
def test_profile_links(source: str, expected: str) -> None:
    assert shown(source) == expected


def test_profiles_name_the_page_title_when_the_call_does_not() -> None:
    assert shown("{{CongBio|B000444}}", title="Joe Biden").startswith(
        'United States Congress. "Joe Biden (id: B000444)".'
    )
    assert shown("{{MusicBrainz artist|mbid=abc}}", title="Nirvana (band)") == (
        "Nirvana discography at MusicBrainz"
    )


def test_profile_addresses() -> None:
    assert links("{{IMDb episode|tt0508426|Pilot}}") == [
        ("https://www.imdb.com/title/tt0508426/", "Pilot")
    ]
    assert links("{{MusicBrainz release|id=1b02|name=Nevermind}}") == [
        ("https://musicbrainz.org/release/1b02", "Nevermind")
    ]
    assert links("{{Tumblr|staff}}") == [("https://staff.tumblr.com/", "staff")]
    assert links("{{CongBio|B000444|Joseph Biden}}") == [
        ("https://bioguide.congress.gov/search/bio/B000444", "Joseph Biden (id: B000444)")
    ]


def test_work_titles_are_italic_inside_the_link() -> None:
    out = rendered("{{IMDb episodes|0096697|The Simpsons}}")
    assert out is not None
    link = out[0]
    assert isinstance(link, ExternalLink)
    assert link.content == (Text("List of "), Italic((Text("The Simpsons"),)), Text(" episodes"))
    out = rendered("{{AFI film|27037|Casablanca}}")
    assert out is not None and isinstance(out[0], Italic)


def test_profile_without_identifier_shows_its_words_unlinked() -> None:
    assert (
        shown("{{AFI film|title=Casablanca}}") == "Casablanca at the AFI Catalog of Feature Films"
    )
    assert links("{{AFI film|title=Casablanca}}") == []
    assert rendered("{{CongBio}}") is None


# -------------------------------------------------------------------- exchanges


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("{{NYSE|IBM}}", "NYSE: IBM"),
        ("{{NASDAQ|AAPL}}", "Nasdaq: AAPL"),
        ("{{AMEX|IMO}}", "NYSE American: IMO"),
        ("{{BMV|ALSEA}}", "BMV: ALSEA"),
        ("{{TYO|7203}}", "TYO: 7203"),
        ("{{SEHK|941}}", "SEHK: 941"),
        ("{{BIST|THYAO}}", "BİST: THYAO"),
        ("{{SWX|NESN}}", "SIX: NESN"),
        ("{{Saudi Stock Exchange|2222}}", "Tadawul: 2222"),
        ("{{TSX-V|ABC}}", "TSX-V: ABC"),
    ],
)
def test_stock_tickers(source: str, expected: str) -> None:
    assert shown(source) == expected.replace(": ", f":{NBSP}")


def test_ticker_links() -> None:
    out = rendered("{{NYSE|IBM}}")
    assert out == (
        Link("New York Stock Exchange", (Text("NYSE"),)),
        Text(f":{NBSP}"),
        ExternalLink("https://www.nyse.com/quote/XNYS:IBM", (Text("IBM"),)),
    )
    assert links("{{NASDAQ|AAPL}}") == [
        ("https://www.nasdaq.com/market-activity/stocks/aapl", "AAPL")
    ]
    # An exchange whose quote page is not known here: the ticker is plain text.
    assert rendered("{{Euronext|AIR}}") == (Link("Euronext"), Text(f":{NBSP}"), Text("AIR"))


def test_ticker_needs_one_symbol() -> None:
    assert rendered("{{NYSE}}") is None
    assert rendered("{{NYSE|BRK.A|BRK.B}}") is None


# ------------------------------------------------------------------------ ships


@pytest.mark.parametrize(
    ("source", "expected", "target"),
    [
        ("{{MS|Estonia}}", "MS Estonia", "MS Estonia"),
        ("{{LÉ|Eithne|P31}}", "LÉ Eithne (P31)", "LÉ Eithne (P31)"),
        ("{{CCGS|Amundsen}}", "CCGS Amundsen", "CCGS Amundsen"),
        ("{{NRP|Sagres|1937|2}}", "Sagres", "NRP Sagres (1937)"),
        ("{{JS|Izumo|DDH-183|6}}", "JS Izumo", "JS Izumo (DDH-183)"),
        ("{{sclass2|Flower|corvette}}", "Flower-class corvette", "Flower-class corvette"),
    ],
)
def test_ships(source: str, expected: str, target: str) -> None:
    assert shown(source) == expected
    out = rendered(source)
    assert out is not None and isinstance(out[0], Link) and out[0].target == target


def test_sclass2_name_is_upright_and_other_wordings_stay_unrendered() -> None:
    assert rendered("{{sclass2|Flower|corvette}}") == (Link("Flower-class corvette"),)
    assert rendered("{{sclass2|Flower|corvette|5}}") is None


# ---------------------------------------------------------------------- transit


def test_station_links() -> None:
    assert rendered("{{stn|Haymarket}}") == (Link("Haymarket station", (Text("Haymarket"),)),)
    assert rendered("{{rws|Crewe}}") == (Link("Crewe railway station", (Text("Crewe"),)),)
    assert shown("trains stop at {{stnlnk|Crewe}}.") == "trains stop at Crewe."
    assert rendered("{{rws|Central|Sydney}}") is None


# ----------------------------------------------------------------------- sports


def test_football_team_flags() -> None:
    assert shown("{{fb|ENG}} v {{fb|USA}}") == "England v United States"
    assert rendered("{{fb|IRL}}") == (
        Link("Republic of Ireland national football team", (Text("Republic of Ireland"),)),
    )
    assert rendered("{{fb|GER}}") == (Link("Germany national football team", (Text("Germany"),)),)
    assert rendered("{{fb|QQQ}}") is None
    assert shown("{{fbicon|ENG}} {{cricon|IND}}India") == " India"
    assert wikiconv.convert("{{flagcu|GER}} won", to="text") == "Germany won\n"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Messi {{goal|23}}", "Messi 23'"),
        ("Messi {{goal|2|pen.|90+1}}", "Messi 2' (pen.), 90+1'"),
        ("Smith {{goal|45||67}}", "Smith 45', 67'"),
        ("Ramos {{sent off|0|78}}", "Ramos 78'"),
        ("Ramos {{sent off|1|90+3}}", "Ramos 90+3'"),
        ("{{winning percentage|10|5}}", ".667"),
        ("{{winning percentage|3|1|2}}", ".667"),
        ("{{winning percentage|3|1|2|ignore_ties=yes}}", ".750"),
        ("{{winning percentage|5|0}}", "1.000"),
        ("{{winning percentage|0|4}}", ".000"),
        ("{{winpct|1|7}}", ".125"),
    ],
)
def test_match_events_and_percentages(source: str, expected: str) -> None:
    assert shown(source) == expected


def test_icons_alone_show_no_text() -> None:
    assert rendered("{{pengoal}}") == ()
    assert rendered("{{penmiss}}") == ()
    assert rendered("{{sent off|0}}") == ()


def test_sports_calls_beyond_the_templates_stay_unrendered() -> None:
    assert rendered("{{goal|pen.}}") is None
    assert rendered("{{winning percentage|0|0}}") is None
    assert rendered("{{winning percentage|a|b}}") is None


# ------------------------------------------------------------------------ names

NAMES = [
    *"""IMDb episode|IMDb episodes|AllMovie title|Allmovie title|TCMDb title|Tcmdb title|
    AFI film|Hollywood Walk of Fame|MusicBrainz artist|MusicBrainz label|MusicBrainz release|
    MusicBrainz recording|MusicBrainz work|Discogs label|Discogs release|FIFA player|ESPN FC|
    CongBio|Congbio|Tumblr|Pinterest|sclass2|stn|rws|stnlnk|fb|fbicon|cricon|flagcu|goal|
    sent off|pengoal|penmiss|winning percentage|winpct""".replace("\n", "").split("|"),
    *EXCHANGES,
    *MORE_PREFIXES,
]


@pytest.mark.parametrize("name", [name.strip() for name in NAMES])
def test_every_name_resolves(name: str) -> None:
    assert default_registry().lookup(name) is not None
