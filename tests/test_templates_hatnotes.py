"""Hatnotes: Wikipedia's wording, linked pages, and the Hatnote block they become."""

from __future__ import annotations

from datetime import date

import pytest

from wikiconv.ast import Hatnote, Link, Template
from wikiconv.readers.wikitext import WikiOptions, read
from wikiconv.templates import default_registry, normalise_name
from wikiconv.templates.hatnotes import HATNOTE_NAMES
from wikiconv.walk import iter_nodes, plain_text

NBSP = "\u00a0"
TODAY = date(2025, 1, 1)


def shown(source: str, title: str | None = None) -> str:
    document = read(source, WikiOptions(title=title), today=TODAY)
    return plain_text(document.blocks[0]).replace(NBSP, " ") if document.blocks else ""


CASES = [
    ("{{For|the hamlet in Canada|Bodmin, Saskatchewan}}",
     "For the hamlet in Canada, see Bodmin, Saskatchewan."),
    ("{{for|other people named Terrence Murphy|Terrence Murphy (disambiguation)}}",
     "For other people named Terrence Murphy, see Terrence Murphy (disambiguation)."),
    ("{{For||A|B|C}}", "For other uses, see A, B, and C."),
    ("{{Distinguish2|Brit Morgan}}", "Not to be confused with Brit Morgan."),
    ("{{Distinguish|A|B|C}}", "Not to be confused with A, B, or C."),
    ("{{About-distinguish2|the country|[[Great Britain]], its largest island whose name is "
     "also loosely applied to the whole country}}",
     "This article is about the country. It is not to be confused with Great Britain, its "
     "largest island whose name is also loosely applied to the whole country."),
    ('{{Redirect|UK|other uses of "UK"|UK (disambiguation)|other uses of "United Kingdom"'
     "|United Kingdom (disambiguation)}}",
     '"UK" redirects here. For other uses of "UK", see UK (disambiguation). For other uses '
     'of "United Kingdom", see United Kingdom (disambiguation).'),
    ("{{redirect|Alhazen}}",
     '"Alhazen" redirects here. For other uses, see Alhazen (disambiguation).'),
    ("{{redirect|Raith Rovers|the New Zealand pop group|Robert Scott (musician)}}",
     '"Raith Rovers" redirects here. For the New Zealand pop group, see Robert Scott '
     "(musician)."),
    ("{{Redirect2|Anarchist|Anarchists|the fictional character|Anarchist (comics)|other uses"
     "|Anarchists (disambiguation)}}",
     '"Anarchist" and "Anarchists" redirect here. For the fictional character, see Anarchist '
     "(comics). For other uses, see Anarchists (disambiguation)."),
    ("{{further2|[[Politics of Toronto]] and [[Public services in Toronto]]}}",
     "Further information: Politics of Toronto and Public services in Toronto"),
    ("{{About|USE1|USE2|PAGE2|and|PAGE3|other uses|PAGE4}}",
     "This article is about USE1. For USE2, see PAGE2 and PAGE3. For other uses, see PAGE4."),
    ("{{About|USE1||PAGE2}}", "This article is about USE1. For other uses, see PAGE2."),
    ("{{Details|History of Toronto#Name|the name}}",
     "For more details on the name, see History of Toronto § Name."),
    ("{{Details|Economy of Toronto}}",
     "For more details on this topic, see Economy of Toronto."),
    ("{{Other uses|Toronto (disambiguation)}}",
     "For other uses, see Toronto (disambiguation)."),
    ("{{Self reference|For the policy, see [[WP:NOT]].}}", "For the policy, see WP:NOT."),
    # The moved Main/See also family keeps its wording.
    ("{{Main article|British Overseas Territories|Crown dependencies|British Islands|"
     "List_of_current_heads_of_government_in_the_United_Kingdom_and_dependencies"
     "#Crown_dependencies|l4=List of leaders of British dependencies}}",
     "Main articles: British Overseas Territories, Crown dependencies, British Islands, and "
     "List of leaders of British dependencies"),
    ("{{See also|Britain (place name)|Terminology of the British Isles}}",
     "See also: Britain (place name) and Terminology of the British Isles"),
    ("{{Hauptartikel|Firefox-Erweiterung}}", "Hauptartikel: Firefox-Erweiterung"),
    ("{{Siehe auch|A|B|C}}", "Siehe auch: A, B und C"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_hatnote_has_wikipedias_wording(source: str, expected: str) -> None:
    assert shown(source) == expected


def test_the_disambiguation_page_is_named_after_the_title() -> None:
    assert shown("{{About|the city in Canada}}", title="Toronto") == (
        "This article is about the city in Canada. For other uses, see Toronto (disambiguation)."
    )
    assert shown("{{Other uses}}", title="Bodmin") == (
        "For other uses, see Bodmin (disambiguation)."
    )


def test_without_a_title_the_sentence_that_needs_it_is_left_out() -> None:
    assert shown("{{About|the city in Canada}}") == "This article is about the city in Canada."
    call = next(n for n in iter_nodes(read("{{Other uses}}")) if isinstance(n, Template))
    assert call.rendered is None


def test_pages_are_linked_and_sections_shown_with_a_section_sign() -> None:
    document = read("{{For|the history|History of Toronto#Name}}", today=TODAY)
    links = [node for node in iter_nodes(document) if isinstance(node, Link)]
    assert [link.target for link in links] == ["History of Toronto#Name"]
    assert plain_text(document.blocks[0]) == "For the history, see History of Toronto § Name."


def test_a_hatnote_on_its_own_line_becomes_a_hatnote_block() -> None:
    for source in ("{{redirect|Alhazen}}", "{{For|a|b}}", "{{Distinguish2|Brit Morgan}}"):
        assert isinstance(read(source).blocks[0], Hatnote), source


def test_every_hatnote_handler_is_in_hatnote_names() -> None:
    registry = default_registry()
    for name in ("For", "About", "Redirect2", "Further2", "About-distinguish2", "Main"):
        assert normalise_name(name) in HATNOTE_NAMES
        assert name in registry
    assert all(name == normalise_name(name) for name in HATNOTE_NAMES)
