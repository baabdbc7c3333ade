"""The wikitext writer: exact wikitext for hand-built trees, and escaping.

Trees are built by hand and the output is compared as a string, so a reader bug
cannot hide a writer bug. The escaping cases are each a piece of text that holds
wikitext syntax, written in the places where syntax differs: a paragraph, a list
item, a table cell, a heading, a link label. The expected spelling follows Parsoid's
serializer (docs/writers/wikitext.md lists the rules).
"""

from __future__ import annotations

import pytest

import wikiconv
from wikiconv.ast import (
    Block,
    BlockQuote,
    BlockTag,
    Bold,
    Cell,
    Code,
    CodeBlock,
    Document,
    ExternalLink,
    Gallery,
    HorizontalRule,
    Image,
    Infobox,
    InfoboxField,
    Inline,
    InlineTag,
    Italic,
    LineBreak,
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
    ReferenceList,
    Row,
    Section,
    Small,
    SoftBreak,
    Strikeout,
    Subscript,
    Superscript,
    Table,
    Template,
    TemplateParam,
    Text,
    Underline,
)
from wikiconv.nodeio import node_types
from wikiconv.writers.base import Rendered, method_name
from wikiconv.writers.wikitext import WikitextWriter

from sample_tree import every_node_document

T = Text


def render(document: Document) -> Rendered:
    return WikitextWriter(WikitextWriter.Options()).write(document)


def wt(*blocks: Block, **fields: object) -> str:
    return render(Document(blocks, **fields)).text  # type: ignore[arg-type]


def para(*content: Inline) -> str:
    """The wikitext of one paragraph, without the final newline."""
    return wt(Paragraph(content)).removesuffix("\n")


def lost(*blocks: Block, **fields: object) -> list[str]:
    return [d.message for d in render(Document(blocks, **fields)).diagnostics]  # type: ignore[arg-type]


def item(*blocks: Block, kind: str = "item") -> ListItem:
    return ListItem(blocks, kind=kind)  # type: ignore[arg-type]


def cell(*blocks: Block, **fields: object) -> Cell:
    return Cell(blocks, **fields)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- the whole tree


def test_every_node_type_has_a_method() -> None:
    support = {"SourceSpan", "Layout", "DocumentLayout", "Diagnostic"}
    missing = [
        name
        for name, node_type in node_types().items()
        if name not in support and not hasattr(WikitextWriter, method_name(node_type))
    ]
    assert missing == []


def test_every_node_document() -> None:
    rendered = render(every_node_document())
    assert rendered.text == (
        "{{Infobox\n| Key = infobox value\n}}\n\nlead text\n\n== Section heading ==\n"
        "plain '''bold'''<nowiki/>''italic''<u>under</u><s>struck</s><sup>sup</sup>"
        "<sub>sub</sub><small>small</small><code>code()</code>"
        '<abbr title="for example">e.g.</abbr>\n'
        "[[Target page|link label]][https://example.org/x external label]"
        "[https://example.org/numbered][[File:Map.png|a map]]<br />"
        '<ref name="n1">note text</ref><ref name="n2" /><math>x^2</math>{{convert|5|km}}'
        "{{unhandled|param text}}\n\n"
        "* bullet item\n** nested item\n\n# ordered item\n\n; a term\n: a definition\n\n"
        '{|\n|+ table caption\n! head a\n! head b\n|-\n| colspan="2" | cell a\n|}\n\n'
        " pre text\n\n"
        "<syntaxhighlight lang=\"python\">\nprint('code block')\n</syntaxhighlight>\n\n"
        "<blockquote>\nquoted text\n</blockquote>\n\n----\n\n"
        "<gallery>\nFile:One.jpg|gallery caption\n</gallery>\n\n"
        '<div class="box">\ndiv text\n</div>\n\n'
        "hatnote text\n\n"
        '<references>\n<ref name="n2">listed note</ref>\n</references>\n\n'
        "{{Weather box|Jan high C = 5}}\n\n"
        "=== Subsection heading ===\nsub text\n\n[[Category:Examples]]\n"
    )
    assert [d.message for d in rendered.diagnostics] == [
        "wikitext: Hatnote: a hatnote not written as hatnote templates becomes a paragraph",
        "wikitext: RawBlock: raw html content is dropped",
        "wikitext: RawInline: raw html content is dropped",
    ]


