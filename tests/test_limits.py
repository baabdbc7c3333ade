"""The reader's limits: past each one it degrades, says so, and never raises."""

from __future__ import annotations

import json

import pytest

import wikiconv
from wikiconv import Limits, WikiOptions
from wikiconv.ast import Bold, Document, Inline, Paragraph, Template, Text
from wikiconv.errors import TreeError
from wikiconv.readers.wikitext import read
from wikiconv.walk import iter_nodes

WRITERS = ("html", "markdown", "text", "json", "wikitext", "flat", "ast")


def _codes(document: Document) -> list[str]:
    return [d.code for d in document.diagnostics]


def _every_writer(document: Document) -> None:
    for fmt in WRITERS:
        wikiconv.render(document, fmt)
    assert wikiconv.from_dict(json.loads(wikiconv.render(document, "ast"))) == document


@pytest.mark.parametrize(
    "text",
    [
        "{{a|" * 20000 + "x" + "}}" * 20000,
        "{{#if:1|" * 20000 + "x" + "}}" * 20000,
        "{{a|b={{c|" * 5000 + "x" + "}}}}" * 5000,
    ],
    ids=["templates", "parser functions", "named parameters"],
)
def test_calls_nested_past_the_depth_limit_are_kept_as_text(text: str) -> None:
    document = read(text)
    assert "templates-too-deep" in _codes(document)
    depth = max(_depth(node) for node in iter_nodes(document) if isinstance(node, Template))
    assert depth <= Limits().template_depth
    _every_writer(document)


def _depth(call: Template) -> int:
    deepest, stack = 1, [(call, 1)]
    while stack:
        node, level = stack.pop()
        deepest = max(deepest, level)
        stack.extend(
            (inner, level + 1)
            for param in node.params
            for inner in param.value
            if isinstance(inner, Template)
        )
    return deepest


def test_the_template_depth_is_an_option() -> None:
    options = WikiOptions(limits=Limits(template_depth=2))
    document = read("{{nowrap|{{small|{{big|x}}}}}} and {{nowrap|y}}", options)
    names = [node.name for node in iter_nodes(document) if isinstance(node, Template)]
    assert names == ["nowrap", "small", "nowrap"]
    assert wikiconv.render(document, "text") == "{{big|x}} and y\n"
    assert _codes(document) == ["templates-too-deep"]


def test_text_past_the_size_limit_is_kept_as_plain_text() -> None:
    options = WikiOptions(limits=Limits(max_size=30))
    document = read("== A ==\nText one.\n== B ==\nText [[two]] and {{three}}.\n", options)
    (note,) = document.diagnostics
    assert (note.code, note.line, note.column) == ("document-too-large", 4, 1)
    markdown = wikiconv.render(document, "markdown")
    assert markdown.endswith("## B\n\nText \\[\\[two\\]\\] and {{three}}.\n")


@pytest.mark.parametrize(
    ("text", "limits", "code"),
    [
        ("<div>" * 12 + "x" + "</div>" * 12, Limits(block_depth=5), "nesting-too-deep"),
        ("<span>" * 12 + "x" + "</span>" * 12, Limits(inline_depth=5), "deep-nesting"),
        ("*" * 12 + " x\n", Limits(list_depth=5), "list-too-deep"),
    ],
)
def test_the_nesting_limits_are_options(text: str, limits: Limits, code: str) -> None:
    assert code not in _codes(read(text))
    document = read(text, WikiOptions(limits=limits))
    assert code in _codes(document)
    assert "x" in wikiconv.render(document, "text")


def test_a_tree_deeper_than_python_allows_is_dumped_or_refused_clearly() -> None:
    # to_dict works with its own stack; JSON's encoder has a depth limit of its own.
    node: Inline = Text("x")
    for _ in range(20000):
        node = Bold((node,))
    document = Document((Paragraph((node,)),))
    data = document.to_dict()
    assert data["blocks"][0]["content"][0]["type"] == "Bold"
    with pytest.raises(TreeError, match="nested too deeply to write as JSON"):
        wikiconv.render(document, "ast")
