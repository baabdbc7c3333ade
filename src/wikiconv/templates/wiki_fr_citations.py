"""The French Wikipedia's citation templates: ``{{Lien web}}``, ``{{Article}}``,
``{{Ouvrage}}``, ``{{Chapitre}}``.

They follow the French conventions of Module:Biblio, not CS1: "(en) Jean Dupont,
« Titre », sur *site*, 12 mars 2020 (consulté le 15 mars 2020)." A web page's title
is the link; a book's or an article's link is "lire en ligne" in the parentheses
after it. Book and periodical titles are in italics, others in French quotation
marks; dates are written in French ("1er mai 2020"). The page separates some parts
with an invisible left-to-right mark (for right-to-left scripts): it is left out.
A call with a parameter not rendered here stays unrendered.
"""

from __future__ import annotations

import re

from wikiconv.ast import ExternalLink, Inline, Italic, Link, Superscript, Text
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler
from wikiconv.templates.wiki_fr import french_date
from wikiconv.templates.wiki_shared import NBSP, Nodes, Params, external, isbn, joined, page_list

__all__: list[str] = []

_LANGUAGE = ("langue", "lang", "language")
_PEOPLE = ("auteur", "author", "prénom", "first", "nom", "last", "lien auteur", "et al.")
_DATES = ("date", "année", "year", "mois", "month", "jour")
_ACCESSED = ("consulté le", "accessdate", "access-date")
_ONLINE = ("lire en ligne", "url", "url texte")
# Parameters that change nothing the reader sees: an anchor, an icon.
_QUIET = ("id", "ref", "plume")
_GENERAL = (*_LANGUAGE, *_PEOPLE, *_DATES, *_ACCESSED, *_QUIET)
_CODE = re.compile(r"[a-z]{2,3}(?:-[a-z]+)?")


def _language(params: Params) -> Nodes | None:
    """ "(en) " before a source not in French; None for a value not a language code."""
    code = params.text(*_LANGUAGE).lower()
    if not code or code in ("fr", "français"):
        return ()
    return (Text(f"({code}) "),) if _CODE.fullmatch(code) else None


def _authors(params: Params) -> Nodes:
    """ "Jean Dupont, Marie Durand et Paul Martin" ("prénom nom" put together)."""
    people = params.people(("auteur", "author"), ("prénom", "first"), ("nom", "last"))
    linked: list[Nodes] = []
    for index, person in enumerate(people, 1):
        target = params.text(f"lien auteur{index}", *(("lien auteur",) if index == 1 else ()))
        linked.append((Link(target, person),) if target else person)
    out = page_list(linked, " et ")
    if out and params.get("et al."):
        out.append(Text(" et al."))
    return tuple(out)


def _date(params: Params) -> Nodes:
    written = params.text("date")
    if not written:
        parts = (params.text("jour"), params.text("mois", "month"), params.text("année", "year"))
        written = " ".join(part for part in parts if part)
    return french_date(written)


def _quoted(content: Nodes) -> Nodes:
    return (Text(f"«{NBSP}"), *content, Text(f"{NBSP}»"))


def _titled(params: Params, *keys: str) -> Nodes:
    """The title, with its subtitle after " : " as French typography sets it."""
    title = params.get(*keys)
    subtitle = params.get("sous-titre")
    return (*title, Text(f"{NBSP}: "), *subtitle) if title and subtitle else title


def _abbreviated(word: str, value: str) -> Nodes:
    return (Text(f"{word}{NBSP}{value}"),) if value else ()


def _number(value: str) -> Nodes:
    # "no 3", the o raised.
    return (Text("n"), Superscript((Text("o"),)), Text(f"{NBSP}{value}")) if value else ()


def _accessed(params: Params) -> Nodes:
    when = params.text(*_ACCESSED)
    return (Text("consulté le "), *french_date(when)) if when else ()


def _details(params: Params, identifiers: list[Nodes]) -> Nodes:
    """The parenthesis after a book or an article: identifiers, "lire en ligne"
    (the link) and "consulté le …"."""
    url = params.text(*_ONLINE)
    online: Nodes = (ExternalLink(url, (Text("lire en ligne"),)),) if url else ()
    inner = joined([*identifiers, online, _accessed(params)], ", ")
    return (Text(" ("), *inner, Text(")")) if inner else ()


def _start(params: Params, known: tuple[str, ...]) -> list[Inline] | None:
    """The language and the authors, or None if the call has a parameter not in
    ``known`` (the page would show it)."""
    if params.unknown((*_GENERAL, *known), _PEOPLE):
        return None
    language = _language(params)
    if language is None:
        return None
    authors = _authors(params)
    return [*language, *authors, Text(", ")] if authors else list(language)


