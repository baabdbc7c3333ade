"""The structured data of ``-t json`` / wikiconv.to_dict: shape, schema, infobox entries."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

import wikiconv

from conftest import FIXTURES, SEED, read_text_exact
from sample_tree import every_node_document

SCHEMA = json.loads(resources.files("wikiconv").joinpath("document.schema.json").read_text())
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def _seed() -> dict[str, object]:
    return wikiconv.to_dict(wikiconv.parse(SEED.read_text(encoding="utf-8")))


def test_schema_itself_is_valid() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_seed_matches_the_schema_and_the_article() -> None:
    data = _seed()
    VALIDATOR.validate(data)
    assert data["title"] == "Afshar massacre"
    assert data["categories"] == [] and data["references"] == []
    assert data["lead"][0] == {"type": "infobox", "index": 0}
    assert data["lead"][1]["text"].startswith("The Afshar Massacre was a state-sponsored")


def test_seed_infobox_fields_keep_raw_values_and_clean_items() -> None:
    fields = {f["key"]: f for f in _seed()["infoboxes"][0]["fields"]}  # type: ignore[index]
    commander1 = fields["Commander1"]
    assert commander1["value"].endswith(
        "23px|border Abdulrab Rasul Sayyaf, 23px|border Mullah Ezat"
    )
    assert commander1["items"][-2:] == ["Abdulrab Rasul Sayyaf", "Mullah Ezat"]
    assert fields["Commander2"]["groups"] == [
        ["Gulbuddin Hekmatyar"],
        ["Abdul Ali Mazari", "Commander Shafi Hazara"],
    ]
    assert fields["Combatant2"]["groups"] == [["Hezb-e Islami Supported by:", "Pakistan", "Iran"]]
    assert fields["Date"]["items"] == ["February 11\u201312, 1993"]
    assert fields["Place"]["items"] == ["Afshar", "Kabul", "Afghanistan"]


def test_sections_nest_by_level() -> None:
    document = wikiconv.parse("= T =\n\n==A==\na\n===A1===\nb\n==B==\nc\n")
    data = wikiconv.to_dict(document)
    VALIDATOR.validate(data)
    assert [(s["title"], [t["title"] for t in s["sections"]]) for s in data["sections"]] == [
        ("A", ["A1"]),
        ("B", []),
    ]
    assert data["sections"][0]["sections"][0]["blocks"] == [{"type": "paragraph", "text": "b"}]


def test_every_node_type_fits_the_schema() -> None:
    data = wikiconv.to_dict(every_node_document())
    VALIDATOR.validate(data)
    assert data["references"] == [
        {"number": 1, "label": "1", "group": "", "name": "n1", "text": "note text", "uses": 1,
         "citations": []},
        # Cited by name in the text, given its text by the reference list.
        {"number": 2, "label": "2", "group": "", "name": "n2", "text": "listed note", "uses": 1,
         "citations": []},
    ]  # fmt: skip


@pytest.mark.parametrize("case", sorted(p for p in (FIXTURES / "flat").iterdir() if p.is_dir()))
def test_every_fixture_fits_the_schema(case: Path) -> None:
    output = wikiconv.convert(read_text_exact(case / "input.txt"), "json", "flat")
    VALIDATOR.validate(json.loads(output))


def test_cli_json_equals_to_dict() -> None:
    document = wikiconv.parse(SEED.read_text(encoding="utf-8"))
    assert json.loads(wikiconv.render(document, "json")) == wikiconv.to_dict(document)


def test_a_reused_footnote_is_listed_once() -> None:
    document = wikiconv.parse(
        'a<ref name="x">First.</ref> b<ref name="x" /> c<ref>Other.</ref> d<ref name="y"/>'
        ' e<ref name="y">Late.</ref>',
        "wikitext",
    )
    assert [(r["name"], r["text"]) for r in wikiconv.to_dict(document)["references"]] == [
        ("x", "First."),
        ("", "Other."),
        ("y", "Late."),
    ]


def test_the_page_of_a_footnote_marker_stays_with_the_marker() -> None:
    # {{rp|274}} and {{r|a|p=5}} add the cited page to a marker; JSON text has no
    # markers, so it has no dangling ":274" either. Text shows both.
    source = (
        "He developed relativity.<ref>Ref.</ref>{{rp|274}} Next.{{r|a|p=5}}\n"
        "<references><ref name=a>A.</ref></references>"
    )
    document = wikiconv.parse(source, "wikitext")
    assert wikiconv.to_dict(document)["lead"][0]["text"] == "He developed relativity. Next."
    assert wikiconv.render(document, "text").startswith(
        "He developed relativity.[1]:274 Next.[2]:5\n"
    )