def test_empty_document_is_empty() -> None:
    assert wt() == ""


# --------------------------------------------------------------------------- page


def test_page_links_close_the_page_and_the_redirect_opens_it() -> None:
    text = wt(
        Paragraph((T("x"),)),
        categories=("Foo", "Bar|key"),
        metadata=(("switch", "NOTOC"), ("interlanguage:fr", "Paris")),
        redirect="Target page",
        title="Not written",
    )
    assert text == (
        "#REDIRECT [[Target page]]\nx\n\n__NOTOC__\n[[Category:Foo]]\n[[Category:Bar|key]]\n"
        "[[fr:Paris]]\n"
    )


def test_redirect_alone() -> None:
    assert wt(redirect="Toronto") == "#REDIRECT [[Toronto]]\n"


def test_unknown_metadata_and_bad_categories_are_reported() -> None:
    messages = lost(categories=("a[b",), metadata=(("defaultsort", "x"),))
    assert messages == [
        "wikitext: Document: a category with an invalid name is not written",
        "wikitext: Document: metadata 'defaultsort' has no place in wikitext",
    ]


# --------------------------------------------------------------------------- blocks


def test_sections_nest_by_level() -> None:
    text = wt(
        Paragraph((T("lead"),)),
        Section(
            2, (T("A"),), (Paragraph((T("a"),)), Section(3, (T("B"),), (Paragraph((T("b"),)),)))
        ),
        Section(1, (T("C"),)),
    )
    assert text == "lead\n\n== A ==\na\n\n=== B ===\nb\n\n= C =\n"


def test_heading_levels_are_clamped_and_reported() -> None:
    assert wt(Section(9, (T("deep"),))) == "====== deep ======\n"
    assert lost(Section(0, (T("x"),))) == [
        "wikitext: Section: a heading level outside 1 to 6 is written as the nearest one"
    ]


def test_heading_is_one_line() -> None:
    heading = (T("a"), SoftBreak(), Italic((T("b"),)), LineBreak(), T("c="))
    assert wt(Section(2, heading)) == "== a ''b''<br />c= ==\n"


def test_lists_nest_by_prefix() -> None:
    nested = List(
        (
            item(Plain((T("a"),)), List((item(Plain((T("b"),))),), kind="ordered")),
            item(Plain((T("c"),))),
        )
    )
    assert wt(nested) == "* a\n*# b\n* c\n"
    definition = List(
        (item(Plain((T("term"),)), kind="term"), item(Plain((T("def"),)), kind="definition")),
        kind="definition",
    )
    assert wt(definition) == "; term\n: def\n"


def test_list_item_starting_with_a_list_has_no_line_of_its_own() -> None:
    assert wt(List((item(List((item(Plain((T("b"),))),))),))) == "** b\n"


def test_two_lists_stay_apart() -> None:
    one = List((item(Plain((T("a"),))),))
    assert wt(one, one) == "* a\n\n* a\n"


def test_list_item_blocks_that_fit_on_its_line() -> None:
    blocks = (
        Plain((T("a"),)),
        CodeBlock("x = 1\ny = 2", "python"),
        HorizontalRule(),
        BlockQuote((Paragraph((T("q"),)),)),
    )
    assert wt(List((item(*blocks),))) == (
        '* a<syntaxhighlight lang="python">\nx = 1\ny = 2\n</syntaxhighlight>'
        "<hr /><blockquote>q</blockquote>\n"
    )


def test_list_item_losses() -> None:
    two = List((item(Paragraph((T("a"),)), Paragraph((T("b"),))),))
    assert wt(two) == "* a<br />b\n"
    after = List((item(Plain((T("a"),)), List((item(Plain((T("b"),))),)), Plain((T("c"),))),))
    assert wt(after) == "* a\n** b\n*: c\n"
    table = List((item(Table((Row((cell(Plain((T("x"),))),)),))),))
    assert wt(table) == "* x\n"
    assert lost(two, after, table) == [
        "wikitext: ListItem: content after a nested list continues on an indented line",
        "wikitext: ListItem: paragraphs after the first in a list item are joined by <br />",
        "wikitext: Table: a list item holds one line; the block is written as its text",
    ]


def test_a_table_in_a_definition_is_indented() -> None:
    table = Table((Row((cell(Plain((T("x"),))),)),))
    assert wt(List((item(table, kind="definition"),), kind="definition")) == ":{|\n| x\n|}\n"


