"""Image and caption templates: boxes of images, labelled maps, legends, chess boards.

A template that lays out images renders each as an :class:`~wikiconv.ast.Image` with
its caption (thumbnail style, at the width asked for); a header or footer is text
around them. Labels placed over an image, colour keys and legends render their text:
the colours and positions are presentation.

``{{Gallery|title=…|File:A.jpg|Caption A|File:B.jpg|Caption B}}`` standing on lines of
its own is a block, a :class:`~wikiconv.ast.Gallery` as ``<gallery>`` makes (its
``title`` a paragraph above it); ``altN=`` gives the Nth image's alternative text.
"""

from __future__ import annotations

import dataclasses

from wikiconv.ast import Block, Gallery, Image, Inline, LineBreak, Paragraph, Text
from wikiconv.templates.registry import (
    BlockOutput,
    HandlerContext,
    Output,
    TemplateCall,
    block_handler,
    handler,
)

__all__: list[str] = []


@handler("multiple image", "multiple images", "multi image")
def multiple_image(call: TemplateCall, ctx: HandlerContext) -> Output:
    # image1=, width1=, caption1=, alt1= … with an optional header= and footer=.
    numbers = sorted(
        int(key[5:]) for key, _ in call.named() if key.startswith("image") and key[5:].isdigit()
    )
    images = [
        _image(call.text(f"image{n}"), call.text(f"width{n}"), call.arg(f"caption{n}"),
               call.text(f"alt{n}"))
        for n in numbers
    ]  # fmt: skip
    return _framed(call.arg("header"), [i for i in images if i is not None], call.arg("footer"))


@handler("double image", "double images")
def double_image(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{double image|right|Left.jpg|239|Right.jpg|216|left caption|right caption}}
    images = [
        _image(call.text(2), call.text(3), call.arg(6), call.text(8)),
        _image(call.text(4), call.text(5), call.arg(7), call.text(9)),
    ]
    return _framed((), [i for i in images if i is not None], ())


@handler("wide image", "panorama")
def wide_image(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{wide image|Panorama.jpg|1800px|caption|alt=…}}
    image = _image(call.text(1), call.text(2), call.arg(3), call.text("alt"))
    return (image,) if image is not None else None


@handler("image frame")
def image_frame(call: TemplateCall, ctx: HandlerContext) -> Output:
    # A frame round any content (often a labelled image), its caption below.
    content, caption = call.arg("content"), call.arg("caption")
    if content and caption:
        return (*content, LineBreak(), *caption)
    return content or caption or None


@handler("image label begin")
def image_label_begin(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The image the following {{image label}} calls are written over.
    image = _image(call.text("image"), call.text("width"), (), call.text("alt"))
    return (image,) if image is not None else None


@handler("image label", "image label small")
def image_label(call: TemplateCall, ctx: HandlerContext) -> Output:
    return call.arg("text")


@handler("image label end")
def image_label_end(call: TemplateCall, ctx: HandlerContext) -> Output:
    return ()


@handler("legend", "legend inline", "legend2")
def legend(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{legend|#FAEB86|Winner of competitive award}}: a colour swatch, then its meaning.
    return call.arg(2)


@handler("colorbox", "color box", "colourbox", "colour box")
def colorbox(call: TemplateCall, ctx: HandlerContext) -> Output:
    # A coloured square with an optional label inside; without one there is no text.
    return call.arg(2)


@handler("map caption")
def map_caption(call: TemplateCall, ctx: HandlerContext) -> Output:
    # "Location of the United Kingdom (dark green)", then a line for each of "\u2013 in
    # Europe (dark grey)" and "\u2013 in the European Union (green)".
    country = call.arg("country") or ((Text(ctx.title),) if ctx.title else ())
    prefix = call.text("countryprefix")
    out: list[Inline] = [Text("Location")]
    if country:
        out += [Text(f" of {prefix} " if prefix else " of "), *country]
    out += _colour(call.text("location_color"))
    for part in ("region", "subregion"):
        if call.arg(part):
            out += [
                LineBreak(),
                Text("\u2013 in "),
                *call.arg(part),
                *_colour(call.text(f"{part}_color")),
            ]
    if call.arg("legend"):
        out += [LineBreak(), *call.arg("legend")]
    return tuple(out)


# Chess diagram pieces: the letter of the piece, then l (white) or d (black).
_PIECES = {
    "kl": "♔", "ql": "♕", "rl": "♖", "bl": "♗", "nl": "♘", "pl": "♙",
    "kd": "♚", "qd": "♛", "rd": "♜", "bd": "♝", "nd": "♞", "pd": "♟",
}  # fmt: skip


@handler("chess diagram", "chess diagram small")
def chess_diagram(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Chess diagram|tleft|header|64 squares from a8 to h1|caption}}: the board as
    # eight rows of figurines (a dot for an empty square), then the caption.
    squares = [call.text(n) for n in range(3, 67)]
    if not all(square in _PIECES or not square for square in squares):
        return None
    out: list[Inline] = list(call.arg(2))
    for row in range(8):
        if out:
            out.append(LineBreak())
        out.append(Text("".join(_PIECES.get(s, "·") for s in squares[row * 8 : row * 8 + 8])))
    if call.arg(67):
        out += [LineBreak(), *call.arg(67)]
    return tuple(out)


def _framed(header: tuple[Inline, ...], images: list[Image], footer: tuple[Inline, ...]) -> Output:
    if not images:
        return None
    out: list[Inline] = [*header, LineBreak()] if header else []
    out.extend(images)
    return (*out, LineBreak(), *footer) if footer else tuple(out)


@block_handler("Gallery")
def gallery(call: TemplateCall, ctx: HandlerContext) -> BlockOutput:
    # Positional values come in pairs: a file, then its caption.
    values = call.positional()
    images: list[Image] = []
    for index in range(0, len(values), 2):
        name = "".join(node.text for node in values[index] if isinstance(node, Text)).strip()
        caption = values[index + 1] if index + 1 < len(values) else ()
        image = _image(name, "", caption, call.text(f"alt{index // 2 + 1}"))
        if image is None:
            return None
        images.append(image)
    if not images:
        return None
    title = call.arg("title")
    blocks: list[Block] = [Paragraph(title)] if title else []
    return (*blocks, Gallery(tuple(dataclasses.replace(i, options=()) for i in images)))


def _image(name: str, width: str, caption: tuple[Inline, ...], alt: str) -> Image | None:
    if not name:
        return None
    target = name if name.lower().startswith(("file:", "image:")) else f"File:{name}"
    options: list[tuple[str, str]] = [("thumb", "")]
    width = width.removesuffix("px").strip()
    if width.isdigit():
        options.append(("width", f"{width}px"))
    if alt:
        options.append(("alt", alt))
    return Image(target, caption, tuple(options), alt)


def _colour(name: str) -> list[Inline]:
    return [Text(f" ({name})")] if name else []
