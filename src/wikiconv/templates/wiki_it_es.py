"""The Italian and Spanish Wikipedias' core templates, written as each wiki shows them.

Italian citations (Modulo:Citazione): "(EN) Mario Rossi, *Titolo*, su *sito*, 12 marzo
2020. URL consultato il 15 marzo 2020."; books "Città, Editore, anno", articles "in
*Rivista*". Spanish citations (Módulo:Citas, a Citation Style 1 in Spanish):
"Pérez, Juan (12 de marzo de 2020). «Título». *Sitio* (en inglés). Consultado el 15
de marzo de 2020." Hatnotes in their words ("Lo stesso argomento in dettaglio: X.",
"Artículo principal: X"), and the portals and boxes the text shows nothing of. A
citation with a parameter not rendered here stays unrendered.

Spanish ``{{Cita requerida}}``, ``{{Commonscat}}`` and ``{{Portal}}`` share a name with
templates handled elsewhere and keep those handlers.
"""

from __future__ import annotations

import re

from wikiconv.ast import Bold, ExternalLink, Inline, Italic, LineBreak, Link, Text
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
_QUIET = ("id", "cid", "ref")

# ---------------------------------------------------------------- Italian citations

_IT_PEOPLE = ("autore", "author", "nome", "first", "cognome", "last", "wkautore")
_IT_GENERAL = (*_IT_PEOPLE, "lingua", "language", "data", "date", "anno", "year", "mese",
               "giorno", "accesso", "accessdate", "access-date", "url", "titolo", "title",
               *_QUIET)  # fmt: skip


def _it_start(params: Params, known: tuple[str, ...]) -> list[Inline] | None:
    """ "(EN) Mario Rossi e Anna Bianchi, ": the language and the authors."""
    if params.unknown((*_IT_GENERAL, *known), _IT_PEOPLE):
        return None
    code = params.text("lingua", "language").lower()
    if code and not _CODE.fullmatch(code):
        return None
    out: list[Inline] = [Text(f"({code.upper()}) ")] if code and code != "it" else []
    people = params.people(("autore", "author"), ("nome", "first"), ("cognome", "last"))
    named: list[Nodes] = []
    for index, person in enumerate(people, 1):
        target = params.text(f"wkautore{index}", *(("wkautore",) if index == 1 else ()))
        named.append((Link(target, person),) if target else person)
    if named:
        out.extend((*page_list(named, " e "), Text(", ")))
    return out


def _it_date(params: Params) -> Nodes:
    written = params.text("data", "date")
    if not written:
        parts = (params.text("giorno"), params.text("mese"), params.text("anno", "year"))
        written = " ".join(part for part in parts if part)
    return texts(written_date(written, "it"))


def _it_title(params: Params) -> Nodes:
    return (Italic(external(params.get("titolo", "title"), params.text("url"))),)


def _it_end(params: Params, out: list[Inline], parts: list[Nodes]) -> Output:
    # The parts after the title, a full stop, then "URL consultato il …".
    out.extend(joined(parts, ", "))
    out.append(Text("."))
    when = params.text("accesso", "accessdate", "access-date")
    if when:
        out.append(Text(f" URL consultato il {written_date(when, 'it')}."))
    return tuple(out)


def _it_pages(params: Params) -> Nodes:
    pages = params.text("pp", "pagine")
    return texts(f"pp.{NBSP}{pages}" if pages else "") or texts(
        f"p.{NBSP}{params.text('p', 'pagina')}" if params.text("p", "pagina") else ""
    )


def cita_web(call: TemplateCall, ctx: HandlerContext) -> Output:
    params = Params(call)
    out = _it_start(params, ("sito", "website", "work", "editore", "publisher", "formato"))
    if out is None or not params.get("titolo", "title") or not params.text("url"):
        return None
    form = params.text("formato")
    site = params.get("sito", "website", "work")
    parts = [
        (*_it_title(params), *((Text(f" ({form})"),) if form else ())),
        (Text("su "), Italic(site)) if site else (),
        params.get("editore", "publisher"),
        _it_date(params),
    ]
    return _it_end(params, out, parts)


