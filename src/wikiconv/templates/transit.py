"""Station link shortcuts: ``{{stn|Haymarket}}``, ``{{rws|Crewe}}``, ``{{stnlnk|Crewe}}``.

Articles about railways name stations often, and these templates save writing the
article's full title: the page shows the station's name alone, linked to its article,
"Crewe" linked to "Crewe railway station". ``{{stn}}`` links "X station" (the title
of most stations outside Britain and Australia), ``{{rws}}`` and ``{{stnlnk}}``
"X railway station".

The templates that look the station up in a network's data (``{{station link|MTR|
Central}}``, ``{{line link|…}}``) are not rendered: the title they link to comes from
that data (Module:Adjacent stations), which the call does not carry.
"""

from __future__ import annotations

from wikiconv.ast import Link, Text
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler

__all__: list[str] = []


def _station(call: TemplateCall, suffix: str) -> Output:
    # Only the one-value form: a second value (a place or a system in brackets) is
    # spelled differently by each of these templates and is left unrendered.
    name = call.text(1)
    if not name or call.text(2):
        return None
    return (Link(f"{name} {suffix}", (Text(name),)),)


@handler("stn")
def station(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{stn|Haymarket}}: "Haymarket", linked to "Haymarket station".
    return _station(call, "station")


@handler("rws", "stnlnk")
def railway_station(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{rws|Crewe}}: "Crewe", linked to "Crewe railway station".
    return _station(call, "railway station")
