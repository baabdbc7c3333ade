"""The CS1/CS2 citation templates, on calls taken from the corpus articles."""

from __future__ import annotations

from datetime import date

import pytest

import wikiconv
from wikiconv.ast import ExternalLink, Italic, Link, Template
from wikiconv.readers.wikitext import read
from wikiconv.references import numbered
from wikiconv.walk import iter_nodes, plain_text

NBSP = "\u00a0"


def call(source: str) -> Template:
    """The one template call of ``source``, as the reader renders it."""
    document = wikiconv.parse(source, "wikitext")
    found = [node for node in iter_nodes(document) if isinstance(node, Template)]
    assert len(found) == 1
    return found[0]


def shown(template: Template) -> str:
    assert template.rendered is not None
    return plain_text(template.rendered).replace(NBSP, " ")


def urls(template: Template) -> list[str]:
    return [
        node.url
        for node in iter_nodes(Italic(template.rendered or ()))
        if isinstance(node, ExternalLink)
    ]


@pytest.mark.parametrize(
    ("source", "text", "links"),
    [
        (
            "{{cite web |url=http://www.alpn.edu.au/node/66 |archiveurl=https://web.archive.org"
            "/web/20130414202207/http://alpn.edu.au/node/66 |archivedate=14 April 2013 "
            "|title=The Australian courts and comparative law |publisher=Australian Law "
            "Postgraduate Network |accessdate=9 March 2015}}",
            '"The Australian courts and comparative law". Australian Law Postgraduate '
            "Network. Archived from the original on 14 April 2013. Retrieved 9 March 2015.",
            [
                "http://www.alpn.edu.au/node/66",
                "https://web.archive.org/web/20130414202207/http://alpn.edu.au/node/66",
            ],
        ),
        (
            "{{cite news |last=Monaghan |first=Angela |title=The AAA-rated club: which "
            "countries still make the grade? |url=https://www.theguardian.com/x "
            "|accessdate=8 June 2015 |newspaper=The Guardian |location= London "
            "|date=15 October 2014}}",
            'Monaghan, Angela (15 October 2014). "The AAA-rated club: which countries still '
            'make the grade?". The Guardian. London. Retrieved 8 June 2015.',
            ["https://www.theguardian.com/x"],
        ),
        (
            "{{cite journal | vauthors = Jewett JC, Bertozzi CR | title = Cu-free click "
            "cycloaddition reactions in chemical biology | journal = Chemical Society Reviews "
            "| volume = 39 | issue = 4 | pages = 1272–9 | year = 2010 | pmid = 20349533 "
            "| pmc = 2865253 | doi = 10.1039/b901970g }}",
            'Jewett JC, Bertozzi CR (2010). "Cu-free click cycloaddition reactions in chemical '
            'biology". Chemical Society Reviews. 39 (4): 1272–9. doi:10.1039/b901970g. '
            "PMC 2865253. PMID 20349533.",
            [
                "https://doi.org/10.1039/b901970g",
                "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC2865253",
                "https://pubmed.ncbi.nlm.nih.gov/20349533",
            ],
        ),
        (
            "{{cite book |url=https://books.google.com/?id=7D66 |title=A companion to Europe "
            "since 1945 |page=118 |first=Klaus |last=Larres |year=2009 "
            "|isbn=978-1-4051-0612-2 |location=Chichester |publisher=Wiley-Blackwell}}",
            "Larres, Klaus (2009). A companion to Europe since 1945. Chichester: "
            "Wiley-Blackwell. p. 118. ISBN 978-1-4051-0612-2.",
            ["https://books.google.com/?id=7D66"],
        ),
        (
            "{{Cite book|title=Chicago Architecture and Design|author1=Pridmore, Jay "
            "|author2=George A. Larson |publisher=Harry N. Abrams, Inc.|year=2005"
            "|isbn=0-8109-5892-9|chapter=The Meaning of Mies and the Rise of Modernism"
            "|editor-last=Smith|editor-first=Ann|pages=10-12|oclc=123}}",
            'Pridmore, Jay; George A. Larson (2005). "The Meaning of Mies and the Rise of '
            'Modernism". In Smith, Ann (ed.). Chicago Architecture and Design. Harry N. '
            "Abrams, Inc. pp. 10–12. ISBN 0-8109-5892-9. OCLC 123.",
            ["https://www.worldcat.org/oclc/123"],
        ),
        (
            "{{cite press release |url=http://www.northernireland.gov.uk/x.htm |title=Foster "
            "announces the future shape of local government |publisher=Northern Ireland "
            "Executive |date=13 March 2008 |accessdate=20 October 2008 |df=}}",
            '"Foster announces the future shape of local government" (Press release). '
            "Northern Ireland Executive. 13 March 2008. Retrieved 20 October 2008.",
            ["http://www.northernireland.gov.uk/x.htm"],
        ),
        (
            "{{cite report |title=Schools, pupils and their characteristics: January 2016 "
            "|id=SFR 20/2016 |url=https://www.gov.uk/s |format=PDF |publisher=Department for "
            "Education |page=8 |date=28 June 2016}}",
            "Schools, pupils and their characteristics: January 2016 (Report) (PDF). "
            "Department for Education. 28 June 2016. p. 8. SFR 20/2016.",
            ["https://www.gov.uk/s"],
        ),
        (
            "{{cite encyclopedia |editor1-first=John |editor1-last=Davies |editor2-first="
            "Nigel |editor2-last=Jenkins |encyclopedia=[[Encyclopaedia of Wales|The Welsh "
            "Academy Encyclopaedia of Wales]] |year=2008 |publisher=University of Wales Press "
            "|location=Cardiff |isbn=978-0-7083-1953-6 |page=915}}",
            "Davies, John; Jenkins, Nigel (eds.) (2008). The Welsh Academy Encyclopaedia of "
            "Wales. Cardiff: University of Wales Press. p. 915. ISBN 978-0-7083-1953-6.",
            [],
        ),
        (
            "{{cite magazine |last1=Doe |first1=Jane |last2=Roe |first2=Rick |title=Rivers "
            "|magazine=Time |volume=12 |issue=3 |pages=40–45 |date=May 2001 |issn=0040-781X}}",
            'Doe, Jane; Roe, Rick (May 2001). "Rivers". Time. Vol. 12, no. 3. pp. 40–45. '
            "ISSN 0040-781X.",
            ["https://www.worldcat.org/issn/0040-781X"],
        ),
        (
            "{{citation |last=Kropotkin |first=Peter |author-link=Peter Kropotkin |title="
            "Anarchism |encyclopedia=Encyclopædia Britannica |year=1910 |url=http://x.org/a "
            "|access-date=1 May 2020}}",
            'Kropotkin, Peter (1910), "Anarchism", Encyclopædia Britannica, retrieved 1 May 2020',
            ["http://x.org/a"],
        ),
        (
            "{{Citation | title = comments in the host-side Linux implementation | "
            "url=http://lxr.linux.no/rndis_host.c}}",
            "comments in the host-side Linux implementation",
            ["http://lxr.linux.no/rndis_host.c"],
        ),
        (
            "{{cite thesis |last=Ng |first=Al |title=On Loops |degree=PhD |publisher=MIT "
            "|year=1999 |archive-url=https://archive.org/1 |url-status=live}}",
            "Ng, Al (1999). On Loops (PhD thesis). MIT. Archived from the original.",
            ["https://archive.org/1"],
        ),
    ],
)
def test_citation_renders_in_cs1_order(source: str, text: str, links: list[str]) -> None:
    template = call(source)
    assert shown(template) == text
    assert urls(template) == links


