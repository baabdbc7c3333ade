"""The text family's long tail, on calls from the corpus: inline notes, hatnotes,
abbreviations and marks, other scripts, prices and inflation, and the templates that
make blocks (ordered lists, bar boxes, cladograms)."""

from __future__ import annotations

from datetime import date

import pytest

from wikiconv.ast import (
    Image,
    InlineTag,
    Italic,
    Link,
    List,
    Superscript,
    Table,
    Template,
    TemplateBlock,
    Text,
)
from wikiconv.readers.wikitext import read
from wikiconv.templates.inflation_data import US_CPI, US_CPI_LAST_YEAR
from wikiconv.walk import iter_nodes, plain_text

NBSP = "\u00a0"
TODAY = date(2025, 1, 1)


def shown(source: str) -> str:
    document = read("x " + source, today=TODAY)
    return plain_text(document.blocks[0]).replace(NBSP, " ").removeprefix("x ")


def rendered(source: str) -> tuple[object, ...] | None:
    document = read("x " + source, today=TODAY)
    call = next(node for node in iter_nodes(document) if isinstance(node, Template))
    return call.rendered


def block(source: str) -> TemplateBlock:
    document = read(source, today=TODAY)
    found = [node for node in iter_nodes(document) if isinstance(node, TemplateBlock)]
    assert found, source
    return found[0]


TEXT = [
    # Inline notes.
    ("the {{Relevance inline|material|date=February 2016}} rest", "the [relevant?] rest"),
    ("many{{Weasel-inline|date=April 2016}} say", "many[weasel words] say"),
    ("autism.{{qualify evidence}}", "autism.[qualify evidence]"),
    ("Sheehy 2003.{{full|date=November 2012}}", "Sheehy 2003.[full citation needed]"),
    ("[[John Burgoyne]]{{POW}} and", "John Burgoyne (POW) and"),
    # Banners and boxes beside the text show nothing.
    ("{{Undue weight section|date=April 2016}}", ""),
    ("{{further cleanup|date=November 2014}}", ""),
    ("{{mergefrom| Cabinet of Angola|discuss=Talk:Politics of Angola#Merger proposal"
     "|date=July 2015}}", ""),
    ("{{col-begin-small}}", ""),
    ("{{Book bar|Academy Awards}}", ""),
    ("{{Contains Tifinagh text|compact=yes}}", ""),
    # Hatnote wording.
    ("{{details3|[[Geography of Asia#Boundary|Geography of Asia]], [[Boundaries between "
     "continents]], [[List of transcontinental countries#Asia and Europe|List of "
     "transcontinental countries]] and [[Copenhagen criteria]]|Asian borders}}",
     "For more details on Asian borders, see Geography of Asia, Boundaries between "
     "continents, List of transcontinental countries and Copenhagen criteria."),
    ("{{Redirect-distinguish|Phoebus|Phobos (mythology)}}",
     '"Phoebus" redirects here. Not to be confused with Phobos (mythology).'),
    ("{{also|:Category:Biota of Asia}}", "See also: Category:Biota of Asia"),
    # Marks and abbreviations.
    ("HA<sup>+</sup> {{eqm}} H<sup>+</sup> + A", "HA+ ⇌ H+ + A"),
    ("on our ''own soil''{{-\"}}.", 'on our own soil".'),
    ("{{vol.|3}}", "vol. 3"),
    ("{{p.|253}}", "p. 253"),
    ("1991, {{p.|58|59}}", "1991, pp. 58\u201359"),
    ("2012), {{pp.|3|16}}.", "2012), pp. 3\u201316."),
    ("! Egyptian{{ns|2}}", "! Egyptian  "),
    ("{{keypress|Ctrl|^}}", "Ctrl+^"),
    ("{{keypress|[[Control key|Ctrl]]}}", "Ctrl"),
    ("{{keypress|Esc}}", "Esc"),
    ("3rd-century&nbsp;{{sc|bc}}", "3rd-century bc"),
    ("characters are: {{Pre2|scroll|<nowiki> !\"#$%&'()*+,-./0123456789</nowiki>}}",
     "characters are:  !\"#$%&'()*+,-./0123456789"),
    # Other scripts.
    ("''al-kīmiyā’'' ({{rtl-lang|ar|الكيمياء}})", "al-kīmiyā’ (الكيمياء)"),
    ("{{script/Arabic|ﷲ}}", "ﷲ"),
    ("For {{IAST|Śarva}} as a name", "For Śarva as a name"),
    ("{{gr icon}}", "(in Greek)"),
    ("{{az icon}}", "(in Azerbaijani)"),
    ("{{sq icon}}", "(in Albanian)"),
    ("{{note|arabberberbox}} The ''CIA World Factbook''", "^ The CIA World Factbook"),
    # Links.
    ("* {{intitle|Aberdeen}}", "* All pages with titles containing Aberdeen"),
    ("{{Intitle|Alien}}", "All pages with titles containing Alien"),
    ("'''''{{EU}}'''''", "European Union"),
    ("{{ill|Gymnasium Ernestinum|de|Gymnasium Ernestinum Gotha}}", "Gymnasium Ernestinum [de]"),
    # Money, ages.
    ("about {{US$|2 billion}} in", "about US$2 billion in"),
    ("{{US$|123.45|long=no}}", "$123.45"),
    ("{{Age in years, months and days|1775|04|19|1783|09|03}}", "8 years, 4 months and 15 days"),
    ("{{Age in years, months and days|2003|10|7}}", "21 years, 2 months and 25 days"),
]  # fmt: skip

