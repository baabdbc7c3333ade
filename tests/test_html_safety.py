"""The HTML writer is safe to serve: an XSS corpus in every position, read by html5lib.

Each vector of ``tests/fixtures/xss/vectors.txt`` is written into wikitext in every
position an author controls (link targets, external links, table and tag attributes,
template parameters, image options, infobox values, headings, running text…), into
flat text, and into a tree built by hand and passed straight to the writer (as
``from_dict`` or a Python program would). Every output, fragment and standalone page,
is parsed the way a browser parses it and must hold no executable content. The checks
here are written independently of the writer's own rules, so that one mistake cannot
hide in both.
"""

from __future__ import annotations

import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from html import unescape
from pathlib import Path

import html5lib
import pytest
from markdown_it import MarkdownIt

import wikiconv
from wikiconv.ast import (
    Block,
    BlockTag,
    Cell,
    Code,
    CodeBlock,
    Document,
    ExternalLink,
    Gallery,
    Image,
    Infobox,
    InfoboxField,
    Inline,
    InlineTag,
    Link,
    Math,
    Paragraph,
    Plain,
    RawBlock,
    RawInline,
    Reference,
    ReferenceList,
    Row,
    Section,
    Table,
    Template,
    TemplateParam,
    Text,
)
from wikiconv.writers.html_page import BLOCK_TAGS, INLINE_TAGS, PAGE_CSS, attrs_html
from wikiconv.writers.html_sanitize import (
    MEDIAWIKI_ELEMENTS,
    URL_SCHEMES,
    check_css,
    clean_attributes,
    safe_url,
    sanitize_html,
)

VECTORS_FILE = Path(__file__).parent / "fixtures" / "xss" / "vectors.txt"


def _load_vectors() -> list[str]:
    vectors = []
    for line in VECTORS_FILE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        vectors.append(re.sub(r"\{U\+([0-9A-F]{4})\}", lambda m: chr(int(m[1], 16)), line))
    return vectors


VECTORS = _load_vectors()

# MediaWiki's default $wgUrlProtocols, written out again for the check.
ALLOWED_SCHEMES = {
    "bitcoin", "ftp", "ftps", "geo", "git", "gopher", "http", "https", "irc", "ircs",
    "magnet", "mailto", "matrix", "mms", "news", "nntp", "redis", "sftp", "sip", "sips",
    "sms", "ssh", "svn", "tel", "telnet", "urn", "worldwind", "xmpp",
}  # fmt: skip
# Elements that run script, load a document or change where the page's links go.
FORBIDDEN_ELEMENTS = {
    "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet",
    "base", "meta", "link", "form", "input", "button", "textarea", "select", "svg",
    "math", "template", "noscript", "portal", "isindex", "video", "audio", "source",
    "marquee", "xmp", "plaintext",
}  # fmt: skip
URL_ATTRIBUTES = {
    "href", "src", "action", "formaction", "xlink:href", "data", "codebase", "cite",
    "background", "poster", "dynsrc", "lowsrc", "ping", "itemid", "itemtype", "about",
    "resource", "longdesc", "usemap", "manifest", "profile",
}  # fmt: skip
NEVER_ATTRIBUTES = {"srcdoc", "http-equiv", "xmlns", "content"}
BAD_CSS = (
    "expression", "url(", "image(", "image-set(", "javascript", "vbscript", "-moz-binding",
    "behavior", "@import", "src(", "accelerator", "-o-link",
)  # fmt: skip
_NS = {"http://www.w3.org/1999/xlink": "xlink:", "http://www.w3.org/XML/1998/namespace": "xml:"}
# What browsers ignore in a URL's scheme, and invisible characters, removed for the check.
_URL_IGNORED = re.compile("[\x00-\x20\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060\ufeff]")
_CSS_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})\s?|\n|(.))", re.DOTALL)


def _name(qualified: str) -> str:
    """``{namespace}local`` as ``prefix:local`` (xlink:href), or the local name."""
    if qualified.startswith("{"):
        namespace, local = qualified[1:].split("}", 1)
        return _NS.get(namespace, "") + local
    return qualified


def _scheme(url: str) -> str | None:
    probe = _URL_IGNORED.sub("", unescape(unescape(url))).lower()
    match = re.match(r"([a-z][a-z0-9+.\-]*):", probe)
    return match.group(1) if match else None


