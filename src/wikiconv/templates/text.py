"""Typography and text wrappers: what they show is their text, set a little apart.

Each renders as English Wikipedia's template of that name does; the wrappers whose
effect is only styling (``nowrap``, ``nastaliq``) give their content unchanged.
"""

from __future__ import annotations

from wikiconv.ast import (
    Inline,
    InlineTag,
    Italic,
    Link,
    Small,
    Subscript,
    Superscript,
    Text,
)

# The rest of the family lives in these modules; importing them registers their handlers.
from wikiconv.templates import text_blocks, text_more  # noqa: F401
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler

__all__: list[str] = []

NBSP = "\u00a0"


@handler("nowrap", "nobr", "nowrap begin", "longitem", "nastaliq", "nq", "script", "resize")
def content(call: TemplateCall, ctx: HandlerContext) -> Output:
    # Styling only: the page shows the (last positional) text; {{resize|90%|text}}.
    values = call.positional()
    return values[-1] if values else ()


@handler("small", "smaller", "midsize")
def small(call: TemplateCall, ctx: HandlerContext) -> Output:
    return (Small(call.arg(1)),)


@handler("big", "larger", "large")
def big(call: TemplateCall, ctx: HandlerContext) -> Output:
    return (InlineTag("big", (), call.arg(1)),)


@handler("sup", "su")
def sup(call: TemplateCall, ctx: HandlerContext) -> Output:
    return (Superscript(call.arg(1)),)


@handler("sub")
def sub(call: TemplateCall, ctx: HandlerContext) -> Output:
    return (Subscript(call.arg(1)),)


# Characters a template exists for because they are awkward to type.
_CHARACTERS = {
    "Ndash": "\u2013",
    "Mdash": "\u2014",
    "Emdash": "\u2014",
    "Snd": f"{NBSP}\u2013 ",
    "Spaced ndash": f"{NBSP}\u2013 ",
    "Spaced en dash": f"{NBSP}\u2013 ",
    "Spnd": f"{NBSP}\u2013 ",
    "Spd": f"{NBSP}\u2013 ",
    "Snds": f"{NBSP}\u2013 ",
    "Smdash": f"{NBSP}\u2014 ",
    "·": f"{NBSP}· ",
    "Dot": f"{NBSP}· ",
    "Middot": "·",
    "•": f"{NBSP}• ",
    "!": "|",
    "=": "=",
    "Pipe": "|",
    "Increase": "\u25b2",  # the green up triangle icon
    "Decrease": "\u25bc",  # the red down triangle icon
    "Steady": "\u25ac",
    "Mdashb": "\u2014",  # an unspaced em dash the line may break after
    "\\": f"{NBSP}/ ",  # {{\}}: a spaced slash between alternatives
}


@handler("!((", "))!")
def link_bracket(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{!((}} and {{))!}} are "[[" and "]]" for a link that another template (an
    # infobox) assembles from parts: GBP{{))!}}; {{!((}}Pound sign{{!}}£. Calls are
    # rendered one by one, so the parts never make the link again; the brackets,
    # which the page never shows, are left out.
    return ()


@handler(*_CHARACTERS)
def character(call: TemplateCall, ctx: HandlerContext) -> Output:
    return (Text(_CHARACTERS[call.name]),)


@handler("nbsp", "spaces", "space")
def nbsp(call: TemplateCall, ctx: HandlerContext) -> Output:
    count = call.text(1, "1")
    return (Text(NBSP * int(count)),) if count.isdigit() and int(count) < 100 else None


@handler("0")
def figure_zero(call: TemplateCall, ctx: HandlerContext) -> Output:
    # Hidden zeros that pad numbers in a column: they show as blank digit widths.
    count = call.text(1, "1")
    return (Text("\u2007" * int(count)),) if count.isdigit() and int(count) < 100 else None


@handler("abbr", "abbrv")
def abbr(call: TemplateCall, ctx: HandlerContext) -> Output:
    title = call.text(2)
    return (InlineTag("abbr", (("title", title),) if title else (), call.arg(1)),)


@handler("sic")
def sic(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{sic|teh}} shows "teh [sic]"; {{sic|hide=y|teh}} only the word; the two-part
    # form {{sic|te|h}} joins the parts.
    word = tuple(node for value in call.positional() for node in value)
    if call.flag("hide", "nolink"):
        return word if call.flag("hide") else (*word, Text(" ["), Italic((Text("sic"),)), Text("]"))
    mark = (Text("["), Italic((Text("sic"),)), Text("]"))
    return (*word, Text(" "), *mark) if word else mark


@handler("circa", "c.", "ca.", "ca")
def circa(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{circa|1850}} "c. 1850"; two dates, {{c.|965|1040}}: "c. 965 - c. 1040"
    # with a spaced en dash.
    when, until = call.text(1), call.text(2)
    if when and until:
        return (Text(f"c.{NBSP}{when}{NBSP}\u2013 c.{NBSP}{until}"),)
    return (Text(f"c.{NBSP}{when}" if when else "c."),)


@handler("ISBN", "Isbn")
def isbn(call: TemplateCall, ctx: HandlerContext) -> Output:
    return _identifiers(call, "ISBN", "Special:BookSources/")


@handler("OCLC", "Oclc")
def oclc(call: TemplateCall, ctx: HandlerContext) -> Output:
    return _identifiers(call, "OCLC", "")


@handler("ISSN", "Issn")
def issn(call: TemplateCall, ctx: HandlerContext) -> Output:
    return _identifiers(call, "ISSN", "")


def _identifiers(call: TemplateCall, label: str, target: str) -> Output:
    # {{ISBN|a|b}} shows "ISBN a, b", each number linked to where it is looked up.
    numbers = [text for text in call.positional_texts() if text]
    if not numbers:
        return None
    out: list[Inline] = [Text(f"{label}{NBSP}")]
    for index, number in enumerate(numbers):
        if index:
            out.append(Text(", "))
        out.append(Link(target + number, (Text(number),)) if target else Text(number))
    return tuple(out)
