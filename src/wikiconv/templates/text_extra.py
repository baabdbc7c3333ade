"""More of English Wikipedia's small templates: inline notes, hatnotes, marks and text.

- Inline notes, raised and in italics in brackets as the other inline tags are:
  ``{{relevance inline}}`` "[relevant?]", ``{{weasel-inline}}`` "[weasel words]",
  ``{{qualify evidence}}`` "[qualify evidence]", ``{{full}}`` "[full citation
  needed]". ``{{POW}}`` after a commander's name: "(POW)", the abbreviation linked to
  "Prisoner of war". Cleanup banners (``undue weight section``, ``further cleanup``,
  ``mergefrom``) show nothing in the text.
- Hatnotes: ``{{details3|[[A]] and [[B]]|topic}}`` "For more details on topic, see A
  and B.", ``{{redirect-distinguish|Phoebus|Phobos (mythology)}}`` '"Phoebus" redirects
  here. Not to be confused with Phobos (mythology).' and ``{{also|X}}`` (a redirect to
  ``{{see also}}``) "See also: X".
- Marks and abbreviations: ``{{eqm}}`` "⇌", ``{{-"}}`` '"', ``{{vol.|3}}`` "vol. 3",
  ``{{p.|4}}`` "p. 4", ``{{p.|58|59}}`` and ``{{pp.|58|59}}`` "pp. 58" to "59" by an en dash,
  ``{{ns|2}}`` two no-break spaces, ``{{keypress|Ctrl|^}}`` "Ctrl+^" (each key a
  ``kbd`` element), ``{{sc|bc}}`` the text in small capitals.
- Text in other scripts shows its text: ``rtl-lang``, ``Script/…``; ``{{IAST|Śarva}}``
  is a transliteration, in italics. ``{{gr icon}}``, ``{{az icon}}`` and the other
  "xx icon" codes :mod:`.text_more` does not know: "(in Greek)", "(in Azerbaijani)".
- Links: ``{{intitle|X}}`` "All pages with titles containing X", ``{{EU}}`` the flag and
  "European Union", ``{{ill|Title|de|Titel}}`` "Title [de]" (the English title,
  then the language of the article that exists, linked to it).
- ``{{age in years, months and days|1775|4|19|1783|9|3}}``
  "8 years, 4 months and 15 days" (to ``HandlerContext.today`` without a second date);
  ``{{CSS image crop|Image=…}}`` the image (its caption ``Description``).
- Nothing in the text: ``col-begin-small``, ``book bar``, ``Contains … text`` notices.

Ordered lists, bar boxes and cladograms (blocks) are in :mod:`.text_extra2`; inflation
and prices in :mod:`.text_extra3`.
"""

from __future__ import annotations

import re
from datetime import date

from wikiconv.ast import (
    Bold,
    Code,
    Image,
    Inline,
    InlineTag,
    Italic,
    Link,
    Superscript,
    Text,
)
from wikiconv.templates.language_names import LANGUAGE_NAMES
from wikiconv.templates.registry import (
    BUILTIN,
    HandlerContext,
    Output,
    TemplateCall,
    handler,
)
from wikiconv.walk import plain_text

__all__: list[str] = []

NBSP = "\u00a0"

# ----------------------------------------------------------------------- inline notes

_NOTES = {
    "Relevance inline": "relevant?",
    "Weasel-inline": "weasel words",
    "Qualify evidence": "qualify evidence",
    "Full": "full citation needed",
}


@handler(*_NOTES)
def inline_note(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{relevance inline|material|date=…}}: the first value names what is questioned in
    # the tooltip; the note reads "[relevant?]". talk= adds a discussion link we do not
    # know the wording of.
    if call.name == "Relevance inline" and (call.has("talk") or call.has("discuss")):
        return None
    return (Superscript((Text("["), Italic((Text(_NOTES[call.name]),)), Text("]"))),)


@handler("POW")
def prisoner_of_war(call: TemplateCall, ctx: HandlerContext) -> Output:
    # After a commander's name in an infobox: " (POW)", the abbreviation linked.
    return (Text(f"{NBSP}("), Link("Prisoner of war", (Text("POW"),)), Text(")"))


@handler("Undue weight section", "Further cleanup", "Mergefrom", "Col-begin-small", "Book bar")
def nothing(call: TemplateCall, ctx: HandlerContext) -> Output:
    # Cleanup banners, the start of a column layout, and the bar of Wikipedia books.
    return ()


_CONTAINS_TEXT = re.compile(r"^Contains .+ text$")


def _script_notice(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Contains Tifinagh text}}: a box beside the text about fonts, not text.
    return ()


BUILTIN.add_pattern(lambda name: _CONTAINS_TEXT.match(name) is not None, _script_notice)

# ------------------------------------------------------------------------- hatnotes