def _css(value: str) -> str:
    """A style as a browser reads it: escapes decoded, comments gone, no white space."""
    value = unescape(value)
    value = _CSS_ESCAPE.sub(
        lambda m: chr(int(m[1], 16)) if m[1] else (m[2] or ""), value.replace("\r\n", "\n")
    )
    value = re.sub(r"/\*.*?(\*/|$)", "", value, flags=re.DOTALL)
    # Fullwidth letters read as ASCII by old browsers: folded, as MediaWiki folds them.
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", value)).lower()


def problems(element: ET.Element, where: str) -> list[str]:
    """Everything executable under ``element``, as readable lines."""
    found = []
    for node in element.iter():
        if not isinstance(node.tag, str):
            continue  # a comment
        tag = _name(node.tag)
        if node.tag.startswith("{"):
            found.append(f"{where}: foreign element {node.tag}")
        if tag in FORBIDDEN_ELEMENTS:
            found.append(f"{where}: <{tag}> element")
        for qualified, value in node.attrib.items():
            name = _name(qualified).lower()
            if name.startswith("on"):
                found.append(f"{where}: <{tag} {name}=…> event handler")
            if name in NEVER_ATTRIBUTES or name.startswith("xmlns"):
                found.append(f"{where}: <{tag} {name}=…>")
            if name in URL_ATTRIBUTES:
                scheme = _scheme(value)
                if scheme is not None and scheme not in ALLOWED_SCHEMES:
                    found.append(f"{where}: <{tag} {name}={value!r}> scheme {scheme}")
            if name == "style" and any(bad in _css(value) for bad in BAD_CSS):
                found.append(f"{where}: <{tag} style={value!r}>")
            if name == "id" and (not value or re.search(r"\s", value)):
                # HTML ids hold no white space (one here means a tag broke inside it).
                found.append(f"{where}: <{tag} id={value!r}>")
    return found


def parse(text: str) -> ET.Element:
    return html5lib.parse(text, namespaceHTMLElements=False)


def check_output(text: str, where: str, standalone: bool) -> list[str]:
    """The problems of one output; a page's own head (one style sheet) is checked exactly."""
    root = parse(text)
    body = root.find("body")
    assert body is not None
    found = problems(body, where)
    head = root.find("head")
    assert head is not None
    if standalone:
        assert [child.tag for child in head] == ["meta", "meta", "title", "style"], where
        assert head[0].attrib == {"charset": "utf-8"}, where
        assert head[1].attrib == {
            "name": "viewport",
            "content": "width=device-width, initial-scale=1",
        }, where
        assert head[3].attrib == {} and head[3].text == "\n" + PAGE_CSS, where
        assert len(head[2]) == 0, where  # the title is text only
    else:
        # A fragment puts nothing in the head: an element there came from the content.
        found += [f"{where}: <{child.tag}> moved into the head" for child in head]
    return found


def rendered_problems(document: Document, where: str, **options: object) -> list[str]:
    found = []
    for standalone in (False, True):
        text = wikiconv.render(document, "html", standalone=standalone, **options)
        found += check_output(text, f"{where}{' (page)' if standalone else ''}", standalone)
    return found


# --------------------------------------------------------------------------- positions

