"""Characters and spaces: templates that exist to type one awkward character.

English Wikipedia has a template for many characters that are hard to type or that
wiki markup would otherwise read as syntax. Each renders the character(s) itself:

- Punctuation and signs: ``{{en dash}}`` an en dash (so does the template named by
  the dash itself), ``{{em dash}}`` "—", ``{{dagger}}`` "†", ``{{double-dagger}}``
  "‡", ``{{&}}`` "&", ``{{;}}`` ";", ``{{colon}}`` ":", ``{{number
  sign}}`` "#", ``{{tombstone}}`` "∎", ``{{plusminus}}`` "±", ``{{langle}}`` "⟨",
  ``{{flat}}`` "♭", ``{{3~}}`` "~~~".
- Braces for documentation: ``{{((}}cite web{{))}}`` shows "{{cite web}}"; ``{{(}}``
  and ``{{)}}`` are one brace, ``{{(((}}`` and ``{{)))}}`` three.
- Dashes set between spaces: ``{{sndash}}`` a no-break space, an en dash and a space
  (the line may break after the dash, not before it); ``{{nsndns}}`` an en dash and
  ``{{nsmdns}}`` "—" between two no-break spaces.
- Invisible and special spaces: ``{{zwsp}}`` (zero width space), ``{{word joiner}}``,
  ``{{shy}}`` (soft hyphen), ``{{figure space}}``, ``{{narrow no-break space}}``,
  ``{{non breaking hyphen}}``, ``{{quad}}`` (an em space), ``{{in5}}`` an indent
  of five spaces (``{{in5|8}}`` eight), alternately no-break and plain as
  Module:In5 writes them.
- Greek letters set as in formulas: ``{{pi}}`` "π", ``{{sigma}}`` (small
  sigma), ``{{varsigma}}`` "ς", ``{{vartheta}}`` "ϑ", ``{{Φ}}`` "Φ"…

Three redirects go to handlers of other modules: ``{{thinspace}}`` (a thin space),
``{{very thin space}}`` (a hair space) and ``{{centered|…}}`` (``{{center}}``).

The templates that build tables from parts (``{{(!}}``, ``{{!-}}``, ``{{!)}}``) are not
here: a call is rendered on its own, so their parts never make a table again.
"""

from __future__ import annotations

from wikiconv.ast import Text
from wikiconv.templates.longtail import center
from wikiconv.templates.registry import (
    BUILTIN,
    HandlerContext,
    Output,
    TemplateCall,
    handler,
)
from wikiconv.templates.typography import hair_space, thin_space

__all__: list[str] = []

NBSP = "\u00a0"

# The character(s) each template shows; the calls take no parameters.
_CHARACTERS = {
    # Dashes.
    "\u2013": "\u2013",
    "En dash": "\u2013",
    "—": "\u2014",
    "Em dash": "\u2014",
    # A spaced en dash: a no-break space before it, so the line breaks after the dash.
    "Spaced en dash space": f"{NBSP}\u2013 ",
    "Sndash": f"{NBSP}\u2013 ",
    "Spndash": f"{NBSP}\u2013 ",
    "Spndsp": f"{NBSP}\u2013 ",
    "Sndashs": f"{NBSP}\u2013 ",
    "Spndashsp": f"{NBSP}\u2013 ",
    # Between no-break spaces on both sides: the dash never starts or ends a line.
    "Nsndns": f"{NBSP}\u2013{NBSP}",
    "Nsmdns": f"{NBSP}\u2014{NBSP}",
    "Nsmdashns": f"{NBSP}\u2014{NBSP}",
    "Nsemdashns": f"{NBSP}\u2014{NBSP}",
    # Punctuation that wiki markup or a template call would read as syntax.
    "&": "&",
    "Ampersand": "&",
    ";": ";",
    "Colon": ":",
    "Asterisk": "*",
    "Number sign": "#",
    # Braces, to show template syntax in documentation.
    "(": "{",
    "((": "{{",
    "(((": "{{{",
    ")": "}",
    "))": "}}",
    ")))": "}}}",
    # Tildes, which a saved edit would otherwise turn into a signature.
    "1~": "~",
    "2~": "~~",
    "3~": "~~~",
    "4~": "~~~~",
    "5~": "~~~~~",
    # Signs.
    "Dagger": "\u2020",
    "Double-dagger": "\u2021",
    "Tombstone": "\u220e",
    "Langle": "\u27e8",
    "Rangle": "\u27e9",
    "Flat": "\u266d",
    "Sharp": "\u266f",
    # Spaces and joiners that are invisible or hard to type.
    "Zwsp": "\u200b",
    "Zero width joiner": "\u200d",
    "Word joiner": "\u2060",
    "Shy": "\u00ad",
    "Figure space": "\u2007",
    "Narrow no-break space": "\u202f",
    "Non breaking hyphen": "\u2011",
    # Greek letters, set in a serif face like the letters of a formula.
    "Pi": "\u03c0",
    "Sigma": "\u03c3",
    "Varsigma": "\u03c2",
    "Mu": "\u03bc",
    "Lambda": "\u03bb",
    "Kappa": "\u03ba",
    "Theta": "\u03b8",
    "Vartheta": "\u03d1",
    "Gamma": "\u03b3",
    "Tau": "\u03c4",
    "Upsilon": "\u03c5",
    "Xi": "\u03be",
    "Varphi": "\u03c6",
    "Φ": "\u03a6",
}


@handler(*_CHARACTERS)
def character(call: TemplateCall, ctx: HandlerContext) -> Output:
    return (Text(_CHARACTERS[call.name]),)


# {{plusminus}} and {{minusplus}}: the sign alone; between two values it is another
# template's ({{±}}) layout, not this one's.
_SIGNS = {"Plusminus": "\u00b1", "Minusplus": "\u2213"}


@handler(*_SIGNS)
def sign(call: TemplateCall, ctx: HandlerContext) -> Output:
    if call.positional() or any(True for _ in call.named()):
        return None
    return (Text(_SIGNS[call.name]),)


@handler("In5")
def in5(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{in5}} indents by five spaces, {{in5|8}} by eight: Module:In5 writes pairs of
    # a no-break space and a plain one (so the run may still wrap), ending with one
    # or two no-break spaces. A count it cannot read is five; none below one.
    count = call.text(1)
    width = int(count) if count.isdigit() else 5
    if width > 99:
        return None
    if width <= 0:
        return ()
    return (Text(f"{NBSP} " * ((width - 1) // 2) + NBSP * ((width - 1) % 2 + 1)),)


@handler("Quad")
def quad(call: TemplateCall, ctx: HandlerContext) -> Output:
    # An em space, the typographer's quad.
    return None if call.positional() else (Text("\u2003"),)


# Redirects to templates that other modules render.
for _function, _names in (
    (thin_space, ("Thinspace",)),
    (hair_space, ("Very thin space",)),
    (center, ("Centered",)),
):
    for _name in _names:
        if BUILTIN.lookup(_name) is None:
            BUILTIN.add(_function, _name)
