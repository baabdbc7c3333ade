"""Lists, citation-needed redirects and odds and ends: lists_more, maintenance_aliases,
misc_extra."""

from __future__ import annotations

import pytest

import wikiconv
from wikiconv.ast import Bold, ExternalLink, InlineTag, Italic, LineBreak, Link, Superscript, Text
from wikiconv.templates import default_registry
from wikiconv.templates.maintenance_aliases import CITATION_NEEDED_REDIRECTS

NBSP = "\u00a0"


def text(source: str) -> str:
    return wikiconv.convert(source, to="text").rstrip("\n")


def markdown(source: str) -> str:
    return wikiconv.convert(source, to="markdown").rstrip("\n")


def rendered(source: str) -> tuple[object, ...]:
    block = wikiconv.parse(source).blocks[0]
    call = block.content[0]  # type: ignore[attr-defined]
    assert call.rendered is not None, source
    return tuple(call.rendered)


# ------------------------------------------------------------------ citation needed


@pytest.mark.parametrize("name", ["fact?", "Needcite", "proveit", "Source needed", "cb"])
def test_citation_needed_redirects_render_as_citation_needed(name: str) -> None:
    expected = markdown("Sky is blue.{{Citation needed|date=May 2020}}")
    assert markdown(f"Sky is blue.{{{{{name}|date=May 2020}}}}") == expected
    assert text(f"Sky is blue.{{{{{name}}}}}") == "Sky is blue.[citation needed]"


def test_citation_needed_redirect_keeps_its_capitals() -> None:
    assert text("a{{PROV-statement}}") == "a[citation needed]"
    assert default_registry().lookup("Prov-statement") is None


# ---------------------------------------------------------------------------- lists


def test_unbulleted_list_redirects() -> None:
    assert text("{{Nblist|a|b|c}}") == "a\nb\nc"
    assert rendered("{{unbulletedlist|a|b}}") == (Text("a"), LineBreak(), Text("b"))
    assert text("{{ubt|a}}") == text("{{unbullet|a}}") == text("{{Nonbulleted list|a}}") == "a"


def test_columns_list_redirects() -> None:
    assert text("{{col-list|2|\n* one\n* two}}") == "one\ntwo"
    assert text("{{Columnslist|\n* x\n* y}}") == text("{{collist|\n* x\n* y}}") == "x\ny"


def test_comma_separated_entries_skip_empty_values() -> None:
    assert text("{{Comma separated entries|red||[[green]]|blue}}") == "red, green, blue"


def test_glossary_term_and_definition() -> None:
    assert rendered("{{term|apple}}") == (Bold((Text("apple"),)),)
    assert markdown("{{term|apple|[[Apple]]s}}") == (
        "**[Apples](https://en.wikipedia.org/wiki/Apple)**"
    )
    assert text("{{defn|A fruit.}}") == "A fruit."
    assert text("{{defn|no=2|A fruit.}}") == "2. A fruit."


def test_block_indent_shows_its_text() -> None:
    assert text("{{Block indent|em=3|Indented ''text''}}") == "Indented text"
    assert text("{{block indent|text=Other}}") == "Other"


def test_video_game_release_lines_and_hlist() -> None:
    source = "{{Video game release|NA|May 5, 2017|EU|May 8, 2017|Canada|June 1, 2017}}"
    assert text(source) == "NA: May 5, 2017\nEU: May 8, 2017\nCanada: June 1, 2017"
    assert rendered("{{vgrelease|JP|2001}}") == (
        InlineTag("abbr", (("title", "Japan"),), (Text("JP"),)),
        Text(": "),
        Text("2001"),
    )
    assert text("{{Vgrelease hlist|NA|2001|EU|2002}}") == f"NA: 2001{NBSP}· EU: 2002"


# ------------------------------------------------------------------ odds and ends


def test_nihongo_variants() -> None:
    assert text("{{Nihongo2|東京}}") == "東京"
    assert rendered("{{Nihongo3|Tokyo|東京|Tōkyō}}") == (
        Italic((Text("Tōkyō"),)),
        Text(" ("),
        Text("東京"),
        Text(", "),
        Text("Tokyo"),
        Text(")"),
    )
    assert text("{{Nihongo-s|Tokyo|東京|Tōkyō}}") == "Tokyo (東京, Tōkyō)"


