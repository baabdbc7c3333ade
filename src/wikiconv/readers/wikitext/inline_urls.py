"""External links: ``[url label]``, ``[url]``, free URLs, and ISBN/RFC/PMID magic links.

These follow Parser::handleExternalLinks and Parser::handleMagicLinks, which run after
doQuotes, so a ``''`` right after a URL has already become a tag and ends the URL as
it does in MediaWiki. Both scans are linear: no regular expression is retried from
every ``[`` of a line that has no ``]``.
"""

from __future__ import annotations

import re
from urllib.parse import quote_plus

from wikiconv.ast import ExternalLink, Link, Text
from wikiconv.readers.wikitext.inline_common import ZS, LinkToken, Work, decode_refs

__all__ = ["clean_url", "external_links", "free_links", "protocol_pattern"]

# Parser::EXT_LINK_URL_CLASS: no brackets, angle brackets, quote, control or space
# character (markers start with \x7f, so they end a URL too).
_URL_CHARS = rf"[^\]\[<>\"\x00-\x20\x7f{ZS}\ufffd]"
# Parser::EXT_LINK_ADDR: an IPv4-ish run, a bracketed IPv6 address, or one URL character.
_ADDRESS = rf"(?:[0-9.]+|\[[0-9a-fA-F:.]+\]|{_URL_CHARS})"
# What may not stand between the URL and the "]" of a bracketed link: a line break or
# another control character (tab excepted).
_LABEL_BAD = re.compile("[\x00-\x08\x0a-\x1f\ufffd]")
_SPACE_RUN = re.compile(f"[{ZS}]*")
# Characters cleanUrl percent-encodes, and those IDNA ignores in a host name.
_URL_UNSAFE = re.compile('[\\]\\[<>"\x00-\x20\x7f|]+')
_HOST_IGNORED = re.compile(
    "\\s|[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]"
)
# makeFreeExternalLink: "&lt;", "&gt;" and no-break space references end a free URL.
_FREE_URL_END = re.compile(r"&(?:lt|gt|nbsp|#x0*(?:3[CcEe]|[Aa]0)|#0*(?:60|62|160));")
_ENTITY_BEFORE = re.compile(r"&(?:[a-z]+|#x[\da-f]+|#\d+)\Z", re.IGNORECASE)
_URL = re.compile(_ADDRESS + _URL_CHARS + "*")
_PROTOCOLS: dict[tuple[str, ...], re.Pattern[str]] = {}
_FREE: dict[tuple[str, ...], re.Pattern[str] | None] = {}


