"""Citation Style 1 and 2: ``{{cite web}}``, ``{{cite book}}``, ``{{citation}}`` and kin.

The rendering follows the order Module:Citation/CS1 uses, readable rather than exact:
authors (date). "Title" or *Title*. *Work*. volume (issue): pages. Location:
Publisher. date (when there is no author). p. page. identifiers. Archived from the
original on … Retrieved ….

CS1 templates separate the parts with full stops and end with one; ``{{citation}}``
(CS2) separates them with commas, lower-cases "archived" and "retrieved" and ends
with nothing. Empty parameters count as absent; a call with no title of any kind
stays unrendered.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from wikiconv.ast import Bold, ExternalLink, Inline, Italic, Link, Text
from wikiconv.templates.language_names import LANGUAGE_NAMES
from wikiconv.templates.registry import BUILTIN, HandlerContext, Output, TemplateCall, handler, trim
from wikiconv.walk import iter_nodes, plain_text

__all__: list[str] = []

NBSP = "\u00a0"
Nodes = tuple[Inline, ...]

_KEY = re.compile(r"[\s_-]+")
_RANGE = re.compile(r"(\d)\s*-\s*(\d)")
_END = (".", "?", "!")
_MAX_NAMES = 100

_LANGUAGES = LANGUAGE_NAMES

# Where each identifier is looked up, and how CS1 labels it.
_IDENTIFIERS: tuple[tuple[str, str, str], ...] = (
    ("arxiv", "arXiv:", "https://arxiv.org/abs/"),
    ("bibcode", "Bibcode:", "https://ui.adsabs.harvard.edu/abs/"),
    ("doi", "doi:", "https://doi.org/"),
    ("isbn", f"ISBN{NBSP}", "Special:BookSources/"),
    ("issn", f"ISSN{NBSP}", "https://www.worldcat.org/issn/"),
    ("jstor", f"JSTOR{NBSP}", "https://www.jstor.org/stable/"),
    ("oclc", f"OCLC{NBSP}", "https://www.worldcat.org/oclc/"),
    ("pmc", f"PMC{NBSP}", "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC"),
    ("pmid", f"PMID{NBSP}", "https://pubmed.ncbi.nlm.nih.gov/"),
    ("rfc", f"RFC{NBSP}", "https://datatracker.ietf.org/doc/html/rfc"),
)

# The kinds of work each template cites: "article" titles are quoted (a part of a
# periodical or site), "work" titles are italic (a whole book, report or film).
_ARTICLE, _WORK, _EITHER = "article", "work", "either"


class _Params:
    """The call's non-empty named parameters, under keys without case, ``-`` or ``_``."""

    def __init__(self, call: TemplateCall) -> None:
        self.values: dict[str, Nodes] = {}
        for key, value in call.named():
            if value and plain_text(value).strip():
                self.values[self.key(key)] = value

    @staticmethod
    def key(name: str) -> str:
        """The key a parameter is found under (other wikis' templates keep spaces)."""
        return _KEY.sub("", name).lower()

    def get(self, *keys: str) -> Nodes:
        for key in keys:
            found = self.values.get(key)
            if found:
                return found
        return ()

    def text(self, *keys: str) -> str:
        return plain_text(self.get(*keys)).strip()


