"""Independent second readings of the corpus must find what we find.

wikitextparser and mwparserfromhell parse the same wikitext with their own code.
Where one of them and we disagree, one side is wrong; the adjustments below are
places where they read text that MediaWiki does not expand (comments, <nowiki>,
tag attributes), or count differently by design (a parser function we keep as a
template node, a redirect link, gallery lines).
"""

from __future__ import annotations

import html
import re
from collections import Counter
from pathlib import Path

import mwparserfromhell
import pytest
import wikitextparser
from mwparserfromhell.nodes import Wikilink

import wikiconv
from wikiconv.ast import Gallery, Image, Infobox, Link, Template
from wikiconv.readers.wikitext.infobox import is_infobox_name
from wikiconv.walk import iter_nodes, source_nodes

from conftest import ARTICLES, CORPUS

pytestmark = pytest.mark.skipif(not ARTICLES, reason=f"the Wikipedia corpus is not at {CORPUS}")

_NOT_EXPANDED = (
    re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL),
    re.compile(r"<nowiki>.*?</nowiki>", re.DOTALL | re.IGNORECASE),
)
# MediaWiki does not expand templates inside an extension tag's attributes.
_TAG_ATTRIBUTES = re.compile(r"<(ref|references)\b[^>]*?(/?)>", re.IGNORECASE)
# Templates that fill in table attributes ({| {{X}}, style="{{Y}}") give no content;
# the reader drops them with the attribute, so they are not compared.
_TABLE_LINE_TEMPLATE = re.compile(r"^(\{\||\|-)(.*)$", re.MULTILINE)
_ATTRIBUTE_TEMPLATE = re.compile(r'((?:style|class)\s*=\s*"[^"\n]*?)\{\{[^{}\n]*\}\}')
# A cell's attributes made by a template ("! {{rh|align=right}} | -1"), and a template
# between a tag's name and its ">" ('<div style{{=}}"…">'): attributes, not content.
_CELL_ATTRIBUTE_TEMPLATE = re.compile(r"^([!|][ \t]*)\{\{[^{}\n]*\}\}(?=[ \t]*\|(?!\|))", re.M)
_IN_TAG_TEMPLATE = re.compile(
    r"(<(?:div|span|p|font|abbr|center|small|big|sup|sub|td|th|tr|table)\s[^<>{}\n]*?)"
    r"\{\{[^{}<>\n]*\}\}",
    re.IGNORECASE,
)
_SIMPLE_TEMPLATE = re.compile(r"\{\{[^{}\n]*\}\}")


def _name(name: str) -> str:
    name = _NOT_EXPANDED[0].sub("", name).strip().replace("_", " ")
    return name[:1].upper() + name[1:]


@pytest.mark.parametrize("article", ARTICLES, ids=[a.stem for a in ARTICLES])
def test_templates_agree_with_wikitextparser(article: Path) -> None:
    text = article.read_text(encoding="utf-8")
    # An infobox call is read as an Infobox block carrying the template's name.
    ours = Counter(
        _name(node.name)
        for node in iter_nodes(wikiconv.parse(text, "wikitext"))
        if isinstance(node, Infobox) or (isinstance(node, Template) and not _function(node))
    )
    for pattern in _NOT_EXPANDED:
        text = pattern.sub("", text)
    text = _TAG_ATTRIBUTES.sub(r"<\1\2>", text)
    text = _TABLE_LINE_TEMPLATE.sub(lambda m: m[1] + _SIMPLE_TEMPLATE.sub("", m[2]), text)
    while _ATTRIBUTE_TEMPLATE.search(text):
        text = _ATTRIBUTE_TEMPLATE.sub(r"\1", text)
    text = _CELL_ATTRIBUTE_TEMPLATE.sub(r"\1", text)
    while _IN_TAG_TEMPLATE.search(text):
        text = _IN_TAG_TEMPLATE.sub(r"\1", text)
    calls = wikitextparser.parse(text).templates
    lifted = _sub_boxes(calls)
    theirs = Counter(_name(call.name) for call in calls if call.span not in lifted)
    assert ours == theirs


def _sub_boxes(calls: list[wikitextparser.Template]) -> set[tuple[int, int]]:
    """The infobox calls that make up a whole parameter of another infobox: the reader
    reads them as rows of that infobox, not as calls of their own."""
    return {
        sub.span
        for call in calls
        if is_infobox_name(_name(call.name))
        for argument in call.arguments
        for sub in _only_boxes(argument, call.nesting_level)
    }


def _only_boxes(argument: wikitextparser.Argument, level: int) -> list[wikitextparser.Template]:
    """The infobox calls an argument is made of, when it holds nothing else."""
    inner = [t for t in argument.templates if t.nesting_level == level + 1]
    rest = argument.value
    for sub in inner:
        rest = rest.replace(sub.string, "")
    if inner and not rest.strip() and all(is_infobox_name(_name(t.name)) for t in inner):
        return inner
    return []


