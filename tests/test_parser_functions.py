"""Parser functions and magic words, on calls whose MediaWiki output is documented."""

from __future__ import annotations

from datetime import date

import pytest

from wikiconv.ast import (
    InlineTag,
    Link,
    Reference,
    Template,
    TemplateParam,
    Text,
)
from wikiconv.readers.wikitext import WikiOptions, read
from wikiconv.templates import HandlerContext, default_registry, render_call
from wikiconv.walk import iter_nodes, plain_text

TODAY = date(2025, 1, 1)


def shown(source: str, title: str | None = "User:Foo bar/Sub page") -> str:
    document = read(source, WikiOptions(title=title), today=TODAY)
    return plain_text(document.blocks[0]) if document.blocks else ""


def first_call(source: str, title: str | None = None) -> Template:
    document = read(source, WikiOptions(title=title), today=TODAY)
    return next(node for node in iter_nodes(document) if isinstance(node, Template))


def around(inner: Template, name: str, *rest: str) -> Template:
    """``{{name: <inner> | rest…}}`` built directly: the inner call is rendered."""
    params = [TemplateParam("1", (inner,), raw=inner.raw)]
    params += [TemplateParam(str(n), (Text(t),), raw=t) for n, t in enumerate(rest, 2)]
    return Template(name, tuple(params), raw="{{" + name + ":…}}")


def rendered(template: Template) -> str | None:
    out = render_call(template, default_registry(), HandlerContext(today=TODAY)).rendered
    return None if out is None else plain_text(out)


# --------------------------------------------------------------------------- branches


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("{{#if: | yes | no}}", "no"),
        ("{{#if: string | yes | no}}", "yes"),
        ("{{#if:      | yes | no}}", "no"),
        ("{{#if:\n\n\n| yes | no}}", "no"),
        ("{{#if: 1==2 | yes | no}}", "yes"),  # "1==2" is text, and not empty
        ("[{{#if: foo | yes }}]", "[yes]"),
        ("[{{#if: | yes }}]", "[]"),
        ("[{{#if: foo | | no}}]", "[]"),
        ("[{{#if:}}]", "[]"),
        ("{{#if: x | a = b }}", "a = b"),  # not a named parameter
        ("{{#IF: x | upper case }}", "upper case"),
        ("{{#ifeq: 01 | 1 | yes | no}}", "yes"),
        ("{{#ifeq: 0 | -0 | yes | no}}", "yes"),
        ("{{#ifeq: 1e3 | 1000 | yes | no}}", "yes"),
        ("{{#ifeq: foo | bar | yes | no}}", "no"),
        ("{{#ifeq: foo | Foo | yes | no}}", "no"),
        ('{{#ifeq: "01" | "1" | yes | no}}', "no"),
        ("{{#ifeq: a'b | a&#39;b | yes | no}}", "yes"),
        ("{{#ifeq: a'b | a&amp;#39;b | yes | no}}", "no"),
        ("{{#ifeq:||equal|not equal}}", "equal"),
        ("{{#ifeq: a | [[a]] | same | different}}", "different"),
        ("{{#ifexpr: | yes | no}}", "no"),
        ("{{#ifexpr: 2 * 3 = 6 | yes | no}}", "yes"),
        ("{{#ifexpr: (-1)*0 | true | false }}", "false"),
        ("{{#ifexpr: 1 + | yes | no}}", "Expression error: Missing operand for +."),
    ],
)
def test_conditions(source: str, text: str) -> None:
    assert shown(source) == text


def test_branches_keep_their_parsed_content() -> None:
    template = first_call("{{#if: x | see [[Paris|the city]] | no }}")
    assert template.rendered == (Text("see "), Link("Paris", (Text("the city"),)))


def test_calls_inside_branches_are_rendered_first() -> None:
    assert shown("{{#if: x | {{lc:ABC}} | no }}") == "abc"
    assert shown("{{#ifeq: b | {{lc:B}} | same | different }}") == "same"
    assert shown("{{#switch: b | {{uc:x}} | b = {{ucfirst:yes}} }}") == "Yes"


