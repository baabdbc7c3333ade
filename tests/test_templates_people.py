"""People templates on calls from real articles (Aldous Huxley, Actrius, Albert Sidney
Johnston, Andorra, Aruba, Andre Agassi): what the page shows for each."""

from __future__ import annotations

from datetime import date

import pytest

import wikiconv.templates.people  # noqa: F401  (registers the handlers)
from wikiconv.ast import InlineTag, Italic, LineBreak, Link, Small, Template, Text
from wikiconv.readers.wikitext import read
from wikiconv.walk import iter_nodes, plain_text

NBSP = "\u00a0"
ZWSP = "\u200b"
TODAY = date(2025, 1, 1)


def shown(source: str) -> str:
    document = read(source, today=TODAY)
    text = plain_text(document.blocks[0]) if document.blocks else ""
    return text.replace(NBSP, " ").replace(ZWSP, "").strip()


def rendering(source: str) -> tuple[object, ...] | None:
    found = [n for n in iter_nodes(read(source, today=TODAY)) if isinstance(n, Template)]
    return found[0].rendered


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # Marriages: only the years show; the end's reason, when given, is named.
        ("{{marriage|Maria Nys|()=smaller|1919|1955}}", "Maria Nys (m. 1919–1955)"),
        ("{{marriage|[[Laura Huxley]]|()=smaller|1956|1963}}", "Laura Huxley (m. 1956–1963)"),
        ("{{marriage|Jane Doe|1 January 1895|December 31, 1905|end=div}}",
         "Jane Doe (m. 1895; div. 1905)"),
        ("{{marriage|Fred Smith|2010}}", "Fred Smith (m. 2010)"),
        ("{{marriage|Jack Ripper|1885|July 27, 1888|end=w.}}", "Jack Ripper (m. 1885; wid. 1888)"),
        ("{{marriage|Maria Nys|1919|1955|end=died}}", "Maria Nys (m. 1919; died 1955)"),
        ("{{marriage|A. Person|1950|1951|end=annulled}}", "A. Person (m. 1950; ann. 1951)"),
        ("{{marriage|A. Person|1950|1960|end=separated}}", "A. Person (m. 1950; sep. 1960)"),
        ("{{marriage|Miss Doe|1882|1905|end=parted}}", "Miss Doe (m. 1882; parted 1905)"),
        ("{{marriage|Spouse Only}}", "Spouse Only"),
        # The source of a film: title, then "by" the creator on the next line.
        ("{{based on|(stage play) ''E.R.''|Josep Maria Benet i Jornet}}",
         "(stage play) E.R. by Josep Maria Benet i Jornet"),
        ("{{Based on|''The Avengers''|[[Stan Lee]]|[[Jack Kirby]]}}",
         "The Avengers by Stan Lee Jack Kirby"),
        ("{{vunblist |[[Dutch language|Dutch]] |[[Papiamento]]}}", "Dutch Papiamento"),
        # Armed forces: the flag is not text; the force's name is.
        ("{{army|USA|1861}}", "United States Army"),
        ("{{army|CSA}}", "Confederate States Army"),
        ("{{navy|UK}}", "Royal Navy"),
        ("{{air force|CAN}}", "Royal Canadian Air Force"),
        ("{{Navy|United States}}", "United States Navy"),
        ("{{army|AUS}}", "Australian Army"),
        ("[[Battle of Shiloh]]{{KIA}}", "Battle of Shiloh †"),
        ("B{{music|flat}} and F{{music|sharp}} and {{music|natural}}", "B♭ and F♯ and ♮"),
        ("{{native name|ca|Principat d'Andorra}}", "Principat d'Andorra (Catalan)"),
        ("{{native name|fr|Ville de Lyon|paren=omit}}", "Ville de Lyon"),
        ("{{native name|ru|Москва}}", "Москва (Russian)"),
        ("{{native phrase|de|Bundesrepublik Deutschland}}",
         "Bundesrepublik Deutschland (German)"),
        ("Sir John Smith {{post-nominals|country=GBR|KBE|FRS}}", "Sir John Smith KBE FRS"),
        ("{{abbrlink|OBE|Order of the British Empire}}", "OBE"),
        ("{{MedalCompetition|Olympic Games – [[Tennis at the Summer Olympics|Tennis]]}}",
         "Olympic Games – Tennis"),
        ("{{MedalGold | [[1996 Summer Olympics|1996 Atlanta]] | "
         "[[Tennis at the 1996 Summer Olympics – Men's singles|Singles]] }}",
         "Gold medal – first place 1996 Atlanta Singles"),
        ("{{MedalCountry|{{USA}}}}", "Representing United States"),
    ],
)  # fmt: skip
def test_rendered_text(source: str, expected: str) -> None:
    assert shown(source) == expected


