"""Page furniture known only by its place: navigation boxes, sidebars, boxes.

Wikipedia's navigation boxes, sidebars and campaign boxes are templates known to the
wiki by their own names (``{{Toronto}}``, ``{{Greek myth}}``), so no handler can list
them all; where they stand is what marks them. These rules run after the handlers:
a call with no handler and no positional argument (``state=`` and other named
settings aside) is taken for a box when it stands

- in the run of lines of calls that ends the page (:func:`drop_footer_navboxes`,
  diagnostic ``navbox-dropped``);
- above the first text of the lead or of a section (:func:`drop_header_sidebars`,
  ``sidebar-dropped``);
- alone on a line anywhere else in the body (:func:`drop_body_boxes`,
  ``box-dropped``): on the page such a call is a box of its own between paragraphs
  (a sidebar, a navigation box, a table kept in a template); an inline template
  without arguments stands inside a sentence, not on a line of its own.

A dropped call renders nothing and an ``info`` diagnostic names it (with its line
and column when the reader passes ``locate``); the report of
``wikiconv templates`` counts these calls apart from those a handler rendered. A call
whose handler gave up on it stays as it is.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from wikiconv.ast import (
    Block,
    BlockTag,
    Diagnostic,
    Document,
    Hatnote,
    Image,
    Infobox,
    Inline,
    LineBreak,
    Paragraph,
    Plain,
    ReferenceList,
    Section,
    Template,
    TemplateBlock,
)
from wikiconv.readers.wikitext.infobox import is_blank
from wikiconv.readers.wikitext.lift import lines_of, only_calls
from wikiconv.templates import Registry, normalise_name
from wikiconv.walk import source_nodes

__all__ = [
    "drop_body_boxes",
    "drop_footer_navboxes",
    "drop_header_sidebars",
    "furniture_calls",
]

# Where a call's source text first is in the page from an offset on: its offset, line
# and column (ReadContext.locate), or None.
Locate = Callable[[str, int], "tuple[int, int, int] | None"]
# The diagnostics of the three rules, by which the template report tells them apart.
_CODES = ("navbox-dropped", "sidebar-dropped", "box-dropped")
_NAMED = re.compile(r"\{\{(.+?)\}\} ")


def furniture_calls(document: Document) -> list[str]:
    """The names of the calls the place rules left out of the document, one per call."""
    names: list[str] = []
    for note in document.diagnostics:
        named = _NAMED.match(note.message) if note.code in _CODES else None
        if named:
            names.append(named.group(1))
    return names


def drop_footer_navboxes(
    document: Document, registry: Registry, locate: Locate | None = None
) -> Document:
    """The document with the unknown calls at its very end rendered as nothing.

    Wikipedia articles end with navigation boxes, each a call with no arguments on
    its own line after the last section's text (``{{Toronto}}``).
    """
    dropped: list[Template] = []
    blocks = _drop_trailing(document.blocks, registry, dropped)
    reason = "at the page end is taken for a navigation box"
    return _with_dropped(document, blocks, dropped, "navbox-dropped", reason, locate)


def drop_header_sidebars(
    document: Document, registry: Registry, locate: Locate | None = None
) -> Document:
    """The document with the unknown calls above its lead text, and above each
    section's text, rendered as nothing.

    Above the first line of the lead that shows text stand hatnotes, maintenance
    tags, images, the infobox and sidebars (``{{Greek myth}}``, ``{{Five oceans}}``);
    under a heading, before its text, stand the section's hatnote and its sidebar or
    campaign box (``{{History of Afghanistan}}``, ``{{Campaignbox …}}``): page
    furniture, none of it prose.
    """
    dropped: list[Template] = []
    blocks = _clear_leading(document.blocks, registry, dropped)
    reason = "above the text of the page or of a section is taken for a sidebar"
    return _with_dropped(document, blocks, dropped, "sidebar-dropped", reason, locate)


def drop_body_boxes(
    document: Document, registry: Registry, locate: Locate | None = None
) -> Document:
    """The document with each line that holds only unknown calls without positional
    arguments rendered as nothing (``{{Largest cities of Angola}}`` between two
    paragraphs). Lines inside lists and tables are left alone: there a call is part
    of an item or a cell."""
    dropped: list[Template] = []
    blocks = _drop_lone_lines(document.blocks, registry, dropped)
    reason = "alone on its line is taken for a box"
    return _with_dropped(document, blocks, dropped, "box-dropped", reason, locate)


def _with_dropped(
    document: Document,
    blocks: tuple[Block, ...],
    dropped: list[Template],
    code: str,
    reason: str,
    locate: Locate | None,
) -> Document:
    """The document with its new blocks and an ``info`` note for each dropped call,
    at the call's place in the source when ``locate`` finds it."""
    if not dropped:
        return document
    document = dataclasses.replace(document, blocks=blocks)
    places = _places(document, dropped, locate) if locate else {}
    notes: list[Diagnostic] = []
    for call in dropped:
        line, column = places.get(id(call), (None, None))
        message = f"{{{{{normalise_name(call.name)}}}}} {reason} and left out"
        notes.append(Diagnostic("info", code, message, line, column))
    return dataclasses.replace(document, diagnostics=document.diagnostics + tuple(notes))


