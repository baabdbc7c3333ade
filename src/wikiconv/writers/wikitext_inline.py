"""Inline content as wikitext: the half of the wikitext writer that writes running text.

Each inline method takes the :class:`~wikiconv.writers.wikitext_escape.Ctx` of the
place it is written and returns wikitext. A run of inlines is written piece by piece
and then joined, with ``<nowiki/>`` where the edges of two pieces would merge into
markup (see :func:`wikitext_escape.needs_break`).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from wikiconv.ast import (
    Attributes,
    Bold,
    Code,
    ExternalLink,
    Image,
    Inline,
    InlineTag,
    Italic,
    LineBreak,
    Link,
    Math,
    RawInline,
    Reference,
    Small,
    SoftBreak,
    Strikeout,
    Subscript,
    Superscript,
    Template,
    TemplateParam,
    Text,
    Underline,
)
from wikiconv.nodeio import Node
from wikiconv.writers import wikitext_escape as esc
from wikiconv.writers.base import NodeWriter
from wikiconv.writers.wikitext_escape import Ctx

__all__ = ["RAW_FORMATS", "WikitextInlines", "param_ctx"]

RAW_FORMATS = ("wikitext", "mediawiki", "wiki")
_HTML: dict[type, str] = {
    Underline: "u",
    Strikeout: "s",
    Superscript: "sup",
    Subscript: "sub",
    Small: "small",
}
_VOID = frozenset({"br", "wbr", "hr"})
# Names that take their first argument after a colon: {{lc:x}}, {{#if:x|…}}.
_FUNCTIONS = frozenset(
    "lc uc lcfirst ucfirst formatnum padleft padright urlencode anchorencode fullurl "
    "localurl canonicalurl ns nse plural grammar gender int displaytitle defaultsort "
    "defaultsortkey defaultcategorysort tag filepath pagesincategory pagesize "
    "protectionlevel msg msgnw raw".split()
)
# A caption that reads as an image option would not be a caption.
_IMAGE_OPTION = re.compile(
    r"\s*(?:thumb|thumbnail|frame|framed|enframed|frameless|border|left|right|center|"
    r"centre|none|baseline|sub|super|sup|top|text-top|middle|bottom|text-bottom|upright|"
    r"\d*(?:x\d*)?\s*px|(?:thumbnail|thumb|upright|link|alt|class|lang|page)=.*|"
    r"(?:upright|page) .*)\s*",
    re.DOTALL,
)
_TOP = Ctx()


class WikitextInlines(NodeWriter):
    """The inline methods of :class:`~wikiconv.writers.wikitext.WikitextWriter`."""

    def inlines(self, content: tuple[Inline, ...], ctx: Ctx) -> str:
        """Write a run of inlines, then join the pieces where their edges would merge."""
        nodes = _merge_text(content)
        outs: list[str] = []
        at_sol = ctx.sol
        for index, node in enumerate(nodes):
            open_end = index < len(nodes) - 1 or not ctx.eol
            if isinstance(node, Text):
                out = esc.escape_text(node.text, ctx, at_sol, open_end)
            else:
                here = dataclasses.replace(ctx, sol=at_sol, eol=not open_end, before="", after="")
                out = self.dispatch(node, here)
            outs.append(out)
            if out:
                at_sol = ctx.newline != " " and out.endswith(ctx.newline)
        return _join(nodes, outs, ctx)

    def _inner(self, ctx: Ctx, before: str, after: str, **changes: Any) -> Ctx:
        """The context inside a node's own markup: no longer at a line's start or end."""
        return dataclasses.replace(ctx, sol=False, eol=False, before=before, after=after, **changes)

    def text(self, node: Text, ctx: Ctx = _TOP) -> str:
        return esc.escape_text(node.text, ctx, ctx.sol, not ctx.eol)

    def soft_break(self, node: SoftBreak, ctx: Ctx = _TOP) -> str:
        return ctx.newline

    def line_break(self, node: LineBreak, ctx: Ctx = _TOP) -> str:
        return "<br />"

    def _quoted(self, node: Bold | Italic, ctx: Ctx = _TOP) -> str:
        bold = isinstance(node, Bold)
        mark, tag = ("'''", "b") if bold else ("''", "i")
        changes = {"bold": True} if bold else {"italic": True}
        if bold and len(node.content) == 1 and isinstance(node.content[0], Italic):
            # '''''x''''' reads as italic around bold, so bold around italic needs <i>.
            changes["italic"] = True
        if ctx.bold if bold else ctx.italic:
            # ''a ''b'' c'' would close and reopen; the tag nests.
            inner = self.inlines(node.content, self._inner(ctx, f"<{tag}>", f"</{tag}>", **changes))
            return f"<{tag}>{inner}</{tag}>" if inner else ""
        inner = self.inlines(node.content, self._inner(ctx, mark, mark, **changes))
        if "\n" in inner:
            # Quote markup ends at the end of a line; the tag does not.
            return f"<{tag}>{inner}</{tag}>"
        return f"{mark}{inner}{mark}" if inner else ""

    bold = italic = _quoted

    def _html(
        self, node: Underline | Strikeout | Superscript | Subscript | Small, ctx: Ctx = _TOP
    ) -> str:
        tag = _HTML[type(node)]
        inner = self.inlines(node.content, self._inner(ctx, f"<{tag}>", f"</{tag}>"))
        return f"<{tag}>{inner}</{tag}>"

    underline = strikeout = superscript = subscript = small = _html

    def code(self, node: Code, ctx: Ctx = _TOP) -> str:
        # <code> is an HTML tag: wikitext inside it is still read, so the text is escaped.
        text = self.inlines((Text(node.text),), self._inner(ctx, "<code>", "</code>"))
        return f"<code>{text}</code>"

    def inline_tag(self, node: InlineTag, ctx: Ctx = _TOP) -> str:
        tag = node.tag.lower()
        if tag not in esc.HTML_TAGS:
            self.lost(node, f"<{node.tag}> is not a tag MediaWiki accepts; its content is kept")
            return self.inlines(node.content, ctx)
        attrs = self._attrs(node, node.attributes)
        if tag in _VOID and not node.content:
            return f"<{tag}{attrs} />"
        inner = self.inlines(node.content, self._inner(ctx, ">", "<"))
        return f"<{tag}{attrs}>{inner}</{tag}>"

    def link(self, node: Link, ctx: Ctx = _TOP) -> str:
        anchor = node.anchor.strip()
        shown = node.content or (Text(node.target + (f"#{anchor}" if anchor else "")),)
        if ctx.in_link:
            self.lost(node, "a link inside a link's label is written as its label")
            return self.inlines(shown, ctx)
        target = esc.title(node.target.strip()) if node.target.strip() else ""
        if target is None or not (target or anchor) or re.search(r"[\[\]{}|<>\n]", anchor):
            self.lost(node, "a link to an invalid title is written as its label")
            return self.inlines(shown, ctx)
        dest = target + (f"#{esc.amp(anchor)}" if anchor else "")
        label = ""
        if node.content:
            label = self.inlines(node.content, self._inner(ctx, "|", "]]", in_link=True))
        return f"[[{dest}|{label}]]" if label else f"[[{dest}]]"

    def external_link(self, node: ExternalLink, ctx: Ctx = _TOP) -> str:
        url = esc.link_url(node.url)
        if url is None or ctx.in_link:
            why = "inside a link's label" if ctx.in_link else "whose URL MediaWiki would not link"
            self.lost(node, f"an external link {why} is written as its label")
            return self.inlines(node.content or (Text(node.url),), ctx)
        if node.content or not (node.numbered or esc.bare_url(node.url)):
            if not node.content:
                self.lost(
                    node, "a bare URL that would not link as it stands is written in brackets"
                )
            inside = self._inner(ctx, " ", "]", in_link=True, bracket=True, newline=" ")
            label = self.inlines(node.content or (Text(node.url),), inside)
            return f"[{url} {label}]" if label.strip() else f"[{url}]"
        return f"[{url}]" if node.numbered else node.url

    def image(self, node: Image, ctx: Ctx = _TOP) -> str:
        body = self._image_body(node, "]]", ctx.newline)
        return f"[[{body}]]" if body else ""

    def _image_body(self, node: Image, after: str, newline: str = " ") -> str:
        """``File:Name|options|alt=…|caption``: the inside of ``[[…]]`` or a gallery line."""
        target = node.target.strip()
        name = esc.title(target if ":" in target else "File:" + target, link=False)
        if not name:
            self.lost(node, "an image with an invalid file name is written as its caption")
            return self.inlines(node.caption, Ctx(newline=" "))
        parts = [name]
        one = Ctx(newline=" ", pipe=True, before="|", after=after)
        for key, value in node.options:
            if key == "alt":
                parts.append("alt=" + self.inlines((Text(value),), one))
                continue
            # A size is written as it reads ("220px"); other options as key=value.
            option = f"{key}={value}" if value and key != "width" else value or key
            if key == "width" and not option.endswith("px"):
                option += "px"
            if re.search(r"[|\[\]{}\n]", option):
                self.lost(node, "an image option that cannot be written is dropped")
            else:
                parts.append(esc.amp(option))
        if node.alt and all(key != "alt" for key, _ in node.options):
            parts.append("alt=" + self.inlines((Text(node.alt),), one))
        if node.caption:
            caption = self.inlines(node.caption, dataclasses.replace(one, newline=newline))
            # A caption that reads as an option ("left", "200px") would be one.
            parts.append("<nowiki/>" + caption if _IMAGE_OPTION.fullmatch(caption) else caption)
        return "|".join(parts)

    def reference(self, node: Reference, ctx: Ctx = _TOP) -> str:
        pairs = tuple(
            (key, value) for key, value in (("name", node.name), ("group", node.group)) if value
        )
        attrs = self._attrs(node, pairs)
        if not node.content:
            return f"<ref{attrs} />"
        # The content is read on its own, as the start of a page.
        body = self.inlines(node.content, Ctx(sol=True, eol=True, before=">", after="<"))
        return f"<ref{attrs}>{esc.trim_lines(body)}</ref>"

    def math(self, node: Math, ctx: Ctx = _TOP) -> str:
        if "</math" in node.tex.lower():
            self.lost(node, "a formula holding </math> cannot be written")
            return ""
        display = ' display="block"' if node.display else ""
        return f"<math{display}>{node.tex}</math>"

    def template(self, node: Template, ctx: Ctx = _TOP) -> str:
        if node.raw:
            return node.raw
        name = node.name.strip()
        if not name or re.search(r"[|{}\[\]<>\n]", name):
            self.lost(node, "a template whose name cannot be written is dropped")
            return ""
        function = name.startswith("#") or name.lower() in _FUNCTIONS
        newline = " " if ctx.newline == " " else "\n"
        out = "{{" + name
        position = 0
        for index, param in enumerate(node.params):
            value = self.template_param(param, param_ctx(newline))
            key = param.name.strip()
            if function and index == 0 and key == "1":
                out += ":" + value
                position = 1
            elif key == str(position + 1) and "=" not in value:
                # Unnamed arguments are numbered in order; "=" would make one named.
                out += "|" + value
                position += 1
            elif key and not re.search(r"[|={}\n]", key):
                out += f"|{key}={value}"
            else:
                self.lost(param, "a parameter whose name cannot be written is dropped")
        return out + "}}"

    def template_param(self, node: TemplateParam, ctx: Ctx = _TOP) -> str:
        return self.inlines(node.value, ctx)

    def raw_inline(self, node: RawInline, ctx: Ctx = _TOP) -> str:
        if node.format.lower() in RAW_FORMATS:
            return node.text
        self.lost(node, f"raw {node.format} content is dropped")
        return ""

    def _attrs(self, node: Node, pairs: Attributes) -> str:
        text, bad = esc.attributes(pairs)
        if bad:
            self.lost(node, "an attribute with an invalid name is dropped")
        return text


def param_ctx(newline: str) -> Ctx:
    """A template argument: ``|`` ends it, and its value may land at a line's start."""
    return Ctx(sol=True, eol=True, pipe=True, newline=newline, before="=", after="|")


