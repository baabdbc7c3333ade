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
        document = from_dict(data)
    except json.JSONDecodeError as exc:
        raise TreeError(f"not JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise TreeError("the tree is nested too deeply to read") from None
    if not isinstance(document, Document):
        raise TreeError("$: the top-level node is not a Document")
    return document
