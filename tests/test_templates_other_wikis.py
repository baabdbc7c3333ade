"""Core templates of the French, Italian, Spanish, Dutch and Polish Wikipedias."""

from __future__ import annotations

from datetime import date

import pytest

import wikiconv
from wikiconv.ast import (
    Document,
    ExternalLink,
    Italic,
    Link,
    ReferenceList,
    Superscript,
    Template,
    Text,
)
from wikiconv.readers.wikitext import read
from wikiconv.readers.wikitext.options import WikiOptions
from wikiconv.templates import default_registry
from wikiconv.walk import iter_nodes, plain_text

NBSP = "\u00a0"
NNBSP = "\u202f"
TODAY = date(2025, 1, 1)


def _read(source: str) -> Document:
    return read(source, WikiOptions(title="Paris"), today=TODAY)


def shown(source: str) -> str:
    document = _read(source)
    return plain_text(document.blocks[0]) if document.blocks else ""


def rendered(source: str) -> tuple[object, ...]:
    call = next(n for n in iter_nodes(_read(source)) if isinstance(n, Template))
    assert call.rendered is not None, source
    return call.rendered


def unrendered(source: str) -> bool:
    call = next(n for n in iter_nodes(_read(source)) if isinstance(n, Template))
    return call.rendered is None


FRENCH = [
    # Dates: no-break spaces between the parts, the first of a month an ordinal.
    ("né le {{Date|12|novembre|2006}}.", f"né le 12{NBSP}novembre{NBSP}2006."),
    ("{{date|1|mai|2006}}", f"1er{NBSP}mai{NBSP}2006"),
    ("{{Date|12 novembre 2006}}", f"12{NBSP}novembre{NBSP}2006"),
    ("{{Date-|novembre 2006}}", f"novembre{NBSP}2006"),
    ("{{Date-|12|mai|2006|}}", f"12{NBSP}mai{NBSP}2006"),
    ("{{Date-|||1789}}", "1789"),
    ("{{Date|5|Aout|1944}}", f"5{NBSP}août{NBSP}1944"),
    ("{{Date de naissance|12|novembre|1950}}", f"12{NBSP}novembre{NBSP}1950"),
    ("{{Date de naissance|12|novembre|1950|âge=oui}}", f"12{NBSP}novembre{NBSP}1950 (74{NBSP}ans)"),
    (
        "{{Date de décès|5|mars|2010|12|novembre|1950}}",
        f"5{NBSP}mars{NBSP}2010 (à 59{NBSP}ans)",
    ),
    ("{{Date de décès|5|mars|2010}}", f"5{NBSP}mars{NBSP}2010"),
    # Ordinals and centuries.
    ("le {{1er}}, la {{1re}}, le {{2e}}", "le 1er, la 1re, le 2e"),
    ("François{{Ier}}, {{Ire}}, {{IIe}} République", "FrançoisIer, Ire, IIe République"),
    ("Louis{{er}}", "Louiser"),
    ("{{s-|XX|e}}", f"XXe{NBSP}siècle"),
    ("{{s|XIX}}", f"XIXe{NBSP}siècle"),
    ("{{s-|I|er}}", f"Ier{NBSP}siècle"),
    ("{{-s-|V|e}}", f"Ve{NBSP}siècle av. J.-C."),
    ("{{sp-|XVIII|e|et|XIX|e}}", f"XVIIIe et XIXe{NBSP}siècles"),
    ("{{siècle|20}}", f"XXe{NBSP}siècle"),
    ("{{Siècle|XV}}", f"XVe{NBSP}siècle"),
    ("{{Romain|XIV}}", "XIV"),
    # Numbers: narrow no-break spaces between thousands, a decimal comma.
    ("{{Unité|1234567.5|km}}", f"1{NNBSP}234{NNBSP}567,5{NBSP}km"),
    ("{{Unité|1234,5|km|2}}", f"1{NNBSP}234,5{NBSP}km2"),
    ("{{Nombre|1234|habitants}}", f"1{NNBSP}234{NBSP}habitants"),
    ("{{Unité|-12}}", "\u221212"),
    ("{{Unité|12|m|-2}}", f"12{NBSP}m\u22122"),
    # Languages and interlanguage links.
    ("{{Langue|en|Hello}}", "Hello"),
    ("{{Lien|fr=Jean Dupont|lang=en|trad=John Dupont}}", f"Jean Dupont{NBSP}(en)"),
    ("{{Lien|Jean Dupont|langue=de|texte=Dupont}}", f"Dupont{NBSP}(de)"),
    # Hatnotes and notes.
    ("{{Article détaillé|Histoire de Paris}}", f"Article détaillé{NBSP}: Histoire de Paris."),
    ("{{Article détaillé|A|B|C}}", f"Articles détaillés{NBSP}: A, B et C."),
    ("{{Voir aussi|A|B}}", f"Voir aussi{NBSP}: A et B."),
    ("{{Voir homonymes}}", "Pour les articles homonymes, voir Paris (homonymie)."),
    (
        "{{Voir homonymes|Seine (homonymie)}}",
        "Pour les articles homonymes, voir Seine (homonymie).",
    ),
    ("{{Citation bloc|Texte cité}}", f"«{NBSP}Texte cité{NBSP}»"),
    ("Un fait{{Référence nécessaire}}.", "Un fait[réf. nécessaire]."),
    ("{{Référence nécessaire|Un fait}}.", "Un fait[réf. nécessaire]."),
    (
        "{{Traduction/Référence|en|Paris|123}}",
        "(en) Cet article est partiellement ou en totalité issu de l'article de Wikipédia "
        f"en anglais intitulé «{NBSP}Paris{NBSP}» (voir la liste des auteurs).",
    ),
    ("a {{Portail|France|Paris}}{{Palette|Paris}}{{Ébauche|France}}b", "a b"),
    ("a {{Autres projets|commons=Paris}}{{Pertinence}}{{Sources à lier}}b", "a b"),
    ("a {{Méta bandeau|texte=x}}{{Homonymie}}{{Ancre|x}}{{À sourcer}}b", "a b"),
]

