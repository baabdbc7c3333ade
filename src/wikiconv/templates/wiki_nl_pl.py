"""The Dutch and Polish Wikipedias' core templates, written as each wiki shows them.

Dutch: ``{{Bron?}}`` raises "[bron?]" after the words it questions, the citations
write "Geraadpleegd op 15 maart 2020", ``{{Zie hoofdartikel|X}}`` "Zie X voor het
hoofdartikel over dit onderwerp.", and ``{{en}}``, ``{{de}}``… mark a source's language
"(en)" (French Wikipedia has the same markers). Polish (Moduł:Cytuj): "Jan Kowalski,
*Tytuł* [online], gov.pl, 12 marca 2020 [dostęp 2020-03-15] (ang.).", periodicals in
Polish quotation marks („Czasopismo”), and hatnotes "Główny artykuł: X". Reference
lists, portals and authority control show nothing in the text. A citation with a
parameter not rendered here stays unrendered.
"""

from __future__ import annotations

import re

from wikiconv.ast import ExternalLink, Inline, Italic, Link, Superscript, Text
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler
from wikiconv.templates.wiki_shared import (
    NBSP,
    Nodes,
    Params,
    external,
    isbn,
    joined,
    page_list,
    texts,
    written_date,
)

__all__: list[str] = []

_CODE = re.compile(r"[a-z]{2,3}")

# ---------------------------------------------------------------- Dutch


@handler("Bron?")
def bron(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Bron?|text|date}}: the text questioned, then "[bron?]" raised.
    return (*call.arg(1), Superscript((Text("[bron?]"),)))


_NL_PEOPLE = ("auteur", "author", "achternaam", "last", "voornaam", "first", "auteurlink")
_NL_KNOWN = (*_NL_PEOPLE, "url", "titel", "title", "datum", "date", "jaar", "year", "werk",
             "work", "uitgever", "publisher", "bezochtdatum", "accessdate", "access-date",
             "taal", "language", "pagina", "pages", "plaats", "location", "isbn",
             "id", "ref")  # fmt: skip


def _nl_citation(call: TemplateCall, book: bool) -> Output:
    # (en) Achternaam, Voornaam (datum). Titel. Werk. Uitgever, Plaats. p. 45. ISBN ….
    # Geraadpleegd op 15 maart 2020.
    params = Params(call)
    title = params.get("titel", "title")
    url = params.text("url")
    if params.unknown(_NL_KNOWN, _NL_PEOPLE) or not title or not (book or url):
        return None
    code = params.text("taal", "language").lower()
    if code and not _CODE.fullmatch(code):
        return None
    people = params.people(("auteur", "author"), ("voornaam", "first"),
                           ("achternaam", "last"), order="last, first")  # fmt: skip
    if people and params.text("auteurlink"):
        people[0] = (Link(params.text("auteurlink"), people[0]),)
    when = texts(written_date(params.text("datum", "date", "jaar", "year"), "nl"))
    authors = tuple(page_list(people, " en ", "; "))
    if authors and when:
        authors, when = (*authors, Text(" ("), *when, Text(")")), ()
    linked = external(title, url)
    page = params.text("pagina", "pages")
    parts = [
        authors,
        (Italic(linked),) if book else linked,
        (Italic(params.get("werk", "work")),) if params.get("werk", "work") else (),
        tuple(joined([params.get("uitgever", "publisher"), params.get("plaats", "location")],
                     ", ")),
        when,
        texts(f"p.{NBSP}{page}" if page else ""),
        isbn("ISBN", params.text("isbn")),
    ]  # fmt: skip
    accessed = params.text("bezochtdatum", "accessdate", "access-date")
    if accessed:
        parts.append(texts(f"Geraadpleegd op {written_date(accessed, 'nl')}"))
    lead = (Text(f"({code}) "),) if code and code != "nl" else ()
    return (*lead, *joined(parts, ". "), Text("."))


@handler("Citeer web")
def citeer_web(call: TemplateCall, ctx: HandlerContext) -> Output:
    return _nl_citation(call, book=False)


@handler("Citeer boek")
def citeer_boek(call: TemplateCall, ctx: HandlerContext) -> Output:
    return _nl_citation(call, book=True)


@handler("Zie hoofdartikel")
def zie_hoofdartikel(call: TemplateCall, ctx: HandlerContext) -> Output:
    page = call.text(1)
    if not page or len(call.positional()) > 1:
        return None
    return (Text("Zie "), Link(page), Text(" voor het hoofdartikel over dit onderwerp."))


# The language markers of Dutch (and French) Wikipedia: {{en}} shows "(en)". Others
# of these codes name English Wikipedia templates ({{pl}}, {{ru}}, {{zh}}, {{ca}}).
_MARKERS = ("en", "de", "fr", "es", "it", "nl", "pt", "ja", "sv", "la", "da", "fi")


@handler(*_MARKERS)
def language_marker(call: TemplateCall, ctx: HandlerContext) -> Output:
    return None if call.template.params else (Text(f"({call.name.lower()})"),)


# ---------------------------------------------------------------- Polish

