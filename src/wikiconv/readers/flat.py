"""Reader for the flat wiki text format (docs/flat-format.md).

Reading never fails: every line of valid text is something (a paragraph line at
worst), and whatever looks unintended is reported as a diagnostic with its line and
column. The reader records the formatting facts the flat writer needs to give back the
input byte for byte (blank-line runs, heading spacing, line endings) as layout nodes.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from wikiconv.ast import (
    Block,
    Diagnostic,
    Document,
    DocumentLayout,
    HorizontalRule,
    Infobox,
    InfoboxField,
    Inline,
    Layout,
    List,
    ListItem,
    Paragraph,
    Plain,
    Section,
    SoftBreak,
    SourceSpan,
    Text,
)
from wikiconv.readers.flat_lines import Parsed, classify, split_lines

__all__ = ["read"]

# C0/C1 controls other than tab, and the bidirectional embedding/override/isolate marks
# that can make text display in an order other than the stored one.
_SUSPICIOUS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@dataclass
class _OpenSection:
    level: int
    heading: str
    span: SourceSpan
    layout: Layout
    blocks: list[Block] = field(default_factory=list)


@dataclass
class _State:
    """The reader's working state for one document (never shared between calls)."""

    root: list[Block] = field(default_factory=list)
    sections: list[_OpenSection] = field(default_factory=list)
    gap: list[str] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def container(self) -> list[Block]:
        return self.sections[-1].blocks if self.sections else self.root

    def take_gap(self) -> tuple[str, ...]:
        gap = tuple(self.gap)
        self.gap.clear()
        return gap

    def note(self, severity: str, code: str, message: str, line: int, column: int = 1) -> None:
        self.diagnostics.append(Diagnostic(severity, code, message, line, column))  # type: ignore[arg-type]


def read(text: str) -> Document:
    """Read flat wiki text into a :class:`~wikiconv.ast.Document`."""
    bom = text.startswith("\ufeff")
    if bom:
        text = text[1:]
    raw_lines = split_lines(text)
    lines = [content for content, _ in raw_lines]
    state = _State()
    _check_characters(lines, state)
    newline, exceptions = _line_endings(raw_lines, state)

    parsed = [classify(line) for line in lines]
    index = 0
    while index < len(lines) and parsed[index].kind == "blank":
        state.gap.append(lines[index])
        index += 1
    title: str | None = None
    title_layout: Layout | None = None
    if index < len(lines):
        first = parsed[index]
        if first.kind == "heading" and first.level == 1:
            if first.unbalanced:
                _note_unbalanced(first, index + 1, state)
            title = first.text
            title_layout = Layout(gap=state.take_gap(), pad=first.pad, trailing=first.trailing)
            index += 1

    _read_blocks(lines, parsed, index, state)
    while state.sections:
        _close_section(state)
    layout = DocumentLayout(
        newline=newline,
        newline_exceptions=exceptions,
        final_newline=not raw_lines or raw_lines[-1][1] != "",
        bom=bom,
        gap_after=state.take_gap(),
        title_layout=title_layout,
    )
    return Document(
        blocks=tuple(state.root),
        title=title,
        source_format="flat",
        diagnostics=tuple(state.diagnostics),
        layout=layout,
    )


def _read_blocks(lines: list[str], kinds: list[Parsed], index: int, state: _State) -> None:
    count = len(lines)
    while index < count:
        line_no = index + 1
        parsed = kinds[index]
        kind = parsed.kind
        if kind == "blank":
            state.gap.append(lines[index])
            index += 1
        elif kind == "heading":
            _open_section(parsed, line_no, state)
            index += 1
        elif kind == "rule":
            layout = Layout(gap=state.take_gap(), marker=parsed.marker, trailing=parsed.trailing)
            span = SourceSpan(line_no, 1, line_no, len(lines[index]))
            state.container().append(HorizontalRule(span=span, layout=layout))
            index += 1
        elif kind == "infobox" and index + 1 < count and kinds[index + 1].kind == "field":
            index = _read_infobox(lines, kinds, index, state)
        elif kind in ("field", "item"):
            index = _read_list(lines, kinds, index, state)
        else:
            if kind == "infobox":
                state.note(
                    "info",
                    "infobox-without-fields",
                    "an 'Infobox' line not followed by '- Key: Value' lines is read as text",
                    line_no,
                )
            index = _read_paragraph(lines, kinds, index, state)


def _open_section(parsed: Parsed, line_no: int, state: _State) -> None:
    if parsed.unbalanced:
        _note_unbalanced(parsed, line_no, state)
    if parsed.level == 1:
        state.note(
            "info",
            "level-1-heading",
            "a level-1 heading after the start is a section, not the title",
            line_no,
        )
    while state.sections and state.sections[-1].level >= parsed.level:
        _close_section(state)
    layout = Layout(gap=state.take_gap(), pad=parsed.pad, trailing=parsed.trailing)
    span = SourceSpan(line_no, 1, line_no, 1)
    state.sections.append(_OpenSection(parsed.level, parsed.text, span, layout))


def _note_unbalanced(parsed: Parsed, line_no: int, state: _State) -> None:
    state.note(
        "warning",
        "unbalanced-heading",
        f"the '=' marks do not balance; read as a level-{parsed.level} heading whose "
        "text keeps the extra '='",
        line_no,
    )


