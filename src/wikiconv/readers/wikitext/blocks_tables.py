"""Wikitext tables to tag tokens, line by line, as MediaWiki's ``doTableStuff`` does.

The pass only rewrites the lines that start (after white space) with ``{|``, ``|}``,
``|-``, ``|+``, ``|`` or ``!`` inside a table; every other line stays as it is, so a
cell's further lines, blank lines and whole nested lists simply follow its ``<td>``
and the later stages (paragraphs, then the tree builder) decide what they become,
exactly as in MediaWiki. MediaWiki's oddities are kept on purpose, because pages
depend on them: ``||`` splits cells anywhere on a line, a cell's attributes end at its
first ``|`` unless ``[[`` comes first, ``:{|`` indents with ``<dl><dd>`` using one
indent level for the whole nesting, and an unclosed table is closed at the end.
"""

from __future__ import annotations

import re

from wikiconv.ast import Attributes, Template
from wikiconv.readers.wikitext.blocks_attrs import sanitize_attributes
from wikiconv.readers.wikitext.blocks_tags import Tag, Tags
from wikiconv.readers.wikitext.context import MARKER, ReadContext

__all__ = ["PHP_SPACE", "ROW_TEMPLATE", "tables"]

# The attribute of the one cell the pass makes for a row written as a call; the tree
# builder turns that cell back into the call (Row.template) and drops the attribute.
ROW_TEMPLATE = "data-wikiconv-row-template"

PHP_SPACE = " \t\n\r\x00\x0b"  # what PHP's trim() removes
_TABLE_START = re.compile(r"(:*)[ \t\n\x0b\x0c\r]*\{\|(.*)\Z", re.DOTALL)
_ROW_DASHES = re.compile(r"\|-+")


class _Table:
    """One open table: MediaWiki keeps these five facts per table, on five stacks."""

    __slots__ = ("cell_open", "has_row", "last_tag", "row_attributes", "row_open")

    def __init__(self) -> None:
        self.cell_open = False
        self.last_tag = ""
        self.row_open = False
        self.row_attributes: Attributes = ()
        self.has_row = False


def tables(text: str, tags: Tags, ctx: ReadContext) -> str:
    """``text`` with its wikitext tables turned into tag tokens."""
    if "{|" not in text:
        return text
    out: list[str] = []
    stack: list[_Table] = []
    indent = 0
    for out_line in text.split("\n"):
        line = out_line.strip(PHP_SPACE)
        if not line:
            out.append(out_line)
            continue
        start = _TABLE_START.match(line)
        if start:
            indent = len(start.group(1))
            attributes = sanitize_attributes(_attribute_text(start.group(2), tags, ctx), "table")
            opening = _tag(tags, "table", attributes)
            out.append(_indent(tags, indent) + opening)
            stack.append(_Table())
        elif not stack:
            out.append(out_line)
        elif line.startswith("|}"):
            out.append(_end_table(stack.pop(), line[2:], indent, tags))
        elif line.startswith("|-"):
            out.append(_row(stack[-1], line, tags, ctx))
        elif line[0] in "|!":
            out.append(_cells(stack[-1], line, tags, ctx))
        elif _is_row_call(line, ctx):
            out.append(_row_call(stack[-1], line, tags))
        else:
            out.append(out_line)
    # Tables still open at the end are closed, innermost first.
    closing: list[str] = []
    while stack:
        table = stack.pop()
        if table.cell_open:
            closing.append(tags.plain("td", "close"))
        if table.row_open:
            closing.append(tags.plain("tr", "close"))
        if not table.has_row:
            closing.append(_empty_row(tags))
        closing.append(tags.plain("table", "close"))
    result = "\n".join(out + closing)
    # MediaWiki drops a table that has nothing at all ("{||}" alone on the page).
    empty = "\n".join((tags.plain("table"), _empty_row(tags), tags.plain("table", "close")))
    return "" if result == empty else result


def _tag(tags: Tags, name: str, attributes: Attributes) -> str:
    return tags.token(Tag(name, "open", attributes)) if attributes else tags.plain(name)


def _indent(tags: Tags, levels: int) -> str:
    return (tags.plain("dl") + tags.plain("dd")) * levels


def _empty_row(tags: Tags) -> str:
    return "".join(
        (tags.plain("tr"), tags.plain("td"), tags.plain("td", "close"), tags.plain("tr", "close"))
    )


def _close_cell(table: _Table, tags: Tags) -> str:
    return tags.plain(table.last_tag, "close") if table.cell_open else ""