FRENCH_CITATIONS = [
    (
        "{{Lien web|langue=en|auteur=John Smith|titre=Title|url=http://x.org|site=x.org"
        "|date=2020-03-01|consulté le=15 mars 2020}}",
        f"(en) John Smith, «{NBSP}Title{NBSP}», sur x.org, 1er mars 2020 "
        "(consulté le 15 mars 2020).",
    ),
    (
        "{{Lien web|prénom1=Jean|nom1=Dupont|prénom2=Marie|nom2=Durand|titre=Titre"
        "|sous-titre=Suite|url=http://x.org|format=pdf|éditeur=Insee|consulté le=2021-02-12}}",
        f"Jean Dupont et Marie Durand, «{NBSP}Titre{NBSP}: Suite{NBSP}» [PDF], Insee "
        "(consulté le 12 février 2021).",
    ),
    (
        "{{Lien web|titre=Titre|url=http://x.org|archive-url=http://a.org"
        "|archive-date=2020-03-12|langue=fr}}",
        f"«{NBSP}Titre{NBSP}» [archive du 12 mars 2020].",
    ),
    (
        "{{Article|prénom1=Jean|nom1=Dupont|titre=Le titre|périodique=Le Monde|volume=12"
        "|numéro=3|date=12 mars 2020|pages=45-67|doi=10.1/x|lire en ligne=http://lm.fr"
        "|consulté le=2020-03-15}}",
        f"Jean Dupont, «{NBSP}Le titre{NBSP}», Le Monde, vol.{NBSP}12, no{NBSP}3, "
        f"12 mars 2020, p.{NBSP}45-67 (DOI{NBSP}10.1/x, lire en ligne, consulté le "
        "15 mars 2020).",
    ),
    (
        "{{Ouvrage|prénom1=Victor|nom1=Hugo|titre=Les Misérables|lieu=Paris"
        "|éditeur=Hachette|collection=Folio|année=1862|pages totales=300"
        "|isbn=978-2-07-036822-8|passage=45}}",
        f"Victor Hugo, Les Misérables, Paris, Hachette, coll. «{NBSP}Folio{NBSP}», 1862, "
        f"300{NBSP}p. (ISBN{NBSP}978-2-07-036822-8), p.{NBSP}45.",
    ),
    (
        "{{Ouvrage|auteur1=A|titre=B|tome=2|lire en ligne=http://b.fr}}",
        f"A, B, t.{NBSP}2 (lire en ligne).",
    ),
    (
        "{{Chapitre|auteur1=Jean Dupont|titre chapitre=Chap|auteurs ouvrage=Marie Durand"
        "|titre ouvrage=Le livre|lieu=Paris|éditeur=PUF|année=2001|passage=5-10}}",
        f"Jean Dupont, «{NBSP}Chap{NBSP}», dans Marie Durand, Le livre, Paris, PUF, 2001, "
        f"p.{NBSP}5-10.",
    ),
]

