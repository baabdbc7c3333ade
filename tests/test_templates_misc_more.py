"""More of the long tail, on calls from the corpus: table-cell status templates,
fractions and formulas, durations, OEIS and MathWorld citations, anime and music
links, and the boxes that show nothing."""

from __future__ import annotations

from datetime import date

import pytest

from wikiconv.ast import ExternalLink, Italic, Link, Math, Template, Text
from wikiconv.readers.wikitext import WikiOptions, read
from wikiconv.walk import iter_nodes, plain_text

NBSP = "\u00a0"
TODAY = date(2025, 1, 1)


def shown(source: str, title: str | None = None) -> str:
    document = read("x " + source, WikiOptions(title=title), today=TODAY)
    return plain_text(document.blocks[0]).replace(NBSP, " ").removeprefix("x ")


def rendered(source: str, title: str | None = None) -> tuple[object, ...] | None:
    document = read("x " + source, WikiOptions(title=title), today=TODAY)
    call = next(node for node in iter_nodes(document) if isinstance(node, Template))
    return call.rendered


TEXT = [
    # Table-cell status templates: their word, or the text the call gives.
    ("{{yes}}", "Yes"),
    ("{{no}}", "No"),
    ("{{nom}}", "Nominated"),
    ("{{Partial}}", "Partial"),
    ("{{dunno}}", "?"),
    ("{{N/A}}", "N/A"),
    ("{{won}}", "Won"),
    ("{{yes|Since 2.0}}", "Since 2.0"),
    ("{{diagonal split header|''n''|''k''}}", "n / k"),
    ("{{diagonal split header|Correct<br />answer|Answer<div style{{=}}\"padding-left:4em;\">"
     "given</div>}}", "Correct answer / Answer given"),
    # Fractions, formulas, numbered equations.
    ("at least {{2/3}}", "at least ⅔"),
    ("{{1/3}} and {{1/2}}", "⅓ and ½"),
    ("{{1/4}}, {{3/4}}", "¼, ¾"),
    ("{{tmath|1=M(x,y) = 1}}", "M(x,y) = 1"),
    ("{{EquationRef|2}}", "(2)"),
    ("{{NumBlk|:|<math>a^2 + b^2 = c^2.</math>|{{EquationRef|1}}}}", "a^2 + b^2 = c^2. (1)"),
    # Durations.
    ("{{Duration|m=4|s=28}}", "4:28"),
    ("{{Duration|m=42|s=50}}", "42:50"),
    ("{{Duration|h=1|m=2|s=3}}", "1:02:03"),
    ("{{Duration|h=1}}", "1:00:00"),
    ("{{Duration|s=34}}", "0:34"),
    ("{{Duration|1|22|34.5678}}", "1:22:34.5678"),
    ("{{Duration||74|32}}", "74:32"),
    ("{{Duration|1:2:3}}", "1:02:03"),
    # Lists and boxes.
    ("{{flat list |\n*Ian Devaney\n*Andy Morris}}", "Ian Devaney · Andy Morris"),
    ("{{cbignore|bot=medic}}", ""),
    ("{{unsolved|computer science|{{tmath|1= P = NP }}}}", ""),
    ("{{External music video|{{YouTube|abcdefghijk|\"Song\"}}}}", ""),
    ("{{Quantum mechanics|cTopic=Fundamental concepts}}", ""),
    ("{{Protected Areas of Kansas}}", ""),
    ("{{Eknath Easwaran}}", ""),
    ("{{Extra chronology\n | artist = Lisa Stansfield\n | type = singles\n"
     " | prev_title = [[8-3-1]]\n | prev_year = 2001\n | title = Song\n | year = 2003\n}}", ""),
    ("{{Dark mode invert|a ''diagram''}}", "a diagram"),
    # Citations and links.
    ("{{Cite OEIS|sequencenumber=A008275|name=Stirling numbers of first kind}}",
     'Sloane, N. J. A. (ed.). "Sequence A008275 (Stirling numbers of first kind)". '
     "The On-Line Encyclopedia of Integer Sequences. OEIS Foundation."),
    ("{{Cite OEIS|A000045}}",
     'Sloane, N. J. A. (ed.). "Sequence A000045". '
     "The On-Line Encyclopedia of Integer Sequences. OEIS Foundation."),
    ("Sequences, {{OEIS2C|A011943}}.", "Sequences, A011943."),
    ("{{MathWorld |title=Heronian Triangle |id=HeronianTriangle}}",
     'Weisstein, Eric W. "Heronian Triangle". MathWorld.'),
    ("{{mathworld|HeronianTriangle}}", 'Weisstein, Eric W. "HeronianTriangle". MathWorld.'),
    ("{{ASIN|4862492134}}", "ASIN 4862492134"),
    ("{{lse|ROO}}", "LSE: ROO"),
    ("{{Discogs master|type=album|32208|name=Blue Train}}",
     "Blue Train at Discogs (list of releases)"),
    # Anime.
    ("{{animevoices|[[Miyu Irino]]}}", "Voiced by: Miyu Irino (Japanese)"),
    ("{{Anime voices|[[Kappei Yamaguchi]]|[[Richard Ian Cox]]}}",
     "Voiced by: Kappei Yamaguchi (Japanese); Richard Ian Cox (English)"),
    ("{{English manga publisher\n   | NA  = [[Viz Media]]\n}}", "NA: Viz Media"),
    ("{{English anime licensee\n  | NA  = [[Viz Media]]\n}}", "NA: Viz Media"),
    ("{{ann|manga|6040|Slam Dunk}}", "Slam Dunk (manga) at Anime News Network's encyclopedia"),
    # {{convert}} with adj=mid: the text after the units between input and output.
    ("{{convert|100|ft|m|adj=mid|-tall}}", "100-foot-tall (30 m)"),
    ("{{convert|10|m|ft|adj=mid|-long}}", "10-metre-long (33 ft)"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "expected"), TEXT)
