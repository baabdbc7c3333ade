"""The wikitext inline pass: exact node tuples for MediaWiki's inline rules.

Cases come from MediaWiki's parser tests (quotes.txt, wikiLinks.txt, extLinks.txt,
sanitizer.txt, parserTests.txt, wtEscaping.txt) and from Help:Formatting and
Help:Links; the expected trees are what MediaWiki's HTML means.
"""

from __future__ import annotations

import itertools
import random
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass

import html5lib
import pytest

import wikiconv
from wikiconv.ast import (
    BlockTag,
    Bold,
    Cell,
    Code,
    CodeBlock,
    ExternalLink,
    Image,
    Inline,
    InlineTag,
    Italic,
    LineBreak,
    Link,
    Paragraph,
    Plain,
    Row,
    Small,
    SoftBreak,
    Strikeout,
    Subscript,
    Superscript,
    Table,
    Template,
    Text,
    Underline,
)
from wikiconv.readers.wikitext.context import ReadContext
from wikiconv.readers.wikitext.inline import parse_inline
from wikiconv.readers.wikitext.options import WikiOptions

T = Text
B = SoftBreak()


def context(options: WikiOptions | None = None) -> ReadContext:
    return ReadContext(options or WikiOptions(), parse_inline, lambda t, c: ())


def inline(text: str, ctx: ReadContext | None = None) -> tuple[Inline, ...]:
    return parse_inline(text, ctx or context())


def nowiki(ctx: ReadContext, text: str) -> str:
    """The marker the preprocessor leaves for <nowiki>text</nowiki>."""
    return ctx.hold(Text(text) if text else Text(""), f"<nowiki>{text}</nowiki>")


def ext(url: str, *content: Inline) -> ExternalLink:
    return ExternalLink(url, tuple(content))


# --------------------------------------------------------------------------- doQuotes

QUOTES = [
    ("''foo''", (Italic((T("foo"),)),)),
    ("'''foo'''", (Bold((T("foo"),)),)),
    ("'''''foo'''''", (Italic((Bold((T("foo"),)),)),)),
    (
        "Normal text. '''Bold text.''' Normal text. ''Italic text.''",
        (
            T("Normal text. "),
            Bold((T("Bold text."),)),
            T(" Normal text. "),
            Italic((T("Italic text."),)),
        ),
    ),
    (
        "Normal text. '''''Bold italic text.''''' Normal text.",
        (T("Normal text. "), Italic((Bold((T("Bold italic text."),)),)), T(" Normal text.")),
    ),
    # quotes.txt (2,4,2), (2,4,3), (2,4,4), (3,4,2), (3,4,3): empty <b></b>/<i></i> go.
    ("''foo''''bar''", (Italic((T("foo'"), Bold((T("bar"),)))),)),
    ("''foo''''bar'''", (Italic((T("foo'"), Bold((T("bar"),)))),)),
    ("''foo''''bar''''", (Italic((T("foo'"), Bold((T("bar'"),)))),)),
    ("'''foo''''bar''", (Bold((T("foo'"),)), T("bar"))),
    ("'''foo''''bar'''", (Bold((T("foo'"),)), T("bar"))),
    # parserTests.txt "Mixing markup for italics and bold"
    (
        "'''bold''''''bold''bolditalics'''''",
        (T("'"), Italic((T("bold'"),)), Bold((T("bold"), Italic((T("bolditalics"),))))),
    ),
    # MediaWiki's <i>a<b>b</b></i><b>c</b>
    ("''a'''b''c'''", (Italic((T("a"), Bold((T("b"),)))), Bold((T("c"),)))),
    ("'''a''b'''c''", (Bold((T("a"), Italic((T("b"),)))), Italic((T("c"),)))),
    # four apostrophes: one is text; more than five: all but five are text
    ("''''foo''''", (T("'"), Bold((T("foo'"),)))),
    ("''''''foo''''''", (T("'"), Italic((Bold((T("foo'"),)),)))),
    ("'''''''foo", (T("''"), Bold((Italic((T("foo"),)),)))),
    # odd bold and odd italic: a ''' after a one-letter word is ' + ''
    ("x l'''a'' '''b'''", (T("x l'"), Italic((T("a"),)), T(" "), Bold((T("b"),)))),
    # ... else after a longer word ...
    ("xy'''a'' b", (T("xy'"), Italic((T("a"),)), T(" b"))),
    ("'''a'' b", (T("'"), Italic((T("a"),)), T(" b"))),
    # ... else after a space
    ("a '''b''", (T("a '"), Italic((T("b"),)))),
    # a one-letter word wins over an earlier longer one
    ("ab'''c x'''d'' e'''", (T("ab"), Bold((T("c x'"), Italic((T("d"),)), T(" e"))))),
    # a non-ASCII "letter" is several bytes to PHP: not a one-letter word
    ("x é'''a c'''b'' d'''", (T("x é"), Bold((T("a c'"), Italic((T("b"),)), T(" d"))))),
    # unclosed formatting closes at the end of the line, not of the text
    ("'''a", (Bold((T("a"),)),)),
    ("'''''", ()),
    ("'''''0", ()),  # PHP: a lone "0" buffer is false, and dropped
    ("''", ()),
    ("a''", (T("a"),)),
    ("'", (T("'"),)),
    # wtEscaping.txt "1a. Quotes inside <b> and <i>" (without nowiki)
    ("''foo''<span/>'s", (Italic((T("foo"),)), InlineTag("span", (), (T("'s"),)))),
    ("'''foo''", (T("'"), Italic((T("foo"),)))),
    ("''''foo'''", (T("'"), Bold((T("foo"),)))),
    (
        "''fools'<span> errand</span>''",
        (Italic((T("fools'"), InlineTag("span", (), (T(" errand"),)))),),
    ),
    (
        "''<span>fool</span>'s errand''",
        (Italic((InlineTag("span", (), (T("fool"),)), T("'s errand"))),),
    ),
    ("a|!*#-:;+-~[]{}b'''x''", (T("a|!*#-:;+-~[]{}b'"), Italic((T("x"),)))),
]


