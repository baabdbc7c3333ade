"""Templates that make a link: sort-key names, lifeboat stations.

They show a link with a label; with ``HandlerContext.links`` off (the reader's
default, see docs/templates.md) the label is what remains.
"""

from __future__ import annotations

from wikiconv.ast import Inline, Italic, Link, Text
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler

__all__: list[str] = []


@handler("sortname")
def sortname(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{sortname|The|Riot Club|dab=film}}: "The Riot Club", linked to the film's page.
    name = " ".join(part for part in (call.text(1), call.text(2)) if part)
    if not name:
        return None
    if call.flag("nolink"):
        return (Text(name),)
    dab = call.text("dab")
    target = call.text(3, f"{name} ({dab})" if dab else name)
    return (_link(target, name),)


@handler("SortKeyName")
def sort_key_name(call: TemplateCall, ctx: HandlerContext) -> Output:
    # German Wikipedia: {{SortKeyName|Vorname|Nachname|Linkziel}} shows the full name.
    name = " ".join(part for part in (call.text(1), call.text(2)) if part)
    if not name:
        return None
    return (_link(call.text(3, name), name),)


@handler("Lbs")
def lifeboat_station(call: TemplateCall, ctx: HandlerContext) -> Output:
    place = call.text(1)
    return (_link(f"{place} Lifeboat Station", place),) if place else None


@handler("Lbc")
def lifeboat_class_name(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Lbc|D|IB1}}: "D-class (IB1)", the class letter in italics, linked to the
    # class's article; the second argument names a sub-class.
    letter, variant = call.text(1), call.text(2)
    if not letter:
        return None
    label: list[Inline] = [Italic((Text(letter),)), Text("-class")]
    target = f"{letter}-class lifeboat"
    if variant:
        label.append(Text(f" ({variant})"))
        target += f" ({variant})"
    return (Link(target, tuple(label)),)


@handler("Lbb")
def lifeboat_class(call: TemplateCall, ctx: HandlerContext) -> Output:
    name = call.text(1)
    return (_link(f"{name}-class lifeboat", name),) if name else None


def _link(target: str, label: str) -> Link:
    return Link(target, () if label == target else (Text(label),))