def _end_table(table: _Table, rest: str, indent: int, tags: Tags) -> str:
    line = tags.plain("table", "close") + rest
    if not table.has_row:
        line = _empty_row(tags) + line
    if table.row_open:
        line = tags.plain("tr", "close") + line
    line = _close_cell(table, tags) + line
    if indent > 0:
        line = (
            line.rstrip(PHP_SPACE)
            + (tags.plain("dd", "close") + tags.plain("dl", "close")) * indent
        )
    return line


def _row(table: _Table, line: str, tags: Tags, ctx: ReadContext) -> str:
    rest = _ROW_DASHES.sub("", line, count=1)
    table.row_attributes = sanitize_attributes(_attribute_text(rest, tags, ctx), "tr")
    out = _close_cell(table, tags) + (tags.plain("tr", "close") if table.row_open else "")
    table.has_row = True
    table.row_open = False
    table.cell_open = False
    table.last_tag = ""
    return out


def _is_row_call(line: str, ctx: ReadContext) -> bool:
    """Whether the line is one call of a template that renders a table row.

    MediaWiki expands such a call (``{{Single chart|UK|3}}``) before it reads the
    table, so its cells join the table; here the call stays a call, and the line
    becomes a row of its own that its row handler fills.
    """
    call = MARKER.fullmatch(line)
    if call is None:
        return False
    node = ctx.node(int(call.group(1)))
    return isinstance(node, Template) and ctx.row_template(node.name)


def _row_call(table: _Table, line: str, tags: Tags) -> str:
    out = _close_cell(table, tags) + (tags.plain("tr", "close") if table.row_open else "")
    cell = tags.token(Tag("td", "open", ((ROW_TEMPLATE, ""),)))
    out += _tag(tags, "tr", table.row_attributes) + cell + line
    out += tags.plain("td", "close") + tags.plain("tr", "close")
    table.row_attributes = ()
    table.has_row = True
    table.row_open = False
    table.cell_open = False
    table.last_tag = ""
    return out


def _cells(table: _Table, line: str, tags: Tags, ctx: ReadContext) -> str:
    """A line of ``|``/``!`` cells or a ``|+`` caption: one opening tag per cell."""
    if line.startswith("|+"):
        kind, line = "+", line[2:]
    else:
        kind, line = line[0], line[1:]
    if kind == "!":
        line = _replace_outside_markup(line, "!!", "||")
    name = {"|": "td", "!": "th", "+": "caption"}[kind]
    out: list[str] = []
    for cell in line.split("||"):
        previous = ""
        if kind != "+":
            if not table.row_open:
                previous = _tag(tags, "tr", table.row_attributes) + "\n"
            table.row_open = True
            table.row_attributes = ()
            table.has_row = True
        if table.cell_open:
            previous = _close_cell(table, tags) + "\n" + previous
        table.last_tag = name
        attributes_text, bar, content = cell.partition("|")
        # T2553: a "|" after "[[" (or "-{") belongs to a link, not to the attributes.
        if "[[" in attributes_text or "-{" in attributes_text or not bar:
            out.append(previous + tags.plain(name) + cell.strip(PHP_SPACE))
        else:
            attributes = sanitize_attributes(_attribute_text(attributes_text, tags, ctx), name)
            out.append(previous + _tag(tags, name, attributes) + content.strip(PHP_SPACE))
        table.cell_open = True
    return "".join(out)


def _replace_outside_markup(text: str, search: str, replace: str) -> str:
    """StringUtils::replaceMarkup: replace ``search`` except inside ``<…>`` (nesting counts).

    An opening ``<`` that is never closed protects nothing, as in MediaWiki.
    """
    if "<" not in text:
        return text.replace(search, replace)
    out: list[str] = []
    position = 0
    while True:
        start = text.find("<", position)
        end = _matching_close(text, start) if start != -1 else -1
        if end == -1:
            break
        out.append(text[position:start].replace(search, replace))
        out.append(text[start : end + 1])
        position = end + 1
    out.append(text[position:].replace(search, replace))
    return "".join(out)


def _matching_close(text: str, start: int) -> int:
    """Index of the ``>`` that closes the ``<`` at ``start``, or -1."""
    depth = 0
    for index in range(start, len(text)):
        char = text[index]
        if char == "<":
            depth += 1
        elif char == ">":
            depth -= 1
            if depth == 0:
                return index
    return -1


def _attribute_text(text: str, tags: Tags, ctx: ReadContext) -> str:
    """Attribute text as written, without template calls.

    A call in an attribute (``style="{{Baseball primary style|…}}"``) would give CSS
    only once expanded, and templates are not expanded, so it is left out (with a
    diagnostic) rather than copied as ``{{…}}`` into the output.
    """
    if MARKER.search(text):
        ctx.note(
            "info", "template-in-attribute", "a template call in table attributes was left out"
        )
        text = MARKER.sub("", text)
    return tags.source(text, ctx)
