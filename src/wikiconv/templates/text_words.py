"""Words and abbreviations: templates that write a short word or phrase.

- Abbreviations: ``{{aka}}`` (``a.k.a.``, ``also known as``) "a.k.a.", ``{{cf.}}``
  "cf.", ``{{fl.|1120}}`` "fl. 1120" ("fl." linked to Floruit, a narrow no-break space
  before the date).
- Glosses: ``{{lit|fire fox}}`` (``literal``, ``literally``, ``literal translation``)
  "lit. 'fire fox'", two meanings "lit. 'a' or 'b'"; ``{{gloss|house}}`` "'house'",
  ``{{gloss|mode=def|…}}`` in brackets.
- Pronouns for a user of unknown gender, as MediaWiki's ``{{GENDER:}}`` writes them
  when no user (or one who has not said) is named: ``{{they}}`` "they", ``{{their}}``
  "their", ``{{they are}}`` "they are", ``{{he or she}}`` "he or she", ``{{his/her}}``
  "his/her"… A call naming a user is left unrendered: the page shows the word for that
  user's gender, which the text does not say.

Table-cell words and talk-page marks are in :mod:`.text_marks`.
"""

from __future__ import annotations

from wikiconv.ast import Inline, InlineTag, Link, Text
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler
from wikiconv.templates.typography import join_text

__all__: list[str] = []

NARROW_NBSP = "\u202f"

# ------------------------------------------------------------------ abbreviations

# The abbreviation and what it stands for (shown on hover).
_ABBREVIATIONS = {
    "Aka": ("a.k.a.", "also known as"),
    "A.k.a.": ("a.k.a.", "also known as"),
    "Also known as": ("a.k.a.", "also known as"),
    "Cf.": ("cf.", "compare"),
}


@handler(*_ABBREVIATIONS)
def abbreviation(call: TemplateCall, ctx: HandlerContext) -> Output:
    if call.positional():
        return None
    shown, title = _ABBREVIATIONS[call.name]
    return (InlineTag("abbr", (("title", title),), (Text(shown),)),)


@handler("Fl.")
def floruit(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{fl.|1120}}: "fl." linked to the article Floruit, a narrow no-break space, the
    # date. The template's other options (date ranges, circa, brackets) are left to it.
    values = call.positional()
    if len(values) > 1 or any(key != "date" for key, _ in call.named()):
        return None
    date = call.arg("date") or (values[0] if values else ())
    mark = Link("Floruit", (Text("fl."),))
    return join_text([mark, Text(NARROW_NBSP), *date]) if date else (mark,)


# ------------------------------------------------------------------------ glosses


@handler("Lit", "Literal", "Literally", "Literal translation")
def literal(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{lit|fire fox}}: "lit. 'fire fox'"; {{lit|a|b}}: "lit. 'a' or 'b'".
    meanings = [value for value in call.positional() if value]
    if not meanings or len(meanings) > 2 or any(True for _ in call.named()):
        return None
    out: list[Inline] = [InlineTag("abbr", (("title", "literal translation"),),
                                   (Text("lit."),)), Text(" '")]  # fmt: skip
    for index, meaning in enumerate(meanings):
        if index:
            out.append(Text("' or '"))
        out.extend(meaning)
    out.append(Text("'"))
    return join_text(out)


@handler("Gloss")
def gloss(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{gloss|house}}: the meaning in single quotation marks; mode=def, a definition
    # rather than a translation, sets it in brackets.
    meaning = call.arg(1)
    mode = call.text("mode")
    if not meaning or mode not in ("", "def") or len(call.positional()) > 1:
        return None
    if mode == "def":
        return join_text([Text("("), *meaning, Text(")")])
    return join_text([Text("'"), *meaning, Text("'")])


# ----------------------------------------------------------------------- pronouns

# The word each template writes when the user's gender is not known.
_PRONOUNS = {
    "They": "they",
    "Them": "them",
    "Their": "their",
    "Theirs": "theirs",
    "Themself": "themself",
    "They are": "they are",
    "They were": "they were",
    "They have": "they have",
    "They do": "they do",
    "He or she": "he or she",
    "Him or her": "him or her",
    "His or her": "his or her",
    "His or hers": "his or hers",
    "He/she": "he/she",
    "Him/her": "him/her",
    "His/her": "his/her",
}


@handler(*_PRONOUNS)
def pronoun(call: TemplateCall, ctx: HandlerContext) -> Output:
    if call.positional() or any(True for _ in call.named()):
        return None  # a named user: the word depends on their gender setting
    return (Text(_PRONOUNS[call.name]),)
