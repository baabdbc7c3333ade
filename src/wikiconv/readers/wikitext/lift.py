"""Template calls that stand for a block become that block.

A call on its own line is a paragraph to the block pass, but some calls are blocks
on the rendered page: a hatnote (``{{main|…}}``) is a note above the text, a
reference list (``{{reflist}}``) is where the footnotes are listed. This pass runs
before the templates are rendered and turns such paragraphs into
:class:`~wikiconv.ast.Hatnote` and :class:`~wikiconv.ast.ReferenceList` blocks,
keeping the calls inside them, so the wikitext writer still writes them as written.

:func:`drop_footer_navboxes` runs after rendering: it is the rule for navigation
boxes known only by their own name (``{{Toronto}}``, ``{{G8 nations}}``).
"""

from __future__ import annotations

import dataclasses

from wikiconv.ast import (
    Block,
    BlockTag,
    Diagnostic,
    Document,
    Hatnote,
    Inline,
    Paragraph,
    ReferenceList,
    Section,
    SoftBreak,
    Template,
)
from wikiconv.readers.wikitext.infobox import is_blank, paragraph_of, strip_blank
from wikiconv.templates import Registry, TemplateCall, normalise_name
from wikiconv.templates.hatnotes import HATNOTE_NAMES
from wikiconv.templates.notes import LIST_GROUPS, list_group

__all__ = ["drop_footer_navboxes", "lift_template_blocks"]

_BLOCKISH = ("hatnote", "list")


def lift_template_blocks(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The blocks with lines of hatnote and reference-list calls made blocks.

    Only a line holding such calls alone is changed (on the page, their output is a
    ``<div>``, which ends the paragraph around it); a call inside running text stays
    inline. Sections and block tags (``<div>`` around ``{{reflist}}``) are searched.
    """
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, (Section, BlockTag)):
            out.append(dataclasses.replace(block, blocks=lift_template_blocks(block.blocks)))
        elif isinstance(block, Paragraph) and any(_kind(n) in _BLOCKISH for n in block.content):
            out.extend(_split(block))
        else:
            out.append(block)
    return tuple(out)


def _split(paragraph: Paragraph) -> list[Block]:
    """The paragraph's lines: block lines become blocks, the others stay paragraphs."""
    out: list[Block] = []
    text: list[Inline] = []
    for line in _lines(paragraph.content):
        kinds = {_kind(node) for node in line if not is_blank(node)}
        calls = [node for node in line if isinstance(node, Template)]
        if kinds == {"hatnote"} or (kinds == {"list"} and len(calls) == 1):
            out.extend(paragraph_of(paragraph, text))
            text = []
            out.append(_block(kinds.pop(), strip_blank(line), paragraph))
        else:
            text.extend(line)
    out.extend(paragraph_of(paragraph, text))
    return out


def _lines(content: tuple[Inline, ...]) -> list[list[Inline]]:
    """The content cut after each line break; the break stays with its line."""
    lines: list[list[Inline]] = [[]]
    for node in content:
        lines[-1].append(node)
        if isinstance(node, SoftBreak):
            lines.append([])
    return lines


def _kind(node: Inline) -> str:
    if not isinstance(node, Template):
        return "text"
    name = normalise_name(node.name)
    if name in HATNOTE_NAMES:
        return "hatnote"
    return "list" if name in LIST_GROUPS else "other"


def _block(kind: str, content: tuple[Inline, ...], paragraph: Paragraph) -> Block:
    if kind == "hatnote":
        return Hatnote(content, span=paragraph.span)
    call = next(node for node in content if isinstance(node, Template))
    return ReferenceList(list_group(TemplateCall(call)), template=call, span=paragraph.span)


def _only_calls(content: tuple[Inline, ...]) -> bool:
    calls = [node for node in content if not is_blank(node)]
    return bool(calls) and all(isinstance(node, Template) for node in calls)


def drop_footer_navboxes(document: Document, registry: Registry) -> Document:
    """The document with the unknown calls at its very end rendered as nothing.

    Wikipedia articles end with navigation boxes, each a call with no arguments on
    its own line after the last section's text (``{{Toronto}}``). Most are known to
    the wiki only by their own name, so no handler can list them all; their place
    is what marks them. A call there with no positional argument and no handler in
    ``registry`` is taken to be one: it renders nothing, and an ``info`` diagnostic
    names it. (A call whose handler gave up stays as it is.)
    """
    dropped: list[str] = []
    blocks = _drop_trailing(document.blocks, registry, dropped)
    if not dropped:
        return document
    notes = tuple(
        Diagnostic("info", "navbox-dropped", f"{{{{{name}}}}} at the page end is taken "
                   "for a navigation box and left out")
        for name in dropped
    )  # fmt: skip
    return dataclasses.replace(document, blocks=blocks, diagnostics=document.diagnostics + notes)


def _drop_trailing(
    blocks: tuple[Block, ...], registry: Registry, dropped: list[str]
) -> tuple[Block, ...]:
    out = list(blocks)
    index = len(out) - 1
    while index >= 0:
        block = out[index]
        if isinstance(block, Section):
            inner = _drop_trailing(block.blocks, registry, dropped)
            out[index] = dataclasses.replace(block, blocks=inner)
            break
        if not (isinstance(block, Paragraph) and _only_calls(block.content)):
            break
        out[index] = dataclasses.replace(block, content=tuple(
            _as_navbox(node, registry, dropped) for node in block.content
        ))  # fmt: skip
        index -= 1
    return tuple(out)


def _as_navbox(node: Inline, registry: Registry, dropped: list[str]) -> Inline:
    if not isinstance(node, Template) or node.rendered is not None:
        return node
    if registry.lookup(node.name) is not None:
        return node
    if any(param.name.isdigit() and param.raw.strip() for param in node.params):
        return node
    dropped.append(normalise_name(node.name))
    return dataclasses.replace(node, rendered=())
