"""More templates of the long tail: table cells, mathematics, durations, anime and music.

- Table-cell status templates (``{{Yes}}``, ``{{No}}``, ``{{Nom}}``…) set a cell's
  colour and show a word ("Yes", "Nominated"), or the text the call gives instead.
  The colour is lost; the word stays. ``{{diagonal split header|n|k}}`` shows the
  row and column labels of a table's corner cell, "n / k".
- Fractions as single characters (``{{1/2}}``: "½"); ``{{tmath|x^2}}`` is a TeX
  formula; ``{{NumBlk|:|formula|{{EquationRef|1}}}}`` a numbered equation, the
  formula then its number "(1)".
- ``{{Duration|m=4|s=28}}``: "4:28", as Module:Duration writes it.
- Citations and links written out by the template: ``{{Cite OEIS}}`` ('Sloane, N. J.
  A. (ed.). "Sequence A000045 (Fibonacci numbers)". The On-Line Encyclopedia of
  Integer Sequences. OEIS Foundation.'), ``{{OEIS2C|A011943}}`` (the number, linked),
  ``{{ASIN}}``, ``{{LSE|ROO}}`` ("LSE: ROO"), ``{{Discogs master}}`` ("Blue Train at
  Discogs (list of releases)"), ``{{ann|manga|6040}}`` ("Cross Game (manga) at Anime
  News Network's encyclopedia").
- Anime lists: ``{{Anime voices|A|B}}`` ("Voiced by: A (Japanese); B (English)"),
  ``{{English manga publisher|NA=Viz Media}}`` ("NA: Viz Media", as the infobox shows).
- Boxes beside or below the text (sidebars, navboxes, the "unsolved problem" box, an
  external video box, an album's extra chronology) and bot markers show nothing.
"""

from __future__ import annotations

import re

from wikiconv.ast import ExternalLink, Inline, InlineTag, Italic, LineBreak, Link, Math, Text
from wikiconv.templates.lists import flatlist
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler
from wikiconv.templates.weblinks_sites import linked

__all__: list[str] = []

Nodes = tuple[Inline, ...]

# ------------------------------------------------------------------- table cells

# The word each status template shows when the call gives none.
_CELLS = {
    "Yes": "Yes", "No": "No", "Partial": "Partial", "Dunno": "?", "N/A": "N/A",
    "N/a": "N/A", "Nom": "Nominated", "Won": "Won", "Okay": "Neutral", "Some": "Some",
    "Unknown": "Unknown", "Maybe": "Maybe", "Depends": "Depends", "Usually": "Usually",
    "Rarely": "Rarely", "Sometimes": "Sometimes", "Free": "Free", "Nonfree": "Proprietary",
    "TBA": "TBA", "Active": "Active", "Inactive": "Inactive", "Included": "Included",
    "Dropped": "Dropped", "Good": "Good", "Bad": "Bad",
}  # fmt: skip


@handler(*_CELLS)
def table_cell(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{yes}}: "Yes"; {{yes|Since 2.0}}: the text given (an empty one shows nothing).
    if call.has(1):
        return call.arg(1)
    return (Text(_CELLS[call.name]),)


@handler("Diagonal split header")
def diagonal_split_header(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{diagonal split header|''n''|''k''}}: the row label below the diagonal, the
    # column label above it; in text, "n / k".
    rows, columns = _lines(call.arg(1)), _lines(call.arg(2))
    if not rows or not columns:
        return None
    return (*rows, Text(" / "), *columns)


def _lines(content: Nodes) -> Nodes:
    """The content with each ``<div>`` made a line of its own (it is a block there)."""
    out: list[Inline] = []
    for index, node in enumerate(content):
        if isinstance(node, InlineTag) and node.tag == "div":
            if out:
                out.append(LineBreak())
            out.extend(node.content)
            if index + 1 < len(content):
                out.append(LineBreak())
        else:
            out.append(node)
    return tuple(out)


# ------------------------------------------------------------------- mathematics

_FRACTIONS = {"1/2": "½", "1/3": "⅓", "2/3": "⅔", "1/4": "¼", "3/4": "¾"}


@handler(*_FRACTIONS)
def fraction(call: TemplateCall, ctx: HandlerContext) -> Output:
    return (Text(_FRACTIONS[call.name]),)


