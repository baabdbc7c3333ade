"""How much and how deep the wikitext reader reads before it degrades.

A page written by anyone can nest without end (``{{a|`` fifty thousand times) or be
larger than any wiki would store. Past each limit the reader keeps going on the
rest as plain text or flatter structure, and a diagnostic says which limit was
reached and where; it never raises, and reading stays linear in the input's size.
The defaults are above what real articles use (MediaWiki's own limits are lower:
a page of at most 2 MiB, templates nested at most 100 deep).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Limits"]


@dataclass(frozen=True, slots=True)
class Limits:
    """The reader's limits; give ``WikiOptions(limits=Limits(...))`` to change them.

    - ``max_size``: characters read as wikitext; the text after the last line break
      before this point is kept as one paragraph of plain text (``document-too-large``).
    - ``template_depth``: template calls nested deeper than this are kept as the text
      they were written as (``templates-too-deep``).
    - ``block_depth``: block elements (``<div>``, tables, quotations) nested deeper are
      flattened into their parent (``nesting-too-deep``).
    - ``inline_depth``: inline elements (``<span>``, ``<b>``…) nested deeper are
      dropped, their text kept (``deep-nesting``).
    - ``list_depth``: list prefixes (``*#:;``) longer than this are cut to it, the rest
      of the prefix kept as text (``list-too-deep``).
    """

    max_size: int = 16 * 1024 * 1024
    template_depth: int = 100
    block_depth: int = 64
    inline_depth: int = 50
    list_depth: int = 30
