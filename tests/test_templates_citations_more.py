"""Encyclopedia entries, speeches, episodes, tweets, patents and anchor ids."""

from __future__ import annotations

from datetime import date

import pytest

from wikiconv.ast import ExternalLink, Italic, Link, Template
from wikiconv.readers.wikitext import read
from wikiconv.walk import iter_nodes, plain_text, visible_nodes

NBSP = "\u00a0"
TODAY = date(2025, 1, 1)


def shown(source: str) -> str:
    document = read("x " + source, today=TODAY)
    return plain_text(document.blocks[0]).replace(NBSP, " ").removeprefix("x ")


def links(source: str) -> list[tuple[str, str]]:
    document = read("x " + source, today=TODAY)
    found = [node for node in visible_nodes(document) if isinstance(node, ExternalLink)]
    return [(node.url, plain_text(node.content)) for node in found]


def rendered(source: str) -> tuple[object, ...]:
    call = next(n for n in iter_nodes(read(source, today=TODAY)) if isinstance(n, Template))
    assert call.rendered is not None, source
    return call.rendered


ENCYCLOPEDIAS = [
    # The short form names the work and year; the full one its editor and publisher.
    ("{{Cite NSRW|wstitle=Aardvark |short=x |noicon=x}}",
     "\"Aardvark\". The New Student's Reference Work. 1914."),
    ("{{Cite NSRW|wstitle=Becquerel Rays}}",
     "Beach, Chandler B., ed. (1914). \"Becquerel Rays\". The New Student's Reference Work. "
     "Chicago: F. E. Compton and Co."),
    ("{{Cite Collier's|wstitle=Aard-vark |short=x |noicon=x}}",
     "\"Aard-vark\". Collier's New Encyclopedia. 1921."),
    ("{{Cite Collier's|wstitle=Academy}}",
     "Reynolds, Francis J., ed. (1921). \"Academy\". Collier's New Encyclopedia. New York: "
     "P. F. Collier & Son Company."),
    ("{{Cite EB1911|wstitle=Prokop}}",
     "Chisholm, Hugh, ed. (1911). \"Prokop\". Encyclopædia Britannica (11th ed.). Cambridge "
     "University Press."),
    ("{{Cite EB1911|wstitle=Lhasa|volume=16|pages=529-532}}",
     "Chisholm, Hugh, ed. (1911). \"Lhasa\". Encyclopædia Britannica. Vol. 16 (11th ed.). "
     "Cambridge University Press. pp. 529\u2013532."),
    ("{{Cite EB1911|wstitle=Lhasa|volume=16|pages=529-532|first=Henry|last=Yule}}",
     "Yule, Henry (1911). \"Lhasa\". In Chisholm, Hugh (ed.). Encyclopædia Britannica. "
     "Vol. 16 (11th ed.). Cambridge University Press. pp. 529\u2013532."),
    ("{{cite EB1911|wstitle=Aardvark|short=1}}",
     "\"Aardvark\". Encyclopædia Britannica (11th ed.). 1911."),
    ("{{Cite Catholic Encyclopedia|wstitle=René Descartes}}",
     "Herbermann, Charles, ed. (1913). \"René Descartes\". Catholic Encyclopedia. New York: "
     "Robert Appleton Company."),
    ("{{Cite Catholic Encyclopedia|wstitle=Methuselah}}",
     "Herbermann, Charles, ed. (1913). \"Methuselah\". Catholic Encyclopedia. New York: "
     "Robert Appleton Company."),
    ("{{Cite Americana|wstitle=Jaguar|short=x}}", "\"Jaguar\". Encyclopedia Americana. 1920."),
    ("{{Cite Americana|wstitle=Monrovia|title=Monrovia, Liberia|short=x}}",
     "\"Monrovia, Liberia\". Encyclopedia Americana. 1920."),
    ("{{Cite Nuttall|wstitle=Lafontaine, Jean de|short=x}}",
     "\"Lafontaine, Jean de\". The Nuttall Encyclopædia. 1907."),
    ("{{Cite Nuttall|wstitle=Keys, The Power of the}}",
     "Wood, James, ed. (1907). \"Keys, The Power of the\". The Nuttall Encyclopædia. London "
     "and New York: Frederick Warne."),
    ("{{Cite NIE|wstitle=La Fontaine, Jean de|short=x}}",
     "\"La Fontaine, Jean de\". New International Encyclopedia (1st ed.). 1905."),
    ("{{Cite NIE|wstitle=Runkle, John Daniel}}",
     "Gilman, D. C.; Peck, H. T.; Colby, F. M., eds. (1905). \"Runkle, John Daniel\". New "
     "International Encyclopedia (1st ed.). New York: Dodd, Mead."),
    ("{{Cite Appletons'|wstitle=Runkle, John Daniel}}",
     "Wilson, J. G.; Fiske, J., eds. (1900). \"Runkle, John Daniel\". Appletons' Cyclopædia of "
     "American Biography. New York: D. Appleton."),
    ("{{Cite DNB|wstitle=Smith, Adam|volume=53}}",
     "Lee, Sidney, ed. (1898). \"Smith, Adam\". Dictionary of National Biography. Vol. 53. "
     "London: Smith, Elder & Co."),
    ("{{Cite DNB|wstitle=Bacon, Francis|volume=2}}",
     "Stephen, Leslie, ed. (1885). \"Bacon, Francis\". Dictionary of National Biography. "
     "Vol. 2. London: Smith, Elder & Co."),
    ("{{Cite DNB|wstitle=Jonson, Benjamin|volume=30}}",
     "Lee, Sidney, ed. (1892). \"Jonson, Benjamin\". Dictionary of National Biography. "
     "Vol. 30. London: Smith, Elder & Co."),
    ("{{Cite DNB|wstitle=Dickens, Charles|volume=15}}",
     "Stephen, Leslie, ed. (1888). \"Dickens, Charles\". Dictionary of National Biography. "
     "Vol. 15. London: Smith, Elder & Co."),
    ("{{Cite DNB|wstitle=Lamb, Charles|volume=32}}",
     "Lee, Sidney, ed. (1892). \"Lamb, Charles\". Dictionary of National Biography. Vol. 32. "
     "London: Smith, Elder & Co."),
    ("{{Cite DNB|wstitle=Hume, David|volume=28}}",
     "Lee, Sidney, ed. (1891). \"Hume, David\". Dictionary of National Biography. Vol. 28. "
     "London: Smith, Elder & Co."),
    ("{{Cite DNB|wstitle=Hobbes, Thomas|volume=27}}",
     "Lee, Sidney, ed. (1891). \"Hobbes, Thomas\". Dictionary of National Biography. Vol. 27. "
     "London: Smith, Elder & Co."),
    ("{{Cite DNB|wstitle=Gray, Thomas|volume=23}}",
     "Stephen, Leslie; Lee, Sidney, eds. (1890). \"Gray, Thomas\". Dictionary of National "
     "Biography. Vol. 23. London: Smith, Elder & Co."),
]  # fmt: skip


