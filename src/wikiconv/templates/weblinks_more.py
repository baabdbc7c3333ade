"""Identifier links and more single-site profile links: ``{{JSTOR}}``, ``{{Find a Grave}}``…

The identifier templates show the identifier's name, linked to its article, then the
identifier linked to where it is looked up: "Bibcode:1948MNRAS.108..252B",
"JSTOR 3793107", "doi:10.1086/430653". The profile templates show "Name at Site",
the name linked to the profile and the site to its article, as the other profile
templates do (:mod:`wikiconv.templates.weblinks_sites`); where the call names no
one, the page title stands in, as on Wikipedia. Reference-like links (``{{MacTutor}}``,
``{{OED}}``…), sister-project links and attribution notes are in
:mod:`wikiconv.templates.weblinks_more2`.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from wikiconv.ast import Inline, Italic, Link, Text

# Importing the module registers its templates with these.
from wikiconv.templates import weblinks_more2 as weblinks_more2
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler
from wikiconv.templates.weblinks_sites import linked, subject
from wikiconv.walk import plain_text

__all__: list[str] = []

NBSP = "\u00a0"
Nodes = tuple[Inline, ...]

_LCCN = re.compile(r"^([a-z]*)(\d{2,4})-?(\d{1,6})$")


def _ident(call: TemplateCall, *keys: int | str) -> str:
    return call.first_text(*(keys or ("id", 1)))


def _identifier(name: str, article: str, between: str, url: str, shown: str) -> Nodes:
    """ "Name:ID" or "Name ID": the name linked to its article, the ID to its page."""
    return (Link(article, (Text(name),)), Text(between), linked(url, shown))


# ----------------------------------------------------------------------- identifiers


@handler("Bibcode", "bibcode")
def bibcode(call: TemplateCall, ctx: HandlerContext) -> Output:
    code = call.text(1)
    if not code:
        return None
    url = "https://ui.adsabs.harvard.edu/abs/" + quote(code, safe=".&")
    return _identifier("Bibcode", "Bibcode (identifier)", ":", url, code)


@handler("Doi", "DOI")
def doi(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{doi|10.1086/430653}}: "doi:10.1086/430653".
    ident = call.first_text(1, "id", "doi")
    if not ident:
        return None
    url = "https://doi.org/" + quote(ident, safe="/:;()._-")
    return _identifier("doi", "Doi (identifier)", ":", url, ident)


@handler("JSTOR", "Jstor")
def jstor(call: TemplateCall, ctx: HandlerContext) -> Output:
    ident = call.text(1)
    if not ident:
        return None
    url = "https://www.jstor.org/stable/" + quote(ident, safe="/.")
    return _identifier("JSTOR", "JSTOR (identifier)", NBSP, url, ident)


@handler("PMID", "Pmid")
def pmid(call: TemplateCall, ctx: HandlerContext) -> Output:
    ident = call.text(1)
    if not ident.isdigit():
        return None
    url = f"https://pubmed.ncbi.nlm.nih.gov/{ident}"
    return _identifier("PMID", "PMID (identifier)", NBSP, url, ident)


@handler("PMC", "Pmc")
def pmc(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{PMC|2323303}} (a leading "PMC" in the number is allowed): "PMC 2323303".
    ident = call.text(1).upper().removeprefix("PMC")
    if not ident.isdigit():
        return None
    url = f"https://www.ncbi.nlm.nih.gov/pmc/articles/PMC{ident}"
    return _identifier("PMC", "PMC (identifier)", NBSP, url, ident)


@handler("ArXiv", "Arxiv")
def arxiv(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{arXiv|0706.0001}}, or the old form {{arXiv|archive=astro-ph|id=0603001}}:
    # "arXiv:astro-ph/0603001".
    ident = call.first_text(1, "id")
    archive = call.text("archive")
    if archive and ident and "/" not in ident:
        ident = f"{archive}/{ident}"
    if not ident:
        return None
    return _identifier("arXiv", "ArXiv (identifier)", ":", f"https://arxiv.org/abs/{ident}", ident)


def lccn_normalised(number: str) -> str:
    """The LCCN as the Library of Congress looks it up: "n79-18774" is "n79018774".

    Blanks and anything after a "/" go; the part after a hyphen is padded to six digits.
    """
    number = number.split("/", 1)[0].replace(" ", "").lower()
    found = _LCCN.match(number)
    if found and "-" in number:
        prefix, year, serial = found.groups()
        return f"{prefix}{year}{serial.zfill(6)}"
    return number.replace("-", "")


@handler("LCCN", "Lccn")
def lccn(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{LCCN|n79-18774}} shows the number as written, linked to its normalised form.
    number = call.text(1)
    if not number:
        return None
    url = "https://lccn.loc.gov/" + lccn_normalised(number)
    return _identifier("LCCN", "LCCN (identifier)", NBSP, url, number)


# ------------------------------------------------------------------ profile links


def _at(url: str, label: str | Nodes, site: Nodes, *, italic: bool = False) -> Output:
    """ "Label at Site", the label linked (unlinked when the call gives no address)."""
    text = label if isinstance(label, str) else plain_text(label).strip()
    if not text:
        return None
    shown: Inline = linked(url, text) if url else Text(text)
    return ((Italic((shown,)) if italic else shown), Text(" at "), *site)


def _the(article: str, shown: str = "") -> Nodes:
    """ "the Site", the site's name linked to its article."""
    return (Text("the "), Link(article, (Text(shown),) if shown else ()))