def test_a_test_that_hangs_on_an_unknown_call_stays_unrendered() -> None:
    mystery = first_call("{{no such template}} x")
    assert mystery.rendered is None
    assert rendered(around(mystery, "#if", "a", "b")) is None
    assert rendered(around(mystery, "#ifeq", "a", "b", "c")) is None
    assert first_call("{{#switch: a | {{mystery}} | a = 1 }} z").rendered is None
    # Text beside the unknown call decides #if all the same.
    assert rendered(around(first_call("{{#expr: 2}}"), "#if", "a", "b")) == "a"


@pytest.mark.parametrize(
    ("expression", "tested", "shown_text"),
    [
        ("1 + 2", "correct", "3"),
        ("1 + X", "error", "error"),
    ],
)
def test_iferror_recognises_expression_errors(
    expression: str, tested: str, shown_text: str
) -> None:
    inner = first_call(f"{{{{#expr: {expression} }}}}")
    assert rendered(around(inner, "#iferror", "error", "correct")) == tested
    assert rendered(around(inner, "#iferror", "error")) == shown_text
    assert rendered(around(inner, "#iferror")) == ("" if expression == "1 + X" else "3")


# --------------------------------------------------------------------------- #switch


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("{{#switch: b | a = 1 | b | c = 2 | 3 }}", "2"),  # fall through to the next value
        ("{{#switch: z | a = 1 | 3 }}", "3"),  # a last unnamed value is the default
        ("{{#switch:foo&bar|foo&amp;bar=yes|no}}", "yes"),
        ("{{#switch:foo&bar|fred=1|foo&amp;bar|g=yes|no}}", "yes"),
        ("{{#switch:foo&bar|fred=1|foo&amp;&#39;bar|g=yes|no}}", "no"),
        ("{{#switch:none|foo=1|bar=2|#default=no match|baz=3}}", "no match"),
        ("{{#switch:none|foo=1|bar=2|#default=ignored|baz=3|Second default}}", "Second default"),
        ("<{{#switch: foo | bar | #default = DEF }}>", "<DEF>"),
        ("<{{#switch: foo | #default | bar = DEF }}>", "<DEF>"),
        ("<{{#switch: foo | #default | bar = DEF | baz = GHI }}>", "<DEF>"),
        ("<{{#switch: foo | #defaultWTF? = This is crazy }}>", "<>"),
        ("{{#switch: 01 | 1 = yes | no}}", "yes"),
        ("{{#switch: 0 | -0 = yes | no}}", "yes"),
        ("{{#switch: foo | Foo = yes | no}}", "no"),
        ("{{#switch: 1 | 02 | 01 = yes | no}}", "yes"),
        ('{{#switch: 1 | "01" | "1" = yes | no}}', "no"),
        ("{{#switch:|=empty|#default=something else}}", "empty"),
        ("[{{#switch: 1}}]", "[]"),
        ("[{{#switch: x | a = 1 }}]", "[]"),
    ],
)
def test_switch(source: str, text: str) -> None:
    assert shown(source) == text


# --------------------------------------------------------------------------- #expr, #tag


def test_expr_shows_results_and_errors_the_way_mediawiki_does() -> None:
    assert shown("{{#expr: 1+2=3 }}") == "1"  # "1+2" is not a parameter name
    assert shown("{{#expr: (2 + 3) * 4 }}") == "20"
    assert shown("[{{#expr: }}]") == "[]"
    error = first_call("{{#expr: 1/0 }} end").rendered
    assert error == (InlineTag("strong", (("class", "error"),), (Text("Division by zero."),)),)


