"""Odds and ends: Japanese names, poems, sky positions, e-mail and user names, audio.

- ``{{Nihongo2|東京}}`` shows the Japanese text alone; ``{{Nihongo3|Tokyo|東京|Tōkyō}}``
  puts the romanisation first, "Tōkyō (東京, Tokyo)"; ``{{Nihongo-s}}`` is ``{{Nihongo}}``.
- ``{{Poem quote|line\\nline|sign=…|source=…}}``: the poem, a line per line, then
  "— author, source" on a line of its own, as ``{{Quote}}`` sets its attribution.
- Positions on the sky: ``{{RA|05|35|17.3}}`` "05h 35m 17.3s" (the unit letters raised),
  ``{{DEC|-05|23|28}}`` in degrees, arcminutes and arcseconds (primes, a true minus
  sign) and ``{{Sky|…}}`` both, "RA, Dec".
- ``{{Email|address|label}}`` a mail link; ``{{No spam|user|example.org}}`` the address
  written out; ``{{@|Name}}`` (a reply to a user) "@Name:" with the user page linked.
- ``{{Portuguese name|Santos|Silva}}``: the family-name hatnote's sentence.
- ``{{Audio|File.ogg|label}}``: the label, linked to the sound file.
- ``{{Cite}}`` is ``{{Citation}}``.
"""

from __future__ import annotations

from wikiconv.ast import ExternalLink, Inline, Italic, LineBreak, Link, SoftBreak, Superscript, Text

# Imported for its registrations: {{Cite}} renders with {{Citation}}'s handler.
from wikiconv.templates import citations as citations
from wikiconv.templates.language import nihongo
from wikiconv.templates.registry import BUILTIN, HandlerContext, Output, TemplateCall, handler

__all__: list[str] = []

NBSP = "\u00a0"
MINUS = "\u2212"

# ------------------------------------------------------------------- Japanese names

BUILTIN.add(nihongo, "Nihongo-s")


@handler("Nihongo2")
def nihongo2(call: TemplateCall, ctx: HandlerContext) -> Output:
    return call.arg(1) or None


@handler("Nihongo3")
def nihongo3(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The values are Nihongo's (English, kanji, romaji); the romaji leads, in italics.
    english, kanji, romaji = call.arg(1), call.arg(2), call.arg(3)
    if not romaji:
        return None
    inside: list[Inline] = []
    for part in (kanji, english, call.arg(4), call.arg(5)):
        if part:
            inside.extend((*([Text(", ")] if inside else []), *part))
    lead = (Italic(romaji),)
    return (*lead, Text(" ("), *inside, Text(")")) if inside else lead


# --------------------------------------------------------------------------- poems


@handler("Poem quote", "Poemquote")
def poem_quote(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The poem keeps its line ends (it is set as <poem>); the attribution follows on a
    # line of its own after a dash, its parts joined by commas.
    text = _first(call, "text", "1", "quote", "poem")
    if not text:
        return None
    lines: list[Inline] = []
    for node in text:
        if isinstance(node, SoftBreak):
            lines.append(LineBreak())
        elif isinstance(node, Text) and "\n" in node.text:
            for index, piece in enumerate(node.text.split("\n")):
                lines.extend([LineBreak()] if index else [])
                lines.extend([Text(piece)] if piece else [])
        else:
            lines.append(node)
    cite: list[Inline] = []
    for keys in (("char", "character"), ("2", "sign", "author"), ("3", "title"), ("4", "source")):
        part = _first(call, *keys)
        if part:
            cite += [Text(", "), *part] if cite else list(part)
    return (*lines, LineBreak(), Text("\u2014\u2009"), *cite) if cite else tuple(lines)


def _first(call: TemplateCall, *keys: str) -> tuple[Inline, ...]:
    for key in keys:
        value = call.arg(key)
        if value:
            return value
    return ()


# ------------------------------------------------------------------------ the sky


@handler("RA")
def right_ascension(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{RA|hours|minutes|seconds}}: each number followed by its raised unit letter.
    return _ra(call.text(1), call.text(2), call.text(3)) or None


@handler("DEC")
def declination(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{DEC|degrees|arcminutes|arcseconds}}; a minus is written as a true minus sign.
    text = _dec("", call.text(1), call.text(2), call.text(3))
    return (Text(text),) if text else None


@handler("Sky")
def sky(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Sky|h|m|s|sign|d|m|s|distance}}: the right ascension, then the declination.
    ra = _ra(call.text(1), call.text(2), call.text(3))
    dec = _dec(call.text(4), call.text(5), call.text(6), call.text(7))
    if not ra or not dec:
        return None
    return (*ra, Text(f", {dec}"))


def _ra(hours: str, minutes: str, seconds: str) -> tuple[Inline, ...]:
    out: list[Inline] = []
    for value, unit in ((hours, "h"), (minutes, "m"), (seconds, "s")):
        if value:
            out += [Text(NBSP + value if out else value), Superscript((Text(unit),))]
    return tuple(out)


def _dec(sign: str, degrees: str, minutes: str, seconds: str) -> str:
    sign = sign.replace("-", MINUS)
    if degrees.startswith("-"):
        degrees = MINUS + degrees[1:]
    units = ((degrees, "\u00b0"), (minutes, "\u2032"), (seconds, "\u2033"))
    shown = [f"{value}{unit}" for value, unit in units if value]
    return sign + NBSP.join(shown) if shown else ""


# --------------------------------------------------------------- e-mail and users


@handler("Email")
def email(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Email|address|label}}: a mailto link showing the label, or else the address.
    address = call.text(1)
    if not address:
        return None
    return (ExternalLink(f"mailto:{address}", call.arg(2) or (Text(address),)),)