ITALIAN_SPANISH = [
    (
        "{{Cita web|url=http://x.it|titolo=Risultati|sito=interno.gov.it|data=2020-03-01"
        "|accesso=2020-03-15|lingua=en|nome=Mario|cognome=Rossi}}",
        "(EN) Mario Rossi, Risultati, su interno.gov.it, 1º marzo 2020. "
        "URL consultato il 15 marzo 2020.",
    ),
    (
        "{{Cita libro|autore=Umberto Eco|titolo=Il nome della rosa|città=Milano"
        "|editore=Bompiani|anno=1980|p=45|isbn=88-452-0752-3}}",
        f"Umberto Eco, Il nome della rosa, Milano, Bompiani, 1980, p.{NBSP}45, "
        f"ISBN{NBSP}88-452-0752-3.",
    ),
    (
        "{{Cita news|titolo=Notizia|pubblicazione=Corriere della Sera|data=3 marzo 2020"
        "|url=http://c.it|accesso=4 marzo 2020}}",
        "Notizia, in Corriere della Sera, 3 marzo 2020. URL consultato il 4 marzo 2020.",
    ),
    (
        "{{Cita pubblicazione|autore=A. B.|autore2=C. D.|titolo=Studio|rivista=Nature"
        "|volume=12|numero=3|anno=2005|pp=45-67|doi=10.1/x}}",
        f"A. B. e C. D., Studio, in Nature, vol.{NBSP}12, n.{NBSP}3, 2005, pp.{NBSP}45-67, "
        "DOI:10.1/x.",
    ),
    (
        "{{Cita web|url=http://x.es|título=Título|sitioweb=El País|fecha=2020-03-12"
        "|fechaacceso=2020-03-15|idioma=en|apellido=Pérez|nombre=Juan}}",
        "Pérez, Juan (12 de marzo de 2020). «Título». El País (en inglés). "
        "Consultado el 15 de marzo de 2020.",
    ),
    (
        "{{Cita web|url=http://x.es|título=Título|obra=El País|fecha=2020-03"
        "|fechaacceso=15 de marzo de 2020}}",
        "«Título». El País. marzo de 2020. Consultado el 15 de marzo de 2020.",
    ),
    (
        "{{Cita noticia|url=http://x.es|título=Noticia|periódico=El Mundo|fecha=2020-03-12}}",
        "«Noticia». El Mundo. 12 de marzo de 2020.",
    ),
    (
        "{{Cita libro|apellido=García Márquez|nombre=Gabriel|título=Cien años de soledad"
        "|ubicación=Buenos Aires|editorial=Sudamericana|año=1967|página=45"
        "|isbn=978-84-376-0494-7}}",
        "García Márquez, Gabriel (1967). Cien años de soledad. Buenos Aires: Sudamericana. "
        f"p.{NBSP}45. ISBN{NBSP}978-84-376-0494-7.",
    ),
    (
        "{{Cita publicación|apellido=Pérez|nombre=Juan|apellido2=Gómez|nombre2=Ana"
        "|título=Estudio|publicación=Revista X|volumen=12|número=3|páginas=45-67|año=2005"
        "|doi=10.1/x}}",
        "Pérez, Juan; Gómez, Ana (2005). «Estudio». Revista X 12 (3): 45-67. doi:10.1/x.",
    ),
    ("{{Vedi anche|Storia di Roma}}", "Lo stesso argomento in dettaglio: Storia di Roma."),
    ("{{Vedi anche|A|B}}", "Lo stesso argomento in dettaglio: A e B."),
    ("{{Torna a|Roma}}", "Voce principale: Roma."),
    (
        "{{Nota disambigua|il film|Paris (film)}}",
        "Disambiguazione \u2013 Se stai cercando il film, vedi Paris (film).",
    ),
    (
        "{{Nota disambigua}}",
        "Disambiguazione \u2013 Se stai cercando altri significati, vedi Paris (disambigua).",
    ),
    ("{{Citazione|Veni, vidi, vici}}", "Veni, vidi, vici"),
    ("{{AP|Historia de España}}", "Artículo principal: Historia de España"),
    ("{{AP|A|B}}", "Artículos principales: A y B"),
    ("{{VT|A|B|C}}", "Véase también: A, B y C"),
    ("{{Otros usos}}", "Para otros usos de este término, véase Paris (desambiguación)."),
    (
        "{{Otros usos|Sena (desambiguación)}}",
        "Para otros usos de este término, véase Sena (desambiguación).",
    ),
    ("a {{Portale|Roma}}{{Interprogetto}}{{Controllo di autorità}}b", "a b"),
    ("a {{Collegamenti esterni}}{{Control de autoridades}}{{Listaref}}b", "a b"),
]

