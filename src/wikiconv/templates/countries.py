"""English Wikipedia's country code templates: ``{{ISL}}``, ``{{GER}}``, ``{{RSA}}``…

Each is a shortcut for ``{{flag|<country>}}``: a small flag, then the country's name
linked to its article. The flag is an image, so the text is the name alone:
``{{ISL}}`` is "Iceland", ``{{NED}}`` "Netherlands", ``{{CIV}}`` "Ivory Coast". The
codes are those of :data:`~wikiconv.templates.countries_data.COUNTRY_NAMES` (ISO 3166-1
alpha-3, the IOC and FIFA codes that differ, former Olympic teams). A positional
value picks another flag (``{{GER|1935}}``), which changes nothing in the text;
``name=`` replaces the name shown.

:mod:`wikiconv.templates.flags` registers the most common codes first; this module
adds the rest and leaves every name already registered alone.
"""

from __future__ import annotations

from wikiconv.ast import Link, Text

# Imported first so that its registrations are known here (they are kept).
from wikiconv.templates import flags as flags
from wikiconv.templates.countries_data import ARTICLES, COUNTRY_NAMES
from wikiconv.templates.registry import BUILTIN, HandlerContext, Output, TemplateCall

__all__ = ["COUNTRY_TEMPLATES"]


def country_template(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{ISL}}: the flag (not text) and "Iceland", linked.
    shown = COUNTRY_NAMES[call.name]
    article = ARTICLES.get(shown, shown)
    label = call.text("name") or shown
    return (Link(article, () if label == article else (Text(label),)),)


COUNTRY_TEMPLATES: tuple[str, ...] = tuple(
    code for code in COUNTRY_NAMES if code not in BUILTIN and code not in flags.COUNTRY_CODES
)
"""The codes this module renders (the others have a handler elsewhere)."""

BUILTIN.add(country_template, *COUNTRY_TEMPLATES)
