"""Helpers shared by the handlers of the French, Italian, Spanish, Dutch and Polish
Wikipedias' templates (:mod:`wiki_fr`, :mod:`wiki_fr_citations`, :mod:`wiki_it_es`,
:mod:`wiki_nl_pl`): their month names, dates written their way, parameter access
without case, and the pieces every citation and hatnote of theirs is made of.

Nothing is registered here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from wikiconv.ast import ExternalLink, Inline, Link, Text
from wikiconv.templates.citations import _Params
from wikiconv.walk import plain_text

__all__ = [
    "MONTHS",
    "NBSP",
    "Nodes",
    "Params",
    "external",
    "isbn",
    "iso_date",
    "joined",
    "page_list",
    "texts",
    "written_date",
]

NBSP = "\u00a0"
Nodes = tuple[Inline, ...]

# The month names each wiki writes (Polish in the genitive, as after a day).
MONTHS: dict[str, tuple[str, ...]] = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
           "agosto", "settembre", "ottobre", "novembre", "dicembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "pl": ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
           "sierpnia", "września", "października", "listopada", "grudnia"),
}  # fmt: skip

_ISO = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?")
_KEY = re.compile(r"[\s_]+")
_NUMBERED = re.compile(r"^(.*?)\s*\d+$")


class Params(_Params):
    """The call's non-empty named parameters under lower-case keys (``Titre`` is
    ``titre``, ``consulté_le`` is ``consulté le``)."""

    @staticmethod
    def key(name: str) -> str:
        return _KEY.sub(" ", name).strip().lower()

    def unknown(self, known: Iterable[str], numbered: Iterable[str] = ()) -> bool:
        """Whether a parameter outside ``known`` is given (``auteur2`` counts as
        ``auteur`` when ``auteur`` is one of ``numbered``): the handler cannot say how
        the page shows it."""
        allowed, counted = set(known), set(numbered)
        for key in self.values:
            if key not in allowed and _NUMBERED.sub(r"\1", key) not in counted:
                return True
        return False

    def people(
        self,
        whole: Sequence[str],
        first: Sequence[str],
        last: Sequence[str],
        order: str = "first last",
    ) -> list[Nodes]:
        """The authors in their numbered parameters: ``auteur1``, or ``prénom1`` and
        ``nom1`` put together as ``order`` says ("first last" or "last, first")."""
        out: list[Nodes] = []
        for index in range(1, 40):
            keys = (str(index), "") if index == 1 else (str(index),)
            name = self.get(*(f"{w}{k}" for w in whole for k in keys))
            surname = self.get(*(f"{w}{k}" for w in last for k in keys))
            given = self.get(*(f"{w}{k}" for w in first for k in keys))
            if not name and surname:
                if not given:
                    name = surname
                elif order == "first last":
                    name = (*given, Text(" "), *surname)
                else:
                    name = (*surname, Text(", "), *given)
            if name:
                out.append(name)
            elif index > 1:
                break
        return out  # fmt: skip


def iso_date(text: str) -> tuple[int, int, int | None] | None:
    """(year, month, day) of "2020-05-04" or (year, month, None) of "2020-05"."""
    found = _ISO.fullmatch(text.strip())
    if not found:
        return None
    month = int(found.group(2))
    day = int(found.group(3)) if found.group(3) else None
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return None
    return int(found.group(1)), month, day


# Polish names a month alone in the nominative ("marzec 2020").
_POLISH_NOMINATIVE = ("styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec",
                      "sierpień", "wrzesień", "październik", "listopad", "grudzień")  # fmt: skip


def written_date(text: str, language: str) -> str:
    """An ISO date written the way ``language`` ("it", "es", "nl", "pl") writes one:
    "1º marzo 2020", "1 de marzo de 2020", "1 maart 2020", "1 marca 2020". Other text
    is shown as written."""
    found = iso_date(text)
    if found is None:
        return text.strip()
    year, month, day = found
    name = MONTHS[language][month - 1]
    if language == "es":
        return f"{day} de {name} de {year}" if day else f"{name} de {year}"
    if day is None:
        return f"{_POLISH_NOMINATIVE[month - 1] if language == 'pl' else name} {year}"
    shown_day = "1º" if language == "it" and day == 1 else str(day)
    return f"{shown_day} {name} {year}"


def texts(text: str) -> Nodes:
    return (Text(text),) if text else ()


def joined(parts: Iterable[Nodes], between: str) -> list[Inline]:
    """The non-empty parts with ``between`` between them."""
    out: list[Inline] = []
    for part in parts:
        if not part:
            continue
        if out:
            out.append(Text(between))
        out.extend(part)
    return out


def page_list(items: Sequence[Nodes], last: str, between: str = ", ") -> list[Inline]:
    """ "A, B et C": the items with ``last`` before the last one (no serial comma)."""
    out: list[Inline] = []
    for index, item in enumerate(items):
        if index:
            out.append(Text(last if index == len(items) - 1 else between))
        out.extend(item)
    return out


def external(content: Nodes, url: str) -> Nodes:
    """The content linked to the URL (a link cannot hold a link: it keeps the text)."""
    if not url:
        return content
    if any(isinstance(node, (Link, ExternalLink)) for node in content):
        content = (Text(plain_text(content)),)
    return (ExternalLink(url, content),)


def isbn(label: str, number: str) -> Nodes:
    """ "ISBN 978-…" with the number linked to the book sources page."""
    if not number:
        return ()
    digits = re.sub(r"[^0-9Xx]", "", number)
    return (Text(f"{label}{NBSP}"), Link(f"Special:BookSources/{digits}", (Text(number),)))