@handler("No spam", "No spam blue")
def no_spam(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{No spam|user|example.org}}: the address spelled out (written so that harvesting
    # bots miss it); the blue form only colours it as a link.
    user, domain = call.text(1), call.text(2)
    return (Text(f"{user}@{domain}"),) if user and domain else None


@handler("@")
def reply_to(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{@|A|B|C}}: "@A, B and C:", each name linked to its user page; labelN= (label=
    # for the first) replaces a name, prefix= the "@", p= the closing colon.
    names = [(n, name) for n, name in enumerate(call.positional_texts(), 1) if name]
    if not names:
        return None
    out: list[Inline] = [Text(call.text("prefix", "@"))] if call.text("prefix", "@") else []
    for index, (number, name) in enumerate(names):
        if index:
            out.append(Text(" and " if index == len(names) - 1 else ", "))
        label = call.first_text(f"label{number}", *(["label"] if number == 1 else []))
        shown = (Text(label),) if label and label != name else ()
        out.append(Link(f"User:{name}", shown or (Text(name),)))
    punctuation = call.param("p")
    out.append(Text(":" if punctuation is None else call.text("p")))
    return tuple(node for node in out if not (isinstance(node, Text) and not node.text))


# ---------------------------------------------------------------- names and sound


@handler("Portuguese name")
def portuguese_name(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The family-name hatnote: which of the two surnames is the mother's.
    maternal, paternal = call.text(1), call.text(2)
    if not maternal or not paternal:
        return None
    return (
        Text(
            f"In this Portuguese name, the first or maternal family name is {maternal} "
            f"and the second or paternal family name is {paternal}."
        ),
    )


@handler("Audio")
def audio(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Audio|File.ogg|label}}: beside a speaker icon (an image: dropped), the label,
    # which plays the file.
    name, label = call.text(1), call.arg(2)
    if not name or not label:
        return None
    return (Link(f"Media:{name}", label),)


_CITATION = BUILTIN.lookup("Citation")
if _CITATION is not None:  # registered by the citations module, imported above
    BUILTIN.add(_CITATION, "Cite")
