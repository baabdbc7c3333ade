"""``{{convert}}`` beyond the basics, and ``{{chem}}`` charges, on calls from real articles.

The expected texts follow English Wikipedia's Module:Convert: its default rounding
(the input's precision, adjusted by the conversion factor, at least two significant
figures), names for the input and symbols for the output, a no-break space between a
number and a symbol. Superscripts read inline in plain text ("m3" is m³).
"""

from __future__ import annotations

from datetime import date

import pytest

from wikiconv.ast import Inline, Italic, LineBreak, Link, Subscript, Superscript, Template, Text
from wikiconv.readers.wikitext import read
from wikiconv.templates.units import convert_value, default_precision, format_number
from wikiconv.templates.units_table import lookup
from wikiconv.walk import iter_nodes, plain_text

NBSP = "\u00a0"
MINUS = "\u2212"
TODAY = date(2025, 1, 1)


def rendered(source: str) -> tuple[Inline, ...] | None:
    call = next(n for n in iter_nodes(read(source, today=TODAY)) if isinstance(n, Template))
    return call.rendered


def text(source: str) -> str | None:
    nodes = rendered(source)
    return None if nodes is None else "".join(plain_text(node) for node in nodes)


# Calls from articles that rendered nothing before, with what the page shows.
REAL_CALLS = [
    # Alaska: engineering notation ("million acres"), population density, oil.
    ("{{convert|87|e6acre|e6ha|abbr=off}}", "87 million acres (35 million hectares)"),
    ("{{convert|16|e6acre|e6ha|abbr=off}}", "16 million acres (6.5 million hectares)"),
    ("{{convert|101|e6acre|e6ha|abbr=off}}", "101 million acres (41 million hectares)"),
    ("{{convert|44|e6acre|e6ha|abbr=off}}", "44 million acres (18 million hectares)"),
    ("{{convert|11|MUSgal|Ml|lk=out|abbr=off|sp=us}}",
     "11 million US gallons (42 megaliters)"),
    ("{{convert|1.2|PD/sqmi}}", "1.2 inhabitants per square mile (0.46/km2)"),
    ("{{convert|5.8|PD/sqmi}}", "5.8 inhabitants per square mile (2.2/km2)"),
    ("{{convert|400000|oilbbl/d|m3/d}}", f"400,000 barrels per day (64,000{NBSP}m3/d)"),
    ("{{convert|900000|oilbbl/d|m3/d}}", f"900,000 barrels per day (140,000{NBSP}m3/d)"),
    ("{{convert | 1500000  | oilbbl/d | m3/d}}",
     f"1,500,000 barrels per day (240,000{NBSP}m3/d)"),
    ("{{convert|2.1|Moilbbl|m3}}", f"2.1 million barrels (330,000{NBSP}m3)"),
    ("{{convert|85.4|Tcuft|km3}}", f"85.4 trillion cubic feet (2,420{NBSP}km3)"),
    # Angola, Asphalt: barrels, per day, engineering-notation outputs, sigfig.
    ("{{convert|1.4|Moilbbl/d|m3/d}}", f"1.4 million barrels per day (220,000{NBSP}m3/d)"),
    ("{{convert|2|Moilbbl/d|m3/d}}", f"2 million barrels per day (320,000{NBSP}m3/d)"),
    ("{{convert|166|Goilbbl}}", f"166 billion barrels (26.4\u00d7109{NBSP}m3)"),
    ("{{convert|2.3|Moilbbl/d}}", f"2.3 million barrels per day (370\u00d7103{NBSP}m3/d)"),
    ("{{convert|300|oilbbl|sigfig=1}}", f"300 barrels (50{NBSP}m3)"),
    ("{{convert|1|Moilbbl}}", f"1 million barrels (0.16\u00d7106{NBSP}m3)"),
    ("{{convert|1.3|Moilbbl}}", f"1.3 million barrels (0.21\u00d7106{NBSP}m3)"),
    ("{{convert|2.3|Moilbbl|m3}}", f"2.3 million barrels (370,000{NBSP}m3)"),
    ("{{convert|4.4|Moilbbl|m3}}", f"4.4 million barrels (700,000{NBSP}m3)"),
    ("{{convert|310|Goilbbl|e9m3|sigfig=1}}", f"310 billion barrels (50\u00d7109{NBSP}m3)"),
    ("{{convert|4400000|oilbbl/d}}", f"4,400,000 barrels per day (700,000{NBSP}m3/d)"),
    # Apollo 8: several outputs, US spelling; a "by" range as an adjective.
    ("{{convert|203,752|nmi|smi km|abbr=off|sp=us}}",
     "203,752 nautical miles (234,474 statute miles; 377,349 kilometers)"),
    ("{{convert|0.99|by|0.92|AU|Gm|lk=on|adj=on}}",
     f"0.99-by-0.92-astronomical-unit (148 by 138{NBSP}Gm)"),
    # Atlantic Ocean: fathoms (a unit shown by name) and feet; ranges; changes.
    ("{{convert|3339|m|fathom ft|lk=out}}",
     f"3,339 metres (1,826 fathoms; 10,950{NBSP}ft)"),
    ("{{convert|3926|m|fathom ft}}", f"3,926 metres (2,147 fathoms; 12,880{NBSP}ft)"),
    ("{{convert|8380|m|fathom ft}}", f"8,380 metres (4,580 fathoms; 27,500{NBSP}ft)"),
    ("{{convert|2700|m|fathom ft}}", f"2,700 metres (1,500 fathoms; 8,900{NBSP}ft)"),
    ("{{convert|3700|-|5500|m|fathom ft}}",
     f"3,700\u20135,500 metres (2,000\u20133,000 fathoms; 12,000\u201318,000{NBSP}ft)"),
    ("{{convert|8605|m|fathom ft}}", f"8,605 metres (4,705 fathoms; 28,230{NBSP}ft)"),
    ("{{convert|8428|m|fathom ft}}", f"8,428 metres (4,608 fathoms; 27,650{NBSP}ft)"),
    ("{{convert|7454|m|fathom ft}}", f"7,454 metres (4,076 fathoms; 24,460{NBSP}ft)"),
    ("{{convert|60|-|3300|m|fathom ft}}",
     f"60\u20133,300 metres (33\u20131,804 fathoms; 200\u201310,830{NBSP}ft)"),
    ("{{convert|7|\u2013|8|C-change|F-change}}", f"7\u20138{NBSP}°C (13\u201314{NBSP}°F)"),
    ("{{convert|1000|m|fathom ft}}", f"1,000 metres (550 fathoms; 3,300{NBSP}ft)"),
    ("{{convert|4000|m|fathom ft}}", f"4,000 metres (2,200 fathoms; 13,000{NBSP}ft)"),
    # Aardvark: "and" in the text, a dash in the conversion.
    ("{{convert|60|and(-)|80|kg}}", f"60 and 80 kilograms (130\u2013180{NBSP}lb)"),
    ("{{convert|105|and(-)|130|cm|ft}}", f"105 and 130 centimetres (3.4\u20134.3{NBSP}ft)"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "expected"), REAL_CALLS, ids=[c[0] for c in REAL_CALLS])
