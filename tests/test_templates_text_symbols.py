"""Characters, text styles, words, table-cell status words and talk-page marks."""

from __future__ import annotations

from datetime import date

import pytest

from wikiconv import convert
from wikiconv.ast import (
    Bold,
    Code,
    InlineTag,
    Italic,
    Link,
    Small,
    Strikeout,
    Template,
    Text,
    Underline,
)
from wikiconv.readers.wikitext import read
from wikiconv.templates import default_registry
from wikiconv.walk import iter_nodes, plain_text

NBSP = "\u00a0"
TODAY = date(2025, 1, 1)


def shown(source: str) -> str:
    """The text of the first paragraph, no-break and other spaces kept as they are."""
    document = read(source, today=TODAY)
    return plain_text(document.blocks[0]) if document.blocks else ""


def rendered(source: str) -> tuple[object, ...]:
    call = next(n for n in iter_nodes(read(source, today=TODAY)) if isinstance(n, Template))
    assert call.rendered is not None, source
    return call.rendered


def unrendered(source: str) -> bool:
    call = next(n for n in iter_nodes(read(source, today=TODAY)) if isinstance(n, Template))
    return call.rendered is None


def markdown(source: str) -> str:
    return convert(source, to="markdown", format="wikitext").strip()


SYMBOLS = [
    # Dashes.
    ("1990{{\u2013}}1995", "1990\u20131995"),
    ("a{{en dash}}b", "a\u2013b"),
    ("a{{\u2014}}b{{Em dash}}c", "a\u2014b\u2014c"),
    ("Paris{{sndash}}London", f"Paris{NBSP}\u2013 London"),
    ("Paris{{spaced en dash space}}London", f"Paris{NBSP}\u2013 London"),
    ("a{{spndsp}}b{{Spndashsp}}c", f"a{NBSP}\u2013 b{NBSP}\u2013 c"),
    ("a{{nsndns}}b", f"a{NBSP}\u2013{NBSP}b"),
    ("a{{nsmdns}}b{{nsemdashns}}c", f"a{NBSP}\u2014{NBSP}b{NBSP}\u2014{NBSP}c"),
    # Punctuation and signs.
    ("Marks {{&}} Spencer, Procter {{ampersand}} Gamble", "Marks & Spencer, Procter & Gamble"),
    ("a{{;}} b{{colon}} c", "a; b: c"),
    ("{{number sign}}1 {{asterisk}}", "#1 *"),
    ("Smith{{dagger}} Jones{{double-dagger}}", "Smith\u2020 Jones\u2021"),
    ("Q.E.D. {{tombstone}}", "Q.E.D. \u220e"),
    ("{{plusminus}}0.5 {{minusplus}}", "\u00b10.5 \u2213"),
    ("{{langle}}x{{rangle}}", "\u27e8x\u27e9"),
    ("B{{flat}} major, F{{sharp}} minor", "B\u266d major, F\u266f minor"),
    # Braces and tildes for documentation.
    ("{{((}}cite web{{))}}", "{{cite web}}"),
    ("{{(}}x{{)}} {{(((}}1{{)))}}", "{x} {{{1}}}"),
    ("sign with {{4~}}, or {{3~}}, {{1~}}{{2~}}{{5~}}", "sign with ~~~~, or ~~~, ~~~~~~~~"),
    # Spaces and joiners.
    ("a{{zwsp}}b{{word joiner}}c{{zero width joiner}}d", "a\u200bb\u2060c\u200dd"),
    ("ency{{shy}}clopedia", "ency\u00adclopedia"),
    ("1{{figure space}}2{{narrow no-break space}}3", "1\u20072\u202f3"),
    ("e{{non breaking hyphen}}mail", "e\u2011mail"),
    ("a{{quad}}b", "a\u2003b"),
    ("a{{in5}}b", f"a{NBSP} {NBSP} {NBSP}b"),
    ("a{{in5|1}}b{{in5|4}}c", f"a{NBSP}b{NBSP} {NBSP}{NBSP}c"),
    ("a{{in5|0}}b", "ab"),
    ("5{{thinspace}}km, 5{{very thin space}}km", "5\u2009km, 5\u200akm"),
    # Greek letters.
    ("{{pi}}r{{sup|2}}", "\u03c0r2"),
    ("{{sigma}} {{varsigma}} {{mu}} {{lambda}} {{kappa}}", "\u03c3 \u03c2 \u03bc \u03bb \u03ba"),
    ("{{theta}} {{vartheta}} {{gamma}} {{tau}} {{upsilon}}", "\u03b8 \u03d1 \u03b3 \u03c4 \u03c5"),
    ("{{xi}} {{varphi}} {{\u03a6}}", "\u03be \u03c6 \u03a6"),
]


