"""Sort keys and the flag templates of sortable sports tables.

A sortable table sorts a cell by a hidden key; the page shows only the text:

- ``{{Sort|key|text}}`` shows the text, ``{{Sort|key}}`` the key (the text defaults to
  the key only when it is not given: ``{{Sort|key|}}`` shows nothing).
- ``{{Hs|key}}`` (hidden sort key) shows nothing.

``Sortname``, ``Dts`` and ``Nts`` live with the links, dates and numbers
(:mod:`.links`, :mod:`.dates`, :mod:`.longtail`).

The flag templates of results tables show a flag (an image, dropped here) and text:

- ``{{Flagathlete|[[Usain Bolt]]|JAM}}``: "Usain Bolt (JAM)", the code as written;
- ``{{Flagteam|JAM}}``: "Jamaica (JAM)", the country linked;
- ``{{Flagmedalist|[[Usain Bolt]]|JAM}}``: the name, then the linked country on a
  line of its own ("Usain Bolt", "Jamaica").

A country code that names no known country is shown as written (as ``flag`` does).
"""

from __future__ import annotations

from wikiconv.ast import Inline, LineBreak, Link, Text
from wikiconv.templates.countries_data import ARTICLES
from wikiconv.templates.flags import country
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler

__all__: list[str] = []


@handler("Sort")
def sort(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{sort|Smith, John|John Smith}}: the text; {{sort|0042}}: the key itself.
    if call.has(2):
        return call.arg(2)
    key = call.arg(1)
    return key if call.has(1) else None


@handler("Hs")
def hidden_sort_key(call: TemplateCall, ctx: HandlerContext) -> Output:
    return ()  # only a sort key, which the page hides


def _country_link(code: str) -> Link:
    # The country's name, linked to its article ("Georgia" to "Georgia (country)").
    name = country(code)
    article = ARTICLES.get(name, name)
    return Link(article, () if article == name else (Text(name),))


@handler("Flagathlete")
def flag_athlete(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{flagathlete|[[Michael Phelps]]|USA}}: the flag, the name and "(USA)".
    name, code = call.arg(1), call.text(2)
    if not name or not code:
        return None
    return (*name, Text(f" ({code})"))


@handler("Flagteam")
def flag_team(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{flagteam|CAN}}: the flag, "Canada" linked, and "(CAN)".
    code = call.text(1)
    if not code or country(code) == code:
        return None  # no country name to show for this code
    return (_country_link(code), Text(f" ({code})"))


@handler("Flagmedalist")
def flag_medalist(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{flagmedalist|[[Michael Phelps]]|USA}}: the name, then the flag and
    # "United States" on the next line.
    name, code = call.arg(1), call.text(2)
    if not name or not code:
        return None
    out: list[Inline] = [*name, LineBreak(), _country_link(code)]
    return tuple(out)
