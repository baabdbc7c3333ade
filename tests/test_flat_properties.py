"""Properties of the flat format on generated text: reading never fails, writing gives
back the same bytes, and the tree data round-trips exactly."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import wikiconv
from wikiconv.nodeio import from_dict

# Lines built from the pieces the flat grammar reacts to, so that generated documents
# hit headings, infoboxes, fields, lists, rules and their near misses, not just prose.
PIECES = st.sampled_from(
    ["=", "==", "===", "=======", " ", "  ", "\t", "-", "- ", "----", "Infobox", "Infobox ",
     "Key", ":", ": ", "value", "23px|border ", ",", "\u202e", "\u05e9\u05dc\u05d5\u05dd",
     "\u0627\u0644", "e\u0301", "\ufeff", "\x00", "*", "#", "|"]
)
LINE = st.lists(PIECES, max_size=6).map("".join)
NEWLINE = st.sampled_from(["\n", "\r\n", "\r"])
DOCUMENT = st.lists(st.tuples(LINE, NEWLINE), max_size=12).map(
    lambda lines: "".join(text + end for text, end in lines)
) | st.text(max_size=200)


@settings(max_examples=400, deadline=None)
@given(DOCUMENT, st.booleans())
def test_any_text_round_trips_byte_for_byte(text: str, drop_final_newline: bool) -> None:
    if drop_final_newline:
        text = text.rstrip("\r\n")
    document = wikiconv.parse(text, "flat")
    assert wikiconv.render(document, "flat") == text


@settings(max_examples=200, deadline=None)
@given(DOCUMENT)
def test_tree_data_round_trips_and_writers_do_not_raise(text: str) -> None:
    document = wikiconv.parse(text, "flat")
    assert from_dict(document.to_dict()).to_dict() == document.to_dict()
    empty = document.title is None and not document.blocks
    for writer in ("markdown", "html", "json", "text"):
        output = wikiconv.render(document, writer)
        assert output.endswith("\n") or (empty and output == "" and writer != "json")