def _merge_text(content: tuple[Inline, ...]) -> list[Inline]:
    """The inlines with line breaks as text and neighbouring texts joined, so that each
    run of text is escaped as a whole (``'`` then ``'`` is ``''``)."""
    out: list[Inline] = []
    for node in content:
        if isinstance(node, SoftBreak):
            node = Text("\n")
        if isinstance(node, Text) and out and isinstance(out[-1], Text):
            out[-1] = Text(out[-1].text + node.text)
        else:
            out.append(node)
    return out


def _join(nodes: list[Inline], outs: list[str], ctx: Ctx) -> str:
    """The pieces in order, with ``<nowiki/>`` where two edges would join into markup."""
    if not any(outs):
        return ""
    # What follows each piece, as far as a URL's end could need to look.
    following = [""] * len(outs) + [ctx.after[:32]]
    for index in range(len(outs) - 1, 0, -1):
        following[index - 1] = (outs[index] + following[index])[:32]
    result: list[str] = []
    last = ctx.before
    url: str | None = None
    for index, (node, out) in enumerate(zip(nodes, outs, strict=True)):
        if not out:
            continue
        this_url = node.url if isinstance(node, ExternalLink) and out == node.url else None
        edge = not result and ctx.before == "''"
        if esc.needs_break(last, out, following[index], url, this_url is not None, edge):
            result.append("<nowiki/>")
        result.append(out)
        last, url = out, this_url
    if esc.needs_break(last, ctx.after, "", url, False, ctx.after == "''"):
        result.append("<nowiki/>")
    return "".join(result)