@handler("Cita news")
def cita_news(call: TemplateCall, ctx: HandlerContext) -> Output:
    params = Params(call)
    known = ("pubblicazione", "giornale", "work", "newspaper", "p", "pp", "pagina", "pagine")
    out = _it_start(params, known)
    work = params.get("pubblicazione", "giornale", "work", "newspaper")
    if out is None or not params.get("titolo", "title") or not work:
        return None
    parts = [_it_title(params), (Text("in "), Italic(work)), _it_date(params), _it_pages(params)]
    return _it_end(params, out, parts)


def cita_libro(call: TemplateCall, ctx: HandlerContext) -> Output:
    # Mario Rossi, Titolo, vol. 2, Milano, Mondadori, 2005, p. 45, ISBN ….
    params = Params(call)
    known = ("volume", "città", "location", "editore", "publisher", "p", "pp", "pagina",
             "pagine", "isbn")  # fmt: skip
    out = _it_start(params, known)
    if out is None or not params.get("titolo", "title"):
        return None
    volume = params.text("volume")
    parts = [
        _it_title(params),
        texts(f"vol.{NBSP}{volume}" if volume else ""),
        params.get("città", "location"),
        params.get("editore", "publisher"),
        _it_date(params),
        _it_pages(params),
        isbn("ISBN", params.text("isbn")),
    ]
    return _it_end(params, out, parts)


@handler("Cita pubblicazione")
def cita_pubblicazione(call: TemplateCall, ctx: HandlerContext) -> Output:
    # Mario Rossi, Titolo, in Rivista, vol. 12, n. 3, 2005, pp. 45-67, DOI:….
    params = Params(call)
    known = ("rivista", "journal", "volume", "numero", "issue", "p", "pp", "pagina",
             "pagine", "doi")  # fmt: skip
    out = _it_start(params, known)
    journal = params.get("rivista", "journal")
    if out is None or not params.get("titolo", "title") or not journal:
        return None
    volume, number, doi = params.text("volume"), params.text("numero", "issue"), params.text("doi")
    parts = [
        _it_title(params),
        (Text("in "), Italic(journal)),
        texts(f"vol.{NBSP}{volume}" if volume else ""),
        texts(f"n.{NBSP}{number}" if number else ""),
        _it_date(params),
        _it_pages(params),
        (Text("DOI:"), ExternalLink(f"https://doi.org/{doi}", (Text(doi),))) if doi else (),
    ]
    return _it_end(params, out, parts)


# ---------------------------------------------------------------- Spanish citations

_ES_PEOPLE = ("autor", "author", "nombre", "nombres", "first", "apellido", "apellidos", "last",
              "enlaceautor")  # fmt: skip
_ES_GENERAL = (*_ES_PEOPLE, "idioma", "language", "fecha", "date", "año", "year", "fechaacceso",
               "fecha-acceso", "accessdate", "access-date", "url", "título", "title",
               *_QUIET)  # fmt: skip
# The languages Spanish citations name, as "(en inglés)".
_IDIOMAS = {"en": "inglés", "fr": "francés", "de": "alemán", "it": "italiano",
            "pt": "portugués", "nl": "neerlandés", "ru": "ruso", "ja": "japonés",
            "zh": "chino", "ca": "catalán", "pl": "polaco", "sv": "sueco", "la": "latín",
            "ar": "árabe"}  # fmt: skip


def _es_parts(params: Params, known: tuple[str, ...]) -> tuple[Nodes, Nodes, Nodes] | None:
    """The authors with the date ("Pérez, Juan (2020)"), the date alone (shown later
    when there is no author) and the language note ("(en inglés)")."""
    if params.unknown((*_ES_GENERAL, *known), _ES_PEOPLE):
        return None
    code = params.text("idioma", "language").lower()
    if code and code not in ("es", "español") and code not in _IDIOMAS:
        return None
    language = texts(f"(en {_IDIOMAS[code]})" if code in _IDIOMAS else "")
    people = params.people(("autor", "author"), ("nombre", "nombres", "first"),
                           ("apellido", "apellidos", "last"), order="last, first")  # fmt: skip
    if people and params.text("enlaceautor"):
        people[0] = (Link(params.text("enlaceautor"), people[0]),)
    when = texts(written_date(params.text("fecha", "date", "año", "year"), "es"))
    if not people:
        return (), when, language
    authors = tuple(joined(people, "; "))
    return ((*authors, Text(" ("), *when, Text(")")) if when else authors), (), language


