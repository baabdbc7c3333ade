"""Reference-like links, sister-project links and attribution notes.

``{{MacTutor}}``, ``{{GoldBookRef}}``, ``{{OED}}``, ``{{Snopes}}`` and ``{{Britannica}}``
show a citation of one work, as the citation templates they wrap do: MacTutor is a
``{{citation}}`` (CS2: commas, no final full stop), the others CS1.

The inline sister-project templates show a sentence ("Media related to Aardvark at
Wikimedia Commons"), the subject linked to the other wiki; the boxes
(``{{Wikinews}}``, ``{{Library resources box}}``…) sit beside the text like the
``{{Commons}}`` box and show nothing here, as do the cleanup banners and the
open-access icons (an image, not text). The attribution notes show their sentence:
"This article incorporates public domain material from …".
"""

from __future__ import annotations

from urllib.parse import quote

from wikiconv.ast import Inline, Italic, LineBreak, Link, SoftBreak, Text
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler, trim
from wikiconv.templates.weblinks_sites import linked, subject, with_scheme

__all__: list[str] = []

Nodes = tuple[Inline, ...]


def _wiki(base: str, page: str) -> str:
    return base + quote(page.replace(" ", "_"), safe="/:(),'_!*")


# ------------------------------------------------------------- reference-like links


@handler("MacTutor", "MacTutor Biography", "MacTutor biography", "Mactutor", "MacTutor person")
def mactutor(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{MacTutor|id=Connes}}: 'O'Connor, John J.; Robertson, Edmund F., "Alain Connes",
    # MacTutor History of Mathematics Archive, University of St Andrews'.
    ident = call.first_text("id", 1)
    title = subject(call, ctx, "title", 2)
    if not ident or not title:
        return None
    section = call.text("class", "Biographies")
    url = f"https://mathshistory.st-andrews.ac.uk/{section}/{ident}/"
    authors: list[Inline] = [
        Link("John J. O'Connor (mathematician)", (Text("O'Connor, John J."),)),
        Text("; "),
        Link("Edmund F. Robertson", (Text("Robertson, Edmund F."),)),
    ]
    when = call.text("date")
    if when:
        authors.append(Text(f" ({when})"))
    out: list[Inline] = [
        *authors,
        Text(', "'),
        linked(url, title),
        Text('", '),
        Italic((Link("MacTutor History of Mathematics Archive", ()),)),
        Text(", "),
        Link("University of St Andrews", ()),
    ]
    accessed = call.first_text("access-date", "accessdate")
    if accessed:
        out.append(Text(f", retrieved {accessed}"))
    return tuple(out)


@handler("GoldBookRef", "Goldbookref", "Gold Book ref")
def gold_book_ref(call: TemplateCall, ctx: HandlerContext) -> Output:
    # 'IUPAC, Compendium of Chemical Terminology, 2nd ed. (the "Gold Book") (1997).
    # Online corrected version: (1995) "alkanes". doi:10.1351/goldbook.A00222'; the
    # online version's date defaults to "2006-" (with an en dash).
    title, file = call.text("title"), call.text("file")
    if not title or not file:
        return None
    url = call.text("url") or f"https://goldbook.iupac.org/terms/view/{file}"
    when = call.text("date", "2006\u2013")
    return (
        Link("International Union of Pure and Applied Chemistry", (Text("IUPAC"),)),
        Text(", "),
        Italic((Link("Compendium of Chemical Terminology", ()),)),
        Text(', 2nd ed. (the "Gold Book") (1997). Online corrected version: '),
        Text(f'({when}) "'),
        linked(url, title),
        Text('". '),
        Link("Doi (identifier)", (Text("doi"),)),
        Text(":"),
        linked(f"https://doi.org/10.1351/goldbook.{file}", f"10.1351/goldbook.{file}"),
    )