@pytest.mark.parametrize(("source", "text"), SYMBOLS)
def test_symbols(source: str, text: str) -> None:
    assert shown(source) == text


STYLES = [
    # Computer text: code shows its markup as written.
    ("Press {{kbd|Ctrl}}+{{kbd|C}}", "Press Ctrl+C"),
    ("{{code|a ''b'' [[c]]}}", "a ''b'' [[c]]"),
    ("{{code|1=x = 1|lang=python}}", "x = 1"),
    ("{{code|a {{!}} b}}", "a | b"),
    ("{{code|a &lt; b}}", "a < b"),
    ("{{pre|<nowiki>{{x}}</nowiki>}}", "{{x}}"),
    ("{{mono|''m''}} {{monodiv|d}} {{samp|out}} {{var serif|I}}", "m d out I"),
    # Manual of Style examples.
    ("{{xt|good}} {{!xt|bad}} {{xtn|so-so}} {{xtd|old}}", "good bad so-so old"),
    ("{{mxt|a}} {{!mxt|b}} {{mxtn|c}} {{mxtd|d}}", "a b c d"),
    ("{{bxt|a}} {{!bxt|b}} {{bxtn|c}} {{bxtd|d}} {{tq|said}}", "a b c d said"),
    # Colours.
    ("{{color|red|text}} {{colour|blue|t}} {{colored text|green|g}}", "text t g"),
    ("{{font color|red|a}} {{font color|red|yellow|b}} {{fgcolor|red|c}}", "a b c"),
    ("{{background color|yellow|y}} {{highlight|h}}", "y h"),
    ("{{colored link|red|Paris|the capital}} {{colored link|red|Paris}}", "the capital Paris"),
    ("{{font|text=f|size=120%}} {{font|g|font=Courier}}", "f g"),
    # Weight, size, lines.
    ("{{strongbad|no}} {{stronggood|yes}} {{bigger|B}} {{bigdiv|D}} {{huge|H}}", "no yes B D H"),
    ("{{smalldiv|s}} {{bold div|b}} {{italic div|i}} {{strikethrough|x}}", "s b i x"),
    ("{{strikethroughdiv|x}} {{underline|u}} {{uuline|v}} {{double underline|w}}", "x u v w"),
    ("{{overline|o}} ''{{normal|(album)}}''", "o (album)"),
    # Place.
    ("{{left|l}} {{right|r}} {{justify|j}} {{center block|c}} {{centered|d}}", "l r j c d"),
    ("{{align|right|text}}", "text"),
    # Links and markup removed.
    ("{{delink|[[Paris|the capital]] and [[London]]}}", "the capital and London"),
    ("{{delink|''[[A|b]]'' [http://x.org label] [http://y.org] http://z.org}}",
     "b label  http://z.org"),
    ("{{plain text|''[[A|b]]''<ref>note</ref> '''c'''}}", "b c"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "text"), STYLES)
def test_styles_text(source: str, text: str) -> None:
    assert shown(source) == text


