"""The unknown-template report: which templates a set of articles calls, how often,
and whether a handler renders them. It is the backlog for new handlers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TextIO

from wikiconv.ast import Document, Infobox, Template
from wikiconv.readers.wikitext.infobox import is_infobox_name
from wikiconv.templates import Registry, normalise_name
from wikiconv.walk import source_nodes

__all__ = ["TemplateReport"]


@dataclass
class TemplateReport:
    """Counts of template calls by normalised name, over any number of documents.

    A call counts as covered when a handler of ``registry`` knows its name, or when it
    is an infobox (read as an Infobox block). Calls inside other calls' parameters are
    counted too; calls made by a handler's own rendering are not.
    """

    registry: Registry
    calls: Counter[str] = field(default_factory=Counter)

    def add(self, document: Document) -> None:
        for node in source_nodes(document):
            if isinstance(node, (Template, Infobox)):
                self.calls[normalise_name(node.name)] += 1

    def covered(self, name: str) -> bool:
        return self.registry.lookup(name) is not None or is_infobox_name(name)

    def write(self, out: TextIO, limit: int | None = None) -> None:
        """The table, most frequent first, then the share of calls covered."""
        total = sum(self.calls.values())
        handled = sum(n for name, n in self.calls.items() if self.covered(name))
        out.write(f"{'calls':>7}  {'handled':<7}  template\n")
        rows: Iterable[tuple[str, int]] = self.calls.most_common(limit)
        for name, count in rows:
            out.write(f"{count:>7}  {'yes' if self.covered(name) else 'no':<7}  {name}\n")
        share = 100 * handled / total if total else 100.0
        out.write(
            f"\n{total} calls of {len(self.calls)} templates; {handled} handled ({share:.1f}%)\n"
        )
