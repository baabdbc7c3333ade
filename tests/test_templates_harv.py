"""Author-date references ({{harvnb}}, {{harv}}, {{sfn}}…) on calls from real articles."""

from __future__ import annotations

from datetime import date

import pytest

import wikiconv
from wikiconv.ast import ExternalLink, Link, Reference, Template
from wikiconv.readers.wikitext import read
from wikiconv.walk import iter_nodes, plain_text

NBSP = "\u00a0"
TODAY = date(2025, 1, 1)


def shown(source: str) -> str:
    document = read(source, today=TODAY)
    return plain_text(document.blocks[0]).replace(NBSP, " ") if document.blocks else ""


def footnotes(source: str) -> list[Reference]:
    document = read(source, today=TODAY)
    return [node for node in iter_nodes(document) if isinstance(node, Reference)]


CASES = [
    ("{{harvnb|Smith|2001|p=437}}", "Smith 2001, p. 437"),
    ("{{Harvnb|Magill|Aves|1998|p=66}}", "Magill & Aves 1998, p. 66"),
    ("{{harvnb|agrawal|taguchi|ramalingam|2010}}", "agrawal, taguchi & ramalingam 2010"),
    ("{{harvnb|Kelley|Milone|Aveni|2005|p=83}}", "Kelley, Milone & Aveni 2005, p. 83"),
    ("{{harvnb|A|B|C|D|2005}}", "A et al. 2005"),
    ("{{harvnb|Rashed|2007|pp=8–9}}", "Rashed 2007, pp. 8–9"),
    ("{{harvnb|Topdemir|2007b|pp=8-9}}", "Topdemir 2007b, pp. 8–9"),
    ("{{harvnb|Wade|1998|pages=240,316,334,367}}", "Wade 1998, pp. 240,316,334,367"),
    ("{{Harvnb|Thomas|1985|page=4}}", "Thomas 1985, p. 4"),
    ("{{harvnb|Russell|1996|p=}}", "Russell 1996"),
    ("{{harvnb|Smith| 2010}}", "Smith 2010"),
    ("{{harvnb|Sabra|1978b|p=121, n. 13}}", "Sabra 1978b, p. 121, n. 13"),
    ("{{harvnb|Smith|2001|loc=fig. 3}}", "Smith 2001, fig. 3"),
    ("{{harv|Lindberg|1976|p=76}}", "(Lindberg 1976, p. 76)"),
    ("{{harv|Sabra|1989|pp=vol.2, xix-lxxiii}}", "(Sabra 1989, pp. vol.2, xix–lxxiii)"),
    ("{{harvtxt|Wade|Finger|2001}}", "Wade & Finger (2001)"),
    ("{{harvtxt|Smith|2010|p=5}}", "Smith (2010, p. 5)"),
    ("{{harvp|Smith|2001|p=5}}", "Smith (2001), p. 5"),
    ("{{harvcolnb|Smith|2001|p=5}}", "Smith 2001:5"),
    ("{{harvs|nb|last=El-Bizri|year=2005a|year2=2005b}}", "El-Bizri 2005a, 2005b"),
    (
        "{{harvs|nb|author=Smith|year=2001|year2=2006|year3=2008|year4=2010}}",
        "Smith 2001, 2006, 2008, 2010",
    ),
    ("{{harvs|txt|last=Smith|year=2001}}", "Smith (2001)"),
    ("{{harvs|last=Smith|year=2001}}", "(Smith 2001)"),
]


@pytest.mark.parametrize(("source", "expected"), CASES, ids=[c[0] for c in CASES])
def test_harv_renders_what_the_page_shows(source: str, expected: str) -> None:
    assert shown(source) == expected


def test_names_and_year_link_to_the_citation_anchor() -> None:
    document = read("{{harvnb|Smith|2001|p=5}}")
    links = [node for node in iter_nodes(document) if isinstance(node, Link)]
    assert links == [Link("", links[0].content, anchor="CITEREFSmith2001")]
    assert plain_text(links[0].content) == "Smith 2001"
    assert "[Smith 2001](#CITEREFSmith2001), p." in wikiconv.render(document, "markdown")
    assert '<a href="#CITEREFSmith2001">Smith 2001</a>' in wikiconv.render(document, "html")


