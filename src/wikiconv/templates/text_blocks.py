"""Quotations, collapsible and column lists, and entries shown one per line.

These templates lay out text as a block (a quotation box, a list in columns, a list
that opens on a click); what they show is the text, so they render it inline: the
quotation then its attribution, the list items one per line.
"""

from __future__ import annotations

from wikiconv.ast import Inline, LineBreak, Text
from wikiconv.templates.lists import star_items
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler

__all__: list[str] = []

# Where each quotation template keeps its text and its attribution, in the order the
# attribution shows them ("— author, title, source").
_QUOTES: dict[str, tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]] = {
    "Quote": (
        ("1", "text", "quote", "quotetext", "content"),
        (("2", "author", "sign", "cite", "personquoted"), ("3", "source", "title")),
    ),
    "Quotation": (("1", "text", "quote"), (("2", "author"), ("3", "title"), ("4", "source"))),
    # Cquote's old positional form: 2 and 3 are the box's width and colour.
    "Cquote": (
        ("1", "quote", "text"),
        (("4", "author", "cite", "person"), ("title",), ("5", "source", "publication")),
    ),
}
_QUOTE_ALIASES = {"Blockquote": "Quote", "Bquote": "Quote", "Quote box": "Quote",
                  "Cquote2": "Cquote", "Quotation2": "Quotation"}  # fmt: skip


@handler(*_QUOTES, *_QUOTE_ALIASES)
def quote(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The quotation, then "— author, source" on a line of its own, as the page sets it.
    text_keys, cite_keys = _QUOTES[_QUOTE_ALIASES.get(call.name, call.name)]
    text = _first(call, text_keys)
    if not text:
        return None
    cite: list[Inline] = []
    for keys in cite_keys:
        part = _first(call, keys)
        if part:
            cite += [Text(", "), *part] if cite else list(part)
    return (*text, LineBreak(), Text("\u2014\u2009"), *cite) if cite else text


@handler("collapsible list", "collapsible list of links")
def collapsible_list(call: TemplateCall, ctx: HandlerContext) -> Output:
    # Shown folded: the title, and the items under it once opened.
    items = [item for item in call.positional() if item]
    title = call.arg("title")
    return _lines([title, *items] if title else items)


@handler("columns-list", "colums-list", "div col list")
def columns_list(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{columns-list|3|* a * b}}: the first value may be the number of columns.
    values = [value for value in call.positional() if value]
    if len(values) > 1 and _is_number(values[0]):
        values = values[1:]
    content = call.arg("content") or (values[-1] if values else ())
    return _lines(star_items(content))


@handler("div col", "div col begin", "columns-start")
def div_col(call: TemplateCall, ctx: HandlerContext) -> Output:
    # Usually an opening tag with the list after it (nothing of its own to show);
    # content= holds the list itself.
    return _lines(star_items(call.arg("content")))


@handler("br separated entries", "br list", "br-separated entries")
def br_separated(call: TemplateCall, ctx: HandlerContext) -> Output:
    return _lines([item for item in call.positional() if item])


@handler("random item", "random")
def random_item(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The page picks one item per view; the first one keeps reading reproducible.
    items = [item for item in call.positional() if item]
    return items[0] if items else ()


def _first(call: TemplateCall, keys: tuple[str, ...]) -> tuple[Inline, ...]:
    for key in keys:
        value = call.arg(key)
        if value:
            return value
    return ()


def _lines(items: list[tuple[Inline, ...]]) -> Output:
    out: list[Inline] = []
    for item in items:
        out += [LineBreak(), *item] if out else list(item)
    return tuple(out)


def _is_number(value: tuple[Inline, ...]) -> bool:
    return len(value) == 1 and isinstance(value[0], Text) and value[0].text.strip().isdigit()
