"""Rendering every template call in a tree, innermost first.

The tree is rebuilt bottom-up with an explicit stack (calls nest thousands deep in
hostile input, beyond Python's recursion limit), so a call's parameters hold rendered
calls by the time its own handler runs. Template nodes stay in the tree with
``rendered`` set: the wikitext writer still writes the call back from ``raw``.

A :class:`~wikiconv.ast.TemplateBlock` (calls the reader found alone on their lines)
gets its ``blocks`` from its block handler or block group once its calls' parameters
are rendered; its calls then render as nothing inline. When no handler renders it,
it goes back to being the paragraph it was. A :class:`~wikiconv.ast.Row` written as a
call (``Row.template``) gets its cells from its row handler the same way.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from wikiconv.ast import (
    Block,
    Cell,
    Image,
    Link,
    Paragraph,
    Plain,
    Row,
    Template,
    TemplateBlock,
    Text,
)
from wikiconv.nodeio import Node
from wikiconv.templates.registry import (
    BlockOutput,
    HandlerContext,
    Registry,
    RowOutput,
    TemplateCall,
    normalise_name,
)
from wikiconv.walk import rebuild

__all__ = ["render_block", "render_call", "render_row", "render_templates"]


def render_call(template: Template, registry: Registry, ctx: HandlerContext) -> Template:
    """The call with ``rendered`` set when a handler renders it; else unchanged."""
    if template.rendered is not None:
        return template
    function = registry.lookup(template.name)
    if function is None:
        return template
    try:
        rendered = function(TemplateCall(template), ctx)
    except Exception as error:  # a handler's bug must not stop reading: say so, go on
        ctx.warn("template-handler-failed", f"{{{{{template.name}}}}}: {error!r}")
        return template
    if rendered is None:
        return template
    return dataclasses.replace(template, rendered=_flatten(rendered, template, ctx))


def render_block(block: TemplateBlock, registry: Registry, ctx: HandlerContext) -> Block:
    """The template block with its ``blocks`` made by its handler (its calls then render
    as nothing inline); a paragraph of its calls when no handler renders them.

    A block that has blocks already is left as it is. The first call names the block
    group (or, alone, the block handler) that renders the block.
    """
    calls = block.calls
    if block.blocks or not calls:
        return block
    first = calls[0]
    group = registry.lookup_group(first.name)
    function = registry.lookup_block(first.name)
    output: BlockOutput = None
    try:
        if group is not None:
            output = group.function(tuple(TemplateCall(call) for call in calls), ctx)
        elif function is not None and len(calls) == 1:
            output = function(TemplateCall(first), ctx)
    except Exception as error:  # a handler's bug must not stop reading: say so, go on
        ctx.warn("template-handler-failed", f"{{{{{first.name}}}}}: {error!r}")
    if output is None:
        return Paragraph(block.content, span=block.span, layout=block.layout)
    content = tuple(
        dataclasses.replace(node, rendered=()) if isinstance(node, Template) else node
        for node in block.content
    )
    # Calls copied from the parameters into the blocks show their renderings there.
    blocks: tuple[Block, ...] = _flatten(output, first, ctx)
    return dataclasses.replace(block, content=content, blocks=blocks)


def render_row(row: Row, registry: Registry, ctx: HandlerContext) -> Row:
    """The row written as a call with its cells made by the call's row handler (the
    call then renders as nothing inline); when the handler gives up, the row is one
    cell holding the unrendered call, as a cell written ``| {{…}}`` would be."""
    call = row.template
    if call is None or row.cells:
        return row
    function = registry.lookup_row(call.name)
    output: RowOutput = None
    try:
        output = function(TemplateCall(call), ctx) if function is not None else None
    except Exception as error:  # a handler's bug must not stop reading: say so, go on
        ctx.warn("template-handler-failed", f"{{{{{call.name}}}}}: {error!r}")
    if output is None:
        return Row((Cell((Plain((call,)),)),), row.attributes, span=row.span)
    cells: tuple[Cell, ...] = _flatten(output, call, ctx)
    return dataclasses.replace(row, cells=cells, template=dataclasses.replace(call, rendered=()))


def render_templates(root: Node, registry: Registry, ctx: HandlerContext) -> Node:
    """``root`` with every call a handler renders given its rendering, and every
    template block its blocks."""

    def rewrite(node: Node) -> Node:
        if isinstance(node, Template):
            return render_call(node, registry, ctx)
        if isinstance(node, TemplateBlock):
            return render_block(node, registry, ctx)
        if isinstance(node, Row):
            return render_row(node, registry, ctx)
        return node

    result = rebuild(root, rewrite)
    assert isinstance(result, Node)
    return result


def _flatten(content: tuple[Node, ...], outer: Template, ctx: HandlerContext) -> tuple[Any, ...]:
    """Rendered content as the page shows it: no calls, and links only if wanted.

    A call inside becomes its own rendering, so each call is in the tree once (a walk
    over the tree counts the source's calls). One without a rendering is left out,
    with a diagnostic, rather than hide the whole outer call. Links become their
    labels unless ``ctx.links``: see docs/templates.md.
    """

    def rewrite(node: Node) -> Node | tuple[Node, ...]:
        if isinstance(node, Template):
            if node.rendered is None:
                ctx.warn(
                    "template-unrendered-inside",
                    f"{{{{{normalise_name(node.name)}}}}} inside {{{{{outer.name}}}}} "
                    "has no rendering; left out",
                )
                return ()
            return tuple(node.rendered)
        if ctx.links:
            return node
        if isinstance(node, Link):
            return tuple(node.content) if node.content else (Text(node.target),)
        if isinstance(node, Image):
            return ()
        return node

    out: list[Node] = []
    for item in content:
        result = rebuild(item, rewrite)
        out.extend(result if isinstance(result, tuple) else (result,))
    return tuple(out)
