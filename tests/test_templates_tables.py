"""Templates that render tables: the exact cells of weather boxes, population tables,
track listings and medal tables, as Wikipedia shows them."""

from __future__ import annotations

from datetime import date

import pytest

from wikiconv.ast import Document, LineBreak, Link, Paragraph, Table, TemplateBlock
from wikiconv.readers.wikitext import read
from wikiconv.templates import default_registry
from wikiconv.walk import iter_nodes, plain_text

from conftest import CORPUS

TODAY = date(2025, 1, 1)
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
NBSP = "\u00a0"


def table_of(source: str) -> Table:
    document = read(source, today=TODAY)
    blocks = [node for node in iter_nodes(document) if isinstance(node, TemplateBlock)]
    assert len(blocks) == 1, document.blocks
    tables = [block for block in blocks[0].blocks if isinstance(block, Table)]
    assert len(tables) == 1
    return tables[0]


def cells(table: Table) -> list[list[str]]:
    return [
        [plain_text(cell).replace(NBSP, " ").strip() for cell in row.cells] for row in table.rows
    ]


def months(key: str, values: str, year: str | None = None) -> str:
    params = "".join(f"|{m} {key} = {v}\n" for m, v in zip(MONTHS, values.split(), strict=True))
    return params + (f"|year {key} = {year}\n" if year is not None else "")


def test_the_table_templates_are_registered() -> None:
    names = set(default_registry().block_names())
    assert {
        "Weather box", "US Census population", "Historical populations", "Track listing",
        "Tracklist", "MedalTableTop", "MedalGold", "MedalBottom",
    } <= names  # fmt: skip


# -------------------------------------------------------------------------- weather

# The figures of a weather box as Wikipedia showed it (Chur, 1981-2010): two lines a
# cell, the converted value in brackets under the given one.
CHUR = (
    "{{Weather box\n|location = Chur (1981-2010)\n"
    + months("high C", "4.8 6.4 11.2 15.1 20.0 22.7 24.9 24.1 20.0 16.1 9.5 5.3")
    + months("precipitation mm", "51 47 55 49 71 93 109 112 81 56 70 55")
    + months("snow cm", "34.0 24.7 10.3 1.5 0.4 0.0 0.0 0.0 0.1 0.1 10.0 20.6")
    + months("precipitation days", "7.3 6.6 8.1 7.5 9.9 11.2 11.0 11.2 8.4 7.0 8.5 7.9")
    + "|unit precipitation days = 1.0 mm\n"
    + months("humidity", "73 70 65 63 64 67 68 71 73 73 74 75")
    + months("sun", "97 112 139 147 169 177 203 185 155 135 93 81", year="1692")
    + "|source 1 = MeteoSwiss\n}}"
)


def test_weather_box_rows_years_and_conversions() -> None:
    table = table_of(CHUR)
    assert plain_text(table.caption) == "Climate data for Chur (1981-2010)"
    assert cells(table) == [
        ["Month", *MONTHS, "Year"],
        ["Mean daily maximum °C (°F)", "4.8 (40.6)", "6.4 (43.5)", "11.2 (52.2)",
         "15.1 (59.2)", "20.0 (68.0)", "22.7 (72.9)", "24.9 (76.8)", "24.1 (75.4)",
         "20.0 (68.0)", "16.1 (61.0)", "9.5 (49.1)", "5.3 (41.5)", "15.0 (59.0)"],
        ["Average precipitation mm (inches)", "51 (2.0)", "47 (1.9)", "55 (2.2)", "49 (1.9)",
         "71 (2.8)", "93 (3.7)", "109 (4.3)", "112 (4.4)", "81 (3.2)", "56 (2.2)", "70 (2.8)",
         "55 (2.2)", "849 (33.4)"],
        ["Average snowfall cm (inches)", "34.0 (13.4)", "24.7 (9.7)", "10.3 (4.1)",
         "1.5 (0.6)", "0.4 (0.2)", "0.0 (0.0)", "0.0 (0.0)", "0.0 (0.0)", "0.1 (0.0)",
         "0.1 (0.0)", "10.0 (3.9)", "20.6 (8.1)", "101.7 (40.0)"],
        ["Average precipitation days (≥ 1.0 mm)", "7.3", "6.6", "8.1", "7.5", "9.9", "11.2",
         "11.0", "11.2", "8.4", "7.0", "8.5", "7.9", "104.6"],
        ["Average relative humidity (%)", "73", "70", "65", "63", "64", "67", "68", "71", "73",
         "73", "74", "75", "70"],
        ["Mean monthly sunshine hours", "97", "112", "139", "147", "169", "177", "203", "185",
         "155", "135", "93", "81", "1,692"],
        ["Source: MeteoSwiss"],
    ]  # fmt: skip
    # Without "single line", the converted value is on the cell's second line.
    first = table.rows[1].cells[1]
    assert any(isinstance(node, LineBreak) for node in iter_nodes(first))
    assert table.rows[1].cells[0].header
    assert table.rows[-1].cells[0].colspan == 14


