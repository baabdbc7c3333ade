"""A document that holds every node type at least once, for writer coverage tests."""

from __future__ import annotations

from wikiconv.ast import (
    BlockQuote,
    BlockTag,
    Bold,
    Cell,
    Code,
    CodeBlock,
    Document,
    ExternalLink,
    Gallery,
    Hatnote,
    HorizontalRule,
    Image,
    Infobox,
    InfoboxField,
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
    TemplateBlock,
    TemplateParam,
    Text,
    Underline,
)


def every_node_document() -> Document:
    inlines = (
        Text("plain "),
        Bold((Text("bold"),)),
        Italic((Text("italic"),)),
        Underline((Text("under"),)),
        Strikeout((Text("struck"),)),
        Superscript((Text("sup"),)),
        Subscript((Text("sub"),)),
        Small((Text("small"),)),
        Code("code()"),
        InlineTag("abbr", (("title", "for example"),), (Text("e.g."),)),
        SoftBreak(),
        Link("Target page", (Text("link label"),)),
        ExternalLink("https://example.org/x", (Text("external label"),)),
        ExternalLink("https://example.org/numbered", numbered=True),
        Image("File:Map.png", caption=(Text("a map"),)),
        LineBreak(),
        Reference((Text("note text"),), name="n1"),
        Reference(name="n2"),
        Math("x^2"),
        Template(
            "convert",
            (TemplateParam("1", (Text("5"),)), TemplateParam("2", (Text("km"),))),
            rendered=(Text("5 km (3.1 mi)"),),
        ),
        Template("unhandled", (TemplateParam("1", (Text("param text"),)),)),
        RawInline("html", "<kbd>raw inline</kbd>"),
    )
    table = Table(
        rows=(
            Row(
                (
                    Cell((Plain((Text("head a"),)),), header=True),
                    Cell((Plain((Text("head b"),)),), header=True),
                )
            ),
            Row((Cell((Plain((Text("cell a"),)),), colspan=2),)),
        ),
        caption=(Text("table caption"),),
    )
    section = Section(
        2,
        (Text("Section heading"),),
        (
            Paragraph(inlines),
            List(
                (
                    ListItem(
                        (
                            Plain((Text("bullet item"),)),
                            List((ListItem((Plain((Text("nested item"),)),)),)),
                        )
                    ),
                )
            ),
            List((ListItem((Plain((Text("ordered item"),)),)),), kind="ordered"),
            List(
                (
                    ListItem((Plain((Text("a term"),)),), kind="term"),
                    ListItem((Plain((Text("a definition"),)),), kind="definition"),
                ),
                kind="definition",
            ),
            table,
            Preformatted((Text("pre text"),)),
            CodeBlock("print('code block')", language="python"),
            BlockQuote((Paragraph((Text("quoted text"),)),)),
            HorizontalRule(),
            Gallery((Image("File:One.jpg", caption=(Text("gallery caption"),)),)),
            BlockTag("div", (("class", "box"),), (Paragraph((Text("div text"),)),)),
            RawBlock("html", "<div>raw block</div>"),
            Hatnote((Text("hatnote text"),)),
            ReferenceList(definitions=(Reference((Text("listed note"),), name="n2"),)),
            TemplateBlock(
                (
                    Template(
                        "Weather box",
                        (TemplateParam("Jan high C", (Text("5"),), raw="Jan high C = 5"),),
                        rendered=(),
                        raw="{{Weather box|Jan high C = 5}}",
                    ),
                ),
                (
                    Table(
                        (
                            Row((Cell((Plain((Text("Month"),)),), header=True),)),
                            Row((Cell((Plain((Text("template block cell"),)),)),)),
                        )
                    ),
                ),
            ),
            Section(3, (Text("Subsection heading"),), (Paragraph((Text("sub text"),)),)),
        ),
    )
    infobox = Infobox((InfoboxField("Key", (Text("infobox value"),)),), name="Infobox")
    return Document(
        blocks=(infobox, Paragraph((Text("lead text"),)), section),
        title="Every node",
        categories=("Examples",),
        source_format="test",
    )
