"""Author-date references: ``{{harvnb}}``, ``{{harv}}``, ``{{harvtxt}}``, ``{{sfn}}``…

The text follows Module:Footnotes: up to four surnames ("Smith", "Smith & Jones",
"Smith, Jones & Brown", "Smith et al." from four on), then the year (the last
positional parameter), then where in the work: ", p. 5", ", pp. 8-9" (the hyphen of a
range shown as an en dash) and ``loc``/``at`` as written. The families differ only in
brackets: ``harvnb`` "Smith 2001, p. 5", ``harv`` "(Smith 2001, p. 5)", ``harvtxt``
"Smith (2001, p. 5)", ``harvp`` "Smith (2001), p. 5", ``harvcolnb`` "Smith 2001:5".

The names and year link to the cited work's anchor on the same page
("#CITEREFSmith2001"), as on Wikipedia. ``sfn``, ``sfnp`` and ``sfnm`` put the same
text, ended with a full stop, in a footnote named as Module:Footnotes names it, so
identical calls share one footnote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from wikiconv.ast import ExternalLink, Inline, Link, Reference, Text
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler
from wikiconv.walk import plain_text

__all__ = ["citeref", "is_citation"]

NBSP = "\u00a0"
Nodes = tuple[Inline, ...]

_RANGE = re.compile(r"(\w)\s*-\s*(\w)")
_BRACKETED = re.compile(r"\[((?:https?:)?//[^\s\]]+)\s+([^\]]+)\]")
_MAX_NAMES = 4
# A positional value that is a year (Module:Footnotes' is_year): "1996", "2005a",
# "n.d.", "c. 1900", "1990-1995" (a hyphen or an en dash).
_YEAR_VALUE = re.compile(
    r"(?:c\. ?)?\d{3,4}[a-z]?(?:[-\u2013]\d{2,4}[a-z]?)?|n\.d\.[a-z]?|nd[a-z]?"
)
# Positional words {{harvs}} takes as switches ({{harvs|nb|last=…}}).
_SWITCHES = {"nb", "txt", "paren", "colon"}


@dataclass(frozen=True, slots=True)
class _Cite:
    """One cited work and the place in it, as the harv parameters give them."""

    names: tuple[str, ...]
    years: tuple[str, ...]
    page: Nodes = ()
    pages: Nodes = ()
    loc: Nodes = ()
    ref: str = ""

    def anchor(self, year: str) -> str:
        # The id the citation template gives the cited work: CITEREF + surnames + year.
        if self.ref:
            return "" if self.ref.lower() == "none" else self.ref
        return "CITEREF" + "".join(self.names) + year

    def key(self) -> str:
        # Module:Footnotes' footnote name: the parameters run together, as written.
        where = (plain_text(part) for part in (self.page, self.pages, self.loc))
        return "".join((*self.names, *self.years, *where))


def _authors(names: Sequence[str]) -> str:
    if len(names) >= _MAX_NAMES:
        return f"{names[0]} et al."
    if len(names) > 1:
        return f"{', '.join(names[:-1])} & {names[-1]}"
    return names[0] if names else ""


def _dashed(content: Nodes) -> Nodes:
    # "8-9" is a range: Module:Footnotes shows it with an en dash.
    return tuple(
        Text(_RANGE.sub("\\1\u2013\\2", node.text)) if isinstance(node, Text) else node
        for node in content
    )


def _place(cite: _Cite, colon: bool) -> Nodes:
    """Where in the work: ", p. 5" (or ":5"), then any ``loc``."""
    out: list[Inline] = []
    numbers = cite.page or _dashed(cite.pages)
    if numbers:
        if colon:
            out.extend((Text(":"), *numbers))
        else:
            word = "p." if cite.page else "pp."
            out.extend((Text(f", {word}{NBSP}"), *numbers))
    if cite.loc:
        out.extend((Text(", "), *cite.loc))
    return tuple(out)


def _linked(cite: _Cite, label: str, year: str) -> Inline:
    anchor = cite.anchor(year)
    return Link("", (Text(label),), anchor=anchor) if anchor else Text(label)


def _bracket_link(content: Nodes) -> Nodes:
    # "[{{google books|…|plainurl=yes}} 392]": MediaWiki expands the call before it
    # reads links, so the page shows "392" linked; the reader saw only brackets.
    found = _BRACKETED.fullmatch(plain_text(content).strip())
    if not found:
        return content
    return (ExternalLink(found.group(1), (Text(found.group(2)),)),)


def _where(call: TemplateCall, prefix: str = "") -> tuple[Nodes, Nodes, Nodes]:
    def value(*keys: str) -> Nodes:
        for key in keys:
            found = call.arg(prefix + key)
            if found and plain_text(found).strip():
                return _bracket_link(found)
        return ()

    return value("p", "page"), value("pp", "pages"), value("loc", "at")


def _from_positional(call: TemplateCall) -> _Cite | None:
    """Names then year as positional parameters, as ``harvnb`` and ``sfn`` take them."""
    texts = [text for text in call.positional_texts() if text]
    if not texts:
        return None
    # The last value is the year when it reads as one; a work without a date is
    # cited by its authors alone ({{harvnb|Malkevitch}}).
    if len(texts) > 1 and _YEAR_VALUE.fullmatch(texts[min(len(texts), _MAX_NAMES + 1) - 1]):
        *names, year = texts[: _MAX_NAMES + 1]
    else:
        names, year = texts[:_MAX_NAMES], ""
    page, pages, loc = _where(call)
    return _Cite(tuple(names), (year,), page, pages, loc, call.text("ref") or call.text("Ref"))


def _render(cite: _Cite, style: str) -> Nodes:
    """The text of one citation in one of the bracket styles."""
    who, year = _authors(cite.names), cite.years[0]
    place = _place(cite, colon=style.startswith("col"))
    if not year:
        shown = (_linked(cite, who, year), *place)
        return (Text("("), *shown, Text(")")) if style in ("paren", "colparen") else shown
    if style in ("nb", "colnb"):
        return (_linked(cite, f"{who} {year}", year), *place)
    if style in ("paren", "colparen"):
        return (Text("("), _linked(cite, f"{who} {year}", year), *place, Text(")"))
    if style in ("txt", "coltxt"):
        return (_linked(cite, f"{who} ({year}", year), *place, Text(")"))
    # "p": the year alone in brackets, the place after them.
    return (_linked(cite, f"{who} ({year})", year), *place)


_STYLES = {
    "Harvnb": "nb", "Harv": "paren", "Harvtxt": "txt", "Harvp": "p",
    "Harvcolnb": "colnb", "Harvcol": "colparen", "Harvcoltxt": "coltxt",
    "Harvard citation no brackets": "nb", "Harvard citation": "paren",
    "Harvard citation text": "txt",
}  # fmt: skip


@handler(*_STYLES)
def harv(call: TemplateCall, ctx: HandlerContext) -> Output:
    cite = _from_positional(call)
    return _render(cite, _STYLES[call.name]) if cite else None


@handler("harvs")
def harvs(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{harvs|nb|last=El-Bizri|year=2005a|year2=2005b}}: one author, several years,
    # each year linked to its own work.
    switches = {text.lower() for text in call.positional_texts()} & _SWITCHES
    names = _numbered(call, ("last", "author", "surname"))
    years = _numbered(call, ("year",))
    if not names or not years:
        return None
    page, pages, loc = _where(call)
    cite = _Cite(tuple(names[:_MAX_NAMES]), tuple(years), page, pages, loc, call.text("ref"))
    who = _authors(cite.names)
    links: list[Inline] = []
    for index, year in enumerate(years):
        if index:
            links.append(Text(", "))
        links.append(_linked(cite, year, year))
    place = _place(cite, colon=False)
    if call.flag("nb") or "nb" in switches:
        return (Text(f"{who} "), *links, *place)
    if call.flag("txt") or "txt" in switches:
        return (Text(f"{who} ("), *links, *place, Text(")"))
    return (Text(f"({who} "), *links, *place, Text(")"))


def _numbered(call: TemplateCall, keys: tuple[str, ...]) -> list[str]:
    """``last``/``last1``, ``last2``… (and the other spellings), in order."""
    found: list[str] = []
    for index in range(1, 10):
        numbered = tuple(f"{key}{index}" for key in keys)
        plain = keys if index == 1 else ()
        value = call.first_text(*numbered, *plain)
        if not value:
            break
        found.append(value)
    return found


def _footnote(cites: Sequence[_Cite], style: str, call: TemplateCall) -> Output:
    out: list[Inline] = []
    for index, cite in enumerate(cites):
        if index:
            out.append(Text("; "))
        out.extend(_render(cite, style))
    postscript = call.text("postscript", call.text("ps", "."))
    if postscript.lower() != "none":
        out.append(Text(postscript))
    name = "FOOTNOTE" + "".join(cite.key() for cite in cites)
    return (Reference(tuple(out), name=name, group=call.text("group")),)


@handler("sfn", "Shortened footnote template", "Shortened footnote")
def sfn(call: TemplateCall, ctx: HandlerContext) -> Output:
    cite = _from_positional(call)
    return _footnote((cite,), "nb", call) if cite else None


@handler("sfnp", "Sfn p")
def sfnp(call: TemplateCall, ctx: HandlerContext) -> Output:
    cite = _from_positional(call)
    return _footnote((cite,), "p", call) if cite else None


@handler("sfnm")
def sfnm(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{sfnm|1a1=Smith|1y=2001|1p=5|2a1=Jones|2y=2002}}: several works in one footnote.
    cites: list[_Cite] = []
    for number in range(1, 10):
        names = [call.text(f"{number}a{k}") for k in range(1, _MAX_NAMES + 1)]
        names = [name for name in names if name]
        year = call.text(f"{number}y")
        if not names or not year:
            break
        page, pages, loc = _where(call, str(number))
        cites.append(_Cite(tuple(names), (year,), page, pages, loc, call.text(f"{number}ref")))
    return _footnote(cites, "nb", call) if cites else None


# Citation Style 1 and 2 templates, which give the work they cite an anchor.
_CITATION_NAME = re.compile(r"(?i)^(?:cite\b|citation$|vcite\b)")
_YEAR = re.compile(r"\b(\d{3,4}[a-z]?)\b")


def is_citation(name: str) -> bool:
    """Whether a template of this name is a CS1/CS2 citation, which names an anchor."""
    return _CITATION_NAME.match(name.replace("_", " ").strip()) is not None


def citeref(call: TemplateCall) -> str:
    """The anchor a citation template gives its work, which harv links point to:
    "CITEREF", up to four authors' surnames (editors' when there are no authors) and
    the year, run together (``ref=`` names it instead, ``ref=none`` gives none); ""
    for a call that is not a citation or names no one."""
    if not is_citation(call.name):
        return ""
    ref = call.text("ref")
    if ref and ref.lower() != "harv":
        return "" if ref.lower() == "none" else ref
    names = _surnames(call, "author") or _surnames(call, "editor")
    if not names:
        return ""
    year = call.text("year")
    if not year:
        found = _YEAR.search(call.text("date"))
        year = found.group(1) if found else ""
    return "CITEREF" + "".join(names) + year


def _surnames(call: TemplateCall, role: str) -> list[str]:
    """Up to four surnames of the authors (``role`` "author") or the editors."""
    names: list[str] = []
    for number in range(1, _MAX_NAMES + 1):
        if role == "author":
            keys = [f"last{number}", f"surname{number}", f"author{number}-last",
                    f"author-last{number}", f"author{number}"]  # fmt: skip
        else:
            keys = [f"editor{number}-last", f"editor-last{number}", f"editor{number}-surname",
                    f"editor{number}"]  # fmt: skip
        if number == 1:
            keys += [key.replace("1", "") for key in keys]
        name = call.first_text(*keys)
        if not name:
            break
        names.append(name)
    return names
