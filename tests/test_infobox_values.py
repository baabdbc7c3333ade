"""Infobox values that hold lines or rows, and white space as the page shows it."""

from __future__ import annotations

import json

import wikiconv

ARTICLE = """{{Infobox baseball biography
| name  = Jerry  Mumphrey
| teams =
* [[St. Louis Cardinals]] (1974–1979)
* [[San Diego Padres]] (1980)
| alma_mater = Texas A&M (B.A., M.A.)<br />Baylor Law School
| genre = {{hlist|Rock|[[Pop music|Pop]]}}
| spouse = {{ubl|Ann Smith|Bo  Jones}}
| place = Chicago, Illinois
}}
'''Jerry Mumphrey'''  (born 1952) is a former  outfielder.<br>
He played for five teams.
"""


def _fields(source: str = ARTICLE) -> dict[str, dict[str, object]]:
    data = wikiconv.to_dict(wikiconv.parse(source, "wikitext", title="Jerry Mumphrey"))
    return {field["key"]: field for field in data["infoboxes"][0]["fields"]}


def test_a_star_list_value_is_one_line_per_item_without_markers() -> None:
    teams = _fields()["teams"]
    assert teams["value"] == "St. Louis Cardinals (1974–1979)\nSan Diego Padres (1980)"
    assert teams["items"] == ["St. Louis Cardinals (1974–1979)", "San Diego Padres (1980)"]
    targets = [link["target"] for link in teams["links"]]
    assert targets == ["St. Louis Cardinals", "San Diego Padres"]
    assert str(teams["raw"]).startswith("* [[St. Louis Cardinals]]")


def test_line_breaks_and_list_templates_split_entries_but_commas_do_not() -> None:
    fields = _fields()
    assert fields["alma_mater"]["items"] == ["Texas A&M (B.A., M.A.)", "Baylor Law School"]
    assert fields["spouse"]["value"] == "Ann Smith\nBo Jones"
    assert fields["genre"]["value"] == "Rock · Pop"
    assert fields["genre"]["items"] == ["Rock", "Pop"]
    assert fields["place"]["items"] == ["Chicago, Illinois"]
    assert fields["name"]["value"] == "Jerry Mumphrey"


def test_flat_and_text_join_the_lines_of_a_value_with_commas() -> None:
    document = wikiconv.parse(ARTICLE, "wikitext", title="Jerry Mumphrey")
    flat = wikiconv.render(document, "flat")
    assert "- teams: St. Louis Cardinals (1974–1979), San Diego Padres (1980)\n" in flat
    assert "- genre: Rock, Pop\n" in flat
    text = wikiconv.render(document, "text")
    assert "alma_mater: Texas A&M (B.A., M.A.), Baylor Law School\n" in text
    # The flat text reads back as an infobox with the same entries.
    again = wikiconv.to_dict(wikiconv.parse(flat, "flat"))
    teams = next(f for f in again["infoboxes"][0]["fields"] if f["key"] == "teams")
    assert teams["items"] == ["St. Louis Cardinals (1974–1979)", "San Diego Padres (1980)"]


def test_runs_of_white_space_show_as_one_space() -> None:
    document = wikiconv.parse(ARTICLE, "wikitext", title="Jerry Mumphrey")
    lead = wikiconv.to_dict(document)["lead"]
    paragraph = next(block for block in lead if block["type"] == "paragraph")
    assert paragraph["text"] == (
        "Jerry Mumphrey (born 1952) is a former outfielder. He played for five teams."
    )
    text = wikiconv.render(document, "text")
    assert "Jerry Mumphrey (born 1952) is a former outfielder.\nHe played for five teams." in text
    assert "\n\n\n" not in text


def test_no_break_spaces_are_content_and_stay() -> None:
    data = wikiconv.to_dict(wikiconv.parse("5&nbsp;km  long", "wikitext", title="T"))
    assert json.dumps(data["lead"][0]["text"]) == json.dumps("5\u00a0km long")


def test_sub_boxes_in_a_parameter_add_their_rows_to_the_box() -> None:
    source = (
        "{{Infobox spaceflight\n| name = Apollo 11\n| interplanetary =\n"
        " {{Infobox spaceflight/IP\n   |type = orbiter\n   |orbits = 30\n   |empty =\n }}\n"
        " {{Infobox spaceflight/IP\n   |type = lander\n"
        "   |location = Mare Tranquillitatis<ref>Landing sites.</ref>\n  }}\n"
        "| crew_size = 3\n}}\nText.\n<references/>"
    )
    data = wikiconv.to_dict(wikiconv.parse(source, "wikitext", title="Apollo 11"))
    fields = [(field["key"], field["value"]) for field in data["infoboxes"][0]["fields"]]
    assert fields == [
        ("name", "Apollo 11"),
        ("interplanetary.type", "orbiter"),
        ("interplanetary.orbits", "30"),
        ("interplanetary.type", "lander"),
        ("interplanetary.location", "Mare Tranquillitatis"),
        ("crew_size", "3"),
    ]
    # The footnote inside a sub-box is the page's footnote like any other.
    assert [note["text"] for note in data["references"]] == ["Landing sites."]


def test_a_list_after_a_first_line_and_rules_between_groups() -> None:
    # The American Revolutionary War's infobox: a result, then a list; the sides of
    # the war are groups of entries with a rule between them.
    source = (
        "{{Infobox military conflict\n|result=American victory\n"
        "* [[Peace of Paris (1783)|Peace of Paris]]\n* British recognition\n"
        "|combatant1=\n* [[Vermont Republic]]\n* France\n----\n"
        "'''Co-belligerents:'''<br />\nNetherlands<br />Mysore\n}}\nText."
    )
    document = wikiconv.parse(source, "wikitext", title="War")
    fields = {f["key"]: f for f in wikiconv.to_dict(document)["infoboxes"][0]["fields"]}
    assert fields["result"]["items"] == [
        "American victory",
        "Peace of Paris",
        "British recognition",
    ]
    assert fields["combatant1"]["groups"] == [
        ["Vermont Republic", "France"],
        ["Co-belligerents:", "Netherlands", "Mysore"],
    ]
    flat = wikiconv.render(document, "flat")
    assert (
        "- combatant1: Vermont Republic, France ---- Co-belligerents:, Netherlands, Mysore\n"
        in flat
    )
    # Read back as flat text, the value splits into the same groups.
    again = wikiconv.to_dict(wikiconv.parse(flat, "flat"))["infoboxes"][0]["fields"]
    assert (
        next(f for f in again if f["key"] == "combatant1")["groups"]
        == (fields["combatant1"]["groups"])
    )


def test_a_blank_line_in_a_value_is_a_line_break_that_reads_back_the_same() -> None:
    # The American Revolutionary War's strength1: paragraphs inside one value.
    source = (
        "{{Infobox military conflict\n|strength1=\n'''United States:'''<br />\n40,000\n\n"
        "'''Allies:'''<br />\n12,000 French\n}}\nText."
    )
    document = wikiconv.parse(source, "wikitext", title="War")
    field = wikiconv.to_dict(document)["infoboxes"][0]["fields"][0]
    assert field["items"] == ["United States:", "40,000", "Allies:", "12,000 French"]
    again = wikiconv.parse(wikiconv.render(document, "wikitext"), "wikitext", title="War")
    assert again.blocks == document.blocks
