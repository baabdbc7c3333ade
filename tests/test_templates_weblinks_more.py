"""Identifier, profile and sister-project links, reference links and attribution notes."""

from __future__ import annotations

from datetime import date

import pytest

from wikiconv.ast import ExternalLink, Italic, Link, Template
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


def rendered(source: str, title: str | None = None) -> tuple[object, ...]:
    document = read(source, WikiOptions(title=title), today=TODAY)
    call = next(node for node in iter_nodes(document) if isinstance(node, Template))
    assert call.rendered is not None, source
    return call.rendered


IDENTIFIERS = [
    ("{{Bibcode|1948MNRAS.108..252B}}", "Bibcode:1948MNRAS.108..252B",
     "https://ui.adsabs.harvard.edu/abs/1948MNRAS.108..252B"),
    ("{{Bibcode|1948MNRAS.108..372H}}", "Bibcode:1948MNRAS.108..372H",
     "https://ui.adsabs.harvard.edu/abs/1948MNRAS.108..372H"),
    ("{{doi|10.1086/430653}}", "doi:10.1086/430653", "https://doi.org/10.1086/430653"),
    ("{{DOI|10.1080/00359190409519169}}", "doi:10.1080/00359190409519169",
     "https://doi.org/10.1080/00359190409519169"),
    ("{{JSTOR|3793107}}", "JSTOR 3793107", "https://www.jstor.org/stable/3793107"),
    ("{{PMID|17322060}}", "PMID 17322060", "https://pubmed.ncbi.nlm.nih.gov/17322060"),
    ("{{PMC|2323303}}", "PMC 2323303", "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC2323303"),
    ("{{PMC|PMC2323303}}", "PMC 2323303",
     "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC2323303"),
    ("{{arXiv|0706.0001}}", "arXiv:0706.0001", "https://arxiv.org/abs/0706.0001"),
    ("{{arxiv|archive=astro-ph|id=0603001}}", "arXiv:astro-ph/0603001",
     "https://arxiv.org/abs/astro-ph/0603001"),
    ("{{arXiv|math/0501001}}", "arXiv:math/0501001", "https://arxiv.org/abs/math/0501001"),
    ("{{LCCN|n79-18774}}", "LCCN n79-18774", "https://lccn.loc.gov/n79018774"),
    ("{{LCCN|2001012345}}", "LCCN 2001012345", "https://lccn.loc.gov/2001012345"),
    ("{{LCCN|85-2 /AC/r932}}", "LCCN 85-2 /AC/r932", "https://lccn.loc.gov/85000002"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "text", "url"), IDENTIFIERS, ids=[c[0] for c in IDENTIFIERS])
def test_identifiers_show_their_name_and_link_the_number(source: str, text: str, url: str) -> None:
    assert shown(source) == text
    assert [found for found, _ in links(source)] == [url]


@pytest.mark.parametrize(
    ("source", "article"),
    [("{{Bibcode|1948MNRAS.108..252B}}", "Bibcode (identifier)"),
     ("{{doi|10.1086/430653}}", "Doi (identifier)"),
     ("{{JSTOR|3793107}}", "JSTOR (identifier)"),
     ("{{PMID|17322060}}", "PMID (identifier)"),
     ("{{LCCN|n79-18774}}", "LCCN (identifier)")],
)  # fmt: skip
def test_the_identifier_name_links_to_its_article(source: str, article: str) -> None:
    first = rendered(source)[0]
    assert isinstance(first, Link) and first.target == article


