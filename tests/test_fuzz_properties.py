"""Properties of the wikitext reader and of every writer on generated wiki-like text.

The text is built from the pieces of wikitext markup (links, templates, tables, quotes,
tags, comments, list and heading marks, entities), letters, astral and combining
characters, CR, tab and NUL, or is any text at all. tests/test_flat_properties.py holds
the flat format's own properties on the flat grammar's pieces; here the flat reader gets
the wikitext pieces. fuzz/harness.py runs the same checks for minutes at a time.
"""

from __future__ import annotations

import json
from datetime import date
from importlib import resources

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import wikiconv
from wikiconv.ast import Document
from wikiconv.formats import FORMATS, writer_for
from wikiconv.pandoc_bridge import BridgeWriter

# Every writer but those that run the pandoc program (a binary not installed here).
WRITERS = [
    row.name for row in FORMATS if row.writer and not issubclass(writer_for(row.name), BridgeWriter)
]
READERS = ["wikitext", "flat"]
# Ages and {{CURRENTYEAR}} are computed against a fixed day, so examples replay alike.
TODAY = date(2024, 1, 1)
SCHEMA = json.loads(resources.files("wikiconv").joinpath("document.schema.json").read_text())
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

MARKUP = st.sampled_from(
    ["[[", "]]", "{{", "}}", "{|", "|-", "||", "|}", "|+", "!", "!!", "'''", "''",
     "<ref>", "</ref>", "<ref name=a>", "<ref name=a/>", "<references/>", "<nowiki>",
     "</nowiki>", "<div>", "</div>", "<pre>", "<br>", "<!--", "-->", "==", "*", "#", ":",
     ";", "----", "|", "=", "\n", "\n\n", " ", "&amp;", "&#x41;", "&nbsp;", "http://x.org",
     "File:A.jpg", "Category:", "Infobox", "- ", "{{{1}}}", "{{#if:", "#REDIRECT "]
)  # fmt: skip
LETTERS = st.sampled_from(
    ["a", "b", "Z", "word", "1", "é", "日本", "\U0001f600", "\U00010400", "e\u0301",
     "\u0301", "\u200b", "\u202e", "\u05e9\u05dc", "\ufeff", "\r", "\r\n", "\t", "\x00"]
)  # fmt: skip
PIECE = MARKUP | MARKUP | LETTERS | st.text(max_size=3)
# Lines of pieces, so that line-start markup (lists, headings, tables) comes up often.
LINE = st.lists(PIECE, max_size=12).map("".join)
# Nesting, to a depth readers and writers meet in real pages; fuzz/harness.py goes deeper.
PAIRS = st.sampled_from(
    [("{{a|", "}}"), ("[[a|", "]]"), ("<div>", "</div>"), ("<span>", "</span>"),
     ("<ref>", "</ref>"), ("'''", "'''"), ("{|\n|", "\n|}"), ("*", ""), (":", "")]
)  # fmt: skip
NESTED = st.builds(
    lambda pair, depth, inner: pair[0] * depth + inner + pair[1] * depth,
    PAIRS,
    st.integers(2, 40),
    LINE,
)
WIKITEXT = st.lists(LINE | NESTED, min_size=1, max_size=12).map("\n".join) | st.text(max_size=200)

EXAMPLES = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _read(text: str, reader: str) -> Document:
    if reader == "wikitext":
        return wikiconv.parse(text, "wikitext", today=TODAY)
    return wikiconv.parse(text, reader)


@EXAMPLES
@given(WIKITEXT)
def test_the_wikitext_reader_accepts_any_text(text: str) -> None:
    document = wikiconv.parse(text, "wikitext", today=TODAY)
    assert document.source_format == "wikitext"
    # What the reader reports points into the text it was given (CR and CRLF end a
    # line there, as they do when MediaWiki saves a page).
    lines = text.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1
    for diagnostic in document.diagnostics:
        assert diagnostic.line is None or 1 <= diagnostic.line <= lines, diagnostic


@EXAMPLES
@given(WIKITEXT)
def test_format_detection_reads_any_text(text: str) -> None:
    document = wikiconv.parse(text)
    assert document.source_format in READERS


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(WIKITEXT, st.sampled_from(READERS))
def test_every_writer_writes_what_a_reader_read(text: str, reader: str) -> None:
    document = _read(text, reader)
    outputs = {writer: wikiconv.render_output(document, writer) for writer in WRITERS}
    for writer, output in outputs.items():
        assert isinstance(output.text, str), writer
        assert all(d.code for d in output.diagnostics), writer
    data = json.loads(outputs["json"].text)
    VALIDATOR.validate(data)
    assert data == wikiconv.to_dict(document)
    assert wikiconv.parse(outputs["ast"].text, "ast").to_dict() == document.to_dict()


@EXAMPLES
@given(WIKITEXT)
def test_tree_data_of_a_wikitext_read_round_trips(text: str) -> None:
    document = wikiconv.parse(text, "wikitext", today=TODAY)
    data = document.to_dict()
    back = wikiconv.from_dict(data)
    assert back == document
    assert back.to_dict() == data


@settings(max_examples=400, deadline=None)
@given(WIKITEXT, st.booleans())
def test_the_flat_reader_gives_wikitext_back_byte_for_byte(
    text: str, drop_final_newline: bool
) -> None:
    if drop_final_newline:
        text = text.rstrip("\r\n")
    assert wikiconv.render(wikiconv.parse(text, "flat"), "flat") == text
