"""Page furniture around the text: hatnotes beside settings, sidebars above the lead,
boxes alone on their lines."""

from __future__ import annotations

from datetime import date

import wikiconv
from wikiconv.ast import Document, Hatnote, Paragraph, Template
from wikiconv.readers.wikitext import read
from wikiconv.walk import iter_nodes, plain_text

TODAY = date(2025, 1, 1)


def _calls(document: Document) -> dict[str, Template]:
    return {n.name: n for n in iter_nodes(document) if isinstance(n, Template)}


def test_a_hatnote_sharing_its_line_with_a_setting_is_a_hatnote() -> None:
    # Raith Rovers' page starts this way, all on one line.
    document = read(
        "{{redirect|Raith Rovers|the New Zealand pop group|Robert Scott (musician)}} "
        "{{EngvarB|date=April 2015}} {{Infobox football club |clubname = Raith Rovers}} "
        "'''Raith Rovers''' is a club.",
        today=TODAY,
    )
    data = wikiconv.to_dict(document)
    assert data["lead"][0] == {
        "type": "hatnote",
        "text": '"Raith Rovers" redirects here. For the New Zealand pop group, '
        "see Robert Scott (musician).",
    }


def test_a_hatnote_line_with_a_setting_keeps_both_calls_for_the_wikitext_writer() -> None:
    source = "{{About|the town|the river|River Fowey}} {{Use dmy dates|date=May 2020}}\nText."
    document = read(source, today=TODAY)
    assert isinstance(document.blocks[0], Hatnote)
    assert wikiconv.render(document, "wikitext").startswith(
        "{{About|the town|the river|River Fowey}} {{Use dmy dates|date=May 2020}}"
    )


def test_unknown_calls_above_the_lead_text_are_sidebars() -> None:
    source = (
        "{{Redirect|Achilleus|the emperor|Achilleus (emperor)}}\n{{Use dmy dates|date=June 2013}}\n"
        "[[File:Achilles.jpg|thumb|Achilles]]\n{{Greek myth}}\n"
        "In [[Greek mythology]], '''Achilles''' was a hero.{{No such template}}\n\n"
        "{{Another unknown}}\n"
    )
    document = read(source, today=TODAY)
    calls = _calls(document)
    assert calls["Greek myth"].rendered == ()
    # In or after the lead text, an unknown call is not furniture: it stays unrendered.
    assert calls["No such template"].rendered is None
    dropped = [d.message for d in document.diagnostics if d.code == "sidebar-dropped"]
    assert dropped == [
        "{{Greek myth}} above the text of the page or of a section is taken for a sidebar "
        "and left out"
    ]
    lead = next(b for b in document.blocks if isinstance(b, Paragraph) and "hero" in plain_text(b))
    assert plain_text(lead).strip().endswith("Achilles was a hero.")


def test_a_call_with_a_positional_argument_above_the_lead_is_not_taken_for_a_sidebar() -> None:
    document = read("{{Unknown box|Some text}}\n\nThe lead.", today=TODAY)
    assert _calls(document)["Unknown box"].rendered is None
    assert not [d for d in document.diagnostics if d.code == "sidebar-dropped"]


def test_unknown_calls_under_a_heading_before_its_text_are_sidebars() -> None:
    # Afghanistan's history section; the American Revolutionary War's campaign boxes.
    source = (
        "Lead text.\n\n== History ==\n{{Main|History of Afghanistan}}\n"
        "{{History of Afghanistan}}\nThe history of Afghanistan {{Unknown inline}}.\n\n"
        "=== West Indies ===\n{{Campaignbox American War of Independence: West Indies}}\n\n"
        "Text of the campaign.\n"
    )
    document = read(source, today=TODAY)
    calls = _calls(document)
    assert calls["History of Afghanistan"].rendered == ()
    assert calls["Campaignbox American War of Independence: West Indies"].rendered == ()
    assert calls["Unknown inline"].rendered is None
    text = wikiconv.render(document, "text")
    assert "The history of Afghanistan ." in text


def test_hatnotes_handled_outside_the_hatnote_module_are_hatnote_blocks() -> None:
    # Quantum superposition opens with {{broader|Superposition principle}}.
    document = read("{{broader|Superposition principle}}\n'''Quantum superposition''' is…")
    assert isinstance(document.blocks[0], Hatnote)
    assert plain_text(document.blocks[0]) == (
        "For broader coverage of this topic, see Superposition principle."
    )


def test_an_unknown_call_alone_on_its_line_in_the_body_is_a_box() -> None:
    # Angola's cities section: a table kept in a template, between two paragraphs,
    # and a sidebar on the line right after a paragraph's text.
    source = (
        "Lead text.\n\n== Cities ==\nLuanda is the capital.\n\n"
        "{{Largest cities of Angola}}\n\nBenguela is on the coast.\n{{Anthropology of art}}\n"
        "More text {{Unknown inline}} here.\n"
    )
    document = read(source, today=TODAY)
    calls = _calls(document)
    assert calls["Largest cities of Angola"].rendered == ()
    assert calls["Anthropology of art"].rendered == ()
    assert calls["Unknown inline"].rendered is None
    dropped = [d.message for d in document.diagnostics if d.code == "box-dropped"]
    assert dropped == [
        "{{Largest cities of Angola}} alone on its line is taken for a box and left out",
        "{{Anthropology of art}} alone on its line is taken for a box and left out",
    ]


def test_a_lone_call_with_arguments_or_in_a_list_item_is_not_a_box() -> None:
    source = (
        "Lead text.\n\n== Section ==\nText.\n\n{{Unknown table|Angola}}\n\n"
        "* {{Unknown item}}\n\nMore text.\n"
    )
    document = read(source, today=TODAY)
    calls = _calls(document)
    assert calls["Unknown table"].rendered is None
    assert calls["Unknown item"].rendered is None
    assert not [d for d in document.diagnostics if d.code == "box-dropped"]


def test_a_call_left_out_by_its_place_is_named_at_its_line_and_column() -> None:
    source = (
        "{{Greek myth}}\nLead text.\n\n== One ==\nText.\n\n{{Box of one}} {{Box two}}\n\n"
        "== Two ==\nText.\n\n{{Box of one}}\n\nMore.\n\n{{Footer box}}\n"
    )
    document = read(source, today=TODAY)
    placed = [
        (d.code, d.line, d.column)
        for d in document.diagnostics
        if d.code in ("sidebar-dropped", "box-dropped", "navbox-dropped")
    ]
    assert sorted(placed, key=lambda item: item[1] or 0) == [
        ("sidebar-dropped", 1, 1),
        ("box-dropped", 7, 1),
        ("box-dropped", 7, 16),
        ("box-dropped", 12, 1),  # the second call of the same box, at its own place
        ("navbox-dropped", 16, 1),
    ]