@handler("Find a Grave", "Findagrave", "FindAGrave", "Find A Grave", "Find-a-Grave")
def find_a_grave(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Find a Grave|8707127}}: "Albert Sidney Johnston at Find a Grave".
    ident = _ident(call)
    url = f"https://www.findagrave.com/memorial/{ident}" if ident else ""
    return _at(url, subject(call, ctx, "name", 2), (Link("Find a Grave", ()),))


@handler("IMDb title", "IMDB title", "Imdb title", "IMDb film", "IMDb show")
def imdb_title(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{IMDb title|0115462|Actresses}}: "Actresses at IMDb", the title in italics.
    ident = _ident(call).removeprefix("tt")
    url = f"https://www.imdb.com/title/tt{ident}/" if ident else ""
    title = call.arg("title") or call.arg(2) or subject(call, ctx)
    return _at(url, title, (Link("IMDb", ()),), italic=True)


@handler("MathGenealogy", "Mathgenealogy", "Math Genealogy", "MGP")
def math_genealogy(call: TemplateCall, ctx: HandlerContext) -> Output:
    ident = _ident(call)
    url = f"https://www.mathgenealogy.org/id.php?id={ident}" if ident else ""
    return _at(url, subject(call, ctx, "name", 2), _the("Mathematics Genealogy Project"))


@handler("NLab", "Nlab")
def nlab(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{nlab|id=Alain+Connes|title=Alain Connes}}: the page of the category-theory wiki.
    ident = _ident(call)
    if not ident:
        return None
    title = call.first_text("title", 2, default=ident.replace("+", " "))
    return _at(f"https://ncatlab.org/nlab/show/{ident}", title, _the("NLab", "nLab"))


_IMSLP = (Link("International Music Score Library Project", ()),)


@handler("IMSLP", "Imslp")
def imslp(call: TemplateCall, ctx: HandlerContext) -> Output:
    # A work's page: "An American in Paris: Scores at the International Music Score
    # Library Project"; a composer's category: "Free scores by George Gershwin at the
    # International Music Score Library Project (IMSLP)".
    work = call.text("work")
    if work:
        url = "https://imslp.org/wiki/" + quote(work.replace(" ", "_"), safe="(),_'")
        title = call.arg("cname") or (Text(work.rsplit(" (", 1)[0]),)
        return (linked(url, title), Text(": Scores at the "), *_IMSLP)
    composer = call.first_text("id", 1)
    if not composer:
        return None
    url = "https://imslp.org/wiki/Category:" + quote(composer.replace(" ", "_"), safe="(),_'")
    name = call.arg("cname") or call.arg(2) or (Text(composer),)
    return (linked(url, (Text("Free scores by "), *name)), Text(" at the "), *_IMSLP,
            Text(" (IMSLP)"))  # fmt: skip