DUTCH_POLISH = [
    ("a{{Bron?}} b", "a[bron?] b"),
    ("{{Bron?|Een bewering}}.", "Een bewering[bron?]."),
    (
        "{{Citeer web|url=http://x.nl|titel=Titel|werk=NOS|datum=2020-03-12"
        "|bezochtdatum=2020-03-15|taal=en}}",
        "(en) Titel. NOS. 12 maart 2020. Geraadpleegd op 15 maart 2020.",
    ),
    (
        "{{Citeer web|url=http://x.nl|titel=Titel|achternaam=Jansen|voornaam=Jan"
        "|datum=2020-03-12|bezochtdatum=2020-03-15}}",
        "Jansen, Jan (12 maart 2020). Titel. Geraadpleegd op 15 maart 2020.",
    ),
    (
        "{{Citeer boek|achternaam=Jansen|voornaam=Jan|titel=Boek|uitgever=Prometheus"
        "|plaats=Amsterdam|jaar=2005|isbn=90-1234-567-8}}",
        f"Jansen, Jan (2005). Boek. Prometheus, Amsterdam. ISBN{NBSP}90-1234-567-8.",
    ),
    (
        "{{Zie hoofdartikel|Geschiedenis van Nederland}}",
        "Zie Geschiedenis van Nederland voor het hoofdartikel over dit onderwerp.",
    ),
    ("{{en}} [http://x.org Site]", "(en) Site"),
    ("{{de}} {{fr}}", "(de) (fr)"),
    (
        "{{Cytuj stronę|url=http://x.pl|tytuł=Tytuł|opublikowany=gov.pl|data=2020-03-12"
        "|dostęp=2020-03-15|język=en}}",
        "Tytuł [online], gov.pl, 12 marca 2020 [dostęp 2020-03-15] (ang.).",
    ),
    (
        "{{Cytuj stronę|url=http://x.pl|tytuł=Tytuł|imię=Jan|nazwisko=Kowalski|data=2020-03}}",
        "Jan Kowalski, Tytuł [online], marzec 2020.",
    ),
    (
        "{{Cytuj książkę|imię=Jan|nazwisko=Kowalski|tytuł=Tytuł|tom=2|miejsce=Warszawa"
        "|wydawca=PWN|rok=2005|s=45|isbn=978-83-01-00000-0}}",
        f"Jan Kowalski, Tytuł, t.{NBSP}2, Warszawa: PWN, 2005, s.{NBSP}45, "
        f"ISBN{NBSP}978-83-01-00000-0.",
    ),
    (
        "{{Cytuj pismo|autor=Jan Kowalski|tytuł=Artykuł|czasopismo=Wiedza|wolumin=12"
        "|numer=3|rok=2005|s=45-67|doi=10.1/x}}",
        f"Jan Kowalski, Artykuł, \u201eWiedza\u201d, 12 (3), 2005, s.{NBSP}45-67, DOI: 10.1/x.",
    ),
    ("{{Główny artykuł|Historia Polski}}", "Główny artykuł: Historia Polski"),
    ("{{Główny artykuł|A|B}}", "Główne artykuły: A, B"),
    ("{{Zobacz też|A|B}}", "Zobacz też: A, B"),
    ("a {{Przypisy}}{{Kontrola autorytatywna}}{{Appendix}}b", "a b"),
]


