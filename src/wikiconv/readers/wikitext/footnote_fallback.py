"""Footnotes that would show nothing: their unknown calls show their arguments.

A footnote written as one call no handler knows (``<ref>{{IMDb Titel|tt1006908|Lian
xi qu}}</ref>``) would be an empty note on the written page, a marker pointing at
nothing. Rather than drop what the writer cited, such a call shows its name and its
arguments' values, in the order written, joined by commas ("IMDb Titel: tt1006908,
Lian xi qu"), and a ``footnote-fallback`` warning says so. The call's own rendering
is unknown, so ``wikiconv templates`` still counts it as not handled.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from wikiconv.ast import Diagnostic, Document, Inline, Reference, Template, Text
from wikiconv.nodeio import Node
from wikiconv.templates import normalise_name
from wikiconv.walk import transform, visible_text

__all__ = ["fallback_calls", "fill_empty_footnotes"]

Locate = Callable[[str, int], "tuple[int, int, int] | None"]
_CODE = "footnote-fallback"
_NAMED = re.compile(r"\{\{(.+?)\}\} ")


def fill_empty_footnotes(document: Document, locate: Locate | None = None) -> Document:
    """The document with each footnote that would show nothing but holds unknown calls
    given their arguments as text."""
    filled: list[Template] = []

    def rewrite(node: Node) -> Node:
        if not isinstance(node, Reference) or not node.content or visible_text(node.content):
            return node
        content = tuple(_fallback(item, filled) for item in node.content)
        return dataclasses.replace(node, content=content)

    result = transform(document, rewrite)
    if not filled:
        return document
    notes = []
    for call in filled:
        found = locate(call.raw, 0) if locate and call.raw else None
        line, column = (found[1], found[2]) if found else (None, None)
        message = (
            f"{{{{{normalise_name(call.name)}}}}} has no handler; its footnote shows its arguments"
        )
        notes.append(Diagnostic("warning", _CODE, message, line, column))
    return dataclasses.replace(result, diagnostics=result.diagnostics + tuple(notes))


def fallback_calls(document: Document) -> list[str]:
    """The names of the calls whose footnotes show their arguments, one per call."""
    names: list[str] = []
    for note in document.diagnostics:
        named = _NAMED.match(note.message) if note.code == _CODE else None
        if named:
            names.append(named.group(1))
    return names


def _fallback(node: Inline, filled: list[Template]) -> Inline:
    if not isinstance(node, Template) or node.rendered is not None:
        return node
    values = [param.value for param in node.params if visible_text(param.value)]
    shown: list[Inline] = [Text(f"{normalise_name(node.name)}: " if values else node.name)]
    for index, value in enumerate(values):
        shown.extend((Text(", "), *value) if index else value)
    filled.append(node)
    return dataclasses.replace(node, rendered=tuple(shown))