def test_style_nodes() -> None:
    assert rendered("{{kbd|Ctrl}}") == (InlineTag("kbd", (), (Text("Ctrl"),)),)
    assert rendered("{{samp|out}}") == (InlineTag("samp", (), (Text("out"),)),)
    assert rendered("{{code|a ''b''}}") == (Code("a ''b''"),)
    assert rendered("{{var serif|I}}") == (Italic((Text("I"),)),)
    assert rendered("{{smalldiv|s}}") == (Small((Text("s"),)),)
    assert rendered("{{bold div|b}}") == (Bold((Text("b"),)),)
    assert rendered("{{strikethrough|x}}") == (Strikeout((Text("x"),)),)
    assert rendered("{{uuline|u}}") == (Underline((Text("u"),)),)
    assert rendered("{{color|red|text}}") == (
        InlineTag("span", (("style", "color:red"),), (Text("text"),)),
    )
    assert rendered("{{font color|red|yellow|t}}") == (
        InlineTag("span", (("style", "color:red;background-color:yellow"),), (Text("t"),)),
    )
    link = rendered("{{colored link|red|Paris|the capital}}")
    assert link == (
        Link("Paris", (InlineTag("span", (("style", "color:red"),), (Text("the capital"),)),)),
    )
    (example,) = rendered("{{xtd|old}}")
    assert isinstance(example, Strikeout)


def test_styles_markdown() -> None:
    assert markdown("x {{code|a ''b''}} y") == "x `a ''b''` y"
    assert markdown("{{bxt|yes}} {{xtd|no}}") == "**yes** ~~no~~"
    assert markdown("{{strongbad|Do not}} {{italic div|it}}") == "**Do not** *it*"


@pytest.mark.parametrize(
    "source",
    [
        "{{color|red}}",  # no text
        "{{align|middle|x}}",  # not a side
        "{{xt|a|b}}",  # more than the example
        "{{tq|x|q=yes}}",  # quotation marks and a source
        "{{font|x|weight=bold}}",  # a style we do not know
        "{{delink|[[File:A.jpg|thumb]]}}",
        "{{code|''x''{{sfn|A|2000}}}}",  # markup beside a call: unknown source
    ],
)
def test_styles_unrendered(source: str) -> None:
    assert unrendered(source)


WORDS = [
    ("Prince, {{aka}} The Artist", "Prince, a.k.a. The Artist"),
    ("{{a.k.a.}} {{also known as}}", "a.k.a. a.k.a."),
    ("{{cf.}} chapter 2", "cf. chapter 2"),
    ("Aelfric ({{fl.|1120}})", "Aelfric (fl.\u202f1120)"),
    ("{{fl.|date=c. 1200}} {{fl.}}", "fl.\u202fc. 1200 fl."),
    ("huǒhú ({{lit|fire fox}})", "huǒhú (lit. 'fire fox')"),
    ("{{literal translation|a}}; {{literally|a|b}}; {{literal|c}}",
     "lit. 'a'; lit. 'a' or 'b'; lit. 'c'"),
    ("casa {{gloss|house}}", "casa 'house'"),
    ("billiards {{gloss|mode=def|cue sports}}", "billiards (cue sports)"),
    ("{{they}} said {{they are}} sure of {{their}} work", "they said they are sure of their work"),
    ("{{he or she}}, {{him or her}}, {{his or her}}, {{his or hers}}",
     "he or she, him or her, his or her, his or hers"),
    ("{{he/she}} {{him/her}} {{his/her}} {{them}} {{theirs}} {{themself}}",
     "he/she him/her his/her them theirs themself"),
    ("{{they were}} {{they have}} {{they do}}", "they were they have they do"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "text"), WORDS)
def test_words(source: str, text: str) -> None:
    assert shown(source) == text


def test_word_links() -> None:
    assert rendered("{{fl.|1120}}") == (Link("Floruit", (Text("fl."),)), Text("\u202f1120"))
    assert markdown("{{aka}}") == "a.k.a."


@pytest.mark.parametrize(
    "source",
    [
        "{{they|Jimbo Wales}}",  # the word for that user's gender
        "{{lit|a|b|c}}",
        "{{fl.|1120|1150}}",
        "{{aka|x}}",
        "{{gloss|x|mode=other}}",
    ],
)
def test_words_unrendered(source: str) -> None:
    assert unrendered(source)


