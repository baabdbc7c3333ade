"""Footnotes of the real Wikipedia articles, counted against an independent reading.

wikitextparser finds the ``<ref>`` tags and footnote templates of the source; the
footnotes wikiconv lists must be exactly the distinct ones among them, every marker
in Markdown and HTML must have its definition, and no footnote may be empty.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import html5lib
import pytest
import wikitextparser

import wikiconv
from wikiconv.ast import Document
from wikiconv.readers.wikitext.infobox import is_infobox_name
from wikiconv.templates import BUILTIN, normalise_name

from conftest import ARTICLES, CORPUS

pytestmark = pytest.mark.skipif(not ARTICLES, reason=f"the Wikipedia corpus is not at {CORPUS}")
_NS = "{http://www.w3.org/1999/xhtml}"
# Templates that make a footnote of their own text, and their default group.
_NOTE_TEMPLATES = {"Efn": "lower-alpha", "Refn": "", "Efn-ua": "upper-alpha"}
_CACHE: dict[Path, Document] = {}


def _read(article: Path) -> Document:
    if article not in _CACHE:
        # Named as the command line names it, from the file: some templates show the title.
        title = article.stem.replace("-", " ").replace("_", " ")
        _CACHE[article] = wikiconv.parse(article.read_text(encoding="utf-8"), title=title)
    return _CACHE[article]


def _name(written: str) -> str:
    """A call's name as MediaWiki reads it: comments inside it do not count."""
    return re.sub(r"<!--.*?-->", "", written, flags=re.DOTALL).strip()


def _distinct_footnotes(text: str) -> set[tuple[str, str]]:
    """(group, name or place) of each distinct footnote of the source, by wikitextparser.

    A footnote inside a call no handler renders is left out: such a call is dropped
    with a diagnostic, and its footnotes with it. A table template (``{{US Census
    population}}``) has a block handler, which shows its footnotes in the table.
    """
    # Tag names are case-insensitive in MediaWiki (<Ref>…</reF>); wikitextparser's
    # get_tags is not.
    parsed = wikitextparser.parse(re.sub(r"<(/?)ref\b", r"<\1ref", text, flags=re.IGNORECASE))
    unrendered = [
        call.span
        for call in parsed.templates
        if BUILTIN.lookup(_name(call.name)) is None
        and not BUILTIN.is_block_name(_name(call.name))
        and not is_infobox_name(_name(call.name))
    ]
    found: set[tuple[str, str]] = set()
    for tag in parsed.get_tags("ref"):
        if any(start <= tag.span[0] < end for start, end in unrendered):
            continue
        name, group = (tag.get_attr("name") or "").strip(), (tag.get_attr("group") or "").strip()
        if name or (tag.contents or "").strip():
            found.add((group, name or f"#{tag.span}"))
    for call in parsed.templates:
        name = normalise_name(call.name)
        if name in _NOTE_TEMPLATES:
            group, label = call.get_arg("group"), call.get_arg("name")
            key = label.value.strip() if label else f"#{call.span}"
            found.add(((group.value.strip() if group else "") or _NOTE_TEMPLATES[name], key))
        elif name in ("Sfn", "Sfnp"):
            found.add(("", "sfn:" + "|".join(arg.string for arg in call.arguments)))
    for function in parsed.parser_functions:
        arguments = function.arguments
        tag = arguments[0].value.strip().lower() if arguments else ""
        if function.name.strip().lower() == "#tag" and tag == "ref":
            named = [arg.value.strip(' "') for arg in arguments[1:] if arg.name.strip() == "name"]
            found.add(("", named[0] if named and named[0] else f"#{function.span}"))
    return found


@pytest.mark.parametrize("article", ARTICLES, ids=[a.stem for a in ARTICLES])
def test_json_lists_each_distinct_footnote_once(article: Path) -> None:
    text = article.read_text(encoding="utf-8")
    if any(d.code == "xml-escaped" for d in _read(article).diagnostics):
        # A page saved XML-escaped (&lt;ref&gt;), which the reader unescapes once.
        text = html.unescape(text)
    expected = _distinct_footnotes(text)
    references = wikiconv.to_dict(_read(article))["references"]
    assert len(references) == len(expected)
    # {{sfn}} names its footnote "FOOTNOTE…", as MediaWiki does; those are counted
    # by their arguments above.
    named = {(r["group"], r["name"]) for r in references if r["name"][:8] not in ("", "FOOTNOTE")}
    assert named == {key for key in expected if not key[1].startswith(("#", "sfn:"))}


@pytest.mark.parametrize("article", ARTICLES, ids=[a.stem for a in ARTICLES])
def test_no_footnote_is_empty(article: Path) -> None:
    # A name the source uses but never gives a text (Abortion's <ref name=Sedgh_2007/>
    # beside "Sedgh 2007") is a Cite error on the page too; any other is ours.
    defined = {
        (tag.get_attr("name") or "").strip()
        for tag in wikitextparser.parse(article.read_text(encoding="utf-8")).get_tags("ref")
        if (tag.contents or "").strip()
    }
    for reference in wikiconv.to_dict(_read(article))["references"]:
        assert reference["text"].strip(), reference
        if reference["text"].startswith("Cite error"):
            assert reference["name"] not in defined, reference


@pytest.mark.parametrize("article", ARTICLES, ids=[a.stem for a in ARTICLES])
def test_every_markdown_footnote_marker_has_its_definition(article: Path) -> None:
    markdown = wikiconv.render(_read(article), "markdown")
    defined = re.findall(r"^\[\^([^\]\s]+)\]:", markdown, re.MULTILINE)
    cited = set(re.findall(r"\[\^([^\]\s]+)\](?!:)", markdown))
    assert len(defined) == len(set(defined))
    assert cited == set(defined)


@pytest.mark.parametrize("article", ARTICLES, ids=[a.stem for a in ARTICLES])
def test_every_html_footnote_marker_links_to_its_note_and_back(article: Path) -> None:
    tree = html5lib.parse(wikiconv.render(_read(article), "html"))
    ids = {el.get("id") for el in tree.iter() if el.get("id")}
    links = [el.get("href", "") for el in tree.iter(f"{_NS}a")]
    notes = [href[1:] for href in links if href.startswith("#cite-note-")]
    backs = [href[1:] for href in links if href.startswith("#cite-ref-")]
    assert set(notes) <= ids
    assert set(backs) <= ids
    # Each marker is one citation, and each citation has its back-link.
    markers = [el for el in tree.iter(f"{_NS}sup") if el.get("class") == "reference"]
    assert len(markers) == len(backs)
