"""Numbers, strings, template links, dates and ages, and currency templates."""

from __future__ import annotations

from datetime import date

import pytest

import wikiconv
from wikiconv.ast import Code, InlineTag, Link, Superscript, Template, Text
from wikiconv.readers.wikitext import read
from wikiconv.readers.wikitext.options import WikiOptions
from wikiconv.templates import default_registry
from wikiconv.walk import iter_nodes, plain_text

NBSP = "\u00a0"
TODAY = date(2025, 1, 1)


def shown(source: str, title: str | None = None) -> str:
    document = read(source, WikiOptions(title=title), today=TODAY)
    return plain_text(document.blocks[0]) if document.blocks else ""


def rendered(source: str) -> tuple[object, ...]:
    call = next(n for n in iter_nodes(read(source, today=TODAY)) if isinstance(n, Template))
    assert call.rendered is not None, source
    return call.rendered


def unrendered(source: str) -> bool:
    call = next(n for n in iter_nodes(read(source, today=TODAY)) if isinstance(n, Template))
    return call.rendered is None


CASES = [
    # Rounding: Module:Math's precision_format (commas, padding, a true minus).
    ("{{round|1234.5678|2}}", "1,234.57"),
    ("{{round|1|2}}", "1.00"),
    ("{{round|123.456|-1}}", "120"),
    ("{{round|123456.789}}", "123,457"),
    ("{{round|-1.234|1}}", "\u22121.2"),
    ("{{rnd|2|2}}", "2.00"),
    ("{{round|1234567890|0}}", "1.234567890\u00d7109"),
    ("{{rounddown|2.666|2}}", "2.66"),
    ("{{roundup|2.661|2}}", "2.67"),
    ("{{floor|3.7}}", "3"),
    ("{{ceil|3.2}}", "4"),
    # Module:Math's other functions, written as Lua writes numbers.
    ("{{min|3|1|2}}", "1"),
    ("{{max|1|2.5|x}}", "2.5"),
    ("{{sum|1|2|3.5}}", "6.5"),
    ("{{order of magnitude|1200}}", "3"),
    ("{{precision|1.234}}", "3"),
    ("{{precision|1200}}", "-2"),
    # Percentages.
    ("{{percentage|1|3|2}}", "33.33%"),
    ("{{percentage|1|5|2}}", "20%"),
    ("{{percentage|1|5|2|pad=yes}}", "20.00%"),
    ("{{percentage|111|1000|pad=4}}", "11.1000%"),
    ("{{pct|20}}", "20%"),
    ("{{percent|1|3|%=&nbsp;percent}}", f"33{NBSP}percent"),
    # Notation.
    ("{{radic|2}}", "\u221a2"),
    ("{{sqrt|8|3}}", "3\u221a8"),
    ("{{ket|\u03c8}}", "|\u03c8\u27e9"),
    ("{{bra-ket|\u03c6|\u03c8}}", "\u27e8\u03c6|\u03c8\u27e9"),
    ("{{SubatomicParticle|electron}}", "e\u2212"),
    ("{{subatomic particle|Muon neutrino}}", "\u03bd\u03bc"),
    # Strings.
    ("{{str len|Hello}}", "5"),
    ("{{str left|Hello|2}}", "He"),
    ("{{str crop|Hello|2}}", "Hel"),
    ("{{str mid|Hello|2|3}}", "ell"),
    ("{{str mid|Hello|2}}", "ello"),
    ("{{trunc|Hello|4}}", "Hell"),
    ("{{replace|a-b-c|-|+}}", "a+b+c"),
    ("{{replace|a-b-c|-|+|count=1}}", "a+b-c"),
    ("{{str rep|a-b|-|+}}", "a+b"),
    ("{{first word|Hello big world}}", "Hello"),
    ("{{last word|Hello big world}}", "world"),
    ("{{first word|a,b|sep=,}}", "a"),
    ("{{title case|the lord of the rings}}", "The Lord of the Rings"),
    ("{{title case|NASA and the moon}}", "Nasa and the Moon"),
    # Template code as text.
    ("see {{tl|Citation needed}}", "see {{Citation needed}}"),
    ("{{tag|ref}}", "<ref>...</ref>"),
    ('{{tag|ref|single|params=name="a"}}', '<ref name="a" />'),
    ("{{tag|ref|close}}", "</ref>"),
    ("{{tag|ref|content=text}}", "<ref>text</ref>"),
    ("{{para|name|value}}", "|name=value"),
    ("{{para||value}}", "|value"),
    ("{{para|name}}", "|name="),
    ("{{no redirect|Foo|the foo}}", "the foo"),
    ("{{tl-r|Foo}}", "{{Foo}}"),
    # Ages and dates, counted to 1 January 2025.
    ("{{birth year and age|1967}}", f"1967 (age{NBSP}57\u201358)"),
    ("{{death year and age|2010|1930}}", f"2010 (aged{NBSP}79\u201380)"),
    ("{{birth date and age2|2009|7|1|1961|5|5}}", f"May 5, 1961 (age{NBSP}48)"),
    ("{{birth date and age2|2009|7|1|1961|5|5|df=y}}", f"5 May 1961 (age{NBSP}48)"),
    ("{{birth based on age as of date|50|2011|5|22}}", f"1960/1961 (age{NBSP}63\u201364)"),
    ("{{birth based on age as of date|50|2024|1|1|mos=1}}", f"1973 or 1974 (age{NBSP}51)"),
    ("{{birth based on age as of date|50|2011|May|22|noage=1}}", "1960/1961"),
    ("{{death date and given age|1993|2|24|69}}", f"February 24, 1993 (aged{NBSP}69)"),
    ("{{death-date and given age|24 February 1993|69}}", f"24 February 1993 (aged{NBSP}69)"),
    ("{{age in years and months|1989|7|23|2003|6|14}}", "13 years, 10 months"),
    ("{{age nts|1989|7|23}}", "35"),
    ("{{monthyear}}", "January 2025"),
    ("{{monthyear-1}}", "December 2024"),
    ("{{monthyear+1}}", "February 2025"),
    ("{{century|1999}}", "20"),
    ("{{century|2001}}", "21"),
    ("{{century|0}}", "-1"),
    ("{{century|-100}}", "-2"),
    ("{{reign|1603|1625}}", f"r.{NBSP}1603\u20131625"),
    ("{{#dateformat:2009-12-25|mdy}}", "December 25, 2009"),
    ("{{#formatdate:December 25, 2009|dmy}}", "25 December 2009"),
    ("{{#dateformat:25 December 2009|ISO 8601}}", "2009-12-25"),
    ("{{#dateformat:25 December|mdy}}", "December 25"),
    ("{{#dateformat:some day|mdy}}", "some day"),
    ("{{NFL year|2005}}", "2005"),
    # Currency signs: the amount grouped as formatnum groups it.
    ("{{\u00a3|1000}}", "\u00a31,000"),
    ("{{AUD|123.45}}", "A$123.45"),
    ("{{\u20b9|5000}}", "\u20b95,000"),
    ("{{\u20ac|2.5}}{{nbsp}}billion", f"\u20ac2.5{NBSP}billion"),
    ("{{USD|5|long=no}}", "$5"),
    ("{{USD|1234567}}", "US$1,234,567"),
    ("{{JPY}}", "\u00a5"),
    ("{{currency|1000|GBP}}", "\u00a31,000"),
    ("{{currency|2.5 million}}", "US$2,500,000"),
    ("{{currency|1,234.50|EUR|linked=no}}", "\u20ac1,234.5"),
    ("{{currency|1000|uk|fmt=none}}", "\u00a31000"),
]