@pytest.mark.parametrize(("text", "expected"), QUOTES)
def test_quotes(text: str, expected: tuple[Inline, ...]) -> None:
    assert inline(text) == expected


def test_quotes_with_nowiki() -> None:
    """quotes.txt and wtEscaping.txt cases that hide apostrophes in <nowiki>."""
    ctx = context()
    q, empty = nowiki(ctx, "''"), nowiki(ctx, "")
    assert inline(f"''foo{q}''", ctx) == (Italic((T("foo''"),)),)
    assert inline(f"{q}''foo''", ctx) == (T("''"), Italic((T("foo"),)))
    assert inline(f"'{empty}'''foo''''", ctx) == (T("'"), Bold((T("foo'"),)))
    assert inline(f"''foo'{empty}'''bar'''''", ctx) == (Italic((T("foo'"), Bold((T("bar"),)))),)
    assert inline(f"''foo'{empty}'''bar'{empty}'''''", ctx) == (
        Italic((T("foo'"), Bold((T("bar'"),)))),
    )
    assert inline(f"''{empty}'foo'''", ctx) == (Italic((T("'foo'"),)),)
    assert inline(f"'''{empty}'foo''''", ctx) == (Bold((T("'foo'"),)),)
    assert inline(f"'''foo'{empty}''bar'{empty}''baz'''", ctx) == (
        Bold((T("foo'"), Italic((T("bar'"),)), T("baz"))),
    )
    assert inline(f"''foo'''{empty}'", ctx) == (Italic((T("foo'"),)), T("'"))
    assert inline(f"'{empty}''foo'' bar '''baz''", ctx) == (
        T("'"),
        Italic((T("foo"),)),
        T(" bar '"),
        Italic((T("baz"),)),
    )


def test_quotes_are_per_line() -> None:
    assert inline("''a\nb''") == (Italic((T("a"),)), B, T("b"))
    assert inline("'''a\n'''b") == (Bold((T("a"),)), B, Bold((T("b"),)))


# --------------------------------------------------------------------------- internal links


LINKS = [
    ("[[Foo]]", (Link("Foo"),)),
    ("[[Foo|bar]]", (Link("Foo", (T("bar"),)),)),
    ("[[Foo]]bar", (Link("Foo", (T("Foobar"),)),)),
    ("[[Foo|bar]]baz.", (Link("Foo", (T("barbaz"),)), T("."))),
    ("[[Foo]]123", (Link("Foo"), T("123"))),
    ("[[Foo]]'s", (Link("Foo"), T("'s"))),
    ("xxx[[main Page]]", (T("xxx"), Link("main Page"))),
    ("[[Foo#bar|x]]", (Link("Foo", (T("x"),), "bar"),)),
    ("[[Foo#bar]]", (Link("Foo", (), "bar"),)),
    ("[[#bar]]", (Link("", (), "bar"),)),
    ("[[Foo_bar]]", (Link("Foo bar", (T("Foo_bar"),)),)),
    ("[[ Foo ]]", (Link("Foo", (T("Foo "),)),)),
    ("[[:Category:X]]", (Link("Category:X"),)),
    ("[[:Category:Foo|Bar]]", (Link("Category:Foo", (T("Bar"),)),)),
    ("[[:File:X.jpg|y]]", (Link("File:X.jpg", (T("y"),)),)),
    ("[[:Image:test|caption]]", (Link("Image:test", (T("caption"),)),)),
    ("[[:fr:Paris]]", (Link("fr:Paris"),)),
    ("[[User talk:Foo bar]]", (Link("User talk:Foo bar"),)),
    ("[[Test|a|b]]", (Link("Test", (T("a|b"),)),)),
    ("[[Test|<span>a|b</span>]]", (Link("Test", (InlineTag("span", (), (T("a|b"),)),)),)),
    (
        '[[Test|<span class="a|b">c</span>]]',
        (Link("Test", (InlineTag("span", (("class", "a|b"),), (T("c"),)),)),),
    ),
    ("[[Foo|''it'' x]]", (Link("Foo", (Italic((T("it"),)), T(" x"))),)),
    ("[[Lista d''e paise]]", (Link("Lista d''e paise"),)),  # no quotes in a bare target
    (
        "''Some [[Link|pretty ''italics'' and stuff]]!''",
        (
            Italic(
                (
                    T("Some "),
                    Link("Link", (T("pretty "), Italic((T("italics"),)), T(" and stuff"))),
                    T("!"),
                )
            ),
        ),
    ),
    ("[[7%25 Solution]]", (Link("7% Solution"),)),
    ("[[7%25 Solution|7%25 Solution]]", (Link("7% Solution", (T("7%25 Solution"),)),)),
    ("[[Main&#160;Page]]", (Link("Main Page", (T("Main\u00a0Page"),)),)),
    ("[[Foo#a&#124;b]]", (Link("Foo", (), "a|b"),)),
    ("[[Foo & bar]]", (Link("Foo & bar"),)),
    ("[[Foo &amp; bar]]", (Link("Foo & bar"),)),
    ('[[Cool "Gator"]]', (Link('Cool "Gator"'),)),
    ("[[A?b]]", (Link("A?b"),)),
    ("[[/subpage]]", (Link("/subpage"),)),
    ("[[Main Page|http://url/]]", (Link("Main Page", (T("http://url/"),)),)),
    ("[[Main Page]]]", (Link("Main Page"), T("]"))),
    ("[[Hi|[[Ho]]]]", (T("[[Hi|"), Link("Ho"), T("]]"))),
    ("[[Test|[http://google.com test]]", (Link("Test", (T("[http://google.com test"),)),)),
    # external links are not read in a link label (only in an image caption)
    ("[[Foo|[http://x.com y]]]", (Link("Foo", (T("[http://x.com y]"),)),)),
    # a tag left open in a label goes on after the link, as HTML5 reopens it
    ("[[Foo|<b>bar]] baz", (Link("Foo", (Bold((T("bar"),)),)), Bold((T(" baz"),)))),
    ("[[Foo|a\nb]]", (Link("Foo", (T("a"), B, T("b"))),)),
]

