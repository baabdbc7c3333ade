"""Writer for the ``json`` format: the document as structured data (docs/json.md).

This is the shape people query (title, infoboxes, nested sections, see-also entries),
not the exact tree: the ``ast`` format is that. The shape is pinned by the JSON Schema
shipped in the package (``wikiconv/document.schema.json``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from wikiconv.ast import (
    Block,
    BlockQuote,
    BlockTag,
    CodeBlock,
    Document,
    ExternalLink,
    Gallery,
    Hatnote,
    HorizontalRule,
    Image,
    Infobox,
    Inline,
    Link,
    List,
    ListItem,
    Paragraph,
    Plain,
    Preformatted,
    RawBlock,
    RawInline,
    Reference,
    ReferenceList,
    Section,
    Table,
    Template,
    TemplateBlock,
)
from wikiconv.infobox_values import entry_groups, entry_lines, grouped
from wikiconv.nodeio import Node
from wikiconv.references import Note, cite_error, numbered
from wikiconv.templates import normalise_name
from wikiconv.walk import iter_nodes, plain_text, visible_nodes, visible_text
from wikiconv.writers.base import NodeWriter, Rendered, WriterOptions

__all__ = ["JsonWriter", "document_to_dict"]

SCHEMA_VERSION = 2


@dataclass(frozen=True, slots=True)
class JsonOptions(WriterOptions):
    indent: int = 2


class JsonWriter(NodeWriter):
    """Serialises :func:`document_to_dict`."""

    name = "json"
    Options = JsonOptions

    def write(self, document: Document) -> Rendered:
        assert isinstance(self.options, JsonOptions)
        indent = self.options.indent if self.options.indent > 0 else None
        data = document_to_dict(document)
        self._report_dropped(document)
        text = json.dumps(data, ensure_ascii=False, indent=indent) + "\n"
        return Rendered(text, self.write_notes())

    def _report_dropped(self, document: Document) -> None:
        """The data keeps running text; say which inline content it leaves out."""
        for node in iter_nodes(document):
            if isinstance(node, Template) and node.rendered is None:
                self.lost(node, "a template with no rendering is left out of the text")
            elif isinstance(node, (Image, RawInline)):
                self.lost(node, "not running text; left out of the text")


def document_to_dict(document: Document) -> dict[str, Any]:
    """The document as plain data; see docs/json.md for every key."""
    infoboxes: list[Infobox] = []
    lead: list[dict[str, Any]] = []
    sections: list[dict[str, Any]] = []
    for block in document.blocks:
        if isinstance(block, Section):
            sections.append(_section(block, infoboxes))
        else:
            lead.extend(_blocks((block,), infoboxes))
    return {
        "schema_version": SCHEMA_VERSION,
        "title": document.title,
        "source_format": document.source_format,
        "redirect": document.redirect,
        "infoboxes": [_infobox(box) for box in infoboxes],
        "lead": lead,
        "sections": sections,
        "see_also": _see_also(document),
        "categories": list(document.categories),
        "references": [_reference(note) for note in numbered(document)],
        "metadata": dict(document.metadata),
        "diagnostics": [
            {
                "severity": d.severity,
                "code": d.code,
                "message": d.message,
                "line": d.line,
                "column": d.column,
            }
            for d in document.diagnostics
        ],
    }


def _section(section: Section, infoboxes: list[Infobox]) -> dict[str, Any]:
    blocks: list[dict[str, Any]] = []
    subsections: list[dict[str, Any]] = []
    for block in section.blocks:
        if isinstance(block, Section):
            subsections.append(_section(block, infoboxes))
        else:
            blocks.extend(_blocks((block,), infoboxes))
    return {
        "title": visible_text(section.heading),
        "level": section.level,
        "blocks": blocks,
        "sections": subsections,
    }


def _blocks(blocks: tuple[Block, ...], infoboxes: list[Infobox]) -> list[dict[str, Any]]:
    """The blocks as data, without paragraphs that show no text (a line of calls that
    render nothing, such as ``{{Use dmy dates}}``). A template block is the blocks its
    calls show (a table), in its place."""
    out: list[dict[str, Any]] = []
    for block in blocks:
        if isinstance(block, TemplateBlock):
            out.extend(_blocks(block.blocks, infoboxes))
            continue
        data = _block(block, infoboxes)
        if data["type"] != "paragraph" or data["text"].strip():
            out.append(data)
    return out


def _block(block: Block, infoboxes: list[Infobox]) -> dict[str, Any]:
    """One block as data. Infoboxes are listed once, under ``infoboxes``; the block
    list keeps their place with an index into that list."""
    if isinstance(block, Infobox):
        infoboxes.append(block)
        return {"type": "infobox", "index": len(infoboxes) - 1}
    if isinstance(block, (Paragraph, Plain)):
        return {"type": "paragraph", "text": visible_text(block.content)}
    if isinstance(block, List):
        return {"type": "list", "kind": block.kind, "items": _items(block, infoboxes)}
    if isinstance(block, Table):
        rows = [
            [
                {
                    "text": " ".join(visible_text(b) for b in cell.blocks),
                    "header": cell.header,
                    "colspan": cell.colspan,
                    "rowspan": cell.rowspan,
                }
                for cell in row.cells
            ]
            for row in block.rows
        ]
        return {"type": "table", "caption": visible_text(block.caption), "rows": rows}
    if isinstance(block, HorizontalRule):
        return {"type": "rule"}
    if isinstance(block, CodeBlock):
        return {"type": "code", "text": block.text, "language": block.language}
    if isinstance(block, Preformatted):
        return {"type": "preformatted", "text": plain_text(block.content)}
    if isinstance(block, (BlockQuote, BlockTag)):
        kind = "quote" if isinstance(block, BlockQuote) else "container"
        return {"type": kind, "blocks": _blocks(block.blocks, infoboxes)}
    if isinstance(block, Gallery):
        images = [{"target": i.target, "caption": visible_text(i.caption)} for i in block.images]
        return {"type": "gallery", "images": images}
    if isinstance(block, RawBlock):
        return {"type": "raw", "format": block.format, "text": block.text}
    if isinstance(block, Hatnote):
        return {"type": "hatnote", "text": visible_text(block.content)}
    if isinstance(block, ReferenceList):
        # The footnotes themselves are under "references", with their groups.
        return {"type": "references", "group": block.group}
    if isinstance(block, TemplateBlock):  # spliced by _blocks; kept whole if met alone
        return {"type": "container", "blocks": _blocks(block.blocks, infoboxes)}
    # A Section reaches here only when nested in a non-section block (a quote).
    return {"type": "section", **_section(block, infoboxes)}


def _items(block: List, infoboxes: list[Infobox]) -> list[dict[str, Any]]:
    return [_item(item, infoboxes) for item in block.items]


def _item(item: ListItem, infoboxes: list[Infobox]) -> dict[str, Any]:
    texts: list[str] = []
    children: list[dict[str, Any]] = []
    for block in item.blocks:
        if isinstance(block, List):
            children.extend(_items(block, infoboxes))
        elif isinstance(block, (Plain, Paragraph)):
            texts.append(visible_text(block.content))
        else:
            texts.append(visible_text(block))
    out: dict[str, Any] = {"text": " ".join(texts), "items": children}
    if item.kind != "item":
        out["kind"] = item.kind
    return out


def _infobox(box: Infobox) -> dict[str, Any]:
    fields = []
    for field in box.fields:
        if field.raw:  # parsed wikitext: its lines and rows are in the tree
            lines = entry_lines(field.value)
            value = "\n".join(" · ".join(line) for line in lines)
            groups = grouped([entry for line in lines for entry in line])
        else:  # flat text: a flattened value, split by the flat conventions
            value = visible_text(field.value)
            groups = entry_groups(value)
        fields.append(
            {
                "key": field.key.strip(),
                "value": value,
                "items": [entry for group in groups for entry in group],
                "groups": groups,
                "links": _links(field.value),
                "raw": field.raw or plain_text(field.value),
            }
        )
    return {"name": box.name, "fields": fields}


def _see_also(document: Document) -> list[str]:
    entries: list[str] = []
    for node in iter_nodes(document):
        if isinstance(node, Section) and visible_text(node.heading).casefold() == "see also":
            for inner in iter_nodes(node):
                if isinstance(inner, ListItem):
                    texts = [visible_text(b.content) for b in inner.blocks if isinstance(b, Plain)]
                    entries.extend(text.strip() for text in texts if text.strip())
    return entries


def _links(content: tuple[Inline, ...]) -> list[dict[str, str]]:
    """The internal links a value shows: where each goes and its text."""
    return [
        {"target": node.target + (f"#{node.anchor}" if node.anchor else ""),
         "text": visible_text(node.content) or node.target}
        for root in content
        for node in visible_nodes(root)
        if isinstance(node, Link)
    ]  # fmt: skip


def _reference(note: Note) -> dict[str, Any]:
    return {
        "number": note.number,
        "label": note.label,
        "group": note.group,
        "name": note.name,
        "text": _note_text(note.content) if note.content is not None else cite_error(note),
        "uses": note.uses,
        "citations": [_citation(call) for call in _citation_calls(note.content or ())],
    }


def _note_text(content: tuple[Inline, ...]) -> str:
    """A footnote's text; one made only of numbered links (``<ref>[http://…]</ref>``,
    shown as "[1]") gives their addresses, which is what the reader follows."""
    text = visible_text(content)
    if text:
        return text
    nodes = (node for root in content for node in iter_nodes(root))
    urls = (node.url for node in nodes if isinstance(node, ExternalLink))
    return " ".join(urls)


# Citation templates: Citation Style 1 and 2, German Wikipedia's, and short forms.
_CITATION = re.compile(
    r"(?i)^(cite\b|citation\b|vcite|internetquelle|literatur|google bu|harv|sfn)"
)


def _citation_calls(content: tuple[Inline, ...]) -> list[Template]:
    """The citation template calls written in a footnote's text (not inside other calls)."""
    found: list[Template] = []
    stack: list[Node] = list(reversed(content))
    while stack:
        node = stack.pop()
        if isinstance(node, Template):
            if _CITATION.match(normalise_name(node.name)):
                found.append(node)
        elif not isinstance(node, Reference):
            stack.extend(reversed(list(node.children())))
    return found


def _citation(call: Template) -> dict[str, Any]:
    """A citation's fields as written (plain text), under the template's name."""
    fields = {param.name.strip(): visible_text(param.value).strip() for param in call.params}
    return {
        "template": normalise_name(call.name),
        "fields": {key: value for key, value in fields.items() if value},
    }