def _close_section(state: _State) -> None:
    done = state.sections.pop()
    section = Section(
        level=done.level,
        heading=(Text(done.heading),),
        blocks=tuple(done.blocks),
        span=done.span,
        layout=done.layout,
    )
    state.container().append(section)


def _read_infobox(lines: list[str], kinds: list[Parsed], index: int, state: _State) -> int:
    label = kinds[index]
    start = index + 1
    layout = Layout(gap=state.take_gap(), trailing=label.trailing)
    fields: list[InfoboxField] = []
    seen: set[str] = set()
    index += 1
    while index < len(lines):
        parsed = kinds[index]
        if parsed.kind != "field":
            break
        line_no = index + 1
        value_column = 3 + len(parsed.key) + len(parsed.separator)
        if parsed.key in seen:
            state.note(
                "warning", "duplicate-field", f"infobox field {parsed.key!r} repeats", line_no, 3
            )
        seen.add(parsed.key)
        fields.append(
            InfoboxField(
                key=parsed.key,
                value=(Text(parsed.text),) if parsed.text else (),
                span=SourceSpan(line_no, 1, line_no, max(value_column + len(parsed.text) - 1, 1)),
                separator=parsed.separator,
            )
        )
        index += 1
    span = SourceSpan(start, 1, index, 1)
    state.container().append(Infobox(tuple(fields), name=label.text, span=span, layout=layout))
    return index


def _read_list(lines: list[str], kinds: list[Parsed], index: int, state: _State) -> int:
    """Read a run of ``- item`` lines (two spaces of indent per level) into nested lists."""
    start = index
    gap = state.take_gap()
    entries: list[tuple[int, str, int]] = []
    while index < len(lines):
        parsed = kinds[index]
        if parsed.kind == "field":  # outside an infobox, a field line is just an item
            entries.append((1, lines[index][2:], index + 1))
        elif parsed.kind == "item":
            entries.append((parsed.level, parsed.text, index + 1))
        else:
            break
        index += 1
    previous = 0
    for depth, _, line_no in entries:
        if depth > previous + 1:
            state.note(
                "info",
                "list-depth-jump",
                f"a list item at depth {depth} with no item one level up",
                line_no,
            )
        previous = depth
    items, _ = _nest(entries, 0, 1)
    span = SourceSpan(start + 1, 1, index, 1)
    state.container().append(List(items, span=span, layout=Layout(gap=gap)))
    return index


def _nest(
    entries: list[tuple[int, str, int]], pos: int, depth: int
) -> tuple[tuple[ListItem, ...], int]:
    """Build the items at ``depth`` from ``entries[pos:]``; deeper entries nest inside.

    An entry more than one level deeper than the list it follows gets empty items in
    between (as MediaWiki does for ``**`` after nothing), so indentation is never lost.
    """
    items: list[ListItem] = []
    while pos < len(entries) and entries[pos][0] >= depth:
        entry_depth, text, line_no = entries[pos]
        blocks: list[Block] = []
        if entry_depth == depth:
            span = SourceSpan(line_no, 1, line_no, 1)
            blocks.append(Plain((Text(text),) if text else (), span=span))
            pos += 1
        if pos < len(entries) and entries[pos][0] > depth:
            nested, pos = _nest(entries, pos, depth + 1)
            blocks.append(List(nested))
        items.append(ListItem(tuple(blocks)))
    return tuple(items), pos


def _read_paragraph(lines: list[str], kinds: list[Parsed], index: int, state: _State) -> int:
    start = index
    content: list[Inline] = []
    while index < len(lines):
        parsed = kinds[index]
        if index > start and parsed.kind != "text" and parsed.kind != "infobox":
            break
        if parsed.odd_indent:
            state.note(
                "info",
                "odd-list-indent",
                "a '- ' item indented by an odd number of spaces is read as text",
                index + 1,
            )
        if content:
            content.append(SoftBreak())
        content.append(
            Text(lines[index], span=SourceSpan(index + 1, 1, index + 1, len(lines[index])))
        )
        index += 1
    span = SourceSpan(start + 1, 1, index, len(lines[index - 1]))
    state.container().append(
        Paragraph(tuple(content), span=span, layout=Layout(gap=state.take_gap()))
    )
    return index


def _line_endings(
    raw_lines: list[tuple[str, str]], state: _State
) -> tuple[str, tuple[tuple[int, str], ...]]:
    endings = Counter(ending for _, ending in raw_lines if ending)
    if not endings:
        return "\n", ()
    newline = endings.most_common(1)[0][0]
    exceptions = tuple(
        (number, ending)
        for number, (_, ending) in enumerate(raw_lines)
        if ending and ending != newline
    )
    if exceptions:
        state.note(
            "info",
            "mixed-line-endings",
            f"line endings are mixed; most are {newline!r}",
            exceptions[0][0] + 1,
        )
    return newline, exceptions


def _check_characters(lines: list[str], state: _State) -> None:
    for number, line in enumerate(lines, start=1):
        found = _SUSPICIOUS.search(line)
        if found:
            state.note(
                "warning",
                "control-character",
                f"invisible control character U+{ord(found.group()):04X}",
                number,
                found.start() + 1,
            )