def test_table() -> None:
    inner = Table((Row((cell(Plain((T("inner"),))),)),))
    table = Table(
        (
            Row((cell(Plain((T("h1"),)), header=True), cell(Plain((T("h2"),)), header=True))),
            Row(
                (cell(Plain((T("a"),)), colspan=2, attributes=(("style", "color:red"),)),),
                attributes=(("class", "odd"),),
            ),
            Row((cell(Paragraph((T("p1"),)), Paragraph((T("p2"),))), cell())),
            Row((cell(Plain((T("text"),)), List((item(Plain((T("x"),))),))),)),
            Row((cell(inner),)),
        ),
        caption=(T("Cap"),),
        attributes=(("class", "wikitable"),),
    )
    assert wt(table) == (
        '{| class="wikitable"\n|+ Cap\n! h1\n! h2\n|- class="odd"\n'
        '| colspan="2" style="color:red" | a\n|-\n|\np1\n\np2\n|\n|-\n| text\n* x\n'
        "|-\n|\n{|\n| inner\n|}\n|}\n"
    )


def test_first_row_with_attributes_gets_its_own_line() -> None:
    row = Row((cell(Plain((T("a"),))),), attributes=(("id", "r1"),))
    assert wt(Table((row,))) == '{|\n|- id="r1"\n| a\n|}\n'


def test_template_in_an_attribute_stays_a_call() -> None:
    attributes = (("style", "{{Team style|A}};"), ("title", 'a|b"c'))
    assert wt(Table((Row((cell(attributes=attributes),)),))) == (
        '{|\n| style="{{Team style|A}};" title="a&#124;b&quot;c" |\n|}\n'
    )


def test_preformatted() -> None:
    pre = Preformatted((T("a "), Bold((T("b"),)), SoftBreak(), T("  c"), SoftBreak(), T("{|")))
    assert wt(pre) == " a '''b'''\n   c\n <nowiki>{|</nowiki>\n"


def test_preformatted_where_leading_spaces_do_not_work() -> None:
    quote = BlockQuote((Preformatted((T("a <b>"),)),))
    assert wt(quote) == "<blockquote>\n<pre>a <b></pre>\n</blockquote>\n"
    assert lost(quote) == [
        "wikitext: Preformatted: preformatted text inside a quotation or list item becomes <pre>"
    ]


def test_code_blocks() -> None:
    assert wt(CodeBlock("print(1)", "python")) == (
        '<syntaxhighlight lang="python">\nprint(1)\n</syntaxhighlight>\n'
    )
    assert wt(CodeBlock("a &amp; <b>\n</pre>")) == "<pre>a &amp;amp; <b>\n&lt;/pre></pre>\n"
    assert wt(CodeBlock("\nx")) == "<pre>\n\nx</pre>\n"
    closing = CodeBlock("x </syntaxhighlight>", "xml")
    assert wt(closing) == "<pre>x </syntaxhighlight></pre>\n"
    assert lost(closing) == [
        "wikitext: CodeBlock: code holding </syntaxhighlight> is written as <pre> "
        "without a language"
    ]


def test_quotation_and_tags() -> None:
    assert wt(BlockQuote((Paragraph((T("a"),)), Paragraph((T("b"),))))) == (
        "<blockquote>\na\n\nb\n</blockquote>\n"
    )
    # Text right inside the tags is no paragraph of its own.
    assert wt(BlockTag("center", (), (Plain((T("c"),)),))) == "<center>c</center>\n"
    assert wt(ReferenceList("nb")) == '<references group="nb" />\n'
    assert wt(BlockTag("marquee", (), (Paragraph((T("m"),)),))) == "m\n"


def test_horizontal_rule_between_paragraphs() -> None:
    assert wt(Paragraph((T("a"),)), HorizontalRule(), Paragraph((T("b"),))) == "a\n\n----\n\nb\n"


def test_infobox() -> None:
    box = Infobox(
        (
            InfoboxField("name", (T("X"),)),
            InfoboxField("bad|key", (T("y"),)),
            InfoboxField("v", (T("1|2 = *x"),)),
            InfoboxField("empty", ()),
        ),
        name="Infobox person",
    )
    assert (
        wt(box) == "{{Infobox person\n| name = X\n| v = 1<nowiki>|</nowiki>2 = *x\n| empty =\n}}\n"
    )
    assert lost(box) == [
        "wikitext: InfoboxField: a field whose key cannot name a template parameter is dropped"
    ]