@handler("OED", "Oed", "OED2")
def oed(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{OED|Brahui}}: '"Brahui". Oxford English Dictionary (Online ed.). Oxford
    # University Press. (Subscription or participating institution membership required.)'
    word = call.text(1)
    if not word:
        return None
    entry = call.text(2) or call.text("id")
    if entry:
        url = f"https://www.oed.com/view/Entry/{entry}"
    else:
        url = "https://www.oed.com/search?searchType=dictionary&q=" + quote(word)
    return (
        Text('"'),
        linked(url, word),
        Text('". '),
        Italic((Link("Oxford English Dictionary", ()),)),
        Text(" (Online ed.). "),
        Link("Oxford University Press", ()),
        Text(". (Subscription or participating institution membership required.)"),
    )


@handler("Snopes", "Snopes.com")
def snopes(call: TemplateCall, ctx: HandlerContext) -> Output:
    # A CS1 web citation of the fact-checking site: '"One Small Step". Snopes.com.'
    url, title = call.first_text("link", "url"), call.arg("title")
    if not url or not title:
        return None
    out: list[Inline] = [Text('"'), linked(with_scheme(url), title), Text('". ')]
    out.append(Link("Snopes", (Text("Snopes.com"),)))
    when = call.text("date")
    out.append(Text(f". {when}." if when else "."))
    accessed = call.first_text("accessdate", "access-date")
    if accessed:
        out.append(Text(f" Retrieved {accessed}."))
    return tuple(out)


@handler("Britannica", "Encyclopædia Britannica", "Encyclopedia Britannica")
def britannica(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Britannica|animal/aardvark|Aardvark}}: '"Aardvark". Encyclopædia Britannica.'
    ident = call.first_text(1, "id").strip("/")
    title = call.first_text(2, "title") or (subject(call, ctx) if ident else "")
    if not title:
        return None
    url = call.text("url") or (f"https://www.britannica.com/{ident}" if ident else "")
    head: Inline = linked(url, title) if url else Text(title)
    out: list[Inline] = [Text('"'), head, Text('". '),
                         Italic((Link("Encyclopædia Britannica", ()),)), Text(".")]  # fmt: skip
    accessed = call.first_text("access-date", "accessdate")
    if accessed:
        out.append(Text(f" Retrieved {accessed}."))
    return tuple(out)


# ----------------------------------------------------------- sister-project links


def _sister(words: str, url: str, shown: str, project: str) -> Nodes:
    """ "Media related to X at Wikimedia Commons": X linked to the other wiki."""
    return (Text(f"{words} "), linked(url, shown), Text(" at "), Link(project, ()))


@handler("Commons category-inline", "Commonscat-inline", "Commons cat-inline",
         "Commonscatinline", "Commons category inline")  # fmt: skip
def commons_category_inline(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{commonscat-inline|Albert Sidney Johnston}}.
    category = call.text(1) or subject(call, ctx)
    if not category:
        return None
    url = _wiki("https://commons.wikimedia.org/wiki/Category:", category)
    return _sister("Media related to", url, call.text(2) or category, "Wikimedia Commons")


@handler("Commons-inline", "Commons inline")
def commons_inline(call: TemplateCall, ctx: HandlerContext) -> Output:
    page = call.text(1) or subject(call, ctx)
    if not page:
        return None
    url = _wiki("https://commons.wikimedia.org/wiki/", page)
    return _sister("Media related to", url, call.text(2) or page, "Wikimedia Commons")


@handler("Wikiquote-inline", "Wikiquote inline")
def wikiquote_inline(call: TemplateCall, ctx: HandlerContext) -> Output:
    page = call.text(1) or subject(call, ctx)
    if not page:
        return None
    url = _wiki("https://en.wikiquote.org/wiki/", page)
    return _sister("Quotations related to", url, call.text(2) or page, "Wikiquote")


@handler("Wiktionary-inline", "Wiktionary inline")
def wiktionary_inline(call: TemplateCall, ctx: HandlerContext) -> Output:
    word = call.text(1) or (ctx.title or "").lower()
    if not word:
        return None
    url = _wiki("https://en.wiktionary.org/wiki/", word)
    return _sister("The dictionary definition of", url, call.text(2) or word, "Wiktionary")


