"""Music and TV tables: review boxes, star ratings, certification tables, episode
tables, and the chart rows that stay unrendered until the reader can place them."""

from __future__ import annotations

from datetime import date

from wikiconv import render
from wikiconv.ast import Paragraph, Reference, Table, Template, TemplateBlock
from wikiconv.readers.wikitext import read
from wikiconv.templates import default_registry
from wikiconv.templates.registry import HandlerContext, TemplateCall
from wikiconv.templates.tables_music_charts import chart_cells, chart_name
from wikiconv.walk import iter_nodes, plain_text, source_nodes

TODAY = date(2025, 1, 1)


def table_of(source: str) -> Table:
    document = read(source, today=TODAY)
    blocks = [node for node in iter_nodes(document) if isinstance(node, TemplateBlock)]
    assert len(blocks) == 1, document.blocks
    tables = [block for block in blocks[0].blocks if isinstance(block, Table)]
    assert len(tables) == 1
    return tables[0]


def cells(table: Table) -> list[list[str]]:
    return [[plain_text(cell).strip() for cell in row.cells] for row in table.rows]


def inline(source: str) -> str:
    return plain_text(read(source, today=TODAY)).strip()


def call_of(source: str) -> TemplateCall:
    document = read(source, today=TODAY)
    found = [node for node in iter_nodes(document) if isinstance(node, Template)]
    return TemplateCall(found[0])


def test_the_music_tables_are_registered() -> None:
    names = set(default_registry().block_names())
    assert {
        "Music ratings", "Album ratings", "Album reviews", "Certification Table Top",
        "Certification Table Entry", "Certification Table Bottom", "Episode table",
    } <= names  # fmt: skip
    assert "Rating" in default_registry()
    assert default_registry().lookup_row("Singlechart") is not None


# --------------------------------------------------------------------------- ratings


def test_rating_gives_the_stars_alt_text() -> None:
    assert inline("A {{Rating|4|5}} review.") == "A 4/5 stars review."
    assert inline("{{Rating|3.5|6}}") == "3.5/6 stars"
    assert inline("{{rating|3}}") == "3 stars"
    assert inline("{{Rating|3|5|score=3/5 stars in a 0–5 star scale}}") == (
        "3/5 stars in a 0–5 star scale"
    )


def test_rating_without_a_number_stays_unrendered() -> None:
    document = read("{{Rating|good|5}}", today=TODAY)
    call = next(node for node in iter_nodes(document) if isinstance(node, Template))
    assert call.rendered is None


# A review box as album articles write it (Blue Train, 1958).
ALBUM_RATINGS = """{{Album ratings
| rev1 = [[AllMusic]]
| rev1Score = {{Rating|5|5}}
|rev2      = ''[[The Penguin Guide to Jazz]]''
|rev2score = {{Rating|4|4}}
|rev3 = ''[[The Rolling Stone Jazz Record Guide]]''
| rev3Score = {{rating|5|5}}
}}"""


def test_album_ratings_is_a_review_table() -> None:
    table = table_of(ALBUM_RATINGS)
    assert plain_text(table.caption) == "Professional ratings"
    assert cells(table) == [
        ["Review scores"],
        ["Source", "Rating"],
        ["AllMusic", "5/5 stars"],
        ["The Penguin Guide to Jazz", "4/4 stars"],
        ["The Rolling Stone Jazz Record Guide", "5/5 stars"],
    ]
    assert table.rows[0].cells[0].colspan == 2
    assert [cell.header for cell in table.rows[1].cells] == [True, True]


def test_music_ratings_aggregates_come_first() -> None:
    table = table_of(
        "{{Music ratings\n|title=Reviews\n|MC=76/100\n|rev1=''[[Rolling Stone]]''"
        "\n|rev1score=9/10\n|aggregate1=[[Album of the Year]]\n|aggregate1score=77/100\n}}"
    )
    assert plain_text(table.caption) == "Reviews"
    assert cells(table) == [
        ["Aggregate scores"],
        ["Source", "Rating"],
        ["Metacritic", "76/100"],
        ["Album of the Year", "77/100"],
        ["Review scores"],
        ["Source", "Rating"],
        ["Rolling Stone", "9/10"],
    ]


def test_music_ratings_with_awards_or_nothing_stays_a_call() -> None:
    for source in ("{{Album ratings}}", "{{Album ratings|rev1=X|rev1Score=1|award1=Y}}"):
        document = read(source, today=TODAY)
        assert isinstance(document.blocks[0], Paragraph)


# -------------------------------------------------------------------- certifications