@handler("Details3")
def details3(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{details3|[[A]], [[B]] and [[C]]|topic}}: the pages as written, links and all.
    pages, topic = call.arg(1), call.text(2, "this topic")
    if not pages:
        return None
    return (Text(f"For more details on {topic}, see "), *pages, Text("."))


@handler("Redirect-distinguish")
def redirect_distinguish(call: TemplateCall, ctx: HandlerContext) -> Output:
    # '"Phoebus" redirects here. Not to be confused with Phobos (mythology).'
    values = [value for value in call.positional_texts() if value]
    if len(values) < 2:
        return None
    out: list[Inline] = [Text(f'"{values[0]}" redirects here. Not to be confused with ')]
    for index, page in enumerate(values[1:]):
        if index:
            last = index == len(values) - 2
            out.append(Text((", or " if len(values) > 3 else " or ") if last else ", "))
        out.append(_page_link(page))
    return (*out, Text("."))


@handler("Also")
def also(call: TemplateCall, ctx: HandlerContext) -> Output:
    # A redirect to {{see also}}: "See also: A", "See also: A and B".
    pages = [page for page in call.positional_texts() if page]
    if not pages or len(pages) > 2:
        return None
    out: list[Inline] = [Text("See also: "), _page_link(pages[0])]
    if len(pages) == 2:
        out += [Text(" and "), _page_link(pages[1])]
    return tuple(out)


def _page_link(page: str) -> Link:
    # Module:Hatnote shows a page without its leading colon, "#" as " § ".
    shown = page.lstrip(":").replace("#", " § ")
    return Link(page, () if shown == page else (Text(shown),))


# ------------------------------------------------------------ marks and abbreviations


@handler("Eqm")
def equilibrium(call: TemplateCall, ctx: HandlerContext) -> Output:
    return (Text("\u21cc"),)  # the equilibrium arrow of a chemical equation


@handler('-"')
def spaced_quote(call: TemplateCall, ctx: HandlerContext) -> Output:
    # A closing double quote set a little apart (by style) from the italics before it.
    return (Text('"'),)


@handler("Vol.")
def volume(call: TemplateCall, ctx: HandlerContext) -> Output:
    number = call.arg(1)
    return (Text(f"vol.{NBSP}"), *number) if number else (Text("vol."),)


@handler("P.", "Pp.")
def page(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{p.|4}} "p. 4"; {{p.|58|59}} and {{pp.|58|59}} "pp. 58", an en dash, "59".
    first, last = call.arg(1), call.arg(2)
    if not first:
        return (Text("pp." if call.name == "Pp." else "p."),)
    if not last:
        return (Text(f"{'pp' if call.name == 'Pp.' else 'p'}.{NBSP}"), *first)
    return (Text(f"pp.{NBSP}"), *first, Text("\u2013"), *last)


# Module:Key writes these keys with a symbol ("Tab ↹", "↵ Enter"); the others as given.
_PLAIN_KEYS = re.compile(r"(?i:ctrl|alt|del|delete|esc|ins|insert|fn|f\d{1,2}|.)")


@handler("Keypress", "Key press")
def key_press(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{keypress|Ctrl|Alt|Del}}: each key in a keyboard-key box, joined by "+".
    keys = call.positional()
    if not keys or any(not _PLAIN_KEYS.fullmatch(plain_text(key).strip()) for key in keys):
        return None
    out: list[Inline] = []
    for key in keys:
        if out:
            out.append(Text("+"))
        out.append(InlineTag("kbd", (), key))
    return tuple(out)


@handler("Sc", "Small caps", "Smallcaps")
def small_caps(call: TemplateCall, ctx: HandlerContext) -> Output:
    text = call.arg(1)
    return (InlineTag("span", (("style", "font-variant:small-caps"),), text),) if text else None


@handler("Pre2")
def preformatted(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{pre2|scroll|text}}: the text as written, set in a scrolling box.
    key = 2 if call.text(1) == "scroll" and call.has(2) else 1
    found = call.param(key)
    text = plain_text(found.value) if found is not None else ""
    return (Code(text),) if text.strip() else None


# ---------------------------------------------------------------- other scripts, text


@handler("Rtl-lang")
def right_to_left(call: TemplateCall, ctx: HandlerContext) -> Output:
    code, text = call.text(1), call.arg(2)
    if not code or not text:
        return None
    return (InlineTag("span", (("lang", code), ("dir", "rtl")), text),)


def _script(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{script/Arabic|ﷲ}}: the text in a font for its script.
    return call.arg(1) or None


BUILTIN.add_pattern(lambda name: name.startswith("Script/"), _script)


@handler("IAST")
def iast(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{transliteration|sa|IAST|…}}: a transliteration, in italics.
    text = call.arg(1)
    return (Italic(text),) if text else None


