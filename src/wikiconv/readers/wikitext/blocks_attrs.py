"""HTML attributes read the way MediaWiki's Sanitizer reads them.

``{| class="x"``, ``|- style="y"``, ``| colspan=2 |`` and written tags such as
``<div align=center>`` all go through ``Sanitizer::fixTagAttributes``: the attribute
text is split with the same tolerant pattern (so junk such as ``<span>boo</span>``
before an attribute is skipped, not fatal), names are lower-cased, values have their
white space collapsed and their character references decoded, and only the attributes
MediaWiki allows on that element are kept. Keeping exactly MediaWiki's list means the
tree holds what MediaWiki would have rendered, no more.
"""

from __future__ import annotations

import re

from wikiconv.ast import Attributes
from wikiconv.readers.wikitext.context import MARKER
from wikiconv.readers.wikitext.inline_tags import clean_attributes, decode_attributes

__all__ = ["cell_spans", "sanitize_attributes"]


def sanitize_attributes(text: str, element: str) -> Attributes:
    """The attributes in ``text`` that MediaWiki keeps on ``element``, in source order.

    The same Sanitizer rules as for tags in running text (one implementation, in
    :mod:`.inline_tags`); a repeated name keeps its first position and its last value.
    """
    # A template call in attributes gives CSS or classes only once expanded, and
    # templates are not expanded: its marker is left out, not copied into a value.
    return clean_attributes(decode_attributes(MARKER.sub("", text)), element)


def cell_spans(attributes: Attributes) -> tuple[int, int, Attributes]:
    """colspan, rowspan and the other attributes of a cell, as HTML reads the spans.

    A browser takes the leading digits of the value; zero, junk or nothing means 1.
    The caps are HTML's (1000 columns, 65534 rows).
    """
    if not attributes:
        return 1, 1, ()
    spans = {"colspan": 1, "rowspan": 1}
    rest: list[tuple[str, str]] = []
    for name, value in attributes:
        if name in spans:
            digits = re.match(r"\s*0*(\d+)", value)
            limit = 1000 if name == "colspan" else 65534
            # Long digit runs are capped before int() sees them (it refuses huge ones).
            number = 0 if digits is None else int(digits.group(1)[:6])
            if digits is not None and len(digits.group(1)) > 6:
                number = limit
            spans[name] = min(number, limit) if number > 0 else 1
        else:
            rest.append((name, value))
    return spans["colspan"], spans["rowspan"], tuple(rest)
