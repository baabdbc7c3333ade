"""Election boxes and football match boxes: the exact cells of the tables the page
shows for them."""

from __future__ import annotations

from datetime import date

from wikiconv.ast import ExternalLink, LineBreak, Link, Node, Paragraph, Table, TemplateBlock
from wikiconv.readers.wikitext import read
from wikiconv.templates import default_registry
from wikiconv.walk import iter_nodes, plain_text

TODAY = date(2025, 1, 1)
MINUS = "\u2212"


def table_of(source: str) -> Table:
    document = read(source, today=TODAY)
    blocks = [node for node in iter_nodes(document) if isinstance(node, TemplateBlock)]
    assert len(blocks) == 1, document.blocks
    tables = [block for block in blocks[0].blocks if isinstance(block, Table)]
    assert len(tables) == 1
    return tables[0]


def cells(table: Table) -> list[list[str]]:
    return [[plain_text(cell).strip() for cell in row.cells] for row in table.rows]


def links(node: Node) -> list[str]:
    return [found.target for found in iter_nodes(node) if isinstance(found, Link)]


def test_the_table_templates_are_registered() -> None:
    names = set(default_registry().block_names())
    assert {
        "Election box begin", "Election box begin no change", "Election box begin no party",
        "Election box candidate", "Election box candidate with party link",
        "Election box candidate no party link", "Election box winning candidate with party link",
        "Election box majority", "Election box turnout", "Election box gain with party link",
        "Election box hold with party link", "Election box registered electors",
        "Election box rejected", "Election box end", "Football box",
    } <= names  # fmt: skip


# --------------------------------------------------------------------- election box

CONSTITUENCY = (
    (
        "{{Election box begin |title=[[2005 United Kingdom general election|"
        "General election 2005]]: Strangford}}\n"
    )
    + """{{Election box winning candidate with party link
 |party      = Conservative Party (UK)
 |candidate  = [[John Smith (MP)|John Smith]]
 |votes      = 21,549
 |percentage = 53.8
 |change     = +6.2
}}
{{Election box candidate with party link
 |party      = Labour Party (UK)
 |candidate  = Jane Johnson
 |votes      = 12,201
 |percentage = 30.4
 |change     = -8.2
}}
{{Election box candidate with party link
 |party      = Workers' Party (Ireland)
 |candidate  = Pat Byrne
 |votes      = 410
 |percentage = 1.0
 |change     = New
}}
{{Election box candidate
 |party      = [[Alliance Party of Northern Ireland|Alliance]]
 |candidate  = Kieran McCarthy
 |votes      = 5,912
 |percentage = 14.8
 |change     =
}}
{{Election box majority |votes=9,348 |percentage=23.4 |change=+14.4}}
{{Election box rejected |votes=112 |percentage=0.3 |change=-0.1}}
{{Election box turnout |votes=40,072 |percentage=61.1 |change=-2.5}}
{{Election box registered electors |reg. electors=65,588 |change=+3.6}}
{{Election box gain with party link |winner=Conservative Party (UK)
 |loser=Labour Party (UK) |swing=+7.2}}
{{Election box end}}"""
)


def test_election_box_rows() -> None:
    table = table_of(CONSTITUENCY)
    assert plain_text(table.caption) == "General election 2005: Strangford"
    assert cells(table) == [
        ["Party", "Candidate", "Votes", "%", "±%"],
        ["Conservative", "John Smith", "21,549", "53.8", "+6.2"],
        ["Labour", "Jane Johnson", "12,201", "30.4", f"{MINUS}8.2"],
        ["Workers' Party", "Pat Byrne", "410", "1.0", "New"],
        ["Alliance", "Kieran McCarthy", "5,912", "14.8", ""],
        ["Majority", "9,348", "23.4", "+14.4"],
        ["Rejected ballots", "112", "0.3", f"{MINUS}0.1"],
        ["Turnout", "40,072", "61.1", f"{MINUS}2.5"],
        ["Registered electors", "65,588", "", "+3.6"],
        ["Conservative gain from Labour", "Swing", "+7.2", ""],
    ]
    header, first = table.rows[0], table.rows[1]
    assert all(cell.header for cell in header.cells)
    # "with party link": the short name, linked to the party's article.
    assert links(first.cells[0]) == ["Conservative Party (UK)"]
    assert links(table.rows[3].cells[0]) == ["Workers' Party (Ireland)"]
    # A party written as a link keeps it.
    assert links(table.rows[4].cells[0]) == ["Alliance Party of Northern Ireland"]
    # The totals' labels are header cells spanning the party and candidate columns.
    majority = table.rows[5].cells[0]
    assert majority.header and majority.colspan == 2
    result = table.rows[-1]
    assert result.cells[0].colspan == 2 and result.cells[1].header
    assert links(result.cells[0]) == ["Conservative Party (UK)", "Labour Party (UK)"]


def test_election_box_hold_and_no_change_columns() -> None:
    table = table_of(
        "{{Election box begin no change|title=Ward: Allerton}}\n"
        "{{Election box candidate with party link|party=Liberal Democrats (UK)"
        "|candidate=P. Moloney|votes=1,445|percentage=62.1|change=}}\n"
        "{{Election box candidate no party link|party=Ward Labour|candidate=F. Forrester"
        "|votes=367|percentage=15.8}}\n"
        "{{Election box majority|votes=1,078|percentage=46.3}}\n"
        "{{Election box hold with party link|winner=Liberal Democrats (UK)|swing=}}\n"
        "{{Election box end}}"
    )
    assert cells(table) == [
        ["Party", "Candidate", "Votes", "%"],
        ["Liberal Democrats", "P. Moloney", "1,445", "62.1"],
        ["Ward Labour", "F. Forrester", "367", "15.8"],
        ["Majority", "1,078", "46.3"],
        ["Liberal Democrats hold", "Swing", ""],
    ]
    # "no party link": the party as written, unlinked.
    assert links(table.rows[2].cells[0]) == []