_PL_PEOPLE = ("autor", "author", "imię", "first", "nazwisko", "last", "autor link")
_PL_KNOWN = (*_PL_PEOPLE, "url", "tytuł", "title", "data", "date", "rok", "dostęp",
             "data dostępu", "accessdate", "język", "language", "id", "ref")  # fmt: skip
# The language notes of Polish citations: "(ang.)".
_JEZYKI = {"en": "ang.", "de": "niem.", "fr": "fr.", "es": "hiszp.", "it": "wł.",
           "ru": "ros.", "nl": "niderl.", "pt": "port.", "cs": "cz.", "sv": "szw.",
           "la": "łac.", "uk": "ukr."}  # fmt: skip


def _pl_citation(
    call: TemplateCall, known: tuple[str, ...], middle: list[Nodes], online: bool
) -> Output:
    """Authors, the title (italic, "[online]" for a web page), the ``middle`` parts,
    "[dostęp …]" and the language note, separated by commas."""
    params = Params(call)
    title = params.get("tytuł", "title")
    if params.unknown((*_PL_KNOWN, *known), _PL_PEOPLE) or not title:
        return None
    code = params.text("język", "language").lower()
    if code and code != "pl" and code not in _JEZYKI:
        return None
    people = params.people(("autor", "author"), ("imię", "first"), ("nazwisko", "last"))
    if people and params.text("autor link"):
        people[0] = (Link(params.text("autor link"), people[0]),)
    url = params.text("url")
    shown: list[Inline] = [Italic(external(title, url))]
    if url and online:
        shown.append(Text(" [online]"))
    out = joined([*people, tuple(shown), *middle], ", ")
    accessed = params.text("dostęp", "data dostępu", "accessdate")
    if accessed:
        out.append(Text(f" [dostęp {accessed}]"))
    if code in _JEZYKI:
        out.append(Text(f" ({_JEZYKI[code]})"))
    return (*out, Text("."))


def _pl_date(params: Params) -> Nodes:
    return texts(written_date(params.text("data", "date", "rok"), "pl"))


@handler("Cytuj stronę")
def cytuj_strone(call: TemplateCall, ctx: HandlerContext) -> Output:
    # Jan Kowalski, Tytuł [online], opublikowany, data [dostęp 2020-03-15] (ang.).
    params = Params(call)
    if not params.text("url"):
        return None
    middle = [params.get("opublikowany", "praca", "work"), _pl_date(params)]
    return _pl_citation(call, ("opublikowany", "praca", "work"), middle, online=True)


def _pl_pages(params: Params) -> Nodes:
    pages = params.text("s", "strony")
    return texts(f"s.{NBSP}{pages}" if pages else "")


@handler("Cytuj książkę")
def cytuj_ksiazke(call: TemplateCall, ctx: HandlerContext) -> Output:
    # Jan Kowalski, Tytuł, t. 2, Warszawa: PWN, 2005, s. 45, ISBN ….
    params = Params(call)
    volume = params.text("tom")
    middle = [
        texts(f"t.{NBSP}{volume}" if volume else ""),
        tuple(joined([params.get("miejsce"), params.get("wydawca")], ": ")),
        _pl_date(params),
        _pl_pages(params),
        isbn("ISBN", params.text("isbn")),
    ]
    known = ("tom", "miejsce", "wydawca", "s", "strony", "isbn")
    return _pl_citation(call, known, middle, online=True)


@handler("Cytuj pismo")
def cytuj_pismo(call: TemplateCall, ctx: HandlerContext) -> Output:
    # Jan Kowalski, Tytuł, „Czasopismo”, 12 (3), 2005, s. 45-67, DOI: 10.1000/xyz.
    params = Params(call)
    journal = params.get("czasopismo", "journal")
    if not journal:
        return None
    volume, number, doi = params.text("wolumin"), params.text("numer"), params.text("doi")
    issue = f"{volume} ({number})" if volume and number else volume or number
    middle = [
        (Text("\u201e"), *journal, Text("\u201d")),
        texts(issue),
        _pl_date(params),
        _pl_pages(params),
        (Text("DOI: "), ExternalLink(f"https://doi.org/{doi}", (Text(doi),))) if doi else (),
    ]
    known = ("czasopismo", "journal", "wolumin", "numer", "s", "strony", "doi")
    return _pl_citation(call, known, middle, online=False)


def _pages(call: TemplateCall) -> list[Nodes]:
    return [(Link(page),) for page in call.positional_texts() if page]


@handler("Główny artykuł")
def glowny_artykul(call: TemplateCall, ctx: HandlerContext) -> Output:
    pages = _pages(call)
    if not pages:
        return None
    label = "Główny artykuł" if len(pages) == 1 else "Główne artykuły"
    return (Text(f"{label}: "), *joined(pages, ", "))


@handler("Zobacz też")
def zobacz_tez(call: TemplateCall, ctx: HandlerContext) -> Output:
    pages = _pages(call)
    return (Text("Zobacz też: "), *joined(pages, ", ")) if pages else None


# Authority control: nothing in the text. The reference lists {{Przypisy}} and Dutch
# {{Appendix}} are lists of notes, in notes.py.
_NOTHING = ("Kontrola autorytatywna",)


@handler(*_NOTHING)
def nothing(call: TemplateCall, ctx: HandlerContext) -> Output:
    return ()
