"""An independent second reading of the corpus: wikitextparser must find what we find.

wikitextparser parses the same wikitext with its own code. Where the two disagree,
one of them is wrong; the adjustments below are places where wikitextparser reads
text that MediaWiki does not expand (comments, <nowiki>, tag attributes) or calls a
parser function what we keep as a template node.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import wikitextparser

import wikiconv
from wikiconv.ast import Infobox, Template
from wikiconv.walk import iter_nodes

from conftest import CORPUS

ARTICLES = sorted(CORPUS.glob("*.wikitext")) if CORPUS.is_dir() else []
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
        if isinstance(node, Infobox)
        or (
            isinstance(node, Template)
            and not node.name.startswith("#")
            and node.name != "DEFAULTSORT"
        )
    )
    for pattern in _NOT_EXPANDED:
        text = pattern.sub("", text)
    text = _TAG_ATTRIBUTES.sub(r"<\1\2>", text)
    text = _TABLE_LINE_TEMPLATE.sub(lambda m: m[1] + _SIMPLE_TEMPLATE.sub("", m[2]), text)
    while _ATTRIBUTE_TEMPLATE.search(text):
        text = _ATTRIBUTE_TEMPLATE.sub(r"\1", text)
    theirs = Counter(_name(t.name) for t in wikitextparser.parse(text).templates)
    assert ours == theirs
