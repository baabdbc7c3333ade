"""Template calls that stand for a block become that block.

A call on its own line is a paragraph to the block pass, but some calls are blocks
on the rendered page: a hatnote (``{{main|…}}``) is a note above the text, a
reference list (``{{reflist}}``) is where the footnotes are listed, a weather box is
a table. This pass runs before the templates are rendered and turns such paragraphs
into :class:`~wikiconv.ast.Hatnote`, :class:`~wikiconv.ast.ReferenceList` and
:class:`~wikiconv.ast.TemplateBlock` blocks, keeping the calls inside them, so the
wikitext writer still writes them as written. A template block is made for a call
with a block handler, or for a run of lines a block group starts
(``{{MedalTableTop}}`` … ``{{MedalBottom}}``); the rendering pass then fills its
blocks (:func:`wikiconv.templates.apply.render_block`).

The rules for page furniture known only by its place (navigation boxes, sidebars)
run after rendering: :mod:`wikiconv.readers.wikitext.furniture`.
"""

from __future__ import annotations

import dataclasses

from wikiconv.ast import (
    Block,
    BlockTag,
    Hatnote,
    Inline,
    Paragraph,
    ReferenceList,
    Section,
    SoftBreak,
    Template,
    TemplateBlock,
    Text,
)
from wikiconv.readers.wikitext.infobox import is_blank, paragraph_of, strip_blank
from wikiconv.templates import Registry, TemplateCall, default_registry, normalise_name
from wikiconv.templates.hatnotes import HATNOTE_NAMES
from wikiconv.templates.maintenance import shows_nothing
from wikiconv.templates.notes import LIST_GROUPS, list_group

__all__ = ["lift_template_blocks", "lines_of", "only_calls"]

_BLOCKISH = ("hatnote", "list", "block")


def lift_template_blocks(
    blocks: tuple[Block, ...], registry: Registry | None = None
) -> tuple[Block, ...]:
    """The blocks with lines of hatnote, reference-list and block-template calls made
    blocks.

    Only a line holding such calls alone is changed (on the page, their output is a
    ``<div>`` or a table, which ends the paragraph around it); a call inside running
    text stays inline. Sections and block tags (``<div>`` around ``{{reflist}}``) are
    searched. ``registry`` says which calls render as blocks (the built-in one by
    default).
    """
    registry = registry if registry is not None else default_registry()
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, (Section, BlockTag)):
            inner = lift_template_blocks(block.blocks, registry)
            out.append(dataclasses.replace(block, blocks=inner))
        elif isinstance(block, Paragraph) and any(
            _kind(n, registry) in _BLOCKISH for n in block.content
        ):
            out.extend(_split(block, registry))
        else:
            out.append(block)
    return tuple(out)


def _split(paragraph: Paragraph, registry: Registry) -> list[Block]:
    """The paragraph's lines: block lines become blocks, the others stay paragraphs."""
    out: list[Block] = []
    text: list[Inline] = []
    lines = lines_of(paragraph.content)
    index = 0
    while index < len(lines):
        line = lines[index]
        taken = _template_lines(lines, index, registry)
        if taken:
            out.extend(_paragraph_of(paragraph, text))
            text = []
            content = [node for each in lines[index : index + taken] for node in each]
            out.append(TemplateBlock(strip_blank(content), span=paragraph.span))
            index += taken
            continue
        # Calls that show nothing ({{Use dmy dates}}) may share a hatnote's line.
        kinds = {_kind(node, registry) for node in line if not is_blank(node)} - {"quiet"}
        calls = [node for node in line if isinstance(node, Template)]
        if kinds == {"hatnote"} or (kinds == {"list"} and len(calls) == 1):
            out.extend(_paragraph_of(paragraph, text))
            text = []
            out.append(_block(kinds.pop(), strip_blank(line), paragraph))
        else:
            text.extend(line)
        index += 1
    out.extend(_paragraph_of(paragraph, text))
    return out


def _paragraph_of(paragraph: Paragraph, text: list[Inline]) -> list[Block]:
    """The lines of text left between blocks as a paragraph, trimmed as the reader
    trims one (a space before the line break a block line followed goes)."""
    stripped = list(strip_blank(text))
    if stripped and isinstance(stripped[-1], Text):
        stripped[-1] = dataclasses.replace(stripped[-1], text=stripped[-1].text.rstrip())
    return paragraph_of(paragraph, stripped)


def _template_lines(lines: list[list[Inline]], index: int, registry: Registry) -> int:
    """How many lines from ``index`` on make one template block (0: none).

    A line holding one call with a block handler is one. A line of calls whose first
    starts a block group takes the following lines of the group's calls with it, up
    to the line of the group's end call (or up to the first other line).
    """
    calls = _calls_alone(lines[index])
    if not calls:
        return 0
    group = registry.lookup_group(calls[0].name)
    if group is None:
        return 1 if len(calls) == 1 and registry.lookup_block(calls[0].name) else 0
    if not all(group.member(call.name) for call in calls[1:]):
        return 0
    taken = 1
    ended = any(normalise_name(call.name) in group.end for call in calls[1:])
    while not ended and index + taken < len(lines):
        calls = _calls_alone(lines[index + taken])
        if not calls or not all(group.member(call.name) for call in calls):
            break
        ended = any(normalise_name(call.name) in group.end for call in calls)
        taken += 1
    return taken


def _calls_alone(line: list[Inline]) -> list[Template]:
    """The line's calls when it holds nothing else (blank text aside); else none."""
    solid = [node for node in line if not is_blank(node)]
    if solid and all(isinstance(node, Template) for node in solid):
        return [node for node in solid if isinstance(node, Template)]
    return []


def lines_of(content: tuple[Inline, ...]) -> list[list[Inline]]:
    """The content cut after each line break; the break stays with its line."""
    lines: list[list[Inline]] = [[]]
    for node in content:
        lines[-1].append(node)
        if isinstance(node, SoftBreak):
            lines.append([])
    return lines


def _kind(node: Inline, registry: Registry) -> str:
    if not isinstance(node, Template):
        return "text"
    name = normalise_name(node.name)
    if name in HATNOTE_NAMES:
        return "hatnote"
    if name in LIST_GROUPS:
        return "list"
    if registry.lookup_block(name) or registry.lookup_group(name):
        return "block"
    return "quiet" if shows_nothing(name) else "other"


def _block(kind: str, content: tuple[Inline, ...], paragraph: Paragraph) -> Block:
    if kind == "hatnote":
        return Hatnote(content, span=paragraph.span)
    call = next(node for node in content if isinstance(node, Template))
    return ReferenceList(list_group(TemplateCall(call)), template=call, span=paragraph.span)


def only_calls(content: tuple[Inline, ...]) -> bool:
    calls = [node for node in content if not is_blank(node)]
    return bool(calls) and all(isinstance(node, Template) for node in calls)