WIKITEXT_POSITIONS = {
    "link target": "[[VEC]] and [[VEC|label]] and [[:VEC]]",
    "link anchor and label": "[[Mill#VEC]] and [[Mill|VEC]]",
    "external link": "[VEC label] and [VEC]",
    "external link path": "[https://example.org/VEC label] https://example.org/VEC",
    "table attributes": "{| VEC\n|+ VEC | caption\n|- VEC\n! VEC | head\n| VEC | cell\n|}",
    "table attribute values": (
        '{| style="VEC" title="VEC" class="VEC"\n|- style="VEC" id="VEC"\n'
        '| style="VEC" align="VEC" | cell\n|}'
    ),
    "table cell content": "{|\n| VEC\n|-\n! VEC\n|}",
    "tag attributes": "<span VEC>x</span> <div VEC>y</div> <td VEC>z</td>",
    "tag attribute values": (
        '<span style="VEC" title="VEC" class="VEC" id="VEC">x</span> '
        "<q cite='VEC'>q</q> <div style='VEC'>d</div> <abbr title=VEC>a</abbr>"
    ),
    "template parameters": (
        "{{cite web|url=VEC|title=VEC|author=VEC|date=2001|archive-url=VEC}} "
        "{{#tag:span|x|style=VEC|title=VEC|VEC=x}} {{lang|fr|VEC}} {{URL|VEC}} "
        "{{small|VEC}} {{color|VEC|text}} {{abbr|VEC|VEC}}"
    ),
    "image target": "[[File:VEC]] [[File:VEC|thumb|caption]]",
    "image options": "[[File:Mill.jpg|thumb|link=VEC|alt=VEC|upright=VEC|VEC]]",
    "inline image options": "text [[File:Mill.jpg|20px|link=VEC|VEC]] text",
    "gallery": "<gallery>\nFile:Mill.jpg|VEC\nFile:VEC\n</gallery>",
    "infobox values": (
        "{{Infobox building\n| name = VEC\n| image = VEC\n| caption = VEC\n"
        "| website = VEC\n| VEC = VEC\n}}"
    ),
    "heading": "== VEC ==\ntext\n=== x VEC ===",
    "running text": "before VEC after\n\n'''VEC''' ''VEC''",
    "lists": "* VEC\n# VEC\n; VEC : VEC",
    "footnotes": 'x<ref name="VEC">VEC</ref> y<ref group="VEC">z</ref>\n\n<references />',
    "preformatted": "<pre>VEC</pre>\n\n VEC\n\n<code>VEC</code>",
    "category and redirect": "[[Category:VEC]]",
}


def wikitext_document(vector: str, position: str) -> Document:
    return wikiconv.parse(WIKITEXT_POSITIONS[position].replace("VEC", vector), "wikitext")


def flat_text(vector: str) -> str:
    one_line = vector.replace("\n", " ")
    return (
        f"= {one_line} =\n\nInfobox\n- Key: {one_line}\n- {one_line}: value\n\n"
        f"{one_line}\n\n=={one_line}==\n- {one_line}\n\nA paragraph.\n"
    )


def hand_built(vector: str) -> Document:
    """The vector in every string a tree holds, with no reader to clean it first."""
    v = vector
    hostile_attributes = (
        ("style", v), ("onclick", v), ("href", v), ("title", v), ("id", v),
        ("class", v), ("src", v), (v, "x"), ("cite", v), ("data-x", v), ("width", v),
    )  # fmt: skip
    inlines: tuple[Inline, ...] = (
        ExternalLink(v, (Text("x"),)),
        ExternalLink(v),
        ExternalLink(v, numbered=True),
        Link(v),
        Link("Mill", (Text("x"),), anchor=v),
        Image(v),
        Image("Mill.jpg", (Text(v),), options=((v, v), ("link", v)), alt=v),
        InlineTag(v, hostile_attributes, (Text("x"),)),
        InlineTag("span", hostile_attributes, (Text("x"),)),
        InlineTag("q", hostile_attributes, (Text("x"),)),
        RawInline("html", v),
        Text(" AFTER-INLINE "),
        Reference((Text(v),), name=v, group=v),
        Math(v, display=True),
        Code(v),
        Template("cite web", (TemplateParam("url", (Text(v),)),), rendered=(Text(v),)),
        Template("cite web", (TemplateParam("last", (Text(v),)),), rendered=(Text("c"),)),
    )
    blocks: tuple[Block, ...] = (
        Infobox((InfoboxField(v, (Text(v),)),), name=v),
        Paragraph(inlines),
        Paragraph((Image(v, (Text("cap"),)),)),
        BlockTag("div", hostile_attributes, (Paragraph((Text("in div"),)),)),
        BlockTag(v, hostile_attributes, (Paragraph((Text("x"),)),)),
        RawBlock("html", v),
        Paragraph((Text("AFTER-BLOCK"),)),
        Table(
            (
                Row(
                    (Cell((Plain((Text(v),)),), attributes=hostile_attributes),), hostile_attributes
                ),
            ),
            caption=(Text(v),),
            attributes=hostile_attributes,
        ),
        CodeBlock(v, language=v),
        Section(2, (Text(v),), (Paragraph((Text(v),)),)),
        Section(2, (RawInline("html", v),), ()),
        Gallery((Image(v, (Text(v),)),)),
        ReferenceList(group=v),
    )
    return Document(blocks, title=v, categories=(v,), redirect=v)


def _visible(text: str) -> str:
    return " ".join("".join(parse(text).itertext()).split())