def test_weather_box_in_fahrenheit_and_inches_single_line() -> None:
    source = (
        "{{Weather box|single line = Y|location = Somewhere\n"
        + months("record high F", "70 75 83 89 96 103 104 105 101 91 77 70")
        + months("record low F", "-16 -16 -0 13 18 25 33 24 20 8 1 -16")
        + months(
            "precipitation inch", "4.98 5.21 3.86 1.66 0.86 0.15 0.01 0.06 0.24 1.37 3.30 5.04"
        )
        + months("snow inch", "11.5 9.0 4.0 1.0 0 0 0 0 0 0 2.0 8.5")
        + "|source 1 = One\n|source 2 = Two\n}}"
    )
    rows = cells(table_of(source))
    assert rows[1][:4] == ["Record high °F (°C)", "70 (21)", "75 (24)", "83 (28)"]
    assert rows[1][-1] == "105 (41)"
    assert rows[2][:4] == ["Record low °F (°C)", "−16 (−27)", "−16 (−27)", "−0 (−18)"]
    assert rows[2][-1] == "−16 (−27)"
    # Inches to millimetres with one decimal fewer; the year is the months' sum.
    assert rows[3][:3] == ["Average precipitation inches (mm)", "4.98 (126.5)", "5.21 (132.3)"]
    assert rows[3][-1] == "26.74 (679.2)"
    # Snow in inches is converted to centimetres.
    assert rows[4][:2] == ["Average snowfall inches (cm)", "11.5 (29.2)"]
    assert rows[-2:] == [["Source 1: One"], ["Source 2: Two"]]


def test_weather_box_metric_first_shows_the_converted_value_first() -> None:
    source = (
        "{{Weather box|metric first=yes|single line=yes\n"
        + months("high F", "32 41 50 59 68 77 86 95 104 113 122 131", year="80")
        + "}}"
    )
    rows = cells(table_of(source))
    assert rows[1][:3] == ["Mean daily maximum °C (°F)", "0 (32)", "5 (41)"]
    assert rows[1][-1] == "27 (80)"


def test_weather_box_keeps_given_conversions_and_text() -> None:
    source = (
        "{{Weather box|single line=yes\n"
        + months("record high C", "12.8 15.0 25.8 30.0 33.8 35.0 35.6 37.6 33.5 28.3 21.7 18.0")
        + months("record high F", "55 59 78.4 86 92.8 95 96.1 99.7 92.3 82.9 71.1 64.4")
        + months("rain days", "trace 1 2 3 4 5 6 7 8 9 10 11")
        + "}}"
    )
    rows = cells(table_of(source))
    assert rows[1][:3] == ["Record high °C (°F)", "12.8 (55)", "15.0 (59)"]
    assert rows[1][-1] == "37.6 (99.7)"
    # A value that is no number is shown as written, and leaves the year blank.
    assert rows[2] == ["Average rainy days", "trace", *map(str, range(1, 12)), ""]


def test_weather_box_without_data_stays_unrendered() -> None:
    document = read("{{Weather box|location=Nowhere}}", today=TODAY)
    assert isinstance(document.blocks[0], Paragraph)


# ----------------------------------------------------------------------- population