MARKS = [
    # Table-cell status words: the default word, or the text given.
    ("{{eliminated}} {{safe}} {{safe|Protected}} {{lost}}", "Eliminated Safe Protected Lost"),
    ("{{pending}} {{varies}} {{any}} {{non-album single}} {{unreleased}}",
     "Pending Varies Any Non-album single Unreleased"),
    ("{{site active}} {{site inactive}} {{coming soon}} {{sho}} {{longlisted}}",
     "Active Inactive Coming soon Shortlisted Longlisted"),
    ("{{success}} {{failure}} {{partial success}} {{partial failure}} {{operational}}",
     "Success Failure Partial success Partial failure Operational"),
    ("{{planned}} {{scheduled}} {{terminated}} {{regional}} {{yes-no}}",
     "Planned Scheduled Terminated Regional Yes/No"),
    ("{{beta}} {{table-experimental}} {{proprietary}} {{unofficial}}",
     "Beta Experimental Proprietary Unofficial"),
    ("{{incorrect}} {{no result}} {{draw}} {{not yet}} {{optional}}",
     "Incorrect No result Draw Not yet Optional"),
    ("{{cmain}} {{calso starring}} {{crecurring}} {{cguest}}",
     "Main Also starring Recurring Guest"),
    ("[{{yes2}}] {{yes2|Since 2.0}} {{no2|None}}", "[] Since 2.0 None"),
    ("{{safe|}}x", "x"),
    # Talk-page replies: the icon as a sign, then the reply.
    ("{{done}} Fixed it.", "\u2713 Done Fixed it."),
    ("{{not done}}: see below", "\u2717 Not done: see below"),
    ("{{already done}} {{agree}} {{accepted}} {{approved}}",
     "\u2713 Already done \u2713 Agree \u2713 Accepted \u2713 Approved"),
    ("{{checked2}} {{verified}} {{confirmed}} {{tallyho}}",
     "\u2713 Checked \u2713 Verified \u2713 Confirmed \u2713 Technically indistinguishable"),
    ("{{implemented}} {{pimplemented}} {{resolved mark}} {{resolved mark large}}",
     "\u2713 Implemented \u2713 Partially implemented \u2713 Resolved \u2713 Resolved"),
    ("{{helped}} {{donetask}} {{merge done}} {{pass}}",
     "\u2713 Helped. \u2713 Task complete. \u2713 Merger complete. \u2713 Pass"),
    ("{{autp}} {{responded}}",
     "\u2713 Answered on user's talk page. \u2713 Responded at the appropriate venue."),
    ("{{not done-t}} {{not done not likely}} {{already declined}}",
     "\u2717 Not done \u2717 Not done and not likely to be done \u2717 Already declined"),
    ("{{smallrejected}} {{stale-small}} {{expired}} {{fail}}",
     "\u2717 Rejected \u2717 Stale \u2717 This offer has expired \u2717 Fail"),
    ("{{deleted}} {{deleted-image}} {{cancelled}}",
     "\u2717 Deleted \u2717 Deleted \u2717 Cancelled"),
    # Icons alone.
    ("{{tick}} {{aye}} {{yes check}} {{check mark-n}} {{tick|20}}",
     "\u2713 \u2713 \u2713 \u2713 \u2713"),
    ("{{x mark}} {{xmark}} {{nay}} {{x mark-n}}", "\u2717 \u2717 \u2717 \u2717"),
    ("{{checked box}} {{xed box}}", "\u2611 \u2612"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "text"), MARKS)
def test_marks(source: str, text: str) -> None:
    assert shown(source) == text


def test_marks_markdown() -> None:
    assert markdown("{{done}} Fixed.") == "\u2713 **Done** Fixed."
    assert rendered("{{not done}}") == (Text("\u2717 "), Bold((Text("Not done"),)))


@pytest.mark.parametrize("source", ["{{done|Added}}", "{{not done|reason=x}}", "{{tick|big}}"])
def test_marks_unrendered(source: str) -> None:
    assert unrendered(source)


def test_table_cell_in_a_table() -> None:
    text = convert("{|\n|-\n| {{eliminated}}\n| {{cguest}}\n|}", to="text", format="wikitext")
    assert "Eliminated" in text and "Guest" in text


