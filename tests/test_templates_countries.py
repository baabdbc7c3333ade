"""English Wikipedia's country code templates, on calls from the corpus: the list of
the states on the Atlantic's coasts (Atlantic Ocean, "Bordering countries and
territories"), where each line is a code template, territories in italics."""

from __future__ import annotations

from datetime import date

import pytest

from wikiconv.ast import Link, Template, Text
from wikiconv.readers.wikitext import read
from wikiconv.templates import default_registry, flags
from wikiconv.templates.countries import COUNTRY_TEMPLATES, country_template
from wikiconv.templates.countries_data import COUNTRY_NAMES
from wikiconv.walk import iter_nodes, plain_text

TODAY = date(2025, 1, 1)


def shown(source: str) -> str:
    document = read(source, today=TODAY)
    return plain_text(document.blocks[0]) if document.blocks else ""


def rendering(source: str) -> tuple[object, ...] | None:
    found = [n for n in iter_nodes(read(source, today=TODAY)) if isinstance(n, Template)]
    return found[0].rendered


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("* {{ISL}}", "Iceland"),
        ("* {{BEN}}", "Benin"),
        ("* {{CMR}}", "Cameroon"),
        ("* {{CPV}}", "Cape Verde"),
        ("* {{COD}}", "Democratic Republic of the Congo"),
        ("* {{COG}}", "Republic of the Congo"),
        ("* {{GNQ}}", "Equatorial Guinea"),
        ("* {{GMB}}", "The Gambia"),
        ("* {{GNB}}", "Guinea-Bissau"),
        ("* {{CIV}}", "Ivory Coast"),
        ("* {{STP}}", "São Tomé and Príncipe"),
        ("* {{ZAF}}", "South Africa"),
        ("* {{SKN}}", "Saint Kitts and Nevis"),
        ("* {{VCT}}", "Saint Vincent and the Grenadines"),
        ("* {{TTO}}", "Trinidad and Tobago"),
        ("* {{UK}}", "United Kingdom"),
        # IOC and FIFA codes.
        ("* {{DEN}}", "Denmark"),
        ("* {{HON}}", "Honduras"),
        # Territories, in italics with the code of the country they belong to.
        ("* ''{{FRO}}'' (DEN)", "Faroe Islands (DEN)"),
        ("* ''{{GGY}}'' (UK)", "Guernsey (UK)"),
        ("* ''{{IOM}}'' (UK)", "Isle of Man (UK)"),
        ("* ''{{BVT}}'' (NOR)", "Bouvet Island (NOR)"),
        ("* ''{{SHN}}'' (UK)", "Saint Helena, Ascension and Tristan da Cunha (UK)"),
        ("* ''{{SGS}}'' (UK)", "South Georgia and the South Sandwich Islands (UK)"),
        ("* ''{{ABW}}'' (NED)", "Aruba (NED)"),
        ("* ''{{VGB}}'' (UK)", "British Virgin Islands (UK)"),
        ("* ''{{CUR}}'' (NED)", "Curaçao (NED)"),
        ("* ''{{MAF}}'' (FRA)", "Saint Martin (FRA)"),
        ("* ''{{VIR}}'' (USA)", "United States Virgin Islands (USA)"),
        ("* ''{{ESH}} ([[Political status of Western Sahara|claimed by Morocco]])'' (MAR)",
         "Western Sahara (claimed by Morocco) (MAR)"),
    ],
)  # fmt: skip
def test_rendered_text(source: str, expected: str) -> None:
    assert shown(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("{{ISL}} and more", (Link("Iceland"),)),
        ("{{GER}} and more", (Link("Germany"),)),
        ("{{NED}} and more", (Link("Netherlands"),)),
        ("{{SUI}} and more", (Link("Switzerland"),)),
        ("{{RSA}} and more", (Link("South Africa"),)),
        ("{{KSA}} and more", (Link("Saudi Arabia"),)),
        ("{{URS}} and more", (Link("Soviet Union"),)),
        # The name shown is not the article's title.
        ("{{MAF}} and more", (Link("Collectivity of Saint Martin", (Text("Saint Martin"),)),)),
        ("{{PLE}} and more", (Link("State of Palestine", (Text("Palestine"),)),)),
        # A variant changes the flag only; name= changes the name shown.
        ("{{GRE|1822}} and more", (Link("Greece"),)),
        ("{{ISL|name=Ísland}} and more", (Link("Iceland", (Text("Ísland"),)),)),
    ],
)  # fmt: skip
def test_the_country_is_linked(source: str, expected: tuple[object, ...]) -> None:
    assert rendering(source) == expected


def test_codes_of_the_flags_module_keep_its_handler() -> None:
    registry = default_registry()
    for code in ("NOR", "GBR", "POL", "USA", "DEN", "GER"):
        assert code not in COUNTRY_TEMPLATES
        assert registry.lookup(code) is flags.country_code
    assert registry.lookup("ISL") is country_template


def test_every_code_has_a_handler() -> None:
    registry = default_registry()
    for code in COUNTRY_NAMES:
        assert registry.lookup(code) is not None, code


def test_codes_of_two_countries_are_left_out() -> None:
    # BRN is Brunei in ISO 3166 and Bahrain for the IOC.
    assert default_registry().lookup("BRN") is None
    assert "BRN" not in COUNTRY_NAMES


def test_only_the_exact_spelling_is_a_country_template() -> None:
    assert default_registry().lookup("Isl") is None


def test_flag_templates_know_every_country_code() -> None:
    # flagcountry names the country a code stands for, whichever module lists the code.
    assert shown("{{flagcountry|ISL}}") == "Iceland"
    assert shown("{{flagcountry|GHA}}") == "Ghana"
    assert shown("{{flagcountry|NOR}}") == "Norway"
    assert shown("{{flagcountry|Iceland}}") == "Iceland"
