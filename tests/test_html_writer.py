"""The HTML writer: structure checked through a real HTML5 parser, escaping, sanitising."""

from __future__ import annotations

import re
import typing
import xml.etree.ElementTree as ET

import html5lib
import pytest

import wikiconv
from wikiconv.ast import (
    Block,
    BlockQuote,
    BlockTag,
    Cell,
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
    List,
    ListItem,
    Math,
    Paragraph,
    Plain,
    Preformatted,
    RawBlock,
    RawInline,
    Reference,
    Row,
    Section,
    SoftBreak,
    Table,
    Template,
    TemplateParam,
    Text,
)
from wikiconv.errors import FormatError
from wikiconv.urls import safe_url
from wikiconv.writers.base import method_name
from wikiconv.writers.html import HtmlWriter
from wikiconv.writers.html_page import safe_style

from conftest import SEED
from sample_tree import every_node_document

HOSTILE = '<script>alert(1)</script> &amp; "q" \'a\' "><img src=x onerror=alert(1)>'
BAD_URLS = [
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\x00javascript:alert(1)",
    "javascript&#58;alert(1)",
    "&#106;avascript:alert(1)",
    "javascript&colon;alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
    "DATA:image/svg+xml;base64,PHN2Zz4=",
    "java\u200bscript:alert(1)",
]
GOOD_URLS = ["https://a.org/x?y=1&z=2", "http://a.org", "ftp://f.org/f", "mailto:a@b.org"]
GOOD_URLS += ["//cdn.org/x", "relative/page", "#fragment", "?q=1"]


def html(document: Document, **options: object) -> str:
    return wikiconv.render(document, "html", **options)


def tree(text: str) -> ET.Element:
    return html5lib.parse(text, namespaceHTMLElements=False)


def text_of(element: ET.Element) -> str:
    return "".join(element.itertext())


def at(root: ET.Element, path: str) -> ET.Element:
    """The first element at ``path``, which must exist."""
    found = root.find(path)
    assert found is not None, f"nothing at {path}"
    return found


def text_at(root: ET.Element, path: str) -> str:
    return text_of(at(root, path))


def doc(*blocks: Block, title: str | None = None) -> Document:
    return Document(blocks=blocks, title=title)


def para(*content: Inline) -> Document:
    return doc(Paragraph(content))


def lost_messages(document: Document, **options: object) -> str:
    rendered = wikiconv.render_output(document, "html", **options)
    return " ".join(d.message for d in rendered.diagnostics if d.code == "not-expressible")


def assert_no_active_content(root: ET.Element) -> None:
    for tag in ("script", "img", "iframe", "object", "embed", "style"):
        assert root.find(f".//{tag}") is None, tag
    for element in root.iter():
        assert not any(name.startswith("on") for name in element.attrib), element.attrib


# --------------------------------------------------------------------------- seed


@pytest.fixture(scope="module")
def seed_root() -> ET.Element:
    return tree(html(wikiconv.parse(SEED.read_text(encoding="utf-8"))))


def test_seed_title_and_infobox(seed_root: ET.Element) -> None:
    assert [text_of(h) for h in seed_root.iter("h1")] == ["Afshar massacre"]
    [box] = seed_root.findall(".//table[@class='infobox']")
    assert box.find("caption") is None
    rows = box.findall(".//tr")
    assert len(rows) == 11
    fields = [line[2:] for line in SEED.read_text(encoding="utf-8").splitlines()[3:14]]
    expected = [tuple(field.split(": ", 1)) for field in fields]
    got = [(text_at(row, "th"), text_at(row, "td")) for row in rows]
    assert got == expected
    assert all(at(row, "th").get("scope") == "row" for row in rows)


