"""Nature templates on calls from real articles (Aardvark): fossil ranges and the Red
List and Mammal Species of the World citations."""

from __future__ import annotations

from datetime import date

import pytest

import wikiconv.templates.nature  # noqa: F401  (registers the handlers)
from wikiconv.ast import ExternalLink, Italic, LineBreak, Link, Template, Text
from wikiconv.readers.wikitext import read
from wikiconv.walk import iter_nodes, plain_text

NBSP = "\u00a0"
TODAY = date(2025, 1, 1)

MSW3 = (
    'Schlitter, D.A. (2005). "Order Tubulidentata". In Wilson, D.E.; Reeder, D.M (eds.). '
    "Mammal Species of the World: A Taxonomic and Geographic Reference (3rd ed.). "
    "Johns Hopkins University Press. p. 86. ISBN 978-0-8018-8221-0."
)
IUCN = (
    "Lindsey, P.; Cilliers, S.; Griffin, M.; Taylor, A.; Lehmann, T.; Rathbun, G. (2008). "
    '"Orycteropus afer". IUCN Red List of Threatened Species. Version 2008. '
    "International Union for Conservation of Nature. Retrieved 2013-11-18."
)


def shown(source: str) -> str:
    document = read(source, today=TODAY)
    return plain_text(document.blocks[0]).replace(NBSP, " ").strip() if document.blocks else ""


def rendering(source: str) -> tuple[object, ...] | None:
    found = [n for n in iter_nodes(read(source, today=TODAY)) if isinstance(n, Template)]
    return found[0].rendered


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("{{Fossil range|5|0}}<small>Early [[Pliocene]] – Recent</small>",
         "5–0 Ma Early Pliocene – Recent"),
        ("{{Fossil range|68|65|earliest=Permian|latest=0|PS=(See article for discussion)}}",
         "68–65 Ma (See article for discussion)"),
        ("{{Fossil range|68|65.5|Late Cretaceous}}", "Late Cretaceous"),
        ("{{Fossil range|Permian}}", "Permian"),
        ("{{Fossil range|Carboniferous|Early Cretaceous}}", "Carboniferous–Early Cretaceous"),
        ("{{Geological range|Late Eocene|Recent}}", "Late Eocene–Recent"),
        ("{{Fossil range|66}}", "66 Ma"),
        ("{{Fossil range|0.3|0|prefix=Middle Pleistocene}}", "Middle Pleistocene 0.3–0 Ma"),
        ("{{extinct}}''Orycteropus gaudryi''", "†Orycteropus gaudryi"),
        ("* {{MSW3 Tubulidentata | id = 11300004|ref={{harvid|Schlitter|2005}} }}", MSW3),
        ("{{MSW3 Carnivora|id=14000687|pages=532–628}}",
         'Wozencraft, W.C. (2005). "Order Carnivora". In Wilson, D.E.; Reeder, D.M (eds.). '
         "Mammal Species of the World: A Taxonomic and Geographic Reference (3rd ed.). "
         "Johns Hopkins University Press. pp. 532–628. ISBN 978-0-8018-8221-0."),
        ("{{MSW3 Lagomorpha|pages=185–211}}",
         'Hoffmann, R.S.; Smith, A.T. (2005). "Order Lagomorpha". In Wilson, D.E.; Reeder, '
         "D.M (eds.). Mammal Species of the World: A Taxonomic and Geographic Reference "
         "(3rd ed.). Johns Hopkins University Press. pp. 185–211. ISBN 978-0-8018-8221-0."),
        ("* {{IUCN | version = 2008 | assessors = Lindsey, P.; Cilliers, S.; Griffin, M.; "
         "Taylor, A.; Lehmann, T.; Rathbun, G. | year = 2008 | id = 41504 | title = "
         "Orycteropus afer | downloaded = 2013-11-18|ref={{harvid|Lindsey|Cilliers|Griffin|"
         "Taylor|2008}} }}", IUCN),
        # German Wikipedia's IUCN keeps its own wording.
        ("{{IUCN|Year=2007|ID=61469|ScientificName=Blanus cinereus|YearAssessed=2006|"
         "Assessor=J. Pleguezuelos|Download=23.12.2007}}",
         "Blanus cinereus in der Roten Liste gefährdeter Arten der IUCN 2007. Eingestellt "
         "von: J. Pleguezuelos, 2006. Abgerufen am 23. Dezember 2007."),
    ],
)  # fmt: skip
def test_rendered_text(source: str, expected: str) -> None:
    assert shown(source) == expected


def test_the_range_stands_before_the_timeline_bar() -> None:
    assert rendering("{{Fossil range|5|0}}") == (Text(f"5\u20130{NBSP}Ma"), LineBreak())


def test_no_text_when_the_third_value_is_empty() -> None:
    assert rendering("{{Fossil range|68|65|}}") == ()


def test_msw3_links_the_chapter_to_the_species_database() -> None:
    found = rendering("{{MSW3 Tubulidentata|id=11300004}}")
    assert found is not None
    url = "http://www.departments.bucknell.edu/biology/resources/msw3/browse.asp?id=11300004"
    assert ExternalLink(url, (Text("Order Tubulidentata"),)) in found
    assert (
        Italic((Text("Mammal Species of the World: A Taxonomic and Geographic Reference"),))
        in found
    )


def test_iucn_links_the_entry_and_the_red_list() -> None:
    found = rendering("{{IUCN|assessors=A, B.|year=2008|id=41504|title=Orycteropus afer}}")
    assert found is not None
    entry = ExternalLink(
        "http://www.iucnredlist.org/details/41504", (Italic((Text("Orycteropus afer"),)),)
    )
    assert entry in found
    red_list = Link("IUCN Red List", (Text("IUCN Red List of Threatened Species"),))
    assert Italic((red_list,)) in found


@pytest.mark.parametrize(
    "source",
    [
        "{{Fossil range|5|Recent}}",  # a number and a period: not a range shown as text
        "{{Fossil range}}",
        "{{MSW3 Carnivora|id=14000687}}",  # the chapter's pages are not in the call
        "{{IUCN|id=41504}}",
    ],
)
def test_calls_that_stay_unrendered(source: str) -> None:
    assert rendering(f"Text {source} text") is None
