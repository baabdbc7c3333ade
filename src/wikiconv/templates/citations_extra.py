"""Citation templates that wrap another one: technical reports, databases, scripture.

Each of these fills in a citation template the package already renders and shows
what that one shows:

- ``{{cite techreport}}`` (``{{cite tech report}}``) is Citation Style 1's technical
  report: the title in italics, then "(Technical report)".
- ``{{cite Earth Impact DB|name=Wetumpka}}`` is a web citation of the crater's entry:
  '"Wetumpka". Earth Impact Database. Planetary and Space Science Centre University of
  New Brunswick Fredericton.'
- ``{{OEtymD|alchemy}}`` cites the Online Etymology Dictionary: 'Harper, Douglas.
  "alchemy". Online Etymology Dictionary.'
- ``{{IUCN2008|…}}`` is the 2008 Red List citation: ``{{IUCN}}`` with "Version 2008".
- ``{{EB1911|wstitle=Apollo}}`` is the attribution form of ``{{Cite EB1911}}``: "This
  article incorporates text from a publication now in the public domain:" and the
  citation.
- ``{{wikicite|reference=…}}`` shows its reference (with an anchor the page keeps).
- ``{{bibleref|Mark|3:25}}`` (``{{bibleverse}}``) shows "Mark 3:25", linked to the
  passage; ``{{cite quran|29|46}}`` shows "Quran 29:46".
"""

from __future__ import annotations

from urllib.parse import quote

from wikiconv.ast import ExternalLink, Inline, Link, Template, TemplateParam, Text
from wikiconv.templates.citations import _citation
from wikiconv.templates.registry import BUILTIN, HandlerContext, Output, TemplateCall, handler

__all__: list[str] = []

Nodes = tuple[Inline, ...]


def _render_as(name: str, params: dict[str, Nodes], ctx: HandlerContext) -> Output:
    """What ``{{name|params…}}`` shows, from the handler of that name."""
    render = BUILTIN.lookup(name)
    if render is None:
        return None
    values = tuple(TemplateParam(key, value) for key, value in params.items() if value)
    return render(TemplateCall(Template(name, values)), ctx)


def _with(call: TemplateCall, **extra: Nodes) -> dict[str, Nodes]:
    """The call's named parameters, with ``extra`` added where the call has none."""
    params = dict(call.named())
    for key, value in extra.items():
        if not params.get(key):
            params[key] = value
    return params


def _text(value: str) -> Nodes:
    return (Text(value),) if value else ()


# ------------------------------------------------------------------ wrappers of CS1


@handler("Cite techreport", "Cite tech report", "Cite Techreport", "Cite Tech report")
def cite_techreport(call: TemplateCall, ctx: HandlerContext) -> Output:
    # 'Crone, Anthony J. (April 2007). Earthquakes Pose a Serious Hazard in
    # Afghanistan (Technical report). US Geological Survey. Fact Sheet FS 2007-3027 (an en dash).'
    shown = _citation(call, "report", "cs1")
    if shown is None or call.text("type"):
        return shown
    note = Text(" (Report)")
    return tuple(Text(" (Technical report)") if node == note else node for node in shown)


@handler("Cite Earth Impact DB", "Cite earth impact DB", "Cite Earth Impact Database")
def cite_earth_impact_db(call: TemplateCall, ctx: HandlerContext) -> Output:
    name = call.text("name")
    if not name:
        return None
    publisher: Nodes = (
        Link("Planetary and Space Science Centre", ()),
        Text(" "),
        Link("University of New Brunswick", ()),
        Text(" Fredericton"),
    )
    params: dict[str, Nodes] = {
        "title": (Text(name),),
        "url": _text(f"http://www.passc.net/EarthImpactDatabase/{quote(name)}.html"),
        "work": (Link("Earth Impact Database", ()),),
        "publisher": publisher,
        "accessdate": call.arg("accessdate") or call.arg("access-date"),
    }
    return _render_as("cite web", params, ctx)


@handler("OEtymD", "Oetymd", "Etymonline")
def oetymd(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{OEtymD|alchemy}}: 'Harper, Douglas. "alchemy". Online Etymology Dictionary.'
    word = call.text(1)
    if not word:
        return None
    params: dict[str, Nodes] = {
        "last": (Text("Harper"),),
        "first": (Text("Douglas"),),
        "title": call.arg(2) or (Text(word),),
        "url": _text("https://www.etymonline.com/word/" + quote(word)),
        "website": (Link("Online Etymology Dictionary", ()),),
        "accessdate": call.arg("accessdate") or call.arg("access-date"),
    }
    return _render_as("cite web", params, ctx)


@handler("IUCN2008")
def iucn2008(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The Red List citation of its year: {{IUCN}} with "Version 2008".
    return _render_as("IUCN", _with(call, version=(Text("2008"),)), ctx)


@handler("EB1911")
def eb1911(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The attribution at the foot of an article that copies the 1911 Britannica.
    cited = _render_as("Cite EB1911", dict(call.named()), ctx)
    if not cited:
        return None
    return (
        Text("This article incorporates text from a publication now in the "),
        Link("Public domain", (Text("public domain"),)),
        Text(": "),
        *cited,
    )


@handler("Wikicite")
def wikicite(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{wikicite|reference=…|ref=…}}: the reference, given an anchor to link to.
    return call.arg("reference") or None


# ---------------------------------------------------------------------- scripture


@handler("Bibleref", "Bibleverse", "Bible verse", "Bibleref2")
def bibleverse(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{bibleverse|Mark|3:25|9}}: "Mark 3:25", linked to the passage (the third value
    # picks the translation); a fourth value replaces the words shown.
    book, verse = call.text(1), call.text(2)
    if not book or not verse:
        return None
    passage = f"{book} {verse}"
    url = "https://www.biblegateway.com/passage/?search=" + quote(passage)
    version = call.text(3)
    if version:
        url += "&version=" + quote(version)
    shown = call.arg(4) or (Text(passage),)
    return (ExternalLink(url, shown),)


@handler("Cite quran", "Cite Quran", "Cite Qur'an", "Cite qur'an")
def cite_quran(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{cite quran|29|46}}: "Quran 29:46", the verses linked to the text.
    chapter, verse = call.text(1), call.text(2)
    if not chapter.isdigit():
        return None
    where = f"{chapter}:{verse}" if verse else chapter
    first = verse.split("-")[0].split("\u2013")[0]
    url = f"https://quran.com/{chapter}/{first}" if first else f"https://quran.com/{chapter}"
    return (Link("Quran", ()), Text(" "), ExternalLink(url, (Text(where),)))
