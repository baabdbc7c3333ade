"""Template handlers: what a template call shows on the page, as nodes.

A handler is a plain function registered under a name and its aliases::

    from wikiconv.templates import Registry, default_registry

    registry = default_registry().copy()

    @registry.handler("shout", "yell")
    def shout(call, ctx):
        return (Text(call.text(1).upper()),)

The wikitext reader renders every call with :func:`default_registry` unless it is
given another registry. See docs/templates.md.
"""

from __future__ import annotations

import importlib

from wikiconv.templates.apply import render_call, render_templates
from wikiconv.templates.registry import (
    BUILTIN,
    Handler,
    HandlerContext,
    Output,
    Registry,
    TemplateCall,
    handler,
    normalise_name,
    trim,
)

__all__ = [
    "Handler",
    "HandlerContext",
    "Output",
    "Registry",
    "TemplateCall",
    "default_registry",
    "handler",
    "normalise_name",
    "render_call",
    "render_templates",
    "trim",
]

# The handler modules, each a family; importing one fills the built-in table with its
# handlers, and the table is frozen once all are in.
_HANDLER_MODULES = (
    "citations",
    "citations_de",
    "citations_encyclopedias",
    "citations_extra",
    "citations_more",
    "coord",
    "countries",
    "currency",
    "dates",
    "dates_ages",
    "dates_more",
    "exchanges",
    "flags",
    "harv",
    "hatnotes",
    "ipa",
    "language",
    "links",
    "lists",
    "lists_more",
    "longtail",
    "maintenance",
    "maintenance_aliases",
    "media",
    "misc_extra",
    "misc_more",
    "nature",
    "notes",
    "numbers_math",
    "parser_functions",
    "people",
    "profiles",
    "reference_sources",
    "ships",
    "ships_more",
    "sorting",
    "sports",
    "sports_more",
    "strings",
    "tables",
    "tables_music",
    "tables_music_charts",
    "tables_politics",
    "template_links",
    "text",
    "text_extra",
    "text_extra2",
    "text_extra3",
    "text_marks",
    "text_styles",
    "text_symbols",
    "text_words",
    "transit",
    "typography",
    "units",
    "weblinks",
    "weblinks_extra",
    "weblinks_more",
    "wiki_fr",
    "wiki_fr_citations",
    "wiki_fr_notes",
    "wiki_it_es",
    "wiki_nl_pl",
)
for _module in _HANDLER_MODULES:
    importlib.import_module(f"{__name__}.{_module}")
BUILTIN.freeze()


def default_registry() -> Registry:
    """The built-in handlers (frozen: ``.copy()`` it to add or replace handlers)."""
    return BUILTIN
