"""Flags: ``flagicon`` shows only a small image, ``flag`` the image and the name.

The image is not text, so ``flagicon`` renders as nothing and ``flag`` as the
country's name, linked. Country codes (``GBR``, ``ESP``) name the country as
Wikipedia's flag templates do. ``ru`` (rugby union teams) links the national team.
"""

from __future__ import annotations

from wikiconv.ast import Link, Text
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler

__all__ = ["COUNTRY_CODES"]

# IOC and FIFA codes of the countries most often flagged, and the home nations.
COUNTRY_CODES = {
    "ARG": "Argentina", "AUS": "Australia", "AUT": "Austria", "BEL": "Belgium",
    "BRA": "Brazil", "BUL": "Bulgaria", "CAN": "Canada", "CHI": "Chile", "CHN": "China",
    "COL": "Colombia", "CRO": "Croatia", "CZE": "Czech Republic", "DEN": "Denmark",
    "DEU": "Germany", "ENG": "England", "ESP": "Spain", "FIJ": "Fiji", "FIN": "Finland",
    "FRA": "France", "GBR": "United Kingdom", "GEO": "Georgia", "GER": "Germany",
    "GRE": "Greece", "HUN": "Hungary", "IND": "India", "IRL": "Ireland", "IRN": "Iran",
    "ISR": "Israel", "ITA": "Italy", "JPN": "Japan", "KAZ": "Kazakhstan",
    "KOR": "South Korea", "MEX": "Mexico", "NED": "Netherlands", "NIR": "Northern Ireland",
    "NOR": "Norway", "NZL": "New Zealand", "PAK": "Pakistan", "POL": "Poland",
    "POR": "Portugal", "ROU": "Romania", "RSA": "South Africa", "RUS": "Russia",
    "SAM": "Samoa", "SCO": "Scotland", "SRB": "Serbia", "SUI": "Switzerland",
    "SWE": "Sweden", "TGA": "Tonga", "TUR": "Turkey", "UKR": "Ukraine",
    "URU": "Uruguay", "USA": "United States", "WAL": "Wales",
}  # fmt: skip


def country(code: str) -> str:
    return COUNTRY_CODES.get(code.upper(), code) if code else ""


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