def _names(params: _Params, role: str) -> list[Nodes]:
    """The people of one role (``author`` or ``editor``), as CS1 lists them."""
    people: list[Nodes] = []
    for index in range(1, _MAX_NAMES):
        n = str(index)
        alone = ("",) if index == 1 else ()
        last = params.get(
            *(f"{role}{k}last" for k in (n, *alone)),
            *(f"{role}last{k}" for k in (n, *alone)),
            *((f"last{k}" for k in (n, *alone)) if role == "author" else ()),
            *((f"surname{k}" for k in (n, *alone)) if role == "author" else ()),
            *(f"{role}{k}" for k in (n, *alone)),
        )
        if not last:
            if index > 1 and not params.get(f"first{n}", f"{role}{n}first"):
                break
            continue
        first = params.get(
            *(f"{role}{k}first" for k in (n, *alone)),
            *(f"{role}first{k}" for k in (n, *alone)),
            *((f"first{k}" for k in (n, *alone)) if role == "author" else ()),
            *((f"given{k}" for k in (n, *alone)) if role == "author" else ()),
        )
        name: Nodes = (*last, Text(", "), *first) if first else last
        target = params.text(
            *(f"{role}{k}link" for k in (n, *alone)),
            *(f"{role}link{k}" for k in (n, *alone)),
        )
        if target and not _has_link(name):
            name = (Link(target, name),)
        people.append(name)
    # Whole lists written out in one parameter ("Smith AB, Jones C").
    groups = ("vauthors", "authors", "people", "coauthors", "coauthor")
    for key in groups if role == "author" else ("veditors", "editors"):
        if params.get(key):
            people.append(params.get(key))
    shown = params.text(f"display{role}s")
    if shown.isdigit() and 0 < int(shown) < len(people):
        people = [*people[: int(shown)], (Text("et al."),)]
    elif shown.lower() == "etal" and people:
        people.append((Text("et al."),))
    return people


def _join(items: Iterable[Nodes], between: str) -> Nodes:
    out: list[Inline] = []
    for index, item in enumerate(items):
        if index:
            out.append(Text(between))
        out.extend(item)
    return tuple(out)


def _has_link(content: Nodes) -> bool:
    return any(isinstance(node, (Link, ExternalLink)) for node in _nodes_in(content))


def _nodes_in(content: Nodes) -> Iterable[object]:
    # iter_nodes over a tuple of nodes.
    for node in content:
        yield from iter_nodes(node)


def _linked(content: Nodes, url: str) -> Nodes:
    # A link cannot hold a link: a linked title keeps only the text of any link in it.
    if not url:
        return content
    if _has_link(content):
        content = (Text(plain_text(content)),)
    return (ExternalLink(url, content),)


def _pages(text: str) -> str:
    return _RANGE.sub("\\1\u2013\\2", text)


