"""The state one wikitext read carries through its passes.

The passes hand text to each other, not trees: what an earlier pass has already
turned into a node (a template, a comment-free ``<nowiki>`` run, a ``<ref>``) is put
in the context's store and replaced in the text by a *marker*, ``\\x7f<n>\\x7f``, so
later passes see one opaque token where the construct was (MediaWiki's strip markers
work the same way). A pass that meets a marker asks the context for the node.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from wikiconv.ast import Block, Diagnostic, Inline
from wikiconv.readers.wikitext.options import WikiOptions

__all__ = ["MARK", "MARKER", "ReadContext"]

MARK = "\x7f"
MARKER = re.compile("\x7f(\\d+)\x7f")

InlineParser = Callable[[str, "ReadContext"], tuple[Inline, ...]]
BlockParser = Callable[[str, "ReadContext"], tuple[Block, ...]]


@dataclass
class ReadContext:
    """Everything one read of one document shares; never reused across documents.

    ``parse_inline`` and ``parse_blocks`` are the reader's own passes, reachable from
    any pass that meets nested wikitext (a template parameter, a table cell, a
    ``<ref>``), so that the passes do not import each other in a cycle.
    """

    options: WikiOptions
    parse_inline: InlineParser
    parse_blocks: BlockParser
    store: list[Inline | Block] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    metadata: list[tuple[str, str]] = field(default_factory=list)
    external_link_count: int = 0

    def hold(self, node: Inline | Block, source: str) -> str:
        """Store ``node`` and return the marker that stands for it in the text.

        ``source`` is the wikitext the node was read from, markers resolved, so that
        :meth:`source_of` can give back the original spelling of any text.
        """
        self.store.append(node)
        self.sources.append(self.source_of(source))
        return f"{MARK}{len(self.store) - 1}{MARK}"

    def source_of(self, text: str) -> str:
        """``text`` with every marker replaced by the wikitext it stands for."""
        if MARK not in text:
            return text
        return MARKER.sub(lambda m: self.sources[int(m.group(1))], text)

    def node(self, index: int) -> Inline | Block:
        """The node behind marker number ``index``."""
        return self.store[index]

    def note(self, severity: str, code: str, message: str) -> None:
        """Record a diagnostic (positions are added where a pass knows them)."""
        self.diagnostics.append(Diagnostic(severity, code, message))  # type: ignore[arg-type]