@handler("Gutenberg author", "Gutenberg Author", "Gutenberg-author")
def gutenberg_author(call: TemplateCall, ctx: HandlerContext) -> Output:
    # id= is the author's number (their page) or their name (a search).
    ident = _ident(call)
    if not ident:
        return None
    path = "ebooks/author" if ident.isdigit() else "author"
    url = f"https://www.gutenberg.org/{path}/{quote(ident, safe='+,()_')}"
    name = subject(call, ctx, "name", 2) or ident.replace("_", " ")
    return (linked(url, f"Works by {name}"), Text(" at "), Link("Project Gutenberg", ()))


@handler("Gutenberg Australia", "Gutenberg australia")
def gutenberg_australia(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Gutenberg Australia|id=…|name=Animal Farm}}: "Animal Farm at Project Gutenberg
    # Australia", the name (of a work or an author) linked; title= names a work, shown
    # in italics.
    ident = _ident(call)
    if not ident:
        return None
    url = f"http://gutenberg.net.au/{ident}"
    title = call.arg("title")
    name = subject(call, ctx, "name", 2)
    if not title and not name:
        return None
    label = Italic((linked(url, title),)) if title else linked(url, name)
    return (label, Text(" at "), Link("Project Gutenberg Australia", ()))


@handler("Internet Archive author", "Internet archive author", "IA author")
def internet_archive_author(call: TemplateCall, ctx: HandlerContext) -> Output:
    # "Works by or about Albert Einstein at the Internet Archive": a search of the
    # archive for the search name (sname=), which defaults to the name shown.
    name = subject(call, ctx, "name")
    search = call.text("sname") or name
    if not search:
        return None
    query = (
        f'(subject:"{search}" OR creator:"{search}" OR description:"{search}" '
        f'OR title:"{search}") AND (-mediatype:software)'
    )
    url = "https://archive.org/search.php?query=" + quote(query)
    label = f"Works by or about {name or search}"
    return (linked(url, label), Text(" at "), *_the("Internet Archive"))


@handler("Librivox author", "LibriVox author", "Librivox Author")
def librivox_author(call: TemplateCall, ctx: HandlerContext) -> Output:
    ident = _ident(call)
    name = subject(call, ctx, "name", 2)
    if not ident or not name:
        return None
    url = f"https://librivox.org/author/{ident}"
    return (linked(url, f"Works by {name}"), Text(" at "), Link("LibriVox", ()),
            Text(" (public domain audiobooks)"))  # fmt: skip


