"""More external links of an article's last section, and boxes that show no text.

The links name the subject and the site: "Academy Awards at IMDb", "Aristotle at
PhilPapers", "Abraham Lincoln collected news and commentary at The New York Times"
(the subject linked to the site's page; the page title when the call names none).
``{{NRHP url|id=…}}`` is an address for another template's ``url=``; ``{{ws|…}}``
shows its text after a small Wikisource logo; ``{{eMedicine2|ped|180}}`` shows the
topic as an infobox lists it, "ped/180".

The boxes sit beside or below the text (a sister-project box, the notice at the foot
of a disambiguation page): nothing in the text, as for ``{{Commons}}``.
"""

from __future__ import annotations

from urllib.parse import quote

from wikiconv.ast import Inline, Italic, Link, Text
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler
from wikiconv.templates.weblinks_sites import linked, subject

__all__: list[str] = []

Nodes = tuple[Inline, ...]


def _at(url: str, label: str, *site: Inline) -> Output:
    """ "Label at Site", the label linked to the site's page."""
    if not url or not label:
        return None
    return (linked(url, label), Text(" at "), *site)


@handler("IMDb event", "IMDB event", "Imdb event")
def imdb_event(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{IMDb event|0000003|Academy Awards}}.
    ident = call.first_text("id", 1).removeprefix("ev")
    url = f"https://www.imdb.com/event/ev{ident}/" if ident else ""
    return _at(url, subject(call, ctx, 2, "name", "title"), Link("IMDb", ()))


@handler("Goodreads author")
def goodreads_author(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Goodreads author|432.Ayn_Rand}}.
    ident = call.first_text("id", 1)
    url = f"https://www.goodreads.com/author/show/{ident}" if ident else ""
    return _at(url, subject(call, ctx, 2, "name"), Link("Goodreads", ()))


@handler("InPho", "Inpho")
def inpho(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{InPho|thinker|2553}}: the Indiana Philosophy Ontology Project's entry.
    kind, ident = call.text(1), call.text(2)
    url = f"https://www.inphoproject.org/{kind}/{ident}" if kind and ident else ""
    site = Link("Indiana Philosophy Ontology Project", ())
    return _at(url, subject(call, ctx, 3, "name"), Text("the "), site)


@handler("PhilPapers", "Philpapers")
def philpapers(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{PhilPapers|category|aristotle}} or {{PhilPapers|search|ambiguity}}.
    kind, ident = call.text(1).lower(), call.text(2)
    paths = {"search": "s", "category": "browse", "record": "rec"}
    if kind not in paths or not ident:
        return None
    url = f"https://philpapers.org/{paths[kind]}/{quote(ident)}"
    return _at(url, subject(call, ctx, 3, "name"), Link("PhilPapers", ()))


def _collected(url: str, label: str, paper: str) -> Output:
    """ "Label collected news and commentary at *The Paper*"."""
    if not label:
        return None
    return (
        linked(url, label),
        Text(" collected news and commentary at "),
        Italic((Link(paper, ()),)),
    )


@handler("NYTtopic", "NYT topic", "Nyttopic")
def nyt_topic(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{NYTtopic|people/l/abraham_lincoln}}: the Times's topic page.
    path = call.first_text(1, "id").strip("/")
    if not path:
        return None
    url = f"https://topics.nytimes.com/top/reference/timestopics/{path}/index.html"
    return _collected(url, subject(call, ctx, 2, "name"), "The New York Times")


@handler("Guardian topic", "Guardian topics")
def guardian_topic(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Guardian topic|science/agriculture}}.
    path = call.first_text(1, "id").strip("/")
    if not path:
        return None
    url = f"https://www.theguardian.com/{path}"
    return _collected(url, subject(call, ctx, 2, "name"), "The Guardian")


@handler("GovPubs")
def govpubs(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{GovPubs|Afghanistan}}: "Afghanistan from UCB Libraries GovPubs".
    page = call.text(1)
    label = subject(call, ctx, 2, "name")
    if not page or not label:
        return None
    url = f"http://ucblibraries.colorado.edu/govpubs/for/{quote(page.lower())}.htm"
    return (linked(url, label), Text(" from UCB Libraries GovPubs"))


@handler("PlanetMath")
def planetmath(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{PlanetMath|urlname=Aristotle|title=Aristotle}}: "Aristotle at PlanetMath."
    page = call.first_text("urlname", "id", 1)
    label = call.first_text("title", 2)
    if not page or not label:
        return None
    return (linked(f"https://planetmath.org/{quote(page)}", label), Text(" at "),
            Link("PlanetMath", ()), Text("."))  # fmt: skip


@handler("EMedicine2", "eMedicine2")
def emedicine2(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{eMedicine2|ped|180}} in an infobox: "ped/180", linked to the topic.
    section, topic = call.text(1), call.text(2)
    if not section or not topic:
        return None
    url = f"https://emedicine.medscape.com/{section}/{topic}"
    return (linked(url, f"{section}/{topic}"),)


@handler("NRHP url", "NRHP URL")
def nrhp_url(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The National Register nomination form of a property, as an address to cite.
    ident = call.first_text("id", 1)
    if not ident.isdigit():
        return None
    return (Text(f"https://npgallery.nps.gov/NRHP/GetAsset/NRHP/{ident}_text"),)


@handler("Frcrp", "FRCrP")
def frcrp(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{frcrp|10}}: "Fed. R. Crim. P. 10", linked to the rule.
    rule = call.text(1)
    if not rule:
        return None
    url = f"https://www.law.cornell.edu/rules/frcrmp/rule_{quote(rule)}"
    return (linked(url, f"Fed. R. Crim. P. {rule}"),)


@handler("Ws")
def ws(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{ws|text}}: a Wikisource logo (an image), then the text.
    return call.arg(1) or None


# Boxes beside or below the text: nothing in it.
_BOXES = (
    "Commons and category", "Commons+cat", "Spoken Wikipedia-2", "Spoken Wikipedia-3",
    "Spoken Wikipedia-4", "Spoken Wikipedia-5", "Wikisourcelang", "Wikisource lang",
    "EB1911 poster", "Disambiguation", "Disambig", "Dab", "Geodis", "Hndis",
)  # fmt: skip


@handler(*_BOXES)
def boxes(call: TemplateCall, ctx: HandlerContext) -> Output:
    return ()