@pytest.mark.parametrize(("source", "expected"), ENCYCLOPEDIAS, ids=[c[0] for c in ENCYCLOPEDIAS])
def test_encyclopedia_entries_render_as_cs1(source: str, expected: str) -> None:
    assert shown(source) == expected


@pytest.mark.parametrize(
    ("source", "url"),
    [("{{Cite NSRW|wstitle=Aardvark |short=x}}",
      "https://en.wikisource.org/wiki/The_New_Student%27s_Reference_Work/Aardvark"),
     ("{{Cite Collier's|wstitle=Aard-vark |short=x}}",
      "https://en.wikisource.org/wiki/Collier%27s_New_Encyclopedia_%281921%29/Aard-vark"),
     ("{{Cite EB1911|wstitle=Prokop}}",
      "https://en.wikisource.org/wiki/1911_Encyclop%C3%A6dia_Britannica/Prokop"),
     ("{{Cite Catholic Encyclopedia|wstitle=Methuselah}}",
      "https://en.wikisource.org/wiki/Catholic_Encyclopedia_%281913%29/Methuselah"),
     ("{{Cite EB1911|title=Aardvark|url=https://example.org/aardvark}}",
      "https://example.org/aardvark")],
)  # fmt: skip
def test_encyclopedia_titles_link_to_the_wikisource_text(source: str, url: str) -> None:
    assert [found for found, _ in links(source)] == [url]


def test_the_work_and_its_editor_link_to_their_articles() -> None:
    parts = rendered("{{Cite EB1911|wstitle=Prokop}}")
    editor = parts[0]
    assert isinstance(editor, Link) and editor.target == "Hugh Chisholm"
    works = [node for node in parts if isinstance(node, Italic)]
    assert works and isinstance(works[0].content[0], Link)
    assert works[0].content[0].target == "Encyclopædia Britannica Eleventh Edition"


