"""Rendering every template call in a tree, innermost first.

The tree is rebuilt bottom-up with an explicit stack (calls nest thousands deep in
hostile input, beyond Python's recursion limit), so a call's parameters hold rendered
calls by the time its own handler runs. Template nodes stay in the tree with
``rendered`` set: the wikitext writer still writes the call back from ``raw``.
"""

from __future__ import annotations

import dataclasses

from wikiconv.ast import Image, Inline, Link, Template, Text
from wikiconv.nodeio import Node
from wikiconv.templates.registry import HandlerContext, Registry, TemplateCall, normalise_name
from wikiconv.walk import rebuild

__all__ = ["render_call", "render_templates"]


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


def render_templates(root: Node, registry: Registry, ctx: HandlerContext) -> Node:
    """``root`` with every call a handler renders given its rendering."""

    def rewrite(node: Node) -> Node:
        return render_call(node, registry, ctx) if isinstance(node, Template) else node

    result = rebuild(root, rewrite)
    assert isinstance(result, Node)
    return result


def _flatten(
    content: tuple[Inline, ...], outer: Template, ctx: HandlerContext
) -> tuple[Inline, ...]:
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

    out: list[Inline] = []
    for item in content:
        result = rebuild(item, rewrite)
        out.extend(result if isinstance(result, tuple) else (result,))  # type: ignore[arg-type]
    return tuple(out)