def test_gallery() -> None:
    gallery = Gallery(
        (Image("File:A.jpg", caption=(T("cap | a"),)), Image("B.jpg", options=(("alt", "x"),)))
    )
    assert (
        wt(gallery)
        == "<gallery>\nFile:A.jpg|cap <nowiki>|</nowiki> a\nFile:B.jpg|alt=x\n</gallery>\n"
    )


def test_raw_blocks() -> None:
    assert wt(RawBlock("wikitext", "{{Navbox}}\n"), RawBlock("html", "<hr>")) == "{{Navbox}}\n"


# --------------------------------------------------------------------------- inlines


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ((Bold((T("b"),)),), "'''b'''"),
        ((Italic((T("i"),)),), "''i''"),
        ((Italic((Bold((T("x"),)),)),), "'''''x'''''"),
        ((Bold((Italic((T("x"),)),)),), "'''<i>x</i>'''"),
        ((Italic((T("a "), Bold((T("b"),)))),), "''a '''b'''''"),
        ((Bold((T("a "), Italic((T("b"),)))),), "'''a ''b''<nowiki/>'''"),
        ((Italic((T("a "), Italic((T("b"),)), T(" c"))),), "''a <i>b</i> c''"),
        ((Italic((T("a"), SoftBreak(), T("b"))),), "<i>a\nb</i>"),
        ((Italic((T("a"),)), Italic((T("b"),))), "''a''<nowiki/>''b''"),
        ((T("a"), Bold(()), T("b")), "ab"),
        ((Underline((T("u"),)), Strikeout((T("s"),))), "<u>u</u><s>s</s>"),
        (
            (Superscript((T("1"),)), Subscript((T("2"),)), Small((T("s"),))),
            "<sup>1</sup><sub>2</sub><small>s</small>",
        ),
        ((Code("''x'' [[y]]"),), "<code><nowiki>''x''</nowiki> <nowiki>[[y]]</nowiki></code>"),
        ((InlineTag("span", (("class", "x"),), (T("s"),)),), '<span class="x">s</span>'),
        ((InlineTag("br", (), ()),), "<br />"),
        ((T("a"), LineBreak(), T("b")), "a<br />b"),
        ((T("a"), SoftBreak(), T("b")), "a\nb"),
        ((Link("Dog"),), "[[Dog]]"),
        ((Link("Dog", (T("dogs"),)),), "[[Dog|dogs]]"),
        ((Link("Dog", anchor="Breeds"),), "[[Dog#Breeds]]"),
        ((Link("", (T("here"),), anchor="Sec"),), "[[#Sec|here]]"),
        ((Link("Category:Foo"),), "[[:Category:Foo]]"),
        ((Link("File:Foo.png"),), "[[:File:Foo.png]]"),
        ((Link("fr:Paris"),), "[[:fr:Paris]]"),
        ((ExternalLink("https://x.org", (T("label"),)),), "[https://x.org label]"),
        ((ExternalLink("https://x.org", numbered=True),), "[https://x.org]"),
        ((ExternalLink("https://x.org"),), "https://x.org"),
        ((ExternalLink("https://x.org/a b", (T("x"),)),), "[https://x.org/a%20b x]"),
        ((Image("File:X.png"),), "[[File:X.png]]"),
        (
            (
                Image(
                    "X.png",
                    (T("cap"),),
                    (("thumb", ""), ("width", "220px"), ("upright", "1.2")),
                    "alt",
                ),
            ),
            "[[File:X.png|thumb|220px|upright=1.2|alt=alt|cap]]",
        ),
        ((Image("X.png", (T("left"),)),), "[[File:X.png|<nowiki/>left]]"),
        ((Reference((T("note"),), name="n", group="g"),), '<ref name="n" group="g">note</ref>'),
        ((Reference(name='a"b'),), '<ref name="a&quot;b" />'),
        ((Reference((T("*x"),)),), "<ref><nowiki>*</nowiki>x</ref>"),
        ((Math("x < y"),), "<math>x < y</math>"),
        ((Math("x", display=True),), '<math display="block">x</math>'),
        ((Template("x", raw="{{ x | a }}"),), "{{ x | a }}"),
        ((Template("x"),), "{{x}}"),
        (
            (
                Template(
                    "cite web",
                    (TemplateParam("url", (T("http://x"),)), TemplateParam("title", (T("a|b"),))),
                ),
            ),
            "{{cite web|url=<nowiki>http://x</nowiki>|title=a<nowiki>|</nowiki>b}}",
        ),
        (
            (Template("x", (TemplateParam("1", (T("a"),)), TemplateParam("2", (T("b"),)))),),
            "{{x|a|b}}",
        ),
        (
            (Template("x", (TemplateParam("1", (T("a=b"),)), TemplateParam("2", (T("c"),)))),),
            "{{x|1=a=b|2=c}}",
        ),
        (
            (Template("x", (TemplateParam("2", (T("b"),)), TemplateParam("1", (T("a"),)))),),
            "{{x|2=b|a}}",
        ),
        (
            (Template("#if", (TemplateParam("1", (T("x"),)), TemplateParam("2", (T("a"),)))),),
            "{{#if:x|a}}",
        ),
        ((Template("lc", (TemplateParam("1", (T("X"),)),)),), "{{lc:X}}"),
        ((RawInline("wikitext", "{{raw}}"), RawInline("html", "<b>")), "{{raw}}"),
    ],
)
def test_inline(content: tuple[Inline, ...], expected: str) -> None:
    assert para(*content) == expected


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            (Link("A", (T("x "), Link("B"))),),
            "Link: a link inside a link's label is written as its label",
        ),
        ((Link("a[b"),), "Link: a link to an invalid title is written as its label"),
        (
            (ExternalLink("javascript:x()", (T("x"),)),),
            "ExternalLink: an external link whose URL MediaWiki would not link"
            " is written as its label",
        ),
        (
            (ExternalLink("http://x.org/a."),),
            "ExternalLink: a bare URL that would not link as it stands is written in brackets",
        ),
        (
            (InlineTag("script", (), (T("x"),)),),
            "InlineTag: <script> is not a tag MediaWiki accepts; its content is kept",
        ),
        (
            (InlineTag("span", (("on click", "x"),), ()),),
            "InlineTag: an attribute with an invalid name is dropped",
        ),
        ((Math("</math>"),), "Math: a formula holding </math> cannot be written"),
        ((Template("a|b"),), "Template: a template whose name cannot be written is dropped"),
        (
            (Template("x", (TemplateParam("a|b", (T("v"),)),)),),
            "TemplateParam: a parameter whose name cannot be written is dropped",
        ),
        (
            (Image("File:a|b"),),
            "Image: an image with an invalid file name is written as its caption",
        ),
        (
            (Image("File:a", options=(("link", "[x]"),)),),
            "Image: an image option that cannot be written is dropped",
        ),
        ((RawInline("html", "<b>"),), "RawInline: raw html content is dropped"),
    ],
)
def test_inline_losses(content: tuple[Inline, ...], message: str) -> None:
    assert lost(Paragraph(content)) == [f"wikitext: {message}"]


