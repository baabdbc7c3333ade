"""Templates of the text family that make blocks: ordered lists, bar boxes, cladograms.

- ``{{ordered list|A|B|C}}``: a numbered list. Standing alone on its line(s) it is a
  :class:`~wikiconv.ast.List` block; elsewhere, or when it starts at another number
  (``start=4``, which a List cannot say), the items one per line, "4. A".
- ``{{bar box|title=…|left1=…|right1=…|bars={{bar percent|Islam|green|99}}…|caption=…}}``:
  a table captioned with the title, a header row of ``left1``/``right1`` when given, a
  row per ``{{bar percent|label|colour|value}}`` ("Islam", "99%", the value as written;
  a fourth value replaces the percentage shown) and the caption in a last row. The
  bars themselves are drawings. Other bar templates in ``bars`` leave the box unrendered.
- ``{{clade|label1=…|1=…|2=…}}`` (a cladogram): a nested bullet list, a branch an item:
  its label (``labelN``) and, for a leaf, its text; a branch that is itself a clade
  holds the list of its branches. The branches' lines are drawings, the nesting is the
  tree. Sub-labels and group labels leave the cladogram unrendered.
"""

from __future__ import annotations

import re

from wikiconv.ast import (
    Block,
    Inline,
    LineBreak,
    List,
    ListItem,
    Plain,
    Row,
    SoftBreak,
    Table,
    Template,
    Text,
)
from wikiconv.templates.registry import (
    BlockOutput,
    HandlerContext,
    Output,
    TemplateCall,
    block_handler,
    handler,
    normalise_name,
)
from wikiconv.templates.tables_common import cell, head, row

__all__: list[str] = []

# ---------------------------------------------------------------------- ordered list

_LIST_STYLE = frozenset({"start", "style", "list_style", "item_style", "class"})


def _ordered_items(call: TemplateCall) -> tuple[int, list[tuple[Inline, ...]]] | None:
    # Named values only style the list; a numbering type (letters, roman) it cannot say.
    named = {key for key, _ in call.named()}
    if any(not (key in _LIST_STYLE or re.fullmatch(r"item\d+_style", key)) for key in named):
        return None
    styles = " ".join(call.text(key) for key in ("style", "list_style")).lower()
    if "list-style-type" in styles and "decimal" not in styles:
        return None  # letters or roman numerals
    start = call.text("start", "1")
    if not start.isdigit():
        return None
    items = [item for item in call.positional() if item]
    return (int(start), items) if items else None


@handler("Ordered list")
def ordered_list(call: TemplateCall, ctx: HandlerContext) -> Output:
    found = _ordered_items(call)
    if found is None:
        return None
    start, items = found
    out: list[Inline] = []
    for number, item in enumerate(items, start):
        if out:
            out.append(LineBreak())
        out += [Text(f"{number}. "), *item]
    return tuple(out)


@block_handler("Ordered list")
def ordered_list_block(call: TemplateCall, ctx: HandlerContext) -> BlockOutput:
    found = _ordered_items(call)
    if found is None or found[0] != 1:
        return None  # the inline lines keep the first number
    items = tuple(ListItem((Plain(item),)) for item in found[1])
    return (List(items, kind="ordered"),)


# -------------------------------------------------------------------------- bar box

_BAR_BOX = frozenset({"title", "titlebar", "left1", "right1", "float", "width", "bars",
                      "caption", "barwidth", "style"})  # fmt: skip
_PERCENT = re.compile(r"\d+(?:\.\d+)?|\.\d+")


@block_handler("Bar box")
def bar_box(call: TemplateCall, ctx: HandlerContext) -> BlockOutput:
    if any(key not in _BAR_BOX for key, _ in call.named()) or call.positional():
        return None
    rows: list[Row] = []
    left, right = call.arg("left1"), call.arg("right1")
    if left or right:
        rows.append(row(head(left), head(right)))
    bars = _bars(call.arg("bars"))
    if not bars:
        return None
    rows.extend(bars)
    caption = call.arg("caption")
    if caption:
        rows.append(row(cell(caption, colspan=2)))
    return (Table(tuple(rows), caption=call.arg("title")),)


def _bars(content: tuple[Inline, ...]) -> list[Row] | None:
    rows: list[Row] = []
    for node in content:
        if _blank(node):
            continue
        if not isinstance(node, Template) or normalise_name(node.name) != "Bar percent":
            return None
        bar = TemplateCall(node)
        label, value = bar.arg(1), bar.text(3)
        if not label or not _PERCENT.fullmatch(value):
            return None
        shown = bar.arg(4) or (Text(f"{value}%"),)
        rows.append(row(cell(label), cell(shown)))
    return rows


def _blank(node: Inline) -> bool:
    return isinstance(node, SoftBreak) or (isinstance(node, Text) and not node.text.strip())


# --------------------------------------------------------------------------- clades

# Parameters that only draw: line styles, colours, bars beside the branches.
_CLADE_LOOKS = re.compile(r"(?:style|state|thickness|(?:bar(?:begin|end)?|color|state)\d*)")
_CLADE_KEY = re.compile(r"(label)?(\d+)")


@block_handler("Clade")
def clade(call: TemplateCall, ctx: HandlerContext) -> BlockOutput:
    tree = _clade(call, 0)
    return (tree,) if tree is not None else None


def _clade(call: TemplateCall, depth: int) -> List | None:
    if depth > 50:
        return None
    numbers: set[int] = set()
    for key in (param.name.strip() for param in call.template.params):
        found = _CLADE_KEY.fullmatch(key)
        if found:
            numbers.add(int(found.group(2)))
        elif not _CLADE_LOOKS.fullmatch(key):
            return None  # sublabels, group labels: text whose place we do not render
    items: list[ListItem] = []
    for number in sorted(numbers):
        label, branch = call.arg(f"label{number}"), call.arg(number)
        if not label and not branch:
            continue
        inner = _only_call(branch)
        blocks: list[Block] = []
        if inner is False:
            return None
        if isinstance(inner, Template):
            subtree = _clade(TemplateCall(inner), depth + 1)
            if subtree is None:
                return None
            blocks = [Plain(label), subtree] if label else [subtree]
        else:
            text = (*label, Text(" "), *branch) if label and branch else label or branch
            blocks = [Plain(text)]
        items.append(ListItem(tuple(blocks)))
    return List(tuple(items)) if items else None


def _only_call(content: tuple[Inline, ...]) -> Template | bool:
    """The clade call a branch holds alone; True for a leaf (no clade call in it);
    False for a clade call beside other content, which has no place in the list."""
    solid = [node for node in content if not _blank(node)]
    calls = [n for n in solid if isinstance(n, Template) and normalise_name(n.name) == "Clade"]
    if not calls:
        return True
    return calls[0] if len(solid) == 1 else False
