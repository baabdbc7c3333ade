"""Quotations, lists, language notes and the small inline templates of the text family."""

from __future__ import annotations

from datetime import date

import pytest

from wikiconv.ast import Image, LineBreak, Link, Template
from wikiconv.readers.wikitext import read
from wikiconv.walk import iter_nodes, plain_text, visible_nodes

NBSP = "\u00a0"
TODAY = date(2025, 1, 1)


def shown(source: str) -> str:
    document = read(source, today=TODAY)
    return plain_text(document.blocks[0]).replace(NBSP, " ") if document.blocks else ""


def rendered(source: str) -> tuple[object, ...]:
    call = next(n for n in iter_nodes(read(source, today=TODAY)) if isinstance(n, Template))
    assert call.rendered is not None, source
    return call.rendered


CASES = [
    # Quotations: the text, then "— author, source".
    ("{{quote|In effect, this method characterised parallel lines as lines always "
     "equidistant from one another.}}",
     "In effect, this method characterised parallel lines as lines always equidistant from "
     "one another."),
    ("{{quote|The duty of the man who investigates the writings of scientists.|Alhazen}}",
     "The duty of the man who investigates the writings of scientists. —\u2009Alhazen"),
    ("{{quote|text=Truth is sought.|author=Alhazen|source=Doubts Concerning Ptolemy}}",
     "Truth is sought. —\u2009Alhazen, Doubts Concerning Ptolemy"),
    ("{{Quotation|Text.|Person|Title|Source}}", "Text. —\u2009Person, Title, Source"),
    ("{{cquote|\nBesides, we are the ''Star'' which means we all have the Atkinson Principles "
     "{{emdash}} and its multi-culti values.\n}}",
     "Besides, we are the Star which means we all have the Atkinson Principles — and its "
     "multi-culti values."),
    ("{{cquote|Words.|40%|#eee|Someone|Somewhere}}", "Words. —\u2009Someone, Somewhere"),
    # Lists: items one per line.
    ("{{Collapsible list\n|title = List of MPs\n|frame_style = border:none; padding: 0;\n"
     "|title_style =\n|list_style = text-align:left;display:none;\n"
     "|1=[[Mark Adler (politician)]]\n|2=[[Carolyn Bennett]]\n}}",
     "List of MPs Mark Adler (politician) Carolyn Bennett"),
    ("{{Columns-list||\n*[[Capacity to be alone]]\n*''[[Écriture féminine]]''\n*[[Khôra]]\n"
     "*[[List of thinkers influenced by deconstruction]]\n}}",
     "Capacity to be alone Écriture féminine Khôra List of thinkers influenced by "
     "deconstruction"),
    ("{{div col|2}}", ""),
    ("{{div col|content=\n* a\n* b\n}}", "a b"),
    ("{{br separated entries |Senate Secretariat |[[Parliament of Pakistan|Parliament "
     "Building]] |[[Islamabad]], [[Pakistan]]}}",
     "Senate Secretariat Parliament Building Islamabad, Pakistan"),
    # Characters.
    ("a land border with another sovereign state{{mdashb}}the [[Republic of Ireland]]",
     "a land border with another sovereign state—the Republic of Ireland"),
    ("GBP{{))!}};&nbsp;{{!((}}Pound sign", "GBP; Pound sign"),
    ("French{{\\}}[[Bulgaria]]n", "French / Bulgarian"),
    # Small inline templates.
    ("{{linktext|高麗|陶磁器}}", "高麗陶磁器"),
    ("Official language<br/> {{nobold|and national language}}",
     "Official language  and national language"),
    ("Retrieved 2 February 2008 {{el icon}}", "Retrieved 2 February 2008 (in Greek)"),
    ("{{fr icon}} {{pt icon}} {{in lang|fr|de}}",
     "(in French) (in Portuguese) (in French and German)"),
    ("Circulation Report. {{Reg}}", "Circulation Report. (registration required)"),
    ("die chinesische Bezeichnung {{zh|v=huǒ hú 火狐|b=Feuerfuchs|kurz=}}.",
     "die chinesische Bezeichnung chinesisch huǒ hú 火狐 – „Feuerfuchs“."),
    ("{{zh|t=澳門|s=澳门|p=Àomén}}", "Chinese: 澳門 / 澳门; pinyin: Àomén"),
    ("Motive ({{enS|themes}})", "Motive (englisch themes)"),
    ("{{Version |o |0.1}} {{Version |co |52.3.0}} {{Version |p|56.0}}", "0.1 52.3.0 56.0"),
    ("{{Version |l |zeige=111111}}",
     "Legende: Alte Version · Ältere Version; noch unterstützt · Aktuelle Version · "
     "Aktuelle Vorabversion · Zukünftige Version"),
    ("{{Version |l |zeige=10100}}", "Legende: Alte Version · Aktuelle Version"),
    ("over 1,500 in the First Division,{{update after|2016|6|17}} with crowds",
     "over 1,500 in the First Division,[needs update] with crowds"),
    ("{{Updated|4 November 2016}}", "As of 4 November 2016"),
    ("{{height|meter=1.77}}", "1.77 m (5 ft 9½ in)"),
    ("{{height|ft=5|in=3}}", "5 ft 3 in (1.60 m)"),
    ("{{birth-date|0965|{{circa}} 965}}", "c. 965"),
    ("{{death-date|1040}}", "1040"),
    ("'''Statoil ASA''' ({{ose|STL}}) er eit", "Statoil ASA (OSE: STL) er eit"),
    ("{{spire}}", ""),
    ("{{Lookfrom|Anarch}}", "All pages with titles beginning with Anarch"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_handler_renders_what_the_page_shows(source: str, expected: str) -> None:
    assert shown(source) == expected


def test_quote_attribution_is_on_its_own_line() -> None:
    nodes = rendered("{{quote|Truth is sought.|Alhazen}}")
    assert [type(node).__name__ for node in nodes] == ["Text", "LineBreak", "Text", "Text"]


def test_list_items_are_separated_by_line_breaks() -> None:
    nodes = rendered("{{br separated entries|a|b|c}}")
    assert sum(isinstance(node, LineBreak) for node in nodes) == 2


def test_random_item_shows_the_first_item() -> None:
    source = (
        "{{random item|range=15\n|1=[[File:Inside the Reef Cayman.jpg|thumb|250px|A view of "
        "the [[Caribbean Sea]]]]\n|2=[[File:Other.jpg|thumb|B]]}}"
    )
    images = [node for node in visible_nodes(read(source)) if isinstance(node, Image)]
    assert [image.target for image in images] == ["File:Inside the Reef Cayman.jpg"]


def test_linktext_links_each_word_to_wiktionary() -> None:
    links = [node for node in rendered("{{linktext|高麗|靑磁}}") if isinstance(node, Link)]
    assert [link.target for link in links] == ["wikt:高麗", "wikt:靑磁"]


def test_a_quote_with_no_text_and_a_bad_height_stay_unrendered() -> None:
    for source in ("{{quote}}", "{{height|m=tall}}", "{{in lang|xx}}"):
        call = next(n for n in iter_nodes(read(source)) if isinstance(n, Template))
        assert call.rendered is None, source