def test_us_census_population() -> None:
    table = table_of(
        "{{US Census population\n|1880=2684\n|1890=3179\n|1900=4241|1900n=[[x|note]]\n"
        "|1910=5421\n|1930=7417\n|estyear=2016\n|estimate=10198\n|estref=(estimate)\n"
        "|footnote=U.S. Decennial Census\n}}"
    )
    assert plain_text(table.caption) == "Historical population"
    assert cells(table) == [
        ["Census", "Pop.", "Note", "%±"],
        ["1880", "2,684", "", "—"],
        ["1890", "3,179", "", "18.4%"],
        ["1900", "4,241", "note", "33.4%"],
        ["1910", "5,421", "", "27.8%"],
        ["1930", "7,417", "", "—"],
        ["Est. 2016", "10,198", "(estimate)", "37.5%"],
        ["U.S. Decennial Census"],
    ]
    year = table.rows[1].cells[0]
    assert year.header
    assert [node.target for node in iter_nodes(year) if isinstance(node, Link)] == [
        "1880 United States census"
    ]


def test_us_census_population_shows_a_decrease_with_a_minus_sign() -> None:
    rows = cells(table_of("{{US Census population|1950=8740|1960=8818|1970=8334|title=Town}}"))
    assert rows[1:] == [["1950", "8,740", "", "—"], ["1960", "8,818", "", "0.9%"],
                        ["1970", "8,334", "", "−5.5%"]]  # fmt: skip


def test_us_census_population_without_counts_shows_its_frame() -> None:
    rows = cells(table_of("{{US Census population\n|footnote=U.S. Decennial Census\n}}"))
    assert rows == [["Census", "Pop.", "Note", "%±"], ["U.S. Decennial Census"]]


def test_historical_populations() -> None:
    table = table_of(
        "{{Historical populations\n|align = right\n|footnote = As counted.\n"
        "|1790|68825\n|1800|69122\n|[[1810 census|1810]]|76931\n|1820|83059\n|1830|70000\n}}"
    )
    assert plain_text(table.caption) == "Historical population"
    assert cells(table) == [
        ["Year", "Pop.", "±%"],
        ["1790", "68,825", "—"],
        ["1800", "69,122", "+0.4%"],
        ["1810", "76,931", "+11.3%"],
        ["1820", "83,059", "+8.0%"],
        ["1830", "70,000", "−15.7%"],
        ["As counted."],
    ]


def test_historical_populations_options() -> None:
    rows = cells(table_of(
        "{{Historical populations|percentages=off|year_name=Census|pop_name=People"
        "|source=Statistics office|2001|1200|2011|1000}}"
    ))  # fmt: skip
    assert rows == [["Census", "People"], ["2001", "1,200"], ["2011", "1,000"],
                    ["Source: Statistics office"]]  # fmt: skip


def test_annual_growth_rates_are_not_guessed() -> None:
    document = read("{{Historical populations|percentages=pagr|2001|1200|2011|1000}}")
    assert isinstance(document.blocks[0], Paragraph)


# ---------------------------------------------------------------------------- music


def test_track_listing() -> None:
    table = table_of(
        "{{Track listing\n| headline = Side one\n| total_length = 10:47\n"
        "| title1 = Opening Song\n| note1 = Demo\n| writer1 = A. Writer\n| length1 = 2:33\n"
        "| title2 = [[A Linked Song]]\n| writer2 = B. Writer\n| length2 = 4:00\n"
        "| note3 = instrumental\n| length3 = 4:14\n}}"
    )
    assert plain_text(table.caption) == "Side one"
    assert cells(table) == [
        ["No.", "Title", "Writer(s)", "Length"],
        ["1.", '"Opening Song" (Demo)', "A. Writer", "2:33"],
        ["2.", '"A Linked Song"', "B. Writer", "4:00"],
        ["3.", "Untitled (instrumental)", "", "4:14"],
        ["Total length:", "10:47"],
    ]
    assert table.rows[-1].cells[0].colspan == 3


