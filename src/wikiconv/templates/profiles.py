"""More profile links to single sites: ``{{IMDb episode}}``, ``{{MusicBrainz artist}}``…

As the other profile templates (:mod:`wikiconv.templates.weblinks_sites`,
:mod:`wikiconv.templates.weblinks_more`), each builds the site's address from the
identifier the call gives and shows the words Wikipedia shows, the subject linked to
the profile and the site to its article: "Nevermind at MusicBrainz", '"Pilot" at
IMDb', "Eric Cantona \u2013 FIFA competition record". A work's title is italic (a film, an
album), an episode's or a song's is in quotation marks. Where the call names no
subject, the page title stands in, as on Wikipedia; without an identifier the words
are shown unlinked (the template would read the identifier from Wikidata).
"""

from __future__ import annotations

from urllib.parse import quote

from wikiconv.ast import ExternalLink, Inline, Italic, Link, Text
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler
from wikiconv.templates.weblinks_sites import linked, subject

__all__: list[str] = []

Nodes = tuple[Inline, ...]


def _ident(call: TemplateCall, *keys: int | str) -> str:
    return call.first_text(*(keys or ("id", 1)))


def _shown(url: str, label: str) -> Inline:
    """The label linked to ``url``, or plain when there is no address."""
    return linked(url, label) if url else Text(label)


def _at(url: str, label: str, site: Nodes, style: str = "") -> Output:
    """ "Label at Site"; ``style`` "italic" or "quoted" marks a title as the page does."""
    if not label:
        return None
    shown = _shown(url, label)
    if style == "italic":
        return (Italic((shown,)), Text(" at "), *site)
    if style == "quoted":
        return (Text('"'), shown, Text('" at '), *site)
    return (shown, Text(" at "), *site)


def _the(article: str, shown: str = "") -> Nodes:
    """ "the Site", the site's name linked to its article."""
    return (Text("the "), Link(article, (Text(shown),) if shown else ()))


# ------------------------------------------------------------------ film and TV


@handler("IMDb episode", "IMDB episode", "Imdb episode")
def imdb_episode(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{IMDb episode|0508426|Pilot}}: '"Pilot" at IMDb', the episode in quotes.
    ident = _ident(call).removeprefix("tt")
    url = f"https://www.imdb.com/title/tt{ident}/" if ident else ""
    return _at(url, subject(call, ctx, "title", 2), (Link("IMDb", ()),), "quoted")


@handler("IMDb episodes", "IMDB episodes", "Imdb episodes")
def imdb_episodes(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{IMDb episodes|0096697|The Simpsons}}: "List of The Simpsons episodes at IMDb",
    # the series' title italic inside the link.
    ident = _ident(call).removeprefix("tt")
    title = subject(call, ctx, "title", 2)
    if not title:
        return None
    words: Nodes = (Text("List of "), Italic((Text(title),)), Text(" episodes"))
    if not ident:
        return (*words, Text(" at "), Link("IMDb", ()))
    url = f"https://www.imdb.com/title/tt{ident}/episodes"
    return (ExternalLink(url, words), Text(" at "), Link("IMDb", ()))


@handler("AllMovie title", "Allmovie title")
def allmovie_title(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{AllMovie title|v131367|Casablanca}}: "Casablanca at AllMovie".
    ident = _ident(call)
    url = f"https://www.allmovie.com/movie/{quote(ident, safe='-_')}" if ident else ""
    return _at(url, subject(call, ctx, "title", 2), (Link("AllMovie", ()),), "italic")


@handler("TCMDb title", "Tcmdb title")
def tcmdb_title(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{TCMDb title|70181|Casablanca}}: "Casablanca at the TCM Movie Database".
    ident = _ident(call)
    url = f"https://www.tcm.com/tcmdb/title/{quote(ident, safe='-_')}/" if ident else ""
    site = _the("Turner Classic Movies", "TCM Movie Database")
    return _at(url, subject(call, ctx, "title", 2), site, "italic")


@handler("AFI film")
def afi_film(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{AFI film|27037|Casablanca}}: "Casablanca at the AFI Catalog of Feature Films".
    ident = _ident(call)
    url = f"https://catalog.afi.com/Catalog/moviedetails/{quote(ident)}" if ident else ""
    site = _the("AFI Catalog of Feature Films")
    return _at(url, subject(call, ctx, "title", 2), site, "italic")


@handler("Hollywood Walk of Fame")
def hollywood_walk_of_fame(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Hollywood Walk of Fame|elvis-presley|Elvis Presley}}: "Elvis Presley at the
    # Hollywood Walk of Fame", linked to the star's page on walkoffame.com.
    ident = _ident(call)
    url = f"https://walkoffame.com/{quote(ident, safe='-_')}/" if ident else ""
    return _at(url, subject(call, ctx, "name", 2), _the("Hollywood Walk of Fame"))