NOT_LINKS = [
    "[[Usually caused by a typo (oops}]]",
    "[[Thomas Bek (bishop of St David's)|]]",
    "[[[main page|the main page]]]",
    "[[%3c%23]][[%3e%23]]",
    "[[Foo&#124;bar]]",
    "[[Foo &amp;amp; bar]]",
    "[[a<b]]",
    "[[a>b]]",
    "[[a{b]]",
    "[[a[b]]",
    "[[]]",
    "[[ ]]",
    "[[|foo]]",
    "[[Category:]]",
    "[[File:]]",
    "[[Foo",
    "[[Foo|bar",
    "[[../Foo]]",
    "[[Foo~~~bar]]",
    "[[::Foo]]",
    "[[" + "x" * 256 + "]]",
]


@pytest.mark.parametrize(("text", "expected"), LINKS)
def test_links(text: str, expected: tuple[Inline, ...]) -> None:
    assert inline(text) == expected


@pytest.mark.parametrize("text", NOT_LINKS)
def test_invalid_targets_stay_text(text: str) -> None:
    """MediaWiki leaves these as typed (references shown decoded, as HTML shows them)."""
    expected = text.replace("&#124;", "|").replace("&amp;", "&")
    assert inline(text) == (T(expected),)


def test_link_odd_cases() -> None:
    assert inline("[[Foo|bar]]" * 2) == (Link("Foo", (T("bar"),)),) * 2
    # the percent-decoded target replaces what was typed when an unclosed link is text
    assert inline("[[#%3Cscript%3Ealert(1)%3C/script%3E|") == (T("[[#<script>alert(1)</script>|"),)
    assert inline("[[ Foo|bar") == (T("[[Foo|bar"),)
    ctx = context()
    tpl = ctx.hold(Template("tpl"), "{{tpl}}")
    assert inline(f"[[Foo|a {tpl}]]", ctx) == (Link("Foo", (T("a "), Template("tpl"))),)
    assert inline(f"[[Foo{tpl}]]", ctx) == (T("[[Foo"), Template("tpl"), T("]]"))


def test_link_trail_option() -> None:
    options = WikiOptions(link_trail="[a-zäöüß]+")
    assert inline("[[Foo]]bär!", context(options)) == (Link("Foo", (T("Foobär"),)), T("!"))
    assert inline("[[Foo]]bär!") == (Link("Foo", (T("Foob"),)), T("är!"))


def test_categories() -> None:
    ctx = context()
    assert inline("[[Category:X|sortkey]]", ctx) == ()
    assert inline("a [[category : Foo_bar]] b", ctx) == (T("a  b"),)
    assert ctx.categories == ["X", "Foo bar"]
    # a category on a line of its own takes the line break before it
    ctx = context()
    assert inline("a\n[[Category:X]]\nb", ctx) == (T("a"), B, T("b"))
    assert inline("a \n \n[[Category:Y]]", ctx) == (T("a "),)
    assert ctx.categories == ["X", "Y"]


def test_interlanguage_links() -> None:
    ctx = context()
    assert inline("x [[fr:Paris]] [[de:Paris#Geschichte]]\n[[FR:Lyon]]", ctx) == (T("x  "),)
    assert ctx.metadata == [
        ("interlanguage:fr", "Paris"),
        ("interlanguage:de", "Paris#Geschichte"),
        ("interlanguage:fr", "Lyon"),
    ]
    ctx = context(WikiOptions(language_prefixes=("xx",)))
    assert inline("[[fr:Paris]][[xx:Y]]", ctx) == (Link("fr:Paris"),)
    assert ctx.metadata == [("interlanguage:xx", "Y")]