# Inflation: the corpus's calls, and examples whose results Wikipedia's documentation
# printed (adjusted to 2017, the last year of the data then).
PRICES = [
    ("guest tickets was $5 (${{Inflation|US|5|1929}} in", "guest tickets was $5 ($92 in"),
    ("$800 (${{formatnum:{{Inflation|US|800|1861|r=-2}}}} in", "$800 ($28,000 in"),
    ("{{Inflation|US|800|1861|r=-2}}", "28000"),
    ("${{Format price|{{inflation|US|3160384|2003}}}} (", "$5.4 million ("),
    ("{{inflation|US|3160384|2003}}", "5402038"),
    ("{{Inflation|US|100|1966|2017|r=2}}", "755.49"),
    ("{{Inflation|US|100|1800|2017|fmt=c}}", "1,444"),
    ("{{Inflation|US|100|2016|2017|r=2}}", "102.14"),
    ("{{Inflation|US|1,000|1990|2000|r=1|fmt=c}}", "1,318.1"),
    ("{{Inflation|index=US|value=10|start_year=1913|end_year=1914|r=3}}", "10.135"),
    ("in {{Inflation/year|US}} dollars", f"in {US_CPI_LAST_YEAR} dollars"),
    ("{{Format price|1.2}}", "1.20"),
    ("{{Format price|456.789}}", "456.79"),
    ("{{Format price|456.789|1}}", "456.80"),
    ("{{Format price|456.789|0}}", "457"),
    ("{{Format price|456.789|-2}}", "500"),
    ("{{Format price|1234}}", "1.23 thousand"),
    ("{{Format price|12345}}", "12.3 thousand"),
    ("{{Format price|123456}}", "123 thousand"),
    ("{{Format price|1000000}}", "1 million"),
    ("{{Format price|98765432109876}}", "98.8 trillion"),
    ("{{Format price|7.86178E+25}}", "78.6 septillion"),
]


@pytest.mark.parametrize(
    ("source", "expected"), TEXT + PRICES, ids=[c[0][:60] for c in TEXT + PRICES]
)
def test_rendered_text(source: str, expected: str) -> None:
    assert shown(source) == expected


UNRENDERED = [
    "{{keypress|Backspace}}",  # Module:Key adds a symbol to some keys
    "{{keypress|Enter}}",
    "{{ill|de|Gymnasium Ernestinum Gotha|Gymnasium Ernestinum Gotha|Gymnasium illustre zu Gotha}}",
    "{{Inflation|USD|1.95|2015|r=2}}",  # not an index the template knows
    "{{Inflation|UK|100|1900}}",  # no data here
    "{{Inflation|US|100|1799}}",
    "{{Inflation|US|100|2000|1990}}",
    "{{Inflation|US|5|1929|fmt=eq}}",
    "{{inflation-fn|US}}",
    "{{Format price|-100}}",
    "{{Format price|xyz}}",
    "{{US$|100|1966}}",  # the equivalent's rounding is not known here
    "{{Technical reasons|A#|A-sharp|A♯ (musical note)}}",
    "{{Main category|Anthropology organizations}}",
    "{{Redirect4|Court of appeal|Court of appeals}}",
    "{{note label|crown|alternatives|none}}",
    "{{Kosovo-note}}",
    "{{elect|List of political parties in Angola|Elections in Angola}}",
    "{{chart| | | | | | | | |URA |y|GAI |URA=[[Uranus (mythology)|Uranus]]|GAI=[[Gaia]]}}",
]


