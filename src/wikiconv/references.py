"""Footnote numbering, shared by every writer that numbers footnotes.

MediaWiki's rules, which a writer follows by calling :meth:`Footnotes.cite` for each
:class:`~wikiconv.ast.Reference` and :meth:`Footnotes.list_at` for each
:class:`~wikiconv.ast.ReferenceList`, in reading order:

- Each group (``group=``) is numbered on its own, from 1, in order of first citation.
  Some group names are counting styles: ``lower-alpha`` labels a, b, c…, as
  ``{{efn}}`` and ``{{notelist}}`` use it; any other group shows "note 1".
- A named reference cited again is the same footnote; its text may be given at any
  of its citations, or in a list-defined reference (inside ``<references>`` or
  ``{{reflist|refs=}}``) anywhere on the page.
- A reference list shows the footnotes of its group cited since the previous list of
  that group; footnotes no list shows are listed at the end.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wikiconv.ast import (
    Document,
    Inline,
    Reference,
    ReferenceList,
    Template,
)
from wikiconv.nodeio import Node
from wikiconv.walk import NOT_CONTENT, iter_nodes

__all__ = ["Footnotes", "Note", "cite_error", "list_definitions", "note_label", "numbered"]

_ALPHABETS = {
    "lower-alpha": "abcdefghijklmnopqrstuvwxyz",
    "upper-alpha": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "lower-greek": "αβγδεζηθικλμνξοπρστυφχψω",
}
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))  # fmt: skip


def note_label(group: str, number: int) -> str:
    """The label of a footnote as its marker shows it: "1", "a", "iv", "note 1"."""
    if not group:
        return str(number)
    alphabet = _ALPHABETS.get(group)
    if alphabet:
        return _letters(number, alphabet)
    if group in ("lower-roman", "upper-roman"):
        roman = _roman(number)
        return roman.upper() if group == "upper-roman" else roman
    return f"{group} {number}"


def _letters(number: int, alphabet: str) -> str:
    # After z comes aa, ab… (bijective base 26, as CSS list counters count).
    out = ""
    while number > 0:
        number, rest = divmod(number - 1, len(alphabet))
        out = alphabet[rest] + out
    return out


def _roman(number: int) -> str:
    out = ""
    for value, digits in _ROMAN:
        count, number = divmod(number, value)
        out += digits * count
    return out


@dataclass(slots=True)
class Note:
    """One footnote: its number and label in its group, its text and how often it is
    cited. ``content`` is None when no citation or definition gives it text."""

    group: str
    number: int
    name: str = ""
    content: tuple[Inline, ...] | None = None
    uses: int = 0

    @property
    def label(self) -> str:
        return note_label(self.group, self.number)

    @property
    def key(self) -> str:
        """A short id unique in the document: "1", "a", "note-1"."""
        return self.label.replace(" ", "-")


def list_definitions(node: ReferenceList) -> tuple[Reference, ...]:
    """The list-defined references of a list: inside the tag, or in ``refs=``."""
    if node.template is None:
        return node.definitions
    found: list[Reference] = []
    for param in node.template.params:
        if param.name.strip() == "refs":
            for value in param.value:
                found.extend(n for n in iter_nodes(value) if isinstance(n, Reference))
    return tuple(found)


@dataclass(slots=True)
class Footnotes:
    """The numbering state of one write of one document."""

    document: Document
    notes: dict[str, list[Note]] = field(default_factory=dict)
    _named: dict[tuple[str, str], Note] = field(default_factory=dict)
    _texts: dict[tuple[str, str], tuple[Inline, ...]] = field(default_factory=dict)
    _listed: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # A named footnote's text can come after its first citation, even from a
        # list at the end of the page: collect every text first. The first wins, as
        # MediaWiki keeps the first of conflicting definitions.
        for node in iter_nodes(self.document):
            refs: tuple[Node, ...] = ()
            if isinstance(node, Reference):
                refs = (node,)
            elif isinstance(node, ReferenceList):
                refs = list_definitions(node)
            for ref in refs:
                assert isinstance(ref, Reference)
                group = ref.group.strip() or _list_group(node)
                key = (group, ref.name.strip())
                if key[1] and ref.content and key not in self._texts:
                    self._texts[key] = ref.content

    def cite(self, ref: Reference) -> tuple[Note, int]:
        """The footnote a citation points to, and which citation of it this is (1…)."""
        group, name = ref.group.strip(), ref.name.strip()
        note = self._named.get((group, name)) if name else None
        if note is None:
            notes = self.notes.setdefault(group, [])
            note = Note(group, len(notes) + 1, name)
            notes.append(note)
            if name:
                self._named[(group, name)] = note
        if note.content is None:
            text = ref.content or (self._texts.get((group, name)) if name else None)
            note.content = text or None
        note.uses += 1
        return note, note.uses

    def list_at(self, node: ReferenceList) -> list[Note]:
        """The footnotes a reference list shows: its group's, cited since its last list.

        List-defined references that nothing cited before the list are cited by it,
        as MediaWiki lists them too.
        """
        group = node.group.strip()
        for ref in list_definitions(node):
            # A definition with no name is a Cite error on the page: nothing can cite it.
            if ref.name.strip() and (group, ref.name.strip()) not in self._named:
                self.cite(Reference(ref.content, ref.name, group))
                self._named[(group, ref.name.strip())].uses -= 1
        return self._take(group)

    def remaining(self) -> list[tuple[str, list[Note]]]:
        """The footnotes no list has shown, by group, the default group first."""
        groups = sorted(self.notes, key=lambda group: group != "")
        out = [(group, self._take(group)) for group in groups]
        return [(group, notes) for group, notes in out if notes]

    def _take(self, group: str) -> list[Note]:
        notes = self.notes.get(group, [])
        start = self._listed.get(group, 0)
        self._listed[group] = len(notes)
        return notes[start:]

    def all_notes(self) -> list[Note]:
        """Every footnote, the default group first, each group in number order."""
        groups = sorted(self.notes, key=lambda group: group != "")
        return [note for group in groups for note in self.notes[group]]


def _list_group(node: Node) -> str:
    return node.group.strip() if isinstance(node, ReferenceList) else ""


def cite_error(note: Note) -> str:
    """What the page shows in the list for a footnote whose text is nowhere."""
    return f'Cite error: the named reference "{note.name}" was invoked but never defined.'


def numbered(document: Document) -> list[Note]:
    """Every footnote of the document, numbered as a writer numbers them.

    Walks the page as a writer writes it: a footnote's text is read at its first
    citation (or in its list, for a list-defined one), so footnotes cited inside it
    are numbered next.
    """
    footnotes = Footnotes(document)
    read: set[tuple[str, int]] = set()
    _cite_in(footnotes, (document,), read)
    while remaining := footnotes.remaining():
        for _, notes in remaining:
            _read_texts(footnotes, notes, read)
    return footnotes.all_notes()


def _read_texts(footnotes: Footnotes, notes: list[Note], read: set[tuple[str, int]]) -> None:
    for note in notes:
        if (note.group, note.number) not in read and note.content is not None:
            read.add((note.group, note.number))
            _cite_in(footnotes, note.content, read)


def _cite_in(footnotes: Footnotes, content: tuple[Node, ...], read: set[tuple[str, int]]) -> None:
    stack: list[Node] = list(reversed(content))
    while stack:
        node = stack.pop()
        if isinstance(node, Reference):
            note, _ = footnotes.cite(node)
            if (note.group, note.number) not in read and note.content is not None:
                read.add((note.group, note.number))
                stack.extend(reversed(note.content))
        elif isinstance(node, ReferenceList):
            _read_texts(footnotes, footnotes.list_at(node), read)
        elif isinstance(node, Template):
            stack.extend(reversed(node.rendered or ()))
        else:
            kids = [kid for kid in node.children() if not isinstance(kid, NOT_CONTENT)]
            stack.extend(reversed(kids))