def test_images() -> None:
    assert inline("[[File:X.jpg|thumb|left|200px|alt=A|Caption with [[links]]]]") == (
        Image(
            "File:X.jpg",
            (T("Caption with "), Link("links")),
            (("thumb", ""), ("left", ""), ("width", "200px"), ("alt", "A")),
            "A",
        ),
    )
    assert inline("[[Image:X.jpg]]") == (Image("Image:X.jpg"),)
    assert inline("[[file:X.jpg|Some ''caption'']]s") == (
        Image("file:X.jpg", (T("Some "), Italic((T("caption"),)))),
        T("s"),
    )
    # options MediaWiki knows, in its spellings; the last other part is the caption
    assert inline(
        "[[File:X.png|thumbnail|centre|frame|upright=1.5|100x50px|link=Foo|a|b|border|sup]]"
    ) == (
        Image(
            "File:X.png",
            (T("b"),),
            (
                ("thumb", ""),
                ("center", ""),
                ("upright", "1.5"),
                ("width", "100x50px"),
                ("link", "Foo"),
                ("border", ""),
                ("super", ""),
            ),
        ),
    )
    # a caption with a link in it, over several [[ pieces; an external link too
    assert inline("[[File:X.jpg|thumb|[[Foo|bar]] and [http://x.com y] [[Baz]]]] z") == (
        Image(
            "File:X.jpg",
            (
                Link("Foo", (T("bar"),)),
                T(" and "),
                ext("http://x.com", T("y")),
                T(" "),
                Link("Baz"),
            ),
            (("thumb", ""),),
        ),
        T(" z"),
    )
    # one value per option name, the last; the first alignment; a second format is text
    assert inline("[[File:X|alt=a|left|100px|right|alt=b|200px|thumb|frame|c]]") == (
        Image(
            "File:X",
            (T("c"),),
            (("alt", "b"), ("left", ""), ("width", "200px"), ("thumb", "")),
            "b",
        ),
    )
    assert inline("[[File:X|thumb|frame]]") == (Image("File:X", (T("frame"),), (("thumb", ""),)),)
    assert inline("[[File:X.jpg|[http://example.com desc]]]") == (
        Image("File:X.jpg", (ext("http://example.com", T("desc")),)),
    )
    assert inline("[[File:X.jpg|0px|alt=''a'' [[b]]]]") == (
        Image("File:X.jpg", (T("0px"),), (("alt", "a b"),), "a b"),
    )
    # unclosed: the text stays, but links inside it are still links
    assert inline("[[File:X.jpg|a [[Foo]] b") == (T("[[File:X.jpg|a "), Link("Foo"), T(" b"))
    # A media link is a link to the file itself (Alabama's census map), not an image.
    assert inline("[[Media:X.ogg|Listen]] [[Media:Y.ogg]]") == (
        Link("Media:X.ogg", (T("Listen"),)),
        T(" "),
        Link("Media:Y.ogg"),
    )


# --------------------------------------------------------------------------- external links


EXTERNAL = [
    ("[http://example.com link]", (ext("http://example.com", T("link")),)),
    ("[http://example.com]", (ExternalLink("http://example.com", numbered=True),)),
    ("[http://example.com link]s", (ext("http://example.com", T("link")), T("s"))),
    ("[http://example.com | link]", (ext("http://example.com", T("| link")),)),
    ("[http://www.example.com  test]", (ext("http://www.example.com", T("test")),)),
    ("[http://example.com/1[2345]", (ext("http://example.com/1", T("[2345")),)),
    ("[http://example.com/1 [2345]", (ext("http://example.com/1", T("[2345")),)),
    ("[HttP://MediaWiki.Org/]", (ExternalLink("HttP://MediaWiki.Org/", numbered=True),)),
    ("[//foo.org/bar#baz. bang]", (ext("//foo.org/bar#baz.", T("bang")),)),
    ("[http://x&amp;y]", (ExternalLink("http://x&y", numbered=True),)),
    ("[http://e&zwnj;xample.com/]", (ExternalLink("http://example.com/", numbered=True),)),
    ("[http://a.com/b<c d]", (ext("http://a.com/b", T("<c d")),)),
    (
        "[http://a.com ''x'' y]",
        (ext("http://a.com", Italic((T("x"),)), T(" y")),),
    ),
    (
        "[http://www.example.com/foo http://www.example.com/bar]",
        (ext("http://www.example.com/foo", T("http://www.example.com/bar")),),
    ),
    (
        "[http://a.com/x.htm''La muerte'' (1901) en [[Museo Picasso (París)|Museo]].]",
        (
            ext("http://a.com/x.htm", Italic((T("La muerte"),)), T(" (1901) en ")),
            Link("Museo Picasso (París)", (T("Museo"),)),
            T("."),
        ),
    ),
    (
        "[[http://www.example.com]]",
        (T("["), ExternalLink("http://www.example.com", numbered=True), T("]")),
    ),
    ("[[//www.example.com Link text]]", (T("["), ext("//www.example.com", T("Link text")), T("]"))),
    (
        "Piped: [[http://www.example.com|an example URL]]",
        (T("Piped: ["), ext("http://www.example.com%7Can", T("example URL")), T("]")),
    ),
    ("[[http://example.com|[[Example]]]]", (T("["), Link("Example"), T("]"))),
    ("[foo://bar baz]", (T("[foo://bar baz]"),)),
    ("[http://a.com b\nc]", (T("["), ExternalLink("http://a.com"), T(" b"), B, T("c]"))),
    (
        "[&nbsp;[http://test.com 123]&nbsp;]",
        (T("[\u00a0"), ext("http://test.com", T("123")), T("\u00a0]")),
    ),
]


@pytest.mark.parametrize(("text", "expected"), EXTERNAL)
def test_external_links(text: str, expected: tuple[Inline, ...]) -> None:
    assert inline(text) == expected


def test_numbered_links_are_counted() -> None:
    ctx = context()
    inline("[http://a.com] [http://b.com] [http://c.com x]", ctx)
    assert ctx.external_link_count == 2


@pytest.mark.parametrize(
    ("after", "outside"),
    [
        (",", ","),
        (";", ";"),
        ("\\", "\\"),
        (".", "."),
        (":", ":"),
        ("!", "!"),
        ("?", "?"),
        (")", ")"),
        ("...", "..."),
        (".)", ".)"),
    ],
)
def test_free_url_trailing_punctuation(after: str, outside: str) -> None:
    assert inline(f"http://example.com{after}") == (ExternalLink("http://example.com"), T(outside))