GREC = [
    ("{{Cite GREC|title=Ermessenda de Castellbò|NDCHEC=0024413|en=1}}",
     "\"Ermessenda de Castellbò\". Gran Enciclopèdia Catalana. Barcelona: Grup Enciclopèdia "
     "Catalana.", "https://www.enciclopedia.cat/EC-GEC-0024413.xml"),
    ("{{Cite GREC|title=La formació d'Andorra|NDCHEC=0003864|en=1}}",
     "\"La formació d'Andorra\". Gran Enciclopèdia Catalana. Barcelona: Grup Enciclopèdia "
     "Catalana.", "https://www.enciclopedia.cat/EC-GEC-0003864.xml"),
    ("{{Cite GREC|title=Andorra la Vella|NDCHEC=0004115}}",
     "\"Andorra la Vella\". Gran Enciclopèdia Catalana (in Catalan). Barcelona: Grup "
     "Enciclopèdia Catalana.", "https://www.enciclopedia.cat/EC-GEC-0004115.xml"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "expected", "url"), GREC, ids=[c[0][:40] for c in GREC])
def test_cite_grec(source: str, expected: str, url: str) -> None:
    assert shown(source) == expected
    assert [found for found, _ in links(source)] == [url]


EINSTEIN_SPEECH = """{{cite speech
|last = Einstein
|first = Albert
|date = 1923
|event = Lecture delivered to the Nordic Assembly of Naturalists at Gothenburg, 11 July 1923
|place = Gothenburg
|orig-year = First published 1923, in English 1967
|publication-date = 3 February 2015
|title = Grundgedanken und Probleme der Relativitätstheorie
|trans-title = Fundamental Ideas and Problems of the Theory of Relativity
|language = German (1923) and English (1967)
|work = Nobel Lectures, Physics 1901–1921
|publisher = Nobelprice.org
|via =  Nobel Media AB 2014
|publication-place = Stockholm
|url = http://www.nobelprize.org/nobel_prizes/physics/laureates/1921/einstein-lecture.html
|format = PDF
|ref = harv
}}"""

CS1 = [
    (EINSTEIN_SPEECH,
     "Einstein, Albert (1923 [First published 1923, in English 1967]). Grundgedanken und "
     "Probleme der Relativitätstheorie [Fundamental Ideas and Problems of the Theory of "
     "Relativity] (PDF) (Speech) (in German (1923) and English (1967)). Lecture delivered to "
     "the Nordic Assembly of Naturalists at Gothenburg, 11 July 1923. Nobel Lectures, Physics "
     "1901–1921. Stockholm: Nobelprice.org (published 3 February 2015) \u2013 via Nobel Media "
     "AB 2014."),
    ("{{cite speech |title=The Role of the Supreme Court in American Life |first=Earl "
     "|last=Warren |date=7 March 1953 |location=Washington, D.C.}}",
     "Warren, Earl (7 March 1953). The Role of the Supreme Court in American Life (Speech). "
     "Washington, D.C."),
    ("{{cite speech |title=I Have a Dream |last=King |first=Martin Luther Jr. "
     "|date=August 28, 1963 |event=March on Washington for Jobs and Freedom "
     "|location=Washington, D.C.}}",
     "King, Martin Luther Jr. (August 28, 1963). I Have a Dream (Speech). March on Washington "
     "for Jobs and Freedom. Washington, D.C."),
    ("{{cite AV media notes |title=The Ghosts That Haunt Me |others=Crash Test Dummies "
     "|year=1991 |type=CD booklet |publisher=BMG}}",
     "The Ghosts That Haunt Me (CD booklet). Crash Test Dummies. BMG. 1991."),
    ("{{cite AV media notes |title=Abbey Road |last=Lewisohn |first=Mark |year=1987 "
     "|publisher=Apple Records |location=London}}",
     "Lewisohn, Mark (1987). Abbey Road (Media notes). London: Apple Records."),
    ("{{cite episode |title=Pilot |series=Lost |serieslink=Lost (TV series) |network=ABC "
     "|season=1 |number=1 |date=September 22, 2004}}",
     "\"Pilot\". Lost. Season 1. Episode 1. ABC. September 22, 2004."),
    ("{{cite episode |title=The Moon Landing |series=Horizon |network=BBC Two "
     "|location=London |airdate=20 July 1989 |time=00:12:30}}",
     "\"The Moon Landing\". Horizon. London: BBC Two. 20 July 1989. Event occurs at "
     "00:12:30."),
    ("{{cite interview |last=Armstrong |first=Neil |interviewer=Stephen E. Ambrose "
     "|title=Oral history |work=NASA Johnson Space Center Oral History Project "
     "|date=September 19, 2001}}",
     "Armstrong, Neil (September 19, 2001). \"Oral history\". NASA Johnson Space Center Oral "
     "History Project (Interview). Interviewed by Stephen E. Ambrose."),
    ("{{cite interview |subject=Aldous Huxley |interviewer-last=Wallace "
     "|interviewer-first=Mike |title=The Mike Wallace Interview |date=May 18, 1958}}",
     "Aldous Huxley (May 18, 1958). \"The Mike Wallace Interview\" (Interview). Interviewed "
     "by Wallace, Mike."),
    ("{{cite mailing list |url=https://lkml.org/x |title=Re: Linux 2.6 "
     "|mailing-list=linux-kernel |last=Torvalds |first=Linus |date=5 January 2000}}",
     "Torvalds, Linus (5 January 2000). \"Re: Linux 2.6\". linux-kernel (Mailing list)."),
    ("{{cite mailing list |title=Announce |mailinglist=python-list |date=1991 "
     "|access-date=1 May 2020}}",
     "\"Announce\". python-list (Mailing list). 1991. Retrieved 1 May 2020."),
    ("{{cite sign |title=Fort Anne |year=2003 |type=plaque "
     "|publisher=Historic Sites and Monuments Board of Canada}}",
     "Fort Anne (plaque). Historic Sites and Monuments Board of Canada. 2003."),
    ("{{cite sign |title=Welcome to Andorra |location=Pas de la Casa}}",
     "Welcome to Andorra (Sign). Pas de la Casa."),
    ("{{cite tweet |user=DefenceHQ |number=1664910283530977280 |date=3 June 2023 "
     "|title=Latest Defence Intelligence update on the situation in Ukraine "
     "|author=UK Ministry of Defence}}",
     "UK Ministry of Defence [@DefenceHQ] (3 June 2023). \"Latest Defence Intelligence update "
     "on the situation in Ukraine\" (Tweet) \u2013 via Twitter."),
    ("{{cite tweet |user=gruber |number=741989829173510145 |date=June 12, 2016 "
     "|title=I should write about it}}",
     "@gruber (June 12, 2016). \"I should write about it\" (Tweet) \u2013 via Twitter."),
    ("{{cite tweet |user=BarackObama |number=266031293945503744 |last=Obama |first=Barack "
     "|date=6 November 2012 |title=Four more years. |access-date=7 November 2012}}",
     "Obama, Barack [@BarackObama] (6 November 2012). \"Four more years.\" (Tweet). Retrieved 7 "
     "November 2012 \u2013 via Twitter."),
]  # fmt: skip