# --------------------------------------------------------------------------- the corpus


def test_the_corpus_is_big_and_covers_the_classics() -> None:
    assert len(VECTORS) >= 60
    assert len(set(VECTORS)) == len(VECTORS)
    joined = "\n".join(VECTORS)
    for needle in (
        "JaVaScRiPt:", "java&#x09;script:", "&#106;avascript:", "\x01javascript:",
        "data:text/html;base64,", "vbscript:", "<script>", "onerror=", "<svg onload",
        "<iframe", "<object", "<embed", "<math><mtext>", "url(javascript:", "expression(",
        '" onmouseover="', "</textarea><script>", "\\6a avascript", "<base href",
        "http-equiv=\"refresh\"", "<form action", 'rel="import"', "formaction", "srcdoc",
        "xlink:href",
    ):  # fmt: skip
        assert needle in joined, needle


def test_the_checker_sees_what_it_must() -> None:
    """The checks themselves catch live content, so a pass below means something."""
    live = [
        '<a href=" JAVA&#x09;SCRIPT:alert(1)">x</a>',
        '<img src="data:image/png;base64,AA">',
        '<span style="background:\\75 rl(x)">x</span>',
        '<span style="width:expr/**/ession(1)">x</span>',
        '<p onclick="x">p</p>',
        "<svg><a xlink:href='javascript:x'>s</a></svg>",
        "<iframe srcdoc='x'></iframe>",
        '<div><meta http-equiv="refresh" content="0"></div>',
        "<p>x</p><script>1</script>",
    ]
    for html in live:
        assert check_output(html, "probe", standalone=False), html
    assert check_output('<p><a href="https://x.org/">x</a></p>', "probe", False) == []


@pytest.mark.parametrize("position", WIKITEXT_POSITIONS)
def test_every_position_reaches_the_output(position: str) -> None:
    """A harmless word in each position shows in the HTML, so each position is tested."""
    shown = sum(
        wikiconv.render(wikitext_document(vector, position), "html").count("MARKER")
        for vector in ("MARKER", "class=MARKER")
    )
    assert shown > 0


@pytest.mark.parametrize("vector", VECTORS)
def test_vector_in_every_wikitext_position(vector: str) -> None:
    found = []
    for position in WIKITEXT_POSITIONS:
        found += rendered_problems(wikitext_document(vector, position), position)
    redirect = wikiconv.parse(f"#REDIRECT [[{vector}]]", "wikitext")
    found += rendered_problems(redirect, "redirect")
    assert found == []


@pytest.mark.parametrize("vector", VECTORS)
def test_vector_in_flat_input(vector: str) -> None:
    document = wikiconv.parse(flat_text(vector), "flat")
    assert rendered_problems(document, "flat") == []
    assert "A paragraph." in _visible(wikiconv.render(document, "html"))


@pytest.mark.parametrize("vector", VECTORS)
def test_vector_in_a_hand_built_tree(vector: str) -> None:
    document = hand_built(vector)
    found = rendered_problems(document, "tree")
    found += rendered_problems(document, "tree, hostile options", lang=vector)
    found += rendered_problems(
        Document((Paragraph((Link("Mill"),)),)), "link template", link_template=vector + "{title}"
    )
    assert found == []
    # The vector cannot swallow or break out of what follows it.
    visible = _visible(wikiconv.render(document, "html"))
    for sentinel in ("AFTER-INLINE", "AFTER-BLOCK", "in div"):
        assert sentinel in visible, sentinel


@pytest.mark.parametrize("vector", VECTORS)
def test_vector_through_json(vector: str) -> None:
    """A tree read from JSON (``from_dict``, the ``ast`` reader) gets no more trust."""
    data = hand_built(vector).to_dict()
    document = wikiconv.from_dict(data)
    assert isinstance(document, Document)
    assert rendered_problems(document, "from_dict") == []
    read = wikiconv.parse(json.dumps(data), "ast")
    assert read == document
    assert rendered_problems(read, "ast reader") == []


# --------------------------------------------------------------------------- kept content