def _citation(call: TemplateCall, kind: str, style: str) -> Output:
    params = _Params(call)
    cs2 = style == "cs2"
    sep = ", " if cs2 else ". "

    title = params.get("title", "scripttitle") or params.get("transtitle")
    chapter = params.get("chapter", "contribution", "entry", "article", "section")
    # Only a translated title: CS1 shows it in brackets.
    trans_only = bool(title) and not params.get("title", "scripttitle")
    work = params.get(
        "work", "website", "newspaper", "journal", "magazine", "periodical",
        "encyclopedia", "encyclopaedia", "dictionary", "conference", "booktitle",
    )  # fmt: skip
    if not title and not chapter and kind == "encyclopedia" and work:
        title, work = work, ()  # {{cite encyclopedia}} of a whole encyclopedia
    if not title and not chapter:
        # CS1 shows a missing title as an error, then the rest of the citation; the
        # address stands in for the title when there is one, as it does there.
        if params.text("url"):
            title = (Text(params.text("url")),)
        elif not (_names(params, "author") or work or params.text("publisher")):
            return None
    journal_style = kind == "journal" or (
        kind == _EITHER and bool(params.get("journal", "periodical", "magazine"))
    )
    if chapter:
        quoted = False  # the chapter is quoted, the book it is in is italic
    elif kind == "encyclopedia":
        quoted = bool(work)
    else:
        quoted = kind in {_ARTICLE, "journal", "press release"} or (kind == _EITHER and bool(work))

    parts: list[Nodes] = []
    date = params.text("date") or params.text("year")
    original = params.text("origyear", "origdate")
    when = f"{date} [{original}]" if date and original else date

    authors = _names(params, "author")
    editors = _names(params, "editor")
    lead = authors
    if not authors and editors:
        lead = editors
        editors = []
        suffix = " (eds.)" if len(lead) > 1 else " (ed.)"
        lead = [*lead[:-1], (*lead[-1], Text(suffix))]
    if lead:
        people = _join(lead, "; ")
        parts.append((*people, Text(f" ({when})")) if when else people)

    # The title, or the chapter in the title.
    url = params.text("url")
    chapter_url = params.text("chapterurl", "contributionurl", "entryurl", "sectionurl")
    trans = params.text("transtitle")
    word = " (eds.)" if len(editors) > 1 else " (ed.)"
    if chapter:
        parts.append(_quote(_linked(chapter, chapter_url or ("" if title else url))))
        if editors:
            parts.append((Text("In "), *_join(editors, "; "), Text(word)))
    elif editors:
        parts.append((*_join(editors, "; "), Text(word)))
    if title:
        own = not trans_only
        titled = _linked(title if own else (Text(f"[{trans}]"),), url)
        tail: list[Inline] = []
        if trans and own:
            tail.append(Text(f" [{trans}]"))
        head = _quote(titled) if quoted else (Italic(titled),)
        edition = params.text("edition")
        if edition:
            tail.append(Text(f" ({edition} ed.)"))
        detail = params.text("type", "medium", "degree")
        if kind == "thesis" and not params.text("type"):
            degree = params.text("degree")
            detail = f"{degree} thesis" if degree else "Thesis"
        elif not detail:
            detail = {"press release": "Press release", "report": "Report"}.get(kind, "")
        if detail:
            tail.append(Text(f" ({detail})"))
        form = params.text("format")
        if form:
            tail.append(Text(f" ({form})"))
        language = params.text("language")
        if language and language.lower() not in {"en", "english"}:
            tail.append(Text(f" (in {_LANGUAGES.get(language.lower(), language)})"))
        parts.append((*head, *tail))

    # The work and where in it.
    volume = params.text("volume")
    issue = params.text("issue", "number")
    page = params.text("page", "p")
    pages = _pages(params.text("pages", "pp"))
    at = params.text("at")
    in_work = page or pages
    if work:
        parts.append((Italic(work),))
    pages_done = False
    if journal_style and (volume or issue):
        numbers: list[Inline] = [Bold((Text(volume),))] if volume else []
        if issue:
            numbers.append(Text(f" ({issue})" if volume else f"({issue})"))
        if in_work:
            numbers.append(Text(f": {in_work}"))
            pages_done = True
        parts.append(tuple(numbers))
    elif journal_style and work and in_work:
        parts[-1] = (*parts[-1], Text(f": {in_work}"))
        pages_done = True
    elif volume or issue:
        bits = [f"Vol.{NBSP}{volume}" if volume else "", f"no.{NBSP}{issue}" if issue else ""]
        text = ", ".join(bit for bit in bits if bit)
        parts.append((Text(text[:1].upper() + text[1:]),))

    where = params.get("location", "place", "publicationplace")
    publisher = params.get("publisher", "institution", "distributor")
    if where and publisher:
        parts.append((*where, Text(": "), *publisher))
    elif where or publisher:
        parts.append(where or publisher)
    agency = params.get("agency")
    if agency:
        parts.append(agency)
    if not lead and when:
        parts.append((Text(when),))
    if not pages_done:
        if page:
            parts.append((Text(f"p.{NBSP}{page}"),))
        elif pages:
            parts.append((Text(f"pp.{NBSP}{pages}"),))
        elif at:
            parts.append((Text(at),))

    parts.extend(_identifiers(params))

    archive_url = params.text("archiveurl")
    archive_date = params.text("archivedate")
    if archive_url:
        phrase = "archived from the original" if cs2 else "Archived from the original"
        link = ExternalLink(archive_url, (Text(phrase),))
        parts.append((link, Text(f" on {archive_date}")) if archive_date else (link,))
    accessed = params.text("accessdate")
    if accessed:
        parts.append((Text(f"{'retrieved' if cs2 else 'Retrieved'} {accessed}"),))

    out = _join_parts(parts, sep)
    postscript = params.text("postscript")
    end = "" if cs2 else "."
    if postscript:
        end = "" if postscript.lower() == "none" else postscript
    if end and not (end == "." and plain_text(tuple(out)).rstrip().endswith(_END)):
        out.append(Text(end))
    return tuple(out)