@pytest.mark.parametrize(("source", "expected"), CS1, ids=[c[0][:50] for c in CS1])
def test_cs1_classes_render_in_cs1_order(source: str, expected: str) -> None:
    assert shown(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [("{{cite tweet |user=gruber |number=741989829173510145 |title=I should write about it}}",
      [("https://twitter.com/gruber/status/741989829173510145", "I should write about it")]),
     ("{{cite mailing list |url=https://lkml.org/x |title=Re: Linux 2.6 "
      "|mailing-list=linux-kernel}}", [("https://lkml.org/x", "Re: Linux 2.6")]),
     (EINSTEIN_SPEECH,
      [("http://www.nobelprize.org/nobel_prizes/physics/laureates/1921/einstein-lecture.html",
        "Grundgedanken und Probleme der Relativitätstheorie")])],
)  # fmt: skip
def test_titles_link_to_url(source: str, expected: list[tuple[str, str]]) -> None:
    assert links(source) == expected


def test_speech_titles_are_italic_and_episode_titles_quoted() -> None:
    speech = rendered("{{cite speech |title=I Have a Dream |last=King |first=Martin}}")
    assert any(isinstance(node, Italic) and plain_text(node) == "I Have a Dream"
               for node in speech)  # fmt: skip
    episode = rendered("{{cite episode |title=Pilot |series=Lost |serieslink=Lost (TV series)}}")
    assert plain_text(episode[:3]) == '"Pilot"'
    series = [node for node in episode if isinstance(node, Italic)]
    assert isinstance(series[0].content[0], Link)
    assert series[0].content[0].target == "Lost (TV series)"


