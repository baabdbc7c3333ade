"""Templates met on first reading of articles outside the corpus: fixed sources, ship
numbers, hatnote and banner redirects, the Geobox infobox and the Gallery block."""

from __future__ import annotations

from datetime import date

import pytest

import wikiconv
from wikiconv.ast import Gallery, Hatnote, Infobox, Paragraph, TemplateBlock
from wikiconv.readers.wikitext import WikiOptions, read
from wikiconv.walk import plain_text

TODAY = date(2025, 1, 1)


def markdown(source: str) -> str:
    return wikiconv.render(read(source, today=TODAY), "markdown").strip()


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("{{GT|40,876}}", "40,876\u00a0[GT](https://en.wikipedia.org/wiki/Gross_tonnage)"),
        ("{{NetT|21,984}}", "21,984\u00a0[NT](https://en.wikipedia.org/wiki/Net_tonnage)"),
        ("{{DWT|2,700}}", "2,700\u00a0[DWT](https://en.wikipedia.org/wiki/Deadweight_tonnage)"),
        (
            "{{IMO Number|8814744}}",
            "[IMO number](https://en.wikipedia.org/wiki/IMO_number): 8814744",
        ),
        (
            "{{MMSI|248124000}}",
            "[MMSI number](https://en.wikipedia.org/wiki/Maritime_Mobile_Service_Identity):"
            " 248124000",
        ),
        ("{{MR|0061061}}", "[MR0061061](https://mathscinet.ams.org/mathscinet-getitem?mr=0061061)"),
        (
            "{{Structurae|id=s0002354|title=Middlesbrough Transporter Bridge}}",
            "[Middlesbrough Transporter Bridge](https://structurae.net/en/structures/data/"
            "index.cfm?id=s0002354) at [Structurae](https://en.wikipedia.org/wiki/Structurae)",
        ),
    ],
)
def test_ship_numbers_and_sources(source: str, expected: str) -> None:
    assert markdown(source) == expected


def test_database_citations_read_as_the_page_shows_them() -> None:
    text = wikiconv.render(read("A.<ref>{{Gnis|1550963|Dry Fork}}</ref>"), "text")
    assert '"Dry Fork". Geographic Names Information System. United States Geological' in text
    text = wikiconv.render(read("B.<ref>{{NRISref|version=2010a}}</ref>"), "text")
    assert (
        '"National Register Information System". National Register of Historic Places. '
        "National Park Service." in text
    )


def test_hatnote_redirects_are_hatnotes() -> None:
    document = read("{{Other uses2|Stack overflow}}\n{{dablink|About X.}}\nText.", today=TODAY)
    notes = [block for block in document.blocks if isinstance(block, Hatnote)]
    assert [plain_text(note) for note in notes] == [
        "For other uses, see Stack overflow (disambiguation).",
        "About X.",
    ]


def test_merge_banners_and_language_badges_show_nothing() -> None:
    source = "Text {{Merge to|Stack Exchange|date=April 2013}}{{Link FA|la}}{{Link GA|en}}."
    assert markdown(source) == "Text ."


def test_imdb_name_with_a_capital_n_is_imdb_name() -> None:
    document = read("* {{IMDb Name|0000487}}", WikiOptions(title="Ang Lee"), today=TODAY)
    assert wikiconv.render(document, "text").strip().endswith("- Ang Lee at IMDb")


def test_geobox_is_an_infobox() -> None:
    document = read("{{Geobox|River\n| name = Charles River\n| length = 80}}\nText.")
    box = document.blocks[0]
    assert isinstance(box, Infobox)
    assert [field.key for field in box.fields] == ["1", "name", "length"]


def test_a_gallery_template_on_its_own_lines_is_a_gallery() -> None:
    source = (
        "{{Gallery\n|title=Views\n|File:Upper deck.jpg|The upper deck\n"
        "|File:At sea.JPG|The ship at sea|alt2=A white ship\n}}\nAfter."
    )
    document = read(source, today=TODAY)
    block = document.blocks[0]
    assert isinstance(block, TemplateBlock)
    title, gallery = block.blocks
    assert isinstance(title, Paragraph) and isinstance(gallery, Gallery)
    assert [(i.target, plain_text(i.caption), i.alt) for i in gallery.images] == [
        ("File:Upper deck.jpg", "The upper deck", ""),
        ("File:At sea.JPG", "The ship at sea", "A white ship"),
    ]
    assert wikiconv.render(document, "wikitext").startswith(source.split("\nAfter")[0])
