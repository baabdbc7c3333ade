"""The long tail of English templates, on calls from the corpus: letters and
grapheme marks (A, Alphabet), numbers (Alkali metal, Articles of Confederation,
Alaska), nuclides (Alkali metal), inline notes, identifiers and fixed citations."""

from __future__ import annotations

from datetime import date

import pytest

from wikiconv.ast import ExternalLink, Italic, Link, Subscript, Superscript, Template, Text
from wikiconv.readers.wikitext import read
from wikiconv.templates import default_registry
from wikiconv.walk import iter_nodes, plain_text

NBSP = "\u00a0"
MINUS = "\u2212"
TODAY = date(2025, 1, 1)


def shown(source: str) -> str:
    document = read("x " + source, today=TODAY)
    return plain_text(document.blocks[0]).replace(NBSP, " ").removeprefix("x ")


def rendered(source: str) -> tuple[object, ...] | None:
    document = read("x " + source, today=TODAY)
    call = next(node for node in iter_nodes(document) if isinstance(node, Template))
    return call.rendered


TEXT = [
    # Marks and numbers.
    ("{{angbr|aa}} sequence", "\u27e8aa\u27e9 sequence"),
    ("{{angbr|{{IPA|ä}}}}", "\u27e8ä\u27e9"),
    ("{{angbr|ει}}", "\u27e8ει\u27e9"),
    ("{{vr|ai}}", "ai"),
    ("{{vanchor|10|el10}}", "10"),
    ("{{center|Anatomy of a typical ray-finned fish}}", "Anatomy of a typical ray-finned fish"),
    ("'just knowing.{{' \"}}", "'just knowing.'\""),
    ("{{nts| 1}}", "1"),
    ("{{nts|13}}", "13"),
    ("{{nts|1234567.50}}", "1,234,567.50"),
    ("{{nts|-5}}", f"{MINUS}5"),
    ("{{nts|1234|format=no}}", "1234"),
    ("{{ntsh|1234}}", ""),
    ("5.98{{e|24}}&nbsp;kg", "5.98\u00d71024 kg"),
    ("3.3{{e|-20}}&nbsp;g", f"3.3\u00d710{MINUS}20 g"),
    ("{{bartable|62||2||background:darkblue}}", "62"),
    ("{{bartable|0.5||2||background:mediumblue}}", "0.5"),
    ("{{bartable|85|%|2||background:green}}", "85%"),
    # Nuclides: the numbers raised and lowered, as copied text shows them.
    ("{{SimpleNuclide2|lithium|7}}", "7Li"),
    ("{{SimpleNuclide2|caesium|133}}", "133Cs"),
    ("{{nuclide2|calcium|48|link=y}}", "4820Ca"),
    ("{{nuclide2|ununennium|302}}", "302119Uue"),
    # Inline notes and hatnote-like sentences.
    ("size,{{where|date=October 2015}} as in", "size,[where?] as in"),
    ("skies{{Disputed inline|reason=Original versions read \"for halcyon skies\""
     "|date=February 2016}}", "skies[disputed \u2013 discuss]"),
    ("{{broader|Mean}}", "For broader coverage of this topic, see Mean."),
    # Identifiers.
    ("{{hdl|2246/5781}}", "hdl:2246/5781"),
    ("{{ICD10|O|04||o|00}}", "O04"),
    ("{{ICD9|779.6}}", "779.6"),
    # Citations written out by the template.
    ("{{MathWorld | urlname=Algorithm | title=Algorithm}}",
     'Weisstein, Eric W. "Algorithm". MathWorld.'),
    ("{{MathWorld | urlname= ArithmeticMean | title= Arithmetic Mean}}",
     'Weisstein, Eric W. "Arithmetic Mean". MathWorld.'),
    ("{{springer|title=Algorithm|id=p/a011780}}",
     '"Algorithm", Encyclopedia of Mathematics, EMS Press, 2001 [1994]'),
    ("{{ITIS |id=161061 |taxon=Actinopterygii |accessdate=3 April 2006}}",
     '"Actinopterygii". Integrated Taxonomic Information System. Retrieved 3 April 2006.'),
    ("{{cite court |litigants= Owings v. Speed |vol= 18 |reporter= U.S. |opinion= 420 "
     "|pinpoint= |court= U.S. |date= 1820 "
     "|url= http://en.wikisource.org/wiki/Owings_v._Speed/Opinion_of_the_Court}}",
     "Owings v. Speed, 18 U.S. 420 (U.S. 1820)"),
    ("{{Greenwood&Earnshaw2nd}}",
     "Greenwood, Norman N.; Earnshaw, Alan (1997). Chemistry of the Elements (2nd ed.). "
     "Butterworth-Heinemann. doi:10.1016/C2009-0-30414-6. ISBN 978-0-08-037941-8."),
    ("{{Holleman&Wiberg}}",
     "Holleman, Arnold Frederik; Wiberg, Egon (2001). Wiberg, Nils (ed.). Inorganic "
     "Chemistry. Translated by Eagleson, Mary; Brewer, William. San Diego/Berlin: "
     "Academic Press/De Gruyter. ISBN 0-12-352651-5."),
    ("{{RubberBible86th}}",
     "Lide, David R., ed. (2005). CRC Handbook of Chemistry and Physics (86th ed.). "
     "Boca Raton (FL): CRC Press. ISBN 0-8493-0486-5."),
    ("{{RedBook2005|pages=248–49}}",
     "International Union of Pure and Applied Chemistry (2005). Nomenclature of Inorganic "
     "Chemistry (IUPAC Recommendations 2005). Cambridge (UK): RSC\u2013IUPAC. "
     "ISBN 0-85404-438-8. pp. 248–49. Electronic version."),
    ("{{RedBook2005|pages=51}}",
     "International Union of Pure and Applied Chemistry (2005). Nomenclature of Inorganic "
     "Chemistry (IUPAC Recommendations 2005). Cambridge (UK): RSC\u2013IUPAC. "
     "ISBN 0-85404-438-8. p. 51. Electronic version."),
    ("{{CIA World Factbook|year=2007}}",
     "This article incorporates public domain material from The World Factbook "
     "(2007 ed.). CIA."),
    ("{{CIA World Factbook}}",
     "This article incorporates public domain material from The World Factbook "
     "(2025 ed.). CIA."),
    ("{{StateDept}} 2003",
     "This article incorporates public domain material from U.S. Bilateral Relations "
     "Fact Sheets. United States Department of State. 2003"),
    ("{{librivox book | title= A Modest Proposal | author=H. Jonathan Swift}}",
     "A Modest Proposal public domain audiobook at LibriVox"),
    ("{{Internet Archive short film|id=gov.archives.arc.649115|name=Alaska (1967)}}",
     "Alaska (1967) is available for free viewing and download at the Internet Archive"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "expected"), TEXT)
