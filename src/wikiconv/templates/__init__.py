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

# The handler modules fill the built-in table as they are imported.
from wikiconv.templates import (
    citations,
    citations_de,
    citations_encyclopedias,
    citations_extra,
    citations_more,
    coord,
    countries,
    dates,
    dates_more,
    flags,
    harv,
    hatnotes,
    ipa,
    language,
    links,
    lists,
    longtail,
    maintenance,
    media,
    misc_more,
    nature,
    notes,
    parser_functions,
    people,
    ships,
    sorting,
    sports,
    tables,
    tables_music,
    tables_politics,
    text,
    text_extra,
    text_extra2,
    text_extra3,
    typography,
    units,
    weblinks,
    weblinks_extra,
    weblinks_more,
)
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

_MODULES = (
    citations,
    citations_de,
    citations_encyclopedias,
    citations_extra,
    citations_more,
    coord,
    countries,
    dates,
    dates_more,
    flags,
    harv,
    hatnotes,
    ipa,
    language,
    links,
    lists,
    longtail,
    maintenance,
    media,
    misc_more,
    nature,
    notes,
    parser_functions,
    people,
    ships,
    sorting,
    sports,
    tables,
    tables_music,
    tables_politics,
    text,
    text_extra,
    text_extra2,
    text_extra3,
    typography,
    units,
    weblinks,
    weblinks_extra,
    weblinks_more,
)
BUILTIN.freeze()


def default_registry() -> Registry:
    """The built-in handlers (frozen: ``.copy()`` it to add or replace handlers)."""
    return BUILTIN
