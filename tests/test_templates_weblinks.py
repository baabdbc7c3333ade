"""Link templates ({{webarchive}}, {{URL}}, {{IMDb name}}…) on calls from real articles."""

from __future__ import annotations

from datetime import date

import pytest

import wikiconv
from wikiconv.ast import ExternalLink, Superscript, Template
from wikiconv.readers.wikitext import read
from wikiconv.readers.wikitext.options import WikiOptions
from wikiconv.walk import iter_nodes, plain_text, visible_nodes

NBSP = "\u00a0"
TODAY = date(2025, 1, 1)


def shown(source: str, title: str | None = None) -> str:
    document = read("x " + source, WikiOptions(title=title), today=TODAY)
    return plain_text(document.blocks[0]).replace(NBSP, " ").removeprefix("x ")


def links(source: str, title: str | None = None) -> list[tuple[str, str]]:
    """(url, label) of each external link the rendering shows."""
    document = read("x " + source, WikiOptions(title=title), today=TODAY)
    found = [node for node in visible_nodes(document) if isinstance(node, ExternalLink)]
    return [(node.url, plain_text(node.content)) for node in found]


WAYBACK = "https://web.archive.org/web/20070930210400/http://www.ncaa.org/library/x.pdf"

CASES = [
    (f"{{{{webarchive|url={WAYBACK} |date=30 September 2007 }}}}",
     "Archived 30 September 2007 at the Wayback Machine"),
    ("{{webarchive |url=http://www.webcitation.org/699nOulzi?url=http://www.census.gov/x.txt "
     "|date=2012-07-14 }}", "Archived 2012-07-14 at WebCite"),
    ("{{webarchive |url=https://web.archive.org/web/19991013041615/http://www.ionet.net/x.shtml"
     " |date=October 13, 1999 |title=Biography from ioNET }}",
     "Biography from ioNET at the Wayback Machine (archived October 13, 1999)"),
    ("{{Wayback |date=20090312022528 |url=http://www.zabalaza.net/theory/txt_anok_comm_ap.htm "
     '|title="Anarchist-Communism" by Alain Pengam }}',
     '"Anarchist-Communism" by Alain Pengam at the Wayback Machine (archived 2009-03-12)'),
    ("{{webarchive|url=https://web.archive.org/web/20160128003213/http://example.org/}}",
     "Archived 2016-01-28 at the Wayback Machine"),
    ("{{dead link|date=February 2016}}", "[dead link]"),
    ("{{dead link|date=September 2016 |bot=InternetArchiveBot |fix-attempted=yes }}",
     "[permanent dead link]"),
    ("{{subscription required}}", "(subscription required)"),
    ("{{official website|http://www.brittmorganonline.com}}", "Official website"),
    ("{{URL|www.alsea.com.mx}}", "www.alsea.com.mx"),
    ("{{URL|http://www.toronto.ca/}}", "www.toronto.ca"),
    ("{{URL|Elizabethgilbert.com|ElizabethGilbert.com}}", "ElizabethGilbert.com"),
    ("{{IMDb name|0604517|Britt Morgan}}", "Britt Morgan at IMDb"),
    ("{{iafd name|id=BMorgan|gender=female|name=Britt Morgan}}",
     "Britt Morgan at the Internet Adult Film Database"),
    ("{{afdb name|id=10955|gender=female|name=Britt Morgan}}",
     "Britt Morgan at the Adult Film Database"),
    ("{{chessgames player|id=13854|name=Grigory Serper}}",
     "Grigory Serper player profile and games at Chessgames.com"),
    ("{{Fide|name=Grigory Serper}}", "Grigory Serper rating card at FIDE"),
    ("{{iaaf name|id=195488|name=Ewelina Sętowska}}", "Ewelina Sętowska at World Athletics"),
    ("{{Baseballstats |br=m/mumphje01}}",
     "Career statistics and player information from Baseball Reference"),
    ("{{stortingetbio|MSE}}", '"Biography" (in Norwegian). Storting.'),
    ("{{dmoz|Regional/Europe/United_Kingdom}}", "United Kingdom at Curlie"),
    ("{{CIA World Factbook link|uk|United Kingdom}}",
     '"United Kingdom". The World Factbook. Central Intelligence Agency.'),
    ("{{wikiatlas|United Kingdom}}", "Wikimedia Atlas of United Kingdom"),
    ("{{IEP|c/cynics.htm|Cynics|Julie Piering}}",
     'Julie Piering. "Cynics". Internet Encyclopedia of Philosophy.'),
    ("{{sep entry|godwin|William Godwin|Mark Philip|2006-05-20}}",
     'Mark Philip (2006-05-20). "William Godwin". In Zalta, Edward N. (ed.). '
     "Stanford Encyclopedia of Philosophy."),
    ("{{In Our Time|Anarchism|p0038x9t|Anarchism}}", "Anarchism on In Our Time at the BBC"),
    ("{{LSJ|a)narxi/a|ἀναρχία|ref}}",
     "ἀναρχία. Liddell, Henry George; Scott, Robert; A Greek\u2013English Lexicon at the "
     "Perseus Project"),
    ("{{YouTube|id=5YjXFOV6Nwk|title=Army-Navy Screen Magazine (1946)}}",
     "Army-Navy Screen Magazine (1946) on YouTube"),
    ("{{ReptileDatabase|genus=Blanus|species=cinereus|zugriff=22. Januar 2011}}",
     "Blanus cinereus In: The Reptile Database; abgerufen am 22. Januar 2011."),
    ("{{IUCN|Year=2007|ID=61469|ScientificName=Blanus cinereus|YearAssessed=2006|Assessor=J. "
     "Pleguezuelos|Download=23.12.2007}}",
     "Blanus cinereus in der Roten Liste gefährdeter Arten der IUCN 2007. Eingestellt von: J. "
     "Pleguezuelos, 2006. Abgerufen am 23. Dezember 2007."),
    ("{{GEOnet3|-3087388|Teymanak-e Olya}}",
     "Teymanak-e Olya can be found at GEOnet Names Server, at this link, by opening the "
     'Advanced Search box, entering "-3087388" in the "Unique Feature Id" form, and clicking '
     'on "Search Database".'),
    ("{{google books|id=vIcFxgAs-C8C|plainurl=yes|page=129}}",
     "https://books.google.com/books?id=vIcFxgAs-C8C&pg=PA129"),
    ("{{Allmusic|class=artist|id=p821358/biography|pure_url=yes}}",
     "https://www.allmusic.com/artist/p821358/biography"),
    ("{{books-inline|United Kingdom}}", ""),
]  # fmt: skip


