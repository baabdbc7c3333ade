"""More ship prefixes (``{{MS|Estonia}}``, ``{{CCGS|Amundsen}}``…) and ``{{sclass2}}``.

The prefix templates render as :mod:`wikiconv.templates.ships` renders ``{{USS}}``:
the prefix upright, the name italic, the hull number or launch year in brackets, the
whole linked to the ship's article ("MS *Estonia*", "LÉ *Eithne* (P31)"), with the
same display bits. ``{{sclass2}}`` is the class template for classes not named after a
ship ("Flower-class corvette"): the class's name is upright, unlike ``{{sclass}}``'s.
"""

from __future__ import annotations

from wikiconv.ast import Link
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