def test_title_is_quoted_or_italic_by_kind_and_linked_to_url() -> None:
    web = call("{{cite web|url=http://a.org|title=Page|website=Site|access-date=2020-01-02}}")
    assert web.rendered is not None
    assert isinstance(web.rendered[1], ExternalLink)
    assert web.rendered[1].url == "http://a.org"
    assert shown(web) == '"Page". Site. Retrieved 2020-01-02.'
    book = call("{{cite book|title=Tome|url=http://b.org}}")
    assert book.rendered is not None
    assert isinstance(book.rendered[0], Italic)
    assert shown(book) == "Tome."


def test_author_link_and_isbn_are_internal_links() -> None:
    template = call("{{cite book|last=Orwell|first=George|authorlink=George Orwell|title=1984"
                    "|isbn=0-452-28423-6}}")  # fmt: skip
    assert template.rendered is not None
    targets = [n.target for n in iter_nodes(Italic(template.rendered)) if isinstance(n, Link)]
    assert targets == ["George Orwell", "Special:BookSources/0-452-28423-6"]


def test_empty_parameters_are_skipped() -> None:
    template = call("{{cite web|url=http://a.org|title=Page|publisher=|date=|accessdate=}}")
    assert shown(template) == '"Page".'


def test_without_a_title_the_rest_of_the_citation_shows() -> None:
    # CS1 flags the missing title and shows the rest; the address stands in for it.
    assert shown(call("{{cite web|url=http://a.org|title=|publisher=P}}")) == '"http://a.org". P.'
    assert urls(call("{{cite web|url=http://a.org}}")) == ["http://a.org"]
    assert shown(call("{{cite news|publisher=P|date=2001}}")) == "P. 2001."
    # Nothing to show at all: the call stays unrendered.
    assert call("{{cite book|year=2000}}").rendered is None


def test_iran_census_2006_is_its_fixed_citation() -> None:
    document = read("<ref>{{IranCensus2006|09}}</ref>", today=date(2025, 1, 1))
    [note] = numbered(document)
    assert plain_text(note.content or ()) == (
        '"Census of the Islamic Republic of Iran, 1385 (2006)". Islamic Republic of Iran. '
        "Archived from the original (Excel) on 2011-11-11."
    )


@pytest.mark.parametrize(
    ("source", "text"),
    [
        # ASCII: {{cite IETF}}; Autism: {{vcite book}}. Shown in CS1's order.
        (
            "{{cite IETF|title=TELNET Protocol|rfc=158|pages=4-5|author=T. O'Sullivan"
            "|date=May 19, 1971|publisher=IETF}}",
            "T. O'Sullivan (May 19, 1971). TELNET Protocol. IETF. pp. 4–5. RFC 158.",
        ),
        (
            "{{vcite book |author=Houston R, Frith U |title=Autism in History |year=2000 "
            "|publisher=Blackwell |isbn=978-0-631-22089-3}}",
            "Houston R, Frith U (2000). Autism in History. Blackwell. ISBN 978-0-631-22089-3.",
        ),
    ],
)
def test_other_citation_templates_show_their_citation_in_cs1_order(source: str, text: str) -> None:
    assert shown(call(source)) == text


def test_an_rfc_links_to_its_text() -> None:
    assert "https://datatracker.ietf.org/doc/html/rfc158" in urls(
        call("{{cite IETF|title=TELNET Protocol|rfc=158}}")
    )
