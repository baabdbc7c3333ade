"""German Wikipedia's references ({{Internetquelle}}, {{Literatur}}…) on real calls."""

from __future__ import annotations

from datetime import date

import pytest

from wikiconv.ast import ExternalLink, Italic, Template
from wikiconv.readers.wikitext import read
from wikiconv.templates.citations_de import german_date
from wikiconv.walk import iter_nodes, plain_text, visible_nodes

NBSP = "\u00a0"
TODAY = date(2025, 1, 1)


def shown(source: str) -> str:
    document = read(source, today=TODAY)
    return plain_text(document.blocks[0]).replace(NBSP, " ") if document.blocks else ""


def urls(source: str) -> list[str]:
    # What the reader sees: the rendering, not the url= parameter itself.
    document = read(source)
    return [node.url for node in visible_nodes(document) if isinstance(node, ExternalLink)]


CASES = [
    (
        "{{Internetquelle |url=http://www.zeit.de/wirtschaft/2012-12/waffenhandel-bazooka-goetz"
        "-neuneck |titel=Eine moderne Bazooka ist eine Bedrohung |autor=Hauke Friederichs "
        "|hrsg=[[Zeit online]] |datum=2012-12-29 |zugriff=2016-01-05}}",
        "Hauke Friederichs: Eine moderne Bazooka ist eine Bedrohung. Zeit online, "
        "29. Dezember 2012, abgerufen am 5. Januar 2016.",
    ),
    (
        "{{Internetquelle |url=//developer.mozilla.org/en/XULRunner |zugriff=2014-11-09 "
        "|titel=XULRunner |sprache=en}}",
        "XULRunner. Abgerufen am 9. November 2014 (englisch).",
    ),
    (
        "{{Internetquelle |url=http://t3n.de/news/firefox-marketplace-mozilla-421542/ "
        "|titel=Firefox Marketplace: Mozilla öffnet eigenen Appstore |autor=Andreas Floemer "
        "|werk=[[T3N Magazin|t3n Magazin]] |datum=2012-10-19 |zugriff=2012-10-21}}",
        "Andreas Floemer: Firefox Marketplace: Mozilla öffnet eigenen Appstore. "
        "In: t3n Magazin. 19. Oktober 2012, abgerufen am 21. Oktober 2012.",
    ),
    (
        "{{Internetquelle |url=https://bugzilla.mozilla.org/show_bug.cgi?id=527907 "
        "|titel=Expose x86_64 Linux builds on the download pages |titelerg=Bug 527907 "
        "|autor=Andre Costa |hrsg=Mozilla |werk=Bugzilla@Mozilla |datum=2009-11-11 "
        "|zugriff=2015-03-04 |sprache=en}}",
        "Andre Costa: Expose x86_64 Linux builds on the download pages. Bug 527907. "
        "In: Bugzilla@Mozilla. Mozilla, 11. November 2009, abgerufen am 4. März 2015 (englisch).",
    ),
    (
        "{{Internetquelle |url=http://weblogs.mozillazine.org/ben/archives/009749.html "
        "|titel=About the Firefox „memory leak“ |sprache=en |datum=2006-02-14 "
        "|zugriff=2011-07-26 |autor=Ben Goodger |archiv-url=https://web.archive.org/web/"
        "20070323005727/http://weblogs.mozillazine.org/ben/archives/009749.html "
        "|archiv-datum=2007-03-23}}",
        "Ben Goodger: About the Firefox „memory leak“. 14. Februar 2006, archiviert vom "
        "Original am 23. März 2007; abgerufen am 26. Juli 2011 (englisch).",
    ),
    (
        "{{Internetquelle |url=https://wiki.mozilla.org/Platform/2010-03-16 |titel=Weekly "
        "Platform Status Meeting 2010-03-16 |datum=2010-03-16 |zugriff=2010-03-17 "
        "|zitat=There will be no more updates for Firefox 3.0.x |sprache=en}}",
        "Weekly Platform Status Meeting 2010-03-16. 16. März 2010, abgerufen am 17. März 2010 "
        "(englisch): „There will be no more updates for Firefox 3.0.x“.",
    ),
    (
        "{{Internetquelle |url=https://www.mozilla.org/en-US/about/history/details/ "
        "|titel=History of the Mozilla Project |werk=Mozilla |sprache=en-US "
        "|zugriff=2016-04-03}}",
        "History of the Mozilla Project. In: Mozilla. Abgerufen am 3. April 2016 (englisch).",
    ),
    (
        "{{Internetquelle\n |url=https://wiki.mozilla.org/Firefox/Roadmap\n |titel=Release-"
        "Roadmap\n |titelerg=Version 0.3\n |hrsg=MozillaWiki\n |sprache=en\n |datum=November "
        "2007\n |zugriff=(unbekannt)}}",
        "Release-Roadmap. Version 0.3. MozillaWiki, November 2007, abgerufen am (unbekannt) "
        "(englisch).",
    ),
    (
        "{{Literatur\n   |Autor=Michael Kolberg\n   |Titel=Mozillas Firefox, [[Mozilla "
        "Thunderbird|Thunderbird]] und [[Lightning (Software)|Lightning]]\n   |TitelErg=Internet,"
        " Mail und mehr\n   |Verlag=[[Markt+Technik Verlag|Markt + Technik]]\n   |Ort=München\n"
        "   |Datum=2008\n   |ISBN=978-3-8272-4424-6}}",
        "Michael Kolberg: Mozillas Firefox, Thunderbird und Lightning. Internet, Mail und mehr. "
        "Markt + Technik, München 2008, ISBN 978-3-8272-4424-6.",
    ),
    (
        "{{Literatur |Autor=Günter Wollert, Reiner Lidschun, Wilfried Kopenhagen "
        "|Titel=Schützenwaffen |TitelErg=(1945–1985) |Sammelwerk=Illustrierte Enzyklopädie der "
        "Schützenwaffen aus aller Welt |Band=Band 1+2 |Auflage=5. |Verlag=Brandenburgisches "
        "Verlagshaus |Ort=Berlin |Datum=1988 |ISBN=3-89488-057-0 |Kapitel=Waffen |Seiten=179 "
        "|Kommentar=}}",
        "Günter Wollert, Reiner Lidschun, Wilfried Kopenhagen: Schützenwaffen. (1945–1985). In: "
        "Illustrierte Enzyklopädie der Schützenwaffen aus aller Welt. Band 1+2. 5. Auflage. "
        "Brandenburgisches Verlagshaus, Berlin 1988, ISBN 3-89488-057-0, Waffen, S. 179.",
    ),
    (
        "{{Literatur|Titel=Cyberfox: Neuer 64 Bit-Firefox-Klon im Check|Sammelwerk=CHIP Online"
        "|Online=http://www.chip.de/news/Cyberfox-Neuer-64-Bit-Firefox-Klon-im-Check_61549782."
        "html|Abruf=2017-01-24}}",
        "Cyberfox: Neuer 64 Bit-Firefox-Klon im Check. In: CHIP Online. "
        "(chip.de [abgerufen am 24. Januar 2017]).",
    ),
    (
        "{{Google Buch|BuchID=bdFCNJeiWsEC|Seite=|Linktext=eingeschränkte Online-Version|Land=US}}",
        "eingeschränkte Online-Version",
    ),
    (
        "{{cite gnis|1562127|Bradley}}",
        '"Bradley". Geographic Names Information System. United States Geological Survey, '
        "United States Department of the Interior.",
    ),
    (
        "{{Cite GovTrack|CA|4|accessdate=March 3, 2013}}",
        '"California\'s 4th congressional district". GovTrack.us. Civic Impulse, LLC. '
        "Retrieved March 3, 2013.",
    ),
]


