"""Template handlers: the registry API, and each handler on calls from real articles."""

from __future__ import annotations

from datetime import date

import pytest

import wikiconv
from wikiconv.ast import (
    Document,
    Italic,
    Link,
    Paragraph,
    Superscript,
    Template,
    TemplateParam,
    Text,
)
from wikiconv.readers.wikitext import read
from wikiconv.templates import (
    HandlerContext,
    Registry,
    TemplateCall,
    default_registry,
    normalise_name,
    render_call,
)
from wikiconv.walk import iter_nodes, plain_text

NBSP = "\u00a0"
TODAY = date(2025, 1, 1)


def shown(source: str) -> str:
    """What the page shows for ``source``, no-break spaces written as plain ones."""
    document = read(source, today=TODAY)
    return plain_text(document.blocks[0]).replace(NBSP, " ") if document.blocks else ""


def calls(document: Document) -> list[Template]:
    return [node for node in iter_nodes(document) if isinstance(node, Template)]


# --------------------------------------------------------------------------- registry


@pytest.mark.parametrize(
    ("name", "normal"),
    [
        ("convert", "Convert"),
        ("  birth_date   and__age ", "Birth date and age"),
        ("Template:Cvt", "Cvt"),
        ("template : nowrap", "Nowrap"),
        ("FormatDate", "FormatDate"),  # only the first letter is case-insensitive
    ],
)
def test_names_are_normalised_the_mediawiki_way(name: str, normal: str) -> None:
    assert normalise_name(name) == normal


def test_decorator_registers_a_name_and_its_aliases() -> None:
    registry = Registry()

    @registry.handler("shout", "yell_loudly")
    def shout(call: TemplateCall, ctx: HandlerContext) -> tuple[Text, ...]:
        return (Text(call.text(1).upper()),)

    assert "Shout" in registry and "yell loudly" in registry
    assert registry.lookup("Template:Yell_loudly") is shout
    assert registry.lookup("whisper") is None
    document = read("{{yell loudly| hi }}", templates=registry)
    assert plain_text(document.blocks[0]) == "HI"


def test_the_default_registry_is_frozen_and_copies_extend_it() -> None:
    builtin = default_registry()
    with pytest.raises(RuntimeError):
        builtin.add(lambda call, ctx: (), "mine")
    mine = builtin.copy()
    mine.add(lambda call, ctx: (Text("ours"),), "convert")
    assert shown("{{convert|5|km}}") == "5 kilometres (3.1 mi)"
    assert plain_text(read("{{convert|5|km}}", templates=mine).blocks[0]) == "ours"
    assert "mine" not in builtin


def test_a_fallback_renders_unknown_calls() -> None:
    registry = Registry(fallback=lambda call, ctx: (Text(f"<{call.name}>"),))
    assert plain_text(read("{{no such template}}", templates=registry).blocks[0]) == (
        "<No such template>"
    )


def test_template_call_gives_positional_and_named_values() -> None:
    template = calls(read("{{x| a |k = ''v'' |3=c}}"))[0]
    call = TemplateCall(template)
    assert call.text(1) == "a" and call.text("k") == "v" and call.text(2, "none") == "none"
    assert call.positional_texts() == ["a", "", "c"]
    assert [key for key, _ in call.named()] == ["k"]
    assert call.has("k") and not call.has("z")


def test_unknown_calls_stay_unrendered_and_known_ones_keep_their_source() -> None:
    document = read("{{no such template|1}} {{convert|5|km}}")
    unknown, known = calls(document)
    assert unknown.rendered is None
    assert known.rendered is not None and known.raw == "{{convert|5|km}}"
    assert (
        wikiconv.render(document, "wikitext").strip() == "{{no such template|1}} {{convert|5|km}}"
    )


def test_nested_calls_render_inside_out_and_appear_once() -> None:
    document = read("{{nowrap|{{death date and age|2012|2|16|1929|8|22}}}}", today=TODAY)
    outer = calls(document)[0]
    assert outer.rendered == (Text("February 16, 2012 (aged\u00a082)"),)
    assert len(calls(document)) == 2  # the inner call is not copied into the rendering


def test_an_unrendered_call_inside_is_left_out_with_a_diagnostic() -> None:
    document = read("{{nowrap|{{mystery}} b}}")
    assert plain_text(document.blocks[0]) == " b"
    assert [d.code for d in document.diagnostics] == ["template-unrendered-inside"]


def test_links_are_kept_unless_the_context_drops_them() -> None:
    template = calls(read("{{flag|Canada}}"))[0]
    plain = Template(template.name, template.params)
    assert render_call(plain, default_registry(), HandlerContext()).rendered == (Link("Canada"),)
    labels = render_call(plain, default_registry(), HandlerContext(links=False))
    assert labels.rendered == (Text("Canada"),)