PROFILES = [
    # Real calls from the corpus' External links sections, and the usual forms.
    ("{{IMDb title|0115462|Actresses}}", "Actresses at IMDb",
     [("https://www.imdb.com/title/tt0115462/", "Actresses")]),
    ("{{IMDb title|id=tt0071562|title=The Godfather Part II}}",
     "The Godfather Part II at IMDb",
     [("https://www.imdb.com/title/tt0071562/", "The Godfather Part II")]),
    ("{{Find a Grave|8707127|Albert Sidney Johnston}}", "Albert Sidney Johnston at Find a Grave",
     [("https://www.findagrave.com/memorial/8707127", "Albert Sidney Johnston")]),
    ("{{MathGenealogy|id=34220|name=Alain Connes}}",
     "Alain Connes at the Mathematics Genealogy Project",
     [("https://www.mathgenealogy.org/id.php?id=34220", "Alain Connes")]),
    ("{{nlab|id=Alain+Connes|title=Alain Connes}}", "Alain Connes at the nLab",
     [("https://ncatlab.org/nlab/show/Alain+Connes", "Alain Connes")]),
    ("{{IMSLP|work=An American in Paris (Gershwin, George)|cname=''An American in Paris''}}",
     "An American in Paris: Scores at the International Music Score Library Project",
     [("https://imslp.org/wiki/An_American_in_Paris_(Gershwin,_George)",
       "An American in Paris")]),
    ("{{IMSLP|id=Vivaldi, Antonio|cname=Antonio Vivaldi}}",
     "Free scores by Antonio Vivaldi at the International Music Score Library Project (IMSLP)",
     [("https://imslp.org/wiki/Category:Vivaldi,_Antonio", "Free scores by Antonio Vivaldi")]),
    ("{{Gutenberg author |id=Aldous_Huxley |name=Aldous Huxley}}",
     "Works by Aldous Huxley at Project Gutenberg",
     [("https://www.gutenberg.org/author/Aldous_Huxley", "Works by Aldous Huxley")]),
    ("{{gutenberg author|id=Albert_Einstein|name=Albert Einstein}}",
     "Works by Albert Einstein at Project Gutenberg",
     [("https://www.gutenberg.org/author/Albert_Einstein", "Works by Albert Einstein")]),
    ("{{Gutenberg author|id=113|name=Henry James}}", "Works by Henry James at Project Gutenberg",
     [("https://www.gutenberg.org/ebooks/author/113", "Works by Henry James")]),
    ("{{Gutenberg Australia |id=plusfifty-n-z.html#orwell |name=Animal Farm}}",
     "Animal Farm at Project Gutenberg Australia",
     [("http://gutenberg.net.au/plusfifty-n-z.html#orwell", "Animal Farm")]),
    ("{{Gutenberg Australia |id=ebooks/x.html |title=Le Petit Prince}}",
     "Le Petit Prince at Project Gutenberg Australia",
     [("http://gutenberg.net.au/ebooks/x.html", "Le Petit Prince")]),
    ("{{Librivox author |id=1538 |name=Albert Einstein}}",
     "Works by Albert Einstein at LibriVox (public domain audiobooks)",
     [("https://librivox.org/author/1538", "Works by Albert Einstein")]),
    ("{{ATP|A092|Andre Agassi}}", "Andre Agassi at the Association of Tennis Professionals",
     [("https://www.atptour.com/en/players/-/A092/overview", "Andre Agassi")]),
    ("{{WTA|230234|Maria Sharapova}}", "Maria Sharapova at the Women's Tennis Association",
     [("https://www.wtatennis.com/players/230234/-", "Maria Sharapova")]),
    ("{{ITF profile|10000009|Andre Agassi}}",
     "Andre Agassi at the International Tennis Federation",
     [("https://www.itftennis.com/en/players/-/10000009/", "Andre Agassi")]),
    ("{{DavisCup player|10000009|Andre Agassi}}", "Andre Agassi at the Davis Cup",
     [("https://www.daviscup.com/en/players/player.aspx?id=10000009", "Andre Agassi")]),
    ("{{Tennishof|andre-agassi|Andre Agassi}}",
     "Andre Agassi at the International Tennis Hall of Fame",
     [("https://www.tennisfame.com/hall-of-famers/inductees/andre-agassi", "Andre Agassi")]),
    ("{{Discogs artist|38661-Ramones|Ramones}}", "Ramones discography at Discogs",
     [("https://www.discogs.com/artist/38661-Ramones", "Ramones discography")]),
    ("{{Rotten Tomatoes|the_godfather_part_ii|The Godfather Part II}}",
     "The Godfather Part II at Rotten Tomatoes",
     [("https://www.rottentomatoes.com/m/the_godfather_part_ii", "The Godfather Part II")]),
    ("{{Rotten Tomatoes|celebrity/bryan_cranston|Bryan Cranston}}",
     "Bryan Cranston at Rotten Tomatoes",
     [("https://www.rottentomatoes.com/celebrity/bryan_cranston", "Bryan Cranston")]),
    ("{{C-SPAN|georgewbush}}", "Appearances on C-SPAN",
     [("https://www.c-span.org/person/?georgewbush", "Appearances")]),
    ("{{Instagram|ramones|Ramones}}", "Ramones on Instagram",
     [("https://www.instagram.com/ramones/", "Ramones")]),
    ("{{sfdb|87465|Andrei Tarkovsky}}", "Andrei Tarkovsky at the Swedish Film Database",
     [("https://www.svenskfilmdatabas.se/sv/item/?type=person&itemid=87465",
       "Andrei Tarkovsky")]),
    ("{{Worldcat id|id=lccn-n92-119422|name=Alain Connes}}",
     "Works by or about Alain Connes in libraries (WorldCat catalog)",
     [("https://www.worldcat.org/identities/lccn-n92-119422/",
       "Works by or about Alain Connes")]),
    ("{{WorldCat|viaf=71392434|name=Aldous Huxley}}",
     "Works by or about Aldous Huxley in libraries (WorldCat catalog)",
     [("https://www.worldcat.org/identities/containsVIAFID/71392434/",
       "Works by or about Aldous Huxley")]),
]  # fmt: skip