FREE = [
    (
        "Non-bracketed: http://example.com",
        (T("Non-bracketed: "), ExternalLink("http://example.com")),
    ),
    (
        "http://example.com/url_with_(brackets)",
        (ExternalLink("http://example.com/url_with_(brackets)"),),
    ),
    ("(http://example.com/x)", (T("("), ExternalLink("http://example.com/x"), T(")"))),
    ("http://example.com/1,2,3", (ExternalLink("http://example.com/1,2,3"),)),
    ("http://example.com/1$2345", (ExternalLink("http://example.com/1$2345"),)),
    ("http://a.com/e&amp;", (ExternalLink("http://a.com/e&"),)),
    ("http://a.com/e&#x26;", (ExternalLink("http://a.com/e&"),)),
    ("http://a.com/e&amp;.", (ExternalLink("http://a.com/e&"), T("."))),
    ("http://a.com/e&nbsp;", (ExternalLink("http://a.com/e"), T("\u00a0"))),
    ("http://a.com/e&#160;x", (ExternalLink("http://a.com/e"), T("\u00a0x"))),
    ("http://a.com/e&lt;", (ExternalLink("http://a.com/e"), T("<"))),
    ("http://a.com/e<x>", (ExternalLink("http://a.com/e"), T("<x>"))),
    ('http://www.example.com/"hello"', (ExternalLink("http://www.example.com/"), T('"hello"'))),
    (
        "http://www.example.com/<b>html</b>",
        (ExternalLink("http://www.example.com/"), Bold((T("html"),))),
    ),
    ("http://x.com/''a''", (ExternalLink("http://x.com/"), Italic((T("a"),)))),
    ("http://x.com/it's", (ExternalLink("http://x.com/it's"),)),
    (
        "NOPEhttp://example.com N0http://example.com",
        (T("NOPEhttp://example.com N0http://example.com"),),
    ),
    (
        "ok:http://a.com ok-http://b.com",
        (T("ok:"), ExternalLink("http://a.com"), T(" ok-"), ExternalLink("http://b.com")),
    ),
    ("größhttps://foo.org", (T("größhttps://foo.org"),)),
    ("💩https://foo.org", (T("💩"), ExternalLink("https://foo.org"))),
    ("HttP://MediaWiki.Org/", (ExternalLink("HttP://MediaWiki.Org/"),)),
    ("irc://%0Aa", (ExternalLink("irc://%0Aa"),)),
    ("mailto:someone@example.com.", (ExternalLink("mailto:someone@example.com"), T("."))),
    ("//example.com", (T("//example.com"),)),
    ("http://", (T("http://"),)),
    ("http://.", (T("http://."),)),
    ("http://e&zwnj;xample.com/", (ExternalLink("http://example.com/"),)),
    ("<http://example.com/>", (T("<"), ExternalLink("http://example.com/"), T(">"))),
    ("http://a.com\tb", (ExternalLink("http://a.com"), T("\tb"))),
]


@pytest.mark.parametrize(("text", "expected"), FREE)
def test_free_urls(text: str, expected: tuple[Inline, ...]) -> None:
    assert inline(text) == expected


def test_url_protocol_option() -> None:
    options = WikiOptions(url_protocols=("http://", "//"))
    assert inline("ftp://x.org [ftp://y.org]", context(options)) == (
        T("ftp://x.org [ftp://y.org]"),
    )
    assert inline("[//y.org a] //z.org", context(options)) == (
        ext("//y.org", T("a")),
        T(" //z.org"),
    )


def test_nowiki_ends_a_url() -> None:
    ctx = context()
    html = nowiki(ctx, "html")
    assert inline(f"http://www.example.com/{html} test", ctx) == (
        ExternalLink("http://www.example.com/"),
        T("html test"),
    )
    assert inline(f"[http://www.example.com/{html} test]", ctx) == (
        ext("http://www.example.com/", T("html test")),
    )


# --------------------------------------------------------------------------- magic links


def test_magic_links_are_off_by_default() -> None:
    """MediaWiki's default $wgEnableMagicLinks links none of ISBN, RFC and PMID."""
    text = "ISBN 978-0-306-40615-7, RFC 1234 and PMID 5678"
    assert inline(text) == (T(text),)


@dataclass(frozen=True, slots=True)
class _MagicOptions(WikiOptions):
    magic_links: tuple[str, ...] = ("ISBN", "RFC", "PMID")


def test_magic_links_when_enabled() -> None:
    ctx = context(_MagicOptions())
    assert inline("see ISBN 978-0-306-40615-7, RFC 1234 and PMID 5678; ISBN 123", ctx) == (
        T("see "),
        Link("Special:BookSources/9780306406157", (T("ISBN 978-0-306-40615-7"),)),
        T(", "),
        ext("https://datatracker.ietf.org/doc/html/rfc1234", T("RFC 1234")),
        T(" and "),
        ext("//www.ncbi.nlm.nih.gov/pubmed/5678?dopt=Abstract", T("PMID 5678")),
        T("; ISBN 123"),
    )
    assert inline("XISBN 0978739256 RFCs 1", ctx) == (T("XISBN 0978739256 RFCs 1"),)


# --------------------------------------------------------------------------- HTML tags


