"""How the Markdown writer lays blocks out: definition lists, lists in a row, joins.

Markdown has no definition lists, and two lists in a row merge into one: the functions
here decide what the writer writes instead, so that markdown-it reads the same lists
and items as a browser reads in the HTML writer's output.
"""

from __future__ import annotations

from collections.abc import Iterator

from wikiconv.ast import Block, Bold, List, Paragraph, Plain

__all__ = ["join", "same_list", "spliced"]


def same_list(previous: Block | None, block: List) -> bool:
    """Whether ``block`` directly after ``previous`` would continue the same list."""
    return isinstance(previous, List) and (previous.kind == "ordered") == (block.kind == "ordered")


def spliced(blocks: tuple[Block, ...]) -> Iterator[Block]:
    """The blocks with each definition list replaced by the blocks it is written as.

    A term or a definition is no list item (HTML has <dt> and <dd>, not <li>), so
    writing them as items would add items to the document: terms become bold
    paragraphs and definitions their own blocks, as indented text reads. Set among the
    blocks around them, lists inside definitions are kept apart like any other list.
    """
    for block in blocks:
        if not (isinstance(block, List) and block.kind == "definition"):
            yield block
            continue
        for item in block.items:
            first, *rest = item.blocks or (Plain(()),)
            if item.kind == "term" and isinstance(first, (Plain, Paragraph)):
                first = Paragraph((Bold(first.content),))
            yield from spliced((first, *rest))


def join(rendered: list[tuple[Block, str]], in_item: bool = False) -> str:
    """Blocks separated by blank lines; in a list item a nested list follows its text directly."""
    out = ""
    previous: Block | None = None
    for block, text in rendered:
        # A bare marker cannot interrupt a paragraph, so such a list needs the blank line.
        tight = in_item and isinstance(previous, Plain) and isinstance(block, List)
        tight = tight and " " in text.split("\n", 1)[0]
        out += (("\n" if tight else "\n\n") + text) if out else text
        previous = block
    return out