def protocol_pattern(protocols: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``protocols``, case-insensitively (cached per protocol list)."""
    pattern = _PROTOCOLS.get(protocols)
    if pattern is None:
        alternatives = "|".join(re.escape(p) for p in protocols)
        pattern = _PROTOCOLS[protocols] = re.compile(f"(?i:{alternatives})")
    return pattern


def clean_url(url: str) -> str:
    """Sanitizer::cleanUrl: references decoded, unsafe characters encoded, host tidied."""
    url = _URL_UNSAFE.sub(lambda m: quote_plus(m.group()), decode_refs(url))
    match = re.match(r"([^:]+:)(//[^/]+)?(.*)\Z", url, re.DOTALL)
    if match is None:
        return url
    protocol, host, rest = match.group(1), match.group(2) or "", match.group(3)
    host = _HOST_IGNORED.sub("", host)
    ipv6 = re.fullmatch(r"//%5B([0-9A-Fa-f:.]+)%5D((?::\d+)?)", host)
    if ipv6 is not None:
        host = f"//[{ipv6.group(1)}]{ipv6.group(2)}"
    return protocol + host + rest


def external_links(text: str, work: Work) -> str:
    """``[url label]`` and ``[url]`` become link markers; the rest is unchanged."""
    if "[" not in text:
        return text
    protocols = protocol_pattern(work.ctx.options.url_protocols)
    url_pattern = _URL
    out: list[str] = []
    done = 0  # text before this is in out
    start = text.find("[")
    close = bad = -1  # the next "]" and next forbidden label character, cached
    while start >= 0:
        scheme = protocols.match(text, start + 1)
        url = url_pattern.match(text, scheme.end()) if scheme is not None else None
        if scheme is None or url is None:
            start = text.find("[", start + 1)
            continue
        spaces = _SPACE_RUN.match(text, url.end())
        label_start = spaces.end() if spaces is not None else url.end()
        if close < label_start:
            close = text.find("]", label_start)
            if close < 0:
                break  # no "]" left: no later "[" can close either
        if bad < label_start:
            found = _LABEL_BAD.search(text, label_start)
            bad = found.start() if found is not None else len(text)
        if bad < close:
            start = text.find("[", start + 1)
            continue
        out.append(text[done:start])
        out.append(_bracketed(text[start + 1 : url.end()], text[label_start:close], work))
        done = close + 1
        start = text.find("[", done)
    out.append(text[done:])
    return "".join(out)


def _bracketed(url: str, label: str, work: Work) -> str:
    """One bracketed link's marker (its trail is never absorbed, unlike [[links]])."""
    cut = re.search(r"&(?:lt|gt);", url)
    if cut is not None:
        # "<" and ">" cannot be in a URL: what follows them joins the label.
        label = url[cut.start() :] + " " + label
        url = url[: cut.start()]
    url = clean_url(url)
    if label == "":
        work.ctx.external_link_count += 1
        return work.mark(ExternalLink(url, numbered=True))
    return work.mark(LinkToken("ext", url, label))


# ------------------------------------------------------------------ free and magic links

_SPACE_NOT_NL = rf"(?:\t|&nbsp;|&\#0*160;|&\#[Xx]0*[Aa]0;|[{ZS}])"
_MAGIC = re.compile(
    rf"\b(?:(RFC|PMID){_SPACE_NOT_NL}+([0-9]+)\b"
    rf"|ISBN{_SPACE_NOT_NL}+((?:97[89](?:-|{_SPACE_NOT_NL})?)?"
    rf"(?:[0-9](?:-|{_SPACE_NOT_NL})?){{9}}[0-9Xx])\b)"
)
_MAGIC_URLS = {
    "RFC": "https://datatracker.ietf.org/doc/html/rfc{}",
    "PMID": "//www.ncbi.nlm.nih.gov/pubmed/{}?dopt=Abstract",
}


def free_links(text: str, work: Work) -> str:
    """Free URLs (and ISBN/RFC/PMID when enabled) become link markers."""
    pattern = _free_pattern(work.ctx.options.url_protocols)
    if ":" not in text or pattern is None:
        return _magic(text, work)
    out: list[str] = []
    done = 0
    for match in pattern.finditer(text):
        out.append(_magic(text[done : match.start()], work))
        out.append(_free_url(match.group(), len(match.group(1)), work))
        done = match.end()
    out.append(_magic(text[done:], work))
    return "".join(out)


def _free_pattern(protocols: tuple[str, ...]) -> re.Pattern[str] | None:
    """A free URL: an absolute protocol ("//" is not one), then the address.

    The \\b before it is MediaWiki's: "NOPEhttp://" is no link.
    """
    if protocols not in _FREE:
        absolute = tuple(p for p in protocols if p != "//")
        _FREE[protocols] = (
            re.compile(rf"\b{protocol_pattern(absolute).pattern}({_URL.pattern})", re.IGNORECASE)
            if absolute
            else None
        )
    return _FREE[protocols]


def _free_url(url: str, after_protocol: int, work: Work) -> str:
    """Parser::makeFreeExternalLink: trailing punctuation is not part of the URL."""
    trail = ""
    end = _FREE_URL_END.search(url)
    if end is not None:
        trail, url = url[end.start() :], url[: end.start()]
    # PHP's ',;\.:!?' keeps its backslash, so a trailing "\" is punctuation too; a
    # ")" is only when the URL has no "(".
    separators = ",;\\.:!?" + ("" if "(" in url else ")")
    count = len(url) - len(url.rstrip(separators))
    if count and url[-count] == ";" and _ENTITY_BEFORE.search(url, 0, len(url) - count):
        count -= 1  # keep the ";" of a trailing entity
    if count:
        trail, url = url[-count:] + trail, url[:-count]
    if len(trail) >= after_protocol:
        return url + trail  # nothing left but the protocol
    return work.mark(ExternalLink(clean_url(url))) + trail


def _magic(text: str, work: Work) -> str:
    """ISBN, RFC and PMID links, only for the kinds the options enable.

    MediaWiki's default ($wgEnableMagicLinks) enables none of them.
    """
    enabled = {kind.upper() for kind in getattr(work.ctx.options, "magic_links", ())}
    if not enabled or not any(kind in text for kind in enabled):
        return text

    def replace(match: re.Match[str]) -> str:
        kind, number, isbn = match.groups()
        if isbn is not None:
            if "ISBN" not in enabled:
                return match.group()
            isbn = re.sub(_SPACE_NOT_NL, " ", isbn)
            digits = isbn.replace("-", "").replace(" ", "").replace("x", "X")
            target = f"Special:BookSources/{digits}"
            return work.mark(Link(target, (Text(f"ISBN {isbn}"),)))
        if kind not in enabled:
            return match.group()
        return work.mark(
            ExternalLink(_MAGIC_URLS[kind].format(number), (Text(f"{kind} {number}"),))
        )

    return _MAGIC.sub(replace, text)