def test_marriage_abbreviations_and_small_bracket() -> None:
    assert rendering("{{marriage|Maria Nys|()=smaller|1919|1955|end=div}}") == (
        Text("Maria Nys"),
        Text(f" {ZWSP}"),
        Small((
            Text("("), InlineTag("abbr", (("title", "married"),), (Text("m."),)),
            Text(f"{NBSP}1919"), Text("; "),
            InlineTag("abbr", (("title", "divorced"),), (Text("div."),)),
            Text(f"{NBSP}1955"), Text(")"),
        )),
    )  # fmt: skip


def test_based_on_breaks_the_line_before_by() -> None:
    assert rendering("{{based on|''Sula''|[[Toni Morrison]]}}") == (
        Italic((Text("Sula"),)), LineBreak(), Text("by "), Link("Toni Morrison"),
    )  # fmt: skip


def test_several_creators_one_a_line() -> None:
    assert rendering("{{based on|Title|A|B}}") == (
        Text("Title"), LineBreak(), Text("by"), LineBreak(), Text("A"), LineBreak(), Text("B"),
    )  # fmt: skip


def test_army_links_the_force() -> None:
    assert rendering("{{army|USA}}") == (Link("United States Army"),)


@pytest.mark.parametrize(
    "source",
    [
        "{{army|XYZ}}",  # a country without forces here
        "{{army|JPN|1870}}",  # another era's force (the Imperial Japanese Army)
        "{{air force|CSA}}",  # the Confederacy had none
        "{{music|time|3|4}}",  # a time signature is drawn, not text
        "{{music|nonsense}}",
        "{{native name|xx|Text}}",  # an unknown language
        "{{based on}}",
    ],
)
def test_calls_that_stay_unrendered(source: str) -> None:
    assert rendering(f"Text {source} text") is None


def test_native_name_is_italic_in_latin_script_only() -> None:
    assert rendering("{{native name|ca|Principat d'Andorra}}") == (
        Italic((Text("Principat d'Andorra"),)), Text(f"{NBSP}(Catalan)"),
    )  # fmt: skip
    assert rendering("{{native name|ru|Москва}}") == (Text("Москва"), Text(f"{NBSP}(Russian)"))
    assert rendering("{{native name|fr|Lyon|italics=off}}") == (
        Text("Lyon"), Text(f"{NBSP}(French)"),
    )  # fmt: skip


def test_post_nominals_are_small_and_linked() -> None:
    assert rendering("{{post-nominals|country=GBR|OBE|XYZ}}") == (
        Small((Link("Order of the British Empire", (Text("OBE"),)), Text(" "), Text("XYZ"))),
    )
    assert rendering("{{post-nominals|country=GBR|size=100%|FRS}}") == (
        Link("Fellow of the Royal Society", (Text("FRS"),)),
    )


def test_abbrlink_is_a_linked_abbreviation() -> None:
    assert rendering("{{abbrlink|OBE|Order of the British Empire}}") == (
        Link(
            "Order of the British Empire",
            (InlineTag("abbr", (("title", "Order of the British Empire"),), (Text("OBE"),)),),
        ),
    )


def test_a_medal_row_is_a_line() -> None:
    assert rendering("{{MedalSilver|2000 Sydney|Doubles}}") == (
        Text("Silver medal \u2013 second place "), Text("2000 Sydney"), Text(" "), Text("Doubles"),
        LineBreak(),
    )  # fmt: skip
