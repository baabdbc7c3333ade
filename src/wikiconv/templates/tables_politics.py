"""Election results and match summaries: the election box group and ``Football box``.

**Election boxes** are a block group: ``{{Election box begin|title=…}}`` opens the
table, each row template on the lines after it adds a row, ``{{Election box end}}``
closes it (a run without its end call, cut short by a row template not known here,
stays unrendered rather than show part of the results). The table is captioned with
the begin call's ``title``; its header is "Party", "Candidate", "Votes", "%", "±%"
(``Election box begin no change`` has no "±%", ``Election box begin no party`` no
"Party"). The party colour cell the page draws before each row is left out. The rows:

- a candidate: the party, the candidate, votes, percentage and change as written;
  ``… with party link`` links the party's article (the ``party`` value) and shows its
  short name. On the wiki the short name comes from the party's ``/meta/shortname``
  template, which the call does not hold: the common ones are listed here
  (:data:`PARTY_SHORT_NAMES`); any other party shows its article's name without a
  bracketed qualifier ("Labour Party (Norway)" shows "Labour Party").
- "Majority", "Turnout", "Rejected ballots": votes, percentage, change; "Registered
  electors": the number and the change.
- "X gain from Y" and "X hold", then "Swing" and the swing.

A change or swing written with a hyphen-minus ("-8.2") is shown with a minus sign.

**Football box**: a match summary, as a table of three columns captioned with the
date, time and round (a line each, as in the box's left column): the teams and the
score ("v" before the match; "(a.e.t.)" after it with ``aet``); the scorers and the
report link under them (a bare address is shown as "Report"); a penalty shoot-out
when ``penaltyscore`` is given; then the box's right column in a row of its own: the
stadium (", " and the ``location``), "Attendance: …" and "Referee: …", a line each.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from wikiconv.ast import Cell, ExternalLink, Inline, LineBreak, Link, Row, Table, Text
from wikiconv.templates.registry import (
    BlockOutput,
    HandlerContext,
    TemplateCall,
    block_group,
    block_handler,
    normalise_name,
)
from wikiconv.templates.tables_common import MINUS, cell, head, row

__all__ = ["PARTY_SHORT_NAMES"]

# ----------------------------------------------------------------------- election box

PARTY_SHORT_NAMES = {
    "Conservative Party (UK)": "Conservative",
    "Labour Party (UK)": "Labour",
    "Liberal Democrats (UK)": "Liberal Democrats",
    "Liberal Party (UK)": "Liberal",
    "Scottish National Party": "SNP",
    "Plaid Cymru": "Plaid Cymru",
    "Green Party of England and Wales": "Green",
    "UK Independence Party": "UKIP",
    "Brexit Party": "Brexit Party",
    "Reform UK": "Reform UK",
    "Independent politician": "Independent",
    "Democratic Party (United States)": "Democratic",
    "Republican Party (United States)": "Republican",
}
"""Short names the wiki's ``…/meta/shortname`` templates give the commonest parties."""

_BEGIN = {
    # name: (party column, change column)
    "Election box begin": (True, True),
    "Election box begin no change": (True, False),
    "Election box begin no party": (False, True),
}
_CANDIDATES = {
    # name: whether the party value is an article to link
    "Election box candidate": False,
    "Election box candidate no party link": False,
    "Election box candidate with party link": True,
    "Election box winning candidate with party link": True,
}
_TOTALS = {
    "Election box majority": "Majority",
    "Election box turnout": "Turnout",
    "Election box rejected": "Rejected ballots",
}
_OTHER_ROWS = (
    "Election box registered electors",
    "Election box gain with party link",
    "Election box hold with party link",
)
_QUALIFIER = re.compile(r"\s*\([^()]*\)$")
_HYPHENATED = re.compile(r"-(?=\d|\.\d)")


@block_group(
    start=tuple(_BEGIN),
    end=("Election box end",),
    rows=(*_CANDIDATES, *_TOTALS, *_OTHER_ROWS),
)
def election_box(calls: Sequence[TemplateCall], ctx: HandlerContext) -> BlockOutput:
    """One election's results: a row per candidate, then the totals and the result."""
    begin = calls[0]
    if len(calls) < 2 or normalise_name(calls[-1].name) != "Election box end":
        # Cut short by a row template not known here: the rows shown would be a part.
        return None
    party, change = _BEGIN[normalise_name(begin.name)]
    width = 5 if party and change else 4
    header = [head("Candidate"), head("Votes"), head("%")]
    if party:
        header.insert(0, head("Party"))
    if change:
        header.append(head("\u00b1%"))
    rows = [row(*header)]
    label_span = 2 if party else 1
    for call in calls[1:]:
        name = normalise_name(call.name)
        cells: list[Cell] = []
        if name in _CANDIDATES:
            if party:
                cells.append(cell(_party(call.arg("party"), linked=_CANDIDATES[name])))
            cells.extend(cell(call.arg(key)) for key in ("candidate", "votes", "percentage"))
            cells.append(cell(_signed(call.arg("change"))))
        elif name in _TOTALS:
            cells = [head(_TOTALS[name], colspan=label_span)]
            cells.extend(cell(call.arg(key)) for key in ("votes", "percentage"))
            cells.append(cell(_signed(call.arg("change"))))
        elif name == "Election box registered electors":
            cells = [head("Registered electors", colspan=label_span)]
            cells.extend(
                (cell(call.arg("reg. electors")), cell(), cell(_signed(call.arg("change"))))
            )
        elif name in _OTHER_ROWS:
            result = _result(call, gain=name == "Election box gain with party link")
            if result is None:
                return None
            cells = [cell(result, colspan=label_span), head("Swing")]
            cells.extend((cell(_signed(call.arg("swing"))), cell()))
        else:
            continue  # the end call
        rows.append(row(*_fit(cells, width)))
    return (Table(tuple(rows), caption=begin.arg("title")),)


