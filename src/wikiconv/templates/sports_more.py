"""Sports: national team flags, match events and winning percentages.

- ``{{fb|ENG}}`` is a flag and the national football team's name, "England", linked to
  "England national football team"; the flag is an image, so the text is the name.
  ``{{fbicon}}`` and ``{{cricon}}`` show the flag alone (nothing here), as ``flagicon``
  does; ``{{flagcu|Germany}}`` the flag and the country's name, unlinked.
- Match reports mark events with an icon and the minute: ``{{goal|23|pen.}}`` shows
  a ball and "23' (pen.)", ``{{sent off|0|78}}`` a red card and "78'". The icons are
  images; the minutes are the text. ``{{pengoal}}`` and ``{{penmiss}}`` (a shoot-out
  kick scored or missed) are an icon alone.
- ``{{winning percentage|10|5}}`` is the share of games won, three decimals without
  the leading zero, as American sports write it: ".667"; a tie counts half a win.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from wikiconv.ast import Link, Text
from wikiconv.templates.countries_data import COUNTRY_NAMES
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler

__all__: list[str] = []

# National teams whose article or shown name is not "<country> national football
# team": the shown name, then the article.
_FOOTBALL_TEAMS = {
    "IRL": ("Republic of Ireland", "Republic of Ireland national football team"),
    "USA": ("United States", "United States men's national soccer team"),
    "CAN": ("Canada", "Canada men's national soccer team"),
    "AUS": ("Australia", "Australia men's national soccer team"),
    "NZL": ("New Zealand", "New Zealand men's national football team"),
}


def _country_name(code: str) -> str:
    """The country a flag template's code names; a full name stands for itself, an
    unknown three-letter code for nothing (the template would show an error)."""
    found = COUNTRY_NAMES.get(code.upper())
    if found:
        return found
    return code if len(code) > 3 else ""


# ------------------------------------------------------------------------ flags


@handler("fb")
def football_team(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{fb|ENG}}: "England", linked to the men's national team. A second value picks
    # another flag (a historical one), which changes nothing in the text.
    code = call.text(1)
    shown, article = _FOOTBALL_TEAMS.get(code.upper(), ("", ""))
    if not shown:
        shown = _country_name(code)
        article = f"{shown} national football team"
    if not shown:
        return None
    return (Link(article, (Text(call.text("name", shown)),)),)


@handler("fbicon", "cricon")
def team_flag_icon(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The flag alone, an image: no text.
    return ()


@handler("flagcu")
def flag_country_unlinked(call: TemplateCall, ctx: HandlerContext) -> Output:
    name = _country_name(call.text(1))
    return (Text(call.text("name", name)),) if name else None


# ------------------------------------------------------------------ match events


def _minute(value: str) -> bool:
    return value[:1].isdigit()


@handler("goal")
def goal(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{goal|2|pen.|90+1}}: "2' (pen.), 90+1'". Each minute gets its apostrophe; a value
    # that is not a minute (pen., o.g.) notes the minute before it, in brackets.
    parts: list[str] = []
    for value in call.positional_texts():
        if not value:
            continue
        if _minute(value):
            parts.append(f"{value}'")
        elif parts:
            parts[-1] += f" ({value})"
        else:
            return None
    return (Text(", ".join(parts)),) if parts else ()


@handler("sent off")
def sent_off(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{sent off|0|78}}: a red card (after 0 yellow cards) and "78'".
    minutes = [value for value in call.positional_texts()[1:] if value]
    if not all(_minute(value) for value in minutes):
        return None
    return (Text(", ".join(f"{value}'" for value in minutes)),) if minutes else ()


@handler("pengoal", "penmiss")
def shoot_out_kick(call: TemplateCall, ctx: HandlerContext) -> Output:
    # A tick or a cross in a penalty shoot-out's list: an icon, no text.
    return ()


# ----------------------------------------------------------- winning percentage


def _count(text: str) -> Decimal | None:
    try:
        value = Decimal(text or "0")
    except InvalidOperation:
        return None
    return value if value.is_finite() and value >= 0 else None


@handler("winning percentage", "winpct")
def winning_percentage(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{winning percentage|wins|losses|ties}}: ".667"; ties count half a win unless
    # ignore_ties= says to leave them out.
    wins, losses, ties = (_count(call.text(key)) for key in (1, 2, 3))
    if wins is None or losses is None or ties is None:
        return None
    if call.flag("ignore_ties"):
        ties = Decimal(0)
    games = wins + losses + ties
    if not games:
        return None
    share = ((wins + ties / 2) / games).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)
    text = f"{share:.3f}"
    return (Text(text[1:] if text.startswith("0") else text),)
