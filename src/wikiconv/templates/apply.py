"""Rendering every template call in a tree, innermost first.

The tree is rebuilt bottom-up with an explicit stack (calls nest thousands deep in
hostile input, beyond Python's recursion limit), so a call's parameters hold rendered
calls by the time its own handler runs. Template nodes stay in the tree with
``rendered`` set: the wikitext writer still writes the call back from ``raw``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from wikiconv.ast import Image, Inline, Layout, Link, SourceSpan, Template, Text
from wikiconv.nodeio import Node
from wikiconv.templates.registry import HandlerContext, Registry, TemplateCall, normalise_name

__all__ = ["rebuild", "render_call", "render_templates"]

Rewrite = Callable[[Node], "Node | tuple[Node, ...]"]


class _Frame:
    """One node being rebuilt: where its child nodes are and what they became."""

    __slots__ = ("done", "node", "results", "slots")

    def __init__(self, node: Node) -> None:
        self.node = node
        # (field name, index in the tuple or -1 for a single node, the child)
        self.slots: list[tuple[str, int, Node]] = []
        for f in dataclasses.fields(node):  # type: ignore[arg-type]
            value = getattr(node, f.name)
            if isinstance(value, Node) and not isinstance(value, (SourceSpan, Layout)):
                self.slots.append((f.name, -1, value))
            elif isinstance(value, tuple):
                for index, item in enumerate(value):
                    if isinstance(item, Node) and not isinstance(item, (SourceSpan, Layout)):
                        self.slots.append((f.name, index, item))
        self.results: list[Node | tuple[Node, ...]] = []
        self.done = 0

    def finish(self) -> Node:
        changed = any(r is not s[2] for r, s in zip(self.results, self.slots, strict=True))
        if not changed:
            return self.node
        singles: dict[str, object] = {}
        spliced: dict[str, dict[int, Node | tuple[Node, ...]]] = {}
        for (name, index, _), result in zip(self.slots, self.results, strict=True):
            if index < 0:
                singles[name] = result
            else:
                spliced.setdefault(name, {})[index] = result
        for name, replaced in spliced.items():
            items: list[object] = []
            for index, item in enumerate(getattr(self.node, name)):
                new = replaced.get(index, item)
                items.extend(new if isinstance(new, tuple) else (new,))
            singles[name] = tuple(items)
        return dataclasses.replace(self.node, **singles)  # type: ignore[type-var]


def rebuild(root: Node, rewrite: Rewrite) -> Node | tuple[Node, ...]:
    """``root`` rebuilt bottom-up; ``rewrite`` may return several nodes to splice.

    Like :func:`wikiconv.walk.transform`, but iterative, and a node inside a tuple
    may become any number of nodes (a template becoming what it renders to).
    """
    frames = [_Frame(root)]
    while True:
        frame = frames[-1]
        if frame.done < len(frame.slots):
            child = frame.slots[frame.done][2]
            frame.done += 1
            frames.append(_Frame(child))
            continue
        result = rewrite(frame.finish())
        frames.pop()
        if not frames:
            return result
        frames[-1].results.append(result)


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
