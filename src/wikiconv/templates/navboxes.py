"""Navigation boxes and sidebars: page furniture around the article's text.

A navigation box is a collapsible table of links below the article (``{{Toronto}}``,
``{{G8 nations}}``); a sidebar is a box of links beside it (``{{Anarchism
sidebar}}``). Neither is part of the text, so both render as nothing (``()``).

Most are known only by their own name, so they are listed here one by one: a name
is added when its calls are seen used as a navigation box — alone on a line among
the boxes closing an article (or, for a sidebar, above a section's text) and with no
argument but the box's display state (``state=collapsed``). The list is a deliberate
rule, not a guess: a template not in it and not matching :data:`NAVBOX_PATTERN`
stays unrendered and is reported like any unknown template.
"""

from __future__ import annotations

import re

from wikiconv.templates.registry import BUILTIN, HandlerContext, Output, TemplateCall

__all__ = ["KNOWN_NAVBOXES", "NAVBOX_PATTERN"]

# Names that say what the template is: "… sidebar", "Navbox …", "… topics",
# "… navigation" (and "… navigation box"), German "Navigationsleiste …" and
# "NaviBlock" (a block of Navigationsleisten), and the party colours of an
# election box ("Pakistan Peoples Party/meta/color"), which only colour a table.
NAVBOX_PATTERN = re.compile(
    r"^(?:.+ sidebar|navbox.*|.+ topics|.+ (?:in )?topic|.+ navigation(?: box)?|"
    r"navigationsleiste .+|naviblock|campaignbox .+|.+/meta/(?:color|shortname))$",
    re.IGNORECASE,
)

KNOWN_NAVBOXES = (
    # Countries and international bodies (United Kingdom, Toronto).
    "United Kingdom constituents and affiliations", "British Isles",
    "Sovereign states of Europe", "Commonwealth realms",
    "English official language clickable map", "Members of the European Union (EU)",
    "The Commonwealth", "G8 nations", "UN Security Council", "Member states of the OECD",
    "G-20 leaders' summits", "National upper houses",
    # Places.
    "Toronto", "Greater Toronto Area", "Subdivisions of Ontario", "Canada capitals",
    "Census metropolitan areas by size", "Paralympic Summer Games Host Cities",
    "Pan American Games host cities", "Theatres in Toronto", "Chicago",
    "Museums in Chicago", "Cornwall", "Lincoln County, Wisconsin",
    "Cities of Placer County, California", "Greater Sacramento",
    "Cantons of Pas-de-Calais", "Torbat-e Jam County",
    # Politics and philosophy; the sidebars among them stand beside the text.
    "Politics of Pakistan", "Chairman Senate Pakistan", "White House Counsels",
    "Anarchism", "Libertarian socialism", "Green anarchism", "Political culture",
    "Political ideologies", "Social and political philosophy", "Aspects of Capitalism",
    "Psychoanalysis", "Feminist theory",
    # Science and history of science.
    "Islamic astronomy", "Islamic mathematics", "Islamic philosophy", "Islamic medicine",
    "BranchesofChemistry", "Nitrogenous transferases", "Enzymes",
    # Companies, institutions, works.
    "Microsoft APIs", "IPC companies", "Restaurants in Mexico", "Torstar",
    "Defunct UK newspapers", "Walter Alexander bodies", "University of Nevada",
    "Korean ceramics", "Walter Scott",
    # Subjects whose boxes take a positional argument ({{Statistics|descriptive}},
    # {{Latin alphabet|A|}}), so the rule for calls at the page end leaves them.
    "Statistics", "Latin alphabet",
    # Arts and awards.
    "Cinema of the United Kingdom", "2014 films", "Films by country",
    "Australian Film Institute Awards", "AVN Best Supporting Actress", "The VIZE 97 Prize",
    "Band of Horses", "Antique duo", "Elena Paparizou",
    # Sports: clubs, leagues, draft classes, season rosters.
    "Raith Rovers F.C.", "Scottish Professional Football League",
    "Scottish Football League", "Wales national rugby union team",
    "History of Tier 1 nations", "Redskins1960DraftPicks", "Packers2005DraftPicks",
    "1960 Houston Oilers", "1961 Houston Oilers",
)  # fmt: skip


def navbox(call: TemplateCall, ctx: HandlerContext) -> Output:
    return ()


BUILTIN.add(navbox, *KNOWN_NAVBOXES)
BUILTIN.add_pattern(lambda name: NAVBOX_PATTERN.match(name) is not None, navbox)