@pytest.mark.parametrize(("source", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_german_citations_render_what_the_page_shows(source: str, expected: str) -> None:
    assert shown(source) == expected


@pytest.mark.parametrize(
    ("written", "german"),
    [("2012-12-29", "29. Dezember 2012"), ("2007-11", "November 2007"),
     ("23.12.2007", "23. Dezember 2007"), ("November 2007", "November 2007"),
     ("2007-13-01", "2007-13-01")],
)  # fmt: skip
def test_german_dates(written: str, german: str) -> None:
    assert german_date(written) == german


def test_the_title_links_to_the_page_and_original_to_the_archive() -> None:
    source = (
        "{{Internetquelle |url=http://www.spreadfirefox.com/news_events |titel=News & Events "
        "|zugriff=2010-04-10 |archiv-url=https://web.archive.org/web/20100412083156/http://"
        "www.spreadfirefox.com/news_events |archiv-datum=2010-04-12}}"
    )
    assert urls(source) == [
        "http://www.spreadfirefox.com/news_events",
        "https://web.archive.org/web/20100412083156/http://www.spreadfirefox.com/news_events",
    ]


def test_literatur_sets_titles_in_italics_and_links_the_online_copy() -> None:
    source = (
        "{{Literatur|Titel=Mozilla: Firefox 36 kann HTTP/2 - Golem.de|Online=https://www.golem"
        ".de/news/mozilla-firefox-36-kann-http-2-1502-112509.html|Abruf=2017-03-18}}"
    )
    document = read(source)
    italics = [plain_text(n) for n in iter_nodes(document) if isinstance(n, Italic)]
    assert italics == ["Mozilla: Firefox 36 kann HTTP/2 - Golem.de."]
    assert urls(source) == [
        "https://www.golem.de/news/mozilla-firefox-36-kann-http-2-1502-112509.html"
    ]


def test_google_buch_links_the_book() -> None:
    assert urls("{{Google Buch|BuchID=ZO1IGCLCvWYC|Seite=12|Land=US}}") == [
        "https://books.google.com/books?id=ZO1IGCLCvWYC&pg=PA12"
    ]
    assert shown("{{Google Buch|BuchID=x}}") == "eingeschränkte Vorschau in der Google-Buchsuche"
    # German Wikipedia's other name for it, shared with English {{Google books}}.
    assert urls("{{Google Books|BuchID=x|Seite=3}}") == [
        "https://books.google.de/books?id=x&pg=PA3"
    ]
    assert urls("{{Google Books|id=x|title=T}}") == ["https://books.google.com/books?id=x"]


@pytest.mark.parametrize(
    "source", ["{{Internetquelle|url=http://x.org|zugriff=2014-11-09}}", "{{Literatur|Autor=A}}",
               "{{Cite GovTrack|XX|4}}"],
)  # fmt: skip
def test_calls_without_a_title_stay_unrendered(source: str) -> None:
    # Inside a sentence: a lone call on its own line is a block the reader may drop.
    (call,) = [node for node in iter_nodes(read("x " + source)) if isinstance(node, Template)]
    assert call.rendered is None