def test_real_calls_render_as_the_page_shows_them(source: str, expected: str) -> None:
    assert text(source) == expected


# Calls whose rendering was wrong before, and others the module documents.
MORE_CALLS = [
    # order=flip: the converted value comes first and is spelled out.
    ("{{convert|10977|lb|kg|order=flip}}", f"4,979 kilograms (10,977{NBSP}lb)"),
    ("{{convert|59.7|nmi|km|order=flip|sp=us}}", f"110.6 kilometers (59.7{NBSP}nmi)"),
    ("{{convert|360|km|mi|0|adj=on|order=flip}}", f"224-mile (360{NBSP}km)"),
    ("{{convert|1680|mi|0|abbr=off|order=flip}}", "2,704 kilometres (1,680 miles)"),
    # adj=on: singular, hyphens in the name, none with a symbol.
    ("{{convert|100|nmi|km|sigfig=3|adj=on}}", f"100-nautical-mile (185{NBSP}km)"),
    ("{{convert|13.5|ft|m|adj=on|abbr=off|sp=us}}", "13.5-foot (4.1-meter)"),
    ("{{convert|600000|sqft|m2|adj=on}}", f"600,000-square-foot (56,000{NBSP}m2)"),
    ("{{convert|193.3|by|69.5|mi|km|adj=on}}",
     f"193.3-by-69.5-mile (311.1 by 111.8{NBSP}km)"),
    ("{{convert|10|to|20|ft|adj=on|abbr=off}}", "10-to-20-foot (3.0-to-6.1-metre)"),
    ("{{convert|9|in|cm|adj=on|abbr=on}}", f"9{NBSP}in (23{NBSP}cm)"),
    # Range words (Template:Convert's table of separators).
    ("{{convert|3|-|6|ft}}", f"3\u20136 feet (0.91\u20131.83{NBSP}m)"),
    ("{{convert|3|and|6|ft}}", f"3 and 6 feet (0.91 and 1.83{NBSP}m)"),
    ("{{convert|3|to(-)|6|ft|abbr=on}}", f"3 to 6{NBSP}ft (0.91\u20131.83{NBSP}m)"),
    ("{{convert|3|to about|6|ft}}", f"3 to about 6 feet (0.91 to about 1.83{NBSP}m)"),
    ("{{convert|3|+/-|6|ft}}", f"3 \u00b1 6 feet (0.91 \u00b1 1.83{NBSP}m)"),
    ("{{convert|3|, or|6|ft}}", f"3, or 6 feet (0.91, or 1.83{NBSP}m)"),
    ("{{convert|3|by|6|ft}}", f"3 by 6 feet (0.91 by 1.83{NBSP}m)"),
    ("{{convert|3|x|6|ft}}", f"3 by 6 feet (0.91{NBSP}m \u00d7 1.83{NBSP}m)"),
    ("{{convert|3|x|6|ft|abbr=on}}",
     f"3{NBSP}ft \u00d7 6{NBSP}ft (0.91{NBSP}m \u00d7 1.83{NBSP}m)"),
    ("{{convert|-5|-|5|C}}", f"{MINUS}5 to 5{NBSP}°C (23\u201341{NBSP}°F)"),
    # Default rounding, as the documentation shows it.
    ("{{convert|1234|ft|m}}", f"1,234 feet (376{NBSP}m)"),
    ("{{convert|1230|ft|m}}", f"1,230 feet (370{NBSP}m)"),
    ("{{convert|550|ft|m}}", f"550 feet (170{NBSP}m)"),
    ("{{convert|5670|sqft}}", f"5,670 square feet (527{NBSP}m2)"),
    ("{{convert|2|km|mi}}", f"2 kilometres (1.2{NBSP}mi)"),
    ("{{convert|1|lb|kg|abbr=in}}", f"1{NBSP}lb (0.45 kilograms)"),
    ("{{convert|6|km|sp=us}}", f"6 kilometers (3.7{NBSP}mi)"),
    # Other families: default outputs, names and symbols.
    ("{{convert|100|nmi}}", f"100 nautical miles (190{NBSP}km; 120{NBSP}mi)"),
    ("{{convert|1|acre}}", f"1 acre (0.40{NBSP}ha)"),
    ("{{convert|10|acre|abbr=on}}", f"10 acres (4.0{NBSP}ha)"),
    ("{{convert|3|t}}", "3 tonnes (3.0 long tons; 3.3 short tons)"),
    ("{{convert|3|t|sp=us|abbr=off}}", "3 metric tons (3.0 long tons; 3.3 short tons)"),
    ("{{convert|100|hp}}", f"100 horsepower (75{NBSP}kW)"),
    ("{{convert|250|MW}}", f"250 megawatts (340,000{NBSP}hp)"),
    ("{{convert|100|psi}}", f"100 pounds per square inch (690{NBSP}kPa)"),
    ("{{convert|10|GWh}}", f"10 gigawatt-hours (36{NBSP}TJ)"),
    ("{{convert|2|kg/m3}}", f"2 kilograms per cubic metre (0.12{NBSP}lb/cu ft)"),
    ("{{convert|120|m3/s}}", f"120 cubic metres per second (4,200{NBSP}cu ft/s)"),
    ("{{convert|20|PD/km2}}", "20 inhabitants per square kilometre (52/sq mi)"),
    ("{{convert|300|K}}", f"300{NBSP}K (27{NBSP}°C; 80{NBSP}°F)"),
    ("{{convert|1|e6mi|e6km}}", f"1 million miles (1.6\u00d7106{NBSP}km)"),
    ("{{convert|12.5|e6acre|sqmi km2}}",
     f"12.5 million acres (19,500{NBSP}sq mi; 51,000{NBSP}km2)"),
    ("{{convert|30|mpgus}}",
     f"30 miles per US gallon (7.8{NBSP}L/100{NBSP}km; 36{NBSP}mpg\u2011imp)"),
    ("{{convert|10|L/100 km}}",
     f"10 litres per 100 kilometres (28{NBSP}mpg\u2011imp; 24{NBSP}mpg\u2011US)"),
    ("{{convert|1.5e6|km}}", f"1.5\u00d7106 kilometres (930,000{NBSP}mi)"),
    ("{{convert|80|kg|stlb}}", f"80 kilograms (12{NBSP}st 8{NBSP}lb)"),
    ("{{convert|1.80|m|ftin|abbr=off}}", "1.80 metres (5 feet 11 inches)"),
    # Displays.
    ("{{convert|5|km|disp=output only}}", f"3.1{NBSP}mi"),
    ("{{convert|5|km|disp=output number only}}", "3.1"),
    ("{{convert|5|km|abbr=values}}", "5 (3.1)"),
    ("{{convert|5|km|disp=comma}}", f"5 kilometres, 3.1{NBSP}mi"),
    ("{{convert|5|km|disp=sqbr}}", f"5 kilometres [3.1{NBSP}mi]"),
    ("{{convert|1234|km|comma=off}}", f"1234 kilometres (767{NBSP}mi)"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "expected"), MORE_CALLS, ids=[c[0] for c in MORE_CALLS])
