"""The French Wikipedia's hatnotes, notes and page furniture, as fr.wikipedia shows them.

Hatnotes in French words and typography (a no-break space before the colon):
"Article détaillé : X.", "Voir aussi : X et Y.", "Pour les articles homonymes, voir
X."; ``{{Citation bloc}}`` in French quotation marks; ``{{Référence nécessaire}}``
"[réf. nécessaire]"; the note crediting a translated article; and the banners,
portals, navigation and sister-project boxes the text shows nothing of.
"""

from __future__ import annotations

from wikiconv.ast import Inline, LineBreak, Link, Superscript, Text
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler
from wikiconv.templates.wiki_shared import NBSP, Nodes, page_list

__all__: list[str] = []

# ---------------------------------------------------------------- hatnotes


def _links(call: TemplateCall) -> list[Nodes]:
    return [(Link(page),) for page in call.positional_texts() if page]


@handler("Article détaillé")
def article_detaille(call: TemplateCall, ctx: HandlerContext) -> Output:
    # "Article détaillé : X." / "Articles détaillés : X, Y et Z."
    links = _links(call)
    if not links or any(value for _, value in call.named()):
        return None
    label = "Article détaillé" if len(links) == 1 else "Articles détaillés"
    return (Text(f"{label}{NBSP}: "), *page_list(links, " et "), Text("."))


@handler("Voir aussi")
def voir_aussi(call: TemplateCall, ctx: HandlerContext) -> Output:
    links = _links(call)
    if not links or any(value for _, value in call.named()):
        return None
    return (Text(f"Voir aussi{NBSP}: "), *page_list(links, " et "), Text("."))


@handler("Voir homonymes")
def voir_homonymes(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The disambiguation page defaults to "<title> (homonymie)".
    links = _links(call)
    if not links and ctx.title:
        links = [(Link(f"{ctx.title} (homonymie)"),)]
    if not links:
        return None
    return (Text("Pour les articles homonymes, voir "), *page_list(links, " et "), Text("."))


# ---------------------------------------------------------------- quotes, notes


@handler("Citation bloc")
def citation_bloc(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The quotation in French quotation marks, then "— source" on a line of its own.
    text = call.arg(1)
    if not text or any(value for _, value in call.named()) or len(call.positional()) > 2:
        return None
    quoted: Nodes = (Text(f"«{NBSP}"), *text, Text(f"{NBSP}»"))
    source = call.arg(2)
    return (*quoted, LineBreak(), Text("\u2014 "), *source) if source else quoted


@handler("Référence nécessaire")
def reference_necessaire(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Référence nécessaire|text}}: the text, then "[réf. nécessaire]" raised.
    note = Text("réf. nécessaire")
    marker: Inline = Link("Aide:Référence nécessaire", (note,)) if ctx.links else note
    return (*call.arg(1), Superscript((Text("["), marker, Text("]"))))


# The languages "Traduction/Référence" names, as French adjectives.
_LANGUES = {"en": "anglais", "de": "allemand", "es": "espagnol", "it": "italien",
            "nl": "néerlandais", "pt": "portugais", "pl": "polonais", "ru": "russe",
            "ja": "japonais", "zh": "chinois", "sv": "suédois", "ca": "catalan",
            "la": "latin", "ar": "arabe", "da": "danois", "no": "norvégien"}  # fmt: skip


@handler("Traduction/Référence")
def traduction_reference(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Traduction/Référence|en|Title|123}}: the note crediting a translated article.
    values = call.positional_texts()
    language = _LANGUES.get(values[0].lower()) if values else None
    if language is None or len(values) < 2 or not values[1] or len(values) > 3:
        return None
    code, title = values[0].lower(), values[1]
    return (
        Text(f"({code}) Cet article est partiellement ou en totalité issu de l'article de "
             f"Wikipédia en {language} intitulé «{NBSP}"),
        Link(f":{code}:{title}", (Text(title),)),
        Text(f"{NBSP}» (voir la liste des auteurs)."),
    )  # fmt: skip


# Banners, portals, navigation boxes and sister-project boxes: nothing in the text.
# The reference list {{Références}} is a list of notes, in notes.py.
_NOTHING = ("Portail", "Palette", "Ébauche", "Autres projets", "Pertinence",
            "Sources à lier", "Méta bandeau", "Homonymie", "Ancre", "À sourcer",
            "Admissibilité à vérifier", "Article de qualité", "Bon article")  # fmt: skip


@handler(*_NOTHING)
def nothing(call: TemplateCall, ctx: HandlerContext) -> Output:
    return ()