def _es_end(params: Params, parts: list[Nodes]) -> Output:
    when = params.text("fechaacceso", "fecha-acceso", "accessdate", "access-date")
    if when:
        parts.append(texts(f"Consultado el {written_date(when, 'es')}"))
    return (*joined(parts, ". "), Text("."))


# Italian and Spanish share "Cita web" and "Cita libro": the parameters say which wiki
# the call is from ("titolo", "accesso" or "título", "fechaacceso").
_ITALIAN = frozenset(("titolo", "sito", "accesso", "cognome", "nome", "editore", "lingua",
                      "città", "data", "anno", "wkautore", "pagine", "p", "pp"))  # fmt: skip
_SPANISH = frozenset(("título", "sitioweb", "sitio web", "obra", "fechaacceso", "fecha-acceso",
                      "apellido", "apellidos", "nombre", "nombres", "editorial", "idioma",
                      "ubicación", "lugar", "página", "páginas", "fecha", "año",
                      "enlaceautor"))  # fmt: skip


def _wiki_of(call: TemplateCall) -> str:
    """ "it", "es", or "" when the parameters do not tell."""
    keys = {re.sub(r"\d+$", "", key) for key in Params(call).values}
    italian, spanish = bool(keys & _ITALIAN), bool(keys & _SPANISH)
    return "it" if italian and not spanish else "es" if spanish and not italian else ""


@handler("Cita web")
def cita_web_either(call: TemplateCall, ctx: HandlerContext) -> Output:
    wiki = _wiki_of(call)
    return cita_web(call, ctx) if wiki == "it" else cita_web_es(call, ctx) if wiki else None


@handler("Cita libro")
def cita_libro_either(call: TemplateCall, ctx: HandlerContext) -> Output:
    wiki = _wiki_of(call)
    return cita_libro(call, ctx) if wiki == "it" else cita_libro_es(call, ctx) if wiki else None


@handler("Cita noticia")
def cita_web_es(call: TemplateCall, ctx: HandlerContext) -> Output:
    params = Params(call)
    works = ("sitioweb", "sitio web", "obra", "periódico", "publicación", "website", "work")
    found = _es_parts(params, (*works, "editorial", "publisher", "página", "páginas"))
    if found is None or not params.get("título", "title"):
        return None
    if call.name == "Cita web" and not params.text("url"):
        return None
    authors, when, language = found
    title = external(params.get("título", "title"), params.text("url"))
    work = params.get(*works)
    parts = [
        authors,
        (Text("«"), *title, Text("»")),
        tuple(joined([(Italic(work),) if work else (), language], " ")),
        params.get("editorial", "publisher"),
        when,
        _es_pages(params),
    ]
    return _es_end(params, parts)


def _es_pages(params: Params) -> Nodes:
    page, pages = params.text("página"), params.text("páginas")
    return texts(f"pp.{NBSP}{pages}" if pages else f"p.{NBSP}{page}" if page else "")


def cita_libro_es(call: TemplateCall, ctx: HandlerContext) -> Output:
    # Pérez, Juan (2005). Título (en inglés). Madrid: Editorial. p. 45. ISBN ….
    params = Params(call)
    found = _es_parts(params, ("editorial", "publisher", "ubicación", "lugar", "location",
                               "página", "páginas", "isbn"))  # fmt: skip
    if found is None or not params.get("título", "title"):
        return None
    authors, when, language = found
    title = (Italic(external(params.get("título", "title"), params.text("url"))),)
    place, publisher = params.get("ubicación", "lugar", "location"), params.get("editorial")
    parts = [
        authors,
        tuple(joined([title, language], " ")),
        tuple(joined([place, publisher], ": ")),
        when,
        _es_pages(params),
        isbn("ISBN", params.text("isbn")),
    ]
    return _es_end(params, parts)


