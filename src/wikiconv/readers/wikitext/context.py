"""The state one wikitext read carries through its passes.

The passes hand text to each other, not trees: what an earlier pass has already
turned into a node (a template, a comment-free ``<nowiki>`` run, a ``<ref>``) is put
in the context's store and replaced in the text by a *marker*, ``\\x7f<n>\\x7f``, so
later passes see one opaque token where the construct was (MediaWiki's strip markers
work the same way). A pass that meets a marker asks the context for the node.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from wikiconv.ast import Block, Diagnostic, Inline
from wikiconv.readers.wikitext.options import WikiOptions

__all__ = ["MARK", "MARKER", "ReadContext"]

MARK = "\x7f"
MARKER = re.compile("\x7f(\\d+)\x7f")
_NEWLINE = re.compile("\n")

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
    # Whether the template depth limit was reported (once per page).
    deep_templates_noted: bool = False
    # Whether a call of this name alone on a line inside a table is a row of it (a
    # template with a row handler); the reader sets it from its registry.
    row_template: Callable[[str], bool] = field(default=lambda name: False)
    # The page's text (line endings normalised), for the line and column of diagnostics.
    source: str = ""
    _line_starts: list[int] = field(default_factory=list)

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

    def note(self, severity: str, code: str, message: str, near: str = "", skip: int = 0) -> None:
        """Record a diagnostic; ``near`` is source text at the place it is about
        (``skip`` characters into it, when it starts with context before the place).

        Passes work on text that has already lost comments and gained markers, so
        they name the place by its source text, which is looked up in the page; a
        snippet that is not found gives a diagnostic without a position.
        """
        found = self.locate(near)
        line, column = self._line_column(found[0] + skip) if found else (None, None)
        diagnostic = Diagnostic(severity, code, message, line, column)  # type: ignore[arg-type]
        self.diagnostics.append(diagnostic)

    def locate(self, near: str, start: int = 0) -> tuple[int, int, int] | None:
        """Where ``near`` first is in the page at or after offset ``start``: its
        offset and its 1-based line and column; ``None`` when it is not there."""
        offset = self.source.find(near, start) if near else -1
        return (offset, *self._line_column(offset)) if offset >= 0 else None

    def _line_column(self, offset: int) -> tuple[int, int]:
        if not self._line_starts:
            self._line_starts.append(0)
            self._line_starts.extend(m.end() for m in _NEWLINE.finditer(self.source))
        index = bisect.bisect_right(self._line_starts, offset) - 1
        return index + 1, offset - self._line_starts[index] + 1
