"""IPA transcriptions: the ``IPA-xx`` family (any known code) and ``IPAslink``/``IPAblink``."""

from __future__ import annotations

import pytest

from wikiconv.ast import Link, Template, Text
from wikiconv.readers.wikitext import read
from wikiconv.templates import default_registry
from wikiconv.templates.ipa import IPA_LANGUAGES, language_ipa
from wikiconv.walk import iter_nodes, plain_text

NBSP = "\u00a0"


def shown(source: str) -> str:
    document = read(source)
    return plain_text(document.blocks[0]).replace(NBSP, " ") if document.blocks else ""


def call_of(source: str) -> Template:
    return next(n for n in iter_nodes(read(source)) if isinstance(n, Template))


CASES = [
    # The default label names the language.
    ("{{IPA-af|ˈɑːrtfɐrk}}", "Afrikaans pronunciation: [ˈɑːrtfɐrk]"),
    ("{{IPA-fr|alɛ̃ kɔn}}", "French pronunciation: [alɛ̃ kɔn]"),
    ("{{IPA-es|ˈkasa}}", "Spanish pronunciation: [ˈkasa]"),
    ("{{IPA-it|ˈroːma}}", "Italian pronunciation: [ˈroːma]"),
    ("{{IPA-ru|ˈmoskvə}}", "Russian pronunciation: [ˈmoskvə]"),
    ("{{IPA-pl|ˈvarʂava}}", "Polish pronunciation: [ˈvarʂava]"),
    ("{{IPA-pt|liʃˈβoɐ}}", "Portuguese pronunciation: [liʃˈβoɐ]"),
    ("{{IPA-sh|beǒɡrad}}", "Serbo-Croatian pronunciation: [beǒɡrad]"),
    ("{{IPA-grc|átʰɛːnai̯}}", "Ancient Greek pronunciation: [átʰɛːnai̯]"),
    # lang: the language's name only.
    ("'''Julia Kristeva''' ({{IPA-fr|kʁisteva|lang}}; born 24 June 1941)",
     "Julia Kristeva (French: [kʁisteva]; born 24 June 1941)"),
    ("{{IPA-nl|aːˈrubaː|lang}}", "Dutch: [aːˈrubaː]"),
    ("{{IPA-ca|ənˈdorə|lang}}", "Catalan: [ənˈdorə]"),
    ("{{IPA-fr|kʁisteva|Lang}}", "French: [kʁisteva]"),
    # The other label codes.
    ("{{IPA-ca|anˈdɔra|local}}", "locally [anˈdɔra]"),
    ("{{IPA-es|ˈkasa|pron}}", "pronounced [ˈkasa]"),
    ("{{IPA-es|ˈkasa|also}}", "also [ˈkasa]"),
    ("{{IPA-ur|ɛːʋɑːn-e bɑːlɑ ˌpɑːkɪst̪ɑːn|IPA}}", "IPA: [ɛːʋɑːn-e bɑːlɑ ˌpɑːkɪst̪ɑːn]"),
    ("{{IPA-de|ˈbɛʁlɪn|alsolang}}", "also German: [ˈbɛʁlɪn]"),
    # An empty label shows the transcription alone; a placeholder keeps the default.
    ("{{IPA-de|ˈbɛʁlɪn|}}", "[ˈbɛʁlɪn]"),
    ("{{IPA-de|ˈbɛʁlɪn|-}}", "German pronunciation: [ˈbɛʁlɪn]"),
    ("{{IPA-de|ˈbɛʁlɪn|label=Berlinese:}}", "Berlinese: [ˈbɛʁlɪn]"),
    # A sound file adds the listen button.
    ("{{IPA-de|ˈalbɛɐ̯t ˈaɪnʃtaɪn|lang|Albert Einstein german.ogg}}",
     "German: [ˈalbɛɐ̯t ˈaɪnʃtaɪn] ⓘ"),
    ("{{IPA-de|ˈbɛʁlɪn|-|De-Berlin.ogg}}", "German pronunciation: [ˈbɛʁlɪn] ⓘ"),
    ("{{IPA-de|ˈbɛʁlɪn||De-Berlin.ogg}}", "[ˈbɛʁlɪn] ⓘ"),
    # Single symbols, in brackets, in slashes or bare.
    ("the sound {{IPAblink|ʃ}}", "the sound [ʃ]"),
    ("the phoneme {{IPAslink|ʃ}}", "the phoneme /ʃ/"),
    ("{{IPA link|ʃ}}", "ʃ"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_ipa_renders_what_the_page_shows(source: str, expected: str) -> None:
    assert shown(source) == expected


@pytest.mark.parametrize(
    "source",
    [
        "{{IPA-xx|abc}}",  # no such language
        "{{IPA-en|ˈɪŋɡlənd}}",  # English takes IPAc-en
        "{{IPA-fr|[kʁisteva]}}",  # brackets written in
        "{{IPA-fr}}",
        "{{IPAblink|a|b}}",
    ],
)
def test_unknown_or_odd_calls_stay_unrendered(source: str) -> None:
    assert call_of(source).rendered is None


def test_transcription_links_to_the_language_key() -> None:
    nodes = call_of("{{IPA-fr|kʁisteva|lang}}").rendered
    assert nodes == (
        Text("French: "),
        Link("Help:IPA/French", (Text("["), Text("kʁisteva"), Text("]"))),
    )
    (link,) = call_of("{{IPA-de|ˈbɛʁlɪn|}}").rendered or ()
    assert isinstance(link, Link) and link.target == "Help:IPA/Standard German"


def test_the_family_is_matched_by_pattern_for_every_known_code() -> None:
    registry = default_registry()
    for code in IPA_LANGUAGES:
        assert registry.lookup(f"IPA-{code}") is not None, code
    assert registry.lookup("IPA-zz") is None


def test_language_ipa_serves_the_two_argument_ipa_form() -> None:
    # {{IPA|la|...}}: the same rendering with the code as the first value.
    nodes = language_ipa("la", (Text("ˌloːrɛm ˈɪpsʊm"),), None)
    assert plain_text(nodes or ()) == "Latin pronunciation: [ˌloːrɛm ˈɪpsʊm]"
    assert language_ipa("zz", (Text("a"),), None) is None


def test_nahuatl_is_a_known_language() -> None:
    document = read("{{IPA-nah|ˈnaːwat͡ɬ}}")
    assert plain_text(document.blocks[0]) == "Nahuatl pronunciation: [ˈnaːwat͡ɬ]"
