"""People: marriages, sources of a film, armed forces, post-nominal letters, medals.

What English Wikipedia shows for each call:

- ``{{marriage|Maria Nys|1919|1955|end=died}}``: "Maria Nys (m. 1919; died 1955)"; only
  the years of the dates show, an end without a reason is a range ("m. 1919-1955", en dash).
- ``{{based on|''E.R.''|Josep Maria Benet i Jornet}}``: the title, then on a line of its
  own "by" and the author (several authors: "by", then one a line).
- ``{{army|USA}}``, ``{{navy|GBR}}``, ``{{air force|CAN}}``: the country's flag (not
  text, dropped as ``flagicon`` drops it) and the force's name, linked.
- ``{{native name|ca|Principat d'Andorra}}``: the name (italic in Latin script), then
  the language: "Principat d'Andorra (Catalan)".
- ``{{post-nominals|country=GBR|OBE|FRS}}``: the letters in smaller type, each linked
  to its order or fellowship where known.
- ``{{KIA}}`` a dagger, ``{{music|flat}}`` the symbol, ``{{abbrlink|…}}`` a linked
  abbreviation, and the rows of an infobox's medal table.
"""

from __future__ import annotations

import re
import unicodedata

from wikiconv.ast import Inline, InlineTag, Italic, LineBreak, Link, Small, Text
from wikiconv.templates.language import LANGUAGES
from wikiconv.templates.lists import unbulleted
from wikiconv.templates.registry import BUILTIN, HandlerContext, Output, TemplateCall, handler
from wikiconv.walk import plain_text

__all__: list[str] = []

NBSP = "\u00a0"
ZWSP = "\u200b"
Nodes = tuple[Inline, ...]

# ----------------------------------------------------------------------- marriage

# end= values: the word shown before the end year, and its tooltip (none for "died").
_ENDS = {
    **dict.fromkeys(("div", "div.", "divorced", "divorce"), ("div.", "divorced")),
    **dict.fromkeys(("w", "w.", "wid", "wid.", "widowed"), ("wid.", "widowed")),
    **dict.fromkeys(("sep", "sep.", "separated"), ("sep.", "separated")),
    **dict.fromkeys(("ann", "ann.", "annulled", "annulment"), ("ann.", "annulled")),
    **dict.fromkeys(("d", "d.", "died", "death"), ("died", "")),
}
_YEAR = re.compile(r"(?<!\d)(\d{3,4})(?!\d)")


def _year(text: str) -> str:
    """The year of a date as written ("1 January 1895" is 1895); else the text."""
    found = _YEAR.findall(text)
    return found[-1] if len(set(found)) == 1 else text


def _abbr(short: str, title: str) -> Inline:
    return InlineTag("abbr", (("title", title),), (Text(short),)) if title else Text(short)


@handler("marriage")
def marriage(call: TemplateCall, ctx: HandlerContext) -> Output:
    name = call.arg(1) or call.arg("spouse")
    start = _year(call.first_text(2, "date"))
    if not start:
        return name or None
    bracket: list[Inline] = [Text("("), _abbr("m.", "married"), Text(f"{NBSP}{start}")]
    end = _year(call.first_text(3))
    reason = call.first_text("end", "reason")
    if end and reason:
        word, title = _ENDS.get(reason.lower(), (reason, ""))
        bracket.extend((Text("; "), _abbr(word, title), Text(f"{NBSP}{end}")))
    elif end:
        bracket.append(Text(f"\u2013{end}"))
    bracket.append(Text(")"))
    shown: Nodes = tuple(bracket)
    if call.text("()").lower() in {"small", "smaller"}:
        shown = (Small(shown),)
    # A zero-width space lets the line break before the bracket, not inside the name.
    return (*name, Text(f" {ZWSP}"), *shown) if name else shown