def test_ordinary_content_still_comes_through() -> None:
    source = (
        "{{Infobox building\n| name = Tarrow Mill\n"
        "| website = [https://mill.example.org Site]\n}}\n"
        'A [[Tarrow Mill|mill]] with <span style="color:red" title="t">red</span> text, '
        "[https://example.org/a?b=1&c=2 a site] and "
        '<q cite="https://example.org/q">a quote</q>.\n\n'
        "[[File:Mill.jpg|thumb|220px|A mill]]\n\n"
        '{| class="wikitable" style="width:50%"\n|- style="background:#eee"\n'
        '| style="color:blue" colspan="2" | cell\n|}\n'
    )
    root = parse(wikiconv.render(wikiconv.parse(source, "wikitext"), "html"))
    assert problems(root, "ordinary") == []
    links = {a.get("href"): "".join(a.itertext()) for a in root.iter("a")}
    assert links["https://en.wikipedia.org/wiki/Tarrow_Mill"] == "mill"
    assert links["https://example.org/a?b=1&c=2"] == "a site"
    assert links["https://mill.example.org"] == "Site"
    span = next(s for s in root.iter("span") if "".join(s.itertext()) == "red")
    assert span.attrib == {"style": "color:red", "title": "t"}
    q = next(root.iter("q"))
    assert q.get("cite") == "https://example.org/q"
    img = next(root.iter("img"))
    assert img.get("src") == "https://en.wikipedia.org/wiki/Special:FilePath/Mill.jpg"
    assert img.get("width") == "220"
    table = next(t for t in root.iter("table") if t.get("class") == "wikitable")
    assert table.get("style") == "width:50%"
    assert next(table.iter("tr")).get("style") == "background:#eee"
    cell = next(table.iter("td"))
    assert cell.attrib == {"style": "color:blue", "colspan": "2"}


def test_raw_html_keeps_mediawiki_markup_and_nothing_else() -> None:
    raw = (
        '<span style="color:red" title="t" onclick="x">red</span> '
        '<b>bold</b> <abbr title="for example">e.g.</abbr> <a href="https://x.org">link</a> '
        "<script>alert(1)</script><style>p{}</style><img src=x onerror=alert(1)>"
        '<table class="t"><tr><td colspan=2 onclick=x>cell</td></tr></table>'
        "<p>unclosed <i>italic"
    )
    document = Document((RawBlock("html", raw), Paragraph((Text("after"),))))
    rendered = wikiconv.render_output(document, "html")
    root = parse(rendered.text)
    assert problems(root, "raw") == []
    body = root.find("body")
    assert body is not None
    span = next(body.iter("span"))
    assert span.attrib == {"style": "color:red", "title": "t"} and span.text == "red"
    assert next(body.iter("b")).text == "bold"
    assert next(body.iter("abbr")).get("title") == "for example"
    assert body.find(".//a") is None and body.find(".//img") is None  # not MediaWiki's
    assert "link" in _visible(rendered.text)  # an element left out keeps its text
    assert "alert" not in _visible(rendered.text) and "p{}" not in _visible(rendered.text)
    assert next(body.iter("td")).attrib == {"colspan": "2"}
    # The raw HTML is balanced on its own: "after" is a paragraph of its own, not italic.
    last = body.findall("p")[-1]
    assert last.text == "after" and not list(last)
    messages = " ".join(d.message for d in rendered.diagnostics)
    assert "RawBlock: raw HTML outside MediaWiki's whitelist is removed" in messages


def test_raw_html_that_is_already_clean_is_unchanged() -> None:
    clean = [
        "<kbd>raw inline</kbd>",
        '<span class="a b" style="color:red">x &amp; y &lt;z&gt;</span>',
        '<table class="wikitable">\n<tr>\n<th scope="col">h</th>\n<td>c</td>\n</tr>\n</table>',
        "a<br>b<hr>",
        '<ol start="3"><li value="3">x</li></ol>',
    ]
    for html in clean:
        text, removed = sanitize_html(html)
        assert (text, removed) == (html, False)


def test_mediawiki_url_protocols_are_the_allowed_schemes() -> None:
    assert set(URL_SCHEMES) == ALLOWED_SCHEMES
    for url in ("https://x.org", "//x.org/a", "mailto:a@b.org", "tel:+1", "#f", "a/b", "?q"):
        assert safe_url(url) == url.strip(), url
    for url in ("javascript:x", "data:text/html,x", "jar:x", "&#x6A;avascript:x", "foo:bar"):
        assert safe_url(url) is None, url


