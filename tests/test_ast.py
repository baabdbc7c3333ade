"""The tree: immutability, equality by meaning, exact data round trip, walking."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest

import wikiconv
from wikiconv.ast import Bold, Document, Layout, Paragraph, Section, SourceSpan, Text
from wikiconv.errors import TreeError
from wikiconv.nodeio import from_dict
from wikiconv.walk import iter_nodes, plain_text, transform

from conftest import SEED
from sample_tree import every_node_document


def test_nodes_are_frozen_and_slotted() -> None:
    node = Text("a")
    with pytest.raises(dataclasses.FrozenInstanceError):
        node.text = "b"  # type: ignore[misc]
    assert not hasattr(node, "__dict__")


def test_equality_ignores_spans_and_layout_but_data_keeps_them() -> None:
    a = Paragraph((Text("x"),), span=SourceSpan(1, 1, 1, 1), layout=Layout(gap=("",)))
    b = Paragraph((Text("x"),))
    assert a == b and hash(a) == hash(b)
    assert a.to_dict() != b.to_dict()
    assert from_dict(a.to_dict()).to_dict() == a.to_dict()


def test_nodes_work_with_match() -> None:
    match Bold((Text("hi"),)):
        case Bold(content=(Text(text=word),)):
            assert word == "hi"
        case _:
            pytest.fail("pattern did not match")


def test_every_node_type_round_trips_through_json() -> None:
    document = every_node_document()
    data = json.loads(json.dumps(document.to_dict()))
    rebuilt = from_dict(data)
    assert rebuilt == document
    assert rebuilt.to_dict() == data


def test_seed_round_trips_through_data_exactly() -> None:
    document = wikiconv.parse(SEED.read_text(encoding="utf-8"))
    rebuilt = from_dict(document.to_dict())
    assert rebuilt.to_dict() == document.to_dict()
    assert rebuilt.layout == document.layout and rebuilt.layout is not None


def test_defaults_are_left_out_of_the_data() -> None:
    assert Section(2, (Text("H"),)).to_dict() == {
        "type": "Section",
        "level": 2,
        "heading": [{"type": "Text", "text": "H"}],
    }


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"type": "Nope"}, "unknown node type 'Nope'"),
        ({"type": "Text"}, "cannot build Text"),
        ({"type": "Text", "text": "a", "colour": "red"}, "has no field 'colour'"),
        ({"type": "Paragraph", "content": [{"text": "a"}]}, "$.content[0]: unknown node type"),
    ],
)
def test_bad_data_names_the_place(data: object, message: str) -> None:
    with pytest.raises(TreeError, match=message.replace("$", r"\$").replace("[", r"\[")):
        from_dict(data)


def test_iter_nodes_is_in_source_order_and_skips_layout() -> None:
    document = wikiconv.parse("= T =\n\nA\n\n==B==\nC\n")
    texts = [n.text for n in iter_nodes(document) if isinstance(n, Text)]
    assert texts == ["A", "B", "C"]
    assert not any(isinstance(n, (Layout, SourceSpan)) for n in iter_nodes(document))


def test_iter_nodes_survives_deep_nesting() -> None:
    node: Bold | Text = Text("deep")
    for _ in range(5000):
        node = Bold((node,))
    assert sum(1 for _ in iter_nodes(node)) == 5001


def test_transform_rewrites_bottom_up_and_shares_the_rest() -> None:
    document = wikiconv.parse("= T =\n\nkeep\n\n==H==\nshout\n")

    def upper(node: object) -> object:
        if isinstance(node, Text) and node.text == "shout":
            return Text("SHOUT")
        return node

    changed = transform(document, upper)  # type: ignore[arg-type]
    assert isinstance(changed, Document)
    assert plain_text(changed.blocks[1]) == "HSHOUT"
    assert changed.blocks[0] is document.blocks[0]
    assert document.blocks[1] != changed.blocks[1]


def test_plain_text_reads_like_the_page() -> None:
    document = every_node_document()
    paragraph = document.blocks[2].blocks[0]  # type: ignore[union-attr]
    text = plain_text(paragraph)
    assert "5 km (3.1 mi)" in text and "param text" not in text and "note text" not in text
    assert "link label" in text and "a map" not in text


def test_transform_survives_deep_nesting() -> None:
    node: Bold | Text = Text("deep")
    for _ in range(5000):
        node = Bold((node,))

    def shout(n: object) -> object:
        return Text("DEEP") if isinstance(n, Text) else n

    changed = transform(node, shout)  # type: ignore[arg-type]
    assert plain_text(changed) == "DEEP"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"type": "List", "items": [], "kind": "x"}, "$.kind: List needs one of 'bullet', "),
        ({"type": "Cell", "blocks": [], "colspan": "2"}, "$.colspan: Cell needs an integer"),
        ({"type": "Text", "text": 5}, "$.text: Text needs a string"),
        (
            {"type": "Paragraph", "content": [{"type": "Paragraph", "content": []}]},
            "$.content: Paragraph needs",
        ),
        (
            {"type": "Document", "blocks": [{"type": "Heading", "level": 2}]},
            "$.blocks[0]: unknown node type 'Heading'",
        ),
    ],
)
def test_from_dict_refuses_values_of_the_wrong_type(data: dict[str, Any], message: str) -> None:
    # A tree read from JSON anyone wrote must not crash a writer later.
    with pytest.raises(TreeError) as caught:
        from_dict(data)
    assert str(caught.value).startswith(message)