TAGS = [
    ("<b>x</b><strong>y</strong>", (Bold((T("x"),)), Bold((T("y"),)))),
    ("<i>x</i><em>y</em>", (Italic((T("x"),)), Italic((T("y"),)))),
    ("<u>x</u><ins>y</ins>", (Underline((T("x"),)), Underline((T("y"),)))),
    ("<s>x</s><strike>y</strike><del>z</del>", tuple(Strikeout((T(c),)) for c in "xyz")),
    (
        "<sup>x</sup><sub>y</sub><small>z</small>",
        (Superscript((T("x"),)), Subscript((T("y"),)), Small((T("z"),))),
    ),
    ("<code>a &lt; b</code> <tt>c</tt>", (Code("a < b"), T(" "), Code("c"))),
    ("<code>''x''</code>", (InlineTag("code", (), (Italic((T("x"),)),)),)),
    ("<code>a\nb</code>", (Code("a\nb"),)),
    ("<B>x</B>", (Bold((T("x"),)),)),
    (
        "a<br>b<br/>c</br>d<br />e",
        (
            T("a"),
            LineBreak(),
            T("b"),
            LineBreak(),
            T("c"),
            LineBreak(),
            T("d"),
            LineBreak(),
            T("e"),
        ),
    ),
    ('<br clear=all><br style="clear: left;"><br/ >', (LineBreak(),) * 3),
    ('<span class="a" onclick="b">x</span>', (InlineTag("span", (("class", "a"),), (T("x"),)),)),
    ('<span title="&amp;">foo</span>', (InlineTag("span", (("title", "&"),), (T("foo"),)),)),
    ("<span title=a title='b'>x</span>", (InlineTag("span", (("title", "b"),), (T("x"),)),)),
    ('<span id="a space">x</span>', (InlineTag("span", (("id", "a_space"),), (T("x"),)),)),
    ('<span id="">x</span>', (InlineTag("span", (), (T("x"),)),)),
    ("<font color=#x>foo</font>", (InlineTag("font", (("color", "#x"),), (T("foo"),)),)),
    ("<font color>foo</font>", (InlineTag("font", (("color", ""),), (T("foo"),)),)),
    ("<font color=''>foo</font>", (InlineTag("font", (("color", ""),), (T("foo"),)),)),
    ('<span style=" style="123">x</span>', (InlineTag("span", (("style", "style="),), (T("x"),)),)),
    (
        '<span class="foo"style="color:red">x</span>',
        (InlineTag("span", (("class", "foo"), ("style", "color:red")), (T("x"),)),),
    ),
    (
        '<span style="color:\nred">x</span>',
        (InlineTag("span", (("style", "color: red"),), (T("x"),)),),
    ),
    (
        '<span data-foo="bar" data-mw="x" data-bad:ns="y" tabindex="-1" TITLE=t>z</span>',
        (InlineTag("span", (("data-foo", "bar"), ("title", "t")), (T("z"),)),),
    ),
    ('<span tabindex="0">z</span>', (InlineTag("span", (("tabindex", "0"),), (T("z"),)),)),
    (
        '<span style="background:url(http://x)">z</span>',
        (InlineTag("span", (("style", "/* insecure input */"),), (T("z"),)),),
    ),
    (
        "<span style=\"background-image:u\\72l(javascript:alert('boo'))\">z</span>",
        (InlineTag("span", (("style", "/* insecure input */"),), (T("z"),)),),
    ),
    (
        '<span style="x:url\\b(y)">z</span>',
        (InlineTag("span", (("style", "/* invalid control char */"),), (T("z"),)),),
    ),
    (
        '<span xmlns:dct="http://purl.org/dc/terms/" property="dct:title">M</span>',
        (
            InlineTag(
                "span",
                (("xmlns:dct", "http://purl.org/dc/terms/"), ("property", "dct:title")),
                (T("M"),),
            ),
        ),
    ),
    (
        '<abbr title="x">y</abbr> <q cite="c">q</q>',
        (
            InlineTag("abbr", (("title", "x"),), (T("y"),)),
            T(" "),
            InlineTag("q", (("cite", "c"),), (T("q"),)),
        ),
    ),
    ('<data value="5">five</data>', (InlineTag("data", (("value", "5"),), (T("five"),)),)),
    ("x<wbr />y", (T("x"), InlineTag("wbr", (), ()), T("y"))),
    ("<span/>x", (InlineTag("span", (), (T("x"),)),)),
    # not on the whitelist, or no tag at all: text, as MediaWiki shows it
    ("<script>alert(1)</script>", (T("<script>alert(1)</script>"),)),
    ("<foo>bar</foo>", (T("<foo>bar</foo>"),)),
    ("<aside>x</aside>", (T("<aside>x</aside>"),)),
    ("<b→> doesn't terminate </b→>", (T("<b→> doesn't terminate </b→>"),)),
    ("<sub-ID#1>", (T("<sub-ID#1>"),)),
    ("a > b < c <", (T("a > b < c <"),)),
    ("><>", (T("><>"),)),
    ("<b <i>x</i>", (T("<b "), Italic((T("x"),)))),
    (
        '<meta itemprop="a" content="b">',
        (InlineTag("meta", (("itemprop", "a"), ("content", "b")), ()),),
    ),
    ("<meta>", (T("<meta>"),)),
    # unbalanced tags, balanced as HTML5 (MediaWiki's tidy) balances them
    ("</s>", ()),
    ("<s.foo>s</s>", (T("<s.foo>s"),)),
    ("<b>x", (Bold((T("x"),)),)),
    ("<b>a<i>b</b>c</i>", (Bold((T("a"), Italic((T("b"),)))), Italic((T("c"),)))),
    ("<span><s>x</span></s>", (InlineTag("span", (), (Strikeout((T("x"),)),)),)),
    ("<small>X<small>Y</small>Z</small>", (Small((T("X"), Small((T("Y"),)), T("Z"))),)),
    ("<sup>a<b>b</sup>c</b>", (Superscript((T("a"), Bold((T("b"),)))), Bold((T("c"),)))),
    ("<b>a<sup>b</b>c</sup>", (Bold((T("a"), Superscript((T("b"),)))), T("c"))),
    ("''<span>a''b</span>", (Italic((InlineTag("span", (), (T("a"),)),)), T("b"))),
    ("<b>a\nb", (Bold((T("a"), B, T("b"))),)),
    ("<b>x</i>y</b>", (Bold((T("xy"),)),)),
    (
        "<ruby>東<rb>京</rb><rp>(</rp><rt>とう</rt><rp>)</rp></ruby>",
        (
            InlineTag(
                "ruby",
                (),
                (
                    T("東"),
                    InlineTag("rb", (), (T("京"),)),
                    InlineTag("rp", (), (T("("),)),
                    InlineTag("rt", (), (T("とう"),)),
                    InlineTag("rp", (), (T(")"),)),
                ),
            ),
        ),
    ),
    (
        "<ruby>a<rt>b<rt>c</ruby>",
        (
            InlineTag(
                "ruby", (), (T("a"), InlineTag("rt", (), (T("b"),)), InlineTag("rt", (), (T("c"),)))
            ),
        ),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TAGS)
def test_tags(text: str, expected: tuple[Inline, ...]) -> None:
    assert inline(text) == expected


def test_attribute_with_nowiki_value() -> None:
    ctx = context()
    value = nowiki(ctx, "color:blue")
    assert inline(f'<span style="{value}">x</span>', ctx) == (
        InlineTag("span", (("style", "color:blue"),), (T("x"),)),
    )


# --------------------------------------------------------------------------- entities


ENTITIES = [
    ("&amp; &eacute; &#x41; &#65; &#Xee;", "& é A A î"),
    (
        "I always thought &amp;eacute; was a cute letter.",
        "I always thought &eacute; was a cute letter.",
    ),
    ("Text&apos;s", "Text's"),
    ("&acE; &רלמ; &رلم;", "\u223e\u0333 \u200f \u200f"),
    ("&#x1F4A9; &#x10fffd;", "\U0001f4a9 \U0010fffd"),
    # invalid references stay as typed
    ("&foo; &amp &#00; &#xC; &#xD; &#8; &#x7F; &#128; &#xD83D; &#xfffe;", None),
    ("&#1234567890; &#x1234567890;", None),
]


@pytest.mark.parametrize(("text", "expected"), ENTITIES)
def test_entities(text: str, expected: str | None) -> None:
    assert inline(text) == (T(text if expected is None else expected),)


def test_entities_in_labels_and_titles() -> None:
    assert inline("[[Foo|&eacute;]]") == (Link("Foo", (T("é"),)),)
    assert inline("[http://a.com &lt;b&gt;]") == (ext("http://a.com", T("<b>")),)
    assert inline("'''&amp;'''") == (Bold((T("&"),)),)


# --------------------------------------------------------------------------- markers, lines


def test_markers() -> None:
    ctx = context()
    amp = nowiki(ctx, "&amp;")
    tpl = ctx.hold(Template("x", rendered=(T("y"),)), "{{x}}")
    assert inline(f"a{amp}b {tpl}", ctx) == (T("a&amp;b "), Template("x", rendered=(T("y"),)))
    assert inline(f"'''{tpl}'''", ctx) == (Bold((Template("x", rendered=(T("y"),)),)),)


def test_a_block_with_no_inline_form_is_left_out() -> None:
    ctx = context()
    block = ctx.hold(Table((Row((Cell((Plain((T("x"),)),)),)),)), "{|\n|x\n|}")
    assert inline(f"a{block}b", ctx) == (T("ab"),)
    assert [d.code for d in ctx.diagnostics] == ["block-in-inline"]


def test_a_block_in_inline_text_keeps_its_text_and_its_lines() -> None:
    # <poem> in a quotation template's parameter; <pre> in a citation's quote.
    ctx = context()
    poem = ctx.hold(
        BlockTag("div", (("class", "poem"),), (Paragraph((T("one"), LineBreak(), T("two"))),)),
        "<poem>one\ntwo</poem>",
    )
    code = ctx.hold(CodeBlock("x = 1"), "<pre>x = 1</pre>")
    assert inline(f"{poem}", ctx) == (T("one"), LineBreak(), T("two"))
    assert inline(f"a {code}", ctx) == (T("a "), Code("x = 1"))
    assert ctx.diagnostics == []


def test_a_poem_in_a_quotation_keeps_its_lines() -> None:
    document = wikiconv.parse("Text.\n\n{{quote|<poem>Line one\nLine two</poem>|Author}}\n")
    assert wikiconv.render(document, "text").strip() == "Text.\n\nLine one\nLine two\n—\u2009Author"


def test_stray_marker_characters_are_text() -> None:
    ctx = context()
    held = nowiki(ctx, "n")
    assert inline(f"a\x7f!0\x7f b\x7f99\x7f c\x7f {held}", ctx) == (
        T("a\ufffd!0\ufffd b\ufffd99\ufffd c\ufffd n"),
    )


def test_lines_and_nul() -> None:
    assert inline("a\nb\n") == (T("a"), B, T("b"), B)
    assert inline("\na") == (B, T("a"))
    assert inline("http://www.example.com\x00 test") == (
        ExternalLink("http://www.example.com"),
        T(" test"),
    )
    assert inline("") == ()


def test_no_empty_or_adjacent_texts() -> None:
    nodes = inline("a''''''b<b></b>c<i>d</i>e&amp;f'''''''''")
    assert all(node.text for node in nodes if isinstance(node, Text))
    texts = [i for i, node in enumerate(nodes) if isinstance(node, Text)]
    assert all(b - a > 1 for a, b in itertools.pairwise(texts))


# --------------------------------------------------------------------------- performance


def _seconds(text: str) -> float:
    start = time.perf_counter()
    parse_inline(text, context())
    return time.perf_counter() - start


@pytest.mark.parametrize(
    "text",
    [
        "'''''" * 200_000,  # a 1 MB run of apostrophes
        "''''' x" * 20_000,
        "[[" * 10_000,
        "[[File:X|" * 10_000,
        "[[File:X|[[" * 5_000 + "]]" * 5_000,
        "[http://a " * 20_000,
        "<b>" * 50_000,
        "<span>" * 50_000,
        "</b>x" * 50_000,
        "<b>x<i>y</b>z</i>" * 10_000,
        "<" * 200_000,
        "http://a.b/c, " * 20_000,
        "&amp;" * 100_000,
        "'''" + "a" * 1_000_000,
        "[[Category:A]]" * 20_000,
        "[[fr:A]]\n" * 20_000,
        "\n" * 100_000 + "[[Category:A]]" * 1_000,
        "[[File:X|" + "[[a]] " * 20_000,
        "<a" + "b" * 200_000,
        '<span style="' + "/*" * 100_000 + '">x</span>',
        '<span style="' + "attr(" * 100_000 + '">x</span>',
        "[[File:X.png|1" + " " * 100_000 + "xpx]]",
        "[[File:X.png|" + "1" * 10_000 + "px]]",
        "&" + "a" * 200_000,
        "[[" + "a" * 200_000 + ":b]]",
    ],
    ids=lambda text: f"{text[:12]!r}x{len(text)}",
)
def test_pathological_input_is_fast(text: str) -> None:
    assert _seconds(text) < 1.5


def test_linear_time() -> None:
    """Doubling the input must not quadruple the time (no quadratic rescans)."""
    unit = "''a'' [[b|c]] [http://d e] <b>f</b> http://g.h/ &amp; [[ ["
    small = min(_seconds(unit * 2_000) for _ in range(3))
    large = min(_seconds(unit * 8_000) for _ in range(3))
    assert large < small * 10


def test_deep_nesting_does_not_recurse() -> None:
    ctx = context()
    nodes = parse_inline("<span>" * 5_000 + "x", ctx)
    depth = 0
    node: Inline = nodes[0]
    while isinstance(node, InlineTag) and node.content:
        depth += 1
        node = node.content[0]
    assert depth < 200
    assert [d.code for d in ctx.diagnostics] == ["deep-nesting"]


# --------------------------------------------------------------------------- HTML5 balance

_FUZZ_TAGS = "b i u s small big span sup sub code tt em strong font div center".split()
_CANON = {"strong": "b", "em": "i", "tt": "code"}
_EMPTY_DROPPED = {"b", "i", "u", "s", "small", "sup", "sub", "code"}
_STYLED_TAGS = {
    Bold: "b",
    Italic: "i",
    Underline: "u",
    Strikeout: "s",
    Small: "small",
    Superscript: "sup",
    Subscript: "sub",
}


def _as_html(nodes: tuple[Inline, ...]) -> str:
    out = []
    for node in nodes:
        if isinstance(node, Text):
            out.append(node.text)
        elif isinstance(node, Code):
            out.append(f"<code>{node.text}</code>")
        elif isinstance(node, InlineTag):
            out.append(f"<{node.tag}>{_as_html(node.content)}</{node.tag}>")
        else:
            tag = _STYLED_TAGS[type(node)]  # type: ignore[index]
            out.append(f"<{tag}>{_as_html(node.content)}</{tag}>")  # type: ignore[union-attr]
    return "".join(out)


def _html5(html: str) -> str:
    """html5lib's tree for ``html``, with strong/em/tt named as our nodes name them and
    empty formatting elements left out (the reader makes no node for them)."""

    def element(el: ET.Element) -> str:
        tag = _CANON.get(el.tag, el.tag)
        inner = (el.text or "") + "".join(element(kid) for kid in el)
        shown = "" if not inner and tag in _EMPTY_DROPPED else f"<{tag}>{inner}</{tag}>"
        return shown + (el.tail or "")

    fragment = html5lib.parseFragment(html, treebuilder="etree", namespaceHTMLElements=False)
    return (fragment.text or "") + "".join(element(kid) for kid in fragment)


def test_tags_balance_like_an_html5_parser() -> None:
    """Random tag soup: the tree equals what html5lib (an HTML5 parser, as MediaWiki's
    tidy is) builds from the same tags."""
    rng = random.Random(20240601)
    for _ in range(600):
        pieces = []
        for _ in range(rng.randint(1, 12)):
            roll, tag = rng.random(), rng.choice(_FUZZ_TAGS)
            pieces.append(f"<{tag}>" if roll < 0.4 else f"</{tag}>" if roll < 0.75 else "x")
        soup = "".join(pieces)
        assert _html5(_as_html(inline(soup))) == _html5(soup), soup


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("[[a]]#[[b]]", "a#b"),
        ("[[a]]#<nowiki>x</nowiki>", "a#x"),
        ("{{a}}#<b>c</b>[[", "#c[["),
    ],
)
def test_a_hash_between_two_markers_is_text(source: str, text: str) -> None:
    # Found by fuzzing: "#" between two markers looked like the reader's own sentinel.
    document = wikiconv.parse(source, "wikitext")
    assert wikiconv.render(document, "text").strip() == text
