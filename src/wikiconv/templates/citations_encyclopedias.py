"""Citations of public-domain encyclopedias: ``Cite EB1911``, ``Cite Americana``,
``Cite Catholic Encyclopedia``, ``Cite Nuttall``, ``Cite DNB``, ``Cite NSRW``,
``Cite Collier's``, ``Cite NIE``, ``Cite Appletons'`` and ``Cite GREC``.

Each shows as Wikipedia shows it: the editors and year, the entry in quotes, the work
in italics linked to its article, then volume, edition and publisher; ``short=`` gives
the short form '"Entry". Work. Year.'.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from wikiconv.ast import Italic, Link, Text
from wikiconv.templates.citations import NBSP, _join, _linked, _names, _Params, _quote
from wikiconv.templates.citations_more import Nodes, _archive, _finish, _in_work
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler

__all__: list[str] = []


# ------------------------------------------------------------- encyclopedias


@dataclass(frozen=True, slots=True)
class _Encyclopedia:
    """One public-domain encyclopedia as its citation template gives it."""

    work: str
    article: str  # Wikipedia's article on the work
    year: str
    editors: tuple[tuple[str, str], ...]  # (shown "Last, First", linked article)
    publisher: str = ""
    edition: str = ""
    source: str = ""  # the work's root page on Wikisource


_ENCYCLOPEDIAS = {
    "EB1911": _Encyclopedia(
        "Encyclopædia Britannica", "Encyclopædia Britannica Eleventh Edition", "1911",
        (("Chisholm, Hugh", "Hugh Chisholm"),), "Cambridge University Press", "11th",
        "1911 Encyclopædia Britannica"),
    "Americana": _Encyclopedia(
        "Encyclopedia Americana", "Encyclopedia Americana", "1920",
        (("Rines, George Edwin", "George Edwin Rines"),), "",
        source="The Encyclopedia Americana (1920)"),
    "Catholic": _Encyclopedia(
        "Catholic Encyclopedia", "Catholic Encyclopedia", "1913",
        (("Herbermann, Charles", "Charles Herbermann"),), "New York: Robert Appleton Company",
        source="Catholic Encyclopedia (1913)"),
    "Nuttall": _Encyclopedia(
        "The Nuttall Encyclopædia", "Nuttall Encyclopaedia", "1907",
        (("Wood, James", "James Wood (editor)"),), "London and New York: Frederick Warne",
        source="The Nuttall Encyclopædia"),
    "DNB": _Encyclopedia(
        "Dictionary of National Biography", "Dictionary of National Biography", "1885\u20131900",
        (("Stephen, Leslie", "Leslie Stephen"),), "London: Smith, Elder & Co.",
        source="Dictionary of National Biography, 1885-1900"),
    "NSRW": _Encyclopedia(
        "The New Student's Reference Work", "The New Student's Reference Work", "1914",
        (("Beach, Chandler B.", "Chandler B. Beach"),), "Chicago: F. E. Compton and Co.",
        source="The New Student's Reference Work"),
    "Collier's": _Encyclopedia(
        "Collier's New Encyclopedia", "Collier's Encyclopedia", "1921",
        (("Reynolds, Francis J.", "Francis J. Reynolds"),),
        "New York: P. F. Collier & Son Company", source="Collier's New Encyclopedia (1921)"),
    "NIE": _Encyclopedia(
        "New International Encyclopedia", "New International Encyclopedia", "1905",
        (("Gilman, D. C.", "Daniel Coit Gilman"), ("Peck, H. T.", "Harry Thurston Peck"),
         ("Colby, F. M.", "Frank Moore Colby")), "New York: Dodd, Mead", "1st",
        "The New International Encyclopædia"),
    "Appletons'": _Encyclopedia(
        "Appletons' Cyclopædia of American Biography",
        "Appletons' Cyclopædia of American Biography", "1900",
        (("Wilson, J. G.", "James Grant Wilson"), ("Fiske, J.", "John Fiske (philosopher)")),
        "New York: D. Appleton", source="Appletons' Cyclopædia of American Biography"),
}  # fmt: skip
_ENCYCLOPEDIA_NAMES = {
    "EB1911": ("Cite EB1911", "Cite eb1911", "Cite EB 1911", "Cite 1911 Britannica"),
    "Americana": ("Cite Americana", "Cite Encyclopedia Americana"),
    "Catholic": ("Cite Catholic Encyclopedia", "Cite CE1913", "Cite Catholic encyclopedia"),
    "Nuttall": ("Cite Nuttall", "Cite Nuttall Encyclopaedia"),
    "DNB": ("Cite DNB", "Cite DNB1885", "Cite DNB 1885"),
    "NSRW": ("Cite NSRW", "Cite New Student's Reference Work"),
    "Collier's": ("Cite Collier's", "Cite Colliers", "Cite Collier's New Encyclopedia"),
    "NIE": ("Cite NIE", "Cite New International Encyclopedia", "NIE"),
    "Appletons'": ("Cite Appletons'", "Cite Appletons", "Cite Appleton's"),
}
_BY_NAME = {name: key for key, names in _ENCYCLOPEDIA_NAMES.items() for name in names}


def _encyclopedia_entry(call: TemplateCall, book: _Encyclopedia) -> Output:
    params = _Params(call)
    page = params.text("wstitle")
    title = params.get("title") or ((Text(page),) if page else ())
    if not title:
        return None
    url = params.text("url") or (
        "https://en.wikisource.org/wiki/" + quote(f"{book.source}/{page}".replace(" ", "_"))
        if page and book.source
        else ""
    )
    year = params.text("year", "date") or book.year
    volume = params.text("volume")
    editors = book.editors
    if book is _ENCYCLOPEDIAS["DNB"] and volume.isdigit():
        year, editors = _dnb_volume(int(volume), params.text("year", "date"))
    short = bool(params.text("short"))
    work: Nodes = (Italic((Link(book.article, (Text(book.work),)),)),)
    edition = f" ({book.edition} ed.)" if book.edition else ""
    parts: list[Nodes] = []
    authors = _names(params, "author")
    word = "eds." if len(editors) > 1 else "ed."
    named = [(Link(article, (Text(name),)),) for name, article in editors]
    if authors and not short:
        parts.append((*_join(authors, "; "), Text(f" ({year})")))
    elif not short:
        parts.append((*_join(named, "; "), Text(f", {word} ({year})")))
    parts.append(_quote(_linked(title, url)))
    if authors and not short:
        parts.append((Text("In "), *_join(named, "; "), Text(f" ({word})")))
    if volume:
        parts.append(work)
        parts.append((Text(f"Vol.{NBSP}{volume}{edition}"),))
    else:
        parts.append((*work, Text(edition)))
    if not short and book.publisher:
        parts.append((Text(book.publisher),))
    if short:
        parts.append((Text(year),))
    parts.extend(_in_work(params))
    return _finish(parts)


_STEPHEN = ("Stephen, Leslie", "Leslie Stephen")
_LEE = ("Lee, Sidney", "Sidney Lee")


def _dnb_volume(volume: int, year: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The year and editors of a volume of the DNB: four volumes a year from 1885,
    edited by Leslie Stephen (1-21), with Sidney Lee (22-26), then by Lee alone."""
    year = year or str(1885 + (volume - 1) // 4)
    if volume <= 21:
        return year, (_STEPHEN,)
    return year, ((_STEPHEN, _LEE) if volume <= 26 else (_LEE,))


def _encyclopedia(call: TemplateCall, ctx: HandlerContext) -> Output:
    return _encyclopedia_entry(call, _ENCYCLOPEDIAS[_BY_NAME[call.name]])


handler(*_BY_NAME)(_encyclopedia)


@handler("Cite GREC", "Cite grec", "Cite Gran Enciclopèdia Catalana")
def cite_grec(call: TemplateCall, ctx: HandlerContext) -> Output:
    # '"Ermessenda de Castellbò". Gran Enciclopèdia Catalana (in Catalan). Barcelona:
    # Grup Enciclopèdia Catalana.' — en= cites the English edition, in English.
    params = _Params(call)
    title = params.get("title")
    if not title:
        return None
    ident = params.text("ndchec", "id")
    url = params.text("url") or (
        f"https://www.enciclopedia.cat/EC-GEC-{ident}.xml" if ident else ""
    )
    work = (Italic((Link("Gran Enciclopèdia Catalana", ()),)),)
    language = "" if params.text("en") else " (in Catalan)"
    parts: list[Nodes] = [
        _quote(_linked(title, url)),
        (*work, Text(language)),
        (Text("Barcelona: "), Link("Grup Enciclopèdia Catalana", ())),
    ]
    when = params.text("date", "year")
    if when:
        parts.append((Text(when),))
    parts.extend(_archive(params))
    return _finish(parts)