def test_seed_sections_list_and_paragraphs(seed_root: ET.Element) -> None:
    sections = seed_root.findall(".//section")
    assert len(sections) == 4
    headings = ["Background and objectives", "Preparation", "Crimes", "See also"]
    assert [text_at(s, "h2") for s in sections] == headings
    assert [at(s, "h2").get("id") for s in sections] == [
        "Background_and_objectives",
        "Preparation",
        "Crimes",
        "See_also",
    ]
    [ul] = seed_root.findall(".//ul")
    assert [text_of(li) for li in ul] == ["List of massacres in Afghanistan"]
    source = SEED.read_text(encoding="utf-8").splitlines()
    paragraphs = [line for line in source[15:] if line and line[0] not in "=-"]
    assert [text_of(p) for p in seed_root.iter("p")] == paragraphs


def test_seed_output_shape() -> None:
    text = html(wikiconv.parse(SEED.read_text(encoding="utf-8")))
    assert text.endswith("</section>\n") and not text.endswith("\n\n")
    assert "\n<section>\n<h2 id=" in text  # blocks start on lines of their own


# --------------------------------------------------------------------------- page


def test_standalone_page() -> None:
    document = wikiconv.parse(SEED.read_text(encoding="utf-8"))
    text = html(document, standalone=True, lang="fa")
    assert text.startswith("<!DOCTYPE html>\n") and text.endswith("</html>\n")
    assert not text.endswith("\n\n")
    root = tree(text)
    assert root.get("lang") == "fa"
    assert root.find("head/meta[@charset='utf-8']") is not None
    assert "width=device-width" in at(root, "head/meta[@name='viewport']").get("content", "")
    assert text_at(root, "head/title") == "Afshar massacre"
    assert len(root.findall(".//style")) == 1 and root.find(".//script") is None
    article = at(root, "body/article")
    assert text_at(article, "h1") == "Afshar massacre"
    assert len(article.findall(".//section")) == 4
    style = text_at(root, ".//style")
    assert "max-width" in style and "float: right" in style and "border" in style


def test_standalone_escapes_title_and_lang_and_defaults_to_untitled() -> None:
    root = tree(html(doc(title=HOSTILE), standalone=True, lang='en"><script>'))
    assert text_at(root, "head/title") == HOSTILE
    assert root.get("lang") == 'en"><script>'
    assert root.find(".//script") is None
    untitled = tree(html(doc(Paragraph((Text("x"),))), standalone=True))
    assert text_at(untitled, "head/title") == "Untitled"
    assert untitled.find(".//h1") is None


def test_fragment_ends_with_one_newline() -> None:
    assert html(doc()) == "\n"
    assert html(para(Text("a"))) == "<p>a</p>\n"


def test_options_through_the_api() -> None:
    assert isinstance(HtmlWriter.make_options(standalone=True), HtmlWriter.Options)
    with pytest.raises(FormatError):
        html(doc(), colour=True)


# --------------------------------------------------------------------------- escaping


def test_hostile_text_round_trips_everywhere() -> None:
    url = "https://example.org/?q=" + HOSTILE
    document = Document(
        title=HOSTILE,
        blocks=(
            Infobox((InfoboxField(HOSTILE, (Text(HOSTILE),)),), name=HOSTILE),
            Paragraph((Text(HOSTILE),)),
            Section(
                2,
                (Text(HOSTILE),),
                (Paragraph((Link(HOSTILE), Text(" "), ExternalLink(url))),),
            ),
            CodeBlock(HOSTILE, language=HOSTILE),
        ),
    )
    root = tree(html(document))
    assert_no_active_content(root)
    assert text_at(root, ".//h1") == HOSTILE
    assert text_at(root, ".//table/caption") == HOSTILE
    assert text_at(root, ".//th") == HOSTILE
    assert text_at(root, ".//td") == HOSTILE
    assert text_at(root, ".//p") == HOSTILE
    heading = at(root, ".//h2")
    assert text_of(heading) == HOSTILE
    assert heading.get("id") == re.sub(r"\s+", "_", HOSTILE.strip())
    link, external = root.findall(".//section//a")
    assert text_of(link) == HOSTILE and link.get("title") == HOSTILE
    assert link.get("href", "").startswith("https://en.wikipedia.org/wiki/%3Cscript%3E")
    assert external.get("href") == url and text_of(external) == url
    assert text_at(root, ".//pre/code") == HOSTILE