NAMES = {
    "text_symbols": [
        "\u2013", "En dash", "\u2014", "Em dash", "Spaced en dash space", "Sndash",
        "Spndash", "Spndsp", "Sndashs", "Spndashsp", "Nsndns", "Nsmdns", "Nsmdashns",
        "Nsemdashns", "&", "Ampersand", ";", "Colon", "Asterisk", "Number sign", "(",
        "((", "(((", ")", "))", ")))", "1~", "2~", "3~", "4~", "5~", "Dagger",
        "Double-dagger", "Tombstone", "Langle", "Rangle", "Flat", "Sharp", "Zwsp",
        "Zero width joiner", "Word joiner", "Shy", "Figure space", "Narrow no-break space",
        "Non breaking hyphen", "Pi", "Sigma", "Varsigma", "Mu", "Lambda", "Kappa", "Theta",
        "Vartheta", "Gamma", "Tau", "Upsilon", "Xi", "Varphi", "\u03a6", "Plusminus",
        "Minusplus", "In5", "Quad",
    ],
    "text_styles": [
        "Kbd", "Samp", "Mono", "Monodiv", "Code", "Pre", "Var serif", "Xt", "!xt", "Xtn",
        "Xtd", "Mxt", "!mxt", "Mxtn", "Mxtd", "Bxt", "!bxt", "Bxtn", "Bxtd", "Tq", "Color",
        "Colour", "Colored text", "Font color", "Fgcolor", "Background color", "Highlight",
        "Colored link", "Font", "Strongbad", "Stronggood", "Bigger", "Bigdiv", "Huge",
        "Smalldiv", "Bold div", "Italic div", "Strikethrough", "Strikethroughdiv",
        "Underline", "Uuline", "Double underline", "Overline", "Normal", "Left", "Right",
        "Justify", "Center block", "Align", "Delink", "Plain text",
    ],
    "text_words": [
        "Aka", "A.k.a.", "Also known as", "Cf.", "Fl.", "Lit", "Literal", "Literally",
        "Literal translation", "Gloss", "They", "Them", "Their", "Theirs", "Themself",
        "They are", "They were", "They have", "They do", "He or she", "Him or her",
        "His or her", "His or hers", "He/she", "Him/her", "His/her",
    ],
    "text_marks": [
        "Eliminated", "Lost", "Safe", "Site active", "Site inactive", "Coming soon", "Sho",
        "Longlisted", "Success", "Failure", "Partial success", "Partial failure",
        "Operational", "Terminated", "Planned", "Scheduled", "Regional", "Yes-no",
        "Pending", "Unofficial", "Any", "Varies", "Non-album single", "Unreleased", "Beta",
        "Table-experimental", "Proprietary", "Incorrect", "No result", "Draw", "Not yet",
        "Optional", "Cmain", "Calso starring", "Crecurring", "Cguest", "Yes2", "No2", "Done",
        "Already done", "Donetask", "Helped", "Autp", "Responded", "Merge done", "Agree",
        "Accepted", "Approved", "Checked2", "Verified", "Confirmed", "Tallyho",
        "Implemented", "Pimplemented", "Resolved mark", "Resolved mark large", "Pass",
        "Not done", "Not done-t", "Not done not likely", "Already declined",
        "Smallrejected", "Stale-small", "Expired", "Deleted", "Deleted-image", "Cancelled",
        "Fail", "Tick", "Aye", "Yes check", "Check mark-n", "X mark", "Xmark", "Nay",
        "X mark-n", "Checked box", "Xed box",
    ],
}  # fmt: skip
# Redirects registered for handlers of other modules.
ALIASES = {"Thinspace": "typography", "Very thin space": "typography", "Centered": "longtail"}


def test_every_name_resolves_to_its_module() -> None:
    registry = default_registry()
    for module, names in NAMES.items():
        for name in names:
            found = registry.lookup(name)
            assert found is not None, name
            assert found.__module__ == f"wikiconv.templates.{module}", name
    for name, module in ALIASES.items():
        found = registry.lookup(name)
        assert found is not None, name
        assert found.__module__ == f"wikiconv.templates.{module}", name
