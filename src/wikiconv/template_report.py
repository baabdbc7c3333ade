"""The unknown-template report: which templates a set of articles calls, how often,
and whether a handler renders them. It is the backlog for new handlers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TextIO

from wikiconv.ast import Document, Infobox, Template
from wikiconv.readers.wikitext.footnote_fallback import fallback_calls
from wikiconv.readers.wikitext.furniture import furniture_calls
from wikiconv.templates import normalise_name
from wikiconv.walk import source_nodes

__all__ = ["TemplateReport"]


@dataclass
class TemplateReport:
    """Counts of template calls by normalised name, over any number of documents.

    A call counts as handled when the read document shows it: a handler rendered it
    (possibly as nothing, for a template that shows nothing), a rule dropped it as
    page furniture (a navigation box at the page end), or it is an infobox (read as
    an Infobox block). The count is per call, so a handler that gives up on some
    calls of a template (an unknown unit) leaves those calls unhandled. Calls inside
    other calls' parameters are counted too; calls made by a handler are not. A call
    inside one that renders nothing is not shown either, and counts as handled.
    """

    calls: Counter[str] = field(default_factory=Counter)
    handled: Counter[str] = field(default_factory=Counter)
    # Of the handled calls, those a place rule left out as page furniture.
    placed: Counter[str] = field(default_factory=Counter)

    def add(self, document: Document) -> None:
        # Calls inside a call that shows nothing (a navigation box container, an
        # #if branch not taken) are not on the page either: the rule that dropped
        # the outer call covers them.
        hidden: set[int] = set()
        self.placed.update(furniture_calls(document))
        # A call whose footnote shows its bare arguments has no rendering of its own.
        fallbacks = Counter(fallback_calls(document))
        for node in source_nodes(document):
            if isinstance(node, Infobox):
                name = normalise_name(node.name)
                self.calls[name] += 1
                self.handled[name] += 1
            elif isinstance(node, Template):
                name = normalise_name(node.name)
                self.calls[name] += 1
                shown = node.rendered is not None or id(node) in hidden
                if fallbacks[name] and node.rendered is not None:
                    fallbacks[name] -= 1
                    shown = False
                self.handled[name] += shown
                if node.rendered == () or id(node) in hidden:
                    hidden.update(id(inner) for inner in source_nodes(node) if inner is not node)

    def write(self, out: TextIO, limit: int | None = None) -> None:
        """The table, most frequent first, then the share of calls handled.

        A template all of whose calls a place rule left out is marked ``place``.
        """
        total = sum(self.calls.values())
        handled = sum(self.handled.values())
        out.write(f"{'calls':>7}  {'handled':<7}  template\n")
        rows: Iterable[tuple[str, int]] = self.calls.most_common(limit)
        for name, count in rows:
            done = self.handled[name]
            mark = "yes" if done == count else "no" if not done else f"{done}"
            if self.placed[name] == count:
                mark = "place"
            out.write(f"{count:>7}  {mark:<7}  {name}\n")
        share = 100 * handled / total if total else 100.0
        placed = sum(self.placed.values())
        out.write(
            f"\n{total} calls of {len(self.calls)} templates; {handled} handled ({share:.1f}%):"
            f" {handled - placed} by handlers, {placed} by place as page furniture\n"
        )