def test_hostile_flat_input() -> None:
    source = (
        f"= {HOSTILE} =\n\nInfobox\n- Key: {HOSTILE}\n\n{HOSTILE}\n\n=={HOSTILE}==\n- {HOSTILE}\n"
    )
    root = tree(html(wikiconv.parse(source, "flat")))
    assert_no_active_content(root)
    for path in (".//h1", ".//td", ".//p", ".//h2", ".//li"):
        assert text_at(root, path) == HOSTILE, path


@pytest.mark.parametrize("url", BAD_URLS)
def test_hostile_urls_never_become_links(url: str) -> None:
    assert safe_url(url) is None
    document = para(
        ExternalLink(url, (Text("x"),)),
        ExternalLink(url),
        Image(url),
        Image("javascript://" + url),
    )
    text = html(document)
    root = tree(text)
    for element in root.iter():
        for name in ("href", "src"):
            value = re.sub(r"[\x00-\x20]", "", element.get(name, "")).lower()
            assert not value.startswith(("javascript", "vbscript", "data")), value
    assert root.find(".//script") is None
    assert "ExternalLink" in lost_messages(document)


@pytest.mark.parametrize("url", GOOD_URLS)
def test_safe_urls_are_kept(url: str) -> None:
    root = tree(html(para(ExternalLink(url, (Text("x"),)))))
    a = at(root, ".//a")
    assert a.get("href") == url
    assert a.get("class") == "external" and a.get("rel") == "nofollow"


def test_hostile_link_template_is_refused() -> None:
    document = para(Link("Page"))
    root = tree(html(document, link_template="javascript:{title}"))
    assert root.find(".//a") is None and text_at(root, ".//p") == "Page"
    assert "Link" in lost_messages(document, link_template="javascript:{title}")


def test_attributes_are_whitelisted() -> None:
    attributes = (
        ("class", "wikitable"),
        ("ONCLICK", "alert(1)"),
        ("style", "color: red"),
        ("href", "javascript:alert(1)"),
        ("width", '50%"><script>'),
    )
    table = Table(
        (Row((Cell((Plain((Text("c"),)),), attributes=attributes),), attributes),),
        attributes=attributes,
    )
    document = doc(table, Paragraph((InlineTag("span", attributes, (Text("s"),)),)))
    root = tree(html(document))
    assert_no_active_content(root)
    # MediaWiki's Sanitizer allows width on tables and cells, not on rows and spans.
    for path in (".//table", ".//td"):
        assert at(root, path).attrib == {
            "class": "wikitable",
            "style": "color: red",
            "width": '50%"><script>',
        }
    for path in (".//tr", ".//span"):
        assert at(root, path).attrib == {"class": "wikitable", "style": "color: red"}
    messages = lost_messages(document)
    for node_type in ("Table", "Row", "Cell", "InlineTag"):
        assert f"{node_type}: unsafe or unsupported attributes are dropped" in messages
    assert "times)" not in messages  # once per node, not once per attribute


@pytest.mark.parametrize(
    "style",
    [
        "background: url(x.png)",
        "width: expression(alert(1))",
        "color: red; x: javascript:1",
        "content: '\\75rl(x)'",
        "background: u/**/rl(x)",
        "background: &#117;rl(x)",
        "behavior: url(x.htc)",
    ],
)
def test_unsafe_styles_are_dropped(style: str) -> None:
    assert not safe_style(style)
    root = tree(html(para(InlineTag("span", (("style", style),), (Text("s"),)))))
    assert at(root, ".//span").get("style") is None


