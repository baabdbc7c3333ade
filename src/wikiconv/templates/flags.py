"""Flags: ``flagicon`` shows only a small image, ``flag`` the image and the name.

The image is not text, so ``flagicon`` renders as nothing and ``flag`` as the
country's name, linked. Country codes (``GBR``, ``ESP``) name the country as
Wikipedia's flag templates do. ``ru`` (rugby union teams) links the national team.

Two families of one-name country templates render the same way, a flag (dropped) and
the country's linked name:

- English Wikipedia's code templates: ``{{POL}}`` is "Poland", ``{{USA}}`` "United
  States" (every code of :data:`COUNTRY_CODES`).
- German Wikipedia's country templates, named after the country in German:
  ``{{Argentinien}}`` is "Argentinien", ``{{Frankreich}}`` "Frankreich"; the ones for
  a former state carry its code and the year of its flag (``{{CHN-1928}}`` "Republik
  China", ``{{DEU-1935}}`` "Deutsches Reich").

Norwegian Wikipedia's ``{{NOR}}`` shows the flag alone, but a call does not say which
wiki it was written for, so ``NOR`` renders as English Wikipedia's "Norway".
"""

from __future__ import annotations

from wikiconv.ast import Link, Text
from wikiconv.templates.countries_data import COUNTRY_NAMES
from wikiconv.templates.registry import BUILTIN, HandlerContext, Output, TemplateCall, handler

__all__ = ["COUNTRY_CODES", "GERMAN_COUNTRIES", "GERMAN_FORMER_STATES"]

# IOC and FIFA codes of the countries most often flagged, and the home nations, which
# this module renders; the names are countries_data's, as for every other code.
COUNTRY_CODES = {code: COUNTRY_NAMES[code] for code in (
    "ARG AUS AUT BEL BRA BUL CAN CHI CHN COL CRO CZE DEN DEU ENG ESP FIJ "
    "FIN FRA GBR GEO GER GRE HUN IND IRL IRN ISR ITA JPN KAZ KOR MEX NED "
    "NIR NOR NZL PAK POL POR ROU RSA RUS SAM SCO SRB SUI SWE TGA TUR UKR "
    "URU USA WAL"
).split()}  # fmt: skip

# German Wikipedia's templates named after a country: the name is also the article.
# Names English spells the same way are listed only where German articles call them,
# since English Wikipedia may use such a name for a navigation box.
GERMAN_COUNTRIES = (
    "Ägypten", "Albanien", "Algerien", "Argentinien", "Äthiopien", "Australien",
    "Belgien", "Bolivien", "Brasilien", "Bulgarien", "Dänemark", "Deutschland",
    "Estland", "Finnland", "Frankreich", "Griechenland", "Indien", "Indonesien",
    "Irland", "Italien", "Japan", "Jugoslawien", "Kanada", "Kolumbien", "Kroatien",
    "Kuba", "Lettland", "Litauen", "Luxemburg", "Marokko", "Mexiko", "Neuseeland",
    "Niederlande", "Norwegen", "Österreich", "Pakistan", "Philippinen", "Polen",
    "Portugal", "Rumänien", "Russland", "Schweden", "Schweiz", "Serbien", "Slowakei",
    "Slowenien", "Sowjetunion", "Spanien", "Südafrika", "Südkorea", "Taiwan",
    "Thailand", "Tschechien", "Tschechoslowakei", "Tunesien", "Türkei", "Ukraine",
    "Ungarn", "Vereinigte Staaten", "Vereinigtes Königreich",
)  # fmt: skip

# German Wikipedia's templates for a state as it was when its flag was adopted:
# name -> (article, name shown).
GERMAN_FORMER_STATES = {
    "BIR-1948": ("Myanmar", "Birma"),
    "CHN-1928": ("Republik China (1912\u20131949)", "Republik China"),
    "DEU-1935": ("Deutsches Reich 1933 bis 1945", "Deutsches Reich"),
    "DEU-1949": ("Deutschland", "Deutschland"),
    "RHO-1968": ("Rhodesien", "Rhodesien"),
}


def country(code: str) -> str:
    """The country a flag template's first value names: a code's country (the codes
    of every country template, :mod:`countries_data`), else the value as written."""
    if not code:
        return ""
    return COUNTRY_NAMES.get(code.upper()) or code


@handler("flagicon", "flag icon", "flagdeco", "flagicon image")
def flagicon(call: TemplateCall, ctx: HandlerContext) -> Output:
    return ()


@handler("flag", "flagcountry", "flagu", "flag country", "flagc")
def flag(call: TemplateCall, ctx: HandlerContext) -> Output:
    name = country(call.text(1))
    if not name:
        return None
    label = call.text("name", name)
    return (Link(name, (Text(label),) if label != name else ()),)


@handler("ru")
def rugby_union(call: TemplateCall, ctx: HandlerContext) -> Output:
    name = country(call.text(1))
    if not name:
        return None
    return (Link(f"{name} national rugby union team", (Text(name),)),)


def country_code(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{POL}}: the flag and "Poland"; the template's own name is the code.
    return (Link(COUNTRY_CODES[call.name]),)


def german_country(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Frankreich}}: the flag and "Frankreich", linked to the article of that name.
    return (Link(call.name),)


def german_former_state(call: TemplateCall, ctx: HandlerContext) -> Output:
    article, shown = GERMAN_FORMER_STATES[call.name]
    return (Link(article, () if shown == article else (Text(shown),)),)


BUILTIN.add(country_code, *COUNTRY_CODES)
BUILTIN.add(german_country, *GERMAN_COUNTRIES)
BUILTIN.add(german_former_state, *GERMAN_FORMER_STATES)