def test_poem_quote_keeps_lines_then_attribution() -> None:
    source = "{{Poem quote|Line one\nline two|sign=Poet|source=Poems}}"
    assert text(source) == "Line one\nline two\n\u2014\u2009Poet, Poems"
    assert text("{{poemquote|Only a line}}") == "Only a line"


def test_sky_positions() -> None:
    assert rendered("{{RA|05|35|17.3}}") == (
        Text("05"),
        Superscript((Text("h"),)),
        Text(f"{NBSP}35"),
        Superscript((Text("m"),)),
        Text(f"{NBSP}17.3"),
        Superscript((Text("s"),)),
    )
    assert text("{{DEC|-05|23|28}}") == f"\u221205°{NBSP}23′{NBSP}28″"
    assert text("{{Sky|05|35|17.3|-|05|23|28|1344}}") == (
        f"05h{NBSP}35m{NBSP}17.3s, \u221205°{NBSP}23′{NBSP}28″"
    )


def test_email_no_spam_and_reply_to() -> None:
    assert rendered("{{Email|info@example.org}}") == (
        ExternalLink("mailto:info@example.org", (Text("info@example.org"),)),
    )
    assert text("{{email|info@example.org|write to us}}") == "write to us"
    assert text("{{No spam|john|example.com}}") == "john@example.com"
    assert text("{{No spam blue|john|example.com}}") == "john@example.com"
    assert rendered("{{@|Jimbo Wales}}") == (
        Text("@"),
        Link("User:Jimbo Wales", (Text("Jimbo Wales"),)),
        Text(":"),
    )
    assert text("{{@|A|B|C|p=.}}") == "@A, B and C."


def test_portuguese_name_audio_and_cite() -> None:
    assert text("{{Portuguese name|Santos|Silva}}") == (
        "In this Portuguese name, the first or maternal family name is Santos and the "
        "second or paternal family name is Silva."
    )
    assert rendered("{{Audio|En-us-Alabama.ogg|pronunciation}}") == (
        Link("Media:En-us-Alabama.ogg", (Text("pronunciation"),)),
    )
    citation = "|last=Doe|first=J.|title=A Book|year=2000}}"
    assert text("{{cite" + citation) == text("{{Citation" + citation) == "Doe, J. (2000), A Book"


def test_redirect_aliases_and_furniture() -> None:
    assert text("{{Redir|UK|other uses|UK (disambiguation)}}") == (
        '"UK" redirects here. For other uses, see UK (disambiguation).'
    )
    assert text("a {{Commons cat|Cats}} b") == "a b"
    assert text("a {{Subject bar|portal1=Cats}} b") == "a b"


def test_calls_these_handlers_cannot_read_stay_unrendered() -> None:
    for source in ("{{Nihongo3|Tokyo|東京}}", "{{Portuguese name|Santos}}", "{{Audio|X.ogg}}"):
        call = wikiconv.parse(source).blocks[0].content[0]  # type: ignore[attr-defined]
        assert call.rendered is None, source


NAMES = (
    *CITATION_NEEDED_REDIRECTS,
    "Commons cat", "Subject bar", "Redir",
    "Nblist", "Nonbulleted list", "Ubt", "Unbullet", "Unbulletedlist",
    "Col-list", "Columnslist", "Collist", "Comma separated entries", "Term", "Defn",
    "Block indent", "Video game release", "Vgrelease", "Video game release hlist",
    "Vgrelease hlist",
    "Nihongo-s", "Nihongo2", "Nihongo3", "Poem quote", "Poemquote", "RA", "DEC", "Sky",
    "Email", "No spam", "No spam blue", "@", "Portuguese name", "Audio", "Cite",
)  # fmt: skip


@pytest.mark.parametrize("name", NAMES)
def test_every_registered_name_resolves(name: str) -> None:
    assert default_registry().lookup(name) is not None