def _fit(cells: list[Cell], width: int) -> list[Cell]:
    """The cells cut to the table's width (a box without "±%" drops the change)."""
    kept: list[Cell] = []
    used = 0
    for item in cells:
        if used + item.colspan > width:
            break
        kept.append(item)
        used += item.colspan
    return kept


def _party(value: tuple[Inline, ...], linked: bool) -> tuple[Inline, ...]:
    """A party as shown: as written, or (``linked``) its short name linked to the
    article the value names."""
    if not linked or not all(isinstance(node, Text) for node in value):
        return value
    article = "".join(node.text for node in value if isinstance(node, Text)).strip()
    if not article:
        return ()
    return (_party_link(article),)


def _party_link(article: str) -> Link:
    shown = PARTY_SHORT_NAMES.get(article) or _QUALIFIER.sub("", article) or article
    return Link(article, () if shown == article else (Text(shown),))


def _result(call: TemplateCall, gain: bool) -> tuple[Inline, ...] | None:
    """ "Conservative gain from Labour" or "Labour hold", the parties linked."""
    winner = call.text("winner")
    if not winner:
        return None
    if not gain:
        return (_party_link(winner), Text(" hold"))
    loser = call.text("loser")
    if not loser:
        return None
    return (_party_link(winner), Text(" gain from "), _party_link(loser))


def _signed(value: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """A change as shown: a hyphen-minus before a number becomes a minus sign."""
    return tuple(
        Text(_HYPHENATED.sub(MINUS, node.text)) if isinstance(node, Text) else node
        for node in value
    )


# ----------------------------------------------------------------------- football box


@block_handler("Football box", "Footballbox")
def football_box(call: TemplateCall, ctx: HandlerContext) -> BlockOutput:
    """A match: the teams and the score, the scorers and the report, a penalty
    shoot-out, then where, the attendance and the referee; when and what round in
    the caption."""
    team1, team2 = call.arg("team1"), call.arg("team2")
    if not team1 or not team2:
        return None
    rows: list[Row] = []
    score: tuple[Inline, ...] = call.arg("score") or (Text("v"),)
    if call.flag("aet"):
        score = (*score, Text(" (a.e.t.)"))
    rows.append(row(head(team1), head(score), head(team2)))
    goals1, goals2, report = call.arg("goals1"), call.arg("goals2"), _report(call.arg("report"))
    if goals1 or goals2 or report:
        rows.append(row(cell(goals1), cell(report), cell(goals2)))
    shootout = call.arg("penaltyscore")
    if shootout:
        penalties = Link("Penalty shoot-out (association football)", (Text("Penalties"),))
        rows.append(row(head((penalties,), colspan=3)))
        rows.append(row(cell(call.arg("penalties1")), head(shootout), cell(call.arg("penalties2"))))
    place = call.arg("stadium")
    location = call.arg("location")
    if place and location:
        place = (*place, Text(", "), *location)
    attendance, referee = call.arg("attendance"), call.arg("referee")
    where = _lines(
        place or location,
        (Text("Attendance: "), *attendance) if attendance else (),
        (Text("Referee: "), *referee) if referee else (),
    )
    if where:
        rows.append(row(cell(where, colspan=3)))
    when = _lines(call.arg("date"), call.arg("time"), call.arg("round"))
    return (Table(tuple(rows), caption=when),)


def _lines(*parts: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """The non-empty parts, one a line."""
    out: list[Inline] = []
    for part in parts:
        if part:
            if out:
                out.append(LineBreak())
            out.extend(part)
    return tuple(out)


def _report(value: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """A bare address is shown as a link labelled "Report"; anything else as written."""
    if len(value) == 1:
        node = value[0]
        if isinstance(node, ExternalLink) and not node.content:
            return (ExternalLink(node.url, (Text("Report"),)),)
        if isinstance(node, Text) and re.match(r"https?://\S+$", node.text.strip()):
            return (ExternalLink(node.text.strip(), (Text("Report"),)),)
    return value