# --------------------------------------------------------------------------- escaping

# Text that wikitext would read as markup, and how it is written in a paragraph.
PARAGRAPH = [
    ("plain words", "plain words"),
    ("don't", "don't"),
    ("rock 'n' roll", "rock 'n' roll"),
    ("a [b", "a [b"),
    ("a ]b", "a ]b"),
    ("x]", "x]"),
    ("a {b} c", "a {b} c"),
    ("a < b", "a < b"),
    ("i <3 u", "i <3 u"),
    ("x<y", "x<y"),
    ("AT&T", "AT&T"),
    ("a & b", "a & b"),
    ("&foo;", "&foo;"),
    ("snake_case", "snake_case"),
    ("__init__", "__init__"),
    ("~~", "~~"),
    ("---", "---"),
    ("=eq", "=eq"),
    ("a|b", "a|b"),
    ("|}", "|}"),
    ("!bang", "!bang"),
    ("a:b", "a:b"),
    ("mailto: x", "mailto: x"),
    ("xhttp://y", "xhttp://y"),
    ("50% off", "50% off"),
    ("5' 11''", "5' 11<nowiki>''</nowiki>"),
    ("''italic''", "<nowiki>''italic''</nowiki>"),
    ("'''bold'''", "<nowiki>'''bold'''</nowiki>"),
    ("it''s", "it<nowiki>''</nowiki>s"),
    ("[[Link]]", "<nowiki>[[Link]]</nowiki>"),
    ("a ]] b", "a <nowiki>]]</nowiki> b"),
    ("x [[y", "x <nowiki>[[</nowiki>y"),
    ("{{tpl|a}}", "<nowiki>{{tpl|a}}</nowiki>"),
    ("}}", "<nowiki>}}</nowiki>"),
    ("{{{1}}}", "<nowiki>{{{</nowiki>1<nowiki>}}}</nowiki>"),
    ("[http://x.org label]", "<nowiki>[http://x.org label]</nowiki>"),
    ("[//x.org label]", "<nowiki>[//x.org label]</nowiki>"),
    ("see http://x.org.", "see <nowiki>http://x.org</nowiki>."),
    ("mailto:a@b.c", "<nowiki>mailto:a@b.c</nowiki>"),
    ("<b>bold</b>", "<nowiki><b>bold</b></nowiki>"),
    ("x <ref>y</ref>", "x <nowiki><ref>y</ref></nowiki>"),
    ("<br/>", "<nowiki><br/></nowiki>"),
    ("<foo>", "<nowiki><foo></nowiki>"),
    ("a <b c", "a &lt;b c"),
    ("<!-- c -->", "<nowiki><!--</nowiki> c -->"),
    ("<nowiki>x</nowiki>", "&lt;nowiki&gt;x&lt;/nowiki&gt;"),
    ("&amp;", "&amp;amp;"),
    ("&nbsp;", "&amp;nbsp;"),
    ("&#65;", "&amp;#65;"),
    ("&#x41;", "&amp;#x41;"),
    ("~~~~", "<nowiki>~~~~</nowiki>"),
    ("~~~", "<nowiki>~~~</nowiki>"),
    ("__TOC__", "<nowiki>__TOC__</nowiki>"),
    ("__notoc__", "<nowiki>__notoc__</nowiki>"),
    ("-{zh}-", "<nowiki>-{</nowiki>zh<nowiki>}-</nowiki>"),
    ("RFC 1234", "<nowiki>RFC 1234</nowiki>"),
    ("ISBN 978-0-306-40615-7", "<nowiki>ISBN 978-0-306-40615-7</nowiki>"),
    ("*star", "<nowiki>*</nowiki>star"),
    ("#hash", "<nowiki>#</nowiki>hash"),
    (":colon", "<nowiki>:</nowiki>colon"),
    (";semi", "<nowiki>;</nowiki>semi"),
    ("=eq=", "<nowiki>=</nowiki>eq="),
    ("== h ==", "<nowiki>=</nowiki>= h =="),
    ("----", "<nowiki>----</nowiki>"),
    ("{| class=x", "<nowiki>{|</nowiki> class=x"),
    ("#REDIRECT [[x]]", "<nowiki>#</nowiki>REDIRECT <nowiki>[[x]]</nowiki>"),
    (" leading space", "leading space"),
    ("a\n*b", "a\n<nowiki>*</nowiki>b"),
    ("a\n b", "a\nb"),
    ("a\n\nb", "a\nb"),
    ("a\n----", "a\n<nowiki>----</nowiki>"),
    ("a\n\t{|", "a\n<nowiki>{|</nowiki>"),
]