@handler("Tmath")
def tmath(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{tmath|x^2}}: the TeX formula inline, as <math>x^2</math>.
    tex = call.text(1)
    return (Math(tex),) if tex else None


@handler("EquationRef")
def equation_ref(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{EquationRef|1}}: the equation's number in parentheses, "(1)".
    label = call.arg(1)
    if not label or call.has(2):
        return None
    return (Text("("), *label, Text(")"))


@handler("NumBlk")
def numbered_block(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{NumBlk|:|<math>…</math>|{{EquationRef|1}}}}: the indented formula, its number
    # at the right of the line.
    formula, number = call.arg(2), call.arg(3)
    if not formula or not number:
        return None
    return (*formula, Text(" "), *number)


@handler("OEIS2C")
def oeis2c(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{OEIS2C|A011943}}: the sequence's number, linked to its entry.
    number = call.first_text("id", 1)
    if not re.fullmatch(r"A\d{6}", number):
        return None
    return (ExternalLink(f"https://oeis.org/{number}", (Text(number),)),)


@handler("Cite OEIS")
def cite_oeis(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Cite OEIS|A000045|Fibonacci numbers}}: 'Sloane, N. J. A. (ed.). "Sequence
    # A000045 (Fibonacci numbers)". The On-Line Encyclopedia of Integer Sequences.
    # OEIS Foundation.'
    known = {"1", "2", "sequencenumber", "name"}
    if any(key not in known for key, _ in call.named()):
        return None
    number = call.first_text("sequencenumber", 1)
    if not re.fullmatch(r"A\d{6}", number):
        return None
    name = call.first_text("name", 2)
    title = f"Sequence {number} ({name})" if name else f"Sequence {number}"
    return (
        Link("Neil Sloane", (Text("Sloane, N. J. A."),)),
        Text(' (ed.). "'),
        linked(f"https://oeis.org/{number}", title),
        Text('". '),
        Italic((Link("On-Line Encyclopedia of Integer Sequences", (Text(
            "The On-Line Encyclopedia of Integer Sequences"),)),)),
        Text(". OEIS Foundation."),
    )  # fmt: skip


# ---------------------------------------------------------------------- durations

_CLOCK = re.compile(r"(?:(\d+):)?(\d+):(\d+(?:\.\d+)?)")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


@handler("Duration")
def duration(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Duration|m=4|s=28}}: "4:28"; {{Duration|1|2|3}}: "1:02:03"; {{Duration|1:2:3}}
    # likewise. Hours show only when given; seconds are two digits, minutes too after
    # hours.
    texts = call.positional_texts()
    if len(texts) == 1 and not any(call.has(k) for k in ("h", "m", "s")):
        clock = _CLOCK.fullmatch(texts[0])
        if clock is None:
            return None
        hours, minutes, seconds = clock.group(1) or "", clock.group(2), clock.group(3)
    else:
        texts += [""] * (3 - len(texts))
        hours = call.text("h") or texts[0]
        minutes = call.text("m") or texts[1]
        seconds = call.text("s") or texts[2]
    if not (hours or minutes or seconds):
        return None
    if not all(v.isdigit() for v in (hours, minutes) if v) or (
        seconds and not _NUMBER.fullmatch(seconds)
    ):
        return None
    whole, _, decimals = (seconds or "0").partition(".")
    if int(whole) >= 60 or (hours and minutes and int(minutes) >= 60):
        return None
    shown_seconds = f"{int(whole):02d}" + (f".{decimals}" if decimals else "")
    if hours:
        return (Text(f"{int(hours)}:{int(minutes or 0):02d}:{shown_seconds}"),)
    return (Text(f"{int(minutes or 0)}:{shown_seconds}"),)


# ------------------------------------------------------------------- lists, boxes


@handler("Flat list")
def flat_list(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Flat list}} redirects to {{Flatlist}}.
    return flatlist(call, ctx)


@handler("Dark mode invert")
def dark_mode_invert(call: TemplateCall, ctx: HandlerContext) -> Output:
    # Inverts its content's colours in dark mode: the content shows.
    return call.arg(1) or None