def test_tag_ref_makes_a_footnote() -> None:
    template = first_call("A{{#tag:ref|Some ''text''|name=\"n1\"|group=note}}")
    assert template.rendered is not None
    (reference,) = template.rendered
    assert isinstance(reference, Reference)
    assert (reference.name, reference.group) == ("n1", "note")
    assert plain_text(reference.content) == "Some text"
    reuse = first_call("A{{#tag:ref||name=n1}}").rendered
    assert reuse == (Reference((), name="n1"),)


def test_tag_with_other_tags() -> None:
    assert shown("{{#tag:nowiki|[[a]] ''b''}}") == "[[a]] ''b''"
    span = first_call('{{#tag:span|x|style="color:red"}} y').rendered
    assert span == (InlineTag("span", (("style", "color:red"),), (Text("x"),)),)
    assert shown("[{{#tag:templatestyles||src=a.css}}]") == "[]"


def test_invoke_is_left_unrendered_with_a_warning() -> None:
    document = read("{{#invoke:String|len|abc}} x", today=TODAY)
    calls = [node for node in iter_nodes(document) if isinstance(node, Template)]
    assert calls[0].rendered is None
    assert "template-lua" in [d.code for d in document.diagnostics]


# --------------------------------------------------------------------------- strings


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("{{lc:ABC Def}}", "abc def"),
        ("{{uc:abc}}", "ABC"),
        ("{{LC:ABC}}", "abc"),
        ("{{lcfirst:ABC}}", "aBC"),
        ("{{ucfirst:abc}}", "Abc"),
        ("{{formatnum:1234567.891}}", "1,234,567.891"),
        ("{{formatnum:-1234}}", "-1,234"),
        ("{{formatnum:123}}", "123"),
        ("{{formatnum:1,234.5|R}}", "1234.5"),
        ("{{formatnum:12345 and 1234567}}", "12,345 and 1,234,567"),
        ("{{padleft:7|3}}", "007"),
        ("{{padleft:xyz|5|_-}}", "_-xyz"),
        ("{{padleft:xyz|6|_-}}", "_-_xyz"),
        ("{{padright:xyz|5}}", "xyz00"),
        ("{{padleft:xyz|2}}", "xyz"),
        ("{{plural:1|is|are}}", "is"),
        ("{{plural:2|is|are}}", "are"),
        ("{{plural:1.0|one|many}}", "many"),
        ("{{plural:0|0=none|one|many}}", "none"),
        ("{{plural:1,000|one|many}}", "many"),
        ("{{urlencode:a b&c~}}", "a+b%26c%7E"),
        ("{{urlencode:a b&c~|PATH}}", "a%20b%26c~"),
        ("{{urlencode:a b&c/d|WIKI}}", "a_b%26c/d"),
        ("{{anchorencode:A  b c}}", "A_b_c"),
        ("{{int:lang}}", "en"),
        ("{{#language:de}}", "Deutsch"),
        ("{{#language:de|en}}", "German"),
        ("{{ns:6}} {{ns:Image}} {{ns:project}}", "File File Wikipedia"),
    ],
)
def test_string_functions(source: str, text: str) -> None:
    assert shown(source) == text


def test_case_functions_keep_markup() -> None:
    content = (Text("a "), Link("b", (Text("c"),)), Text(" d"))
    template = Template("uc", (TemplateParam("1", content, raw="a [[b|c]] d"),))
    result = render_call(template, default_registry(), HandlerContext()).rendered
    assert result == (Text("A "), Link("b", (Text("C"),)), Text(" D"))


def test_names_called_as_templates_are_not_functions() -> None:
    assert first_call("{{lc|ABC}} x").rendered is None


# --------------------------------------------------------------------------- pages