@pytest.mark.parametrize(("text", "expected"), PARAGRAPH)
def test_escaping_in_a_paragraph(text: str, expected: str) -> None:
    assert para(T(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("*star", "* *star"),
        ("#hash", "* #hash"),
        (":colon", "* :colon"),
        ("=eq=", "* =eq="),
        ("a|b", "* a|b"),
        ("''i''", "* <nowiki>''i''</nowiki>"),
        ("line1\nline2", "* line1 line2"),
        ("{{x}}", "* <nowiki>{{x}}</nowiki>"),
    ],
)
def test_escaping_in_a_list_item(text: str, expected: str) -> None:
    assert wt(List((item(Plain((T(text),))),))) == expected + "\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a:b", "; a<nowiki>:</nowiki>b"),
        ("*x", "; *x"),
    ],
)
def test_escaping_in_a_definition_term(text: str, expected: str) -> None:
    assert wt(List((item(Plain((T(text),)), kind="term"),), kind="definition")) == expected + "\n"


def test_a_definition_starting_like_a_table() -> None:
    definition = List((item(Plain((T("{| x"),)), kind="definition"),), kind="definition")
    assert wt(definition) == ": <nowiki>{|</nowiki> x\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a|b", "| a<nowiki>|</nowiki>b"),
        ("a||b", "| a<nowiki>||</nowiki>b"),
        ("a!!b", "| a!!b"),
        ("-bar", "| -bar"),
        ("+bar", "| +bar"),
        ("}", "| }"),
        ("|}", "| <nowiki>|</nowiki>}"),
        ("a\n|b", "| a\n<nowiki>|</nowiki>b"),
        ("a\n!b", "| a\n<nowiki>!</nowiki>b"),
        ("a\n |b", "| a\n<nowiki>|</nowiki>b"),
        ("a\n{|", "| a\n<nowiki>{|</nowiki>"),
        ("''i''", "| <nowiki>''i''</nowiki>"),
    ],
)
def test_escaping_in_a_table_cell(text: str, expected: str) -> None:
    table = Table((Row((cell(Plain((T(text),))),)),))
    assert wt(table) == "{|\n" + expected + "\n|}\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("a!!b", "! a<nowiki>!!</nowiki>b"), ("a|b", "! a<nowiki>|</nowiki>b"), ("!x", "! !x")],
)
def test_escaping_in_a_header_cell(text: str, expected: str) -> None:
    table = Table((Row((cell(Plain((T(text),)), header=True),)),))
    assert wt(table) == "{|\n" + expected + "\n|}\n"


