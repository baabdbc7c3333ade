"""The one table of formats: names, aliases, file extensions, reader and writer.

Everything that needs a format (the API, the CLI, file discovery) looks it up here, so
adding a format is one module plus one row. Readers and writers are named by import
path and loaded on first use, which keeps start-up fast.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wikiconv.errors import FormatError

if TYPE_CHECKING:
    from wikiconv.ast import Document
    from wikiconv.writers.base import NodeWriter

__all__ = [
    "FORMATS",
    "Format",
    "format_for_path",
    "strip_extension",
    "input_extensions",
    "lookup",
    "reader_for",
    "writer_for",
]


@dataclass(frozen=True, slots=True)
class Format:
    """One row of the table."""

    name: str
    description: str
    extension: str
    aliases: tuple[str, ...] = ()
    reader: str | None = None
    writer: str | None = None
    input_extensions: tuple[str, ...] = ()
    # Wikitext keeps the page title outside the text: the CLI takes it from the file name.
    title_outside_text: bool = False


FORMATS: tuple[Format, ...] = (
    Format(
        "flat",
        "flat wiki text (= Title =, Infobox, ==Heading==, - item)",
        "txt",
        reader="wikiconv.readers.flat:read",
        writer="wikiconv.writers.flat:FlatWriter",
        input_extensions=("txt",),
    ),
    Format(
        "wikitext",
        "MediaWiki wikitext (Wikipedia and other wikis)",
        "wiki",
        aliases=("mediawiki", "wiki"),
        reader="wikiconv.readers.wikitext:read",
        writer="wikiconv.writers.wikitext:WikitextWriter",
        input_extensions=("wiki", "wikitext", "mediawiki"),
        title_outside_text=True,
    ),
    Format(
        "markdown",
        "CommonMark with GFM tables",
        "md",
        aliases=("md", "gfm"),
        writer="wikiconv.writers.markdown:MarkdownWriter",
    ),
    Format(
        "html",
        "HTML5 fragment, or a whole page with --standalone",
        "html",
        aliases=("htm",),
        writer="wikiconv.writers.html:HtmlWriter",
    ),
    Format(
        "json",
        "the document as structured data (docs/json.md)",
        "json",
        writer="wikiconv.writers.json:JsonWriter",
    ),
    Format(
        "text",
        "plain text",
        "txt",
        aliases=("txt", "plain"),
        writer="wikiconv.writers.text:TextWriter",
    ),
    Format(
        "ast",
        "the exact syntax tree as JSON, spans and layout included",
        "ast.json",
        reader="wikiconv.readers.ast_json:read",
        input_extensions=("ast.json",),
        writer="wikiconv.writers.ast_json:AstWriter",
    ),
    Format(
        "pandoc",
        "Pandoc's JSON AST, for pandoc -f json (docs/writers/pandoc.md)",
        "pandoc.json",
        aliases=("pandoc-json",),
        writer="wikiconv.writers.pandoc:PandocWriter",
    ),
    Format(
        "docx",
        "Word document, made by pandoc (binary: needs -o)",
        "docx",
        writer="wikiconv.pandoc_bridge:DocxWriter",
    ),
    Format(
        "odt",
        "OpenDocument text, made by pandoc (binary: needs -o)",
        "odt",
        writer="wikiconv.pandoc_bridge:OdtWriter",
    ),
    Format(
        "epub",
        "EPUB 3 e-book, made by pandoc (binary: needs -o)",
        "epub",
        aliases=("epub3",),
        writer="wikiconv.pandoc_bridge:EpubWriter",
    ),
    Format(
        "rst",
        "reStructuredText, made by pandoc",
        "rst",
        writer="wikiconv.pandoc_bridge:RstWriter",
    ),
    Format(
        "latex",
        "LaTeX, made by pandoc",
        "tex",
        aliases=("tex",),
        writer="wikiconv.pandoc_bridge:LatexWriter",
    ),
    Format(
        "org",
        "Emacs Org mode, made by pandoc",
        "org",
        writer="wikiconv.pandoc_bridge:OrgWriter",
    ),
    Format(
        "asciidoc",
        "AsciiDoc, made by pandoc",
        "adoc",
        aliases=("adoc",),
        writer="wikiconv.pandoc_bridge:AsciidocWriter",
    ),
    Format(
        "typst",
        "Typst, made by pandoc",
        "typ",
        writer="wikiconv.pandoc_bridge:TypstWriter",
    ),
    Format(
        "rtf",
        "Rich Text Format, made by pandoc",
        "rtf",
        writer="wikiconv.pandoc_bridge:RtfWriter",
    ),
    Format(
        "docbook",
        "DocBook 5 XML, made by pandoc",
        "dbk",
        aliases=("docbook5",),
        writer="wikiconv.pandoc_bridge:DocbookWriter",
    ),
)

_BY_NAME: dict[str, Format] = {key: row for row in FORMATS for key in (row.name, *row.aliases)}


def lookup(name: str) -> Format:
    """The row for a format name or alias (case-insensitive)."""
    row = _BY_NAME.get(name.lower())
    if row is None:
        known = ", ".join(row.name for row in FORMATS)
        raise FormatError(f"unknown format {name!r} (known: {known})")
    return row


def reader_for(name: str) -> Callable[[str], Document]:
    """The read function of a format that can be read."""
    row = lookup(name)
    if row.reader is None:
        readable = ", ".join(r.name for r in FORMATS if r.reader)
        raise FormatError(f"{row.name!r} is an output format only (readable: {readable})")
    reader: Callable[[str], Document] = _load(row.reader)
    return reader


def writer_for(name: str) -> type[NodeWriter]:
    """The writer class of a format that can be written."""
    row = lookup(name)
    if row.writer is None:
        raise FormatError(f"{row.name!r} is an input format only")
    writer: type[NodeWriter] = _load(row.writer)
    return writer


def input_extensions() -> tuple[str, ...]:
    """File extensions that directory inputs are searched for."""
    return tuple(ext for row in FORMATS for ext in row.input_extensions)


# Plain text files may hold any format: for them the content decides.
_GENERIC_EXTENSIONS = frozenset({"txt", "text"})


def format_for_path(name: str) -> str | None:
    """The reader a file's extension names (``.wikitext``), None when it names none."""
    lowered = name.lower()
    for row in FORMATS:
        for extension in row.input_extensions:
            if extension not in _GENERIC_EXTENSIONS and lowered.endswith("." + extension):
                return row.name
    return None


def strip_extension(name: str) -> str:
    """A file name without its known input extension (``St. Ives.wiki`` -> ``St. Ives``);
    a name with no known extension loses only its last suffix, if any."""
    lowered = name.lower()
    known = sorted((e for row in FORMATS for e in row.input_extensions), key=len, reverse=True)
    for extension in known:
        if lowered.endswith("." + extension):
            return name[: -len(extension) - 1]
    return name.rsplit(".", 1)[0] if "." in name else name


def _load(path: str) -> Any:
    module_name, _, attribute = path.partition(":")
    return getattr(importlib.import_module(module_name), attribute)