@pytest.mark.parametrize(("source", "expected"), CASES)
def test_rendering(source: str, expected: str) -> None:
    assert shown(source) == expected


@pytest.mark.parametrize(
    "source",
    [
        "{{round|abc}}",
        "{{rounddown|2.001|2}}",  # padding zeros: not certain the template adds them
        "{{floor|1234.5}}",  # digit groups: not certain
        "{{sum|1|x}}",
        "{{percentage|-1|3}}",
        "{{percentage|1|8|0}}",  # exactly on a rounding boundary
        "{{SubatomicParticle|tachyon}}",
        "{{str left|Hello|9}}",
        "{{str len|[[Hello]]}}",
        "{{str rep|a-b-c|-|+}}",
        "{{birth year and age|1967|6}}",
        "{{reign|1603}}",
        "{{AUD|100|1966}}",  # inflation
        "{{currency|1000|XYZ}}",
        "{{currency|1000|USD|first=yes}}",
        "{{tag|ref|link=yes}}",
        "{{title year}}",
    ],
)
def test_left_unrendered(source: str) -> None:
    assert unrendered(source)


def test_title_year_reads_the_page_title() -> None:
    assert shown("{{title year}}", title="1995 in film") == "1995"
    assert shown("{{title year|page=2010 FIFA World Cup}}") == "2010"