def test_a_failing_handler_is_reported_not_raised() -> None:
    registry = Registry()
    registry.add(lambda call, ctx: 1 // 0, "broken")  # type: ignore[arg-type,return-value]
    document = read("{{broken}}", templates=registry)
    assert calls(document)[0].rendered is None
    assert [d.code for d in document.diagnostics] == ["template-handler-failed"]


def test_maintenance_calls_render_nothing_without_diagnostics() -> None:
    document = read("a{{More citations needed|date=May 2020}}b {{Nepal-stub}}{{Use dmy dates}}")
    assert all(t.rendered == () for t in calls(document))
    output = wikiconv.render_output(document, "markdown")
    assert output.text.strip() == "ab" and not output.diagnostics


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("Fact.{{citation needed|date=May 2020}}", "Fact.[citation needed]"),
        ("Fact.{{cn}}", "Fact.[citation needed]"),
        ("Fact.{{Fact|date=May 2020}}", "Fact.[citation needed]"),
        ("a{{clarify|reason=Which one?}}", "a[clarification needed]"),
        ("a{{who}}", "a[who?]"),
        ("a{{dubious|date=May 2020}}", "a[dubious – discuss]"),
        ("{{citation needed span|A claim.|date=May 2020}}", "A claim.[citation needed]"),
    ],
)
def test_inline_maintenance_tags_show_their_note_as_the_page_does(source: str, shown: str) -> None:
    document = read(source)
    assert plain_text(document.blocks[0]) == shown
    note = next(n for n in iter_nodes(document) if isinstance(n, Superscript))
    assert isinstance(note.content[1], Italic)
    html = wikiconv.render(document, "html")
    assert "<sup>[<i>" in html


def test_short_description_goes_to_metadata() -> None:
    document = read("{{Short description|British lifeboat station}}text")
    assert ("short description", "British lifeboat station") in document.metadata


def test_params_values_are_kept_for_writers() -> None:
    template = Template("small", (TemplateParam("1", (Text("x"),)),))
    assert render_call(template, default_registry(), HandlerContext()).params == template.params


# --------------------------------------------------------------------------- handlers

CASES = [
    # units: Module:Convert's default rounding and display
    ("{{convert|5|km}}", "5 kilometres (3.1 mi)"),
    ("{{convert|5|km|abbr=on}}", "5 km (3.1 mi)"),
    ("{{convert|114|lb|kg|abbr=on}}", "114 lb (52 kg)"),
    ("{{convert|100|C}}", "100 °C (212 °F)"),
    ("{{convert|-40|F}}", "\u221240 °F (\u221240 °C)"),
    ("{{convert|19000|sqft|m2}}", "19,000 square feet (1,800 m2)"),
    ("{{convert|978|m|ft|0}}", "978 metres (3,209 ft)"),
    ("{{convert|831|mm|in|1|abbr=on}}", "831 mm (32.7 in)"),
    ("{{convert|7|to|8|km|mi}}", "7 to 8 kilometres (4.3 to 5.0 mi)"),
    ("{{convert|1|mi}}", "1 mile (1.6 km)"),
    ("{{convert|126|mm|0|abbr=on}}", "126 mm (5 in)"),
    ("{{convert|1.80|m|ftin|abbr=on}}", "1.80 m (5 ft 11 in)"),
    ("{{convert|1680|mi|0|abbr=off|order=flip}}", "2,704 kilometres (1,680 miles)"),
    ("{{cvt|60|mph}}", "60 mph (97 km/h)"),
    ("{{convert|10|acre}}", "10 acres (4.0 ha)"),
    ("{{convert|5|km|disp=or}}", "5 kilometres or 3.1 mi"),
    # text
    ("{{nowrap|a b}}", "a b"),
    ("{{small|(MA)}}", "(MA)"),
    ("a{{snd}}b{{ndash}}c{{mdash}}d", "a \u2013 b\u2013c\u2014d"),
    ("a{{·}}b", "a · b"),
    ("{{nbsp|2}}", "  "),
    ("{{abbr|UK|United Kingdom}}", "UK"),
    ("{{sic|teh}}", "teh [sic]"),
    ("{{circa}} 1040", "c. 1040"),
    ("{{circa|1900}}", "c. 1900"),
    ("{{ISBN|978-0-19-852663-6}}", "ISBN 978-0-19-852663-6"),
    ("{{oclc|474197910}}", "OCLC 474197910"),
    ("{{0}}{{0}}0.1 %", "\u2007\u20070.1 %"),
    # languages
    ("{{lang|la|Ptolemaeus secundus}}", "Ptolemaeus secundus"),
    ("{{langx|fr|Paris}}", "French: Paris"),
    ("{{lang-ru|Григорий Юрьевич Серпер}}", "Russian: Григорий Юрьевич Серпер"),
    ("{{lang-kw|Bosvena}}", "Cornish: Bosvena"),
    ("{{transl|ar|ALA|Abū ʿAlī}}", "Abū ʿAlī"),
    ("{{nihongo|Tokyo|東京|Tōkyō}}", "Tokyo (東京, Tōkyō)"),
    ("{{IPAc-en|local|\u02c8|t|r|ɒ|n|oʊ}}", "locally /\u02c8trɒnoʊ/"),
    # flags
    ("{{flagicon|ESP}} Spain", " Spain"),
    ("{{flag|Canada}}", "Canada"),
    ("{{ru|WAL}}", "Wales"),
    # dates, ages against 1 January 2025
    ("{{birth date|1929|8|22}}", "August 22, 1929"),
    ("{{birth date and age|1960|3|5|df=y}}", "5 March 1960 (age 64)"),
    ("{{death date and age|2012|2|16|1929|8|22}}", "February 16, 2012 (aged 82)"),
    ("{{start date|1883}}", "1883"),
    ("{{start date and age|df=yes|1997|05|16}}", "16 May 1997; 27 years ago"),
    ("{{dts||10|17}}", "October 17"),
    ("{{dts|2000|1|5}}", "January 5, 2000"),
    ("{{dts|||1966|noFormat=ja}}", "1966"),
    ("{{As of|2011|alt=in 2011}}", "in 2011"),
    ("{{as of|2005|6}}", "As of June 2005"),
    ("{{as of|2010|4|1|lc=y}}", "as of 1 April 2010"),
    ("{{Datum|25|08|2017}}", "25. August 2017"),
    ("{{FormatDate|2002-09-23|nbsp}}", "23. September 2002"),
    # lists
    ("{{hlist|[[Semiotics]]|[[Literary criticism]]}}", "Semiotics · Literary criticism"),
    ("{{ubl|Latin America|Spain}}", "Latin America Spain"),
    ("{{flatlist|\n* a\n* b\n}}", "a · b"),
    # links
    ("{{sortname|The|Quiet Ones|dab=2014 film}}", "The Quiet Ones"),
    ("{{SortKeyName|Cornelio|Saavedra|Cornelio Saavedra (Politiker)}}", "Cornelio Saavedra"),
    ("{{Lbs|Cromer}}", "Cromer"),
    ("{{Main|A|B|C}}", "Main articles: A, B, and C"),
]


