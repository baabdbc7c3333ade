"""Citation wrappers and more external links (citations_extra, weblinks_extra), and the
conversions and native names they came with: what the page shows for real calls."""

from __future__ import annotations

from datetime import date

import pytest

from wikiconv.ast import ExternalLink, Template
from wikiconv.readers.wikitext import read
from wikiconv.readers.wikitext.options import WikiOptions
from wikiconv.walk import iter_nodes, plain_text, visible_nodes

NBSP = "\u00a0"
TODAY = date(2025, 1, 1)


def shown(source: str, title: str | None = None) -> str:
    document = read("x " + source, WikiOptions(title=title), today=TODAY)
    return plain_text(document.blocks[0]).replace(NBSP, " ").removeprefix("x ")


def rendering(source: str, title: str | None = None) -> tuple[object, ...] | None:
    document = read(source, WikiOptions(title=title), today=TODAY)
    call = next(node for node in iter_nodes(document) if isinstance(node, Template))
    return call.rendered


def links(source: str, title: str | None = None) -> list[tuple[str, str]]:
    document = read("x " + source, WikiOptions(title=title), today=TODAY)
    found = [node for node in visible_nodes(document) if isinstance(node, ExternalLink)]
    return [(node.url, plain_text(node.content)) for node in found]


CITATIONS = [
    ("{{cite techreport |last=Crone |first=Anthony J. |title=Earthquakes Pose a Serious Hazard "
     "in Afghanistan |url=http://pubs.usgs.gov/fs/2007/3027/pdf/FS07-3027_508.pdf "
     "|publisher=[[US Geological Survey]] |accessdate=14 October 2011 |id=Fact Sheet FS "
     "2007\u20133027 |date=April 2007|archiveurl=https://web.archive.org/web/20130727072311/"
     "http://pubs.usgs.gov/fs/2007/3027/pdf/FS07-3027_508.pdf |archivedate=2013-07-27 }}",
     "Crone, Anthony J. (April 2007). Earthquakes Pose a Serious Hazard in Afghanistan "
     "(Technical report). US Geological Survey. Fact Sheet FS 2007\u20133027. Archived from "
     "the original on 2013-07-27. Retrieved 14 October 2011."),
    ("{{cite techreport|last=Tucker |first=Ronald D. |title=Rare Earth Element Mineralogy |url="
     "http://pubs.usgs.gov/of/2011/1207/pdf/ofr2011-1207.pdf |publisher=USGS |accessdate=13 "
     "October 2011 |year=2011 |id=Open-File Report 2011\u20131207}}",
     "Tucker, Ronald D. (2011). Rare Earth Element Mineralogy (Technical report). USGS. "
     "Open-File Report 2011\u20131207. Retrieved 13 October 2011."),
    ("{{cite Earth Impact DB |name= Wetumpka |accessdate =August 20, 2009 |nocat=1}}",
     '"Wetumpka". Earth Impact Database. Planetary and Space Science Centre University of '
     "New Brunswick Fredericton. Retrieved August 20, 2009."),
    ("{{OEtymD|alchemy|accessdate=April 7, 2010}}",
     'Harper, Douglas. "alchemy". Online Etymology Dictionary. Retrieved April 7, 2010.'),
    ("{{OEtymD|algeria}}", 'Harper, Douglas. "algeria". Online Etymology Dictionary.'),
    ("{{IUCN2008 | assessors = Anderson, M.; Mills, G. | year = 2008 | id = 18372 | title = "
     "Proteles cristatus: Aardwolf | downloaded = 22 March 2009 }}",
     'Anderson, M.; Mills, G. (2008). "Proteles cristatus: Aardwolf". IUCN Red List of '
     "Threatened Species. Version 2008. International Union for Conservation of Nature. "
     "Retrieved 22 March 2009."),
    ("{{wikicite | reference = {{IUCN2008 | assessors = Anderson, M.; Mills, G. | year = 2008 "
     "| id = 18372 | title = Proteles cristatus: Aardwolf | downloaded = 22 March 2009 }} "
     "| ref = {{harvid | Anderson | Mills | 2008}} }}",
     'Anderson, M.; Mills, G. (2008). "Proteles cristatus: Aardwolf". IUCN Red List of '
     "Threatened Species. Version 2008. International Union for Conservation of Nature. "
     "Retrieved 22 March 2009."),
    ("{{EB1911 |last=Freese |first=John Henry |wstitle=Apollo }}",
     "This article incorporates text from a publication now in the public domain: Freese, "
     'John Henry (1911). "Apollo". In Chisholm, Hugh (ed.). Encyclopædia Britannica (11th '
     "ed.). Cambridge University Press."),
    ("{{bibleref|Mark|3:25|9}}", "Mark 3:25"),
    ("{{cite quran|29|46|style=nosup|expand=no}}", "Quran 29:46"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "expected"), CITATIONS, ids=[c[0][:40] for c in CITATIONS])
