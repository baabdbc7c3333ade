"""URLs the writers build or copy: wiki page and file addresses, and the safety check.

Escaping keeps text from becoming markup, but a well-escaped link can still run script
(``javascript:``), so a URL is judged by what it will mean to a browser, not by how it
is spelled: entities are decoded and the characters browsers ignore in a scheme are
removed before looking at it. The HTML and Markdown writers share these rules.
"""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import quote

__all__ = [
    "URL_SCHEMES",
    "decoded",
    "ignored_removed",
    "image_url",
    "page_url",
    "safe_url",
    "wiki_id",
]

_FILE_PREFIX = re.compile(r"\s*(?:file|image)\s*:", re.IGNORECASE)
_IS_URL = re.compile(r"\s*(?:[a-z][a-z0-9+.\-]*:)?//", re.IGNORECASE)
_TITLE_SAFE = "/:(),"
# $wgUrlProtocols, MediaWiki's default: the schemes a link may use ("//" is the
# protocol-relative form, which has no scheme). None of them runs script.
URL_SCHEMES = (
    "bitcoin ftp ftps geo git gopher http https irc ircs magnet mailto matrix mms news "
    "nntp redis sftp sip sips sms ssh svn tel telnet urn worldwind xmpp"
).split()
_SAFE_SCHEMES = frozenset(URL_SCHEMES)
_SCHEME = re.compile(r"([a-z][a-z0-9+.\-]*):")
# Removed before the scheme is read: controls and white space of any kind (browsers
# drop tabs and newlines anywhere; no-break, ideographic and Ogham spaces hide a
# scheme from a reader), soft hyphens, zero-width and direction marks.
_IGNORED = re.compile(
    "[\x00-\x20\x7f-\xa0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]+"
)
# What a browser strips from both ends of a URL: C0 controls and the space.
_URL_ENDS = "".join(chr(code) for code in range(0x21))


def decoded(value: str) -> str:
    """``value`` with entities decoded until nothing changes (``&amp;#58;`` is two steps)."""
    for _ in range(5):
        decoded = unescape(value)
        if decoded == value:
            break
        value = decoded
    return value


def ignored_removed(text: str) -> str:
    """``text`` without the characters a browser ignores in a URL (see _IGNORED)."""
    return _IGNORED.sub("", text)


def _url_is_safe(probe: str) -> bool:
    probe = _IGNORED.sub("", probe).lower()
    if not probe:
        return False
    scheme = _SCHEME.match(probe)
    if scheme is not None:
        return scheme.group(1) in _SAFE_SCHEMES
    # No scheme: a relative URL, a fragment, or protocol-relative ``//host``.
    return True


def safe_url(url: str) -> str | None:
    """``url`` as a browser will read it if its scheme is one of :data:`URL_SCHEMES`
    (or it has none: relative, ``#fragment``, ``//host``), else None.

    The spelling and its entity-decoded form must both pass, with every invisible and
    white-space character removed, so ``JaVaScRiPt:``, ``java&#x09;script:``,
    ``&#106;avascript:``, ``\\x01javascript:`` and ``\\xa0javascript:`` all fail. Only
    what a browser strips itself is stripped from the result, so the URL written is
    the URL checked (``str.strip()`` would also take a leading U+1680 away).
    """
    if _url_is_safe(url) and _url_is_safe(decoded(url)):
        return url.strip(_URL_ENDS)
    return None


_MEDIA_PREFIX = re.compile(r"^\s*:?\s*media\s*:\s*", re.IGNORECASE)


def wiki_id(text: str) -> str:
    """MediaWiki's spelling of a title as an id or fragment: runs of space as ``_``."""
    return re.sub(r"\s+", "_", text.strip())


def page_url(template: str, target: str, anchor: str = "") -> str:
    """The URL of a wiki page: ``template`` with ``{title}`` filled in, then ``#anchor``."""
    url = ""
    # [[Media:X.ogg]] links to the file itself, which Special:FilePath serves.
    target = _MEDIA_PREFIX.sub("Special:FilePath/", target, count=1)
    if target.strip():
        # MediaWiki titles start with a capital ("[[tin mine]]" is the page "Tin mine").
        name = wiki_id(target).lstrip(":")
        title = quote(name[:1].upper() + name[1:], safe=_TITLE_SAFE)
        # A relative template would let "Help:Foo" read as a scheme and "//x" as a host.
        if template.startswith("{title}") and (
            title.startswith("/") or ":" in title.split("/", 1)[0]
        ):
            title = "./" + title
        url = template.replace("{title}", title)
    if anchor.strip():
        url += "#" + quote(wiki_id(anchor), safe=_TITLE_SAFE)
    return url


def image_url(template: str, target: str) -> str | None:
    """Where an image is fetched from: a URL as given, a wiki file through its site."""
    if _IS_URL.match(target):
        return safe_url(target)
    name = _FILE_PREFIX.sub("", target, count=1).strip()
    # Special:FilePath redirects to the file itself on any MediaWiki site.
    return safe_url(page_url(template, f"Special:FilePath/{name}"))
