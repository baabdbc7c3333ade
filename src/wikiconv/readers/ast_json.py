"""Reader for the ``ast`` format: the JSON that :meth:`Node.to_dict` produces."""

from __future__ import annotations

import json

from wikiconv.ast import Document
from wikiconv.errors import TreeError
from wikiconv.nodeio import from_dict

__all__ = ["read"]


def read(text: str) -> Document:
    """Rebuild a Document from its exact JSON form."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TreeError(f"{exc.lineno}:{exc.colno}: not JSON: {exc.msg}") from None
    document = from_dict(data)
    if not isinstance(document, Document):
        raise TreeError("$: the top-level node is not a Document")
    return document
