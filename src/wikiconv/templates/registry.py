"""The handler registry: template names to the functions that render them.

A handler is a plain function ``(call, ctx) -> tuple[Inline, ...] | None``. It gets the
call (:class:`TemplateCall`, the ``Template`` node with easy access to its parameters)
and the reading context (:class:`HandlerContext`), and returns what the page shows, or
``None`` when it cannot render this call (the template then stays unrendered, as an
unknown one does). Names are compared the way MediaWiki compares page titles.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TypeAlias

from wikiconv.ast import Diagnostic, Inline, Template, TemplateParam, Text
from wikiconv.walk import plain_text

__all__ = [
    "BUILTIN",
    "Handler",
    "HandlerContext",
    "Output",
    "Registry",
    "TemplateCall",
    "handler",
    "normalise_name",
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


class Registry:
    """Template names (normalised) to handlers, with name patterns and a fallback.

    ``fallback`` renders any call no name or pattern matches; without one such calls
    stay unrendered. A frozen registry (the built-in one) refuses new handlers: take
    a :meth:`copy` to extend it.
    """

    __slots__ = ("_frozen", "_handlers", "_patterns", "fallback")

    def __init__(self, fallback: Handler | None = None) -> None:
        self._handlers: dict[str, Handler] = {}
        self._patterns: list[tuple[Matcher, Handler]] = []
        self._frozen = False
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
            self._handlers[normalise_name(name)] = function

    def add_pattern(self, matches: Matcher, function: Handler) -> None:
        """Register a handler for every name ``matches(normalised_name)`` accepts."""
        self._check()
        self._patterns.append((matches, function))

    def lookup(self, name: str) -> Handler | None:
        key = normalise_name(name)
        found = self._handlers.get(key)
        if found is not None:
            return found
        for matches, function in self._patterns:
            if matches(key):
                return function
        return self.fallback

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and normalise_name(name) in self._handlers

    def names(self) -> list[str]:
        return sorted(self._handlers)

    def copy(self) -> Registry:
        """An unfrozen copy, to register more handlers or replace some."""
        other = Registry(self.fallback)
        other._handlers = dict(self._handlers)
        other._patterns = list(self._patterns)
        return other

    def freeze(self) -> None:
        self._frozen = True

    def _check(self) -> None:
        if self._frozen:
            raise RuntimeError("this registry is frozen; register into registry.copy()")


BUILTIN = Registry()
"""The built-in table, filled while the handler modules are imported, then frozen."""


def handler(name: str, *aliases: str) -> Callable[[Handler], Handler]:
    """Register a built-in handler (for the modules of this package)."""
    return BUILTIN.handler(name, *aliases)