def test_unknown_tags_keep_only_their_content() -> None:
    document = doc(
        BlockTag(
            "iframe",
            (("src", "javascript:alert(1)"),),
            (Paragraph((InlineTag("script", (), (Text("alert(1)"),)),)),),
        ),
        BlockTag("center", (("class", "box"),), (Plain((Text("middle"),)),)),
    )
    root = tree(html(document))
    assert_no_active_content(root)
    assert text_at(root, ".//p") == "alert(1)"
    center = at(root, ".//div")
    assert center.get("class") == "center box" and text_of(center) == "middle"
    messages = lost_messages(document)
    assert "BlockTag: <iframe>" in messages and "InlineTag: <script>" in messages


# --------------------------------------------------------------------------- nodes


def test_every_node_type_has_a_method() -> None:
    types = [*typing.get_args(Inline), *typing.get_args(Block)]
    types += [ListItem, Row, Cell, InfoboxField, TemplateParam]
    assert all(callable(getattr(HtmlWriter, method_name(t), None)) for t in types)


def test_every_node_document() -> None:
    rendered = wikiconv.render_output(every_node_document(), "html")
    root = tree(rendered.text)
    p = at(root, ".//section/p")
    for tag, content in [
        ("b", "bold"),
        ("i", "italic"),
        ("u", "under"),
        ("s", "struck"),
        ("sup", "sup"),
        ("sub", "sub"),
        ("small", "small"),
        ("code", "code()"),
    ]:
        assert text_at(p, tag) == content, tag
    assert at(p, "abbr").get("title") == "for example"
    assert p.find("br") is not None and p.find("kbd") is not None  # the raw inline
    assert text_at(p, "span[@class='math']") == "x^2"
    img = at(p, "span[@class='image']/img")
    assert img.get("alt") == "a map"
    assert img.get("src") == "https://en.wikipedia.org/wiki/Special:FilePath/Map.png"
    assert "5 km (3.1 mi)" in text_of(p) and "param text" not in text_of(p)
    assert "Template: a template with no rendering is dropped" in rendered.diagnostics[-1].message
    section = at(root, ".//section")
    assert [child.tag for child in section][:6] == ["h2", "p", "ul", "ol", "dl", "table"]
    assert [child.tag for child in at(section, "dl")] == ["dt", "dd"]
    assert text_at(section, "ul/li/ul/li") == "nested item"
    table = at(section, "table")
    assert text_at(table, "caption") == "table caption"
    assert [th.text for th in table.iter("th")] == ["head a", "head b"]
    assert at(table, ".//td").get("colspan") == "2"
    assert text_at(section, "pre") == "pre text"
    code = at(section, "pre/code[@class='language-python']")
    assert code.text == "print('code block')"
    assert text_at(section, "blockquote/p") == "quoted text"
    assert section.find("hr") is not None
    figure = at(section, "ul[@class='gallery']/li/figure")
    assert text_at(figure, "figcaption") == "gallery caption"
    assert text_at(section, "div[@class='box']/p") == "div text"
    assert any(text_of(div) == "raw block" for div in section.iter("div"))
    assert at(section, "section/h3").get("id") == "Subsection_heading"
    categories = at(root, ".//ul[@class='categories']/li/a")
    assert text_of(categories) == "Examples"
    assert categories.get("href") == "https://en.wikipedia.org/wiki/Category:Examples"