@pytest.mark.parametrize(
    ("source", "expected"), [*FRENCH, *FRENCH_CITATIONS, *ITALIAN_SPANISH, *DUTCH_POLISH]
)
def test_shown(source: str, expected: str) -> None:
    assert shown(source) == expected


def test_french_date_links_its_parts() -> None:
    # {{Date}} links the day, the month of that year and the year; {{Date-}} nothing.
    assert rendered("{{Date|1|mai|2006}}") == (
        Link("1er mai", (Text("1"), Superscript((Text("er"),)))),
        Text(NBSP),
        Link("mai 2006", (Text("mai"),)),
        Text(NBSP),
        Link("2006"),
    )
    assert rendered("{{Date-|12|mai|2006}}") == (
        Text("12"),
        Text(NBSP),
        Text("mai"),
        Text(NBSP),
        Text("2006"),
    )


def test_french_ordinals_and_centuries_raise_the_ending() -> None:
    assert rendered("{{1er}}") == (Text("1"), Superscript((Text("er"),)))
    assert rendered("{{er}}") == (Superscript((Text("er"),)),)
    century = (Text("XX"), Superscript((Text("e"),)), Text(f"{NBSP}siècle"))
    assert rendered("{{s-|XX|e}}") == century
    assert rendered("{{s|XX|e}}") == (Link("XXe siècle", century),)
    assert rendered("{{Unité|10|km|2}}")[-1] == Superscript((Text("2"),))


def test_french_interlanguage_link_points_to_the_foreign_article() -> None:
    assert rendered("{{Lien|fr=Jean Dupont|lang=en|trad=John Dupont}}") == (
        Link("Jean Dupont"),
        Text(f"{NBSP}("),
        Link(":en:John Dupont", (Text("en"),)),
        Text(")"),
    )


def test_web_citations_link_the_title() -> None:
    french = rendered("{{Lien web|titre=T|url=http://x.org|site=x.org}}")
    assert ExternalLink("http://x.org", (Text("T"),)) in french
    assert Italic((Text("x.org"),)) in french
    italian = rendered("{{Cita web|url=http://x.it|titolo=T|sito=s.it}}")
    assert italian[0] == Italic((ExternalLink("http://x.it", (Text("T"),)),))
    spanish = rendered("{{Cita web|url=http://x.es|título=T|obra=El País}}")
    assert ExternalLink("http://x.es", (Text("T"),)) in spanish
    assert Italic((Text("El País"),)) in spanish
    book = rendered("{{Ouvrage|titre=Livre|lire en ligne=http://b.fr}}")
    assert book[0] == Italic((Text("Livre"),))
    assert ExternalLink("http://b.fr", (Text("lire en ligne"),)) in book