def test_module_convert_behaviour(source: str, expected: str) -> None:
    assert text(source) == expected


UNRENDERED = [
    "{{convert|5|furlongs}}",  # not a unit code (furlong is)
    "{{convert|6|ft|2|in|m}}",  # an input in two units
    "{{convert|1234|ft|m|round=5}}",  # rounding to a multiple: not reproduced
    "{{convert|5|ft|m|adj=mid|long}}",
    "{{convert|5|mi|km|disp=x| [ | ] }}",
    "{{convert|5|mi|km|disp=table}}",
    "{{convert|5|km|kg}}",  # units of different kinds
    "{{convert|3|xx|6|ft}}",  # a deprecated range word: the page shows an error
    "{{convert|1|e6C}}",
]


@pytest.mark.parametrize("source", UNRENDERED)
def test_calls_beyond_the_handler_stay_unrendered(source: str) -> None:
    assert rendered(source) is None


def test_symbols_have_superscripts_and_engineering_notation_a_power_of_ten() -> None:
    assert rendered("{{convert|2.3|Moilbbl/d}}") == (
        Text("2.3"),
        Text(" million barrels per day"),
        Text(" ("),
        Text("370"),
        Text("\u00d710"),
        Superscript((Text("3"),)),
        Text(f"{NBSP}m"),
        Superscript((Text("3"),)),
        Text("/d"),
        Text(")"),
    )