@pytest.mark.parametrize(
    ("style", "kept"),
    [
        ("color:red", "color:red"),
        ("color: red; /* note */ width: 2em", "color: red;   width: 2em"),
        ('content: "\\201C"', 'content: "“"'),
        ("background:url(x.png)", None),
        ("background: URL (x.png)", None),
        ("x:expression(alert(1))", None),
        ("x:\\65 xpression(1)", None),
        ("x:exp/**/ression(1)", None),
        ("background:image-set('a.png' 1x)", None),
        ("-moz-binding:url(x)", None),
        ("behavior:url(x.htc)", None),
        ("color:red;x:javascript:1", None),
        ("@import 'x.css'", None),
        ("background:&#117;rl(x)", None),
        ("color:red\x01", None),
        ("color:red /* unclosed url(x)", "color:red "),
    ],
)
def test_styles_are_checked_like_mediawiki(style: str, kept: str | None) -> None:
    assert check_css(style) == kept


# --------------------------------------------------------------------------- the rules


def test_attributes_follow_mediawikis_per_element_whitelist() -> None:
    def kept(tag: str, *pairs: tuple[str, str]) -> dict[str, str]:
        return dict(clean_attributes(pairs, tag)[0])

    assert kept("td", ("width", "5"), ("bgcolor", "#eee"), ("nowrap", "")) == {
        "width": "5",
        "bgcolor": "#eee",
        "nowrap": "",
    }
    assert kept("span", ("width", "5"), ("align", "left"), ("title", "t")) == {"title": "t"}
    assert kept("tr", ("valign", "top"), ("colspan", "2")) == {"valign": "top"}
    assert kept("span", ("data-sort", "1"), ("data-mw", "{}"), ("data-x:y", "1")) == {
        "data-sort": "1"
    }
    assert kept("span", ("tabindex", "0")) == {"tabindex": "0"}
    assert kept("span", ("tabindex", "1")) == {}
    assert kept("span", ("id", " a b\tc ")) == {"id": "_a_b_c_"}
    assert kept("span", ("id", "")) == {}
    assert kept("span", ("itemtype", "https://schema.org/Thing")) == {}
    assert kept("span", ("itemscope", ""), ("itemtype", "https://schema.org/Thing")) == {
        "itemscope": "",
        "itemtype": "https://schema.org/Thing",
    }
    assert kept("span", ("itemprop", "name"), ("property", "javascript:x")) == {"itemprop": "name"}
    assert kept("q", ("cite", "https://a.org")) == {"cite": "https://a.org"}
    assert kept("q", ("cite", "java\tscript:x")) == {}
    assert kept("blockquote", ("cite", "data:text/html,x")) == {}
    assert kept("script", ("src", "https://a.org/x.js")) == {}  # not an element at all
    assert clean_attributes((("onclick", "x"), ("class", "c")), "div") == ([("class", "c")], True)
    assert clean_attributes((("CLASS", "a"), ("class", "b")), "div") == ([("class", "a")], False)


def test_every_attribute_written_is_checked_again() -> None:
    """attrs_html is the last gate: even a pair built by the writer's own code."""
    pairs = [
        ("href", "\u3000javascript:alert(1)"),
        ("src", "data:image/png;base64,AA"),
        ("onclick", "x"),
        ("srcdoc", "<script>"),
        ("formaction", "https://a.org"),
        ("style", "background:url(x)"),
        ("id", "a b"),
        ("href", "#cite-note-1"),
        ("data-group", "g"),
        ("alt", '"><script>'),
    ]
    assert (
        attrs_html(pairs)
        == ' id="a_b" href="#cite-note-1" data-group="g" alt="&quot;&gt;&lt;script&gt;"'
    )


def test_the_writers_tags_are_on_mediawikis_whitelist() -> None:
    assert INLINE_TAGS | BLOCK_TAGS.keys() <= MEDIAWIKI_ELEMENTS
    document = Document(
        tuple(
            BlockTag(tag, (("class", "c"),), (Paragraph((Text(tag),)),))
            for tag in ("details", "section", "aside", "figure", "center")
        )
    )
    rendered = wikiconv.render_output(document, "html")
    root = parse(rendered.text)
    assert [e.tag for e in root.iter() if e.get("class")] == ["div"]  # only the center
    assert [p.text for p in root.iter("p")] == ["details", "section", "aside", "figure", "center"]
    assert "BlockTag: <details> is not an allowed block element" in " ".join(
        d.message for d in rendered.diagnostics
    )


