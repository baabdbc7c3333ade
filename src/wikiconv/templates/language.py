"""Text in another language or script: ``lang``, ``langx``/``lang-xx``, ``transl``, ``nihongo``.

``lang`` shows its text as written. ``langx`` (and the older ``lang-xx`` family it
replaced) names the language first, "Russian: Григорий", and sets Latin-script text in
italics, as Module:Lang does. Transliterations are in italics too.
"""

from __future__ import annotations

import unicodedata

from wikiconv.ast import Inline, Italic, Text
from wikiconv.templates.ipa import IPA_LANGUAGES, language_ipa
from wikiconv.templates.language_names import LANGUAGE_NAMES
from wikiconv.templates.registry import (
    BUILTIN,
    HandlerContext,
    Output,
    TemplateCall,
    handler,
)
from wikiconv.walk import plain_text

__all__ = ["LANGUAGES"]

# ISO 639 codes to English names: the languages most often quoted on English Wikipedia.
LANGUAGES = LANGUAGE_NAMES


@handler("lang")
def lang(call: TemplateCall, ctx: HandlerContext) -> Output:
    return _italic(call.arg(2)) if call.flag("italic", "i") else call.arg(2)


@handler("langx", "lang-x")
def langx(call: TemplateCall, ctx: HandlerContext) -> Output:
    return _named(call, call.text(1), call.arg(2), 3)


def _lang_xx(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{lang-ru|text}}: the code is in the name.
    return _named(call, call.name[5:], call.arg(1), 2)


BUILTIN.add_pattern(lambda name: name.lower().startswith("lang-") and name != "Lang-x", _lang_xx)


def _named(call: TemplateCall, code: str, text: tuple[Inline, ...], more: int) -> Output:
    """ "Language: text", then a transliteration and a translation when given."""
    name = LANGUAGES.get(code.lower().split("-")[0])
    if name is None or not text:
        return text or None
    italic = call.text("italic", call.text("i"))
    if italic.lower() in {"yes", "y", "on"} or (not italic and _latin(text)):
        text = _italic(text)
    out: list[Inline] = []
    if not call.flag("label") and call.text("label").lower() != "none":
        out.append(Text(f"{call.text('label', name)}: "))
    out.extend(text)
    transliteration = call.arg("translit", call.arg(more))
    translation = call.arg("lit", call.arg(more + 1))
    if transliteration:
        out.extend((Text(", "), *_italic(transliteration)))
    if translation:
        out.extend((Text(", lit. '"), *translation, Text("'")))
    return tuple(out)


@handler("transliteration", "transl", "translit")
def transliteration(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{transl|ar|text}} or {{transl|ar|ALA-LC|text}}: the text is the last one given.
    values = [value for value in call.positional()[1:] if value]
    return _italic(values[-1]) if values else None


@handler("nihongo")
def nihongo(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{nihongo|Tokyo|東京|Tōkyō}} shows "Tokyo (東京, Tōkyō)".
    english, kanji, romaji = call.arg(1), call.arg(2), call.arg(3)
    inside: list[Inline] = list(kanji)
    if romaji:
        inside.extend((*([Text(", ")] if inside else []), *_italic(romaji)))
    for extra in (call.arg(4), call.arg(5)):
        if extra:
            inside.extend((*([Text(", ")] if inside else []), *extra))
    if not english:
        return tuple(inside)
    return (*english, Text(" ("), *inside, Text(")")) if inside else english


@handler("IPA", "IPA-all")
def ipa(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The current form names the language first, {{IPA|fr|kʁisteva|lang}}, and shows
    # as {{IPA-fr|kʁisteva|lang}} does; the older {{IPA|[kʁisteva]}} shows its text.
    code = call.text(1)
    if call.has(2) and code.lower() in IPA_LANGUAGES:
        label = call.text(3) if call.has(3) else None
        return language_ipa(code, call.arg(2), label, call.text(4))
    return call.arg(1)


_IPAC_LABELS = {"local": "locally ", "us": "US: ", "uk": "UK: ", "lang": "", "pron": ""}


@handler("IPAc-en", "IPAc")
def ipac_en(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{IPAc-en|t|oʊ}} shows "/toʊ/": the pieces are one transcription, joined.
    pieces = call.positional_texts()
    label = ""
    while pieces and pieces[0].lower() in _IPAC_LABELS:
        label += _IPAC_LABELS[pieces.pop(0).lower()]
    return (Text(f"{label}/{''.join(pieces)}/"),) if pieces else None


def _italic(content: tuple[Inline, ...]) -> tuple[Inline, ...]:
    if len(content) == 1 and isinstance(content[0], Italic):
        return content  # already ''italic'' in the source: once is enough
    return (Italic(content),) if content else ()


def _latin(content: tuple[Inline, ...]) -> bool:
    letters = [c for c in plain_text(content) if c.isalpha()]
    return bool(letters) and all(unicodedata.name(c, "").startswith("LATIN") for c in letters)
