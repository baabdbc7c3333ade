"""Hatnotes: the short notes above an article or a section that point elsewhere.

Each renders with the wording of English Wikipedia's Module:Hatnote family ("Main
article: X", "For other uses, see X.", "\\"UK\\" redirects here."), pages linked and a
``#section`` shown as " § section". A call standing alone on its line becomes a
:class:`~wikiconv.ast.Hatnote` block (the reader looks names up in
:data:`HATNOTE_NAMES`). Notes that point to "<page> (disambiguation)" need the page's
title: without one (``read`` was not told it) that sentence is left out.
"""

from __future__ import annotations

from collections.abc import Sequence

from wikiconv.ast import Inline, Link, Text
from wikiconv.templates.registry import (
    HandlerContext,
    Output,
    TemplateCall,
    handler,
    normalise_name,
)

__all__ = ["HATNOTE_NAMES"]

# "Main article: A" and its kin: a label, then the pages joined with "and".
_LABELS = {"Main": "Main article", "Main article": "Main article", "See also": "See also",
           "Further": "Further information", "Further information": "Further information",
           "Hauptartikel": "Hauptartikel", "Siehe auch": "Siehe auch"}  # fmt: skip
_GERMAN = frozenset({"Hauptartikel", "Siehe auch"})
_FREE_TEXT = {"Further2": "Further information: ", "Self reference": "", "Selfref": "",
              "Hatnote": "", "Rellink": "", "Dablink": ""}  # fmt: skip
_OTHERS = ("For", "About", "Redirect", "Redirect2", "Distinguish", "Distinguish2",
           "About-distinguish", "About-distinguish2", "Other uses", "Otheruses",
           "Details", "Other uses2")  # fmt: skip

# Normalised names of the templates that make a hatnote (a note above a section).
# Hatnotes whose handlers live in other modules, named here so that a line of them
# is a Hatnote block like the others.
_ELSEWHERE = (
    "Details3", "Redirect-distinguish", "Also", "Broader", "Redir",
    # Other Wikipedias' (wiki_fr_notes.py, wiki_it_es.py, wiki_nl_pl.py).
    "Article détaillé", "Voir aussi", "Voir homonymes", "Vedi anche", "Torna a",
    "Nota disambigua", "AP", "VT", "Véase también", "Otros usos", "Zie hoofdartikel",
    "Główny artykuł", "Zobacz też",
)  # fmt: skip
HATNOTE_NAMES: frozenset[str] = frozenset(
    normalise_name(name) for name in (*_LABELS, *_FREE_TEXT, *_OTHERS, *_ELSEWHERE)
)


@handler(*_LABELS)
def labelled(call: TemplateCall, ctx: HandlerContext) -> Output:
    # "Main articles: A and B"; "See also: A, B, and C"; labels come from lN=.
    pages = [(i, text) for i, text in enumerate(call.positional_texts(), 1) if text]
    if not pages:
        return None
    label = _LABELS[call.name]
    if len(pages) > 1 and label == "Main article":
        label = "Main articles"
    links = [_link(page, call.text(f"l{number}")) for number, page in pages]
    if call.name in _GERMAN:
        return (Text(f"{label}: "), *_german_list(links))
    return (Text(f"{label}: "), *_list([(link,) for link in links], "and"))


@handler(*_FREE_TEXT)
def free_text(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{further2|[[A]] and [[B]]}}: the editor wrote the text, links and all.
    text = call.arg(1)
    return (Text(_FREE_TEXT[call.name]), *text) if text else None


@handler("For")
def for_(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{For|the hamlet in Canada|Bodmin, Saskatchewan}}: one use, any number of pages.
    values = call.positional_texts()
    use = values[0] if values else ""
    pages = [page for page in values[1:] if page]
    if not pages:
        dab = _disambiguation(ctx.title)
        if dab is None:
            return None
        pages = [dab]
    return _see(use or "other uses", [(_link(page),) for page in pages])


@handler("Other uses", "Otheruses")
def other_uses(call: TemplateCall, ctx: HandlerContext) -> Output:
    page = call.text(1) or _disambiguation(ctx.title)
    return _see("other uses", [(_link(page),)]) if page else None


@handler("Other uses2")
def other_uses_of(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Other uses2|Stack overflow}}: "For other uses, see Stack overflow
    # (disambiguation)."
    topic = call.text(1) or ctx.title
    return _see("other uses", [(_link(f"{topic} (disambiguation)"),)]) if topic else None


