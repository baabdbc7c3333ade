"""Every writer handles every node type: it writes it, or says what it could not write."""

from __future__ import annotations

import dataclasses
import json

import pytest

import wikiconv
from wikiconv.formats import FORMATS, writer_for
from wikiconv.nodeio import node_types
from wikiconv.pandoc_bridge import BridgeWriter
from wikiconv.walk import iter_nodes
from wikiconv.writers.base import NodeWriter, method_name

from sample_tree import every_node_document
from test_pandoc_bridge import pandoc_text

# Not the formats pandoc makes of the pandoc writer's JSON (docx, rst…): they run the
# pandoc program, and tests/test_pandoc_bridge.py checks them.
WRITERS = [
    row.name for row in FORMATS if row.writer and not issubclass(writer_for(row.name), BridgeWriter)
]
# Support types describe nodes (where from, how laid out); they are not content.
SUPPORT = {"SourceSpan", "Layout", "DocumentLayout", "Diagnostic", "Document"}
CONTENT_TYPES = sorted(set(node_types()) - SUPPORT)


def test_sample_holds_every_node_type() -> None:
    present = {type(node).__name__ for node in iter_nodes(every_node_document())}
    assert set(CONTENT_TYPES) <= present


# json and ast serialise the whole tree in one function instead of a method per node;
# the behavioural test below covers them like the others.
METHOD_WRITERS = [name for name in WRITERS if writer_for(name).write is NodeWriter.write]


def test_node_method_writers_are_the_expected_ones() -> None:
    assert set(METHOD_WRITERS) == {"flat", "markdown", "html", "text", "wikitext", "pandoc"}


@pytest.mark.parametrize("name", METHOD_WRITERS)
def test_writer_has_a_method_per_node_type(name: str) -> None:
    writer = writer_for(name)
    missing = [t for t in CONTENT_TYPES if not hasattr(writer, method_name(node_types()[t]))]
    assert missing == []


@pytest.mark.parametrize("name", WRITERS)
def test_writer_keeps_every_text_or_reports_it(name: str) -> None:
    document = every_node_document()
    rendered = wikiconv.render_output(document, name)
    assert rendered.text.endswith("\n")
    if name == "pandoc":  # its words are Str elements with Space elements between them
        rendered = dataclasses.replace(rendered, text=pandoc_text(json.loads(rendered.text)))
    reported = " ".join(d.message for d in rendered.diagnostics)
    for text in (
        "plain",
        "bold",
        "italic",
        "bullet item",
        "nested item",
        "a term",
        "a definition",
        "head a",
        "cell a",
        "quoted text",
        "sub text",
        "infobox value",
        "Section heading",
        "Subsection heading",
        "lead text",
        "hatnote text",
    ):
        assert text in rendered.text, f"{name} lost {text!r}"
    # A template block shows the table its call renders; the wikitext writer writes
    # the call itself, which the reader renders again.
    block_text = "{{Weather box|Jan high C = 5}}" if name == "wikitext" else "template block cell"
    for text in (block_text,):
        assert text in rendered.text, f"{name} lost {text!r}"
    for text, node_type in (
        ("param text", "Template"),
        ("raw inline", "RawInline"),
        ("raw block", "RawBlock"),
        ("gallery caption", "Gallery"),
        ("table caption", "Table"),
        ("note text", "Reference"),
        ("listed note", "Reference"),
        # The wikitext writer writes the call itself, which is no loss.
        ("5 km (3.1 mi)" if name != "wikitext" else "{{convert|5|km}}", "Template"),
    ):
        assert text in rendered.text or node_type in reported, (
            f"{name} dropped {node_type} ({text!r}) without a diagnostic"
        )