# ------------------------------------------------------------------------ music


def _musicbrainz(call: TemplateCall, ctx: HandlerContext, kind: str, style: str) -> Output:
    ident = _ident(call, "mbid", "id", 1)
    url = f"https://musicbrainz.org/{kind}/{quote(ident, safe='-')}" if ident else ""
    name = subject(call, ctx, "name", "title", 2)
    if kind in {"artist", "label"} and name:
        # An artist's or a label's page lists its releases: "X discography".
        name = f"{name} discography"
    return _at(url, name, (Link("MusicBrainz", ()),), style)


@handler("MusicBrainz artist")
def musicbrainz_artist(call: TemplateCall, ctx: HandlerContext) -> Output:
    return _musicbrainz(call, ctx, "artist", "")


@handler("MusicBrainz label")
def musicbrainz_label(call: TemplateCall, ctx: HandlerContext) -> Output:
    return _musicbrainz(call, ctx, "label", "")


@handler("MusicBrainz release")
def musicbrainz_release(call: TemplateCall, ctx: HandlerContext) -> Output:
    # An album: its title italic.
    return _musicbrainz(call, ctx, "release", "italic")


@handler("MusicBrainz recording")
def musicbrainz_recording(call: TemplateCall, ctx: HandlerContext) -> Output:
    # A song as recorded: its title in quotation marks.
    return _musicbrainz(call, ctx, "recording", "quoted")


@handler("MusicBrainz work")
def musicbrainz_work(call: TemplateCall, ctx: HandlerContext) -> Output:
    # A composition: its title in quotation marks, as a song's.
    return _musicbrainz(call, ctx, "work", "quoted")


@handler("Discogs label")
def discogs_label(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Discogs label|1234-Sub-Pop|Sub Pop}}: "Sub Pop discography at Discogs".
    ident = _ident(call)
    name = subject(call, ctx, "name", 2)
    url = f"https://www.discogs.com/label/{quote(ident, safe='-_')}" if ident else ""
    return _at(url, f"{name} discography" if name else "", (Link("Discogs", ()),))


@handler("Discogs release")
def discogs_release(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Discogs release|1234|Nevermind}}: "Nevermind at Discogs", the album italic.
    ident = _ident(call)
    url = f"https://www.discogs.com/release/{quote(ident, safe='-_')}" if ident else ""
    return _at(url, subject(call, ctx, "title", "name", 2), (Link("Discogs", ()),), "italic")


# ----------------------------------------------------------------------- sports


@handler("FIFA player")
def fifa_player(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{FIFA player|174928|Eric Cantona}}: "Eric Cantona \u2013 FIFA competition record".
    ident = _ident(call)
    name = subject(call, ctx, "name", 2)
    if not name:
        return None
    url = f"https://www.fifa.com/fifa-tournaments/players-coaches/people={ident}/" if ident else ""
    return (_shown(url, name), Text(" \u2013 "), Link("FIFA", ()), Text(" competition record"))


@handler("ESPN FC")
def espn_fc(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{ESPN FC|22774|Lionel Messi}}: "Lionel Messi at ESPN FC".
    ident = _ident(call)
    url = f"https://www.espn.com/soccer/player/_/id/{quote(ident)}" if ident else ""
    return _at(url, subject(call, ctx, "name", 2), (Link("ESPN FC", ()),))


# ------------------------------------------------------------ people and social


@handler("CongBio", "Congbio")
def congbio(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{CongBio|B000444|Joseph Biden}}: 'United States Congress. "Joseph Biden (id:
    # B000444)". Biographical Directory of the United States Congress.'
    ident = _ident(call)
    name = subject(call, ctx, "name", 2)
    if not ident or not name:
        return None
    url = f"https://bioguide.congress.gov/search/bio/{quote(ident)}"
    return (
        Link("United States Congress", ()),
        Text('. "'),
        linked(url, f"{name} (id: {ident})"),
        Text('". '),
        Italic((Link("Biographical Directory of the United States Congress", ()),)),
        Text("."),
    )


def _on(site: str, url: str, call: TemplateCall, ctx: HandlerContext, handle: str) -> Output:
    """ "Name on Site": the name linked to the profile, the site to its article."""
    label = subject(call, ctx, 2, "name") or handle
    if not label:
        return None
    return (_shown(url if handle else "", label), Text(" on "), Link(site, ()))


@handler("Tumblr")
def tumblr(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Tumblr|staff|Tumblr Staff}}: "Tumblr Staff on Tumblr", the blog's address being
    # its own subdomain.
    handle = _ident(call)
    return _on("Tumblr", f"https://{handle}.tumblr.com/", call, ctx, handle)


@handler("Pinterest")
def pinterest(call: TemplateCall, ctx: HandlerContext) -> Output:
    handle = _ident(call)
    return _on("Pinterest", f"https://www.pinterest.com/{quote(handle)}/", call, ctx, handle)