def test_links_and_urls() -> None:
    document = para(
        Link("AC/DC (band)"),
        Link("C++", (Text("see"),), anchor="Early history"),
        Link("", anchor="Notes"),
        ExternalLink("https://a.org/1", numbered=True),
        ExternalLink("https://a.org/x", (Text("named"),)),
        ExternalLink("https://a.org/2", numbered=True),
        ExternalLink("https://a.org/bare"),
    )
    links = tree(html(document)).findall(".//a")
    assert [(a.get("href"), text_of(a)) for a in links] == [
        ("https://en.wikipedia.org/wiki/AC/DC_(band)", "AC/DC (band)"),
        ("https://en.wikipedia.org/wiki/C%2B%2B#Early_history", "see"),
        ("#Notes", "#Notes"),
        ("https://a.org/1", "[1]"),
        ("https://a.org/x", "named"),
        ("https://a.org/2", "[2]"),
        ("https://a.org/bare", "https://a.org/bare"),
    ]
    relative = tree(
        html(para(Link("Help:Contents"), Link("//evil.org")), link_template="{title}.html")
    )
    assert [a.get("href") for a in relative.iter("a")] == [
        "./Help:Contents.html",
        "./" + "//evil.org.html",
    ]


def test_nested_sections_get_unique_ids_and_capped_levels() -> None:
    inner = Section(7, (Text("Notes"),), (Paragraph((Text("deep"),)),))
    document = doc(
        Section(2, (Text("Notes"),), (Section(3, (Text("Notes"),), (inner,)),)),
        Section(2, (Text("cite-note-1"),)),
        Section(2, (Text(""),)),
    )
    root = tree(html(document))
    ids = [h.get("id") for h in root.iter() if h.tag in ("h2", "h3", "h6")]
    assert ids == ["Notes", "Notes_2", "Notes_3", "cite-note-1_2", "section"]
    assert root.find("body/section/section/section/h6") is not None
    assert html(document) == html(document)  # nothing carries over between documents


def test_references_and_back_links() -> None:
    document = doc(
        Paragraph((Text("a"), Reference((Text("first"),), name="x"), Reference((Text("second"),)))),
        Paragraph((Text("b"), Reference(name="x"), Reference((Text("grouped"),), group="note"))),
    )
    root = tree(html(document))
    sups = root.findall(".//p/sup[@class='reference']")
    assert [text_of(s) for s in sups] == ["[1]", "[2]", "[1]", "[note 1]"]
    lists = root.findall(".//ol[@class='references']")
    assert len(lists) == 2 and lists[1].get("data-group") == "note"
    ids = {element.get("id") for element in root.iter() if element.get("id")}
    assert len(ids) == len([e for e in root.iter() if e.get("id")])  # ids are unique
    for sup in sups:
        assert at(sup, "a").get("href", "")[1:] in ids
    notes = lists[0].findall("li")
    assert len(notes) == 2 and text_of(notes[1]) == "↑ second"
    back = [a.get("href", "")[1:] for a in notes[0].iter("a")]
    assert back == ["cite-ref-1", "cite-ref-1-2"] and all(b in ids for b in back)
    assert text_of(notes[0]).endswith("first")
    assert at(lists[1], "li/a").get("href") == "#cite-ref-note-1"


def test_footnotes_in_an_inline_image_caption_follow_the_image() -> None:
    # An inline image shows its caption only as a title, which cannot hold a marker:
    # the footnote was numbered but never cited where a reader could see it.
    caption = (Text("A view"), Reference((Text("photo note"),)))
    document = doc(
        Paragraph((Text("See "), Image("File:V.jpg", caption), Reference((Text("next"),)))),
        Paragraph((Image("File:W.jpg", (Text("Block"), Reference((Text("third"),)))),)),
    )
    root = tree(html(document))
    paragraph = at(root, ".//p")
    assert at(paragraph, "span[@class='image']").get("title") == "A view"
    assert [text_of(sup) for sup in paragraph.findall("sup")] == ["[1]", "[2]"]
    assert text_of(paragraph) == "See [1][2]"
    assert text_at(root, ".//figure/figcaption") == "Block[3]"
    ids = {element.get("id") for element in root.iter() if element.get("id")}
    notes = root.findall(".//ol[@class='references']/li")
    assert [text_of(note) for note in notes] == ["↑ photo note", "↑ next", "↑ third"]
    assert all(at(note, "a").get("href", "")[1:] in ids for note in notes)