# "{{az icon}}": the source is in Azerbaijani. text_more knows the commonest codes.
# "gr icon" is an old name of "el icon".
_ICON_LANGUAGES = {
    "gr": "Greek",
    **{code: LANGUAGE_NAMES[code] for code in (
        "af am az be bn bs cy eo eu fo ga gl gu hy is ka kk km kn ku ky lb lo "
        "mk ml mn mr ms mt my ne pa ps si sq sw ta te tg tk tl uz yi"
    ).split()},
}  # fmt: skip


def language_icon(call: TemplateCall, ctx: HandlerContext) -> Output:
    return (Text(f"(in {_ICON_LANGUAGES[call.name.split()[0].lower()]})"),)


BUILTIN.add(
    language_icon, *(name for code in _ICON_LANGUAGES if (name := f"{code} icon") not in BUILTIN)
)


@handler("Note")
def note(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{note|name}}: a bold caret, the link back to where {{ref|name}} points here.
    if len(call.positional_texts()) != 1 or any(True for _ in call.named()):
        return None
    return (Bold((Text("^"),)),)


# -------------------------------------------------------------------------- links


@handler("Intitle", "In title")
def in_title(call: TemplateCall, ctx: HandlerContext) -> Output:
    words = call.text(1)
    if not words or call.has(2):
        return None
    label = f"All pages with titles containing {words}"
    return (Link(f'Special:Search/intitle:"{words}"', (Text(label),)),)


@handler("EU")
def european_union(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{flag|European Union}}: the flag (an image) and the name, linked.
    return (Link("European Union"),)


_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:-[a-z]+)?")


@handler("Ill", "Interlanguage link", "Interlanguage link multi")
def interlanguage_link(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{ill|Title|de|Titel|lt=label}}: the English title (a red link), then "[de]" linked
    # to the German article. Old calls naming the language first stay unrendered.
    values = call.positional_texts()
    if len(values) < 2 or len(values) > 3 or not _LANGUAGE_CODE.fullmatch(values[1]):
        return None
    if _LANGUAGE_CODE.fullmatch(values[0]) or any(k != "lt" for k, _ in call.named()):
        return None
    title, code = values[0], values[1]
    foreign = values[2] if len(values) == 3 and values[2] else title
    label = call.arg("lt")
    link = Link(title, label if label and plain_text(label) != title else ())
    return (link, Text(f"{NBSP}["), Link(f":{code}:{foreign}", (Text(code),)), Text("]"))


# ---------------------------------------------------------------- money, ages, images


@handler("Age in years, months and days")
def age_in_years_months_days(call: TemplateCall, ctx: HandlerContext) -> Output:
    # Module:Age: "8 years, 4 months and 15 days" from the first date to the second
    # (or today); the days borrowed from the month before the second date's month.
    texts = call.positional_texts()
    first, second = _date(texts[0:3]), _date(texts[3:6]) if any(texts[3:6]) else ctx.today
    if first is None or second is None or second < first:
        return None
    months = (second.year - first.year) * 12 + second.month - first.month
    days = second.day - first.day
    if days < 0:
        months -= 1
        previous = date(second.year, second.month, 1).toordinal() - 1
        length = date.fromordinal(previous).day
        if first.day > length:
            return None  # no such day in that month: the module's rule is not known here
        days += length
    years, months = divmod(months, 12)
    if not (years and months and days):
        return None  # whether zero parts are shown is not known here
    parts = [_plural(years, "year"), _plural(months, "month"), _plural(days, "day")]
    return (Text(f"{parts[0]}, {parts[1]} and {parts[2]}"),)


def _date(texts: list[str]) -> date | None:
    if len(texts) != 3 or not all(text.isdigit() for text in texts):
        return None
    try:
        return date(int(texts[0]), int(texts[1]), int(texts[2]))
    except ValueError:
        return None


def _plural(count: int, unit: str) -> str:
    return f"{count} {unit}{'' if count == 1 else 's'}"


@handler("CSS image crop", "Css Image Crop", "Css image crop")
def css_image_crop(call: TemplateCall, ctx: HandlerContext) -> Output:
    # A part of an image, framed with its caption when it has a Location.
    name = call.first_text("Image", "image")
    if not name:
        return None
    target = name if name.lower().startswith(("file:", "image:")) else f"File:{name}"
    options: list[tuple[str, str]] = []
    location = call.first_text("Location", "location").lower()
    if location:
        options += [("thumb", "")] + ([(location, "")] if location != "none" else [])
    width = call.first_text("cWidth", "cwidth").removesuffix("px")
    if width.isdigit():
        options.append(("width", f"{width}px"))
    alt = call.first_text("Alt", "alt")
    if alt:
        options.append(("alt", alt))
    caption = call.arg("Description") or call.arg("description")
    return (Image(target, caption, tuple(options), alt),)