def test_rendered_text(source: str, expected: str) -> None:
    assert shown(source) == expected


@pytest.mark.parametrize(
    "source",
    [
        "{{colbegin|3}}", "{{colend}}", "{{Colbegin||30em}}", "{{Colend}}",
        "{{col-1-of-5}}", "{{col-5-of-5}}", "{{Interwiki conflict}}",
        "{{sisterlinks|d=Q43114|n=no|b=no|s=no|voy=no|mw=no|species=no|wikt=aikido}}",
        "{{Sisterlinks|art}}", "{{wikimedia|collapsible=yes}}", "{{Research help|Med}}",
        "{{Language families}}", "{{NASA}}", "{{Wikisource1911Enc}}",
    ],
)  # fmt: skip
def test_shows_nothing(source: str) -> None:
    assert rendered(source) == ()


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("{{e|24}}", (Text("\u00d710"), Superscript((Text("24"),)))),
        ("{{e|4|plus}}", (Text("\u00d710"), Superscript((Text("+4"),)))),
        ("{{SimpleNuclide2|potassium|40}}",
         (Link("Potassium-40", (Superscript((Text("40"),)), Text("K"))),)),
        ("{{nuclide2|einsteinium|254|link=y}}",
         (Link("Einsteinium-254",
               (Superscript((Text("254"),)), Subscript((Text("99"),)), Text("Es"))),),),
        ("{{nuclide2|ununennium|302}}",
         (Superscript((Text("302"),)), Subscript((Text("119"),)), Text("Uue"))),
        ("{{where|date=October 2015}}",
         (Superscript((Text("["), Italic((Text("where?"),)), Text("]"))),)),
        ("{{broader|Mean}}",
         (Text("For broader coverage of this topic, see "), Link("Mean"), Text("."))),
        ("{{hdl|2246/5781}}",
         (Link("Hdl (identifier)", (Text("hdl"),)), Text(":"),
          ExternalLink("https://hdl.handle.net/2246/5781", (Text("2246/5781"),)))),
    ],
)  # fmt: skip
def test_nodes(source: str, expected: tuple[object, ...]) -> None:
    assert rendered(source) == expected


@pytest.mark.parametrize(
    "source",
    [
        "{{angbr}}", "{{nts|n/a}}", "{{e|12341}}", "{{SimpleNuclide2|kryptonite|7}}",
        "{{broader|Mean|Median}}", "{{ICD10|O}}", "{{MathWorld}}",
        "{{CIA World Factbook|title=Angola}}", "{{bartable|many}}",
    ],
)  # fmt: skip
def test_calls_it_cannot_render_stay_unrendered(source: str) -> None:
    assert rendered(source) is None


def test_column_breaks_by_the_shape_of_their_name() -> None:
    registry = default_registry()
    assert registry.lookup("Col-2-of-3") is not None
    assert registry.lookup("Col-x-of-3") is None