@pytest.mark.parametrize(("source", "text", "found"), PROFILES, ids=[c[0][:60] for c in PROFILES])
def test_profile_links_show_name_at_site(
    source: str, text: str, found: list[tuple[str, str]]
) -> None:
    assert shown(source) == text
    assert links(source) == found


TITLED = [
    # Calls that name no one: the page title (without a parenthesised part) stands in.
    ("{{Find a Grave|8707127}}", "Albert Sidney Johnston",
     "Albert Sidney Johnston at Find a Grave"),
    ("{{MacTutor|id=Connes}}", "Alain Connes",
     "O'Connor, John J.; Robertson, Edmund F., \"Alain Connes\", MacTutor History of "
     "Mathematics Archive, University of St Andrews"),
    ("{{MathGenealogy|id=34220}}", "Alain Connes",
     "Alain Connes at the Mathematics Genealogy Project"),
    ("{{Librivox author |id=1035}}", "Aldous Huxley",
     "Works by Aldous Huxley at LibriVox (public domain audiobooks)"),
    ("{{Internet Archive author |sname=Aldous Leonard Huxley}}", "Aldous Huxley",
     "Works by or about Aldous Huxley at the Internet Archive"),
    ("{{Internet Archive author |sname=Albert Einstein}}", "Albert Einstein",
     "Works by or about Albert Einstein at the Internet Archive"),
    ("{{ATP|A092}}", "Andre Agassi", "Andre Agassi at the Association of Tennis Professionals"),
    ("{{ITF profile|10000009}}", "Andre Agassi",
     "Andre Agassi at the International Tennis Federation"),
    ("{{DavisCup player|10000009}}", "Andre Agassi", "Andre Agassi at the Davis Cup"),
    ("{{Tennishof|andre-agassi}}", "Andre Agassi",
     "Andre Agassi at the International Tennis Hall of Fame"),
    ("{{sfdb|87465}}", "Andrei Tarkovsky", "Andrei Tarkovsky at the Swedish Film Database"),
    ("{{worldcat id|lccn-n78-10232}}", "Andrei Tarkovsky",
     "Works by or about Andrei Tarkovsky in libraries (WorldCat catalog)"),
    ("{{Worldcat id|lccn-n92-119422}}", "Alain Connes",
     "Works by or about Alain Connes in libraries (WorldCat catalog)"),
    ("{{IMDb title|0115462}}", "Actrius", "Actrius at IMDb"),
    ("{{Discogs artist|38661-Ramones}}", "Ramones (band)", "Ramones discography at Discogs"),
    ("{{Instagram|ramones}}", "Ramones", "Ramones on Instagram"),
    ("{{commonscat-inline}}", "Albert Sidney Johnston",
     "Media related to Albert Sidney Johnston at Wikimedia Commons"),
    ("{{Britannica|animal/aardvark}}", "Aardvark", '"Aardvark". Encyclopædia Britannica.'),
]  # fmt: skip


@pytest.mark.parametrize(("source", "title", "expected"), TITLED, ids=[c[0] for c in TITLED])
def test_the_page_title_names_the_subject(source: str, title: str, expected: str) -> None:
    assert shown(source, title) == expected


