"""Infobox templates become Infobox blocks, so every writer shows them as a box.

An infobox template call is the summary box of the page: MediaWiki renders it as a
table beside the lead. Its parameters with a value become the fields, in source
order; empty parameters are left out, as the rendered box leaves them out.
"""

from __future__ import annotations

import dataclasses
import re

from wikiconv.ast import (
    Block,
    Infobox,
    InfoboxField,
    Inline,
    LineBreak,
    Paragraph,
    Section,
    SoftBreak,
    Template,
    TemplateParam,
    Text,
)
from wikiconv.templates.lists import star_items, starts_with_list
from wikiconv.walk import plain_text

__all__ = ["is_blank", "is_infobox_name", "lift_infoboxes", "paragraph_of", "strip_blank"]

# English Wikipedia's naming: "Infobox person", "Infobox_settlement", "Taxobox",
# "Speciesbox", "Chembox", "Drugbox", "Automatic taxobox", "Football club infobox",
# "Enzyme" (the enzyme box), "Geobox" (rivers, mountains, protected areas). Other
# languages name theirs with their own word: German, Dutch and French "Infobox …",
# Polish "… infobox", Afrikaans "Inligtingskas …", Norwegian and Danish "Infoboks …",
# Swedish "Faktamall …", Spanish "Ficha de …", Portuguese "Info/…", Italian
# "Sinottico". Weather boxes ("Weather box", "Toronto weatherbox") are climate tables,
# not summary boxes, so they are not matched.
_INFOBOX = re.compile(
    r"^(?:infobox\b.*|.*\binfobox|taxobox|speciesbox|subspeciesbox|chembox|drugbox|"
    r"automatic taxobox|paraphyletic group|virusbox|enzyme|geobox|"
    r"inligtingskas\b.*|infoboks\b.*|faktamall\b.*|ficha(?: de\b.*)?|info/.+|sinottico)$",
    re.IGNORECASE,
)


def is_infobox_name(name: str) -> bool:
    return _INFOBOX.match(name.replace("_", " ").strip()) is not None


def lift_infoboxes(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The blocks with every infobox call in a paragraph taken out as an Infobox block.

    An infobox is often followed by the lead on the next line, with no blank line
    between, so a paragraph is split around it. Sections are searched too; other
    containers are not, since an infobox there is not the page's.
    """
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, Section):
            out.append(dataclasses.replace(block, blocks=lift_infoboxes(block.blocks)))
        elif isinstance(block, Paragraph) and any(_is_infobox(n) for n in block.content):
            # The box stands where it was written: what comes before it and after it
            # are paragraphs of their own, as they are on the rendered page.
            segment: list[Inline] = []
            for node in block.content:
                if _is_infobox(node):
                    out.extend(paragraph_of(block, segment))
                    out.append(_infobox(node))  # type: ignore[arg-type]
                    segment = []
                else:
                    segment.append(node)
            out.extend(paragraph_of(block, segment))
        else:
            out.append(block)
    return tuple(out)


def paragraph_of(original: Paragraph, content: list[Inline]) -> list[Block]:
    """The content as a paragraph like ``original``, without blank edges; or nothing."""
    stripped = strip_blank(content)
    return [dataclasses.replace(original, content=stripped)] if stripped else []


def strip_blank(content: list[Inline]) -> tuple[Inline, ...]:
    """The content without the blank text and line breaks at its ends."""
    start, end = 0, len(content)
    while start < end and is_blank(content[start]):
        start += 1
    while end > start and is_blank(content[end - 1]):
        end -= 1
    return tuple(content[start:end])


def _is_infobox(node: Inline) -> bool:
    return isinstance(node, Template) and is_infobox_name(node.name)


def is_blank(node: Inline) -> bool:
    return isinstance(node, SoftBreak) or (isinstance(node, Text) and not node.text.strip())


def _infobox(template: Template) -> Infobox:
    return Infobox(_fields(template), name=template.name.replace("_", " ").strip())


def _fields(template: Template, prefix: str = "") -> tuple[InfoboxField, ...]:
    """The fields of a box, in order. A parameter holding only sub-boxes (``{{Infobox
    spaceflight/IP …}}``, an ``embed=yes`` infobox) shows their rows inside this box:
    their fields follow, named ``parameter.field``."""
    fields: list[InfoboxField] = []
    for param in template.params:
        key = prefix + param.name.strip()
        boxes = _sub_boxes(param.value)
        if boxes:
            for box in boxes:
                fields.extend(_fields(box, key + "."))
        elif _shows(param):
            fields.append(InfoboxField(key, _value(param.value), raw=_raw_value(param)))
    return tuple(fields)


def _sub_boxes(content: tuple[Inline, ...]) -> list[Template]:
    """The infobox calls a value is made of, when it holds nothing else."""
    calls = [node for node in content if not is_blank(node)]
    if calls and all(_is_infobox(node) for node in calls):
        return calls  # type: ignore[return-value]
    return []


def _value(content: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """A value written as a ``*`` or ``#`` list shows one item per line, like ``ubl``.

    The box renders such a value as a list; a field's value is inline content, so
    the items become lines and their markers go, as the rendered list shows none.
    """
    if not starts_with_list(content):
        return _paragraph_breaks(content)
    lines: list[Inline] = []
    for item in star_items(content):
        if lines:
            lines.append(LineBreak())
        lines.extend(item)
    return tuple(lines)


def _paragraph_breaks(content: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """A blank line inside a value starts a new paragraph in the box, which an inline
    value shows as a line break: the run of line ends becomes one ``LineBreak``."""
    out: list[Inline] = []
    run: list[Inline] = []
    for node in content:
        if is_blank(node):
            run.append(node)
            continue
        breaks = sum(isinstance(kid, SoftBreak) for kid in run)
        out.extend([LineBreak()] if breaks > 1 and out else run)
        run = []
        out.append(node)
    out.extend(run)
    return tuple(out)


def _shows(param: TemplateParam) -> bool:
    """Whether a parameter shows anything: text, or a node such as an image."""
    return bool(plain_text(param.value).strip()) or any(not is_blank(node) for node in param.value)


def _raw_value(param: TemplateParam) -> str:
    """The value's wikitext as written: the parameter's source after its ``name=``."""
    key, equals, value = param.raw.partition("=")
    return (value if equals and key.strip() == param.name.strip() else param.raw).strip()
