"""Fixed sources cited by a short call: databases and reviews articles point to.

- ``{{MR|0061061}}``: the Mathematical Reviews number "MR0061061", linked to its
  MathSciNet page.
- ``{{GNIS}}`` (``{{Gnis}}``) is the citation in :mod:`.citations_de`.
- ``{{NRISref|version=2010a}}``: the National Register Information System,
  '"National Register Information System". National Register of Historic Places.
  National Park Service.'. The template adds the date of the database version named
  (2010a is a date in 2010); that table is the template's own and is not here, so the
  date is left out.
- ``{{Structurae|id=s0002354|title=Middlesbrough Transporter Bridge}}``: "Middlesbrough
  Transporter Bridge at Structurae", the title linked to the entry.
"""

from __future__ import annotations

from urllib.parse import quote

from wikiconv.ast import ExternalLink, Italic, Link, Text
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler

__all__: list[str] = []

_MATHSCINET = "https://mathscinet.ams.org/mathscinet-getitem?mr="
_NRIS = "https://npgallery.nps.gov/NRHP/"
_STRUCTURAE = "https://structurae.net/en/structures/data/index.cfm?id="


@handler("MR")
def mathematical_reviews(call: TemplateCall, ctx: HandlerContext) -> Output:
    number = call.text(1) or call.text("id")
    if not number:
        return None
    return (ExternalLink(_MATHSCINET + quote(number), (Text(f"MR{number}"),)),)


@handler("NRISref")
def register_information_system(call: TemplateCall, ctx: HandlerContext) -> Output:
    return (
        Text('"'),
        ExternalLink(_NRIS, (Text("National Register Information System"),)),
        Text('". '),
        Italic((Link("National Register of Historic Places"),)),
        Text(". "),
        Link("National Park Service"),
        Text("."),
    )


@handler("Structurae")
def structurae(call: TemplateCall, ctx: HandlerContext) -> Output:
    number, title = call.text("id") or call.text(1), call.text("title") or call.text(2)
    if not number or not title:
        return None
    link = ExternalLink(_STRUCTURAE + quote(number), (Text(title),))
    return (link, Text(" at "), Link("Structurae"))