@pytest.mark.parametrize("source", UNRENDERED)
def test_calls_it_cannot_render_stay_unrendered(source: str) -> None:
    assert rendered(source) is None


def test_inline_notes_are_raised_italic_brackets() -> None:
    nodes = rendered("{{Relevance inline|material|date=February 2016}}")
    assert nodes == (Superscript((Text("["), Italic((Text("relevant?"),)), Text("]"))),)


def test_pow_links_the_abbreviation() -> None:
    nodes = rendered("{{POW}}")
    assert nodes == (Text(f"{NBSP}("), Link("Prisoner of war", (Text("POW"),)), Text(")"))


def test_keys_are_keyboard_elements() -> None:
    nodes = rendered("{{keypress|Ctrl|^}}")
    assert nodes == (
        InlineTag("kbd", (), (Text("Ctrl"),)),
        Text("+"),
        InlineTag("kbd", (), (Text("^"),)),
    )


def test_iast_is_in_italics() -> None:
    assert rendered("{{IAST|Śarva}}") == (Italic((Text("Śarva"),)),)


def test_ns_as_a_parser_function_names_the_namespace() -> None:
    assert shown("{{ns:2}}") == "User"


def test_css_image_crop_is_the_image_with_its_caption() -> None:
    nodes = rendered(
        "{{CSS image crop|Image = LINCOLN, Abraham-President (BEP engraved portrait).jpg "
        "|bSize = 315|cWidth = 230|cHeight = 270|oTop = 56|oLeft = 44|Location = right"
        "|Description = [[Bureau of Engraving and Printing|BEP]] engraved portrait of "
        "Lincoln as President. }}"
    )
    assert nodes is not None and len(nodes) == 1 and isinstance(nodes[0], Image)
    image = nodes[0]
    assert image.target == "File:LINCOLN, Abraham-President (BEP engraved portrait).jpg"
    assert plain_text(image.caption) == "BEP engraved portrait of Lincoln as President."
    assert ("width", "230px") in image.options


def test_the_data_runs_from_1800_to_its_last_year() -> None:
    assert min(US_CPI) == 1800 and max(US_CPI) == US_CPI_LAST_YEAR == 2024
    assert len(US_CPI) == US_CPI_LAST_YEAR - 1800 + 1


# ---------------------------------------------------------------------------- blocks

ANOVA = (
    "{{ordered list|start=1\n"
    "| As [[exploratory data analysis]], an ANOVA is an organization of an additive data "
    "decomposition.\n"
    "| Comparisons of mean squares, along with F-tests&nbsp;... allow testing of a nested "
    "sequence of models.\n"
    "| Closely related to the ANOVA is a linear model fit.\n}}"
)


def test_an_ordered_list_alone_on_its_lines_is_a_numbered_list() -> None:
    (found,) = block(ANOVA).blocks
    assert isinstance(found, List) and found.kind == "ordered"
    assert [plain_text(item).replace(NBSP, " ") for item in found.items] == [
        "As exploratory data analysis, an ANOVA is an organization of an additive data "
        "decomposition.",
        "Comparisons of mean squares, along with F-tests ... allow testing of a nested "
        "sequence of models.",
        "Closely related to the ANOVA is a linear model fit.",
    ]


def test_an_ordered_list_starting_later_numbers_its_lines() -> None:
    source = (
        "{{ordered list|start=4\n"
        "| It is computationally elegant and relatively robust against violations of its "
        "assumptions.\n"
        "| ANOVA provides industrial strength (multiple sample comparison) statistical "
        "analysis.\n}}"
    )
    assert shown(source) == (
        "4. It is computationally elegant and relatively robust against violations of its "
        "assumptions. 5. ANOVA provides industrial strength (multiple sample comparison) "
        "statistical analysis."
    )


