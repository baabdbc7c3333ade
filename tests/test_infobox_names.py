"""Which template names are infoboxes, in the languages of the corpus and others."""

from __future__ import annotations

import pytest

from wikiconv.ast import Infobox, InfoboxField, Text
from wikiconv.readers.wikitext import read
from wikiconv.readers.wikitext.infobox import is_infobox_name


@pytest.mark.parametrize(
    "name",
    [
        "Infobox person", "Infobox_settlement", "Football club infobox", "Taxobox",
        "Enzyme",  # Alanine—oxo-acid transaminase
        "Inligtingskas Persoon", "Inligtingskas Eilande",  # Afrikaans (Mark Behr)
        "Infoboks verksemd",  # Norwegian Nynorsk (Statoil)
        "Infoboks person",  # Danish, Norwegian Bokmål
        "Infobox Unternehmen",  # German
        "Infobox Plaats in Nederland",  # Dutch
        "Infobox Commune de France",  # French
        "Infobox osoba", "Miasto infobox",  # Polish
        "Faktamall biografi",  # Swedish
        "Ficha de persona", "Ficha",  # Spanish
        "Info/Biografia",  # Portuguese
        "Sinottico",  # Italian
    ],
)  # fmt: skip
def test_infobox_names(name: str) -> None:
    assert is_infobox_name(name)


@pytest.mark.parametrize(
    "name",
    [
        "Weather box",
        "Toronto weatherbox",  # climate tables
        "Geographic location",  # a compass of neighbours (Toronto)
        "Enzymes",  # a navigation box
        "Info",
        "Fichas",
        "Boxinfo",
        "Persondata",
    ],
)
def test_not_infobox_names(name: str) -> None:
    assert not is_infobox_name(name)


def test_an_afrikaans_infobox_becomes_a_block() -> None:
    document = read("{{Inligtingskas Persoon\n| naam = Mark Behr\n| beeld =\n}}\nMark Behr")
    box = document.blocks[0]
    assert isinstance(box, Infobox)
    assert box.name == "Inligtingskas Persoon"
    assert box.fields == (InfoboxField("naam", (Text("Mark Behr"),)),)
