"""Footnote templates: ``{{efn}}``, ``{{refn}}``, ``{{r}}``, ``{{rp}}`` and the lists.

A footnote template renders a :class:`~wikiconv.ast.Reference`, so it is numbered
and listed with the ``<ref>`` footnotes (see :mod:`wikiconv.references`). A list
template (``{{reflist}}``, ``{{notelist}}``) renders nothing inline: standing on its
own line, the reader turns it into a :class:`~wikiconv.ast.ReferenceList` block
(:mod:`wikiconv.readers.wikitext.lift`), which the writers fill with the footnotes.
"""

from __future__ import annotations

from wikiconv.ast import Reference, Superscript, Text
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler, trim

__all__ = ["LIST_GROUPS", "list_group"]

# The footnote group each list template shows by default. {{efn}} puts its notes in
# "lower-alpha", so {{notelist}} lists that group; the -ua/-lr… variants count with
# other styles.
LIST_GROUPS: dict[str, str] = {
    "Reflist": "", "References": "", "Verwysings": "", "Fotnoteliste": "",
    # French, Spanish and Italian, Polish, Dutch reference lists.
    "Références": "", "Listaref": "", "Przypisy": "", "Appendix": "",
    "Notelist": "lower-alpha",
    "Notelist-ua": "upper-alpha", "Notelist-lr": "lower-roman",
    "Notelist-ur": "upper-roman", "Notelist-lg": "lower-greek",
}  # fmt: skip

_NOTE_GROUPS = {"Efn": "lower-alpha", "Efn-ua": "upper-alpha", "Efn-lr": "lower-roman",
                "Efn-ur": "upper-roman", "Efn-lg": "lower-greek", "Refn": ""}  # fmt: skip


def list_group(call: TemplateCall) -> str:
    """The group a list template shows: ``group=``, or the template's own default."""
    given = _unquoted(call.text("group") or call.text("liste"))
    return given or LIST_GROUPS.get(call.name, "")


def _unquoted(value: str) -> str:
    """A group name as #tag passes it on: ``group="note"`` given to a template reaches
    the tag with its quotes, which #tag strips, so the group is ``note``."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value


@handler(*LIST_GROUPS)
def reference_list(call: TemplateCall, ctx: HandlerContext) -> Output:
    # Nothing inline: the list block the reader makes of the call shows the notes.
    return ()


@handler(*_NOTE_GROUPS, "Efn-la", "Notefoot", "NoteFoot")
def note(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{efn|text|name=x|group=y}}: a footnote like <ref>; "reference" is refn's alias
    # for the text, and a named note may be a reuse with no text.
    content = trim(call.arg(1) or call.arg("reference") or call.arg("text"))
    name = call.text("name")
    if not content and not name:
        return None
    group = _unquoted(call.text("group")) if call.has("group") else _NOTE_GROUPS.get(call.name, "")
    return (Reference(content, name=name, group=group),)


@handler("R", "Ref label")
def reuse(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{r|a|b|p=5}}: citations of named references a and b, with the page after them.
    names = [name for name in call.positional_texts() if name]
    if not names:
        return None
    group = _unquoted(call.text("group") or call.text("g"))
    out: list[Reference | Superscript] = [Reference(name=name, group=group) for name in names]
    page = call.text("p") or call.text("page") or call.text("pp") or call.text("pages")
    if page:
        out.append(Superscript((Text(":" + page),)))
    return tuple(out)


@handler("Rp")
def reference_page(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{rp|5}} after a footnote marker: the page cited, as a superscript ":5".
    page = call.text(1) or call.text("page") or call.text("pages") or call.text("at")
    return (Superscript((Text(":" + page),)),) if page else None


@handler("FN")
def german_note_mark(call: TemplateCall, ctx: HandlerContext) -> Output:
    # German Wikipedia's hand-made notes: {{FN|a}} is the mark in the text…
    mark = call.text(1)
    return (Superscript((Text(mark),)),) if mark else None


@handler("FNZ")
def german_note_line(call: TemplateCall, ctx: HandlerContext) -> Output:
    # …and {{FNZ|a|text}} the line below that explains it.
    mark = call.text(1)
    if not mark:
        return None
    return (Superscript((Text(mark),)), Text(" "), *trim(call.arg(2)))