@handler("based on")
def based_on(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The work, then "by" its creators on the next line; several creators are listed
    # one a line after "by".
    title = call.arg(1)
    creators = [value for value in call.positional()[1:] if value]
    if not title:
        return None
    if not creators:
        return title
    if len(creators) == 1:
        return (*title, LineBreak(), Text("by "), *creators[0])
    out: list[Inline] = [*title, LineBreak(), Text("by")]
    for creator in creators:
        out.extend((LineBreak(), *creator))
    return tuple(out)


# Redirects to {{unbulleted list}} that lists.py does not name: one item a line.
BUILTIN.add(unbulleted, "vunblist", "UBL", "Unbulleted")

# -------------------------------------------------------------------- armed forces

# A country's army, navy and air force as its flag data names them ("" if none).
_FORCES = {
    "USA": ("United States Army", "United States Navy", "United States Air Force"),
    "CSA": ("Confederate States Army", "Confederate States Navy", ""),
    "GBR": ("British Army", "Royal Navy", "Royal Air Force"),
    "CAN": ("Canadian Army", "Royal Canadian Navy", "Royal Canadian Air Force"),
    "AUS": ("Australian Army", "Royal Australian Navy", "Royal Australian Air Force"),
    "NZL": ("New Zealand Army", "Royal New Zealand Navy", "Royal New Zealand Air Force"),
    "IND": ("Indian Army", "Indian Navy", "Indian Air Force"),
    "PAK": ("Pakistan Army", "Pakistan Navy", "Pakistan Air Force"),
    "IRL": ("Irish Army", "Irish Naval Service", "Irish Air Corps"),
    "RSA": ("South African Army", "South African Navy", "South African Air Force"),
    "NED": ("Royal Netherlands Army", "Royal Netherlands Navy", "Royal Netherlands Air Force"),
    "NOR": ("Norwegian Army", "Royal Norwegian Navy", "Royal Norwegian Air Force"),
    "SWE": ("Swedish Army", "Swedish Navy", "Swedish Air Force"),
    "GRE": ("Hellenic Army", "Hellenic Navy", "Hellenic Air Force"),
    "PHI": ("Philippine Army", "Philippine Navy", "Philippine Air Force"),
    "KOR": ("Republic of Korea Army", "Republic of Korea Navy", "Republic of Korea Air Force"),
    "BRA": ("Brazilian Army", "Brazilian Navy", "Brazilian Air Force"),
    "MEX": ("Mexican Army", "Mexican Navy", "Mexican Air Force"),
    "ITA": ("Italian Army", "Italian Navy", "Italian Air Force"),
    "JPN": ("Japan Ground Self-Defense Force", "Japan Maritime Self-Defense Force",
            "Japan Air Self-Defense Force"),
}  # fmt: skip
_COUNTRY_KEYS = {
    "US": "USA", "UNITED STATES": "USA", "UNITED STATES OF AMERICA": "USA",
    "CONFEDERATE STATES OF AMERICA": "CSA", "CONFEDERATE STATES": "CSA",
    "UK": "GBR", "UNITED KINGDOM": "GBR", "GREAT BRITAIN": "GBR", "CANADA": "CAN",
    "AUSTRALIA": "AUS", "NEW ZEALAND": "NZL", "INDIA": "IND", "PAKISTAN": "PAK",
    "IRELAND": "IRL", "SOUTH AFRICA": "RSA", "ZAF": "RSA", "NETHERLANDS": "NED",
    "NLD": "NED", "NORWAY": "NOR", "SWEDEN": "SWE", "GREECE": "GRE", "PHILIPPINES": "PHI",
    "SOUTH KOREA": "KOR", "BRAZIL": "BRA", "MEXICO": "MEX", "ITALY": "ITA", "JAPAN": "JPN",
}  # fmt: skip
# Countries whose forces kept their names through the flag variants ({{army|USA|1861}});
# elsewhere a variant may be another era's force (the Imperial Japanese Army).
_SAME_IN_EVERY_ERA = {"USA", "CSA", "GBR"}
_BRANCH = {"Army": 0, "Navy": 1, "Air force": 2}


@handler(*_BRANCH)
def armed_force(call: TemplateCall, ctx: HandlerContext) -> Output:
    code = call.text(1).upper()
    code = _COUNTRY_KEYS.get(code, code)
    forces = _FORCES.get(code)
    if forces is None or (call.text(2) and code not in _SAME_IN_EVERY_ERA):
        return None
    name = forces[_BRANCH[call.name]]
    return (Link(name),) if name else None


@handler("KIA")
def killed_in_action(call: TemplateCall, ctx: HandlerContext) -> Output:
    # A dagger after the name of one killed in the battle.
    return (Text(f"{NBSP}\u2020"),)


_MUSIC = {
    **dict.fromkeys(("flat", "b"), "\u266d"),
    **dict.fromkeys(("sharp", "#"), "\u266f"),
    **dict.fromkeys(("natural", "n"), "\u266e"),
    **dict.fromkeys(("doubleflat", "double flat", "bb"), "\U0001d12b"),
    **dict.fromkeys(("doublesharp", "double sharp", "x", "##"), "\U0001d12a"),
    **dict.fromkeys(("treble", "trebleclef", "treble clef", "g clef"), "\U0001d11e"),
    **dict.fromkeys(("bass", "bassclef", "bass clef", "f clef"), "\U0001d122"),
    **dict.fromkeys(("alto", "altoclef", "alto clef", "c clef"), "\U0001d121"),
    **dict.fromkeys(("quarter", "crotchet"), "\u2669"),
    **dict.fromkeys(("eighth", "quaver"), "\u266a"),
    **dict.fromkeys(("beamed eighths", "beamed quavers"), "\u266b"),
    **dict.fromkeys(("beamed sixteenths", "beamed semiquavers"), "\u266c"),
    **dict.fromkeys(("common time", "common"), "\U0001d134"),
    **dict.fromkeys(("cut time", "alla breve"), "\U0001d135"),
    "segno": "\U0001d10b",
    "coda": "\U0001d10c",
    "fermata": "\U0001d110",
}


@handler("music")
def music(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{music|flat}}: the symbol alone; other forms (time signatures) are not text.
    if call.text(2):
        return None
    symbol = _MUSIC.get(call.text(1).lower())
    return (Text(symbol),) if symbol else None


# ---------------------------------------------------------------- names and letters


def _latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all("LATIN" in unicodedata.name(c, "") for c in letters)


@handler("native name", "native phrase")
def native_name(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The name in its language (italic when in Latin script), then the language's
    # name in brackets unless paren=omit.
    code = call.text(1).lower()
    # Two codes the shared table lacks; Module:Lang names them so.
    language = LANGUAGES.get(code)
    text = call.arg(2)
    if language is None or not text:
        return None
    off = call.text("italics").lower() in {"off", "no", "n"} or call.text("italic") == "no"
    shown: Nodes = (Italic(text),) if _latin(plain_text(text)) and not off else text
    if call.text("paren").lower() == "omit":
        return shown
    space = " " if call.text("nbsp").lower() == "omit" else NBSP
    return (*shown, Text(f"{space}({language})"))


# The letters' articles in the British table of {{post-nominals}}.
_ORDERS = {
    **dict.fromkeys(("GBE", "KBE", "DBE", "CBE", "OBE", "MBE"), "Order of the British Empire"),
    **dict.fromkeys(("GCB", "KCB", "DCB", "CB"), "Order of the Bath"),
    **dict.fromkeys(("GCMG", "KCMG", "DCMG", "CMG"), "Order of St Michael and St George"),
    **dict.fromkeys(("GCVO", "KCVO", "DCVO", "CVO", "LVO", "MVO"), "Royal Victorian Order"),
    "KG": "Order of the Garter", "LG": "Order of the Garter", "KT": "Order of the Thistle",
    "OM": "Order of Merit", "CH": "Order of the Companions of Honour",
    "VC": "Victoria Cross", "GC": "George Cross", "DSO": "Distinguished Service Order",
    "MC": "Military Cross", "FRS": "Fellow of the Royal Society",
    "FBA": "Fellow of the British Academy", "PC": "Privy Council of the United Kingdom",
    "QC": "Queen's Counsel", "KC": "King's Counsel",
}  # fmt: skip


@handler("post-nominals", "post-nominal", "postnominals")
def post_nominals(call: TemplateCall, ctx: HandlerContext) -> Output:
    letters = [text for text in call.positional_texts() if text]
    if not letters:
        return None
    british = call.text("country", "GBR").upper() in {"GBR", "UK"}
    out: list[Inline] = []
    for index, letter in enumerate(letters):
        if index:
            out.append(Text(" "))
        article = _ORDERS.get(letter) if british else None
        out.append(Link(article, (Text(letter),)) if article else Text(letter))
    return tuple(out) if call.text("size") == "100%" else (Small(tuple(out)),)


@handler("abbrlink")
def abbrlink(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{abbrlink|OBE|Order of the British Empire}}: the abbreviation, linked to the
    # article it abbreviates, which its tooltip spells out.
    short, article = call.text(1), call.text(2)
    if not short or not article:
        return None
    title = call.text(3, article)
    return (Link(article, (InlineTag("abbr", (("title", title),), (Text(short),)),)),)


# ------------------------------------------------------------------- medal tables

# A medal table written inside an infobox field: its rows in the text, one a line.
# (Standing on lines of its own, the table is a block group of ``tables``.) The
# medal's icon is given by its description, as the table there gives it.
_MEDALS = {
    "MedalGold": "Gold medal \u2013 first place",
    "MedalSilver": "Silver medal \u2013 second place",
    "MedalBronze": "Bronze medal \u2013 third place",
}


@handler("MedalCompetition", "MedalSport", "MedalCountry")
def medal_heading(call: TemplateCall, ctx: HandlerContext) -> Output:
    # A heading row: the sport, "Representing" the country, or the competition.
    heading = call.arg(1)
    if not heading:
        return None
    if call.name == "MedalCountry":
        heading = (Text("Representing "), *heading)
    return (*heading, LineBreak())


@handler(*_MEDALS)
def medal_row(call: TemplateCall, ctx: HandlerContext) -> Output:
    # One row: the medal, the games and the event.
    games, event = call.arg(1), call.arg(2)
    if not games:
        return None
    out: list[Inline] = [Text(_MEDALS[call.name] + " "), *games]
    if event:
        out.extend((Text(" "), *event))
    out.append(LineBreak())
    return tuple(out)