ALGERIA = (
    "{{bar box\n"
    "| title=Religion in Algeria, 2010 ([[Pew Research Center|Pew Research]])\n"
    "| titlebar=#ddd\n| left1=Religion\n| right1=Percent\n| float=right\n| bars=\n"
    "{{bar percent|[[Islam in Algeria|Muslim]]|green|98}}\n"
    "{{bar percent|[[Christianity in Algeria|Christian]]|black|1}}\n"
    "{{bar percent|[[Freedom of religion in Algeria|Other]]|gray|0.4}}\n}}"
)


def test_a_bar_box_is_a_table_of_labels_and_percentages() -> None:
    (table,) = block(ALGERIA).blocks
    assert isinstance(table, Table)
    assert plain_text(table.caption) == "Religion in Algeria, 2010 (Pew Research)"
    cells = [[plain_text(c) for c in row.cells] for row in table.rows]
    assert cells == [
        ["Religion", "Percent"],
        ["Muslim", "98%"],
        ["Christian", "1%"],
        ["Other", "0.4%"],
    ]
    assert table.rows[0].cells[0].header


def test_a_bar_box_with_a_caption_ends_with_it() -> None:
    source = (
        "{{bar box\n|title=Religion in Afghanistan\n|titlebar=#Fcd116\n|left1=Religion\n"
        "|right1=Percent\n|float=right\n|bars=\n{{bar percent|[[Islam]]|green|99}}\n"
        "{{bar percent|Others|violet|1}}\n|caption=Distribution of religions\n}}"
    )
    (table,) = block(source).blocks
    assert isinstance(table, Table)
    last = table.rows[-1].cells
    assert len(last) == 1 and last[0].colspan == 2
    assert plain_text(last[0]) == "Distribution of religions"


ALGAE = (
    "{{clade|1=[[Cyanobacteria]]|2=\n"
    "{{clade|[[Glaucophyte]]s|2=\n"
    "{{clade|label1=rhodoplasts|label2=chloroplasts|1=\n"
    "{{clade|1=[[Rhodophytes]]|2=[[Heterokonts]]|3=\n"
    "{{clade|[[Cryptomonad|Cryptophytes]]|[[Haptophytes]]}}\n}}\n"
    "|2=\n"
    "{{clade|1=[[Euglenophyte]]s|2=\n"
    "{{clade|1=\n"
    "{{clade|1=[[Chlorophyte]]s|2={{clade|[[Charophyte]]s|[[Embryophytes|Land plants "
    "(Embryophyta)]]}}}}\n"
    "|2=[[Chlorarachniophytes]]\n}}\n}}\n}}\n}}\n}}"
)


def _outline(tree: List, depth: int = 0) -> list[str]:
    lines: list[str] = []
    for item in tree.items:
        text = " ".join(plain_text(b) for b in item.blocks if not isinstance(b, List))
        lines.append("  " * depth + (text or "·"))
        for inner in item.blocks:
            if isinstance(inner, List):
                lines += _outline(inner, depth + 1)
    return lines


def test_a_cladogram_is_a_nested_list_of_its_branches() -> None:
    (tree,) = block(ALGAE).blocks
    assert isinstance(tree, List)
    assert _outline(tree) == [
        "Cyanobacteria",
        "·",
        "  Glaucophytes",
        "  ·",
        "    rhodoplasts",
        "      Rhodophytes",
        "      Heterokonts",
        "      ·",
        "        Cryptophytes",
        "        Haptophytes",
        "    chloroplasts",
        "      Euglenophytes",
        "      ·",
        "        ·",
        "          Chlorophytes",
        "          ·",
        "            Charophytes",
        "            Land plants (Embryophyta)",
        "        Chlorarachniophytes",
    ]


def test_a_cladogram_with_a_sublabel_stays_unrendered() -> None:
    document = read("{{clade|label1=A|sublabel1=x|1=B|2=C}}", today=TODAY)
    assert not any(isinstance(node, List) for node in iter_nodes(document))
    call = next(node for node in iter_nodes(document) if isinstance(node, Template))
    assert call.rendered is None