def test_shows(source: str, expected: str) -> None:
    assert shown(source) == expected


def test_ann_names_the_page() -> None:
    assert shown("{{ann|manga|6040}}", title="Cross Game") == (
        "Cross Game (manga) at Anime News Network's encyclopedia"
    )
    assert shown("{{ann|people|5627|Eiichiro Oda}}") == (
        "Eiichiro Oda at Anime News Network's encyclopedia"
    )


def test_nodes() -> None:
    assert rendered("{{tmath|1= \\mathsf P \\overset{?}{=} \\mathsf{BPP} }}") == (
        Math("\\mathsf P \\overset{?}{=} \\mathsf{BPP}"),
    )
    assert rendered("{{OEIS2C|A011943}}") == (
        ExternalLink("https://oeis.org/A011943", (Text("A011943"),)),
    )
    discogs = rendered("{{Discogs master|type=album|32208|name=Blue Train}}")
    assert discogs is not None and isinstance(discogs[0], Italic)
    lse = rendered("{{lse|ROO}}")
    assert lse is not None and lse[0] == Link("London Stock Exchange", (Text("LSE"),))


@pytest.mark.parametrize(
    "source",
    [
        "{{Duration|m=4|s=78}}", "{{Duration|h=1|m=72}}", "{{Duration|soon}}",
        "{{EquationRef|1|Eq. 1}}", "{{NumBlk|:|<math>x</math>}}", "{{OEIS2C|12}}",
        "{{Cite OEIS|A000045|access-date=1 May 2020}}", "{{ASIN|abc}}",
        "{{Discogs master|32208|name=Blue Train|artist=John Coltrane}}",
        "{{English manga publisher|NA=[[Viz Media]]|UK=[[Titan]]}}",
        "{{animevoices|A|B|C}}", "{{convert|100|ft|m|adj=mid|abbr=off|-tall}}",
        "{{singlechart|Australia|9|artist=A|song=B}}",
        "{{MathPages|id=home/kmath196/kmath196|title=Heron's Formula}}",
    ],
)  # fmt: skip
def test_calls_it_cannot_render_stay_unrendered(source: str) -> None:
    assert rendered(source) is None