@handler("Details")
def details(call: TemplateCall, ctx: HandlerContext) -> Output:
    page = call.text(1)
    if not page:
        return None
    topic = call.text(2, "this topic")
    return _see(f"more details on {topic}", [(_link(page),)])


@handler("About")
def about(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{About|USE1|USE2|PAGE2|and|PAGE3|other uses}}: what this article is about, then
    # "For USE, see PAGE." for each pair; a lone use points to the disambiguation page.
    values = call.positional_texts()
    use = values[0] if values else ""
    first = [(Text(f"This {_kind(call)} is about {use}."),)] if use else []
    return _sentences(*first, *_pairs(values[1:] or [""], _disambiguation(ctx.title))) or None


@handler("Redirect", "Redirect2")
def redirect(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Redirect|UK|other uses of "UK"|UK (disambiguation)}}: '"UK" redirects here.
    # For other uses of "UK", see UK (disambiguation).'
    count = 2 if call.name == "Redirect2" else 1
    values = call.positional_texts()
    names = [name for name in values[:count] if name]
    if not names:
        return None
    quoted = [(Text(f'"{name}"'),) for name in names]
    verb = "redirects" if len(names) == 1 else "redirect"
    first = (*_list(quoted, "and"), Text(f" {verb} here."))
    return _sentences(first, *_pairs(values[count:] or [""], f"{names[0]} (disambiguation)"))


@handler("Distinguish", "Distinguish2", "About-distinguish", "About-distinguish2")
def distinguish(call: TemplateCall, ctx: HandlerContext) -> Output:
    # "Not to be confused with A or B."; the "2" forms take text, not page names.
    about = call.name.startswith("About")
    numbers = range(2 if about else 1, len(call.positional()) + 1)
    if call.name.endswith("2"):
        items = [call.arg(n) for n in numbers if call.arg(n)]
    else:
        items = [(_link(call.text(n)),) for n in numbers if call.text(n)]
    if not items:
        return None
    out: list[Inline] = []
    if about and call.text(1):
        out.append(Text(f"This {_kind(call)} is about {call.text(1)}. It is not"))
    else:
        out.append(Text("Not"))
    return (*out, Text(" to be confused with "), *_list(items, "or"), Text("."))


def _pairs(values: list[str], default_page: str | None) -> list[tuple[Inline, ...]]:
    """ "For USE, see PAGE." for each use and its page (``and`` adds a page)."""
    sentences: list[tuple[Inline, ...]] = []
    index = 0
    while index < len(values):
        use, page = values[index] or "other uses", values[index + 1 : index + 2]
        pages = [p for p in page if p]
        index += 2
        while index + 1 < len(values) and values[index] == "and":
            pages += [values[index + 1]] if values[index + 1] else []
            index += 2
        if not pages and default_page is None:
            continue  # the disambiguation page is named after a title we do not know
        sentences.append(_see(use, [(_link(p),) for p in pages or [default_page or ""]]))
    return sentences


def _sentences(*parts: tuple[Inline, ...]) -> tuple[Inline, ...]:
    out: list[Inline] = []
    for part in parts:
        out.extend((Text(" "), *part) if out else part)
    return tuple(out)


def _see(use: str, pages: Sequence[tuple[Inline, ...]]) -> tuple[Inline, ...]:
    return (Text(f"For {use}, see "), *_list(pages, "and"), Text("."))


def _list(items: Sequence[tuple[Inline, ...]], conjunction: str) -> list[Inline]:
    # English lists: "A and B", "A, B, and C" (the serial comma, as the module has it).
    out: list[Inline] = []
    for index, item in enumerate(items):
        if index:
            last = index == len(items) - 1
            comma = "," if len(items) > 2 else ""
            out.append(Text(f"{comma} {conjunction} " if last else ", "))
        out.extend(item)
    return out


def _german_list(links: list[Link]) -> list[Inline]:
    # German lists take no serial comma: "A, B und C".
    out: list[Inline] = []
    for index, link in enumerate(links):
        if index:
            out.append(Text(" und " if index == len(links) - 1 else ", "))
        out.append(link)
    return out


def _kind(call: TemplateCall) -> str:
    # {{About|…|section=yes}} says "This section is about".
    return "section" if call.flag("section") else "article"


def _disambiguation(title: str | None) -> str | None:
    return f"{title} (disambiguation)" if title else None


def _link(target: str, label: str = "") -> Link:
    # A section link shows as "Page § Section", as the hatnote modules write it.
    label = label or target.replace("#", " § ")
    return Link(target, () if label == target else (Text(label),))
