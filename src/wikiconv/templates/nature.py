"""Nature: fossil ranges, Red List and Mammal Species of the World citations, ``extinct``.

- ``{{fossil range|5|0}}`` shows the range before its timeline bar (a graphic, left
  out): "5-0 Ma" (en dash) for numbers (millions of years ago), the names for periods
  ("Carboniferous-Early Cretaceous"); a third value replaces the text (empty: none),
  ``prefix=`` and ``PS=`` stand before and after it.
- ``{{IUCN|assessors=…|year=…|id=…|title=…}}`` (English Wikipedia's old Red List
  template) is a web citation of the species' Red List entry; German Wikipedia's
  ``{{IUCN|ID=…|ScientificName=…}}`` keeps its own rendering (``weblinks_sites``).
- ``{{MSW3 Tubulidentata|id=…}}`` and its siblings cite the order's chapter of
  *Mammal Species of the World* (3rd edition, 2005), as ``{{cite book}}`` shows it.
- ``{{extinct}}`` is the dagger set before an extinct taxon.
"""

from __future__ import annotations

import re

from wikiconv.ast import Inline, Italic, LineBreak, Link, Template, TemplateParam, Text
from wikiconv.templates import weblinks_sites
from wikiconv.templates.registry import BUILTIN, HandlerContext, Output, TemplateCall, handler

__all__: list[str] = []

NBSP = "\u00a0"
Nodes = tuple[Inline, ...]
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


@handler("fossil range", "geological range", "long fossil range", "fossilrange")
def fossil_range(call: TemplateCall, ctx: HandlerContext) -> Output:
    first, last = call.text(1), call.text(2)
    if not first:
        return None
    text: Nodes
    if call.has(3):
        text = call.arg(3)
    elif _NUMBER.fullmatch(first) and (not last or _NUMBER.fullmatch(last)):
        text = (Text(f"{first}\u2013{last}{NBSP}Ma" if last else f"{first}{NBSP}Ma"),)
    elif not _NUMBER.fullmatch(first) and not _NUMBER.fullmatch(last):
        text = (Text(f"{first}\u2013{last}" if last else first),)
    else:
        return None  # a number and a period name: not a range the text can show
    prefix, after = call.arg("prefix"), call.arg("PS")
    out: list[Inline] = [*prefix, Text(" ")] if prefix and text else [*prefix]
    out.extend(text)
    if after:
        out.extend((Text(" "), *after) if out else after)
    out.extend(call.arg("ref"))
    # The timeline bar follows as a block of its own: what comes next starts a line.
    return (*out, LineBreak()) if out else ()


@handler("extinct")
def extinct(call: TemplateCall, ctx: HandlerContext) -> Output:
    return (Text("\u2020"),)


# --------------------------------------------------------------------- citations


def _cite(name: str, params: dict[str, Nodes], ctx: HandlerContext) -> Output:
    """What ``{{name|params…}}`` shows, from the citation handler of that name."""
    render = BUILTIN.lookup(name)
    if render is None:
        return None
    values = tuple(TemplateParam(key, value) for key, value in params.items() if value)
    return render(TemplateCall(Template(name, values)), ctx)


def _text(value: str) -> Nodes:
    return (Text(value),) if value else ()


@handler("IUCN")
def iucn(call: TemplateCall, ctx: HandlerContext) -> Output:
    if call.has("ID") or call.has("ScientificName"):
        return weblinks_sites.iucn(call, ctx)  # German Wikipedia's template
    # English Wikipedia's: "Assessors (2008). "Species". IUCN Red List of Threatened
    # Species. Version 2008. International Union for Conservation of Nature.
    # Retrieved …".
    title = call.arg("title")
    if not title:
        return None
    red_list = Link("IUCN Red List", (Text("IUCN Red List of Threatened Species"),))
    version = call.text("version")
    ident = call.text("id")
    return _cite(
        "cite web",
        {
            "author": call.arg("assessors"),
            "year": call.arg("year"),
            "title": (Italic(title),),
            "url": _text(f"http://www.iucnredlist.org/details/{ident}" if ident else ""),
            "work": (red_list, Text(f". Version {version}")) if version else (red_list,),
            "publisher": (Link("International Union for Conservation of Nature"),),
            "accessdate": call.arg("downloaded"),
        },
        ctx,
    )


# Each order's chapter of Mammal Species of the World: its authors (last name,
# initials) and, where the template itself gives it, its page.
_MSW3_ORDERS: dict[str, tuple[tuple[tuple[str, str], ...], str]] = {
    "Tubulidentata": ((("Schlitter", "D.A."),), "86"),
    "Macroscelidea": ((("Schlitter", "D.A."),), ""),
    "Pholidota": ((("Schlitter", "D.A."),), ""),
    "Carnivora": ((("Wozencraft", "W.C."),), ""),
    "Primates": ((("Groves", "C.P."),), ""),
    "Diprotodontia": ((("Groves", "C.P."),), ""),
    "Monotremata": ((("Groves", "C.P."),), ""),
    "Chiroptera": ((("Simmons", "N.B."),), ""),
    "Artiodactyla": ((("Grubb", "P."),), ""),
    "Perissodactyla": ((("Grubb", "P."),), ""),
    "Soricomorpha": ((("Hutterer", "R."),), ""),
    "Erinaceomorpha": ((("Hutterer", "R."),), ""),
    "Cingulata": ((("Gardner", "A.L."),), ""),
    "Pilosa": ((("Gardner", "A.L."),), ""),
    "Didelphimorphia": ((("Gardner", "A.L."),), ""),
    "Hyracoidea": ((("Shoshani", "J."),), ""),
    "Proboscidea": ((("Shoshani", "J."),), ""),
    "Sirenia": ((("Shoshani", "J."),), ""),
    "Lagomorpha": ((("Hoffmann", "R.S."), ("Smith", "A.T.")), ""),
    "Afrosoricida": ((("Bronner", "G.N."), ("Jenkins", "P.D.")), ""),
}
_MSW3_URL = "http://www.departments.bucknell.edu/biology/resources/msw3/browse.asp?id="


@handler(*(f"MSW3 {order}" for order in _MSW3_ORDERS))
def mammal_species_of_the_world(call: TemplateCall, ctx: HandlerContext) -> Output:
    authors, page = _MSW3_ORDERS[call.name.removeprefix("MSW3 ")]
    pages = call.text("pages")
    page = call.text("page", page)
    if not page and not pages:
        return None  # the chapter's pages are in the template, not in the call
    params: dict[str, Nodes] = {}
    for number, (last, first) in enumerate(authors, start=1):
        params[f"last{number}"], params[f"first{number}"] = _text(last), _text(first)
    ident = call.text("id")
    params.update(
        {
            "editor1-last": _text("Wilson"), "editor1-first": _text("D.E."),
            "editor2-last": _text("Reeder"), "editor2-first": _text("D.M"),
            "title": _text("Mammal Species of the World: A Taxonomic and Geographic Reference"),
            "edition": _text("3rd"), "publisher": _text("Johns Hopkins University Press"),
            "year": _text("2005"), "chapter": _text(f"Order {call.name[5:]}"),
            "chapter-url": _text(_MSW3_URL + ident if ident else ""),
            "pages": _text(pages), "page": () if pages else _text(page),
            "isbn": _text("978-0-8018-8221-0"),
        }
    )  # fmt: skip
    return _cite("cite book", params, ctx)