@pytest.mark.parametrize(("source", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_link_templates_render_what_the_page_shows(source: str, expected: str) -> None:
    assert shown(source) == expected


@pytest.mark.parametrize(
    ("source", "title", "expected"),
    [("{{IMDb name|2418691}}", "Elizabeth Gilbert", "Elizabeth Gilbert at IMDb"),
     ("{{TED speaker}}", "Elizabeth Gilbert", "Elizabeth Gilbert at TED"),
     ("{{Facebook|raithroversfc}}", "Raith Rovers F.C.", "Raith Rovers F.C. on Facebook"),
     ("{{Twitter}}", "Raith Rovers F.C.", "Raith Rovers F.C. on Twitter"),
     ("{{osmrelation-inline|62149}}", "United Kingdom",
      "Geographic data related to United Kingdom at OpenStreetMap"),
     ("{{OL author|883756A}}", "Ibn al-Haytham",
      "Works by or about Ibn al-Haytham at Open Library"),
     ("{{URL|theroyal.to}}", "Royal Cinema (Toronto)", "theroyal.to")],
)  # fmt: skip
def test_the_page_title_names_the_subject(source: str, title: str, expected: str) -> None:
    assert shown(source, title) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [(f"{{{{webarchive|url={WAYBACK}|date=30 September 2007}}}}", [(WAYBACK, "Archived")]),
     ("{{URL|www.alsea.com.mx}}", [("http://www.alsea.com.mx", "www.alsea.com.mx")]),
     ("{{Official website|http://www.thestar.com}}",
      [("http://www.thestar.com", "Official website")]),
     ("{{IMDb name|0604517|Britt Morgan}}",
      [("https://www.imdb.com/name/nm0604517/", "Britt Morgan")]),
     ("{{chessgames player|id=13854|name=Grigory Serper}}",
      [("https://www.chessgames.com/perl/chessplayer?pid=13854",
        "Grigory Serper player profile and games")]),
     ("{{Baseballstats |br=m/mumphje01}}",
      [("https://www.baseball-reference.com/players/m/mumphje01.shtml", "Baseball Reference")]),
     ("{{In Our Time|Anarchism|p0038x9t|Anarchism}}",
      [("https://www.bbc.co.uk/programmes/p0038x9t", "Anarchism")]),
     ("{{sep entry|max-stirner|Max Stirner|David Leopold|2006-08-04}}",
      [("https://plato.stanford.edu/entries/max-stirner/", "Max Stirner")]),
     ("{{Facebook|raithroversfc}}", [("https://www.facebook.com/raithroversfc", "raithroversfc")]),
     ("{{Fide|name=Grigory Serper}}", [])],
)  # fmt: skip
def test_links_go_to_the_address_the_template_builds(
    source: str, expected: list[tuple[str, str]]
) -> None:
    assert links(source) == expected


def test_dead_link_is_a_superscript_mark() -> None:
    document = read("Text.{{dead link|date=February 2012}}")
    marks = [node for node in visible_nodes(document) if isinstance(node, Superscript)]
    assert [plain_text(mark) for mark in marks] == ["[dead link]"]
    assert "Text.<sup>[<i>dead link</i>]</sup>" in wikiconv.render(document, "html")


def test_a_plain_url_call_fills_a_citation_url() -> None:
    # Antique (band): {{cite web|url={{Allmusic|…|pure_url=yes}}|title=…}}
    source = (
        "x {{cite web|url={{Allmusic|class=artist|id=p821358/biography|pure_url=yes}}"
        "|title=Elena Paparizou Biography}}"
    )
    assert links(source.removeprefix("x ")) == [
        ("https://www.allmusic.com/artist/p821358/biography", "Elena Paparizou Biography")
    ]


@pytest.mark.parametrize(
    "source", ["{{URL}}", "{{official website}}", "{{webarchive|date=2010}}", "{{IMDb name|1}}"]
)
def test_calls_missing_what_the_link_needs_stay_unrendered(source: str) -> None:
    calls = [node for node in iter_nodes(read("x " + source)) if isinstance(node, Template)]
    assert calls[0].rendered is None
