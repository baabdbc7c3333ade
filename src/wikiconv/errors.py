"""Exceptions raised by wikiconv. All derive from :class:`WikiconvError`."""

from __future__ import annotations

__all__ = ["FormatError", "InputError", "TreeError", "WikiconvError"]


class WikiconvError(Exception):
    """Base of every error wikiconv raises on purpose."""


class FormatError(WikiconvError):
    """An unknown format name, or a reader/writer option that does not exist."""


class TreeError(WikiconvError):
    """Data that does not describe a valid tree (bad ``from_dict`` input)."""


class InputError(WikiconvError):
    """An input that cannot be read as text: not UTF-8, unreadable, or empty.

    ``location`` is the place to report (``file`` or ``file:line:column``).
    """

    def __init__(self, location: str, reason: str) -> None:
        super().__init__(f"{location}: {reason}")
        self.location = location
        self.reason = reason
