"""Profile and reference links to single sites: ``{{IMDb name}}``, ``{{Allmusic}}``…

Each template knows one site's address pattern and fills in the call's identifier;
the page shows "Britt Morgan at IMDb" and the like, the name linked. A template whose
identifier comes from Wikidata when the call gives none (``{{TED speaker}}``,
``{{Fide}}``) shows its words unlinked. German Wikipedia's ``{{ReptileDatabase}}`` and
``{{IUCN}}`` are written in German, as there.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from wikiconv.ast import ExternalLink, Inline, Italic, Link, Text
from wikiconv.templates.citations_de import german_date
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler
from wikiconv.walk import plain_text

__all__ = ["linked", "subject", "with_scheme"]

Nodes = tuple[Inline, ...]

_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def linked(url: str, label: str | Nodes) -> Inline:
    """``label`` linked to ``url`` (a label with links keeps only their text)."""
    content = (Text(label),) if isinstance(label, str) else (Text(plain_text(label)),)
    return ExternalLink(url, content)


def subject(call: TemplateCall, ctx: HandlerContext, *keys: int | str) -> str:
    """Who or what the link is about: the first of ``keys`` given, else the page title."""
    title = re.sub(r"\s+\([^)]*\)$", "", ctx.title or "")  # "X (band)" shows as "X"
    return call.first_text(*keys, default=title)


def with_scheme(url: str) -> str:
    """An address as a link needs it: "example.com" is "http://example.com"."""
    if _SCHEME.match(url) or url.startswith("//"):
        return url
    return "http://" + url


def _at(url: str, label: str, site: Nodes) -> Output:
    """ "Label at Site", the label linked (unlinked when the call gives no address)."""
    if not label:
        return None
    shown: Inline = linked(url, label) if url else Text(label)
    return (shown, Text(" at "), *site)


def _ident(call: TemplateCall) -> str:
    return call.text("id") or call.text(1)


@handler("IMDb name", "IMDB name", "Imdb name", "IMDb Name")
def imdb_name(call: TemplateCall, ctx: HandlerContext) -> Output:
    ident = _ident(call).removeprefix("nm")
    url = f"https://www.imdb.com/name/nm{ident}/" if ident else ""
    return _at(url, subject(call, ctx, 2, "name"), (Link("IMDb", ()),))


@handler("Allmusic", "AllMusic")
def allmusic(call: TemplateCall, ctx: HandlerContext) -> Output:
    # pure_url=yes gives the address alone, for another template's url=.
    ident = _ident(call)
    if not ident:
        return None
    url = f"https://www.allmusic.com/{call.text('class', 'artist')}/{ident}"
    if call.flag("pure_url"):
        return (Text(url),)
    return _at(url, subject(call, ctx, "label", 2), (Link("AllMusic", ()),))


@handler("TED speaker")
def ted_speaker(call: TemplateCall, ctx: HandlerContext) -> Output:
    ident = _ident(call)
    url = f"https://www.ted.com/speakers/{ident}" if ident else ""
    return _at(url, subject(call, ctx, 2, "name"), (Link("TED (conference)", (Text("TED"),)),))


@handler("Iafd name", "IAFD name")
def iafd_name(call: TemplateCall, ctx: HandlerContext) -> Output:
    ident, gender = _ident(call), call.text("gender", "f")[:1].lower()
    url = f"https://www.iafd.com/person.rme/perfid={ident}/gender={gender}" if ident else ""
    site = (Text("the "), Link("Internet Adult Film Database", ()))
    return _at(url, subject(call, ctx, "name", 2), site)


@handler("Afdb name", "AFDB name")
def afdb_name(call: TemplateCall, ctx: HandlerContext) -> Output:
    ident = _ident(call)
    url = f"http://www.adultfilmdatabase.com/actor.cfm?actorid={ident}" if ident else ""
    site = (Text("the "), Link("Adult Film Database", ()))
    return _at(url, subject(call, ctx, "name", 2), site)


@handler("Chessgames player")
def chessgames_player(call: TemplateCall, ctx: HandlerContext) -> Output:
    ident = _ident(call)
    url = f"https://www.chessgames.com/perl/chessplayer?pid={ident}" if ident else ""
    label = subject(call, ctx, "name", 2)
    site = (Link("Chessgames.com", ()),)
    return _at(url, f"{label} player profile and games" if label else "", site)


@handler("Fide", "FIDE")
def fide(call: TemplateCall, ctx: HandlerContext) -> Output:
    ident = _ident(call)
    url = f"https://ratings.fide.com/profile/{ident}" if ident else ""
    label = subject(call, ctx, "name", 2)
    site = (Link("FIDE", ()),)
    return _at(url, f"{label} rating card" if label else "", site)


@handler("Iaaf name", "IAAF name", "World Athletics")
def iaaf_name(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The IAAF is World Athletics now, and the template says so.
    ident = _ident(call)
    url = f"https://worldathletics.org/athletes/_/{ident}" if ident else ""
    return _at(url, subject(call, ctx, "name", 2), (Link("World Athletics", ()),))


@handler("Stortingetbio")
def stortinget_bio(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{stortingetbio|MSE}}: the member's biography on the parliament's site.
    ident = _ident(call)
    if not ident:
        return None
    url = (
        "https://www.stortinget.no/no/Representanter-og-komiteer/Representantene/"
        f"Representant/?perid={quote(ident)}"
    )
    return (
        Text('"'),
        linked(url, "Biography"),
        Text('" (in Norwegian). '),
        Link("Storting", ()),
        Text("."),
    )


_BASEBALL = (
    ("mlb", "MLB", "https://www.mlb.com/player/{}"),
    ("espn", "ESPN", "https://www.espn.com/mlb/player/_/id/{}"),
    ("br", "Baseball Reference", "https://www.baseball-reference.com/players/{}.shtml"),
    ("fangraphs", "Fangraphs", "https://www.fangraphs.com/statss.aspx?playerid={}"),
    ("brm", "Baseball Reference (Minors)",
     "https://www.baseball-reference.com/register/player.fcgi?id={}"),
    ("retro", "Retrosheet", "https://www.retrosheet.org/boxesetc/{}.htm"),
)  # fmt: skip


@handler("Baseballstats")
def baseballstats(call: TemplateCall, ctx: HandlerContext) -> Output:
    # "Career statistics and player information from MLB, or Baseball Reference".
    sites = [
        linked(url.format(call.text(key)), name) for key, name, url in _BASEBALL if call.text(key)
    ]
    if not sites:
        return None
    out: list[Inline] = [Text("Career statistics and player information from ")]
    for index, site in enumerate(sites):
        out.extend((Text(", or "), site) if index else (site,))
    return tuple(out)


@handler("DMOZ", "Dmoz", "Curlie")
def dmoz(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The directory closed in 2017; the template now links its successor, Curlie.
    category = call.text(1).strip("/")
    if not category:
        return None
    label = subject(call, ctx, 2) or category.rsplit("/", 1)[-1].replace("_", " ")
    return _at(f"https://curlie.org/{category}/", label, (Link("Curlie", ()),))


@handler("CIA World Factbook link")
def cia_factbook(call: TemplateCall, ctx: HandlerContext) -> Output:
    code, name = call.text(1).lower(), call.text(2)
    if not code or not name:
        return None
    url = f"https://www.cia.gov/library/publications/the-world-factbook/geos/{code}.html"
    return (
        Text('"'),
        linked(url, name),
        Text('". '),
        Italic((Link("The World Factbook", ()),)),
        Text(". "),
        Link("Central Intelligence Agency", ()),
        Text("."),
    )


@handler("OL author")
def ol_author(call: TemplateCall, ctx: HandlerContext) -> Output:
    ident = _ident(call).removeprefix("OL")
    label = subject(call, ctx, 2, "name")
    if not ident or not label:
        return None
    url = f"https://openlibrary.org/authors/OL{ident}"
    return (Text("Works by or about "), linked(url, label), Text(" at "), Link("Open Library", ()))


def _encyclopedia(author: str, title: str, url: str, work: Nodes) -> Nodes:
    """A CS1 entry: 'Author (date). "Title". In Editor (ed.). *Work*.'"""
    head: Nodes = (Text(f"{author}. "),) if author else ()
    return (*head, Text('"'), linked(url, title), Text('". '), *work, Text("."))


@handler("IEP")
def iep(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{IEP|c/cynics.htm|Cynics|Julie Piering}}: an entry of the Internet Encyclopedia
    # of Philosophy.
    path, title = call.text(1), call.text(2)
    if not path or not title:
        return None
    work = (Italic((Link("Internet Encyclopedia of Philosophy", ()),)),)
    return _encyclopedia(call.text(3), title, f"https://iep.utm.edu/{path}", work)


@handler("Sep entry", "SEP")
def sep_entry(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{sep entry|godwin|William Godwin|Mark Philip|2006-05-20}}: the Stanford
    # Encyclopedia of Philosophy, edited by Edward N. Zalta.
    path, title = call.text(1), call.text(2)
    if not path or not title:
        return None
    author, date = call.text(3), call.text(4)
    who = f"{author} ({date})" if author and date else author
    work = (
        Text("In Zalta, Edward N. (ed.). "),
        Italic((Link("Stanford Encyclopedia of Philosophy", ()),)),
    )
    return _encyclopedia(who, title, f"https://plato.stanford.edu/entries/{path}/", work)


@handler("In Our Time")
def in_our_time(call: TemplateCall, ctx: HandlerContext) -> Output:
    # "Anarchism on In Our Time at the BBC": the programme's episode page.
    title, ident = call.text(1), call.text(2)
    if not title or not ident:
        return None
    url = f"https://www.bbc.co.uk/programmes/{ident}"
    programme = Italic((Link("In Our Time (radio series)", (Text("In Our Time"),)),))
    return (linked(url, title), Text(" on "), programme, Text(" at the "), Link("BBC", ()))


@handler("Osmrelation-inline")
def osm_relation(call: TemplateCall, ctx: HandlerContext) -> Output:
    ident, name = call.text(1), subject(call, ctx, 2, "name")
    if not ident or not name:
        return None
    url = f"https://www.openstreetmap.org/relation/{ident}"
    label = f"Geographic data related to {name}"
    return _at(url, label, (Link("OpenStreetMap", ()),))


@handler("Wikiatlas")
def wikiatlas(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The atlas of a place on Wikimedia Commons, another wiki: an external link here.
    name = call.text(1)
    if not name:
        return None
    url = "https://commons.wikimedia.org/wiki/" + quote(f"Atlas of {name}".replace(" ", "_"))
    return (linked(url, f"Wikimedia Atlas of {name}"),)


@handler("LSJ")
def lsj(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{LSJ|a)narxi/a|ἀναρχία|ref}}: the word's entry in Liddell and Scott at Perseus;
    # "ref" adds the lexicon itself, as a reference shows it.
    code, word = call.text(1), call.text(2)
    if not code:
        return None
    url = f"http://www.perseus.tufts.edu/hopper/text?doc=Perseus:text:1999.04.0057:entry={code}"
    out: list[Inline] = [linked(url, word or code)]
    if call.text(3).lower() == "ref":
        out.extend(
            (
                Text(". Liddell, Henry George; Scott, Robert; "),
                Italic((Link("A Greek\u2013English Lexicon", ()),)),
                Text(" at the "),
                Link("Perseus Project", ()),
            )
        )
    return tuple(out)


@handler("ReptileDatabase")
def reptile_database(call: TemplateCall, ctx: HandlerContext) -> Output:
    # German Wikipedia: "Blanus cinereus In: The Reptile Database; abgerufen am …".
    genus = call.text("genus") or call.text(1)
    species = call.text("species") or call.text(2)
    if not genus or not species:
        return None
    url = f"https://reptile-database.reptarium.cz/species?genus={genus}&species={species}"
    out: list[Inline] = [
        Italic((linked(url, f"{genus} {species}"),)),
        Text(" In: The Reptile Database"),
    ]
    accessed = call.text("zugriff") or call.text("abruf")
    out.append(Text(f"; abgerufen am {german_date(accessed)}." if accessed else "."))
    return tuple(out)


def iucn(call: TemplateCall, ctx: HandlerContext) -> Output:
    # Registered by nature.py, which hands it the German form of {{IUCN}}. German
    # Wikipedia: "Blanus cinereus in der Roten Liste gefährdeter Arten der
    # IUCN 2007. Eingestellt von: …, 2006. Abgerufen am …".
    ident, name = call.text("ID"), call.text("ScientificName")
    if not ident or not name:
        return None
    url = f"https://www.iucnredlist.org/species/{ident}"
    red_list = Link("Rote Liste gefährdeter Arten", (Text("Roten Liste gefährdeter Arten"),))
    year = call.text("Year")
    out: list[Inline] = [Italic((linked(url, name),)), Text(" in der "), red_list]
    out.append(Text(f" der IUCN {year}." if year else " der IUCN."))
    assessor, assessed = call.text("Assessor"), call.text("YearAssessed")
    if assessor:
        out.append(Text(f" Eingestellt von: {assessor}" + (f", {assessed}." if assessed else ".")))
    accessed = call.text("Download")
    if accessed:
        out.append(Text(f" Abgerufen am {german_date(accessed)}."))
    return tuple(out)


@handler("GEOnet3")
def geonet(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The GEOnet Names Server has no page per place: the template says how to search.
    ident, name = call.text(1), call.text(2)
    if not ident or not name:
        return None
    return (
        Text(f"{name} can be found at "),
        Link("GEOnet Names Server", ()),
        Text(", at "),
        linked("http://geonames.nga.mil/namesgaz/", "this link"),
        Text(
            f', by opening the Advanced Search box, entering "{ident}" in the "Unique '
            'Feature Id" form, and clicking on "Search Database".'
        ),
    )