CERTIFICATIONS = (
    "{{certification Table Top}}\n"
    "{{certification Table Entry|region=Australia|type=single|title=All Around the World"
    "|artist=Lisa Stansfield|award=Gold|relyear=1989|certyear=1990}}\n"
    "{{certification Table Entry|region=United Kingdom|type=single|award=Platinum|number=2"
    "|salesamount=1,200,000}}\n"
    "{{certification Table Entry|region=United States|type=single|award=Platinum"
    "|relyear=1990|certyear=1990}}\n"
    "{{certification Table Bottom}}"
)


def test_certification_table() -> None:
    table = table_of(CERTIFICATIONS)
    assert cells(table) == [
        ["Region", "Certification", "Certified units/sales"],
        ["Australia (ARIA)", "Gold", ""],
        ["United Kingdom (BPI)", "2\u00d7 Platinum", "1,200,000"],
        ["United States (RIAA)", "Platinum", ""],
    ]
    assert table.caption == ()


def test_certification_table_two_columns_and_caption() -> None:
    table = table_of(
        "{{Certification Table Top|format=2col|caption=Certifications for ''X''}}\n"
        "{{Certification Table Entry|region=Japan|award=Gold|number=3}}\n"
        "{{Certification Table Bottom}}"
    )
    assert plain_text(table.caption) == "Certifications for X"
    assert cells(table) == [["Region", "Certification"], ["Japan (RIAJ)", "3\u00d7 Gold"]]


def test_certification_table_with_an_unknown_region_stays_calls() -> None:
    document = read(
        "{{Certification Table Top}}\n{{Certification Table Entry|region=Atlantis|award=Gold}}"
        "\n{{Certification Table Bottom}}",
        today=TODAY,
    )
    assert not any(isinstance(node, TemplateBlock) for node in iter_nodes(document))


# -------------------------------------------------------------------------- episodes

EPISODES = """{{Episode table |background=#0000FF |overall=5 |season=5 |title=25
 |directed=15 |written=22 |airdate=15 |viewers=8 |viewersR=<ref>Ratings.</ref>
|episodes=
{{Episode list
 |EpisodeNumber   = 1
 |EpisodeNumber2  = 1
 |Title           = Pilot
 |DirectedBy      = Jane Doe
 |WrittenBy       = John Roe
 |OriginalAirDate = {{Start date|2010|9|20}}
 |Viewers         = 10.2
 |ShortSummary    = The crew meets.
 |LineColor       = 0000FF
}}
{{Episode list
 |EpisodeNumber   = 2
 |EpisodeNumber2  = 2
 |Title           = Second
 |RTitle          = <ref>Note.</ref>
 |DirectedBy      = Jane Doe
 |WrittenBy       = Ann Poe
 |OriginalAirDate = {{Start date|2010|9|27}}
 |Viewers         = 9.8
}}
}}"""


def test_episode_table_rows_and_summaries() -> None:
    table = table_of(EPISODES)
    assert cells(table) == [
        ["No. overall", "No. in season", "Title", "Directed by", "Written by",
         "Original air date", "U.S. viewers (millions)"],
        ["1", "1", '"Pilot"', "Jane Doe", "John Roe", "September 20, 2010", "10.2"],
        ["The crew meets."],
        ["2", "2", '"Second"', "Jane Doe", "Ann Poe", "September 27, 2010", "9.8"],
    ]  # fmt: skip
    assert table.rows[2].cells[0].colspan == 7
    assert table.rows[1].cells[0].header
    # The references after a header (viewersR) and a title (RTitle) are kept.
    assert any(isinstance(node, Reference) for node in iter_nodes(table.rows[0].cells[6]))
    assert any(isinstance(node, Reference) for node in iter_nodes(table.rows[3].cells[2]))


def test_episode_table_headers_follow_the_parameters() -> None:
    table = table_of(
        "{{Episode table|overall=|title=|airdate=|released=y|titleT=Name"
        "|episodes={{Episode list|EpisodeNumber=1|Title=A|OriginalAirDate=May 1, 2020}}}}"
    )
    assert cells(table) == [["No.", "Name", "Original release date"], ["1", '"A"', "May 1, 2020"]]
    table = table_of("{{Episode table|series=|viewers=|country=UK|episodes=}}")
    assert cells(table) == [["No. in series", "UK viewers (millions)"]]


def test_episode_table_with_alternative_titles_stays_a_call() -> None:
    document = read(
        "{{Episode table|overall=|title=|episodes={{Episode list|EpisodeNumber=1|Title=A"
        "|TranslitTitle=Ei}}}}",
        today=TODAY,
    )
    assert isinstance(document.blocks[0], Paragraph)


