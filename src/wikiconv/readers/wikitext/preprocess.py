"""The preprocessor: comments, tags whose content is not wikitext, and templates.

Like MediaWiki's preprocessor, this pass runs before any other: it removes comments,
reads ``<nowiki>``, ``<pre>`` and the extension tags (``<ref>``, ``<math>``,
``<gallery>``…) and matches template braces, and puts a marker in the text for each
construct (see :mod:`.context`). Later passes therefore never see a ``}}`` or a ``|``
that belongs to a template, nor markup inside ``<nowiki>``.

Everything is one left-to-right scan per construct kind, so the time is linear in the
input; nested templates are resolved innermost first with an explicit stack, never by
recursion over the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wikiconv.ast import Text
from wikiconv.readers.wikitext.context import MARK, ReadContext
from wikiconv.readers.wikitext.preprocess_tags import TAG_HANDLERS, TRANSPARENT, parse_attributes
from wikiconv.readers.wikitext.templates import build_template

__all__ = ["expand_braces", "preprocess"]

_TAG_NAMES = "|".join(sorted((*TAG_HANDLERS, *TRANSPARENT), key=len, reverse=True))
# A comment, or the opening of a tag the preprocessor reads itself. The attribute part
# stops at the first ">", so a tag never swallows the rest of the page.
_OPENING = re.compile(
    rf"<!--|</(?:noinclude|onlyinclude)\s*>|<({_TAG_NAMES})(?=[\s/>])([^>]*?)(/?)>",
    re.IGNORECASE,
)
_BRACES = re.compile(r"\{\{+|\}\}+")


def preprocess(text: str, ctx: ReadContext) -> str:
    """The text with line endings normalised, comments gone and markers in place."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    ctx.source = text
    if MARK in text:
        ctx.note("warning", "marker-character", "U+007F characters were replaced by U+FFFD", MARK)
        text = text.replace(MARK, "\ufffd")
    text = _xml_unescaped(text, ctx)
    return expand_braces(strip_tags(text, ctx), ctx, drop_unmatched=True)


_XML_ESCAPES = re.compile(r"&(lt|gt|quot|apos|amp|#39);")
_XML_CHARS = {"lt": "<", "gt": ">", "quot": '"', "apos": "'", "amp": "&", "#39": "'"}
_RAW_TAG = re.compile(r"<[A-Za-z!/]")


def _xml_unescaped(text: str, ctx: ReadContext) -> str:
    """Wikitext copied out of an XML dump without unescaping, unescaped once.

    Such text has no tag at all but ``&lt;ref&gt;`` and other escaped tags; read as it
    is, every reference would show as text. Real wikitext that writes about tags
    (``&lt;b&gt;``) without footnotes, or that has any real tag, is left alone.
    """
    if text.count("&lt;") < 3 or "&lt;ref" not in text or _RAW_TAG.search(text):
        return text
    ctx.note(
        "warning", "xml-escaped", "the text looks XML-escaped (&lt;ref&gt;); unescaped once", "&lt;"
    )
    return _XML_ESCAPES.sub(lambda m: _XML_CHARS[m.group(1)], text)


def strip_tags(text: str, ctx: ReadContext) -> str:
    """Remove comments and replace the preprocessor's tags by markers."""
    out: list[str] = []
    position = 0
    closings = _Closings(text)
    while True:
        match = _OPENING.search(text, position)
        if match is None:
            break
        out.append(text[position : match.start()])
        if match.group() == "<!--":
            position = _comment(text, match.start(), out)
            continue
        if match.group(1) is None:  # </noinclude>: the tag goes, its content stays
            position = match.end()
            continue
        name = match.group(1).lower()
        if name in TRANSPARENT:
            position = _transparent(text, match, name, out)
            continue
        attributes = parse_attributes(match.group(2))
        if match.group(3):  # <ref name="x" />
            out.append(ctx.hold(*TAG_HANDLERS[name](None, attributes, ctx, match.group())))
            position = match.end()
            continue
        closing = closings.after(name, match.end())
        if closing is None:
            # MediaWiki shows an unclosed extension tag as text; an unclosed <pre> is
            # then an ordinary HTML tag, which the block pass reads.
            out.append(match.group())
            position = match.end()
            continue
        content, end = text[match.end() : closing.start()], closing.end()
        source = text[match.start() : end]
        out.append(ctx.hold(*TAG_HANDLERS[name](content, attributes, ctx, source)))
        position = end
    out.append(text[position:])
    return "".join(out)


