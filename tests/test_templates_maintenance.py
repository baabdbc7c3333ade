"""Maintenance tags, page settings, sort keys, navigation boxes and sidebars: calls
from the corpus that show nothing on the page, silently."""

from __future__ import annotations

from datetime import date

import pytest

import wikiconv
from wikiconv.ast import Template
from wikiconv.readers.wikitext import read
from wikiconv.templates import default_registry
from wikiconv.templates.navboxes import KNOWN_NAVBOXES
from wikiconv.walk import iter_nodes, plain_text

TODAY = date(2025, 1, 1)


def calls(source: str) -> list[Template]:
    return [n for n in iter_nodes(read(source, today=TODAY)) if isinstance(n, Template)]


@pytest.mark.parametrize(
    "call",
    [
        "{{Unreferenced section|date=May 2010}}",  # Toronto Star
        "{{bots|deny=Citation bot}}",  # al-Haytham
        "{{Persondata\n| NAME = Emery, Jodie\n| SHORT DESCRIPTION = Canadian activist\n}}",
        "{{Use dmy dates|date=April 2015}}", "{{Use mdy dates|date=March 2014}}",
        "{{Use Canadian English|date=March 2014}}",
        "{{Dead end|date=May 2012}}",
        # Sidebars, known by their name's shape or by name.
        "{{Anarchism sidebar}}", "{{Individualism sidebar}}", "{{Anarcho-communism sidebar}}",
        "{{Green anarchism |Related}}", "{{Libertarian socialism}}", "{{Psychoanalysis}}",
        "{{Politics of Pakistan}}",
        # Navigation boxes, by their name's shape.
        "{{United Kingdom topics |state=expanded}}", "{{Philosophy topics}}",
        "{{North Cornwall CP navigation box}}", "{{Navbox|name=X|list1=[[A]]}}",
        "{{NaviBlock\n|Navigationsleiste Mozilla-Programme\n}}",  # Mozilla Firefox (de)
        # Party colours in the Senate of Pakistan's election box.
        "{{Pakistan Peoples Party/meta/color}}", "{{JUI-F/meta/color}}",
    ],
)  # fmt: skip
def test_shows_nothing_in_running_text(call: str) -> None:
    # In running text, so the rule for calls at the page end plays no part.
    source = f"Before {call} after."
    document = read(source, today=TODAY)
    assert all(t.rendered == () for t in calls(source))
    output = wikiconv.render_output(document, "markdown")
    assert output.text.replace("  ", " ").strip() == "Before after."
    assert not output.diagnostics


def test_navbox_footer_of_an_article_renders_nothing_silently() -> None:
    # The end of toronto.wikitext.
    source = (
        "Last line of text.\n\n"
        "{{Navboxes|list =\n{{Toronto}}\n{{Greater Toronto Area}}\n{{Subdivisions of Ontario}}\n"
        "{{Canada capitals}}\n{{Census metropolitan areas by size}}\n"
        "{{Paralympic Summer Games Host Cities}}\n{{G-20 leaders' summits}}\n"
        "{{Pan American Games host cities}}\n}}\n\n{{DEFAULTSORT:Toronto}}"
    )
    document = read(source, today=TODAY)
    assert all(t.rendered == () for t in calls(source))
    # Known by name, not dropped by position: no "navbox-dropped" note.
    assert not document.diagnostics
    assert wikiconv.render_output(document, "markdown").text == "Last line of text.\n"


@pytest.mark.parametrize("name", KNOWN_NAVBOXES)
def test_every_known_navbox_renders_nothing(name: str) -> None:
    (call,) = calls(f"Text {{{{{name}}}}} text")
    assert call.rendered == ()


def test_navboxes_not_at_the_end_are_known_too() -> None:
    # {{Islamic astronomy}} is followed by more boxes; {{Politics of Pakistan}}
    # stands after the infobox, before the lead.
    source = "{{Islamic astronomy}}\n{{Islamic mathematics}}\nText."
    assert [t.rendered for t in calls(source)] == [(), ()]
    assert plain_text(read(source).blocks[0]).strip() == "Text."


def test_a_content_table_is_not_taken_for_a_navbox() -> None:
    # A table of cities and populations, in the body of United Kingdom.
    assert default_registry().lookup("Largest Urban Areas of the United Kingdom") is None


@pytest.mark.parametrize(
    ("source", "key"),
    [
        ("{{DEFAULTSORT:Milstead, Charlie}}", "Milstead, Charlie"),  # Charlie Milstead
        ("{{SORTIERUNG:Bisel, Sara C}}", "Bisel, Sara C"),  # Sara C. Bisel (de)
        ("{{SORTIERUNG:Mogel, Wendy}}", "Mogel, Wendy"),
        ("{{SORTIERUNG:Bbdo}}", "Bbdo"),  # BBDO (de)
    ],
)
def test_the_sort_key_goes_to_metadata(source: str, key: str) -> None:
    document = read(f"Text.\n\n{source}", today=TODAY)
    assert ("defaultsort", key) in document.metadata
    assert [t.rendered for t in calls(source)] == [()]
    assert wikiconv.render_output(document, "markdown").text == "Text.\n"


def test_a_sort_key_without_a_key_adds_nothing() -> None:
    assert not read("Text {{DEFAULTSORT:}} text").metadata


@pytest.mark.parametrize(
    ("call", "note"),
    [
        ("{{Request quotation|date=June 2009}}", "[quotation needed]"),  # al-Haytham
        ("{{better source|date=July 2013}}", "[better source needed]"),  # Toronto Star
        ("{{update after|2016|6|17}}", "[needs update]"),  # Raith Rovers
    ],
)
def test_inline_tags_of_the_corpus_show_their_note(call: str, note: str) -> None:
    document = read(f"Before{call} after.", today=TODAY)
    assert wikiconv.render(document, "text") == f"Before{note} after.\n"