def test_unicode_space_before_a_scheme_is_not_stripped_after_the_check() -> None:
    """The shared urls.safe_url looks past U+00A0 and U+3000 and then strips them, which
    wrote ``href="javascript:…"``; the writer's own check sees through them."""
    for space in ("\xa0", "\u3000", "\u2003", "\u1680", "\u205f"):
        document = Document(
            (Paragraph((ExternalLink(space + "javascript:alert(1)", (Text("x"),)),)),)
        )
        root = parse(wikiconv.render(document, "html"))
        assert root.find(".//a") is None and problems(root, "space") == []
        image = Document((Paragraph((Image(space + "javascript://%0Aalert(1)"),)),))
        assert parse(wikiconv.render(image, "html")).find(".//img") is None


def test_a_heading_cannot_carry_the_footnote_placeholder_into_an_attribute() -> None:
    """Heading ids were escaped without replacing NUL, so a heading holding the
    placeholder of a footnote list had the list written inside its id."""
    heading = Section(
        2,
        (Text("\x00footnotes-0\x00"),),
        (Paragraph((Text("a"), Reference((Text("note"),)))),),
    )
    text = wikiconv.render(Document((heading,)), "html")
    root = parse(text)
    h2 = next(root.iter("h2"))
    assert h2.get("id") == "\ufffdfootnotes-0\ufffd" and len(h2) == 0
    assert len(root.findall(".//ol")) == 1


def test_raw_html_edge_cases() -> None:
    cases = {
        "<script>alert(1)": ("", True),
        "a<!-- c -->b": ("ab", True),
        "<b>x</i>y</b>": ("<b>xy</b>", True),
        "</div></p></section>x": ("x", True),
        "<svg><p>hidden</p></svg>shown": ("shown", True),
        "<textarea></textarea><script>alert(1)</script>ok": ("ok", True),
        "<span title='a\"b'>x</span>": ('<span title="a&quot;b">x</span>', False),
        "<SPAN CLASS=x>y</SPAN>": ('<span class="x">y</span>', False),
        "<br/><wbr></br>": ("<br><wbr>", False),
        "\x00footnotes-0\x00": ("\ufffdfootnotes-0\ufffd", False),
        '<div style="width:exp\\72 ession(1)">d</div>': ("<div>d</div>", True),
    }
    for raw, expected in cases.items():
        assert sanitize_html(raw) == expected, raw


# --------------------------------------------------------------- the other writers' way in


@pytest.mark.parametrize("space", ["\u1680", "\u00a0", "\u3000", "\u2003"])
def test_markdown_writes_no_script_url_hidden_behind_unicode_space(space: str) -> None:
    image = Image(space + "javascript://%0Aalert(1)")
    link = ExternalLink(space + "javascript:alert(1)", (Text("x"),))
    document = Document((Paragraph((image, link)),))
    markdown = wikiconv.render(document, "markdown")
    # Refused URLs may stay as text; no link or image may point at them. markdown-it
    # refuses script URLs itself; it is told not to, so that the check is ours.
    reader = MarkdownIt("commonmark")
    reader.validateLink = lambda url: True
    shown = reader.render(markdown)
    assert not re.search(r'(?:href|src)="[^"]*javascript', unescape(shown), re.IGNORECASE)


def test_a_tag_written_as_a_parser_function_gets_its_attributes_sanitised() -> None:
    document = wikiconv.parse(
        "{{#tag:span|hi|onclick=alert(1)|style=background:image-set(x)|class=ok}}", "wikitext"
    )
    html = wikiconv.render(document, "html")
    assert "onclick" not in html and "image-set" not in html
    assert 'class="ok"' in html


@pytest.mark.parametrize(
    "style",
    [
        "width:\uff45\uff58\uff50\uff52\uff45\uff53\uff53\uff49\uff4f\uff4e(1)",
        "x:\u0280\u0274url(y)",
    ],
)
def test_css_lookalike_letters_are_read_as_ascii(style: str) -> None:
    # Sanitizer::checkCss folds fullwidth letters and small capitals before checking.
    document = wikiconv.parse(f'<span style="{style}">x</span>', "wikitext")
    (span,) = [n for n in wikiconv.iter_nodes(document) if isinstance(n, InlineTag)]
    assert dict(span.attributes)["style"] == "/* insecure input */"