def _identifiers(params: _Params) -> list[Nodes]:
    """ISBN, DOI and the other identifiers, each labelled and linked to its lookup,
    then ``id=`` as written."""
    parts: list[Nodes] = []
    for key, label, base in _IDENTIFIERS:
        value = params.text(key)
        if not value:
            continue
        if base.startswith("Special:"):
            target: Inline = Link(base + value.replace(" ", ""), (Text(value),))
        else:
            target = ExternalLink(base + value, (Text(value),))
        parts.append((Text(label), target))
    other = params.get("id")
    if other:
        parts.append(other)
    return parts


def _join_parts(parts: Iterable[Nodes], sep: str = ". ") -> list[Inline]:
    """The citation's parts, trimmed, with ``sep`` between them; after a part that ends
    a sentence ("?", "!", "."), a full stop is not doubled."""
    out: list[Inline] = []
    for part in parts:
        part = trim(part)
        if not part:
            continue
        if out:
            before = plain_text(tuple(out)).rstrip()
            out.append(Text(" " if sep == ". " and before.endswith(_END) else sep))
        out.extend(part)
    return out


def _quote(content: Nodes) -> Nodes:
    return (Text('"'), *content, Text('"'))


def _register(kind: str, *names: str, style: str = "cs1") -> None:
    def render(call: TemplateCall, ctx: HandlerContext) -> Output:
        return _citation(call, kind, style)

    render.__name__ = f"cite_{kind.replace(' ', '_')}"
    handler(*names)(render)


_register(_ARTICLE, "cite web", "Cite Web", "cite website", "cite url", "Cite URL", "web cite",
          "cite webpage", "cite web page")  # fmt: skip
_register(_ARTICLE, "cite news", "Cite News", "cite newspaper", "cite n")
_register(_ARTICLE, "cite magazine", "Cite Magazine", "cite mag")
_register(_ARTICLE, "cite conference", "cite proceedings", "cite conference paper")
_register("journal", "cite journal", "Cite Journal", "cite paper")
_register("encyclopedia", "cite encyclopedia", "Cite Encyclopedia", "cite encyclopaedia",
          "cite dictionary")  # fmt: skip
_register("press release", "cite press release", "Cite Press Release", "cite press", "cite pr")
_register(_WORK, "cite book", "Cite Book", "cite books", "book cite")
_register("report", "cite report", "Cite Report")
_register("thesis", "cite thesis", "cite dissertation")
_register(_WORK, "cite av media", "cite AV media", "Cite AV Media", "cite video", "cite film",
          "cite movie", "cite media")  # fmt: skip
_register(_EITHER, "citation", style="cs2")


@handler("IranCensus2006")
def iran_census_2006(call: TemplateCall, ctx: HandlerContext) -> Output:
    # A fixed citation used by thousands of Iranian village articles; the argument
    # only picks the province's spreadsheet, which the text does not name.
    return (
        Text(
            '"Census of the Islamic Republic of Iran, 1385 (2006)". Islamic Republic of '
            "Iran. Archived from the original (Excel) on 2011-11-11."
        ),
    )


# Any other citation template ({{cite IETF}}, {{vcite book}}, a wiki's own {{cite
# ngs}}…): its parameters are CS1's, so it is shown in CS1's order. Its own layout
# may differ (Vancouver style for vcite), but the reader gets the citation, not an
# empty footnote.
_OTHER_CITATION = re.compile(r"(?i)^v?cite[ _]")


def _other_citation(call: TemplateCall, ctx: HandlerContext) -> Output:
    return _citation(call, _EITHER, "cs1")


BUILTIN.add_pattern(lambda name: _OTHER_CITATION.match(name) is not None, _other_citation)