def test_images_math_preformatted() -> None:
    document = doc(
        Paragraph(
            (Image("File:A b.jpg", (Text("cap"),), (("thumb", ""), ("right", ""), ("220px", ""))),)
        ),
        Paragraph((Math("\\frac{a}{b} < c", display=True),)),
        Paragraph((Text("inline "), Math("x", display=True))),
        Preformatted((Text("\n indented"), SoftBreak(), Text("<b>"))),
        Gallery((Image("https://img.org/a.png", alt="alt text"),)),
    )
    text = html(document)
    root = tree(text)
    figure = at(root, "body/figure")
    assert figure.get("class") == "image thumb right"
    img = at(figure, "img")
    assert img.get("width") == "220" and img.get("alt") == "cap"
    assert img.get("src") == "https://en.wikipedia.org/wiki/Special:FilePath/A_b.jpg"
    assert text_at(root, "body/div[@class='math']") == "\\frac{a}{b} < c"
    assert root.find(".//p/span[@class='math display']") is not None
    assert text_at(root, ".//pre") == "\n indented\n<b>"
    assert at(root, ".//ul[@class='gallery']/li/figure/img").get("alt") == "alt text"


def test_lists_quotes_and_raw_content() -> None:
    document = doc(
        List((ListItem((Plain((Text("t"),)),), kind="term"),), kind="bullet"),
        BlockQuote((Paragraph((Text("q1"),)), Paragraph((Text("q2"),)))),
        RawBlock("latex", "\\newpage"),
        Paragraph((RawInline("latex", "\\LaTeX"), RawInline("HTML", "<em>e</em>"))),
        Paragraph((Template("cite", (TemplateParam("1", (Text("v"),)),)),)),
    )
    rendered = wikiconv.render_output(document, "html")
    root = tree(rendered.text)
    assert text_at(root, ".//ul/li") == "t"
    assert [text_of(p) for p in root.findall(".//blockquote/p")] == ["q1", "q2"]
    assert "newpage" not in rendered.text and "LaTeX" not in rendered.text
    assert text_at(root, ".//p/em") == "e"
    messages = " ".join(d.message for d in rendered.diagnostics)
    for node_type in ("ListItem", "RawBlock", "RawInline", "Template"):
        assert f"html: {node_type}:" in messages
    writer = HtmlWriter(HtmlWriter.make_options())
    assert writer.dispatch(TemplateParam("1", (Text("<v>"),)), None) == "&lt;v&gt;"


def test_document_extras() -> None:
    document = Document(blocks=(), title="T", redirect="Other page", metadata=(("k", "v"),))
    rendered = wikiconv.render_output(document, "html")
    a = at(tree(rendered.text), ".//p[@class='redirect']/a")
    assert a.get("href") == "https://en.wikipedia.org/wiki/Other_page"
    assert "Document: document metadata is not written" in rendered.diagnostics[0].message


def test_a_citation_carries_the_anchor_its_short_references_link_to() -> None:
    source = (
        "See {{harvnb|Smith|Jones|2001|p=5}} and {{sfn|Lee|2010}}.\n\n"
        "* {{cite book|last=Smith|last2=Jones|year=2001|title=Book}}\n"
        "* {{cite web|last=Lee|date=5 May 2010|title=Page|url=https://example.org}}\n"
        "* {{cite book|last=Smith|last2=Jones|year=2001|title=Same anchor again}}\n"
        "* {{cite book|title=No author}}\n\n<references/>"
    )
    page = wikiconv.convert(source, to="html", format="wikitext")
    tree = html5lib.parse(page, namespaceHTMLElements=False)
    cites = tree.findall(".//cite")
    assert [cite.get("id") for cite in cites] == ["CITEREFSmithJones2001", "CITEREFLee2010"]
    targets = {a.get("href") for a in tree.iter("a") if a.get("href", "").startswith("#CITEREF")}
    assert targets == {"#CITEREFSmithJones2001", "#CITEREFLee2010"}