class _Closings:
    """The first closing tag of a name after a position, remembered per name.

    Thousands of unclosed ``<ref>`` would otherwise each search the rest of the page
    for a ``</ref>`` that is not there (or is far away), which is quadratic. The
    first closing tag after ``p`` is also the first after any later position up to
    it, and a search that found none rules out every later position.
    """

    __slots__ = ("_found", "_patterns", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._patterns: dict[str, re.Pattern[str]] = {}
        # name -> (where the search started, the closing tag found there or None)
        self._found: dict[str, tuple[int, re.Match[str] | None]] = {}

    def after(self, name: str, position: int) -> re.Match[str] | None:
        known = self._found.get(name)
        if known is not None:
            start, found = known
            if position >= start and (found is None or position <= found.start()):
                return found
        pattern = self._patterns.get(name)
        if pattern is None:
            pattern = self._patterns[name] = re.compile(rf"</{name}\s*>", re.IGNORECASE)
        found = pattern.search(self._text, position)
        self._found[name] = (position, found)
        return found


def _comment(text: str, start: int, out: list[str]) -> int:
    """Skip a comment; a comment alone on its line takes the line's newline with it.

    Comments in a row, with only spaces and tabs between them, count as one.
    """
    end = _comment_end(text, start)
    while True:
        following = end
        while following < len(text) and text[following] in " \t":
            following += 1
        if not text.startswith("<!--", following):
            break
        end = _comment_end(text, following)
    # MediaWiki: white space around the comment, a newline before and after it (not
    # at the start of the text): then the white space and one newline go too. Only
    # the last piece of output is looked at, so many comments stay linear.
    last = out[-1] if out else ""
    stripped = last.rstrip(" \t")
    after_end = end
    while after_end < len(text) and text[after_end] in " \t":
        after_end += 1
    if stripped.endswith("\n") and after_end < len(text) and text[after_end] == "\n":
        out[-1] = stripped
        return after_end + 1
    return end


def _comment_end(text: str, start: int) -> int:
    end = text.find("-->", start + 4)
    return len(text) if end == -1 else end + 3


def _transparent(text: str, match: re.Match[str], name: str, out: list[str]) -> int:
    """``<noinclude>`` shows its content on the page; ``<includeonly>`` hides it."""
    if name != "includeonly":
        return match.end()
    closing = re.compile(r"</includeonly\s*>", re.IGNORECASE).search(text, match.end())
    return len(text) if closing is None else closing.end()


@dataclass
class _Open:
    """An unmatched run of opening braces: where its text starts in the output."""

    count: int
    out_index: int


def expand_braces(text: str, ctx: ReadContext, drop_unmatched: bool = False) -> str:
    """Match ``{{…}}`` and ``{{{…}}}`` like MediaWiki and put markers in their place.

    Runs of braces match as many as both sides have, three at most at a time (a
    template argument) and otherwise two (a template). MediaWiki shows unmatched
    braces as text; with ``drop_unmatched`` (the page itself, not nested content) runs
    of two or more are dropped instead, with a warning: they are always the debris of
    broken markup, and no reader of the page wants ``}}`` in the prose.
    """
    if "{{" not in text:
        return text
    out: list[str] = []
    stack: list[_Open] = []
    position = 0
    deepest = ctx.options.limits.template_depth
    for match in _BRACES.finditer(text):
        out.append(text[position : match.start()])
        position = match.end()
        run = match.group()
        if run[0] == "{":
            stack.append(_Open(len(run), len(out)))
            out.append(run)
            continue
        closing = len(run)
        while closing >= 2 and stack:
            opening = stack[-1]
            matched = min(opening.count, closing, 3)
            if len(stack) > deepest + 1:
                # Inside a call past the depth limit: its braces stay text as written,
                # and nothing is joined or stored, so depth costs no more than length.
                out.append("}" * matched)
            else:
                # Everything after the opening run is the construct's inner text.
                inner = "".join(out[opening.out_index + 1 :])
                del out[opening.out_index + 1 :]
                braces = out[opening.out_index]
                out[opening.out_index] = braces[: len(braces) - matched]
                if len(stack) > deepest:  # the first call past the limit: kept as text
                    out.append(_too_deep(inner, matched, ctx))
                else:
                    out.append(_construct(inner, matched, ctx))
            opening.count -= matched
            closing -= matched
            if opening.count < 2:
                stack.pop()
                # Leftover single braces and the marker are plain text from here on;
                # an enclosing run further down the stack keeps collecting them.
        if closing >= 2 and drop_unmatched:
            before = ctx.source_of(text[max(0, match.start() - 24) : match.start()])
            ctx.note(
                "warning", "unmatched-braces", "unmatched '}}' dropped", before + "}}", len(before)
            )
        else:
            out.append("}" * closing)
    out.append(text[position:])
    if drop_unmatched:
        for opening in stack:  # still open at the end: never closed
            after = ctx.source_of("".join(out[opening.out_index : opening.out_index + 2]))
            ctx.note("warning", "unmatched-braces", "unmatched '{{' dropped", after[:32])
            out[opening.out_index] = ""
    return "".join(out)


def _too_deep(inner: str, braces: int, ctx: ReadContext) -> str:
    """A call nested past the template depth limit, and all it holds: the text it was
    written as, held behind a marker, so that no enclosing construct reads its braces
    again."""
    source = "{" * braces + ctx.source_of(inner) + "}" * braces
    if not ctx.deep_templates_noted:
        ctx.deep_templates_noted = True
        depth = ctx.options.limits.template_depth
        note = f"template calls nested deeper than {depth} are kept as text"
        ctx.note("warning", "templates-too-deep", note, source[:40])
    return ctx.hold(Text(source), source)


def _construct(inner: str, braces: int, ctx: ReadContext) -> str:
    source = "{" * braces + ctx.source_of(inner) + "}" * braces
    if braces == 3:
        return _argument(inner, ctx, source)
    node = build_template(inner, ctx, source)
    if node is None:  # "{{}}" or "{{|x}}": MediaWiki shows such braces as text
        return source
    return ctx.hold(node, source)


def _argument(inner: str, ctx: ReadContext, source: str) -> str:
    """``{{{1|default}}}`` outside a template: MediaWiki shows the default, if any."""
    _name, bar, default = inner.partition("|")
    if not bar:
        ctx.note(
            "info", "template-argument", f"unfilled template argument {source!r} dropped", source
        )
        return ""
    return default