@handler(
    "Cbignore",
    "Unsolved",
    "External music video",
    "Extra chronology",
    "Quantum mechanics",
    "Protected Areas of Kansas",
    "Eknath Easwaran",
)
def nothing_shown(call: TemplateCall, ctx: HandlerContext) -> Output:
    # A bot's marker; boxes beside the text (the "unsolved problem" box, a video box,
    # a sidebar); an infobox's extra chronology box; navboxes at the foot of the page.
    return ()


# ----------------------------------------------------------------- links and codes


@handler("ASIN")
def asin(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{ASIN|B000002UJQ}}: "ASIN B000002UJQ", the number linked to Amazon.
    number = call.text(1)
    if not re.fullmatch(r"[0-9A-Z]{10}", number):
        return None
    domain = call.text("country", "com")
    url = f"https://www.amazon.{domain}/dp/{number}"
    return (
        Link("Amazon Standard Identification Number", (Text("ASIN"),)),
        Text(" "),
        linked(url, number),
    )


@handler("LSE", "Lse")
def london_stock_exchange(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{LSE|ROO}}: "LSE: ROO", the exchange linked, the ticker linked to its page.
    ticker = call.text(1)
    if not re.fullmatch(r"[A-Z0-9.]{1,6}", ticker):
        return None
    url = f"https://www.londonstockexchange.com/stock/{ticker}/"
    return (Link("London Stock Exchange", (Text("LSE"),)), Text(": "), linked(url, ticker))


@handler("Discogs master")
def discogs_master(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Discogs master|32208|name=Blue Train|type=album}}: "Blue Train at Discogs
    # (list of releases)", an album's title in italics, a song's in quotes.
    ident, name = call.first_text("id", 1), call.first_text("name", 2)
    kind = call.text("type").lower()
    if not ident.isdigit() or not name or call.text("artist"):
        return None
    shown: Inline = linked(f"https://www.discogs.com/master/{ident}", name)
    if kind in {"album", "ep"}:
        label: Nodes = (Italic((shown,)),)
    elif kind in {"song", "single"}:
        label = (Text('"'), shown, Text('"'))
    elif not kind:
        label = (shown,)
    else:
        return None
    return (*label, Text(" at "), Link("Discogs", ()), Text(" (list of releases)"))


@handler("Ann", "ANN", "Anime News Network")
def anime_news_network(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{ann|manga|6040}}: "Cross Game (manga) at Anime News Network's encyclopedia",
    # the page title unless a third value names the work; people and companies have
    # no kind after the name.
    kind, ident = call.text(1).lower(), call.text(2)
    title = call.text(3) or (ctx.title or "")
    if not kind.isalpha() or not ident.isdigit() or not title or call.has(4):
        return None
    url = f"https://www.animenewsnetwork.com/encyclopedia/{kind}.php?id={ident}"
    label = title if kind in {"people", "company"} else f"{title} ({kind})"
    return (
        linked(url, label),
        Text(" at "),
        Link("Anime News Network"),
        Text("'s encyclopedia"),
    )


# ------------------------------------------------------------------------- anime


@handler("Animevoices", "Anime voices")
def anime_voices(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Anime voices|[[Miyu Irino]]|[[Max Mittelman]]}}: "Voiced by: Miyu Irino
    # (Japanese); Max Mittelman (English)".
    values = call.positional()
    if not values or not values[0] or len(values) > 2 or any(True for _ in call.named()):
        return None
    out: list[Inline] = [Text("Voiced by: "), *values[0], Text(" (Japanese)")]
    if len(values) == 2 and values[1]:
        out += [Text("; "), *values[1], Text(" (English)")]
    return tuple(out)


_REGIONS = {"NA", "UK", "AUS", "AU", "NZ", "SEA", "IN", "SA", "EU"}


@handler("English manga publisher", "English anime licensee")
def english_licensee(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{English manga publisher|NA=[[Viz Media]]}}: "NA: Viz Media", each region's
    # company after its abbreviation.
    given = [(key, value) for key, value in call.named() if value]
    if call.positional() or not given or any(key not in _REGIONS for key, _ in given):
        return None
    if len(given) > 1:
        return None  # the template's own order of regions is not known here
    key, value = given[0]
    return (Text(f"{key}: "), *value)