PATENTS = [
    ("{{cite patent |country=US |number=4404972 |title=Implantable device with microprocessor "
     "control |gdate=1983-06-28 |inventor1-first=Pat L. |inventor1-last=Gordon "
     "|inventor2-first=Richard V. |inventor2-last=Calfee |inventor3-first=Jay "
     "|inventor3-last=Miner |assign1=Intermedics, Inc.}}",
     "US patent 4404972, Pat L. Gordon; Richard V. Calfee & Jay Miner, \"Implantable device "
     "with microprocessor control\", issued 1983-06-28, assigned to Intermedics, Inc.",
     "https://patents.google.com/patent/US4404972"),
    ("{{cite patent |country=US |number=4390022 |title=Implantable device with microprocessor "
     "control |gdate=1983-06-28 |invent1=Richard V. Calfee |invent2=Jay Miner "
     "|assign1=Intermedics, Inc.}}",
     "US patent 4390022, Richard V. Calfee & Jay Miner, \"Implantable device with "
     "microprocessor control\", issued 1983-06-28, assigned to Intermedics, Inc.",
     "https://patents.google.com/patent/US4390022"),
    ("{{cite patent |country=US |number=4485457 |title=Memory system including RAM and page "
     "switchable ROM |gdate=1984-11-27 |inventor-last=Balaska |inventor-first=Richard K. "
     "|assign1=CBS Inc.}}",
     "US patent 4485457, Richard K. Balaska, \"Memory system including RAM and page "
     "switchable ROM\", issued 1984-11-27, assigned to CBS Inc.",
     "https://patents.google.com/patent/US4485457"),
    ("{{cite patent |country=us |number=2,717,437 |status=patent |title=Velvet type fabric "
     "|pubdate=1955-09-13}}",
     "US patent 2,717,437, \"Velvet type fabric\", published 1955-09-13",
     "https://patents.google.com/patent/US2717437"),
    ("{{cite patent |country=EP |number=1234567 |status=application |title=Widget}}",
     "EP application 1234567, \"Widget\"", "https://patents.google.com/patent/EP1234567"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "expected", "url"), PATENTS, ids=[c[0][:50] for c in PATENTS])
def test_cite_patent(source: str, expected: str, url: str) -> None:
    assert shown(source) == expected
    assert [found for found, _ in links(source)] == [url]


@pytest.mark.parametrize(
    ("source", "expected"),
    [("{{harvid|Einstein|1935}}", "CITEREFEinstein1935"),
     ("{{harvid|Lindsey|Cilliers|Griffin|Taylor|2008}}", "CITEREFLindseyCilliersGriffinTaylor2008"),
     ("{{harvid|Schlitter|2005}}", "CITEREFSchlitter2005"),
     ("{{harvid|Stachel|2008}}", "CITEREFStachel2008"),
     ("{{sfnRef|Time|n.d.}}", "CITEREFTimen.d."),
     ("{{SfnRef|Merriam-Webster Online Dictionary|2010}}",
      "CITEREFMerriam-Webster Online Dictionary2010")],
)  # fmt: skip
def test_anchor_ids_run_the_names_and_year_together(source: str, expected: str) -> None:
    assert shown(source) == expected


def test_anchor_id_matches_the_harv_link_anchor() -> None:
    # {{harvid}} names the work {{harvnb}} links to.
    document = read("x {{harvnb|Einstein|1935|p=5}}", today=TODAY)
    anchors = [node.anchor for node in visible_nodes(document) if isinstance(node, Link)]
    assert anchors == [shown("{{harvid|Einstein|1935}}")] == ["CITEREFEinstein1935"]


def test_a_harvid_in_ref_leaves_the_citation_unchanged() -> None:
    # Albert Einstein: |ref={{harvid|Einstein|1935}} names the anchor; it is not shown.
    with_ref = shown("{{cite journal|last=Einstein|title=T|journal=J|year=1935"
                     "|ref={{harvid|Einstein|1935}}}}")  # fmt: skip
    without = shown("{{cite journal|last=Einstein|title=T|journal=J|year=1935}}")
    assert with_ref == without == 'Einstein (1935). "T". J.'


@pytest.mark.parametrize(
    "source",
    ["{{Cite NSRW|short=x}}", "{{Cite GREC|NDCHEC=0024413}}", "{{cite speech|last=King}}",
     "{{cite tweet|user=gruber}}", "{{cite tweet|title=Hello}}", "{{cite patent|number=1}}",
     "{{harvid}}", "{{cite episode|number=4}}", "{{cite AV media notes|year=1991}}"],
)  # fmt: skip
def test_calls_without_a_title_stay_unrendered(source: str) -> None:
    calls = [node for node in iter_nodes(read("x " + source)) if isinstance(node, Template)]
    assert calls[0].rendered is None


def test_an_episode_without_a_title_is_named_by_its_series() -> None:
    # Ayn Rand: CS1 flags the missing title and shows the rest of the citation.
    source = (
        "{{cite episode|series=The Tomorrow Show|author=Tom Snyder|network=NBC"
        "|airdate=July 2, 1979}}"
    )
    document = read("x " + source)
    assert plain_text(document.blocks[0]) == "x Tom Snyder (July 2, 1979). The Tomorrow Show. NBC."