@handler("Cita publicación")
def cita_publicacion(call: TemplateCall, ctx: HandlerContext) -> Output:
    # Pérez, Juan (2005). «Título». Revista 12 (3): 45-67. doi:….
    params = Params(call)
    found = _es_parts(params, ("publicación", "revista", "journal", "volumen", "número",
                               "páginas", "doi", "issn"))  # fmt: skip
    journal = params.get("publicación", "revista", "journal")
    if found is None or not params.get("título", "title") or not journal:
        return None
    authors, when, language = found
    volume, number = params.text("volumen"), params.text("número")
    pages, doi, issn = params.text("páginas"), params.text("doi"), params.text("issn")
    where: list[Inline] = [Italic(journal)]
    if volume:
        where.extend((Text(" "), Bold((Text(volume),))))
    if number:
        where.append(Text(f" ({number})"))
    if pages:
        where.append(Text(f": {pages}" if volume or number else f". p.{NBSP}{pages}"))
    title = external(params.get("título", "title"), params.text("url"))
    parts = [
        authors,
        tuple(joined([(Text("«"), *title, Text("»")), language], " ")),
        tuple(where),
        when,
        texts(f"ISSN{NBSP}{issn}" if issn else ""),
        (Text("doi:"), ExternalLink(f"https://doi.org/{doi}", (Text(doi),))) if doi else (),
    ]
    return _es_end(params, parts)


# ---------------------------------------------------------------- hatnotes, quotes


def _pages(call: TemplateCall) -> list[Nodes]:
    return [(Link(page),) for page in call.positional_texts() if page]


@handler("Vedi anche")
def vedi_anche(call: TemplateCall, ctx: HandlerContext) -> Output:
    # Italian "main article" note: "Lo stesso argomento in dettaglio: X e Y."
    pages = _pages(call)
    if not pages:
        return None
    return (Text("Lo stesso argomento in dettaglio: "), *page_list(pages, " e "), Text("."))


@handler("Torna a")
def torna_a(call: TemplateCall, ctx: HandlerContext) -> Output:
    pages = _pages(call)
    return (Text("Voce principale: "), *page_list(pages, " e "), Text(".")) if pages else None


@handler("Nota disambigua")
def nota_disambigua(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Nota disambigua|il film|Titolo (film)}}: "Disambiguazione \u2013 Se stai cercando il
    # film, vedi Titolo (film)." The page defaults to "<title> (disambigua)".
    values = call.positional_texts()
    about = values[0] if values and values[0] else "altri significati"
    page = values[1] if len(values) > 1 and values[1] else ""
    if not page and ctx.title:
        page = f"{ctx.title} (disambigua)"
    if not page or len(values) > 2:
        return None
    lead = f"Disambiguazione \u2013 Se stai cercando {about}, vedi "
    return (Text(lead), Link(page), Text("."))


@handler("Citazione")
def citazione(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The quotation, then "(Author)" on a line of its own; with the original text
    # (a third value) the page shows both, which is not rendered here.
    text, source = call.arg(1), call.arg(2)
    if not text or len(call.positional()) > 2 or any(v for _, v in call.named()):
        return None
    return (*text, LineBreak(), Text("("), *source, Text(")")) if source else text


@handler("AP")
def articulo_principal(call: TemplateCall, ctx: HandlerContext) -> Output:
    pages = _pages(call)
    if not pages:
        return None
    label = "Artículo principal" if len(pages) == 1 else "Artículos principales"
    return (Text(f"{label}: "), *page_list(pages, " y "))


@handler("VT", "Véase también")
def vease_tambien(call: TemplateCall, ctx: HandlerContext) -> Output:
    pages = _pages(call)
    return (Text("Véase también: "), *page_list(pages, " y ")) if pages else None


@handler("Otros usos")
def otros_usos(call: TemplateCall, ctx: HandlerContext) -> Output:
    # "Para otros usos de este término, véase X." ("<title> (desambiguación)").
    page = call.text(1) or (f"{ctx.title} (desambiguación)" if ctx.title else "")
    if not page:
        return None
    return (Text("Para otros usos de este término, véase "), Link(page), Text("."))


# Portals, sister-project boxes and authority control: nothing in the text (the
# reference list {{Listaref}} is a list of notes, in notes.py). Italian {{Collegamenti
# esterni}} lists links read from Wikidata, which a reader of the text cannot see.
_NOTHING = ("Portale", "Interprogetto", "Controllo di autorità", "Collegamenti esterni",
            "Control de autoridades")  # fmt: skip


@handler(*_NOTHING)
def nothing(call: TemplateCall, ctx: HandlerContext) -> Output:
    return ()