def test_election_box_without_party_column() -> None:
    table = table_of(
        "{{Election box begin no party|title=1904 mayoral election}}\n"
        "{{Election box candidate|candidate=A. Smith|votes=812|percentage=56.2|change=+4.0}}\n"
        "{{Election box candidate|candidate=B. Jones|votes=633|percentage=43.8|change=-4.0}}\n"
        "{{Election box turnout|votes=1,445|percentage=71.0|change=}}\n"
        "{{Election box end}}"
    )
    assert cells(table) == [
        ["Candidate", "Votes", "%", "±%"],
        ["A. Smith", "812", "56.2", "+4.0"],
        ["B. Jones", "633", "43.8", f"{MINUS}4.0"],
        ["Turnout", "1,445", "71.0", ""],
    ]
    assert table.rows[3].cells[0].colspan == 1


def test_election_box_stays_in_its_place_among_paragraphs() -> None:
    document = read("==Elections==\nBefore.\n" + CONSTITUENCY + "\nAfter.", today=TODAY)
    section = document.blocks[0]
    kinds = [type(block).__name__ for block in iter_nodes(section)
             if isinstance(block, (Paragraph, TemplateBlock))]  # fmt: skip
    assert kinds[:3] == ["Paragraph", "TemplateBlock", "Paragraph"]


def test_election_box_cut_short_stays_unrendered() -> None:
    # A row template not known here ends the run before the end call: showing the
    # rows before it would show part of the results as if they were all.
    document = read(
        "{{Election box begin|title=X}}\n"
        "{{Election box candidate|party=A|candidate=B|votes=1|percentage=100|change=}}\n"
        "{{Election box candidate minor party|party=C|candidate=D|votes=0}}\n"
        "{{Election box end}}",
        today=TODAY,
    )
    assert not [node for node in iter_nodes(document) if isinstance(node, Table)]


def test_election_box_result_without_winner_stays_unrendered() -> None:
    document = read(
        "{{Election box begin|title=X}}\n{{Election box hold with party link|swing=+1}}\n"
        "{{Election box end}}",
        today=TODAY,
    )
    assert not [node for node in iter_nodes(document) if isinstance(node, Table)]


# --------------------------------------------------------------------- football box

FINAL = """{{Football box
|date = {{Start date|2018|7|15|df=y}}
|time = 18:00 [[Moscow Time|MSK]] ([[UTC+03:00|UTC+3]])
|round = [[2018 FIFA World Cup final|Final]]
|team1 = [[France national football team|France]]
|score = 4–2
|report = https://www.fifa.com/worldcup/matches/match/300331552/
|team2 = [[Croatia national football team|Croatia]]
|goals1 = [[Mario Mandžukić|Mandžukić]] 18' (o.g.)<br />[[Antoine Griezmann|Griezmann]] 38' (pen.)
|goals2 = [[Ivan Perišić|Perišić]] 28'
|stadium = [[Luzhniki Stadium]]
|location = [[Moscow]]
|attendance = 78,011
|referee = [[Néstor Pitana]] ([[Argentina]])
}}"""


def test_football_box() -> None:
    table = table_of(FINAL)
    assert plain_text(table.caption) == "15 July 2018 18:00 MSK (UTC+3) Final"
    assert sum(isinstance(node, LineBreak) for node in table.caption) == 2
    assert cells(table) == [
        ["France", "4–2", "Croatia"],
        ["Mandžukić 18' (o.g.) Griezmann 38' (pen.)", "Report", "Perišić 28'"],
        ["Luzhniki Stadium, Moscow Attendance: 78,011 Referee: Néstor Pitana (Argentina)"],
    ]
    teams = table.rows[0].cells
    assert all(cell.header for cell in teams)
    assert links(teams[0]) == ["France national football team"]
    report = [node for node in iter_nodes(table.rows[1]) if isinstance(node, ExternalLink)]
    assert [node.url for node in report] == [
        "https://www.fifa.com/worldcup/matches/match/300331552/"
    ]
    assert table.rows[2].cells[0].colspan == 3


def test_football_box_before_the_match_and_after_penalties() -> None:
    fixture = table_of("{{Football box|date=1 May 2030|team1=Raith Rovers|team2=Dunfermline}}")
    assert plain_text(fixture.caption) == "1 May 2030"
    assert cells(fixture) == [["Raith Rovers", "v", "Dunfermline"]]
    shootout = table_of(
        "{{Football box\n|team1=Italy\n|score=1–1\n|aet=yes\n|report=[http://example.org Report]"
        "\n|team2=France\n|penaltyscore=5–3\n|penalties1=Pirlo {{tick}}\n"
        "|penalties2=Trezeguet {{cross}}\n|stadium=Olympiastadion, Berlin\n}}"
    )
    assert cells(shootout) == [
        ["Italy", "1–1 (a.e.t.)", "France"],
        ["", "Report", ""],
        ["Penalties"],
        ["Pirlo ✓", "5–3", "Trezeguet"],
        ["Olympiastadion, Berlin"],
    ]
    assert shootout.rows[3].cells[1].header
    assert links(shootout.rows[2]) == ["Penalty shoot-out (association football)"]


def test_football_box_without_teams_stays_unrendered() -> None:
    document = read("{{Football box|date=1 May 2030|team1=Raith Rovers}}", today=TODAY)
    assert not [node for node in iter_nodes(document) if isinstance(node, Table)]