def test_population_density_symbol_follows_the_number_directly() -> None:
    nodes = rendered("{{convert|1.2|PD/sqmi}}")
    assert nodes is not None
    assert nodes[-4:] == (Text("0.46"), Text("/km"), Superscript((Text("2"),)), Text(")"))


def test_lk_links_the_unit_names_and_symbols() -> None:
    nodes = rendered("{{convert|0.99|by|0.92|AU|Gm|lk=on|adj=on}}")
    assert nodes is not None
    links = [node for node in nodes if isinstance(node, Link)]
    assert links == [
        Link("Astronomical unit", (Text("astronomical-unit"),)),
        Link("Metre", (Text("Gm"),)),
    ]
    out_only = rendered("{{convert|3339|m|fathom ft|lk=out}}")
    assert out_only is not None
    assert [node.target for node in out_only if isinstance(node, Link)] == [
        "Fathom",
        "Foot (unit)",
    ]
    assert Text(" metres") in out_only  # the input is not linked
    litres = rendered("{{convert|11|MUSgal|Ml|lk=out|abbr=off|sp=us}}")
    assert litres is not None and Link("Litre", (Text("megaliters"),)) in litres


def test_area_symbols_link_with_their_superscript() -> None:
    nodes = rendered("{{convert|2|km2|lk=in|abbr=on}}")
    assert nodes is not None
    assert nodes[2] == Link("Square kilometre", (Text("km"), Superscript((Text("2"),))))


def test_fuel_efficiency_symbols_have_subscripts() -> None:
    nodes = rendered("{{convert|10|L/100 km|mpgus}}")
    assert nodes is not None
    assert nodes[-3:] == (Text("mpg"), Subscript((Text("\u2011US"),)), Text(")"))


def test_line_break_display() -> None:
    nodes = rendered("{{convert|5|km|disp=br()}}")
    assert nodes is not None and LineBreak() in nodes