REFERENCES = [
    ("{{GoldBookRef | title=alkanes | file = A00222 | date = 1995}}",
     'IUPAC, Compendium of Chemical Terminology, 2nd ed. (the "Gold Book") (1997). Online '
     'corrected version: (1995) "alkanes". doi:10.1351/goldbook.A00222'),
    ("{{GoldBookRef|title=transition state theory|file=T06470}}",
     'IUPAC, Compendium of Chemical Terminology, 2nd ed. (the "Gold Book") (1997). Online '
     'corrected version: (2006\u2013) "transition state theory". doi:10.1351/goldbook.T06470'),
    ("{{OED|Brahui}}",
     '"Brahui". Oxford English Dictionary (Online ed.). Oxford University Press. (Subscription '
     "or participating institution membership required.)"),
    ("{{OED|bamboo}}",
     '"bamboo". Oxford English Dictionary (Online ed.). Oxford University Press. (Subscription '
     "or participating institution membership required.)"),
    ("{{snopes | link = http://www.snopes.com/quotes/onesmall.asp | title = One Small Step }}",
     '"One Small Step". Snopes.com.'),
    ("{{MacTutor|id=Euler|title=Leonhard Euler|date=September 1998}}",
     "O'Connor, John J.; Robertson, Edmund F. (September 1998), \"Leonhard Euler\", MacTutor "
     "History of Mathematics Archive, University of St Andrews"),
    ("{{MacTutor Biography|class=HistTopics|id=Functions|title=The function concept}}",
     "O'Connor, John J.; Robertson, Edmund F., \"The function concept\", MacTutor History of "
     "Mathematics Archive, University of St Andrews"),
    ("{{Britannica|animal/aardvark|Aardvark|access-date=18 November 2013}}",
     '"Aardvark". Encyclopædia Britannica. Retrieved 18 November 2013.'),
]  # fmt: skip


@pytest.mark.parametrize(("source", "expected"), REFERENCES, ids=[c[0][:50] for c in REFERENCES])
def test_reference_links_render_as_their_citations(source: str, expected: str) -> None:
    assert shown(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [("{{GoldBookRef | title=alkanes | file = A00222 | date = 1995}}",
      [("https://goldbook.iupac.org/terms/view/A00222", "alkanes"),
       ("https://doi.org/10.1351/goldbook.A00222", "10.1351/goldbook.A00222")]),
     ("{{OED|Brahui}}", [("https://www.oed.com/search?searchType=dictionary&q=Brahui", "Brahui")]),
     ("{{MacTutor|id=Euler|title=Leonhard Euler}}",
      [("https://mathshistory.st-andrews.ac.uk/Biographies/Euler/", "Leonhard Euler")]),
     ("{{snopes | link = http://www.snopes.com/quotes/onesmall.asp | title = One Small Step }}",
      [("http://www.snopes.com/quotes/onesmall.asp", "One Small Step")])],
)  # fmt: skip
def test_reference_titles_link_to_the_entry(source: str, expected: list[tuple[str, str]]) -> None:
    assert links(source) == expected


SISTERS = [
    ("{{commonscat-inline|Albert Sidney Johnston}}",
     "Media related to Albert Sidney Johnston at Wikimedia Commons",
     [("https://commons.wikimedia.org/wiki/Category:Albert_Sidney_Johnston",
       "Albert Sidney Johnston")]),
    ("{{Commons category-inline|Eduarda Santos Lisboa}}",
     "Media related to Eduarda Santos Lisboa at Wikimedia Commons",
     [("https://commons.wikimedia.org/wiki/Category:Eduarda_Santos_Lisboa",
       "Eduarda Santos Lisboa")]),
    ("{{Commons-inline|Aardvark}}", "Media related to Aardvark at Wikimedia Commons",
     [("https://commons.wikimedia.org/wiki/Aardvark", "Aardvark")]),
    ("{{Wikiquote-inline|Albert Einstein}}", "Quotations related to Albert Einstein at Wikiquote",
     [("https://en.wikiquote.org/wiki/Albert_Einstein", "Albert Einstein")]),
    ("{{Wiktionary-inline|aardvark}}", "The dictionary definition of aardvark at Wiktionary",
     [("https://en.wiktionary.org/wiki/aardvark", "aardvark")]),
    ("{{Wikisource-inline|Author:Albert Einstein}}",
     "Works written by or about Albert Einstein at Wikisource",
     [("https://en.wikisource.org/wiki/Author:Albert_Einstein", "Albert Einstein")]),
]  # fmt: skip


@pytest.mark.parametrize(("source", "text", "found"), SISTERS, ids=[c[0] for c in SISTERS])
def test_inline_sister_links_show_their_sentence(
    source: str, text: str, found: list[tuple[str, str]]
) -> None:
    assert shown(source) == text
    assert links(source) == found


def test_wikisource_inline_list_entries_follow_the_sentence() -> None:
    # Aardvark: the list's entries, each on its own line after the sentence.
    source = (
        "{{Wikisource-inline|list=\n"
        '** "[[s:Popular Science Monthly/Volume 14/March 1879/The Aard-Vark or Earth-Hog|The '
        "Aard-Vark or Earth-Hog]]\" in ''[[Popular Science Monthly]]'', Vol. 14 (March 1879)\n"
        "** {{Cite NSRW|wstitle=Aardvark |short=x |noicon=x}}\n}}"
    )
    assert shown(source, "Aardvark") == (
        'Works related to Aardvark at Wikisource "The Aard-Vark or Earth-Hog" in Popular '
        'Science Monthly, Vol. 14 (March 1879) "Aardvark". The New Student\'s Reference '
        "Work. 1914."
    )