def test_escaping_in_a_caption() -> None:
    table = Table((), caption=(T("a|b"),))
    assert wt(table) == "{|\n|+ a<nowiki>|</nowiki>b\n|}\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("=x=", "== =x= =="),
        ("a = b", "== a = b =="),
        ("*x", "== *x =="),
        ("''x''", "== <nowiki>''x''</nowiki> =="),
        ("a\nb", "== a b =="),
        ("[[x]]", "== <nowiki>[[x]]</nowiki> =="),
    ],
)
def test_escaping_in_a_heading(text: str, expected: str) -> None:
    assert wt(Section(2, (T(text),))) == expected + "\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("x]", "[[A|x]<nowiki/>]]"),
        ("[[y]]", "[[A|<nowiki>[[y]]</nowiki>]]"),
        ("a ]] b", "[[A|a <nowiki>]]</nowiki> b]]"),
        ("a|b", "[[A|a|b]]"),
        ("[x]", "[[A|[x]<nowiki/>]]"),
        ("''x''", "[[A|<nowiki>''x''</nowiki>]]"),
        ("http://x.org", "[[A|<nowiki>http://x.org</nowiki>]]"),
    ],
)
def test_escaping_in_a_link_label(text: str, expected: str) -> None:
    assert para(Link("A", (T(text),))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a]b", "[http://x.org a<nowiki>]</nowiki>b]"),
        ("[a]", "[http://x.org [a<nowiki>]</nowiki>]"),
        ("a b", "[http://x.org a b]"),
    ],
)
def test_escaping_in_an_external_link_label(text: str, expected: str) -> None:
    assert para(ExternalLink("http://x.org", (T(text),))) == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # An apostrophe next to quote markup would join its run.
        ((T("a'"), Italic((T("b"),))), "a'<nowiki/>''b''"),
        ((Italic((T("a"),)), T("'s")), "''a''<nowiki/>'s"),
        ((Bold((T("a"),)), T("'")), "'''a'''<nowiki/>'"),
        ((Italic((T("'a'"),)),), "''<nowiki/>'a'<nowiki/>''"),
        ((Bold((T("x"),)), T("''")), "'''x'''<nowiki>''</nowiki>"),
        # Letters after a link would become part of its label.
        ((Link("Dog"), T("s are")), "[[Dog]]<nowiki/>s are"),
        ((Link("Dog"), T(" s")), "[[Dog]] s"),
        # A free URL ends at a character that cannot be in a URL.
        ((T("x"), ExternalLink("http://x.org"), T("y")), "x<nowiki/>http://x.org<nowiki/>y"),
        ((T("see "), ExternalLink("http://x.org"), T(". Next")), "see http://x.org. Next"),
        ((ExternalLink("http://x.org"), T(".x")), "http://x.org<nowiki/>.x"),
        ((T("("), ExternalLink("http://x.org"), T(")")), "(http://x.org)"),
        ((ExternalLink("http://x.org"), Template("t")), "http://x.org<nowiki/>{{t}}"),
        # Brackets and braces that would pair with markup beside them.
        ((T("["), ExternalLink("http://x.org"), T("]")), "[<nowiki/>http://x.org]"),
        ((T("["), Link("A"), T("]")), "[<nowiki/>[[A]]<nowiki/>]"),
        ((T("{"), Template("x"), T("}")), "{<nowiki/>{{x}}<nowiki/>}"),
        ((T("-"), Template("x")), "-<nowiki/>{{x}}"),
        # A tag name with its ">" in another node.
        ((T("<b"), Bold((T("x"),)), T(">")), "&lt;b'''x'''>"),
    ],
)
def test_pieces_that_would_join(content: tuple[Inline, ...], expected: str) -> None:
    assert para(*content) == expected


