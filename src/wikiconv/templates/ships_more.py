"""More ship prefixes (``{{MS|Estonia}}``, ``{{CCGS|Amundsen}}``…) and ``{{sclass2}}``.

The prefix templates render as :mod:`wikiconv.templates.ships` renders ``{{USS}}``:
the prefix upright, the name italic, the hull number or launch year in brackets, the
whole linked to the ship's article ("MS *Estonia*", "LÉ *Eithne* (P31)"), with the
same display bits. ``{{sclass2}}`` is the class template for classes not named after a
ship ("Flower-class corvette"): the class's name is upright, unlike ``{{sclass}}``'s.

A ship's measurements and numbers, as its infobox shows them: ``{{GT|40,876}}``
"40,876 GT", ``{{NetT|21,984}}`` "21,984 NT", ``{{DWT|2,700}}`` "2,700 DWT" (the unit
linked to its article, a no-break space before it), ``{{IMO Number|8814744}}`` "IMO
number: 8814744", ``{{MMSI|248124000}}`` "MMSI number: 248124000".
"""

from __future__ import annotations

from wikiconv.ast import Link, Text
from wikiconv.templates.registry import BUILTIN, HandlerContext, Output, TemplateCall, handler
from wikiconv.templates.ships import prefixed_ship

__all__ = ["MORE_PREFIXES"]

# Merchant and private prefixes (MS motor ship, SV sailing vessel, PS paddle steamer,
# TSS twin-screw steamer, GTS gas turbine ship, HSC high-speed craft, MY/SY motor and
# steam yachts, USAV a US Army vessel), then navies' and coast guards' prefixes:
# Bahamas, Bangladesh, Canadian Coast Guard, Colombia, Ecuador, Estonia, Finland,
# Iceland's coast guard, Ireland, Japan (since 2008), Nigeria, Papua New Guinea, the
# Philippines before 1980, Portugal, Romania, Singapore, South Africa, Fiji.
MORE_PREFIXES = (
    "MS", "SV", "PS", "TSS", "GTS", "HSC", "MY", "SY", "USAV",
    "HMBS", "BNS", "CCGS", "ARC", "BAE", "EML", "FNS", "ICGV", "LÉ", "JS", "NNS",
    "HMPNGS", "RPS", "NRP", "NMS", "RSS", "SAS", "RFNS",
)  # fmt: skip

BUILTIN.add(prefixed_ship, *MORE_PREFIXES)


@handler("sclass2")
def ship_class_upright(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{sclass2|Flower|corvette}}: "Flower-class corvette", linked to the class's
    # article. The third value picks other wordings, which are not rendered here.
    name, kind = call.text(1), call.text(2)
    if not name or not kind or call.text(3):
        return None
    return (Link(f"{name}-class {kind}"),)


# Tonnage templates: the unit shown and the article it links to.
_TONNAGES = {
    "GT": ("GT", "Gross tonnage"),
    "NetT": ("NT", "Net tonnage"),
    "DWT": ("DWT", "Deadweight tonnage"),
}


@handler(*_TONNAGES)
def tonnage(call: TemplateCall, ctx: HandlerContext) -> Output:
    unit, article = _TONNAGES[call.name]
    amount = call.arg(1)
    if not amount:
        return None
    return (*amount, Text("\u00a0"), Link(article, (Text(unit),)))


# Ship numbers: the label (linked to the number's article) and the number.
_NUMBERS = {
    "IMO Number": ("IMO number", "IMO number"),
    "MMSI": ("Maritime Mobile Service Identity", "MMSI number"),
}


@handler(*_NUMBERS)
def ship_number(call: TemplateCall, ctx: HandlerContext) -> Output:
    article, label = _NUMBERS[call.name]
    number = call.text(1)
    if not number:
        return None
    return (Link(article, () if label == article else (Text(label),)), Text(f": {number}"))