@handler("Sfdb", "SFDb", "Swedish Film Database")
def sfdb(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The Swedish Film Database's entry for a person (the default) or a film.
    ident = _ident(call)
    kind = "film" if call.text("type").lower() == "film" else "person"
    url = f"https://www.svenskfilmdatabas.se/sv/item/?type={kind}&itemid={ident}" if ident else ""
    site = _the("Swedish Film Institute", "Swedish Film Database")
    return _at(url, subject(call, ctx, 2, "name"), site)


# Tennis profiles: the governing bodies' player pages.
_TENNIS = {
    "ATP": ("https://www.atptour.com/en/players/-/{}/overview",
            "Association of Tennis Professionals"),
    "WTA": ("https://www.wtatennis.com/players/{}/-", "Women's Tennis Association"),
    "ITF profile": ("https://www.itftennis.com/en/players/-/{}/",
                    "International Tennis Federation"),
    "Davis Cup player": ("https://www.daviscup.com/en/players/player.aspx?id={}", "Davis Cup"),
    "Tennis Hall of Fame": ("https://www.tennisfame.com/hall-of-famers/inductees/{}",
                            "International Tennis Hall of Fame"),
}  # fmt: skip
_TENNIS_ALIASES = {
    "ATP player": "ATP", "WTA player": "WTA", "ITF": "ITF profile", "ITF player": "ITF profile",
    "DavisCup player": "Davis Cup player", "Davis Cup": "Davis Cup player",
    "Tennishof": "Tennis Hall of Fame", "TennisHoF": "Tennis Hall of Fame",
    "Tennis HoF": "Tennis Hall of Fame",
}  # fmt: skip


@handler(*_TENNIS, *_TENNIS_ALIASES)
def tennis_profile(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{ATP|A092}}: "Andre Agassi at the Association of Tennis Professionals".
    pattern, body = _TENNIS[_TENNIS_ALIASES.get(call.name, call.name)]
    ident = _ident(call)
    url = pattern.format(quote(ident, safe="-_")) if ident else ""
    return _at(url, subject(call, ctx, 2, "name"), _the(body))


@handler("Discogs artist", "Discogs Artist", "Discogs-artist")
def discogs_artist(call: TemplateCall, ctx: HandlerContext) -> Output:
    # "Ramones discography at Discogs".
    ident = _ident(call)
    name = subject(call, ctx, 2, "name")
    if not name:
        return None
    label = f"{name} discography"
    url = f"https://www.discogs.com/artist/{quote(ident, safe='-_')}" if ident else ""
    return _at(url, label, (Link("Discogs", ()),))


@handler("Rotten Tomatoes", "Rotten tomatoes", "RottenTomatoes", "Rotten-tomatoes")
def rotten_tomatoes(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Rotten Tomatoes|the_godfather_part_ii|The Godfather Part II}}: a film's page,
    # its title in italics; an id with its section ("celebrity/…") names the section.
    ident = _ident(call).strip("/")
    path = ident if "/" in ident else f"m/{ident}"
    url = f"https://www.rottentomatoes.com/{path}" if ident else ""
    film = path.startswith(("m/", "tv/"))
    title = call.arg("title") or call.arg(2) or subject(call, ctx)
    return _at(url, title, (Link("Rotten Tomatoes", ()),), italic=film)


@handler("C-SPAN", "C-Span", "CSPAN")
def c_span(call: TemplateCall, ctx: HandlerContext) -> Output:
    # "Appearances on C-SPAN", the word linked to the person's page.
    ident = _ident(call)
    label = call.first_text("title", 2, default="Appearances")
    url = f"https://www.c-span.org/person/?{ident}"
    shown: Inline = linked(url, label) if ident else Text(label)
    return (shown, Text(" on "), Link("C-SPAN", ()))


@handler("Instagram")
def instagram(call: TemplateCall, ctx: HandlerContext) -> Output:
    handle = _ident(call).lstrip("@")
    name = subject(call, ctx, 2, "name")
    label = name or handle
    if not label:
        return None
    shown: Inline = linked(f"https://www.instagram.com/{handle}/", label) if handle else Text(label)
    return (shown, Text(" on "), Link("Instagram", ()))


@handler("Worldcat id", "WorldCat id", "Worldcat", "WorldCat", "Worldcat Identities")
def worldcat(call: TemplateCall, ctx: HandlerContext) -> Output:
    # "Works by or about Aldous Huxley in libraries (WorldCat catalog)", linked to
    # the person's WorldCat Identities page (id=, viaf= or lccn=).
    ident = call.first_text("id", 1)
    viaf, number = call.text("viaf"), call.text("lccn")
    if not ident and viaf:
        ident = f"containsVIAFID/{viaf}"
    elif not ident and number:
        ident = "lccn-" + number.replace("/", "")
    name = subject(call, ctx, "name", 2)
    if not name:
        return None
    label = f"Works by or about {name}"
    shown: Inline = (
        linked(f"https://www.worldcat.org/identities/{ident}/", label) if ident else Text(label)
    )
    return (shown, Text(" in libraries ("), Link("WorldCat", ()), Text(" catalog)"))