@pytest.mark.parametrize(("source", "expected"), CASES, ids=[c[0] for c in CASES])
def test_handler_renders_what_the_page_shows(source: str, expected: str) -> None:
    assert shown(source) == expected.replace(NBSP, " ")


def test_ubl_puts_each_item_on_its_own_line() -> None:
    assert wikiconv.render(read("{{ubl|a|b}}"), "html").count("<br") == 1


def test_abbreviated_area_units_are_superscript() -> None:
    html = wikiconv.render(read("{{convert|2|km2|abbr=on}}"), "html")
    assert "km<sup>2</sup>" in html


def test_calls_the_handlers_cannot_read_stay_unrendered() -> None:
    for source in ("{{convert|five|km}}", "{{convert|5|furlongs}}", "{{birth date|x}}"):
        assert calls(read(source))[0].rendered is None, source


def test_the_reading_date_is_fixed_by_the_caller() -> None:
    later = read("{{birth date and age|1960|3|5}}", today=date(2030, 6, 1))
    assert plain_text(later.blocks[0]) == f"March 5, 1960 (age{NBSP}70)"
    assert isinstance(later.blocks[0], Paragraph)


def test_lifeboat_class_links_the_class_with_its_letter_in_italics() -> None:
    document = read("{{Lbc|D|IB1}} and {{Lbc|Tamar}}")
    first, second = (call.rendered for call in calls(document))
    assert first == (
        Link("D-class lifeboat (IB1)", (Italic((Text("D"),)), Text("-class"), Text(" (IB1)"))),
    )
    assert second == (Link("Tamar-class lifeboat", (Italic((Text("Tamar"),)), Text("-class"))),)
    assert shown("{{Lbc|E}}") == "E-class"


def test_the_built_in_registry_refuses_a_second_handler_for_a_name() -> None:
    # Built-in modules must not silently replace one another's handlers; a copy may.
    from wikiconv.templates.registry import Registry

    strict = Registry(unique=True)
    strict.add(lambda call, ctx: (), "Example")
    with pytest.raises(ValueError, match="'example' already has a handler"):
        strict.add(lambda call, ctx: (Text("x"),), "example")
    relaxed = default_registry().copy()
    relaxed.add(lambda call, ctx: (Text("mine"),), "Convert")
    assert relaxed.lookup("convert") is not default_registry().lookup("convert")