def test_track_listing_total_length_auto_and_credits() -> None:
    document = read(
        "{{Tracklist|all_writing=[[Someone]]|total_length=auto|extra_column=Producer"
        "|title1=One|extra1=P|length1=59:30|title2=Two|length2=1:02}}",
        today=TODAY,
    )
    block = document.blocks[0]
    assert isinstance(block, TemplateBlock)
    intro, table = block.blocks
    assert plain_text(intro) == "All tracks are written by Someone."
    assert isinstance(table, Table)
    assert cells(table) == [
        ["No.", "Title", "Producer", "Length"],
        ["1.", '"One"', "P", "59:30"],
        ["2.", '"Two"', "", "1:02"],
        ["Total length:", "1:00:32"],
    ]


# --------------------------------------------------------------------------- medals

MEDALS = """{{MedalTableTop}}
{{MedalSport|Men's [[athletics]]}}
{{MedalCountry|{{USA}}}}
{{MedalCompetition|[[Summer Olympic Games|Olympic Games]]}}
{{MedalGold|[[1996 Summer Olympics|1996 Atlanta]]|200 m}}
{{MedalSilver|1992 Barcelona|400 m}}
{{MedalBronze|1988 Seoul|4 × 100 m relay}}
{{MedalBottom}}"""


def test_medal_table_rows_make_one_table() -> None:
    document = read("Intro.\n" + MEDALS + "\nAfter.", today=TODAY)
    kinds = [type(block).__name__ for block in document.blocks]
    assert kinds == ["Paragraph", "TemplateBlock", "Paragraph"]
    block = document.blocks[1]
    assert isinstance(block, TemplateBlock) and len(block.calls) == 8
    table = block.blocks[0]
    assert isinstance(table, Table)
    assert plain_text(table.caption) == "Medal record"
    assert cells(table) == [
        ["Men's athletics"],
        ["Representing United States"],
        ["Olympic Games"],
        ["Gold medal – first place", "1996 Atlanta", "200 m"],
        ["Silver medal – second place", "1992 Barcelona", "400 m"],
        ["Bronze medal – third place", "1988 Seoul", "4 × 100 m relay"],
    ]
    assert table.rows[0].cells[0].header and table.rows[0].cells[0].colspan == 3


# ---------------------------------------------------------------- the corpus articles

corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the corpus is not at {CORPUS}")


def corpus_tables(name: str) -> list[Table]:
    document: Document = read((CORPUS / name).read_text(encoding="utf-8"), today=TODAY)
    return [
        table
        for block in iter_nodes(document)
        if isinstance(block, TemplateBlock)
        for table in block.blocks
        if isinstance(table, Table)
    ]


@corpus
def test_corpus_weather_box_in_fahrenheit() -> None:
    weather, census = corpus_tables("Dollar-Point,-California.wikitext")
    rows = cells(weather)
    assert plain_text(weather.caption) == "Climate data for Dollar Point, California"
    assert [row[0] for row in rows[1:]] == [
        "Record high °F (°C)", "Mean daily maximum °F (°C)", "Daily mean °F (°C)",
        "Mean daily minimum °F (°C)", "Record low °F (°C)",
        "Average precipitation inches (mm)", "Average snowfall inches (cm)",
        "Source: http://www.myforecast.com/bin/climate.m?city=11678&metric=false",
    ]  # fmt: skip
    assert rows[1][1:4] == ["70 (21)", "75 (24)", "83 (28)"]
    assert rows[1][-1] == "105 (41)"  # the highest of the months
    assert rows[2][-1] == "67 (19)"  # the mean of the months, 66.9
    assert rows[6][1] == "1.00 (25.4)"
    assert rows[6][-1] == "0.59 (15.0)"  # as given
    assert cells(census) == [["Census", "Pop.", "Note", "%±"], ["U.S. Decennial Census"]]


@corpus
def test_corpus_track_listing() -> None:
    (table,) = corpus_tables("Tour-EP-(Band-of-Horses-EP).wikitext")
    rows = cells(table)
    assert rows[0] == ["No.", "Title", "Length"]
    assert rows[1] == ["1.", '"Savannah (Part One)" (Demo)', "2:33"]
    assert rows[4] == ["4.", '"The Great Salt Lake" (Live)', "4:50"]
    assert len(rows) == 7
