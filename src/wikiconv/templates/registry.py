"""The handler registry: template names to the functions that render them.

A handler is a plain function ``(call, ctx) -> tuple[Inline, ...] | None``. It gets the
call (:class:`TemplateCall`, the ``Template`` node with easy access to its parameters)
and the reading context (:class:`HandlerContext`), and returns what the page shows, or
``None`` when it cannot render this call (the template then stays unrendered, as an
unknown one does). Names are compared the way MediaWiki compares page titles.

A *block handler* ``(call, ctx) -> tuple[Block, ...] | None`` renders a call that
stands on a line of its own as blocks (a table); a *block group* renders a run of such
lines together (``{{MedalTableTop}}``, its rows, ``{{MedalBottom}}``). A *row handler*
``(call, ctx) -> tuple[Cell, ...] | None`` renders a call that stands on a line of its
own between the rows of a wikitext table as the cells of a row (``{{Single chart}}``).
They live in tables of their own, beside the inline handlers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TypeAlias, TypeVar

from wikiconv.ast import Block, Cell, Diagnostic, Inline, Template, TemplateParam, Text
from wikiconv.walk import plain_text

__all__ = [
    "BUILTIN",
    "BlockGroup",
    "BlockHandler",
    "BlockOutput",
    "GroupHandler",
    "Handler",
    "HandlerContext",
    "Output",
    "Registry",
    "RowHandler",
    "RowOutput",
    "TemplateCall",
    "block_group",
    "block_handler",
    "handler",
    "normalise_name",
    "row_handler",
    "trim",
]

_SPACES = re.compile(r"[\s_]+")
_NAMESPACE = re.compile(r"^(?:template|vorlage|modèle|plantilla)\s*:\s*", re.IGNORECASE)


def normalise_name(name: str) -> str:
    """A template name as MediaWiki compares it.

    ``_`` is a space, runs of spaces are one, the ends are stripped, a ``Template:``
    prefix goes (the call means the same page with or without it) and the first letter
    is upper case, since MediaWiki titles are case-insensitive only there.
    """
    name = _SPACES.sub(" ", name).strip()
    name = _NAMESPACE.sub("", name)
    return name[:1].upper() + name[1:]


@dataclass(slots=True)
class HandlerContext:
    """What a handler may need beyond the call, and where it may report.

    ``today`` is the reference date for ages ("aged 82"); a fixed date makes reading
    reproducible. ``links`` says whether rendered content keeps the internal links a
    handler makes (as the page does); off, they become their labels.
    Handlers append to ``diagnostics`` and ``metadata``; the reader moves both onto
    the Document.
    """

    today: date = field(default_factory=date.today)
    links: bool = True
    title: str | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    metadata: list[tuple[str, str]] = field(default_factory=list)

    def warn(self, code: str, message: str) -> None:
        self.diagnostics.append(Diagnostic("warning", code, message))


def trim(content: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """The content without white space at its ends (MediaWiki trims named values)."""
    items = list(content)
    while items and isinstance(items[0], Text) and not items[0].text.strip():
        items.pop(0)
    while items and isinstance(items[-1], Text) and not items[-1].text.strip():
        items.pop()
    if items and isinstance(items[0], Text):
        items[0] = Text(items[0].text.lstrip())
    if items and isinstance(items[-1], Text):
        items[-1] = Text(items[-1].text.rstrip())
    return tuple(item for item in items if not (isinstance(item, Text) and not item.text))


class TemplateCall:
    """One template call as a handler sees it.

    Parameters are looked up by position (``1``, ``"1"``) or name. Positional values
    keep their white space in MediaWiki, but no handler here wants it, so both kinds
    come back trimmed; ``param()`` gives the untouched :class:`TemplateParam`.
    """

    __slots__ = ("_params", "name", "template")

    def __init__(self, template: Template) -> None:
        self.template = template
        self.name = normalise_name(template.name)
        # A repeated parameter: the last one wins, as in MediaWiki.
        self._params = {param.name.strip(): param for param in template.params}

    def param(self, key: int | str) -> TemplateParam | None:
        return self._params.get(str(key).strip())

    def has(self, key: int | str) -> bool:
        return str(key).strip() in self._params

    def arg(self, key: int | str, default: tuple[Inline, ...] = ()) -> tuple[Inline, ...]:
        """The value as nodes, trimmed; ``default`` when the parameter is absent."""
        found = self.param(key)
        return default if found is None else trim(found.value)

    def text(self, key: int | str, default: str = "") -> str:
        """The value as plain text, stripped; ``default`` when absent or empty."""
        found = self.param(key)
        value = plain_text(found.value).strip() if found is not None else ""
        return value or default

    def first_text(self, *keys: int | str, default: str = "") -> str:
        """The text of the first of ``keys`` that has a value (for aliased parameters)."""
        for key in keys:
            value = self.text(key)
            if value:
                return value
        return default

    def flag(self, *keys: str) -> bool:
        """Whether a yes/no parameter is on (``yes``, ``y``, ``on``, ``true``, ``1``)."""
        return any(self.text(k).lower() in {"yes", "y", "on", "true", "1", "ja"} for k in keys)

    def positional(self) -> list[tuple[Inline, ...]]:
        """The positional values in order, up to the last one given (gaps are empty)."""
        numbers = sorted(int(k) for k in self._params if k.isdigit() and int(k) > 0)
        last = numbers[-1] if numbers else 0
        return [self.arg(i) for i in range(1, last + 1)]

    def positional_texts(self) -> list[str]:
        numbers = sorted(int(k) for k in self._params if k.isdigit() and int(k) > 0)
        last = numbers[-1] if numbers else 0
        return [self.text(i) for i in range(1, last + 1)]

    def named(self) -> Iterator[tuple[str, tuple[Inline, ...]]]:
        for key, param in self._params.items():
            if not key.isdigit():
                yield key, trim(param.value)


Output: TypeAlias = tuple[Inline, ...] | None
Handler: TypeAlias = Callable[[TemplateCall, HandlerContext], Output]
Matcher = Callable[[str], bool]
BlockOutput: TypeAlias = tuple[Block, ...] | None
BlockHandler: TypeAlias = Callable[[TemplateCall, HandlerContext], BlockOutput]
GroupHandler: TypeAlias = Callable[[Sequence[TemplateCall], HandlerContext], BlockOutput]
RowOutput: TypeAlias = tuple[Cell, ...] | None
RowHandler: TypeAlias = Callable[[TemplateCall, HandlerContext], RowOutput]
_F = TypeVar("_F", bound=Callable[..., object])


@dataclass(frozen=True, slots=True)
class BlockGroup:
    """Calls on consecutive lines that make one block together, like a table built
    row by row: a ``start`` call, ``rows`` calls, and an ``end`` call that closes it.

    ``function`` gets the calls in order (the start first; the end last, when the run
    has one) and returns the blocks the page shows, or ``None``. Names are normalised.
    """

    start: frozenset[str]
    rows: frozenset[str]
    end: frozenset[str]
    function: GroupHandler

    def member(self, name: str) -> bool:
        """Whether a call of this name may follow the start (a row or the end)."""
        key = normalise_name(name)
        return key in self.rows or key in self.end


class Registry:
    """Template names (normalised) to handlers, with name patterns and a fallback.

    ``fallback`` renders any call no name or pattern matches; without one such calls
    stay unrendered. A frozen registry (the built-in one) refuses new handlers: take
    a :meth:`copy` to extend it. Block handlers and block groups are kept apart from
    the inline handlers (:meth:`block_handler`, :meth:`block_group`).
    """

    __slots__ = (
        "_blocks", "_frozen", "_groups", "_handlers", "_patterns", "_rows", "_unique", "fallback"
    )  # fmt: skip

    def __init__(self, fallback: Handler | None = None, *, unique: bool = False) -> None:
        self._handlers: dict[str, Handler] = {}
        self._patterns: list[tuple[Matcher, Handler]] = []
        self._blocks: dict[str, BlockHandler] = {}
        self._groups: dict[str, BlockGroup] = {}
        self._rows: dict[str, RowHandler] = {}
        self._frozen = False
        # A unique registry refuses a second handler for a name (the built-in one, so
        # that no module silently replaces another's handler); others replace it.
        self._unique = unique
        self.fallback = fallback

    def handler(self, name: str, *aliases: str) -> Callable[[Handler], Handler]:
        """Decorator: register the function under ``name`` and each alias."""

        def register(function: Handler) -> Handler:
            self.add(function, name, *aliases)
            return function

        return register

    def add(self, function: Handler, *names: str) -> None:
        self._check()
        for name in names:
            self._claim(self._handlers, name, function)
            self._handlers[normalise_name(name)] = function

    def add_pattern(self, matches: Matcher, function: Handler) -> None:
        """Register a handler for every name ``matches(normalised_name)`` accepts."""
        self._check()
        self._patterns.append((matches, function))

    def block_handler(self, name: str, *aliases: str) -> Callable[[BlockHandler], BlockHandler]:
        """Decorator: register a block handler under ``name`` and each alias."""

        def register(function: BlockHandler) -> BlockHandler:
            self.add_block(function, name, *aliases)
            return function

        return register

    def add_block(self, function: BlockHandler, *names: str) -> None:
        """Render a call of these names that stands alone on its line(s) as blocks."""
        self._check()
        for name in names:
            self._claim(self._blocks, name, function)
            self._blocks[normalise_name(name)] = function

    def row_handler(self, name: str, *aliases: str) -> Callable[[RowHandler], RowHandler]:
        """Decorator: register a row handler under ``name`` and each alias."""

        def register(function: RowHandler) -> RowHandler:
            self.add_row(function, name, *aliases)
            return function

        return register

    def add_row(self, function: RowHandler, *names: str) -> None:
        """Render a call of these names alone on a line inside a wikitext table as a row."""
        self._check()
        for name in names:
            self._claim(self._rows, name, function)
            self._rows[normalise_name(name)] = function

    def block_group(
        self, start: Sequence[str], end: Sequence[str] = (), rows: Sequence[str] = ()
    ) -> Callable[[GroupHandler], GroupHandler]:
        """Decorator: register a group handler for runs from ``start`` to ``end``."""

        def register(function: GroupHandler) -> GroupHandler:
            self.add_block_group(function, start, end, rows)
            return function

        return register

    def add_block_group(
        self,
        function: GroupHandler,
        start: Sequence[str],
        end: Sequence[str] = (),
        rows: Sequence[str] = (),
    ) -> None:
        """Render a run of lines of calls, a ``start`` call first, as one set of blocks.

        The run goes on while each line holds only ``rows`` or ``end`` calls and stops
        after the line of the ``end`` call (or before the first other line).
        """
        self._check()
        group = BlockGroup(
            frozenset(map(normalise_name, start)),
            frozenset(map(normalise_name, rows)),
            frozenset(map(normalise_name, end)),
            function,
        )
        for name in group.start:
            self._groups[name] = group

    def lookup(self, name: str) -> Handler | None:
        key = normalise_name(name)
        found = self._handlers.get(key)
        if found is not None:
            return found
        for matches, function in self._patterns:
            if matches(key):
                return function
        return self.fallback

    def lookup_block(self, name: str) -> BlockHandler | None:
        """The block handler of a name, if it has one."""
        return self._blocks.get(normalise_name(name))

    def lookup_group(self, name: str) -> BlockGroup | None:
        """The block group a call of this name starts, if any."""
        return self._groups.get(normalise_name(name))

    def lookup_row(self, name: str) -> RowHandler | None:
        """The row handler of a name, if it has one."""
        return self._rows.get(normalise_name(name))

    def is_block_name(self, name: str) -> bool:
        """Whether a block handler, a block group or a row handler knows this name."""
        key = normalise_name(name)
        if key in self._blocks or key in self._groups or key in self._rows:
            return True
        return any(group.member(key) for group in self._groups.values())

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and normalise_name(name) in self._handlers

    def names(self) -> list[str]:
        return sorted(self._handlers)

    def block_names(self) -> list[str]:
        """Every name with a block or row handler or starting, continuing or ending a
        group."""
        names = set(self._blocks) | set(self._rows)
        for group in self._groups.values():
            names |= group.start | group.rows | group.end
        return sorted(names)

    def copy(self) -> Registry:
        """An unfrozen copy, to register more handlers or replace some."""
        other = Registry(self.fallback)
        other._handlers = dict(self._handlers)
        other._patterns = list(self._patterns)
        other._blocks = dict(self._blocks)
        other._groups = dict(self._groups)
        other._rows = dict(self._rows)
        return other

    def freeze(self) -> None:
        self._frozen = True

    def _claim(self, table: dict[str, _F], name: str, function: _F) -> None:
        taken = table.get(normalise_name(name))
        if self._unique and taken is not None and taken is not function:
            where = f"{taken.__module__}.{getattr(taken, '__name__', taken)}"
            raise ValueError(f"{name!r} already has a handler: {where}")

    def _check(self) -> None:
        if self._frozen:
            raise RuntimeError("this registry is frozen; register into registry.copy()")


BUILTIN = Registry(unique=True)
"""The built-in table, filled while the handler modules are imported, then frozen."""


def handler(name: str, *aliases: str) -> Callable[[Handler], Handler]:
    """Register a built-in handler (for the modules of this package)."""
    return BUILTIN.handler(name, *aliases)


def block_handler(name: str, *aliases: str) -> Callable[[BlockHandler], BlockHandler]:
    """Register a built-in block handler (for the modules of this package)."""
    return BUILTIN.block_handler(name, *aliases)


def row_handler(name: str, *aliases: str) -> Callable[[RowHandler], RowHandler]:
    """Register a built-in row handler (for the modules of this package)."""
    return BUILTIN.row_handler(name, *aliases)


def block_group(
    start: Sequence[str], end: Sequence[str] = (), rows: Sequence[str] = ()
) -> Callable[[GroupHandler], GroupHandler]:
    """Register a built-in block group (for the modules of this package)."""
    return BUILTIN.block_group(start, end, rows)