def test_page_names() -> None:
    assert shown("{{PAGENAME}}|{{FULLPAGENAME}}|{{NAMESPACE}}") == (
        "Foo bar/Sub page|User:Foo bar/Sub page|User"
    )
    assert shown("{{BASEPAGENAME}}|{{SUBPAGENAME}}|{{PAGENAMEE}}") == (
        "Foo bar|Sub page|Foo_bar/Sub_page"
    )
    # Articles have no subpages; an article's namespace is empty.
    assert shown("{{BASEPAGENAME}}|{{NAMESPACE}}|{{SITENAME}}", "AC/DC") == "AC/DC||Wikipedia"
    assert shown("{{PAGENAME:help:foo_bar}}|{{FULLPAGENAME:wp:x}}") == "Foo bar|Wikipedia:X"


def test_page_names_need_a_title() -> None:
    assert first_call("{{PAGENAME}} x").rendered is None


@pytest.mark.parametrize(
    ("arguments", "text"),
    [
        ("A/b/c/d", "A/b/c/d"),
        ("A/b/c/d|1", "A"),
        ("A/b/c/d|2", "A/b"),
        ("A/b/c/d|-3", "A"),
        ("A/b/c/d||2", "b/c/d"),
        ("A/b/c/d||-2", "c/d"),
        ("A/b/c/d|1|2", "b"),
        ("A/b/c/d|1|-2", "c"),
        ("A/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s/t/u/v/w/x/!/!/!||-1", "!/!/!"),
    ],
)
def test_titleparts(arguments: str, text: str) -> None:
    assert shown(f"{{{{#titleparts:{arguments}}}}}") == text


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("{{#time:c|15 January 2001}}", "2001-01-15T00:00:00+00:00"),
        ("{{#time:Y|5 April 1967}}", "1967"),
        ("{{#time:Y|28 July 2061}}", "2061"),
        ("{{#time:Y-m-d H:i| 2011-11-12 23:00 UTC }}", "2011-11-12 23:00"),
        ("{{#time:j F Y, l|2001-01-15}}", "15 January 2001, Monday"),
        ("{{#time:D, M j, y|January 5, 2001}}", "Fri, Jan 5, 01"),
        ("{{#time:n/d/Y H:i:s|2001-03-04 05:06:07}}", "3/04/2001 05:06:07"),
        ("{{#time:U|1970-01-02}}", "86400"),
        ('{{#time:"Year" Y \\Y|2001-05-15}}', "Year 2001 Y"),
        ("{{#time:Y-m-d}}", "2025-01-01"),
        ("{{#time:Y-m-d|now +1 month}}", "2025-02-01"),
        ("{{#time:Y-m-d|2001-02-30}}", "2001-03-02"),
        ("{{#time:Y-m-d|May 2001}}", "2001-05-01"),
        ("{{#time:Y-m-d|1960}}", "1960-01-01"),  # a year, not 19:60
        ("{{#timel:H:i|2001-01-15 10:30}}", "10:30"),
        ("{{#time:Y|not a date}}", "Error: Invalid time."),
        ("{{CURRENTYEAR}}-{{CURRENTMONTH}}-{{CURRENTDAY}}", "2025-01-1"),
        ("{{CURRENTMONTHNAME}} {{CURRENTDAYNAME}}", "January Wednesday"),
        ("{{CURRENTTIMESTAMP}}", "20250101000000"),
    ],
)
def test_time(source: str, text: str) -> None:
    assert shown(source) == text


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("{{#if:[[Foo]]|yes|no}}", "yes"),
        ("{{#if: <span>x</span> | yes | no}}", "yes"),
        ("{{#ifeq:{{lc:ABC}}|abc|same|different}}", "same"),
        ("{{#switch:{{uc:b}}|B=bee|other}}", "bee"),
        ("{{subst:#if:x|y}}", "y"),
    ],
)
def test_a_function_argument_may_hold_links_tags_and_calls(source: str, expected: str) -> None:
    # Only the function name must be free of brackets; its first argument is wikitext.
    assert shown(source) == expected


def test_a_call_whose_name_holds_brackets_stays_text() -> None:
    assert shown("{{ {{x}} }}") == "{{ {{x}} }}"
    assert shown("{{#if[[x]]:a|b}}").startswith("{{#if")
