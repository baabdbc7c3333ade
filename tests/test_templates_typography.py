"""Typography templates: apostrophes, fractions, respellings, formulas, val, gauges…"""

from __future__ import annotations

from datetime import date

import pytest

from wikiconv.ast import (
    ExternalLink,
    InlineTag,
    Italic,
    LineBreak,
    Link,
    Subscript,
    Superscript,
    Template,
    Text,
)
from wikiconv.readers.wikitext import read
from wikiconv.walk import iter_nodes, plain_text

NBSP = "\u00a0"
TODAY = date(2025, 1, 1)


def shown(source: str) -> str:
    document = read(source, today=TODAY)
    return plain_text(document.blocks[0]).replace(NBSP, " ") if document.blocks else ""


def rendered(source: str) -> tuple[object, ...]:
    call = next(n for n in iter_nodes(read(source, today=TODAY)) if isinstance(n, Template))
    assert call.rendered is not None, source
    return call.rendered


def unrendered(source: str) -> bool:
    call = next(n for n in iter_nodes(read(source, today=TODAY)) if isinstance(n, Template))
    return call.rendered is None


CASES = [
    # Apostrophes and spaces.
    ("the ''[[Illiad]]''{{'s}} vocabulary", "the Illiad's vocabulary"),
    ("''Z''{{'}}(''x'')", "Z'(x)"),
    ("''Dune''{{'}}s", "Dune's"),
    ("5{{thinsp}}km", "5\u2009km"),
    ("a{{Thin space}}b", "a\u2009b"),
    ("a{{hairsp}}b", "a\u200ab"),
    # Fractions: the text keeps frac's "+" and sfrac's "/" (screen-reader text).
    ("{{frac|2}} of the votes", "1\u20442 of the votes"),
    ("{{frac|3|2}}", "3\u20442"),
    ("{{frac|3|1|2}} miles", "3+1\u20442 miles"),
    ("{{frac}}", "\u2044"),
    ("{{fraction|1|4}}", "1\u20444"),
    ("{{frac||1|8}}", "1\u20448"),
    ("{{sfrac|3''n'' + 1|2}}", "3n + 1/2"),
    ("{{sfrac|4}}", "1/4"),
    ("{{sfrac|1|2|3}}", "1+2/3"),
    # Tooltips show their text.
    ("{{tooltip|POS|Position}}", "POS"),
    ("{{Tooltip| $31,152,975 | Career Prize Money}}", "$31,152,975"),
    ("{{Tooltip| W–L | Win–Loss}}", "W–L"),
    # Respellings: parts joined by hyphens, stress as written.
    ("{{respell|AN|see}}", "AN-see"),
    ("{{respell|ARD|vark}}", "ARD-vark"),
    ("{{respell|ə|ROO|bə}}", "ə-ROO-bə"),
    ("{{respell|ə|RAK|nə|FOH|bee-ə}}", "ə-RAK-nə-FOH-bee-ə"),
    ("{{respell|SAIR|hee-oh|_|YOOL}}", "SAIR-hee-oh YOOL"),
    ("{{respell|-zits}}", "-zits"),
    ("{{respell|MASS|ə|CHOO|sits}}, {{respell|-|zits}}", "MASS-ə-CHOO-sits, -zits"),
    # Variables and formulas.
    ("where {{mvar|x}} is", "where x is"),
    ("{{var|name}}", "name"),
    ("{{math|''x''<sup>2</sup> + 1}}", "x2 + 1"),
    ("{{math|1=''E'' = ''mc''<sup>2</sup>}}", "E = mc2"),
    # Chemical formulas.
    ("{{chem|C|''n''|H|2''n''+2}}", "CnH2n+2"),
    ("{{chem|C|''n''|H|2''n''−2''k''+2}}", "CnH2n−2k+2"),
    ("{{chem|H|2|O}}", "H2O"),
    ("{{chem2|Ca(OH)2}}", "Ca(OH)2"),
    ("{{chem2|C6H12O6}}", "C6H12O6"),
    ("{{chem2|2H2O}}", "2H2O"),
    # Arrows.
    ("{{increase}} 4%", "▲ 4%"),
    ("{{IncreasePositive}} {{DecreasePositive}}", "▲ ▼"),
    ("{{increaseNegative}} {{DecreaseNegative}}", "▲ ▼"),
    # Layout markers show nothing.
    ("a{{nowrap begin}}b{{nowrap end}}c", "abc"),
    ("{{col-start}}{{col-3}}x{{col-float}}{{col-float-end}}", "x"),
    ("{{top}}a{{mid}}b{{bottom}}", "ab"),
    ("{{columns|width=13.7em\n| col1width=18.4em\n| col1 =\n* [[Alto Vista Chapel]]\n"
     "* [[Antilla Shipwreck]]\n| col2 =\n;Beaches\n* [[Eagle Beach]]\n}}",
     "Alto Vista Chapel Antilla Shipwreck Beaches Eagle Beach"),
    # Identifiers.
    ("{{OEIS|id=A000602}}", "A000602"),
    ("{{OEIS|A000045}}", "A000045"),
    ("On 11 November 1930, {{US patent|1781541}} was awarded",
     "On 11 November 1930, U.S. Patent 1,781,541 was awarded"),
    ("{{DentalFormula|upper=0.0.2-3.3|lower=0.0.2.3}}", "0.0.2-3.3/0.0.2.3"),
    ("{{DentalFormula|upper=2.1.2.3|lower=2.1.2.3}}", "2.1.2.3/2.1.2.3"),
    # Ordinals.
    ("{{ordinal|1}} {{ordinal|2}} {{ordinal|3}} {{ordinal|4}}", "1st 2nd 3rd 4th"),
    ("{{ordinal|11}} {{ordinal|12}} {{ordinal|13}} {{ordinal|111}}", "11th 12th 13th 111th"),
    ("{{ordinal|21}} {{ordinal|22}} {{ordinal|103}}", "21st 22nd 103rd"),
    # Sic-like marks show the word only.
    ("{{not a typo|recieve}}", "recieve"),
    ("{{proper name|Cowpens}}", "Cowpens"),
    # Circa, with two dates.
    ("{{c.|lk=no|965|1040}}", "c. 965 – c. 1040"),
    ("({{circa|965|1040}})", "(c. 965 – c. 1040)"),
    ("{{circa|1850}}", "c. 1850"),
    ("{{c.}}", "c."),
    # val: numbers with uncertainty, powers of ten and units.
    ("{{val|6.2415093|e=18}}", "6.2415093×1018"),
    ("{{val|6.241|e=18}}", "6.241×1018"),
    ("{{val|30000|u=C}}", "30000 C"),
    ("{{val|0.99985|u=A}}", "0.99985 A"),
    ("{{val|0.001118000|u=grams}}", "0.001118000 grams"),
    ("{{val|1.23|e=5|u=m}}", "1.23×105 m"),
    ("{{val|1.23|0.01}}", "1.23±0.01"),
    ("{{val|1.23|0.01|e=5|u=m}}", "(1.23±0.01)×105 m"),
    ("{{val|1234|(56)}}", "1234(56)"),
    ("{{val|1234|+56|-78}}", "1234+56−78"),
    ("{{val|-5.2|u=%}}", "−5.2%"),
    ("{{val|9.8|u=m/s2}}", "9.8 m/s2"),
    ("{{val|4|u=m2}}", "4 m2"),
    ("{{val|2|e=-3|u=s-1}}", "2×10−3 s−1"),
    ("{{val|1234567.1234567|fmt=commas}}", "1,234,567.1234567"),
    ("{{val|7600|u=MeV|p=~|s=!}}", "~7600 MeV!"),
    ("{{val|9.8|u=m|up=s}}", "9.8 m/s"),
    # Significant figures.
    ("{{sigfig|4.22|1}}", "4"),
    ("{{significant figures|123.456|7}}", "123.4560"),
    ("{{significant figures|123.456|5}}", "123.46"),
    ("{{significant figures|123,456|3}}", "123,000"),
    ("{{significant figures|12345.6|3}}", "12,300"),
    ("{{significant figures|.0123456|3}}", "0.0123"),
    ("{{significant figures|123.456|2}}", "120"),
    ("{{significant figures|123.456|0}}", "0"),
    ("{{significant figures|987654321|4}}", "987,700,000"),
    ("{{significant figures|987654321|1}}", "1,000,000,000"),
    # Track gauges.
    ("{{RailGauge|1435mm}}", "1,435 mm (4 ft 8+1\u20442 in)"),
    ("{{RailGauge|1668mm}}", "1,668 mm (5 ft 5+21\u204432 in)"),
    ("{{RailGauge|1435mm|disp=1}}", "1,435 mm"),
    ("a scenic {{RailGauge|1000mm|allk=on}} trainline",
     "a scenic 1,000 mm (3 ft 3+3\u20448 in) metre gauge trainline"),
    ("{{Track gauge|1520 mm}}", "1,520 mm (4 ft 11+27\u204432 in)"),
    ("{{Track gauge|1520 mm|al=on}}", "1,520 mm (4 ft 11+27\u204432 in) Russian gauge"),
    ("{{Track gauge|4 ft}}", "4 ft (1,219 mm)"),
    ("{{Track gauge|4 ft 8.5 in}}", "4 ft 8+1\u20442 in (1,435 mm)"),
    ("{{Track gauge|56.5 in}}", "4 ft 8+1\u20442 in (1,435 mm)"),
    ("{{RailGauge|3ft6in}}", "3 ft 6 in (1,067 mm)"),
    ("{{RailGauge|1m}}", "1,000 mm (3 ft 3+3\u20448 in)"),
    # Population densities, when both ways of rounding agree.
    ("{{Pop density|1000|10|km2|sqmi|prec=0}}", "100/km2 (259/sq mi)"),
    ("{{Pop density|1,000|10|km2|prec=1}}", "100.0/km2 (259.0/sq mi)"),
    ("{{Pop density|5000|2|sqmi|km2|prec=0}}", "2,500/sq mi (965/km2)"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_handler_renders_what_the_page_shows(source: str, expected: str) -> None:
    assert shown(source) == expected


UNRENDERED = [
    "{{respell|mə|SHEEN|'}}",  # the old final-stress marker
    "{{chem2|SO4^2-}}",
    "{{chem2|[[water|H2O]]}}",
    "{{OEIS|Fibonacci}}",
    "{{US patent|RE28671}}",
    "{{DentalFormula|upper=2.1.2.3|lower=2.1.2.3|total=36}}",
    "{{ordinal|first}}",
    "{{val|abc}}",
    "{{val|1.23|errend=x}}",
    "{{val|1.2|+0.1|-0.2|e=3}}",
    "{{val|5|u=ohm}}",
    "{{val|5|u=m2s}}",
    "{{sigfig|1234}}",
    "{{sigfig|-12.5|2}}",
    "{{RailGauge|25in}}",
    "{{RailGauge|1524mm|al=on}}",
    "{{RailGauge|1435mm|disp=or}}",
    "{{Pop density|3645257|640081.87|km2|sqmi|prec=1}}",  # 14.7 or 14.8 /sq mi
    "{{Pop density|1000|10|km2}}",
    "{{Pop density|1000|10|ha|prec=0}}",
    "{{mvar}}",
]


@pytest.mark.parametrize("source", UNRENDERED)
def test_calls_it_cannot_render_faithfully_stay_unrendered(source: str) -> None:
    assert unrendered(source)


def test_possessive_is_a_straight_apostrophe() -> None:
    assert rendered("{{'s}}") == (Text("'s"),)


def test_fractions_are_one_text_run() -> None:
    assert rendered("{{frac|5|3|4}}") == (Text("5+3\u20444"),)


def test_tooltip_keeps_its_title_on_a_span() -> None:
    assert rendered("{{tooltip|POS|Position}}") == (
        InlineTag("span", (("title", "Position"),), (Text("POS"),)),
    )


def test_respelling_is_italic_and_links_to_the_key() -> None:
    assert rendered("{{respell|AN|see}}") == (
        Italic((Link("Help:Pronunciation respelling key", (Text("AN-see"),)),)),
    )
    assert rendered("{{respell|AN|see|link=no}}") == (Italic((Text("AN-see"),)),)


def test_variables_are_italic() -> None:
    assert rendered("{{mvar|x}}") == (Italic((Text("x"),)),)


def test_chemical_counts_are_subscripts() -> None:
    assert rendered("{{chem|H|2|O}}") == (Text("H"), Subscript((Text("2"),)), Text("O"))
    assert rendered("{{chem2|Ca(OH)2}}") == (Text("Ca(OH)"), Subscript((Text("2"),)))
    linked = rendered("{{chem|link=Water|H|2|O}}")
    assert isinstance(linked[0], Link) and linked[0].target == "Water"


def test_val_exponent_and_unit_powers_are_superscripts() -> None:
    nodes = rendered("{{val|1.23|e=5|u=m2}}")
    assert nodes == (
        Text("1.23\u00d710"),
        Superscript((Text("5"),)),
        Text(f"{NBSP}m"),
        Superscript((Text("2"),)),
    )
    assert rendered("{{val|1|+2|-3}}") == (
        Text("1"),
        Superscript((Text("+2"),)),
        Subscript((Text("\u22123"),)),
    )


def test_identifiers_link_to_their_sites() -> None:
    assert rendered("{{OEIS|A000045}}") == (
        ExternalLink("https://oeis.org/A000045", (Text("A000045"),)),
    )
    (patent,) = rendered("{{US patent|1781541}}")
    assert isinstance(patent, ExternalLink)
    assert patent.url == "https://patents.google.com/patent/US1781541"


def test_gauge_names_and_measures_link_when_asked() -> None:
    nodes = rendered("{{RailGauge|1435mm|lk=on|allk=on}}")
    links = [node for node in nodes if isinstance(node, Link)]
    assert [link.target for link in links] == ["Standard-gauge railway"] * 2
    assert plain_text(links[0]) == f"1,435{NBSP}mm"
    assert plain_text(links[1]) == "standard gauge"


def test_ordinal_suffix_can_be_raised() -> None:
    assert rendered("{{ordinal|103|sup=yes}}") == (Text("103"), Superscript((Text("rd"),)))


def test_columns_put_each_item_on_its_own_line() -> None:
    nodes = rendered("{{columns|col1=\n* a\n* b\n|col2=\n* c\n}}")
    assert sum(isinstance(node, LineBreak) for node in nodes) == 2