def test_harvs_links_each_year_to_its_own_work() -> None:
    document = read("{{harvs|nb|last=El-Bizri|year=2005a|year2=2005b}}")
    anchors = [node.anchor for node in iter_nodes(document) if isinstance(node, Link)]
    assert anchors == ["CITEREFEl-Bizri2005a", "CITEREFEl-Bizri2005b"]


def test_ref_none_leaves_the_text_unlinked() -> None:
    document = read("{{harvnb|Smith|2001|ref=none}}")
    assert not [node for node in iter_nodes(document) if isinstance(node, Link)]
    assert plain_text(document.blocks[0]) == "Smith 2001"


def test_a_page_linked_through_a_template_becomes_a_link() -> None:
    # al-Haytham: p=[{{google books|…|plainurl=yes|page=392}} 392]
    source = "{{harvtxt|Grant|1974|p=[{{google books|fAPN_3w4hAUC|plainurl=yes|page=392}} 392]}}"
    document = read(source)
    assert plain_text(document.blocks[0]).replace(NBSP, " ") == "Grant (1974, p. 392)"
    urls = [node.url for node in iter_nodes(document) if isinstance(node, ExternalLink)]
    assert urls == ["https://books.google.com/books?id=fAPN_3w4hAUC&pg=PA392"]


def test_sfn_is_a_footnote_named_as_module_footnotes_names_it() -> None:
    (note,) = footnotes("Text.{{sfn|Smith|2001|p=5}}")
    assert note.name == "FOOTNOTESmith20015"
    assert plain_text(note.content).replace(NBSP, " ") == "Smith 2001, p. 5."
    assert shown("Text.{{sfn|Smith|2001|p=5}}") == "Text."


def test_identical_sfn_calls_share_a_name_and_different_pages_do_not() -> None:
    notes = footnotes("a{{sfn|Smith|Jones|2001|pp=5-9}} b{{sfn|Smith|Jones|2001|pp=5-9}}")
    assert {note.name for note in notes} == {"FOOTNOTESmithJones20015-9"}
    other = footnotes("a{{sfn|Smith|2001|p=5}} b{{sfn|Smith|2001|p=6}}")
    assert len({note.name for note in other}) == 2


def test_sfnp_and_sfnm() -> None:
    (note,) = footnotes("x{{sfnp|Smith|2001|p=5}}")
    assert plain_text(note.content).replace(NBSP, " ") == "Smith (2001), p. 5."
    (many,) = footnotes("x{{sfnm|1a1=Smith|1y=2001|1p=5|2a1=Jones|2y=2002}}")
    assert plain_text(many.content).replace(NBSP, " ") == "Smith 2001, p. 5; Jones 2002."
    assert many.name == "FOOTNOTESmith20015Jones2002"


def test_footnotes_are_listed_once_by_the_writers() -> None:
    document = read("a{{sfn|Smith|2001|p=5}} b{{sfn|Smith|2001|p=5}}\n\n{{reflist}}")
    text = wikiconv.render(document, "markdown")
    assert text.count("[Smith 2001](#CITEREFSmith2001), p.") == 1
    assert "a[^1] b[^1]" in text


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("{{harvnb|Malkevitch}}", "Malkevitch"),
        ("{{harvnb|Moorhouse|loc=pg. 5}}", "Moorhouse, pg. 5"),
        ("{{harv|Smith|Jones|p=4}}", "(Smith & Jones, p.\u00a04)"),
        ("{{harvnb|Smith|n.d.}}", "Smith n.d."),
        ("{{harvnb|Smith|c. 1900}}", "Smith c. 1900"),
    ],
)
def test_a_work_without_a_year_is_cited_by_its_authors(source: str, shown: str) -> None:
    # Module:Footnotes takes the last value for the year only when it reads as one.
    (call,) = [node for node in iter_nodes(read("x " + source)) if isinstance(node, Template)]
    assert call.rendered is not None
    assert plain_text(call.rendered) == shown


def test_harvs_without_a_year_stays_unrendered() -> None:
    source = "x {{harvs|nb|last=Smith}}"
    (call,) = [node for node in iter_nodes(read(source)) if isinstance(node, Template)]
    assert call.rendered is None
