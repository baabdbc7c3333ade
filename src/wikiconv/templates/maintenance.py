"""Calls that show nothing on the page: maintenance tags, page settings, navigation.

They render as nothing (``()``), not as unknown, so writers drop them without a
diagnostic: the rendered page shows nothing for them either. Navigation boxes and
sister-project boxes are page furniture outside the article's text; the navigation
boxes known by their own name are listed in :mod:`wikiconv.templates.navboxes`.

The sort key of ``{{DEFAULTSORT:…}}`` (German ``{{SORTIERUNG:…}}``) orders the page
in its categories: it is kept in the document's metadata as ``defaultsort``.
"""

from __future__ import annotations

import re

# Imported for its registrations: the navigation boxes known by their own name.
from wikiconv.ast import Inline, Italic, Link, Superscript, Text
from wikiconv.templates import navboxes as navboxes
from wikiconv.templates.registry import (
    BUILTIN,
    HandlerContext,
    Output,
    TemplateCall,
    handler,
    normalise_name,
)

__all__ = ["shows_nothing"]

_NOTHING = (
    "inconsistent citations",
    # Page settings and banners.
    "use dmy dates", "use mdy dates", "use british english", "use american english",
    "use canadian english", "use australian english", "use indian english",
    "EngvarA", "EngvarB", "italic title", "lowercase title", "DISPLAYTITLE", "POV",
    "good article", "featured article", "lesenswert", "exzellent", "bots", "nobots",
    "persondata",
    "multiple issues", "notability", "primary sources", "refimprove", "more citations needed",
    "unreferenced", "unreferenced section", "refimprove section", "more citations needed section",
    "expand list", "expand section", "orphan", "cleanup", "coord missing",
    "tone", "advert", "original research", "dead end", "underlinked", "update",
    "anchor", "anker", "anchors", "clear", "-", "clr", "clear left", "clear right",
    "Compact ToC", "TOC limit", "TOC right", "TOCright", "chess notation", "featured list",
    # Navigation and sister projects, shown beside or below the article's text.
    "authority control", "normdaten", "normdata", "portal", "portal bar", "portal-inline",
    "navboxes", "sister project links", "commons category", "commonscat",
    "commons", "wikiquote", "wiktionary", "wikivoyage", "wikisource", "wikispecies",
    "personendaten", "taxonbar", "s-start", "s-end", "s-bef", "s-aft", "s-ttl", "s-off",
    "s-legal", "s-gov", "s-ppo", "s-break", "col-begin", "col-2", "col-end", "col-break",
    "div col end", "refbegin", "refend", "begriffsklärungshinweis",
    "weiterleitungshinweis", "british film list",
)  # fmt: skip


# Inline maintenance tags: Wikipedia shows each as a bracketed italic note in
# superscript after the words it questions ("[citation needed]").
_INLINE_NOTES = {
    "citation needed": "citation needed", "cn": "citation needed", "fact": "citation needed",
    "clarify": "clarification needed", "when": "when?", "who": "who?", "which": "which?",
    "by whom": "by whom?", "according to whom": "according to whom?", "vague": "vague",
    "dubious": "dubious \u2013 discuss", "verify source": "verification needed",
    "failed verification": "failed verification", "page needed": "page needed",
    "year needed": "year needed", "better source needed": "better source needed",
    "better source": "better source needed", "update inline": "needs update",
    "specify": "specify", "nonspecific": "non-specific", "weasel inline": "weasel words",
    "peacock inline": "peacock prose", "request quotation": "quotation needed",
    "citation needed span": "citation needed", "update after": "needs update",
    "full citation needed": "full citation needed", "original research inline":
    "original research?", "unreliable source?": "unreliable source?",
}  # fmt: skip
_CITATION_NEEDED = "Wikipedia:Citation needed"


@handler(*_INLINE_NOTES)
def inline_note(call: TemplateCall, ctx: HandlerContext) -> Output:
    label = _INLINE_NOTES[call.name.lower()]
    text: Inline = Text(label)
    if label == "citation needed" and ctx.links:
        text = Link(_CITATION_NEEDED, (text,))
    note = Superscript((Text("["), Italic((text,)), Text("]")))
    if call.name.lower() == "citation needed span":
        # {{citation needed span|text}} marks the text itself, then adds the note.
        return (*call.arg(1), note)
    return (note,)


@handler(*_NOTHING)
def nothing(call: TemplateCall, ctx: HandlerContext) -> Output:
    return ()


@handler("short description")
def short_description(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The description is shown by search and apps, not on the page: keep it as data.
    text = call.text(1)
    if text and text.lower() != "none":
        ctx.metadata.append(("short description", text))
    return ()


@handler("DEFAULTSORT", "DEFAULTSORTKEY", "DEFAULTCATEGORYSORT", "SORTIERUNG")
def default_sort(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{DEFAULTSORT:Milstead, Charlie}} (read with the key as its first argument):
    # how the page is ordered in its categories, never shown.
    _sort_key(call.text(1), ctx)
    return ()


def _german_sort(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{SORTIERUNG:Bisel, Sara C}} is read as a call named with its key.
    _sort_key(call.name.partition(":")[2], ctx)
    return ()


def _sort_key(key: str, ctx: HandlerContext) -> None:
    if key.strip():
        ctx.metadata.append(("defaultsort", key.strip()))


# Families recognised by the shape of their name: stub notices ("Nepal-stub"),
# protection padlocks ("pp-move-indef"), "Use … English" and "Use … dates" settings.
_SHOWS_NOTHING = re.compile(r"^(?:.+-stub|pp(?:-.*)?|use .+ english|use .+ dates)$", re.IGNORECASE)
_GERMAN_SORT = re.compile(r"^sortierung\s*:", re.IGNORECASE)


def _no_output(call: TemplateCall, ctx: HandlerContext) -> Output:
    return ()


BUILTIN.add_pattern(lambda name: _SHOWS_NOTHING.match(name) is not None, _no_output)
BUILTIN.add_pattern(lambda name: _GERMAN_SORT.match(name) is not None, _german_sort)


_NOTHING_NAMES = frozenset(normalise_name(name) for name in _NOTHING)


def shows_nothing(name: str) -> bool:
    """Whether the page shows nothing for calls of this name (a maintenance tag, a
    page setting, a stub notice…), whatever their arguments."""
    name = normalise_name(name)
    return name in _NOTHING_NAMES or _SHOWS_NOTHING.match(name) is not None
