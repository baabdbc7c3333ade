"""Generic machinery shared by all tree nodes: exact dict round trip and child access.

Kept apart from :mod:`wikiconv.ast` so that the node module reads as a plain list of
node types. Nothing here knows a particular node: it works over dataclass fields.
"""

from __future__ import annotations

import dataclasses
import sys
import types
import typing
from collections.abc import Iterator
from typing import Any, ClassVar

from wikiconv.errors import TreeError

__all__ = ["Node", "from_dict", "node_types"]

_MISSING = dataclasses.MISSING


class Node:
    """Base of every tree node. Subclasses are frozen, slotted dataclasses."""

    __slots__ = ()
    _registry: ClassVar[dict[str, type[Node]]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # dataclass(slots=True) builds a second class with the same name; the later
        # registration wins, which is the slotted class that callers actually get.
        Node._registry[cls.__name__] = cls

    def to_dict(self) -> dict[str, Any]:
        """The node as JSON-ready data: ``{"type": name, field: value, ...}``.

        Fields that hold their default value are left out, so the data stays small;
        :func:`from_dict` puts them back.
        """
        dumped: dict[str, Any] = _dump(self)
        return dumped

    def children(self) -> Iterator[Node]:
        """Direct child nodes, in field order (spans and layout included)."""
        for name, _ in _field_defaults(type(self)):
            yield from _nodes_in(getattr(self, name))


_FIELD_DEFAULTS: dict[type, tuple[tuple[str, Any], ...]] = {}


def _field_defaults(cls: type) -> tuple[tuple[str, Any], ...]:
    """(name, default) of each dataclass field; memoised, as node types never change."""
    cached = _FIELD_DEFAULTS.get(cls)
    if cached is not None:
        return cached
    pairs: list[tuple[str, Any]] = []
    for f in dataclasses.fields(cls):
        if f.default is not _MISSING:
            default = f.default
        elif f.default_factory is not _MISSING:
            default = f.default_factory()
        else:
            default = _MISSING
        pairs.append((f.name, default))
    _FIELD_DEFAULTS[cls] = tuple(pairs)
    return _FIELD_DEFAULTS[cls]


def _nodes_in(value: object) -> Iterator[Node]:
    if isinstance(value, Node):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from _nodes_in(item)


def _dump(root: object) -> Any:
    """A value as JSON-ready data, built with an explicit stack: a tree nested
    thousands deep (one a program built, or one read from JSON) must not exhaust
    Python's recursion limit on its way out."""
    top: list[Any] = [None]
    # Each entry: a value, and the list or dict slot its data goes into.
    work: list[tuple[object, Any, int | str]] = [(root, top, 0)]
    while work:
        value, holder, slot = work.pop()
        if isinstance(value, Node):
            out: dict[str, Any] = {"type": type(value).__name__}
            holder[slot] = out
            for name, default in _field_defaults(type(value)):
                field_value = getattr(value, name)
                if default is not _MISSING and field_value == default:
                    continue
                out[name] = None  # keeps the field order; filled from the stack
                work.append((field_value, out, name))
        elif isinstance(value, tuple):
            items: list[Any] = [None] * len(value)
            holder[slot] = items
            work.extend((item, items, index) for index, item in enumerate(value))
        else:
            holder[slot] = value
    return top[0]


def node_types() -> dict[str, type[Node]]:
    """Every node type by name (a copy: the registry itself stays private)."""
    return dict(Node._registry)


def from_dict(data: Any) -> Any:
    """Rebuild a node (or a list of them) from :meth:`Node.to_dict` output.

    Raises :class:`~wikiconv.errors.TreeError` naming the path of the first value that
    is not a valid node.
    """
    return _load(data, "$")


class _Loading:
    """One list or node being rebuilt: its parts in order, and what they became."""

    __slots__ = ("cls", "keys", "parts", "path", "values")

    def __init__(self, data: list[Any] | dict[str, Any], path: str) -> None:
        self.path = path
        self.values: list[Any] = []
        self.cls: type[Node] | None = None
        self.keys: list[str] = []
        if isinstance(data, list):
            self.parts = [(item, f"{path}[{i}]") for i, item in enumerate(data)]
            return
        type_name = data.get("type")
        cls = Node._registry.get(type_name) if isinstance(type_name, str) else None
        if cls is None:
            raise TreeError(f"{path}: unknown node type {type_name!r}")
        known = {name for name, _ in _field_defaults(cls)}
        unknown = set(data) - known - {"type"}
        if unknown:
            raise TreeError(f"{path}: {type_name} has no field {sorted(unknown)[0]!r}")
        self.cls = cls
        self.keys = [key for key in data if key != "type"]
        self.parts = [(data[key], f"{path}.{key}") for key in self.keys]

    def finish(self) -> Any:
        if self.cls is None:
            return tuple(self.values)
        kwargs = dict(zip(self.keys, self.values, strict=True))
        hints, name = _hints(self.cls), self.cls.__name__
        for key, value in kwargs.items():
            if not _fits(value, hints[key]):
                raise TreeError(f"{self.path}.{key}: {name} needs {_describe(hints[key])}")
        try:
            return self.cls(**kwargs)
        except TypeError as exc:
            raise TreeError(f"{self.path}: cannot build {name}: {exc}") from None


def _load(data: Any, path: str) -> Any:
    """The value rebuilt with an explicit stack, so that JSON nested thousands deep
    does not exhaust Python's recursion limit."""
    if not isinstance(data, (list, dict)):
        return data
    stack = [_Loading(data, path)]
    while True:
        frame = stack[-1]
        if len(frame.values) < len(frame.parts):
            part, part_path = frame.parts[len(frame.values)]
            if isinstance(part, (list, dict)):
                stack.append(_Loading(part, part_path))
            else:
                frame.values.append(part)
            continue
        stack.pop()
        value = frame.finish()
        if not stack:
            return value
        stack[-1].values.append(value)


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    """The resolved type of each field (memoised): node modules use string annotations."""
    hints = _HINTS.get(cls)
    if hints is None:
        scope = vars(sys.modules[cls.__module__])
        hints = _HINTS[cls] = {
            # The annotation's own text, read where it was written (trusted source).
            f.name: eval(f.type, scope) if isinstance(f.type, str) else f.type
            for f in dataclasses.fields(cls)
        }
    return hints


def _describe(hint: Any) -> str:
    """A field's type in words, for the error that names it."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Literal:
        return "one of " + ", ".join(repr(arg) for arg in args)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return f"a list of {_describe(args[0])}"
        return f"a list of {len(args)}: " + ", ".join(_describe(arg) for arg in args)
    if origin in (typing.Union, types.UnionType):
        named = [_describe(arg) for arg in args]
        return " or ".join(named) if len(named) <= 3 else "nodes of the kind this field holds"
    names = {int: "an integer", str: "a string", bool: "true or false", type(None): "null"}
    return names.get(hint, getattr(hint, "__name__", str(hint)))


def _fits(value: Any, hint: Any) -> bool:
    """Whether a loaded value has the field's type, so that a writer can rely on it (a
    list kind outside its choices, a colspan that is a string, a node where text
    belongs). The values of a tuple are checked one level down; nodes were checked
    when they were built."""
    origin = typing.get_origin(hint)
    if hint is Any:
        return True
    if origin is typing.Literal:
        return value in typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return any(_fits(value, arm) for arm in typing.get_args(hint))
    if origin is tuple:
        if not isinstance(value, tuple):
            return False
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return all(_fits(item, args[0]) for item in value)
        return len(args) == len(value) and all(map(_fits, value, args))
    if hint is type(None):
        return value is None
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if isinstance(hint, type):
        return isinstance(value, hint)
    return True
