"""Templates that link out: ``{{webarchive}}``, ``{{official website}}``, ``{{URL}}``…

Each shows the words the page shows, linked (an ``ExternalLink``) to the address the
template builds from its parameters: "Archived 30 September 2007 at the Wayback
Machine", "Official website", "Britt Morgan at IMDb". Where a template names the
subject and the call does not, the page title stands in, as on Wikipedia. Templates
that read their address from Wikidata alone (``{{Twitter}}`` with no handle) show
their words unlinked. The profile templates of single sites ({{IMDb name}},
{{Allmusic}}…) are in :mod:`wikiconv.templates.weblinks_sites`.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from wikiconv.ast import Inline, Italic, Link, Superscript, Text
from wikiconv.templates.citations_de import google_buch
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler

# Importing the module registers the site profile templates with the rest.
from wikiconv.templates.weblinks_sites import linked, subject, with_scheme

__all__: list[str] = []

Nodes = tuple[Inline, ...]

_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_TIMESTAMP = re.compile(r"(\d{4})(\d{2})(\d{2})\d{0,8}")
_WAYBACK = re.compile(r"web\.archive\.org/web/(\d{8,14})")

# The archive each service's address belongs to, as Module:Webarchive names it.
_ARCHIVES = (
    ("web.archive.org", (Link("Wayback Machine", ()),)),
    ("webcitation.org", (Link("WebCite", ()),)),
    ("archive.today", (Link("Archive.today", ()),)),
    ("archive.is", (Link("Archive.today", ()),)),
    ("archive.ph", (Link("Archive.today", ()),)),
)


def _archive_name(url: str) -> Nodes:
    for host, name in _ARCHIVES:
        if host in url:
            return (Text("the "), *name) if host == "web.archive.org" else name
    return (Text("an archive"),)


def _archive_date(call: TemplateCall, url: str) -> str:
    # The date as written; without one, the date in a Wayback address (ISO, as shown).
    written = call.text("date")
    if written and not _TIMESTAMP.fullmatch(written):
        return written
    stamp = _TIMESTAMP.fullmatch(written) if written else None
    found = _WAYBACK.search(url)
    if stamp is None and found:
        stamp = _TIMESTAMP.fullmatch(found.group(1))
    return "-".join(stamp.groups()) if stamp else ""


@handler("webarchive", "Wayback", "WebCite", "Web archive")
def webarchive(call: TemplateCall, ctx: HandlerContext) -> Output:
    # "Archived 30 September 2007 at the Wayback Machine", "Archived" linked to the
    # copy; with title= the title is the link: "T at the Wayback Machine (archived …)".
    url = call.text("url") or call.text("url1")
    if call.name == "Wayback" and url and "web.archive.org" not in url:
        stamp = call.text("date") or "*"
        url = f"https://web.archive.org/web/{stamp}/{url}"
    if not url:
        return None
    when = _archive_date(call, url)
    where = _archive_name(url)
    title = call.arg("title")
    if title:
        tail = (Text(f" (archived {when})"),) if when else ()
        return (linked(url, title), Text(" at "), *where, *tail)
    dated = f" {when}" if when else ""
    return (linked(url, "Archived"), Text(f"{dated} at "), *where)


@handler("dead link", "Deadlink", "Broken link")
def dead_link(call: TemplateCall, ctx: HandlerContext) -> Output:
    # "[dead link]", or "[permanent dead link]" once a bot found no archived copy.
    words = "permanent dead link" if call.flag("fix-attempted") else "dead link"
    return (Superscript((Text("["), Italic((Text(words),)), Text("]"))),)


@handler("subscription required", "Subscription")
def subscription_required(call: TemplateCall, ctx: HandlerContext) -> Output:
    return (Text("(subscription required)"),)


@handler("official website", "Official site")
def official_website(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{official website|example.com|name=…}}: "Official website", linked.
    url = call.first_text(1, "url", "URL")
    if not url:
        return None
    label = call.first_text("name", 2, default="Official website")
    return (linked(with_scheme(url), label),)


@handler("URL", "Url")
def url_template(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{URL|http://www.toronto.ca/}} shows "www.toronto.ca": no scheme, no final "/".
    address = call.text(1) or call.text("url")
    if not address:
        return None
    shown = call.text(2) or _SCHEME.sub("", address).removeprefix("//").rstrip("/")
    return (linked(with_scheme(address), shown),)


@handler("google books", "Google Books", "Google book")
def google_books(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{google books|ID|Title|page=5}}; plainurl=yes gives the address alone, for use
    # inside another template's url=. "Google Books" is also German Wikipedia's name
    # for {{Google Buch}}, whose calls give BuchID=.
    if call.has("BuchID"):
        return google_buch(call, ctx)
    book = call.text("id") or call.text(1)
    if not book:
        return None
    url = f"https://books.google.com/books?id={book}"
    page = call.first_text("page", "p", "pg")
    if page:
        url += f"&pg=PA{page}" if page.isdigit() else f"&pg={page}"
    if call.flag("plainurl"):
        return (Text(url),)
    title = call.arg("title") or call.arg(2)
    return (linked(url, title or "Google Books"),)


@handler("YouTube", "Youtube")
def youtube(call: TemplateCall, ctx: HandlerContext) -> Output:
    # "Title on YouTube": the video (id=), channel (channel=) or user (user=).
    for key, path in (
        ("id", "watch?v="),
        ("v", "watch?v="),
        ("channel", "channel/"),
        ("c", "c/"),
        ("user", "user/"),
        (1, "watch?v="),
    ):
        value = call.text(key)
        if value:
            url = f"https://www.youtube.com/{path}{value}"
            label = call.arg("title") or call.arg(2) or (Text(subject(call, ctx) or value),)
            return (linked(url, label), Text(" on "), Link("YouTube", ()))
    return None


def _on(site: str, base: str, call: TemplateCall, ctx: HandlerContext) -> Output:
    """ "Name on Site": the handle (first parameter or ``id``) after ``base``."""
    handle = call.text(1) or call.text("id")
    name = subject(call, ctx, 2, "name")
    if not name and not handle:
        return None
    label = name or handle
    shown: Inline = linked(base + quote(handle, safe="/@"), label) if handle else Text(label)
    return (shown, Text(" on "), Link(site, ()))


@handler("Facebook")
def facebook(call: TemplateCall, ctx: HandlerContext) -> Output:
    return _on("Facebook", "https://www.facebook.com/", call, ctx)


@handler("Twitter", "X (Twitter)")
def twitter(call: TemplateCall, ctx: HandlerContext) -> Output:
    return _on("Twitter", "https://twitter.com/", call, ctx)


@handler("Books-inline")
def books_inline(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The link to Wikipedia's "Book:" collections; that namespace is gone, and the
    # template now shows nothing.
    return ()