# {{formatnum: 1234}}, {{DEFAULTSORT:Key}}: a parser function, kept as a template node
# named by the function, which the others count as a function, not a template.
_FUNCTION_CALL = re.compile(r"\{\{\s*(?:(?:safe)?subst:\s*)?(#?[^\s:|{}]+)\s*:")


# Magic variables with no argument, which the others count as magic words too.
_MAGIC_VARIABLES = frozenset(
    "CURRENTYEAR CURRENTMONTH CURRENTMONTHNAME CURRENTDAY CURRENTDAYNAME CURRENTTIME "
    "PAGENAME FULLPAGENAME BASEPAGENAME SUBPAGENAME NAMESPACE SITENAME "
    "NUMBEROFARTICLES".split()
)


def _function(node: Template) -> bool:
    if node.name.strip() in _MAGIC_VARIABLES:
        return True
    match = _FUNCTION_CALL.match(node.raw)
    return match is not None and match[1].lower() == node.name.lower()


def _as_mediawiki_reads_it(text: str) -> str:
    """The text without what MediaWiki does not parse as wikitext."""
    for pattern in _NOT_EXPANDED:
        text = pattern.sub("", text)
    return _TAG_ATTRIBUTES.sub(r"<\1\2>", text)


@pytest.mark.parametrize("article", ARTICLES, ids=[a.stem for a in ARTICLES])
def test_links_agree_with_mwparserfromhell(article: Path) -> None:
    text = article.read_text(encoding="utf-8")
    document = wikiconv.parse(text, "wikitext")
    if any(d.code == "xml-escaped" for d in document.diagnostics):
        text = html.unescape(text)  # the reader unescapes such text; so must the check
    # mwparserfromhell reads <gallery> as opaque; its images and caption links are not
    # counted on either side.
    in_galleries = {
        id(inner)
        for node in source_nodes(document)
        if isinstance(node, Gallery)
        for inner in source_nodes(node)
    }
    ours = (
        sum(
            1
            for node in source_nodes(document)
            if isinstance(node, (Link, Image)) and id(node) not in in_galleries
        )
        + len(document.categories)
        + sum(1 for key, _ in document.metadata if key.startswith("interlanguage:"))
        + (1 if document.redirect else 0)
    )
    parsed = mwparserfromhell.parse(_as_mediawiki_reads_it(text), skip_style_tags=True)
    assert ours == len(parsed.filter_wikilinks()) - _in_dropped_captions(parsed)


def _in_dropped_captions(parsed: mwparserfromhell.wikicode.Wikicode) -> int:
    """Links in the parts of an image link that hold links, but the last of them
    ("[[File:X.jpg|thumb|Atlantic [[bathymetry]]|[[False color]] map]]"): MediaWiki
    takes only the last part that is not an option as the caption, so the reader
    keeps only its links. (A dropped part before a caption without links is not
    seen here, so this errs toward counting.)"""
    count = 0
    for link in parsed.filter_wikilinks(recursive=True):
        if link.text is None or not str(link.title).strip().lower().startswith(_FILES):
            continue
        parts: list[list[object]] = [[]]
        for node in link.text.nodes:
            if isinstance(node, mwparserfromhell.nodes.Text) and "|" in node.value:
                parts.extend([] for _ in range(node.value.count("|")))
            else:
                parts[-1].append(node)
        captions = [p for p in parts if any(isinstance(n, Wikilink) for n in p)]
        for part in captions[:-1]:
            count += sum(1 for n in part if isinstance(n, Wikilink))
    return count


_FILES = ("file:", "image:")


@pytest.mark.parametrize("article", ARTICLES, ids=[a.stem for a in ARTICLES])
def test_every_infobox_has_every_non_empty_parameter_as_a_field(article: Path) -> None:
    text = article.read_text(encoding="utf-8")
    ours = [
        [field.key for field in node.fields]
        for node in iter_nodes(wikiconv.parse(text, "wikitext"))
        if isinstance(node, Infobox)
    ]
    calls = wikitextparser.parse(_as_mediawiki_reads_it(text)).templates
    boxes = [call for call in calls if is_infobox_name(_name(call.name))]
    outer = [box for box in boxes if not any(o.span[0] < box.span[0] < o.span[1] for o in boxes)]
    # A box with no values ({|{{Infobox ship begin}}, the frame of a ship's box made
    # of parts) has no fields to show, whether or not it is read as a box.
    assert [keys for keys in ours if keys] == [
        keys for keys in (_field_keys(box) for box in outer) if keys
    ]


def _field_keys(box: wikitextparser.Template, prefix: str = "") -> list[str]:
    """The names of the parameters with a value, in order; a parameter made only of
    sub-boxes gives theirs, named ``parameter.field``."""
    keys: list[str] = []
    for argument in box.arguments:
        if not argument.value.strip():
            continue
        key = prefix + argument.name.strip()
        subs = _only_boxes(argument, box.nesting_level)
        for sub in subs:
            keys += _field_keys(sub, key + ".")
        if not subs:
            keys.append(key)
    return keys