def test_escaping_in_a_template_argument() -> None:
    params = (
        TemplateParam("1", (T("*a"),)),
        TemplateParam("2", (T("b}}c"),)),
        TemplateParam("k", (T("x=y"),)),
    )
    assert para(Template("t", params)) == "{{t|<nowiki>*</nowiki>a|b<nowiki>}}</nowiki>c|k=x=y}}"


def test_escaping_in_an_image_caption_and_alt() -> None:
    image = Image("File:X.png", (T("a|b"),), alt="c|d")
    assert para(image) == "[[File:X.png|alt=c<nowiki>|</nowiki>d|a<nowiki>|</nowiki>b]]"


def test_escaping_in_preformatted_text() -> None:
    pre = Preformatted((T("*a ''b''"), SoftBreak(), T("==c==")))
    assert wt(pre) == " *a <nowiki>''b''</nowiki>\n ==c==\n"


def test_text_inside_blockquote_and_div_is_escaped_as_a_paragraph() -> None:
    quote = BlockQuote((Paragraph((T("*x"),)),))
    assert wt(quote) == "<blockquote>\n<nowiki>*</nowiki>x\n</blockquote>\n"


@pytest.mark.parametrize(
    "source",
    [
        # Art: a framed image after an item's text, on the item's line.
        "# ''Art for social inquiry.'' Art may criticize.[[File:Graffiti.jpg|700px|thumb|"
        "center|[[Aerosol paint|Spray-paint]] on a wall]]\n# ''Art for social causes.'' More.",
        # Afroasiatic languages: a lone brace is part of a URL.
        "[http://example.org/a.cgi?T=1{haupt=http://example.org/title} Publisher]",
        # Algorithm: a caption that ends at a block the caption cannot hold.
        "[[File:Euclid.gif|thumb|Euclid's algorithm.\n<source lang=text>\n 1599 = 650*2 + 299"
        "</source>]]\nText.",
    ],
)
def test_corpus_shapes_read_back_as_the_same_tree(source: str) -> None:
    document = wikiconv.parse(source, "wikitext")
    again = wikiconv.parse(wikiconv.render(document, "wikitext"), "wikitext")
    assert again.blocks == document.blocks


@pytest.mark.parametrize(
    "source",
    [
        "See [[:Categoria:Musei etnografici|Musei etnografici]].",  # Italian category
        "See [[:Kategorio:Filozofoj]].",  # Esperanto category
        "See [[:Dosiero:Augustine.jpg|the picture]].",  # Esperanto file
    ],
)
def test_a_link_into_another_languages_category_or_file_keeps_its_colon(source: str) -> None:
    document = wikiconv.parse(source, format="wikitext")
    assert not document.categories
    written = wikiconv.render(document, "wikitext")
    assert "[[:" in written
    again = wikiconv.parse(written, format="wikitext")
    assert again.blocks == document.blocks and not again.categories


def test_an_image_in_another_languages_file_namespace_is_an_image() -> None:
    document = wikiconv.parse(
        "[[Dosiero:Augustine.jpg|thumb|right|250px|La bapto]]\nText.", format="wikitext"
    )
    assert "[[" not in wikiconv.render(document, "markdown")
    assert "![La bapto]" in wikiconv.render(document, "markdown")
