"""Small inline templates: language notes, heights, version cells, dates as written.

Each renders what English Wikipedia (or, for ``enS``, ``zh`` with German parameters
and ``Version``, German Wikipedia; for ``ose``, Norwegian) shows for it.
"""

from __future__ import annotations

import re

from wikiconv.ast import Link, Text
from wikiconv.templates.language_names import LANGUAGE_NAMES
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler

__all__: list[str] = []

NBSP = "\u00a0"

# "{{fr icon}}" in a reference says the source is in French: "(in French)".
_LANGUAGES = {code: LANGUAGE_NAMES[code] for code in (
    "ar bg ca cs da de el en es et fa fi fr he hi hr hu id it ja ko la lt "
    "lv nl no pl pt ro ru sk sl sr sv th tr uk ur vi zh"
).split()}  # fmt: skip


@handler(*(f"{code} icon" for code in _LANGUAGES))
def language_icon(call: TemplateCall, ctx: HandlerContext) -> Output:
    return (Text(f"(in {_LANGUAGES[call.name.split()[0].lower()]})"),)


@handler("in lang")
def in_lang(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{in lang|fr|de}}: "(in French and German)".
    codes = [code.lower() for code in call.positional_texts() if code]
    if not codes or any(code not in _LANGUAGES for code in codes):
        return None
    names = [_LANGUAGES[code] for code in codes]
    joined = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    return (Text(f"(in {joined})"),)


# German Wikipedia's "{{enS|themes}}": the language's name, then the word.
_GERMAN_LANGUAGES = {"enS": "englisch", "frS": "französisch", "laS": "lateinisch",
                     "itS": "italienisch", "esS": "spanisch", "grcS": "altgriechisch",
                     "ruS": "russisch", "elS": "griechisch"}  # fmt: skip


@handler(*_GERMAN_LANGUAGES)
def german_language(call: TemplateCall, ctx: HandlerContext) -> Output:
    word = call.arg(1)
    language = _GERMAN_LANGUAGES[call.name[:1].lower() + call.name[1:]]
    return (Text(f"{language} "), *word) if word else None


@handler("zh")
def chinese(call: TemplateCall, ctx: HandlerContext) -> Output:
    # German {{zh|v=…|b=…}}: "chinesisch 火狐, Pinyin huǒ hú", a dash, "„Feuerfuchs“";
    # English {{zh|t=…|s=…|p=…|l=…}}: "Chinese: 火狐; pinyin: huǒ hú; lit. 'fire fox'".
    chars = " / ".join(x for x in (call.text("t"), call.text("v") or call.text("s")) if x)
    chars = chars or call.text("c")
    pinyin = call.text("p")
    if call.has("v") or call.has("b") or call.has("kurz"):
        out = [f"chinesisch {chars}" if chars else "chinesisch"]
        out += [f", Pinyin {pinyin}"] if pinyin else []
        out += [f" \u2013 „{call.text('b')}“"] if call.text("b") else []
        return (Text("".join(out)),) if chars or pinyin else None
    parts = [f"Chinese: {chars}"] if chars else []
    parts += [f"pinyin: {pinyin}"] if pinyin else []
    parts += [f"lit. '{call.text('l')}'"] if call.text("l") else []
    return (Text("; ".join(parts)),) if parts else None


@handler("linktext")
def linktext(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{linktext|高麗|陶磁器}}: the words run together, each linked to Wiktionary.
    words = [word for word in call.positional_texts() if word]
    return tuple(Link(f"wikt:{word}", (Text(word),)) for word in words) or None


@handler("nobold", "noitalic", "noital", "nocaps")
def unstyled(call: TemplateCall, ctx: HandlerContext) -> Output:
    return call.arg(1)


@handler("lookfrom", "look from")
def look_from(call: TemplateCall, ctx: HandlerContext) -> Output:
    prefix = call.text(1)
    if not prefix:
        return None
    label = f"All pages with titles beginning with {prefix}"
    return (Link(f"Special:PrefixIndex/{prefix}", (Text(label),)),)


@handler("birth-date", "death-date", "birth-date and age", "death-date and age")
def date_as_written(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{birth-date|0965|{{circa}} 965}}: the second value is what shows, when given.
    return call.arg(2) or call.arg(1) or None


@handler("updated")
def updated(call: TemplateCall, ctx: HandlerContext) -> Output:
    when = call.arg(1)
    return (Text("As of "), *when) if when else None


@handler("reg", "registration required", "registration")
def registration(call: TemplateCall, ctx: HandlerContext) -> Output:
    return (Text("(registration required)"),)


@handler("spire")
def spire(call: TemplateCall, ctx: HandlerContext) -> Output:
    # Norwegian (Nynorsk) stub notice: page furniture, not text.
    return ()


@handler("ose")
def oslo_stock_exchange(call: TemplateCall, ctx: HandlerContext) -> Output:
    # Norwegian {{ose|STL}}: the exchange's abbreviation, linked, and the ticker.
    ticker = call.text(1)
    return (Link("Oslo Børs", (Text("OSE"),)), Text(f": {ticker}")) if ticker else None


@handler("height", "hei")
def height(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{height|m=1.77}}: "1.77 m (5 ft 9½ in)"; {{height|ft=5|in=3}}: "5 ft 3 in (1.60 m)".
    metres = call.first_text("m", "meter", "meters", "metre", "metres")
    if not metres and call.first_text("cm"):
        metres = _number(call.first_text("cm"), 100)
    if metres and _is_number(metres):
        half_inches = int(float(metres) / 0.0254 * 2 + 0.5)
        feet, inches = divmod(half_inches, 24)
        fraction = "½" if inches % 2 else ""
        return (Text(f"{metres}{NBSP}m ({feet}{NBSP}ft {inches // 2}{fraction}{NBSP}in)"),)
    feet_text, inch_text = call.first_text("ft", "feet", "foot"), call.first_text("in", "inch")
    if not (_is_number(feet_text or "0") and _is_number(inch_text or "0")):
        return None
    if not feet_text and not inch_text:
        return None
    total = float(feet_text or 0) * 0.3048 + float(inch_text or 0) * 0.0254
    shown = " ".join(
        f"{value}{NBSP}{unit}" for value, unit in ((feet_text, "ft"), (inch_text, "in")) if value
    )
    return (Text(f"{shown} ({total:.2f}{NBSP}m)"),)


# German Vorlage:Version: a coloured table cell holding a version number; the colour
# says whether it is old, still supported, current, a preview or planned.
_VERSION_LEGEND = ("Alte Version", "Ältere Version; noch unterstützt", "Aktuelle Version",
                   "Aktuelle Vorabversion", "Zukünftige Version")  # fmt: skip


@handler("Version")
def version(call: TemplateCall, ctx: HandlerContext) -> Output:
    kind = call.text(1).lower()
    if kind in {"l", "lv", "legende", "legend"}:
        # zeige=10111 picks the legend's entries, one digit each.
        show = call.text("zeige", "1" * len(_VERSION_LEGEND))
        names = [name for name, flag in zip(_VERSION_LEGEND, show, strict=False) if flag == "1"]
        return (Text("Legende: " + " · ".join(names)),)
    return call.arg(2) if call.arg(2) else None


def _is_number(text: str) -> bool:
    return re.fullmatch(r"\d+(?:\.\d+)?", text) is not None


def _number(text: str, divisor: int) -> str:
    return f"{float(text) / divisor:g}" if _is_number(text) else ""