def test_structure() -> None:
    assert rendered("{{tl|Foo}}") == (Text("{{"), Link("Template:Foo", (Text("Foo"),)), Text("}}"))
    assert rendered("{{para|a|b}}") == (Code("|a=b"),)
    assert rendered("{{GBP|5|link=yes}}") == (Link("Pound sterling", (Text("\u00a3"),)), Text("5"))
    assert rendered("{{currency|5|JPY}}") == (Link("Japanese yen", (Text("\u00a5"),)), Text("5"))
    assert rendered("{{MLB year|1927}}") == (
        Link("1927 Major League Baseball season", (Text("1927"),)),
    )
    reign = rendered("{{reign}}")
    assert reign == (InlineTag("abbr", (("title", "reigned"),), (Text("r."),)),)
    power = rendered("{{round|1234567890|0}}")
    assert power[-1] == Superscript((Text("9"),))
    particle = rendered("{{SubatomicParticle|positron|link=yes}}")
    assert particle == (Link("Positron", (Text("e"), Superscript((Text("+"),)))),)


def test_markdown_and_html() -> None:
    assert wikiconv.convert("a {{tag|ref}} b", to="markdown") == "a `<ref>...</ref>` b\n"
    html = wikiconv.convert("{{radic|2}}", to="html")
    assert html == ('<p>\u221a<span style="border-top:1px solid; padding:0 0.1em;">2</span></p>\n')


NAMES = """
Round|Rnd|Rounddown|Roundup|Floor|Ceil|Min|Max|Sum|Precision|Order of magnitude
Percentage|Pct|Percent|Radic|Sqrt|Ket|Bra-ket|SubatomicParticle|Subatomic particle
Str len|Str left|Str crop|Str mid|Trunc|Replace|Str rep|First word|Last word|Title case
Tl|Template link|Tl-r|Template link no redirect|No redirect|Tag|Para
Birth year and age|Death year and age|Birth date and age2|Birth based on age as of date
Death date and given age|Death-date and given age|Age in years and months|Age nts
Monthyear|Monthyear-1|Monthyear+1|Century|Reign|Title year|#dateformat|#formatdate
MLB year|MLB Year|NFL year|NFL Year|ALDS year|NLDS year
Currency|USD|£|GBP|€|Euro|¥|JPY|Yen|₹|INR|Indian Rupee|Indian rupee|AUD|A$|AU$|CAD|CA$
NZD|NZ$|HKD|HK$|SGD|S$|CNY|CN¥|BRL|R$|ZAR|₱|Philippine peso|₩|SK won
"""


def test_every_name_resolves() -> None:
    registry = default_registry()
    names = [name for line in NAMES.strip().splitlines() for name in line.split("|")]
    assert len(names) == 92
    for name in names:
        assert registry.lookup(name) is not None, name
