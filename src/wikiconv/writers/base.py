"""What every writer shares: node dispatch, options, and the report of what was lost.

A writer is a class with one method per node type, named after the type in snake case
(``paragraph``, ``infobox_field``…), like a markdown-it renderer has one method per
token type. The table of methods is built once per class. A writer that cannot express
a node still has its method; the method says so through :meth:`NodeWriter.lost`, so no
content disappears without a diagnostic.
"""

from __future__ import annotations

import builtins
import dataclasses
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from wikiconv.ast import Diagnostic, Document
from wikiconv.errors import FormatError
from wikiconv.nodeio import Node

__all__ = ["NodeWriter", "Rendered", "WriterOptions", "method_name"]


@dataclass(frozen=True, slots=True)
class WriterOptions:
    """Base of each writer's options. Field names double as CLI flags (``--name``)."""


@dataclass(frozen=True, slots=True)
class Rendered:
    """A writer's output and what it had to report while writing."""

    text: str
    diagnostics: tuple[Diagnostic, ...] = ()


def method_name(node_type: type) -> str:
    """``InfoboxField`` -> ``infobox_field``: the writer method for a node type.

    A name that is also a builtin (``list``) gets a trailing underscore, so that the
    method does not shadow the builtin inside the writer's class body.
    """
    name = re.sub(r"(?<!^)(?=[A-Z])", "_", node_type.__name__).lower()
    return name + "_" if name in dir(builtins) else name


class NodeWriter:
    """Base class of the writers. One instance writes one document."""

    name: ClassVar[str] = ""
    Options: ClassVar[type[WriterOptions]] = WriterOptions
    _methods: ClassVar[dict[type, Callable[..., Any]]]

    def __init__(self, options: WriterOptions) -> None:
        self.options = options
        self._lost: Counter[tuple[str, str]] = Counter()
        self._notes: list[Diagnostic] = []

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._methods = {}

    @classmethod
    def make_options(cls, **options: Any) -> WriterOptions:
        """Options from keyword arguments, refusing names this writer does not have."""
        known = {f.name for f in dataclasses.fields(cls.Options)}
        unknown = sorted(set(options) - known)
        if unknown:
            flags = ", ".join(sorted(known)) or "none"
            raise FormatError(
                f"the {cls.name} writer has no option {unknown[0]!r} (it has: {flags})"
            )
        return cls.Options(**options)

    def write(self, document: Document) -> Rendered:
        """Write ``document``; diagnostics say what the format could not express."""
        text = self.document(document)
        return Rendered(text, self.write_notes())

    def write_notes(self) -> tuple[Diagnostic, ...]:
        """The diagnostics gathered so far, losses summed up per node type and reason."""
        notes = list(self._notes)
        for (type_name, reason), count in sorted(self._lost.items()):
            times = "" if count == 1 else f" ({count} times)"
            notes.append(
                Diagnostic(
                    "warning", "not-expressible", f"{self.name}: {type_name}: {reason}{times}"
                )
            )
        return tuple(notes)

    def document(self, document: Document) -> str:
        raise NotImplementedError

    def dispatch(self, node: Node, *args: Any) -> Any:
        """Call the method for ``node``'s type; extra arguments pass through."""
        cls = type(self)
        method = cls._methods.get(type(node))
        if method is None:
            method = getattr(cls, method_name(type(node)), None)
            if method is None:
                raise FormatError(f"{cls.name} writer has no method for {type(node).__name__}")
            cls._methods[type(node)] = method
        return method(self, node, *args)

    def lost(self, node: Node, reason: str) -> None:
        """Record that ``node`` could not be expressed fully (aggregated per type)."""
        self._lost[(type(node).__name__, reason)] += 1

    def note(self, diagnostic: Diagnostic) -> None:
        """Record any other diagnostic about this output."""
        self._notes.append(diagnostic)