def test_conversion_arithmetic() -> None:
    metre, foot = lookup("m"), lookup("ft")
    celsius, fahrenheit = lookup("C"), lookup("F")
    litres_100, mpg = lookup("L/100 km"), lookup("mpgus")
    assert metre and foot and celsius and fahrenheit and litres_100 and mpg
    assert convert_value(1, foot, metre) == pytest.approx(0.3048)
    assert convert_value(100, celsius, fahrenheit) == pytest.approx(212)
    assert convert_value(-40, fahrenheit, celsius) == pytest.approx(-40)
    assert convert_value(10, litres_100, mpg) == pytest.approx(23.5215, rel=1e-5)
    # The oil barrel is 42 US gallons.
    barrel, cubic = lookup("oilbbl"), lookup("m3")
    assert barrel and cubic and convert_value(1, barrel, cubic) == pytest.approx(0.158987295)
    # A temperature change has no offset.
    change_c, change_f = lookup("C-change"), lookup("F-change")
    assert change_c and change_f and convert_value(10, change_c, change_f) == pytest.approx(18)


def test_lookup_builds_prefixed_and_engineering_units() -> None:
    giga = lookup("Gm")
    assert giga is not None and (giga.name, giga.symbol, giga.scale) == ("gigametre", "Gm", 1e9)
    million = lookup("e6ha")
    assert million is not None and million.plural == "million hectares"
    assert million.symbol == f"\u00d710^6{NBSP}ha"
    acres = lookup("e6acre")
    assert acres is not None and acres.default == "e6ha"
    assert lookup("furlongs") is None and lookup("e6furlongs") is None


def test_default_precision_and_number_format() -> None:
    metre, foot = lookup("m"), lookup("ft")
    assert metre and foot
    assert default_precision("3339", 3339, 10954.7, metre, foot) == -1
    assert default_precision("1000", 1000, 3280.8, metre, foot) == -2
    assert format_number(10954.7, -1) == "10,950"
    assert format_number(-2.25, 1) == f"{MINUS}2.3"
    assert format_number(1234.5, 0, commas=False) == "1235"


# {{chem}}: counts lowered, charges raised with a true minus sign.
CHEM_CALLS = [
    ("{{chem|NH|4|+}}", (Text("NH"), Subscript((Text("4"),)), Superscript((Text("+"),)))),
    ("{{chem|O|2|2-}}",
     (Text("O"), Subscript((Text("2"),)), Superscript((Text(f"2{MINUS}"),)))),
    ("{{chem|O|2|-}}", (Text("O"), Subscript((Text("2"),)), Superscript((Text(MINUS),)))),
    ("{{chem|M|+|C|8|-}}",
     (Text("M"), Superscript((Text("+"),)), Text("C"), Subscript((Text("8"),)),
      Superscript((Text(MINUS),)))),
    ("{{chem|Si|4|4-}}",
     (Text("Si"), Subscript((Text("4"),)), Superscript((Text(f"4{MINUS}"),)))),
    ("{{chem|Ge|4|2-}}",
     (Text("Ge"), Subscript((Text("4"),)), Superscript((Text(f"2{MINUS}"),)))),
    ("{{chem|Ge|9|4-}}",
     (Text("Ge"), Subscript((Text("9"),)), Superscript((Text(f"4{MINUS}"),)))),
    ("{{chem|Ge|9|2-}}",
     (Text("Ge"), Subscript((Text("9"),)), Superscript((Text(f"2{MINUS}"),)))),
    ("{{chem|Sn|9|4-}}",
     (Text("Sn"), Subscript((Text("9"),)), Superscript((Text(f"4{MINUS}"),)))),
    ("{{chem|Pb|9|4-}}",
     (Text("Pb"), Subscript((Text("9"),)), Superscript((Text(f"4{MINUS}"),)))),
    ("{{chem|S|''x''|2-}}",
     (Text("S"), Subscript((Italic((Text("x"),)),)), Superscript((Text(f"2{MINUS}"),)))),
    ("{{chem|Se|''x''|2-}}",
     (Text("Se"), Subscript((Italic((Text("x"),)),)), Superscript((Text(f"2{MINUS}"),)))),
    ("{{chem|Te|''x''|2-}}",
     (Text("Te"), Subscript((Italic((Text("x"),)),)), Superscript((Text(f"2{MINUS}"),)))),
]  # fmt: skip


@pytest.mark.parametrize(("source", "expected"), CHEM_CALLS, ids=[c[0] for c in CHEM_CALLS])
def test_chem_charges_are_superscripts(source: str, expected: tuple[Inline, ...]) -> None:
    assert rendered(source) == expected


def test_chem_plain_text_and_unchanged_formulas() -> None:
    assert text("{{chem|NH|4|+}}") == "NH4+"
    assert rendered("{{chem|H|2|O}}") == (Text("H"), Subscript((Text("2"),)), Text("O"))
    # A count with a variable is not a charge.
    assert text("{{chem|C|''n''|H|2''n''+2}}") == "CnH2n+2"
