"""More names of existing maintenance and page-furniture templates: their redirects.

English Wikipedia keeps dozens of redirects to ``{{Citation needed}}`` ("Fact?",
"Needcite", "Proveit", "Source needed"…); each shows the same superscript note,
"[citation needed]", linked to the help page, so each renders through the
``{{Citation needed}}`` handler of :mod:`wikiconv.templates.maintenance`.

The other names here redirect to templates that render as nothing in the article's
text (``{{Commons cat}}``, a sister-project box; ``{{Subject bar}}``, the portal and
sister-project bar at the foot of an article) or to the ``{{Redirect}}`` hatnote
(``{{Redir}}``).
"""

from __future__ import annotations

from dataclasses import replace

from wikiconv.templates.hatnotes import redirect
from wikiconv.templates.maintenance import inline_note, nothing
from wikiconv.templates.registry import BUILTIN, HandlerContext, Output, TemplateCall

__all__ = ["CITATION_NEEDED_REDIRECTS"]

# The redirects to Template:Citation needed, spelled as their pages are (only the first
# letter is case-insensitive, so "PROV-statement" keeps its capitals).
CITATION_NEEDED_REDIRECTS = (
    "Are you sure?", "Cb", "Ciation needed", "Cit", "Cita requerida", "Citaiton needed",
    "Citation missing", "Citation need", "Citation requested", "Citation required",
    "Citation-needed", "Citationeeded", "Citationneeded", "Citationrequired",
    "Citazione necessaria", "Cite-needed", "Citeneeded", "Citesource", "Citn",
    "Cn needed", "Ctn", "Fact?", "Facts", "Fcitation needed", "Me-fact", "Need citation",
    "Need sources", "Need-ref", "Needcitation", "Needcite", "Needs citation",
    "Needs citations", "Needs reference", "Needs source", "Needs-cite", "Needsref",
    "No source given", "PROV-statement", "Prove it", "Proveit", "Ref needed", "Ref-needed",
    "Ref?", "Reference necessary", "Reference needed", "Reference required", "Refnec",
    "Refneeded", "Refplease", "Request citation", "Source needed", "Source?", "Sourceme",
    "Uncited", "Unreferenced inline", "Unsourced-inline",
)  # fmt: skip


def citation_needed(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The maintenance handler picks its note by the call's name, which here is the
    # redirect's: hand it the call under the name the redirect leads to.
    return inline_note(TemplateCall(replace(call.template, name="Citation needed")), ctx)


BUILTIN.add(citation_needed, *CITATION_NEEDED_REDIRECTS)

# Redirects to templates that show nothing in the article's text; merge proposals
# (banners for editors); the featured- and good-article badges an article in one
# language gives its versions in others (shown beside the language links).
BUILTIN.add(nothing, "Commons cat", "Subject bar")
BUILTIN.add(nothing, "Merge to", "Merge from", "Merge", "Merge-to", "Merge-from", "Mergeto")
BUILTIN.add(nothing, "Link FA", "Link GA", "Link FL")


def redir(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Redir|UK|…}} is {{Redirect|UK|…}}; the hatnote handler reads its name
    # ("Redirect2" takes two names), so it gets the call under the target's name.
    return redirect(TemplateCall(replace(call.template, name="Redirect")), ctx)


BUILTIN.add(redir, "Redir")
