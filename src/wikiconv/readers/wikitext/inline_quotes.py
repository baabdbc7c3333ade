"""Bold and italic from runs of apostrophes: MediaWiki's Parser::doQuotes, one line.

The rules, as MediaWiki applies them: two apostrophes open or close italics, three
bold, five both; four are an apostrophe and bold; more than five are apostrophes and
bold-italic. When a line holds an odd number of both bold and italic runs, one bold
run is taken for an apostrophe and italics: the first after a one-letter word, else
the first after a longer word, else the first after a space. The result is the line
with ``<i>``/``<b>`` tag markers in place of the runs, closed at the end of the line;
the tree builder nests them (MediaWiki leaves that to tidy, which does the same).
"""

from __future__ import annotations

import re

from wikiconv.readers.wikitext.inline_common import Work

__all__ = ["do_quotes"]

_RUNS = re.compile("('{2,})")


def _is_single_letter_word(before: str) -> bool:
    """MediaWiki's byte test: the second-to-last byte is a space, the last is not.

    PHP looks at bytes, so a last character outside ASCII is never "one letter".
    """
    return len(before) >= 2 and before[-2] == " " and ord(before[-1]) < 0x80


def _fix_odd_runs(parts: list[str]) -> None:
    """Turn one ``'''`` into ``'`` + ``''`` when bold and italic runs are both odd."""
    single = multi = space = -1
    for i in range(1, len(parts), 2):
        if len(parts[i]) != 3:
            continue
        before = parts[i - 1]
        if before[-1:] == " ":
            if space == -1:
                space = i
        elif _is_single_letter_word(before):
            single = i
            break
        elif multi == -1:
            multi = i
    chosen = next((i for i in (single, multi, space) if i > -1), -1)
    if chosen > -1:
        parts[chosen] = "''"
        parts[chosen - 1] += "'"


def do_quotes(line: str, work: Work) -> str:
    """One line with its apostrophe runs replaced by ``<b>``/``<i>`` markers."""
    if "''" not in line:
        return line
    parts = _RUNS.split(line)
    bold = italic = 0
    for i in range(1, len(parts), 2):
        length = len(parts[i])
        if length == 4:
            parts[i - 1] += "'"
            parts[i] = "'''"
            length = 3
        elif length > 5:
            parts[i - 1] += "'" * (length - 5)
            parts[i] = "'''''"
            length = 5
        if length in (2, 5):
            italic += 1
        if length in (3, 5):
            bold += 1
    if bold % 2 == 1 and italic % 2 == 1:
        _fix_odd_runs(parts)

    tag = work.quotes
    output: list[str] = []
    buffer: list[str] = []
    state = ""
    for i, part in enumerate(parts):
        if i % 2 == 0:
            (buffer if state == "both" else output).append(part)
            continue
        length = len(part)
        if length == 2:
            if state == "i":
                output.append(tag("/i"))
                state = ""
            elif state == "bi":
                output.append(tag("/i"))
                state = "b"
            elif state == "ib":
                output.append(tag("/b/i<b"))
                state = "b"
            elif state == "both":
                output += [tag("<b<i"), *buffer, tag("/i")]
                state = "b"
            else:
                output.append(tag("<i"))
                state += "i"
        elif length == 3:
            if state == "b":
                output.append(tag("/b"))
                state = ""
            elif state == "bi":
                output.append(tag("/i/b<i"))
                state = "i"
            elif state == "ib":
                output.append(tag("/b"))
                state = "i"
            elif state == "both":
                output += [tag("<i<b"), *buffer, tag("/b")]
                state = "i"
            else:
                output.append(tag("<b"))
                state += "b"
        else:
            if state == "b":
                output.append(tag("/b<i"))
                state = "i"
            elif state == "i":
                output.append(tag("/i<b"))
                state = "b"
            elif state == "bi":
                output.append(tag("/i/b"))
                state = ""
            elif state == "ib":
                output.append(tag("/b/i"))
                state = ""
            elif state == "both":
                output += [tag("<i<b"), *buffer, tag("/b/i")]
                state = ""
            else:
                buffer = []
                state = "both"
    # Close what is still open, in MediaWiki's order.
    if state in ("b", "ib"):
        output.append(tag("/b"))
    if state in ("i", "bi", "ib"):
        output.append(tag("/i"))
    if state == "bi":
        output.append(tag("/b"))
    contents = "".join(buffer)
    # PHP's "if ($buffer)": a lone "0" is false, so it is dropped like an empty one.
    if state == "both" and contents not in ("", "0"):
        output += [tag("<b<i"), contents, tag("/i/b")]
    return "".join(output)