@handler("Wikisource-inline", "Wikisource inline", "Wikisourceinline")
def wikisource_inline(call: TemplateCall, ctx: HandlerContext) -> Output:
    # "Works related to Aardvark at Wikisource"; an "Author:" page is "Works written
    # by or about …". With list= the page shows the list below the sentence: here
    # each entry follows on its own line.
    page = call.text(1)
    name = page.removeprefix("Author:") if page else subject(call, ctx)
    if not name:
        return None
    url = _wiki("https://en.wikisource.org/wiki/", page or f"Special:Search/{name}")
    words = "Works written by or about" if page.startswith("Author:") else "Works related to"
    out: list[Inline] = list(_sister(words, url, call.text(2) or name, "Wikisource"))
    for entry in _entries(call.arg("list")):
        out.extend((LineBreak(), *entry))
    return tuple(out)


def _entries(content: Nodes) -> list[Nodes]:
    """The entries of a wikitext list given as a value: lines, their "*" marks gone."""
    lines: list[list[Inline]] = [[]]
    for node in content:
        if isinstance(node, (SoftBreak, LineBreak)):
            lines.append([])
        else:
            lines[-1].append(node)
    entries: list[Nodes] = []
    for line in lines:
        if line and isinstance(line[0], Text):
            line[0] = Text(line[0].text.lstrip("*#: "))
        entry = trim(tuple(line))
        if entry:
            entries.append(entry)
    return entries


# The boxes beside the text, banners about the page and icons: nothing in the text.
_NOTHING = (
    # Sister-project and library boxes.
    "Wikinews", "Wikibooks", "Wikiversity", "Incubator", "Wikipedia books",
    "Library resources box", "Library resources", "Spoken Wikipedia", "Listen", "Wikilivres",
    "Wikinews category", "Wikiversity category", "Wikiquote category",
    # Cleanup banners, like those in the maintenance module.
    "More footnotes", "More footnotes needed", "No footnotes", "Nofootnotes", "External links",
    # Access icons after a citation: an image with a tooltip, no text.
    "Open access", "Closed access", "Free access", "Limited access",
)  # fmt: skip


@handler(*_NOTHING)
def nothing(call: TemplateCall, ctx: HandlerContext) -> Output:
    return ()


# --------------------------------------------------------------- attribution notes

_INCORPORATES = "This article incorporates public domain material from "


def _from_work(call: TemplateCall, body: Nodes) -> Output:
    """ "…material from "Article". Body." when the call names the page, else None."""
    article, url = call.arg("article"), call.text("url")
    if not article:
        return None
    title: Nodes = (linked(with_scheme(url), article),) if url else article
    return (Text(f'{_INCORPORATES}"'), *title, Text('". '), *body, Text("."))


@handler("Include-NASA", "Include NASA", "NASA-PD", "PD-NASA")
def include_nasa(call: TemplateCall, ctx: HandlerContext) -> Output:
    nasa = (Link("NASA", (Text("National Aeronautics and Space Administration"),)),)
    return _from_work(call, nasa) or (
        Text(f"{_INCORPORATES}websites or documents of the "),
        *nasa,
        Text("."),
    )


@handler("Include-USGov", "Include USGov", "USGovernment", "Include-USgov")
def include_usgov(call: TemplateCall, ctx: HandlerContext) -> Output:
    # agency= names the agency: "…documents of the United States Geological Survey."
    agency = call.arg("agency")
    body: Nodes = agency or (
        Link("Federal government of the United States", (Text("United States Government"),)),
    )
    return _from_work(call, body) or (
        Text(f"{_INCORPORATES}websites or documents of the "),
        *body,
        Text("."),
    )


@handler("PD-notice", "PD notice", "Pd-notice")
def pd_notice(call: TemplateCall, ctx: HandlerContext) -> Output:
    return (Text("This article incorporates text from this source, which is in the "),
            Link("Public domain", (Text("public domain"),)), Text("."))  # fmt: skip


@handler("Source-attribution", "Source attribution")
def source_attribution(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Source-attribution|<a citation>}}: the sentence, then the source as given.
    source = call.arg(1)
    if not source:
        return None
    return (
        Text("This article incorporates text from a publication now in the "),
        Link("Public domain", (Text("public domain"),)),
        Text(": "),
        *source,
    )