@pytest.mark.parametrize(
    "source",
    [
        # English Wikipedia's {{Date}}: not the French shape.
        "{{Date|2006-11-12}}",
        "{{Date|12|novembre|2006|en musique}}",
        "{{Date|31|brumaire|1799}}",
        "{{1er|janvier}}",
        "{{s|14|e}}",
        "{{Unité|1.23456|m}}",
        "{{Unité|abc|m}}",
        # A parameter not rendered here: the page would show it.
        "{{Ouvrage|titre=X|numéro d'édition=2}}",
        "{{Lien web|titre=T|url=http://x.org|brisé le=2020-01-01}}",
        "{{Lien web|titre=T}}",
        "{{Article|titre=T}}",
        # Italian or Spanish? The parameters do not tell.
        "{{Cita web|url=http://x|title=T}}",
        "{{Cita libro|titolo=T|título=T}}",
        "{{Cytuj stronę|tytuł=T}}",
        "{{Citeer web|titel=T}}",
        "{{Cita web|url=http://x.it|titolo=T|lingua=inglese}}",
        "{{Cytuj pismo|tytuł=T|czasopismo=C|język=xx}}",
        "{{Citazione|Testo|Autore|Original text|en}}",
        "{{en|x}}",
        "{{Lien|A|B}}",
    ],
)
def test_calls_not_rendered_faithfully_stay_unrendered(source: str) -> None:
    assert unrendered(source)


MODULES = ("wiki_fr", "wiki_fr_citations", "wiki_fr_notes", "wiki_it_es", "wiki_nl_pl")
NAMES = [
    "Lien web", "Article", "Ouvrage", "Chapitre", "Date", "Date de naissance",
    "Date de décès", "Date-", "1er", "1re", "2e", "er", "re", "Ier", "Ire", "IIe", "s", "s-",
    "-s", "-s-", "sp-", "siècle", "Romain", "Unité", "Nombre", "Langue", "Lien",
    "Article détaillé", "Voir aussi", "Voir homonymes", "Homonymie", "Citation bloc",
    "Portail", "Palette", "Ébauche", "Autres projets", "Traduction/Référence",
    "Pertinence", "Sources à lier", "Méta bandeau", "Référence nécessaire", "Ancre",
    "À sourcer", "Admissibilité à vérifier", "Article de qualité", "Bon article",
    "Cita web", "Cita libro", "Cita news", "Cita pubblicazione", "Portale", "Interprogetto",
    "Controllo di autorità", "Collegamenti esterni", "Nota disambigua", "Vedi anche",
    "Torna a", "Citazione", "Cita publicación", "Cita noticia",
    "Control de autoridades", "Otros usos", "AP", "VT", "Véase también", "Bron?",
    "Citeer web", "Citeer boek", "Zie hoofdartikel", "en", "de", "fr", "es",
    "it", "nl", "pt", "ja", "sv", "la", "da", "fi", "Cytuj stronę", "Cytuj książkę",
    "Cytuj pismo", "Zobacz też", "Główny artykuł", "Kontrola autorytatywna",
]  # fmt: skip


@pytest.mark.parametrize("name", ["Références", "Listaref", "Przypisy", "Appendix"])
def test_other_wikis_reference_lists_list_the_notes(name: str) -> None:
    document = read(f"Text.<ref>A note.</ref>\n\n== Notes ==\n{{{{{name}}}}}\n")
    lists = [node for node in iter_nodes(document) if isinstance(node, ReferenceList)]
    assert len(lists) == 1
    assert "A note." in wikiconv.render(document, "markdown")


@pytest.mark.parametrize("name", NAMES)
def test_every_name_resolves_to_these_modules(name: str) -> None:
    found = default_registry().lookup(name)
    assert found is not None, name
    assert found.__module__.removeprefix("wikiconv.templates.") in MODULES, name


@pytest.mark.parametrize("name", ["e", "Citation", "Lang", "Formatnum", "Cita requerida", "Portal"])
def test_names_taken_by_english_templates_keep_their_handlers(name: str) -> None:
    found = default_registry().lookup(name)
    assert found is not None
    assert found.__module__.removeprefix("wikiconv.templates.") not in MODULES


@pytest.mark.parametrize(
    "line", ["{{Article détaillé|Histoire de Paris}}", "{{Vedi anche|Roma}}", "{{AP|Cambados}}"]
)
def test_other_wikis_hatnotes_on_their_own_line_are_hatnotes(line: str) -> None:
    document = read(f"{line}\nTexte.")
    assert type(document.blocks[0]).__name__ == "Hatnote"
