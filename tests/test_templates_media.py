"""Image templates render Image nodes with captions; labels and legends their text."""

from __future__ import annotations

from datetime import date

import pytest

from wikiconv.ast import Image, LineBreak, Template
from wikiconv.readers.wikitext import WikiOptions, read
from wikiconv.walk import iter_nodes, plain_text, visible_nodes

NBSP = "\u00a0"
TODAY = date(2025, 1, 1)


def shown(source: str, title: str | None = None) -> str:
    document = read(source, WikiOptions(title=title), today=TODAY)
    return plain_text(document.blocks[0]).replace(NBSP, " ") if document.blocks else ""


def rendered(source: str) -> tuple[object, ...]:
    call = next(n for n in iter_nodes(read(source, today=TODAY)) if isinstance(n, Template))
    assert call.rendered is not None, source
    return call.rendered


MULTIPLE = """{{multiple image
| align    = right
| image1   = Queen Elizabeth II in March 2015.jpg
| width1   = 150
| caption1 = [[Queen Elizabeth II]], Monarch since 1952
| image2   = Theresa May UK Home Office (cropped).jpg
| width2   = 149
| caption2 = [[Theresa May]], Prime Minister since 2016
}}"""


def test_multiple_image_renders_each_image_with_its_caption() -> None:
    images = [node for node in rendered(MULTIPLE) if isinstance(node, Image)]
    assert [image.target for image in images] == [
        "File:Queen Elizabeth II in March 2015.jpg",
        "File:Theresa May UK Home Office (cropped).jpg",
    ]
    assert [plain_text(image.caption) for image in images] == [
        "Queen Elizabeth II, Monarch since 1952",
        "Theresa May, Prime Minister since 2016",
    ]
    assert ("width", "150px") in images[0].options


def test_multiple_image_keeps_header_and_footer_text() -> None:
    source = "{{multiple image|header=Two views|image1=A.jpg|image2=B.jpg|footer=Both 2009}}"
    assert shown(source) == "Two views  Both 2009"  # the images are not running text
    assert sum(isinstance(node, Image) for node in rendered(source)) == 2


def test_double_image_takes_captions_after_the_widths() -> None:
    source = (
        "{{double image|right|The City London.jpg|239|Canary Wharf.jpg|216|The [[City of "
        "London]] is a financial centre|The [[Canary Wharf]] is another}}"
    )
    images = [node for node in rendered(source) if isinstance(node, Image)]
    assert [(i.target, plain_text(i.caption)) for i in images] == [
        ("File:The City London.jpg", "The City of London is a financial centre"),
        ("File:Canary Wharf.jpg", "The Canary Wharf is another"),
    ]
    assert ("width", "216px") in images[1].options


def test_wide_image_has_its_caption_and_alt_text() -> None:
    source = (
        "{{wide image|Nathan Phillips square - Toronto.jpg|1000px|alt=Nathan Phillips Square"
        "|Nathan Phillips Square}}"
    )
    (image,) = rendered(source)
    assert isinstance(image, Image)
    assert image.target == "File:Nathan Phillips square - Toronto.jpg"
    assert plain_text(image.caption) == "Nathan Phillips Square"
    assert image.alt == "Nathan Phillips Square"
    assert ("width", "1000px") in image.options


FRAME = """{{Image frame|width=250|content=<div style="text-align: center;">{{Image label begin|image=United Kingdom countries.svg|link=|width=250|float=none}}
{{Image label small|x=0.625|y=1.2|scale=250|text =<big>England</big>}}
{{Image label small|x=0.375|y=0.7|scale=250|text=<big>[[Scotland]]</big>}}
{{Image label small|x=0.4|y=1.3|scale=250|text= <big>[[Wales]]</big>}}
{{Image label small|x=0.15|y=0.95|scale=250|text =<big>[[Northern Ireland|Northern<br />Ireland]]</big>}}
{{Image label end}}</div>
|caption= The four [[countries of the United Kingdom]]}}"""  # noqa: E501


def test_image_frame_shows_the_labelled_image_then_its_caption() -> None:
    assert " ".join(shown(FRAME).split()) == (
        "England Scotland Wales Northern Ireland The four countries of the United Kingdom"
    )
    images = [node for node in visible_nodes(read(FRAME)) if isinstance(node, Image)]
    assert [image.target for image in images] == ["File:United Kingdom countries.svg"]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("{{legend|#FAEB86|Winner of competitive award|border=1px #555 solid}}",
         "Winner of competitive award"),
        ("{{colorbox|#008000|border=darkgray}}", ""),
        ("{{color box|orange|Ruling party}}", "Ruling party"),
        ("{{map_caption |countryprefix=the |location_color=dark green |region=Europe "
         "|region_color=dark grey |subregion=the [[European&nbsp;Union]] "
         "|subregion_color=green}}",
         "Location (dark green) – in Europe (dark grey) – in the European Union (green)"),
    ],
)  # fmt: skip
def test_captions_and_keys_render_their_text(source: str, expected: str) -> None:
    assert shown(source) == expected


def test_a_colour_box_with_no_label_renders_as_nothing_not_as_unknown() -> None:
    assert rendered("{{colorbox|#FF29F1|border=darkgray}}") == ()


def test_map_caption_names_the_page() -> None:
    source = "{{map caption|countryprefix=the|location_color=dark green|region=Europe}}"
    assert shown(source, title="United Kingdom") == (
        "Location of the United Kingdom (dark green) – in Europe"
    )
    assert any(isinstance(node, LineBreak) for node in rendered(source))


CHESS = """{{Chess diagram
|tleft
|

|rd|  |bd|  |kd|nd|  |rd
|  |  |qd|  |  |pd|bd|  
|pd|  |pd|  |  |  |pd|  
|  |  |pl|nl|pd|  |  |nd
|pl|pd|  |  |pl|  |  |pd
|  |  |  |  |bl|pl|  |  
|  |pl|  |ql|bl|nl|pl|pl
|rl|  |  |  |  |rl|kl|  
|Serper-Nikolaidis, position after 17.Nd5!}}"""  # noqa: W291


def test_chess_diagram_shows_the_board_and_the_caption() -> None:
    lines = shown(CHESS).split(" ")
    assert lines[:8] == [
        "♜·♝·♚♞·♜", "··♛··♟♝·", "♟·♟···♟·", "··♙♘♟··♞",
        "♙♟··♙··♟", "····♗♙··", "·♙·♕♗♘♙♙", "♖····♖♔·",
    ]  # fmt: skip
    assert " ".join(lines[8:]) == "Serper-Nikolaidis, position after 17.Nd5!"


def test_a_chess_diagram_with_unknown_pieces_stays_unrendered() -> None:
    document = read("{{Chess diagram|tleft||xx}}")
    assert next(n for n in iter_nodes(document) if isinstance(n, Template)).rendered is None