# ------------------------------------------------------------------------ chart rows

CHARTS = """{| class="wikitable"
!Chart (1989)
!Peak<br />position
|-
{{singlechart|UK|5|artist=A|song=B}}
|-
{{singlechart|Billboardhot100|3|artist=A}}
|}"""


def test_chart_rows_are_rows_of_their_table() -> None:
    document = read(CHARTS, today=TODAY)
    table = next(node for node in iter_nodes(document) if isinstance(node, Table))
    assert [[plain_text(cell) for cell in row.cells] for row in table.rows] == [
        ["Chart (1989)", "Peak position"],
        ["UK Singles (OCC)", "5"],
        ["US Billboard Hot 100", "3"],
    ]
    assert [row.template.name if row.template else None for row in table.rows] == [
        None, "singlechart", "singlechart"
    ]  # fmt: skip
    # The calls render as nothing inline: their output is the row.
    calls = [node for node in source_nodes(document) if isinstance(node, Template)]
    assert [call.rendered for call in calls] == [(), ()]
    # The wikitext writer writes the calls back, each on its line between "|-" lines.
    expected = CHARTS.replace("!C", "! C").replace("!P", "! P")
    assert render(document, "wikitext") == expected + "\n"


def test_a_chart_row_the_handler_cannot_render_is_a_cell_with_the_call() -> None:
    source = '{| class="wikitable"\n!Chart\n!Peak\n|-\n{{singlechart|Atlantis|1}}\n|}'
    table = next(node for node in iter_nodes(read(source, today=TODAY)) if isinstance(node, Table))
    last = table.rows[-1]
    assert last.template is None
    assert [type(node).__name__ for node in iter_nodes(last.cells[0])] == [
        "Cell", "Plain", "Template", "TemplateParam", "Text", "TemplateParam", "Text"
    ]  # fmt: skip


def test_a_lone_call_without_a_row_handler_inside_a_table_stays_out_of_its_rows() -> None:
    source = '{| class="wikitable"\n!Chart\n|-\n{{Unknown row|1}}\n|}'
    document = read(source, today=TODAY)
    assert isinstance(document.blocks[0], Paragraph)  # moved in front (foster parenting)
    table = next(node for node in iter_nodes(document) if isinstance(node, Table))
    assert all(row.template is None for row in table.rows)


def test_chart_cells_name_the_chart() -> None:
    found = chart_cells(call_of("{{singlechart|UK|5|artist=A|song=B}}"), HandlerContext())
    assert found is not None
    assert [plain_text(cell) for cell in found] == ["UK Singles (OCC)", "5"]
    assert found[0].header
    assert chart_name(call_of("{{Single chart|Billboardhot100|3}}")) == "US Billboard Hot 100"
    assert chart_name(call_of("{{singlechart|Flanders|1}}")) == "Belgium (Ultratop 50 Flanders)"
    assert chart_name(call_of("{{Album chart|Billboard200|1}}")) == "US Billboard 200"
    assert chart_name(call_of("{{Albumchart|UK2|1}}")) == "UK Albums (OCC)"
    assert chart_cells(call_of("{{singlechart|Atlantis|1}}"), HandlerContext()) is None


EPISODE_ROWS = """{| class="wikitable"
! No. !! Title !! Directed by !! Original air date
{{Episode list
 |EpisodeNumber=1
 |Title=Pilot
 |DirectedBy=Jane Doe
 |OriginalAirDate={{Start date|2001|1|1}}
}}
{{Episode list|EpisodeNumber=2|Title=Second|DirectedBy=John Roe|OriginalAirDate=2001
|ShortSummary=Things happen.}}
|}"""


def test_episode_list_calls_inside_a_wikitable_are_its_rows() -> None:
    document = read(EPISODE_ROWS, today=TODAY)
    table = next(node for node in iter_nodes(document) if isinstance(node, Table))
    assert [[plain_text(cell) for cell in row.cells] for row in table.rows] == [
        ["No.", "Title", "Directed by", "Original air date"],
        ["1", '"Pilot"', "Jane Doe", "January 1, 2001"],
        ["2", '"Second"', "John Roe", "2001"],
    ]
    assert table.rows[1].cells[0].header  # the episode number heads its row
    # A summary would be a row of its own: it is left out, and said so.
    assert [(d.code, d.message) for d in document.diagnostics] == [
        ("row-summary-dropped", "the summary of episode 2 is left out")
    ]
    assert render(document, "wikitext").count("{{Episode list") == 2
