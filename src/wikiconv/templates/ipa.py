"""Pronunciations in the International Phonetic Alphabet: ``IPA-xx``, ``IPAslink``…

``{{IPA-fr|kʁisteva}}`` shows "French pronunciation: [kʁisteva]", the transcription in
square brackets and linked to the language's key (``Help:IPA/French``), as Module:IPA
renders ``{{IPA|fr|kʁisteva}}``, the form the ``IPA-xx`` templates were merged into.
The second value picks the label: ``lang`` "French: [..]", ``pron`` "pronounced [..]",
``local`` "locally [..]", ``also``, ``ipa`` "IPA: [..]", an empty value none at all,
anything else (a placeholder "-") the default. A third value, a sound file, adds the
listen button "ⓘ".
"""

from __future__ import annotations

from wikiconv.ast import Inline, Link, Text
from wikiconv.templates.language_names import LANGUAGE_NAMES
from wikiconv.templates.registry import (
    BUILTIN,
    HandlerContext,
    Output,
    TemplateCall,
    handler,
)

__all__ = ["IPA_LANGUAGES", "language_ipa"]

# ISO 639 codes to the English names Module:IPA labels transcriptions with.
# English is transcribed with {{IPAc-en}}; {{IPA-en}} is left to it.
IPA_LANGUAGES = {code: name for code, name in LANGUAGE_NAMES.items() if code != "en"}

# Keys shared by several languages or not named after the language.
_KEYS = {
    "de": "Standard German", "hi": "Hindi and Urdu", "ur": "Hindi and Urdu",
    "sh": "Serbo-Croatian", "hbs": "Serbo-Croatian", "hr": "Serbo-Croatian",
    "sr": "Serbo-Croatian", "bs": "Serbo-Croatian", "nb": "Norwegian", "nn": "Norwegian",
}  # fmt: skip

# Module:IPA's label codes; "{}" is where the language's name goes.
_LABELS = {
    "lang": "{}:", "pron": "pronounced", "local": "locally", "also": "also",
    "alsolang": "also {}:", "langalso": "{} also", "ipa": "IPA:",
}  # fmt: skip
DEFAULT_LABEL = "{} pronunciation:"
LISTEN = "\u24d8"  # ⓘ, the sound file's play button


def language_ipa(
    code: str,
    transcription: tuple[Inline, ...],
    label_code: str | None,
    audio: str = "",
    label: str | None = None,
) -> Output:
    """A transcription in a language, as Module:IPA shows ``{{IPA|code|…|label|audio}}``.

    ``label_code`` ``None`` means the label was not given (the default label); an
    explicit ``label`` replaces the label altogether.
    """
    name = IPA_LANGUAGES.get(code.lower())
    if name is None or not transcription:
        return None
    if label is None:
        if label_code == "":
            label = ""
        else:
            label = _LABELS.get((label_code or "").lower(), DEFAULT_LABEL).format(name)
    key = f"Help:IPA/{_KEYS.get(code.lower(), name)}"
    out: list[Inline] = [Text(f"{label} ")] if label else []
    out.append(Link(key, (Text("["), *transcription, Text("]"))))
    if audio:
        out.append(Text(f" {LISTEN}"))
    return tuple(out)


def _ipa_xx(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{IPA-de|transcription|lang|Albert Einstein german.ogg}}: the code is in the name.
    transcription = call.arg(1)
    first = call.text(1)
    if first.startswith(("[", "/")) or first.endswith(("]", "/")):
        return None  # brackets written in: whether the page doubles them is not certain
    label_code = call.text(2) if call.has(2) else None
    label = call.text("label") if call.has("label") else None
    return language_ipa(call.name[4:], transcription, label_code, call.text(3), label)


def _is_ipa_xx(name: str) -> bool:
    return name.startswith("IPA-") and name[4:].lower() in IPA_LANGUAGES


BUILTIN.add_pattern(_is_ipa_xx, _ipa_xx)


@handler("IPAslink", "IPAblink", "IPA link", "IPAlink")
def ipa_symbol(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{IPAblink|ʃ}} "[ʃ]", {{IPAslink|ʃ}} "/ʃ/", {{IPA link|ʃ}} "ʃ": a symbol, linked
    # on the page to the article on its sound (the link is not reproduced).
    symbol = call.arg(1)
    if not symbol or len(call.positional()) > 1:
        return None
    brackets = {"IPAblink": ("[", "]"), "IPAslink": ("/", "/")}.get(call.name, ("", ""))
    return (Text(brackets[0]), *symbol, Text(brackets[1])) if brackets[0] else symbol
