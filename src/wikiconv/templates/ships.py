"""Ships: ``{{USS|Hornet|CV-12}}``, ``{{HMS|Irresistible|1898}}``, ``{{ship|…}}``, ``{{sclass|…}}``.

A ship's name is italic, its prefix and its hull number (or launch year) upright, and
the whole is linked to the ship's article, named "USS Hornet (CV-12)". The optional
display parameter picks the parts shown, as bits of a number: 4 the prefix, 2 the
name, 1 the number. ``{{USS|Hornet|CV-12|6}}`` shows "USS *Hornet*", ``3`` shows
"*Hornet* (CV-12)", ``2`` the name alone and ``1`` the number alone (no brackets);
other values are not a display of the template and stay unrendered.

``{{ship|HMS|Dreadnought|1906}}`` takes the prefix (or a description, "German
battleship") first. ``{{sclass|Iowa|battleship}}`` is the class: "*Iowa*-class
battleship", linked to the class's article.
"""

from __future__ import annotations

from wikiconv.ast import Inline, Italic, Link, Text
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler

__all__ = ["PREFIXES"]

# The prefix templates: navies' ship prefixes and merchant ones (SS steamship, MV
# motor vessel, RMS royal mail ship, RV research vessel).
PREFIXES = (
    "USS", "USNS", "USCGC", "USRC", "USAT", "HMS", "HMAS", "HMCS", "HMNZS", "HMIS",
    "HMSAS", "HMHS", "HMY", "HMT", "RMS", "SS", "MV", "RV", "HNLMS", "HNoMS", "HDMS",
    "HSwMS", "SMS", "ORP", "ARA", "BAP", "INS", "JDS", "ROKS", "TCG", "KRI", "HTMS", "BRP",
)  # fmt: skip

_ALL = 7


def _display(text: str) -> int | None:
    """The display bits, 7 (all) when not given; None for a value that shows nothing
    the template can show (0, 4, 5, or not a number)."""
    if not text:
        return _ALL
    if not text.isdigit() or int(text) not in {1, 2, 3, 6, 7}:
        return None
    return int(text)


def ship_link(prefix: str, name: str, number: str, display: int) -> Output:
    """The linked ship, showing the parts ``display`` asks for."""
    if not name or (display == 1 and not number):
        return None
    target = " ".join(part for part in (prefix, name) if part)
    if number:
        target += f" ({number})"
    shown: list[Inline] = []
    if display & 4 and prefix:
        shown.append(Text(f"{prefix} "))
    if display & 2:
        shown.append(Italic((Text(name),)))
    if display & 1 and number:
        shown.append(Text(f" ({number})" if display & 2 else number))
    return (Link(target, tuple(shown)),)


@handler(*PREFIXES)
def prefixed_ship(call: TemplateCall, ctx: HandlerContext) -> Output:
    display = _display(call.text(3))
    if display is None:
        return None
    return ship_link(call.name, call.text(1), call.text(2), display)


@handler("ship")
def ship(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{ship|HMS|Dreadnought|1906}}; the first value may be a description ("German
    # battleship"), shown upright like a prefix.
    display = _display(call.text(4))
    if display is None:
        return None
    return ship_link(call.text(1), call.text(2), call.text(3), display)


@handler("sclass")
def ship_class(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{sclass|Iowa|battleship}}: "Iowa-class battleship". The third value picks other
    # wordings ("Iowa class"), which are not rendered here.
    name, kind = call.text(1), call.text(2)
    if not name or not kind or call.text(3):
        return None
    return (Link(f"{name}-class {kind}", (Italic((Text(name),)), Text(f"-class {kind}"))),)