NOTES = [
    ("{{Include-NASA}}",
     "This article incorporates public domain material from websites or documents of the "
     "National Aeronautics and Space Administration."),
    ("{{Include-USGov|agency=United States Geological Survey}}",
     "This article incorporates public domain material from websites or documents of the "
     "United States Geological Survey."),
    ("{{Include-USGov}}",
     "This article incorporates public domain material from websites or documents of the "
     "United States Government."),
    ("{{Include-NASA|article=Apollo 11 Mission Overview|url=https://www.nasa.gov/a11}}",
     'This article incorporates public domain material from "Apollo 11 Mission Overview". '
     "National Aeronautics and Space Administration."),
    ("{{PD-notice}}",
     "This article incorporates text from this source, which is in the public domain."),
    ("{{Source-attribution|Wood, James, ed. (1907). ''The Nuttall Encyclopædia''.}}",
     "This article incorporates text from a publication now in the public domain: Wood, James, "
     "ed. (1907). The Nuttall Encyclopædia."),
]  # fmt: skip


@pytest.mark.parametrize(("source", "expected"), NOTES, ids=[c[0][:40] for c in NOTES])
def test_attribution_notes_show_their_sentence(source: str, expected: str) -> None:
    assert shown(source) == expected


@pytest.mark.parametrize(
    "source",
    ["{{More footnotes|date=February 2012}}", "{{No footnotes|date=May 2010}}",
     "{{External links|date=January 2015}}", "{{Wikinews|Fortieth anniversary of first manned "
     "Moon landing}}", "{{Wikibooks|Wikijunior:Countries A-Z|voy=Andorra|Andorra}}",
     "{{Wikipedia books|Andorra}}", "{{Incubator|code= brh}}", "{{wikilivres|Animal Farm}}",
     "{{wikilivres}}", "{{Library resources box |by=yes | |onlinebooks=yes |viaf=71392434}}",
     "{{Spoken Wikipedia|En-Aardvark.ogg|2006-01-01}}", "{{Wikiversity|Albert Einstein}}",
     "{{Listen|pos=left|filename=Frase de Neil Armstrong.ogg|title=\"That's one small "
     "step&nbsp;...\"|description=|format=[[Ogg]]}}",
     "{{open access}}", "{{Closed access}}"],
)  # fmt: skip
def test_boxes_banners_and_icons_show_nothing(source: str) -> None:
    assert rendered(source) == ()


def test_titles_are_italic_where_the_page_shows_them_so() -> None:
    first = rendered("{{IMDb title|0115462|Actresses}}")[0]
    assert isinstance(first, Italic)
    film = rendered("{{Rotten Tomatoes|the_godfather_part_ii|The Godfather Part II}}")[0]
    person = rendered("{{Rotten Tomatoes|celebrity/bryan_cranston|Bryan Cranston}}")[0]
    assert isinstance(film, Italic) and isinstance(person, ExternalLink)


def test_lccn_is_looked_up_in_its_normal_form() -> None:
    from wikiconv.templates.weblinks_more import lccn_normalised

    assert lccn_normalised("n79-18774") == "n79018774"
    assert lccn_normalised("85-2 /AC/r932") == "85000002"
    assert lccn_normalised("sh 85-26371") == "sh85026371"
    assert lccn_normalised("2001012345") == "2001012345"


@pytest.mark.parametrize(
    "source",
    ["{{Bibcode}}", "{{JSTOR}}", "{{PMID|abc}}", "{{PMC}}", "{{doi}}", "{{LCCN}}",
     "{{IMSLP}}", "{{Gutenberg author}}", "{{nlab}}", "{{GoldBookRef|title=alkanes}}",
     "{{OED}}", "{{snopes|title=One Small Step}}", "{{Source-attribution}}",
     "{{Find a Grave|8707127}}", "{{Worldcat id|lccn-n78-10232}}"],
)  # fmt: skip
def test_calls_missing_what_the_link_needs_stay_unrendered(source: str) -> None:
    # Without a page title, a profile template has no name to show either.
    calls = [node for node in iter_nodes(read("x " + source)) if isinstance(node, Template)]
    assert calls[0].rendered is None