def _places(
    document: Document, dropped: list[Template], locate: Locate
) -> dict[int, tuple[int | None, int | None]]:
    """The line and column of each dropped call, by the call's identity.

    Calls have no source spans, so each call's text is looked up in the page after
    the place of the call before it, every call of the page in order: the second of
    two ``{{Toronto}}`` calls is found at its own place, not at the first's.
    """
    wanted = {id(call) for call in dropped}
    places: dict[int, tuple[int | None, int | None]] = {}
    cursor = 0
    for node in source_nodes(document):
        if not isinstance(node, Template) or not node.raw:
            continue
        found = locate(node.raw, cursor)
        if found is None:
            continue
        cursor = found[0] + 1
        if id(node) in wanted:
            places[id(node)] = found[1], found[2]
    return places


def _clear_leading(
    blocks: tuple[Block, ...], registry: Registry, dropped: list[Template]
) -> tuple[Block, ...]:
    """The blocks with the furniture before their first text cleared, and each
    section's the same way."""
    out = list(blocks)
    reached_text = False
    for index, block in enumerate(out):
        if isinstance(block, Section):
            inner = _clear_leading(block.blocks, registry, dropped)
            out[index] = dataclasses.replace(block, blocks=inner)
            reached_text = True
        elif reached_text:
            continue
        elif isinstance(block, (Paragraph, Plain)):
            content, reached_text = _drop_leading(block.content, registry, dropped)
            out[index] = dataclasses.replace(block, content=content)
        elif not (isinstance(block, (Hatnote, TemplateBlock, ReferenceList)) or _is_infobox(block)):
            reached_text = True
    return tuple(out)


def _drop_leading(
    content: tuple[Inline, ...], registry: Registry, dropped: list[Template]
) -> tuple[tuple[Inline, ...], bool]:
    """The paragraph with its leading lines of furniture cleared of unknown calls,
    and whether a line showing text was reached."""
    out: list[Inline] = []
    lines = lines_of(content)
    for number, line in enumerate(lines):
        if any(_shows_text(node) for node in line):
            out.extend(node for rest in lines[number:] for node in rest)
            return tuple(out), True
        out.extend(_as_navbox(node, registry, dropped) for node in line)
    return tuple(out), False


def _shows_text(node: Inline) -> bool:
    """Whether a node of a line shows prose (an image or a call showing nothing does not)."""
    if is_blank(node) or isinstance(node, (Image, LineBreak)):
        return False
    if isinstance(node, Template):
        return bool(node.rendered)
    return True


def _is_infobox(block: Block) -> bool:
    return isinstance(block, Infobox)


def _drop_trailing(
    blocks: tuple[Block, ...], registry: Registry, dropped: list[Template]
) -> tuple[Block, ...]:
    out = list(blocks)
    index = len(out) - 1
    while index >= 0:
        block = out[index]
        if isinstance(block, Section):
            inner = _drop_trailing(block.blocks, registry, dropped)
            out[index] = dataclasses.replace(block, blocks=inner)
            break
        if not (isinstance(block, Paragraph) and only_calls(block.content)):
            break
        out[index] = dataclasses.replace(block, content=tuple(
            _as_navbox(node, registry, dropped) for node in block.content
        ))  # fmt: skip
        index -= 1
    return tuple(out)


def _drop_lone_lines(
    blocks: tuple[Block, ...], registry: Registry, dropped: list[Template]
) -> tuple[Block, ...]:
    out = list(blocks)
    for index, block in enumerate(out):
        if isinstance(block, (Section, BlockTag)):
            inner = _drop_lone_lines(block.blocks, registry, dropped)
            out[index] = dataclasses.replace(block, blocks=inner)
        elif isinstance(block, (Paragraph, Plain)):
            content: list[Inline] = []
            for line in lines_of(block.content):
                if _is_box_line(line, registry):
                    line = [_as_navbox(node, registry, dropped) for node in line]
                content.extend(line)
            out[index] = dataclasses.replace(block, content=tuple(content))
    return tuple(out)


def _is_box_line(line: list[Inline], registry: Registry) -> bool:
    """Whether the line holds calls only, each one the box rule takes."""
    solid = [node for node in line if not is_blank(node)]
    return bool(solid) and all(_is_box_call(node, registry) for node in solid)


def _is_box_call(node: Inline, registry: Registry) -> bool:
    if not isinstance(node, Template) or node.rendered is not None:
        return False
    if registry.lookup(node.name) is not None or registry.is_block_name(node.name):
        return False
    return not any(param.name.isdigit() and param.raw.strip() for param in node.params)


def _as_navbox(node: Inline, registry: Registry, dropped: list[Template]) -> Inline:
    if not isinstance(node, Template) or not _is_box_call(node, registry):
        return node
    node = dataclasses.replace(node, rendered=())
    dropped.append(node)
    return node
