"""Sports: football squad lists, season links, stadiums, census references.

A squad list is a table on the page (``{{Fs start}}`` opens it, ``{{Fs mid}}`` starts
its second column, ``{{Fs end}}`` closes it; they show no text of their own). Each
``{{Fs player}}`` is a row: number, position, nationality and name. Handlers give
inline content, so a row becomes one line of its own: "1 GK Scotland Kevin
Cuthbert", then a line break. The nationality is shown on the page as a flag; the
country's name stands for it here, as ``flag`` names the country.

Templates that only look a value up in the wiki's own, changing data (a club's
current league position, a party's seats in the Senate of Pakistan) are not handled:
their value at the time the article was written is not in the call.
"""

from __future__ import annotations

from wikiconv.ast import Inline, Italic, LineBreak, Link, Text
from wikiconv.templates.flags import country
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler

__all__: list[str] = []


@handler("Fs start", "Fs mid", "Fs end", "Football squad start", "Football squad end")
def squad_frame(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The table's frame and header row: no text of the squad's own.
    return ()


@handler("Fs player", "Football squad player")
def squad_player(call: TemplateCall, ctx: HandlerContext) -> Output:
    name = call.arg("name")
    if not name:
        return None
    out: list[Inline] = []
    for part in (call.text("no"), call.text("pos"), country(call.text("nat"))):
        if part:
            out.append(Text(part + " "))
    out.extend(name)
    other = call.arg("other")
    if other:
        # The note after the name ("captain", "on loan from …") is bracketed.
        out.extend((Text(" ("), *other, Text(")")))
    # One row of the table: the next player starts a line of its own.
    out.append(LineBreak())
    return tuple(out)


@handler("Baseball year", "By")
def baseball_year(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Baseball year|1975}}: "1975", linked to the season's article.
    year = call.text(1)
    return (Link(f"{year} in baseball", (Text(year),)),) if year else None


# Stadium capacities as the template holds them, keyed as it is called; a club not
# listed stays unrendered rather than showing a guess.
_STADIUM_CAPACITY = {"raith": "8,867"}


@handler("SPFL-stadiums")
def spfl_stadium(call: TemplateCall, ctx: HandlerContext) -> Output:
    capacity = _STADIUM_CAPACITY.get(call.text(1).lower())
    return (Text(capacity),) if capacity else None


@handler("SCref")
def statistics_canada(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{SCref|unit=cd|3520}}: a reference to a census profile, titled with the place
    # (the page's own title unless name= gives one) and Statistics Canada's code for
    # it. The unit (cd, cma…) picks the profile's address, which is not shown.
    code = call.first_text("code", 1)
    if not code:
        return None
    place = call.first_text("titlename", "name", default=ctx.title or "")
    title = f"{place} (Code {code}) Census Profile" if place else f"Census Profile (Code {code})"
    year = call.text("year", "2011")
    return (
        Text(f'"{title}". '),
        Italic((Text(f"{year} census"),)),
        Text(". Government of Canada - Statistics Canada."),
    )
