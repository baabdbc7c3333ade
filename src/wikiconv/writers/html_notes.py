"""Footnotes in HTML: superscript markers linked to ordered lists that link back.

A list can only be written once every citation of its footnotes is known (each
citation gets a back-link), and a footnote cited again after its list is still
that footnote. So a list is written as a placeholder and filled in when the whole
body is written. Numbering follows :mod:`wikiconv.references`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from wikiconv.ast import Document, Inline, Reference, ReferenceList, Template
from wikiconv.nodeio import Node
from wikiconv.references import Footnotes, Note, cite_error
from wikiconv.templates.harv import citeref, is_citation
from wikiconv.templates.registry import TemplateCall
from wikiconv.urls import wiki_id
from wikiconv.writers.html_page import attrs_html, text_html

__all__ = ["FootnoteState", "HtmlFootnotes"]

# Filled in at the end; NUL cannot occur in written HTML (text_html replaces it).
_PLACEHOLDER = "\x00footnotes-{}\x00"
# HTML's own list numbering for the counting styles that have one.
_OL_TYPES = {"lower-alpha": "a", "upper-alpha": "A", "lower-roman": "i", "upper-roman": "I"}


@dataclass(slots=True)
class FootnoteState:
    """One document's footnotes as the HTML writer goes: numbering, the ids of each
    footnote's citations, each footnote's HTML, and the lists still to fill."""

    numbering: Footnotes
    uses: dict[tuple[str, int], list[str]] = field(default_factory=dict)
    texts: dict[tuple[str, int], str] = field(default_factory=dict)
    lists: list[tuple[str, list[Note]]] = field(default_factory=list)
    cited_works: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, document: Document) -> FootnoteState:
        return cls(Footnotes(document))


class NotesContext(Protocol):
    """What the footnote methods need of the writer's context."""

    notes: FootnoteState


def anchor(note: Note) -> str:
    """The id part of a footnote: "3", or "lower-alpha-2" for a group's note."""
    return f"{wiki_id(note.group)}-{note.number}" if note.group else str(note.number)


class HtmlFootnotes:
    """The HTML writer's footnote methods; ``ctx.notes`` is the :class:`FootnoteState`."""

    if TYPE_CHECKING:

        def inlines(self, content: tuple[Inline, ...], ctx: Any) -> str: ...
        def lost(self, node: Node, reason: str) -> None: ...

    def cited_work(self, call: Template, inner: str, ctx: NotesContext) -> str:
        """A citation's HTML inside ``<cite>`` with the anchor harv links point to
        ("CITEREFSmith2001"), as on Wikipedia; once per anchor, as ids are unique."""
        if not is_citation(call.name):  # most calls: no need to read the parameters
            return inner
        anchor = wiki_id(citeref(TemplateCall(call)))
        if not anchor or anchor in ctx.notes.cited_works:
            return inner
        ctx.notes.cited_works.add(anchor)
        return f'<cite class="citation"{attrs_html([("id", anchor)])}>{inner}</cite>'

    def reference(self, node: Reference, ctx: NotesContext) -> str:
        state = ctx.notes
        note, number = state.numbering.cite(node)
        key = (note.group, note.number)
        use = f"cite-ref-{anchor(note)}" + (f"-{number}" if number > 1 else "")
        state.uses.setdefault(key, []).append(use)
        # The text is written at its first citation, as MediaWiki reads it there, so
        # footnotes cited inside it are numbered next.
        if key not in state.texts and note.content is not None:
            state.texts[key] = ""  # a note that cites itself is not written inside itself
            state.texts[key] = self.inlines(note.content, ctx)
        href = [("href", f"#cite-note-{anchor(note)}")]
        link = f"<a{attrs_html(href)}>[{text_html(note.label)}]</a>"
        return f"<sup{attrs_html([('class', 'reference'), ('id', use)])}>{link}</sup>"

    def reference_list(self, node: ReferenceList, ctx: NotesContext) -> str:
        state = ctx.notes
        return _placeholder(self, node.group.strip(), state.numbering.list_at(node), ctx)

    def remaining_lists(self, ctx: NotesContext) -> list[str]:
        """Placeholders for the footnotes no list showed, as lists at the page end."""
        state = ctx.notes
        out: list[str] = []
        while remaining := state.numbering.remaining():
            out.extend(_placeholder(self, group, notes, ctx) for group, notes in remaining)
        return out

    def fill_lists(self, html: str, ctx: NotesContext) -> str:
        """The HTML with every list placeholder replaced by its ``<ol>``."""
        state = ctx.notes
        for index, (group, notes) in enumerate(state.lists):
            html = html.replace(_PLACEHOLDER.format(index), _ordered_list(group, notes, state))
        return html


def _placeholder(writer: HtmlFootnotes, group: str, notes: list[Note], ctx: NotesContext) -> str:
    if not notes:
        return ""
    state = ctx.notes
    for note in notes:
        key = (note.group, note.number)
        if key in state.texts:
            continue
        # A list-defined footnote's text is written where its list is.
        if note.content is None:
            writer.lost(Reference(), "a footnote is cited but never given its text")
            state.texts[key] = text_html(cite_error(note))
        else:
            state.texts[key] = writer.inlines(note.content, ctx)
    state.lists.append((group, notes))
    return _PLACEHOLDER.format(len(state.lists) - 1)


def _ordered_list(group: str, notes: list[Note], state: FootnoteState) -> str:
    items = "".join(
        f"<li{attrs_html([('id', f'cite-note-{anchor(note)}')])}>"
        f"{_backlinks(state.uses.get((note.group, note.number), []))}"
        f"{state.texts[(note.group, note.number)]}</li>\n"
        for note in notes
    )
    attrs = [("class", "references")]
    if group:
        attrs.append(("data-group", group))
    if group in _OL_TYPES:
        attrs.append(("type", _OL_TYPES[group]))
    if notes[0].number != 1:
        attrs.append(("start", str(notes[0].number)))
    return f"<ol{attrs_html(attrs)}>\n{items}</ol>"


def _backlinks(uses: list[str]) -> str:
    """``↑`` back to the one citation, or ``↑ a b c`` when a footnote is cited repeatedly."""
    if not uses:
        return ""
    if len(uses) == 1:
        return f'<a class="backlink"{attrs_html([("href", f"#{uses[0]}")])}>↑</a> '
    labels = [chr(ord("a") + i) if i < 26 else str(i + 1) for i in range(len(uses))]
    links = " ".join(
        f"<a{attrs_html([('href', f'#{use}')])}>{label}</a>"
        for use, label in zip(uses, labels, strict=True)
    )
    return f'<span class="backlink">↑ {links}</span> '
