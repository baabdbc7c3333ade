"""The tags the preprocessor reads itself, each made into one node.

A handler gets the tag's content (None for a self-closing tag), its attributes and
the read context, and returns the node and the source text it stands for. Content
that is wikitext (a ``<ref>``'s) goes through the preprocessor and the inline pass
again; content that is not (``<nowiki>``, ``<math>``, ``<pre>``) is kept as text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from wikiconv.ast import (
    Block,
    BlockTag,
    Code,
    CodeBlock,
    Gallery,
    Image,
    Inline,
    Math,
    Paragraph,
    Reference,
    ReferenceList,
    Text,
)
from wikiconv.readers.wikitext.context import ReadContext
from wikiconv.readers.wikitext.inline_common import decode_text as decode_entities
from wikiconv.readers.wikitext.inline_tags import decode_attributes
from wikiconv.walk import iter_nodes

__all__ = ["TAG_HANDLERS", "TRANSPARENT", "parse_attributes"]

Handler = Callable[
    [str | None, tuple[tuple[str, str], ...], ReadContext, str],
    tuple[Inline | Block, str],
]
TRANSPARENT = ("noinclude", "includeonly", "onlyinclude")

_NOWIKI_PAIR = re.compile(r"<nowiki>(.*?)</nowiki>", re.DOTALL | re.IGNORECASE)


def parse_attributes(text: str) -> tuple[tuple[str, str], ...]:
    """An extension tag's attributes as (name, value) pairs: names lower-cased,
    entities decoded, read by the same rules as every other tag's."""
    return tuple(decode_attributes(text).items())


def _attribute(attributes: tuple[tuple[str, str], ...], name: str) -> str:
    return next((value for key, value in attributes if key == name), "")


def _wikitext(content: str, ctx: ReadContext) -> str:
    """Nested wikitext: its own tags and templates are read before its inlines."""
    from wikiconv.readers.wikitext.preprocess import expand_braces, strip_tags

    return expand_braces(strip_tags(content, ctx), ctx)


def _nowiki(
    content: str | None, attrs: tuple[tuple[str, str], ...], ctx: ReadContext, source: str
) -> tuple[Inline | Block, str]:
    # Markup inside is text; character references still mean their characters.
    return Text(decode_entities(content or "")), source


def _pre(
    content: str | None, attrs: tuple[tuple[str, str], ...], ctx: ReadContext, source: str
) -> tuple[Inline | Block, str]:
    # <nowiki> pairs inside <pre> give their content (MediaWiki T15238); an unpaired
    # tag stays as text.
    text = decode_entities(_NOWIKI_PAIR.sub(r"\1", content or ""))
    # MediaWiki drops one newline right after <pre>.
    return CodeBlock(text[1:] if text.startswith("\n") else text), source


def _ref(
    content: str | None, attrs: tuple[tuple[str, str], ...], ctx: ReadContext, source: str
) -> tuple[Inline | Block, str]:
    body = ctx.parse_inline(_wikitext(content.strip(), ctx), ctx) if content else ()
    name = _attribute(attrs, "name").strip()
    return Reference(body, name=name, group=_attribute(attrs, "group").strip()), source


def _references(
    content: str | None, attrs: tuple[tuple[str, str], ...], ctx: ReadContext, source: str
) -> tuple[Inline | Block, str]:
    # The content is list-defined references: the text of named footnotes cited
    # elsewhere. Anything else in it shows nothing on the page.
    blocks = ctx.parse_blocks(_wikitext(content, ctx), ctx) if content else ()
    found = [node for block in blocks for node in iter_nodes(block)]
    definitions = tuple(node for node in found if isinstance(node, Reference))
    if any(not ref.name.strip() for ref in definitions):
        # MediaWiki shows a Cite error: nothing can cite a definition without a name.
        note = "a footnote defined in <references> has no name; nothing can cite it"
        ctx.note("warning", "reference-without-name", note, source[:40])
    group = _attribute(attrs, "group").strip()
    others = tuple((key, value) for key, value in attrs if key != "group")
    return ReferenceList(group, definitions, attributes=others), source


def _math(
    content: str | None, attrs: tuple[tuple[str, str], ...], ctx: ReadContext, source: str
) -> tuple[Inline | Block, str]:
    return Math((content or "").strip(), display=_attribute(attrs, "display") == "block"), source


def _code(
    content: str | None, attrs: tuple[tuple[str, str], ...], ctx: ReadContext, source: str
) -> tuple[Inline | Block, str]:
    text = content or ""
    if any(key == "inline" for key, _ in attrs):
        return Code(text), source
    language = _attribute(attrs, "lang") or _attribute(attrs, "language")
    return CodeBlock(text.strip("\n"), language=language), source


def _gallery(
    content: str | None, attrs: tuple[tuple[str, str], ...], ctx: ReadContext, source: str
) -> tuple[Inline | Block, str]:
    images: list[Image] = []
    for line in (content or "").split("\n"):
        target, _, caption = line.strip().partition("|")
        if not target:
            continue
        if ":" not in target:
            target = "File:" + target
        text = _wikitext(caption, ctx) if caption else ""
        images.append(Image(target.strip(), caption=ctx.parse_inline(text, ctx) if text else ()))
    return Gallery(tuple(images)), source


def _poem(
    content: str | None, attrs: tuple[tuple[str, str], ...], ctx: ReadContext, source: str
) -> tuple[Inline | Block, str]:
    # Every line of a poem is kept as a line: newlines become <br>.
    text = _wikitext((content or "").strip("\n"), ctx).replace("\n", "<br />\n")
    paragraph = Paragraph(ctx.parse_inline(text, ctx))
    return BlockTag("div", (("class", "poem"),), (paragraph,)), source


def _dropped(
    content: str | None, attrs: tuple[tuple[str, str], ...], ctx: ReadContext, source: str
) -> tuple[Inline | Block, str]:
    tag = source[1:].split(None, 1)[0].rstrip("/>").lower()
    ctx.note("info", "extension-tag-dropped", f"<{tag}> has no content to show; dropped", source)
    return Text(""), source


TAG_HANDLERS: dict[str, Handler] = {
    "nowiki": _nowiki,
    "pre": _pre,
    "ref": _ref,
    "references": _references,
    "math": _math,
    "chem": _math,
    "ce": _math,
    "syntaxhighlight": _code,
    "source": _code,
    "gallery": _gallery,
    "poem": _poem,
    **{
        name: _dropped
        for name in (
            "templatestyles", "indicator", "timeline", "graph", "mapframe", "maplink",
            "score", "hiero", "categorytree", "imagemap", "inputbox", "section",
            "charinsert", "langconvert", "templatedata", "phonos",
        )
    },
}  # fmt: skip
