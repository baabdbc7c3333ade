"""Page titles as MediaWiki judges them (Title::newFromText, MediaWikiTitleCodec).

A ``[[...]]`` is a link only when its target is a valid title: references decoded,
runs of space or underscore collapsed, no character outside Title::legalChars, no
``%XX`` or ``&name;`` left, no relative path, at most 255 bytes. The namespace and
interwiki prefix (the part before the first colon) decide what the link does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wikiconv.readers.wikitext.inline_common import decode_refs
from wikiconv.readers.wikitext.options import WikiOptions

__all__ = ["Title", "parse_title"]

_BIDI = re.compile("[\u200e\u200f\u202a-\u202e]")
_SPACES = re.compile("[ _\u00a0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+")
_PREFIX = re.compile(r"(.+?)_*:_*(.*)\Z", re.DOTALL)
# Title::legalChars (with "_" standing for space), plus what the codec refuses even
# among legal characters: a %-escape or an entity that decoding did not remove.
_ILLEGAL = re.compile(
    r"[^ %!\"$&'()*,\-./0-9:;=?@A-Z\\^_`a-z~+\x80-\U0010ffff]"
    r"|%[0-9A-Fa-f]{2}|&[A-Za-z0-9\x80-\U0010ffff]+;"
)
_MAX_BYTES = 255


@dataclass(frozen=True, slots=True)
class Title:
    """A valid title: ``kind`` is "file", "media", "category", "language" or ""."""

    kind: str
    prefix: str  # the namespace or language prefix as written ("" for none)
    name: str  # the title without its prefix, spaces for underscores
    fragment: str

    @property
    def text(self) -> str:
        """The title as a link target: prefix, colon and name."""
        return f"{self.prefix}:{self.name}" if self.prefix else self.name


def _is_relative_path(key: str) -> bool:
    return "." in key and (
        key in (".", "..")
        or key.startswith(("./", "../"))
        or "/./" in key
        or "/../" in key
        or key.endswith(("/.", "/.."))
    )


def _kind_of(prefix: str, options: WikiOptions) -> str:
    key = prefix.replace("_", " ").strip().lower()
    for kind, names in (
        ("file", options.file_namespaces),
        ("media", options.media_namespaces),
        ("category", options.category_namespaces),
        ("language", options.language_prefixes),
    ):
        if key in (name.lower() for name in names):
            return kind
    return ""


def parse_title(link: str, options: WikiOptions) -> Title | None:
    """The title ``link`` names, or None when MediaWiki would refuse it."""
    key = _SPACES.sub("_", _BIDI.sub("", decode_refs(link))).strip("_")
    if not key or "\ufffd" in key:
        return None
    if key.startswith(":"):
        # A leading colon forces the main namespace; the caller keeps track of it.
        key = key[1:].strip("_")
    kind = prefix = ""
    match = _PREFIX.match(key)
    if match is not None:
        kind = _kind_of(match.group(1), options)
        if kind:
            prefix = match.group(1).replace("_", " ")
            key = match.group(2)
            if kind == "language" and key.startswith(":"):
                key = key[1:].strip("_")
    fragment = ""
    hash_at = key.find("#")
    if hash_at >= 0:
        fragment = key[hash_at + 1 :].replace("_", " ")
        key = key[:hash_at].rstrip("_")
    if (
        _ILLEGAL.search(key)
        or _is_relative_path(key)
        or "~~~" in key
        or key.startswith(":")
        or len(key.encode("utf-8", "surrogatepass")) > _MAX_BYTES
    ):
        return None
    if not key and (kind in ("file", "media", "category") or (not kind and not fragment)):
        # A namespace alone is no page; an empty local title needs a fragment.
        return None
    return Title(kind, prefix, key.replace("_", " "), fragment)
