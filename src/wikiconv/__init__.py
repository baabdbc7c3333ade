"""wikiconv: wiki articles into one typed syntax tree, and out to other formats.

>>> import wikiconv
>>> doc = wikiconv.parse("= Title =\\n\\nSome text.\\n")
>>> doc.title
'Title'
>>> wikiconv.render(doc, "markdown")
'# Title\\n\\nSome text.\\n'
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from wikiconv.ast import Diagnostic, Document
from wikiconv.detect import detect_format
from wikiconv.errors import FormatError, InputError, TreeError, WikiconvError
from wikiconv.formats import lookup, reader_for, writer_for
from wikiconv.nodeio import from_dict
from wikiconv.readers.wikitext import read as read_wikitext
from wikiconv.readers.wikitext.limits import Limits
from wikiconv.readers.wikitext.options import WikiOptions
from wikiconv.templates import Registry
from wikiconv.walk import iter_nodes, transform
from wikiconv.writers.base import Rendered

__all__ = [
    "Diagnostic",
    "Document",
    "FormatError",
    "InputError",
    "Limits",
    "Rendered",
    "TreeError",
    "WikiOptions",
    "WikiconvError",
    "__version__",
    "convert",
    "detect_format",
    "from_dict",
    "iter_nodes",
    "parse",
    "render",
    "render_output",
    "to_dict",
    "transform",
]

__version__ = "0.1.0"


def parse(
    text: str,
    format: str | None = None,
    *,
    title: str | None = None,
    options: WikiOptions | None = None,
    templates: Registry | None = None,
    today: date | None = None,
) -> Document:
    """Read ``text`` into a Document; the format is detected when not given.

    ``title`` names a document whose text carries no title (wikitext keeps the page
    title outside the text); a title in the text wins. The other keywords are
    settings of the wikitext reader: ``options`` the per-wiki settings (namespaces,
    link trail…, English Wikipedia's by default), ``templates`` the handler registry
    that renders template calls (the built-in one by default), and ``today`` the
    date that ages and ``{{CURRENTYEAR}}`` are computed against (default: today), so
    that a conversion can be reproduced.
    """
    name = lookup(format).name if format is not None else detect_format(text)
    reader = reader_for(name)
    if name != "wikitext":
        given = [key for key, value in (("options", options), ("templates", templates),
                 ("today", today)) if value is not None]  # fmt: skip
        if given:
            raise FormatError(
                f"{', '.join(given)}: settings of the wikitext reader, not of {name!r}"
            )
        document = reader(text)
    else:
        options = options or WikiOptions()
        if title is not None:
            # Templates read the page title ({{PAGENAME}}, {{IMDb name}} with no name).
            options = dataclasses.replace(options, title=title)
        document = read_wikitext(text, options, templates=templates, today=today)
    if title is not None and document.title is None:
        document = dataclasses.replace(document, title=title)
    return document


def render_output(document: Document, to: str, **options: Any) -> Rendered:
    """Write ``document`` as format ``to``, with the diagnostics of what was lost.

    Options are the writer's, named like its CLI flags (``standalone=True``).
    """
    writer_class = writer_for(to)
    writer = writer_class(writer_class.make_options(**options))
    return writer.write(document)


def render(document: Document, to: str, **options: Any) -> str:
    """Write ``document`` as format ``to`` and return the text."""
    return render_output(document, to, **options).text


def convert(text: str, to: str, format: str | None = None, **options: Any) -> str:
    """Read ``text`` and write it as format ``to`` in one step."""
    return render(parse(text, format), to, **options)


def to_dict(document: Document) -> dict[str, Any]:
    """The document as plain data: the structure that ``-t json`` prints (docs/json.md)."""
    from wikiconv.writers.json import document_to_dict

    return document_to_dict(document)
