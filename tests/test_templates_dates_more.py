"""More date templates on calls from real articles (Apollo 11, Actrius): ages as of a
fixed day, dates as written, film release dates, Old Style dates."""

from __future__ import annotations

from datetime import date

import pytest

import wikiconv.templates.dates_more  # noqa: F401  (registers the handlers)
from wikiconv.ast import LineBreak, Link, Template, Text
from wikiconv.readers.wikitext import read
from wikiconv.walk import iter_nodes, plain_text

NBSP = "\u00a0"
TODAY = date(2025, 1, 1)


def shown(source: str) -> str:
    document = read(source, today=TODAY)
    return plain_text(document.blocks[0]).replace(NBSP, " ").strip() if document.blocks else ""


def rendering(source: str) -> tuple[object, ...] | None:
    found = [n for n in iter_nodes(read(source, today=TODAY)) if isinstance(n, Template)]
    return found[0].rendered


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # Ages: whole years to the reading day, 1 January 2025.
        ("landed on July 20, 1969 ({{age|1969|07|20}} years ago)",
         "landed on July 20, 1969 (55 years ago)"),
        ("{{age|1952|9|9}}", "72"),
        ("{{age|1952|1|1}}", "73"),
        ("{{age|1952|1|2}}", "72"),
        ("{{age|1879|3|14|1955|4|18}}", "76"),
        ("{{age|1879|March|14|1955|April|18}}", "76"),
        ("{{age in years and days|1969|7|20}}", "55 years, 165 days"),
        ("{{age in years and days|2024|1|1}}", "1 year, 0 days"),
        ("{{age in years and days|1969|7|16|1969|7|24}}", "0 years, 8 days"),
        ("{{age in days|1969|7|20}}", "20,254"),
        # Dates as written, with their second value shown when given.
        ("{{start-date|July 16, 1969, 13:32:00|timezone=yes}}&nbsp;UTC",
         "July 16, 1969, 13:32:00 UTC"),
        ("{{end-date|July 24, 1969, 16:50:35|timezone=yes}}&nbsp;UTC",
         "July 24, 1969, 16:50:35 UTC"),
        ("{{start date text|7 December 1941}}", "7 December 1941"),
        ("{{start-date|1969|7|16}}", "July 16, 1969"),
        ("{{birth date text|9 June 1672|{{OldStyleDate|9 June|1672|30 May}}}}",
         "9 June [O.S. 30 May] 1672"),
        # Film release dates: month first unless df, the place in brackets.
        ("{{film date|df=yes|1997|1|17|[[Spain]]}}", "17 January 1997 (Spain)"),
        ("{{film date|1997|1|17|Spain}}", "January 17, 1997 (Spain)"),
        ("{{film date|2003|12|17|Premiere|2003|12|19|United States}}",
         "December 17, 2003 (Premiere) December 19, 2003 (United States)"),
        ("{{film date|1997|5}}", "May 1997"),
        ("{{film date|1997}}", "1997"),
        ("{{OldStyleDate|22 February|1732|11 February}}", "22 February [O.S. 11 February] 1732"),
        ("{{OldStyleDate|10 January|1701|30 December|1700}}",
         "10 January 1701 [O.S. 30 December 1700]"),
        # Time ago: the largest unit of which two have passed.
        ("{{time ago|2010-01-01}}", "15 years ago"),
        ("{{time ago|1 June 2024}}", "7 months ago"),
        ("{{time ago|2024-12-01}}", "4 weeks ago"),
        ("{{time ago|2024-12-25}}", "7 days ago"),
        ("{{time ago|2010-01-01|magnitude=months}}", "180 months ago"),
    ],
)  # fmt: skip
def test_rendered_text(source: str, expected: str) -> None:
    assert shown(source) == expected


def test_film_dates_one_a_line_with_linked_places() -> None:
    assert rendering("{{film date|1997|1|17|[[Spain]]|1998|2|3|[[France]]}}") == (
        Text("January 17, 1997"), Text(" ("), Link("Spain"), Text(")"), LineBreak(),
        Text("February 3, 1998"), Text(" ("), Link("France"), Text(")"),
    )  # fmt: skip


def test_old_style_is_linked() -> None:
    assert rendering("{{OldStyleDate|9 June|1672|30 May}}") == (
        Text("9 June ["), Link("Old Style and New Style dates", (Text("O.S."),)),
        Text(" 30 May] 1672"),
    )  # fmt: skip


def test_the_date_as_written_keeps_its_markup() -> None:
    assert rendering("{{end-date|[[July 24]], 1969}}") == (Link("July 24"), Text(", 1969"))


@pytest.mark.parametrize(
    "source",
    [
        "{{age|1969}}",  # no whole date
        "{{age|1969|13|1}}",
        "{{age|2030|1|1}}",  # a date to come
        "{{age in years and days|2000|2|29|2022|6|1}}",  # no 29 February in 2022
        "{{film date|next year}}",
        "{{film date|1997|Smarch|1}}",
        "{{time ago|2030-01-01}}",
        "{{time ago|yesterday}}",
        "{{time ago|2024-12-31}}",  # under two days: hours, which a date cannot tell
        "{{OldStyleDate|9 June|1672}}",
        "{{start-date}}",
    ],
)
def test_calls_that_stay_unrendered(source: str) -> None:
    assert rendering(f"Text {source} text") is None