@handler("Lien web")
def lien_web(call: TemplateCall, ctx: HandlerContext) -> Output:
    # (en) Auteur, « Titre » [PDF], sur site, éditeur, date (consulté le …).
    params = Params(call)
    known = ("titre", "title", "sous-titre", "url", "format", "site", "website", "work",
             "éditeur", "publisher", "archive-url", "archiveurl", "archive-date",
             "archivedate")  # fmt: skip
    out = _start(params, known)
    title, url = _titled(params, "titre", "title"), params.text("url")
    if out is None or not title or not url:
        return None
    out.extend(_quoted(external(title, url)))
    form = params.text("format")
    if form:
        out.append(Text(f" [{form.upper() if form.lower() == 'pdf' else form}]"))
    archive = params.text("archive-url", "archiveurl")
    if archive:
        # The archived copy: "[archive du 12 mars 2020]" after the title.
        when = params.text("archive-date", "archivedate")
        dated: Nodes = (Text(" du "), *french_date(when)) if when else ()
        out.extend((Text(" ["), ExternalLink(archive, (Text("archive"),)), *dated, Text("]")))
    site = params.get("site", "website", "work")
    parts = [
        (Text("sur "), Italic(site)) if site else (),
        params.get("éditeur", "publisher"),
        _date(params),
    ]
    rest = joined(parts, ", ")
    if rest:
        out.extend((Text(", "), *rest))
    accessed = _accessed(params)
    if accessed:
        out.extend((Text(" ("), *accessed, Text(")")))
    return (*out, Text("."))


@handler("Article")
def article(call: TemplateCall, ctx: HandlerContext) -> Output:
    # (en) Auteur, « Titre », Périodique, vol. 12, no 3, date, p. 45-67 (DOI …,
    # lire en ligne, consulté le …).
    params = Params(call)
    known = ("titre", "title", "sous-titre", "périodique", "journal", "revue", "work",
             "lieu", "éditeur", "volume", "vol", "numéro", "no", "issue", "pages", "page",
             "passage", "issn", "doi", "format", *_ONLINE)  # fmt: skip
    out = _start(params, known)
    title = _titled(params, "titre", "title")
    journal = params.get("périodique", "journal", "revue", "work")
    if out is None or not title or not journal:
        return None
    out.extend(_quoted(title))
    parts = [
        (Italic(journal),),
        params.get("lieu"),
        params.get("éditeur"),
        _abbreviated("vol.", params.text("volume", "vol")),
        _number(params.text("numéro", "no", "issue")),
        _date(params),
        _abbreviated("p.", params.text("pages", "page", "passage")),
    ]
    out.extend((Text(", "), *joined(parts, ", ")))
    doi = params.text("doi")
    identifiers: list[Nodes] = [_abbreviated("ISSN", params.text("issn"))]
    if doi:
        identifiers.insert(
            0, (Text(f"DOI{NBSP}"), ExternalLink(f"https://doi.org/{doi}", (Text(doi),)))
        )
    return (*out, *_details(params, identifiers), Text("."))


@handler("Ouvrage")
def ouvrage(call: TemplateCall, ctx: HandlerContext) -> Output:
    # (en) Auteur, Titre : Sous-titre, t. 2, Lieu, Éditeur, coll. « X », année,
    # 300 p. (ISBN …, lire en ligne), p. 45.
    params = Params(call)
    known = ("titre", "title", "sous-titre", "tome", "volume", "vol", "lieu", "location",
             "éditeur", "publisher", "collection", "pages totales", "isbn", "passage", "page",
             *_ONLINE)  # fmt: skip
    out = _start(params, known)
    title = _titled(params, "titre", "title")
    if out is None or not title:
        return None
    out.append(Italic(title))
    collection = params.get("collection")
    parts = [
        _abbreviated("t.", params.text("tome")),
        _abbreviated("vol.", params.text("volume", "vol")),
        params.get("lieu", "location"),
        params.get("éditeur", "publisher"),
        (Text("coll. "), *_quoted(collection)) if collection else (),
        _date(params),
        _pages(params.text("pages totales")),
    ]
    rest = joined(parts, ", ")
    if rest:
        out.extend((Text(", "), *rest))
    out.extend(_details(params, [isbn("ISBN", params.text("isbn"))]))
    return (*out, *_passage(params), Text("."))


@handler("Chapitre")
def chapitre(call: TemplateCall, ctx: HandlerContext) -> Output:
    # Auteur, « Chapitre », dans Auteurs de l'ouvrage, Ouvrage, Lieu, Éditeur, année
    # (ISBN …), p. 5-10.
    params = Params(call)
    known = ("titre chapitre", "auteurs ouvrage", "titre ouvrage", "lieu", "éditeur",
             "pages totales", "isbn", "passage", "page", *_ONLINE)  # fmt: skip
    out = _start(params, known)
    chapter, book = params.get("titre chapitre"), params.get("titre ouvrage")
    if out is None or not chapter or not book:
        return None
    out.extend((*_quoted(chapter), Text(", dans ")))
    parts = [
        params.get("auteurs ouvrage"),
        (Italic(book),),
        params.get("lieu"),
        params.get("éditeur"),
        _date(params),
        _pages(params.text("pages totales")),
    ]
    out.extend(joined(parts, ", "))
    out.extend(_details(params, [isbn("ISBN", params.text("isbn"))]))
    return (*out, *_passage(params), Text("."))


def _pages(total: str) -> Nodes:
    # "300 p.": the book's length.
    return (Text(f"{total}{NBSP}p."),) if total else ()


def _passage(params: Params) -> Nodes:
    # ", p. 45": the pages cited, after the book's description.
    passage = params.text("passage", "page")
    return (Text(f", p.{NBSP}{passage}"),) if passage else ()
