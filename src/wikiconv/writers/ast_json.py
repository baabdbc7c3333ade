"""Writer for the ``ast`` format: the exact tree, spans and layout included, as JSON."""

from __future__ import annotations

import json
from dataclasses import dataclass

from wikiconv.ast import Document
from wikiconv.errors import TreeError
from wikiconv.writers.base import NodeWriter, Rendered, WriterOptions

__all__ = ["AstWriter"]


@dataclass(frozen=True, slots=True)
class AstOptions(WriterOptions):
    indent: int = 1


class AstWriter(NodeWriter):
    """Serialises the whole tree; nothing is lost, so no per-node methods are needed."""

    name = "ast"
    Options = AstOptions

    def write(self, document: Document) -> Rendered:
        assert isinstance(self.options, AstOptions)
        indent = self.options.indent if self.options.indent > 0 else None
        try:
            text = json.dumps(document.to_dict(), ensure_ascii=False, indent=indent)
        except RecursionError:
            # Only a tree a program built can be this deep: the readers' limits keep
            # theirs hundreds of levels shallower than JSON's encoder allows.
            raise TreeError("the tree is nested too deeply to write as JSON") from None
        return Rendered(text + "\n")