def test_citation_wrappers_show_the_citation(source: str, expected: str) -> None:
    assert shown(source) == expected


WEB_LINKS = [
    ("{{IMDb event|0000003|Academy Awards}}", None, "Academy Awards at IMDb"),
    ("{{Goodreads author|432.Ayn_Rand}}", "Ayn Rand", "Ayn Rand at Goodreads"),
    ("{{InPho|idea|1883}}", "Ambiguity",
     "Ambiguity at the Indiana Philosophy Ontology Project"),
    ("{{InPho|thinker|2553}}", "Aristotle",
     "Aristotle at the Indiana Philosophy Ontology Project"),
    ("{{PhilPapers|search|ambiguity}}", "Ambiguity", "Ambiguity at PhilPapers"),
    ("{{PhilPapers|category|aristotle}}", "Aristotle", "Aristotle at PhilPapers"),
    ("{{NYTtopic|people/l/abraham_lincoln}}", "Abraham Lincoln",
     "Abraham Lincoln collected news and commentary at The New York Times"),
    ("{{NYTtopic|subjects/a/agriculture}}", "Agriculture",
     "Agriculture collected news and commentary at The New York Times"),
    ("{{Guardian topic|science/agriculture}}", "Agriculture",
     "Agriculture collected news and commentary at The Guardian"),
    ("{{GovPubs|Afghanistan}}", "Afghanistan", "Afghanistan from UCB Libraries GovPubs"),
    ("{{GovPubs|algeria}}", "Algeria", "Algeria from UCB Libraries GovPubs"),
    ("{{PlanetMath|urlname=Aristotle|title=Aristotle}}", None, "Aristotle at PlanetMath."),
    ("{{eMedicine2|ped|180}}", None, "ped/180"),
    ("{{NRHP url|id=64500011}}", None,
     "https://npgallery.nps.gov/NRHP/GetAsset/NRHP/64500011_text"),
    ("{{frcrp|10}}", None, "Fed. R. Crim. P. 10"),
    ("{{ws|[[Diogenes Laërtius]], ''[[s:Lives of the Eminent Philosophers/Book V#Aristotle|"
     "Life of Aristotle]]'', translated by [[Robert Drew Hicks]] (1925)}}", None,
     "Diogenes Laërtius, Life of Aristotle, translated by Robert Drew Hicks (1925)"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "title", "expected"), WEB_LINKS,
                         ids=[c[0][:40] for c in WEB_LINKS])  # fmt: skip
def test_external_links_name_the_subject_and_the_site(
    source: str, title: str | None, expected: str
) -> None:
    assert shown(source, title) == expected


