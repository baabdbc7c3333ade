"""More inline lists: redirects to the list templates, separated entries, glossaries.

- Redirects to ``{{Unbulleted list}}`` (``{{Nblist}}``, ``{{Ubt}}``…) show its items
  one per line; redirects to ``{{Columns-list}}`` (``{{Col-list}}``…) its list.
- ``{{Comma separated entries|A|B|C}}`` shows "A, B, C".
- Glossary entries: ``{{Term|apple}}`` is the term, set in bold as the page's
  definition-list term is; ``{{Defn|A fruit.}}`` its definition (``no=2``: "2. A fruit.").
- ``{{Block indent|text}}``: an indented block; its text is what shows.
- ``{{Video game release|NA|May 5, 2017|EU|May 8, 2017}}``: a date per region, one per
  line ("NA: May 5, 2017"), the region's code an abbreviation of its name; the
  ``hlist`` forms show them in a row separated by dots.
"""

from __future__ import annotations

from wikiconv.ast import Bold, Inline, InlineTag, LineBreak, Text
from wikiconv.templates.lists import DOT, join_items, unbulleted
from wikiconv.templates.registry import BUILTIN, HandlerContext, Output, TemplateCall, handler
from wikiconv.templates.text_blocks import columns_list

__all__: list[str] = []

# Redirects to Template:Unbulleted list and Template:Columns-list.
BUILTIN.add(unbulleted, "Nblist", "Nonbulleted list", "Ubt", "Unbullet", "Unbulletedlist")
BUILTIN.add(columns_list, "Col-list", "Columnslist", "Collist")


@handler("Comma separated entries")
def comma_separated(call: TemplateCall, ctx: HandlerContext) -> Output:
    # Empty values are skipped, as the template does.
    return join_items([item for item in call.positional() if item], (Text(", "),))


@handler("Term")
def term(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{term|term id|shown text}}: the second value (content=) replaces the first on the
    # page; term= names the first. A glossary term shows in bold.
    shown = call.arg("content") or call.arg(2) or call.arg("term") or call.arg(1)
    return (Bold(shown),) if shown else None


@handler("Defn")
def defn(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{defn|definition|no=2}}: a numbered definition starts with its number.
    text = call.arg("defn") or call.arg(1)
    if not text:
        return None
    number = call.text("no")
    return (Text(f"{number}. "), *text) if number else text


@handler("Block indent")
def block_indent(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The indentation (em=, left=, right=) is layout; the text is the content.
    return call.arg("text") or call.arg(1) or None


# Template:Video game release's region codes, shown as abbreviations of these names.
_REGIONS = {
    "AS": "Asia", "AU": "Australia", "BR": "Brazil", "CN": "China", "EU": "Europe",
    "HK": "Hong Kong", "IN": "India", "INT": "International", "JP": "Japan",
    "KO": "South Korea", "KR": "South Korea", "NA": "North America", "NZ": "New Zealand",
    "PAL": "PAL region", "RU": "Russia", "SA": "South America", "TW": "Taiwan",
    "UK": "United Kingdom", "WW": "Worldwide",
}  # fmt: skip


@handler("Video game release", "Vgrelease")
def video_game_release(call: TemplateCall, ctx: HandlerContext) -> Output:
    return join_items(_releases(call), (LineBreak(),))


@handler("Video game release hlist", "Vgrelease hlist")
def video_game_release_hlist(call: TemplateCall, ctx: HandlerContext) -> Output:
    return join_items(_releases(call), (Text(DOT),))


def _releases(call: TemplateCall) -> list[tuple[Inline, ...]]:
    # Values come in pairs, region then date; a pair without a date shows nothing.
    values = call.positional()
    items: list[tuple[Inline, ...]] = []
    for index in range(0, len(values) - 1, 2):
        region, released = values[index], values[index + 1]
        if not released:
            continue
        code = "".join(node.text for node in region if isinstance(node, Text)).strip()
        name = _REGIONS.get(code)
        label: tuple[Inline, ...] = (
            (InlineTag("abbr", (("title", name),), (Text(code),)),) if name else region
        )
        items.append((*label, Text(": "), *released) if label else released)
    return items
