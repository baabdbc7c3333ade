"""Marks and status words: table cells that say a state, talk-page replies with a tick.

- Table-cell status templates, like ``{{Yes}}`` (:mod:`.misc_more`): each colours its
  cell and shows a word, or the text the call gives instead: ``{{eliminated}}``
  "Eliminated", ``{{safe}}`` "Safe", ``{{pending}}`` "Pending", ``{{varies}}`` "Varies",
  ``{{non-album single}}`` "Non-album single", ``{{yes-no}}`` "Yes/No", ``{{sho}}``
  "Shortlisted", ``{{table-experimental}}`` "Experimental"; the cast-table cells
  ``{{cmain}}`` "Main", ``{{crecurring}}`` "Recurring", ``{{cguest}}`` "Guest".
  ``{{yes2}}`` and ``{{no2}}`` only colour the cell: they show the given text or none.
  The colour is lost; the word stays.
- Talk-page replies: an icon, then the reply in bold. The icon is a green tick or a
  red cross, written "✓" or "✗": ``{{done}}`` "✓ **Done**", ``{{not done}}`` "✗ **Not
  done**", ``{{agree}}`` "✓ **Agree**", ``{{helped}}`` "✓ **Helped.**"… Marks that are
  only the icon (``{{tick}}``, ``{{x mark}}``, ``{{aye}}``, ``{{nay}}``) show the sign
  alone; ``{{checked box}}`` "☑", ``{{xed box}}`` "☒".
"""

from __future__ import annotations

import re

from wikiconv.ast import Bold, Text
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler

__all__: list[str] = []

TICK = "\u2713"
CROSS = "\u2717"

# ------------------------------------------------------------------- table cells

# The word each status template shows when the call gives none.
_CELLS = {
    "Eliminated": "Eliminated", "Lost": "Lost", "Safe": "Safe", "Site active": "Active",
    "Site inactive": "Inactive", "Coming soon": "Coming soon", "Sho": "Shortlisted",
    "Longlisted": "Longlisted", "Success": "Success", "Failure": "Failure",
    "Partial success": "Partial success", "Partial failure": "Partial failure",
    "Operational": "Operational", "Terminated": "Terminated", "Planned": "Planned",
    "Scheduled": "Scheduled", "Regional": "Regional", "Yes-no": "Yes/No",
    "Pending": "Pending", "Unofficial": "Unofficial", "Any": "Any", "Varies": "Varies",
    "Non-album single": "Non-album single", "Unreleased": "Unreleased", "Beta": "Beta",
    "Table-experimental": "Experimental", "Proprietary": "Proprietary",
    "Incorrect": "Incorrect", "No result": "No result", "Draw": "Draw",
    "Not yet": "Not yet", "Optional": "Optional",
    # Cast tables: how large a part an actor had in a season.
    "Cmain": "Main", "Calso starring": "Also starring", "Crecurring": "Recurring",
    "Cguest": "Guest",
    # Colour only: the text follows the call, or is given to it.
    "Yes2": "", "No2": "",
}  # fmt: skip


@handler(*_CELLS)
def table_cell(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{safe}}: "Safe"; {{safe|Protected}}: the text given (an empty one shows nothing).
    if call.has(1):
        return call.arg(1)
    word = _CELLS[call.name]
    return (Text(word),) if word else ()


# ------------------------------------------------------------------ talk-page marks

# Each reply template: its icon (a tick or a cross) and the reply it writes.
_REPLIES = {
    "Done": (TICK, "Done"),
    "Already done": (TICK, "Already done"),
    "Donetask": (TICK, "Task complete."),
    "Helped": (TICK, "Helped."),
    "Autp": (TICK, "Answered on user's talk page."),
    "Responded": (TICK, "Responded at the appropriate venue."),
    "Merge done": (TICK, "Merger complete."),
    "Agree": (TICK, "Agree"),
    "Accepted": (TICK, "Accepted"),
    "Approved": (TICK, "Approved"),
    "Checked2": (TICK, "Checked"),
    "Verified": (TICK, "Verified"),
    "Confirmed": (TICK, "Confirmed"),
    "Tallyho": (TICK, "Technically indistinguishable"),
    "Implemented": (TICK, "Implemented"),
    "Pimplemented": (TICK, "Partially implemented"),
    "Resolved mark": (TICK, "Resolved"),
    "Resolved mark large": (TICK, "Resolved"),
    "Pass": (TICK, "Pass"),
    "Not done": (CROSS, "Not done"),
    "Not done-t": (CROSS, "Not done"),
    "Not done not likely": (CROSS, "Not done and not likely to be done"),
    "Already declined": (CROSS, "Already declined"),
    "Smallrejected": (CROSS, "Rejected"),
    "Stale-small": (CROSS, "Stale"),
    "Expired": (CROSS, "This offer has expired"),
    "Deleted": (CROSS, "Deleted"),
    "Deleted-image": (CROSS, "Deleted"),
    "Cancelled": (CROSS, "Cancelled"),
    "Fail": (CROSS, "Fail"),
}


@handler(*_REPLIES)
def reply(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{done}}: "✓ Done", the reply in bold. What follows it is the editor's own text.
    if call.positional() or any(True for _ in call.named()):
        return None  # a reply of one's own, or a note: wording we do not know
    icon, words = _REPLIES[call.name]
    return (Text(f"{icon} "), Bold((Text(words),)))


# Marks that are only an icon; a value is the icon's size.
_ICONS = {
    "Tick": TICK, "Aye": TICK, "Yes check": TICK, "Check mark-n": TICK,
    "X mark": CROSS, "Xmark": CROSS, "Nay": CROSS, "X mark-n": CROSS,
    "Checked box": "\u2611", "Xed box": "\u2612",
}  # fmt: skip
_SIZE = re.compile(r"\d+(?:px)?")


@handler(*_ICONS)
def icon(call: TemplateCall, ctx: HandlerContext) -> Output:
    if any(not _SIZE.fullmatch(value) for value in call.positional_texts()):
        return None
    if any(True for _ in call.named()):
        return None
    return (Text(_ICONS[call.name]),)