def test_the_subject_is_linked_to_the_sites_page() -> None:
    assert links("{{IMDb event|0000003|Academy Awards}}") == [
        ("https://www.imdb.com/event/ev0000003/", "Academy Awards")
    ]
    assert links("{{PhilPapers|category|aristotle}}", "Aristotle") == [
        ("https://philpapers.org/browse/aristotle", "Aristotle")
    ]
    assert links("{{bibleref|Mark|3:25|9}}") == [
        ("https://www.biblegateway.com/passage/?search=Mark%203%3A25&version=9", "Mark 3:25")
    ]
    assert links("{{cite quran|29|46|style=nosup|expand=no}}") == [
        ("https://quran.com/29/46", "29:46")
    ]


def test_an_address_template_gives_a_citation_its_link() -> None:
    source = (
        "{{cite web|title=The Rosenwald School Building Fund and Associated Buildings MPS"
        '|work="National Register Information System" |url={{NRHP url|id=64500011}} '
        "|accessdate=October 3, 2012}}"
    )
    assert links(source) == [
        (
            "https://npgallery.nps.gov/NRHP/GetAsset/NRHP/64500011_text",
            "The Rosenwald School Building Fund and Associated Buildings MPS",
        )
    ]


BOXES = [
    "{{Commons and category|Allah}}",
    "{{Spoken Wikipedia-2|2007-06-02|Ayn_Rand1.ogg|Ayn_Rand2.ogg|...}}",
    "{{Wikisourcelang|el|Αριστοτέλης|Ἀριστοτέλης}}",
    "{{EB1911 poster}}",
    "{{disambiguation|geo|school|ship}}",
    "{{Disambiguation|geo|hndis}}",
]


@pytest.mark.parametrize("source", BOXES)
def test_boxes_beside_the_text_show_nothing(source: str) -> None:
    assert rendering(source) == ()


UNRENDERED = [
    "{{NYTtopic|people/l/abraham_lincoln}}",  # no page title to name the subject
    "{{Goodreads author|432.Ayn_Rand}}",
    "{{PhilPapers|nonsense|x}}",
    "{{bibleref|Mark}}",
    "{{NRHP url|id=x}}",
    "{{OEtymD}}",
    "{{cite Earth Impact DB}}",
]


@pytest.mark.parametrize("source", UNRENDERED)
def test_calls_without_what_they_need_stay_unrendered(source: str) -> None:
    assert rendering(source) is None


CONVERSIONS = [
    ("{{convert|6|ft|4|in|cm|0}}", "6 feet 4 inches (193 cm)"),
    ("{{convert|1000000|MT|ST|lk=out}}", "1,000,000 metric tons (1,100,000 short tons)"),
    ("{{convert|1000|ft|m|sing=on}}", "1,000-foot (300 m)"),
    ("{{native name|az|Azərbaycan Respublikası}}", "Azərbaycan Respublikası (Azerbaijani)"),
    ("{{native name|ber|{{noitalic|ⵟⴰⴳⴷⵓⴷⴰ ⵜⴰⵎⴻⴳⴷⴰⵢⵜ ⵜⴰⵖⴻⵔⴼⴰⵏⵜ ⵜⴰⵣⵣⴰⵢⵔⵉⵜ}}}}",
     "ⵟⴰⴳⴷⵓⴷⴰ ⵜⴰⵎⴻⴳⴷⴰⵢⵜ ⵜⴰⵖⴻⵔⴼⴰⵏⵜ ⵜⴰⵣⵣⴰⵢⵔⵉⵜ (Berber)"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "expected"), CONVERSIONS, ids=[c[0] for c in CONVERSIONS])
def test_conversions_and_native_names(source: str, expected: str) -> None:
    assert shown(source) == expected


def test_the_output_unit_links_with_lk_out() -> None:
    rendered = rendering("{{convert|1000000|MT|ST|lk=out}}")
    assert rendered is not None
    targets = [getattr(node, "target", None) for node in rendered]
    assert "Short ton" in targets


def test_two_input_units_need_an_explicit_precision() -> None:
    assert rendering("{{convert|6|ft|2|in|m}}") is None
    assert shown("{{convert|5|ft|1|in|m|2|abbr=on}}") == "5 ft 1 in (1.55 m)"
