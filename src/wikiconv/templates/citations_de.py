"""German Wikipedia's references: ``{{Internetquelle}}``, ``{{Literatur}}``, ``{{Google Buch}}``.

They follow the German citation rules (WP:ZR), not CS1: "Autor: Titel. In: Werk.
Hrsg., Datum, abgerufen am 5. Mai 2020 (englisch)." ISO dates are written the German
way ("5. Mai 2020"); other dates are shown as written. Also here, because they are
references of one fixed source each: English Wikipedia's ``{{cite gnis}}`` and
``{{Cite GovTrack}}``.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from wikiconv.ast import ExternalLink, Inline, Italic, Link, Text
from wikiconv.templates.dates import MONATE
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler
from wikiconv.templates.wiki_shared import joined
from wikiconv.walk import plain_text

__all__: list[str] = []

Nodes = tuple[Inline, ...]

_ISO = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_RANGE = re.compile(r"(\d)\s*-\s*(\d)")
_DASH = "\\1\u2013\\2"
_END = (".", "?", "!", "…")

# The language names German Wikipedia writes after a foreign source.
_SPRACHEN = {
    "en": "englisch", "fr": "französisch", "es": "spanisch", "it": "italienisch",
    "nl": "niederländisch", "pt": "portugiesisch", "ru": "russisch", "pl": "polnisch",
    "sv": "schwedisch", "da": "dänisch", "no": "norwegisch", "fi": "finnisch",
    "cs": "tschechisch", "ja": "japanisch", "zh": "chinesisch", "ko": "koreanisch",
    "tr": "türkisch", "el": "griechisch", "la": "lateinisch", "hu": "ungarisch",
    "ar": "arabisch", "he": "hebräisch",
}  # fmt: skip


def german_date(text: str) -> str:
    """ "2020-05-05" or "05.05.2020" as "5. Mai 2020" ("2020-05" as "Mai 2020").

    Other text is shown as written.
    """
    dotted = _DOTTED.fullmatch(text.strip())
    if dotted:
        text = f"{dotted.group(3)}-{dotted.group(2)}-{dotted.group(1)}"
    found = _ISO.fullmatch(text.strip())
    if not found:
        return text.strip()
    year, month, day = found.group(1), int(found.group(2)), found.group(3)
    if not 1 <= month <= 12:
        return text.strip()
    name = MONATE.split()[month - 1]
    return f"{int(day)}. {name} {year}" if day else f"{name} {year}"


def _sprache(code: str) -> str:
    # "en-US" is English; German sources ("de") get no note, as on the page.
    base = code.strip().lower().split("-")[0]
    if base in ("", "de"):
        return ""
    return _SPRACHEN.get(base, code.strip())


class _Params:
    """The call's non-empty named parameters, keyed without case (``Titel``/``titel``)."""

    def __init__(self, call: TemplateCall) -> None:
        self.values = {
            key.lower(): value for key, value in call.named() if plain_text(value).strip()
        }

    def get(self, *keys: str) -> Nodes:
        for key in keys:
            if key in self.values:
                return self.values[key]
        return ()

    def text(self, *keys: str) -> str:
        return plain_text(self.get(*keys)).strip()


def _sentence(content: Nodes) -> Nodes:
    """The content ended with a full stop, unless it already ends a sentence."""
    if not content or plain_text(content).rstrip().endswith(_END):
        return content
    return (*content, Text("."))


def _link(content: Nodes, url: str) -> Nodes:
    # A link cannot hold another: a title with links keeps their text.
    if not url:
        return content
    return (ExternalLink(url, (Text(plain_text(content)),)),)


def _texts(text: str) -> Nodes:
    return (Text(text),) if text else ()


def _pages(word: str, text: str) -> Nodes:
    # "27-34" is a range: German typography sets it with an en dash.
    return (Text(f"{word}\u00a0{_RANGE.sub(_DASH, text)}"),) if text else ()


def _capital(nodes: list[Inline]) -> list[Inline]:
    # "abgerufen am …" opens a new sentence after a full stop: "Abgerufen am …".
    if nodes and isinstance(nodes[0], Text):
        nodes[0] = Text(nodes[0].text[:1].upper() + nodes[0].text[1:])
    return nodes


@handler("Internetquelle")
def internetquelle(call: TemplateCall, ctx: HandlerContext) -> Output:
    params = _Params(call)
    title, url = params.get("titel"), params.text("url")
    if not title:
        return None
    archive = params.text("archiv-url")
    offline = call.flag("offline") or params.text("offline") not in ("", "nein")
    head: list[Inline] = []
    author = params.get("autor")
    if author:
        head.extend((*author, Text(": ")))
    head.extend(_sentence(_link(title, archive if offline and archive else url)))
    extra = params.get("titelerg")
    if extra:
        head.extend((Text(" "), *_sentence(extra)))
    form = params.text("format")
    if form:
        head.append(Text(f" ({form})"))
    work = params.get("werk")
    if work:
        head.extend((Text(" In: "), *_sentence((Italic(work),))))

    tail = joined(
        [
            params.get("hrsg"),
            _texts(german_date(params.text("datum"))),
            _pages("S.", params.text("seiten")),
        ],
        ", ",
    )
    when = params.text("abruf", "zugriff")
    if archive:
        original: Nodes = (Text("archiviert vom "), ExternalLink(archive, (Text("Original"),)))
        if offline:
            original = (*original, Text(" (nicht mehr online verfügbar)"))
        dated = params.text("archiv-datum")
        if dated:
            original = (*original, Text(f" am {german_date(dated)}"))
        tail = joined([tuple(tail), original], ", ")
    if when:
        accessed = Text(f"abgerufen am {german_date(when)}")
        tail = joined([tuple(tail), (accessed,)], "; " if archive else ", ")
    notes = _sprache(params.text("sprache"))
    if notes:
        tail.append(Text(f" ({notes})"))
    quote = params.get("zitat")
    if quote:
        tail.extend((Text(": „"), *quote, Text("“")))
    if not tail:
        return tuple(head)
    # The head ends a sentence, so the rest starts one: "XULRunner. Abgerufen am …".
    return (*head, Text(" "), *_sentence(tuple(_capital(tail))))


@handler("Literatur")
def literatur(call: TemplateCall, ctx: HandlerContext) -> Output:
    # "Autor: Titel. TitelErg. In: Hrsg. (Hrsg.): Sammelwerk. Band. Auflage. Verlag,
    # Ort Jahr, ISBN …, Kapitel, S. 5 (online [abgerufen am …])." Titles in italics.
    params = _Params(call)
    title = params.get("titel")
    if not title:
        return None
    out: list[Inline] = []
    author, editor = params.get("autor"), params.get("hrsg", "herausgeber")
    if author:
        out.extend((*author, Text(": ")))
    elif editor:
        out.extend((*editor, Text(" (Hrsg.): ")))
    sentences: list[Nodes] = [(Italic(_sentence(title)),), _sentence(params.get("titelerg"))]
    work = params.get("sammelwerk")
    if work:
        lead: Nodes = (Text("In: "),)
        if author and editor:
            lead = (Text("In: "), *editor, Text(" (Hrsg.): "))
        sentences.append((*lead, Italic(_sentence(work))))
    volume = params.text("band")
    if volume:
        sentences.append(_sentence(_texts(f"Band {volume}" if volume[:1].isdigit() else volume)))
    number = params.text("nummer")
    if number:
        sentences.append(_sentence(_texts(f"Nr. {number}")))
    edition = params.text("auflage")
    if edition:
        sentences.append(_sentence(_texts(f"{edition} Auflage")))
    out.extend(joined(sentences, " "))

    place = " ".join(t for t in (params.text("ort"), params.text("datum", "jahr")) if t)
    isbn = params.text("isbn")
    facts: list[Nodes] = [params.get("verlag"), _texts(place)]
    if isbn:
        digits = re.sub(r"[^0-9Xx]", "", isbn)
        facts.append((Text("ISBN\u00a0"), Link(f"Special:BookSources/{digits}", (Text(isbn),))))
    facts += [
        params.get("kapitel"),
        _pages("S.", params.text("seiten")),
        _pages("Sp.", params.text("spalten")),
    ]
    details = joined(facts, ", ")
    if details:
        out.extend((Text(" "), *details))
    online, accessed = params.get("online"), params.text("abruf", "zugriff")
    notes = joined([params.get("kommentar"), _online(online, accessed)], "; ")
    if notes:
        out.extend((Text(" ("), *notes, Text(")")))
    return _sentence(tuple(out))


def _online(online: Nodes, accessed: str) -> Nodes:
    """ "golem.de [abgerufen am 18. März 2017]": a bare URL shows its site."""
    if not online:
        return ()
    url = plain_text(online).strip()
    shown: Nodes = online
    if re.match(r"(?:https?:)?//", url):
        host = urlsplit(url).hostname or url
        shown = (ExternalLink(url, (Text(host.removeprefix("www.")),)),)
    if accessed:
        return (*shown, Text(f" [abgerufen am {german_date(accessed)}]"))
    return shown


@handler("Google Buch")
def google_buch(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Google Buch|BuchID=…|Seite=5|Linktext=…}}: a link to the book at Google Books.
    params = _Params(call)
    book = params.text("buchid")
    if not book:
        return None
    country = params.text("land").lower()
    domain = "com" if country == "us" else "de"
    url = f"https://books.google.{domain}/books?id={book}"
    page = params.text("seite")
    if page:
        url += f"&pg=PA{page}"
    label = params.get("linktext") or (Text("eingeschränkte Vorschau in der Google-Buchsuche"),)
    return (ExternalLink(url, label),)


@handler("cite gnis", "Cite GNIS", "GNIS", "Gnis")
def cite_gnis(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{cite gnis|1562127|Bradley}}: the feature's entry in the USGS name register.
    feature = call.text(1) or call.text("id")
    if not feature:
        return None
    name = call.arg(2) or call.arg("name") or (Text(f"Feature Detail Report for: {feature}"),)
    url = f"https://edits.nationalmap.gov/apps/gaz-domestic/public/summary/{feature}"
    out: list[Inline] = [Text('"'), *_link(name, url), Text('". ')]
    out.append(Italic((Text("Geographic Names Information System"),)))
    out.append(Text(". United States Geological Survey, United States Department of the Interior."))
    accessed = call.text("accessdate") or call.text("access-date")
    if accessed:
        out.append(Text(f" Retrieved {accessed}."))
    return tuple(out)


_STATES = dict(
    pair.split("=")
    for pair in (
        "AL=Alabama AK=Alaska AZ=Arizona AR=Arkansas CA=California CO=Colorado "
        "CT=Connecticut DE=Delaware FL=Florida GA=Georgia HI=Hawaii ID=Idaho IL=Illinois "
        "IN=Indiana IA=Iowa KS=Kansas KY=Kentucky LA=Louisiana ME=Maine MD=Maryland "
        "MA=Massachusetts MI=Michigan MN=Minnesota MS=Mississippi MO=Missouri MT=Montana "
        "NE=Nebraska NV=Nevada NH=New_Hampshire NJ=New_Jersey NM=New_Mexico NY=New_York "
        "NC=North_Carolina ND=North_Dakota OH=Ohio OK=Oklahoma OR=Oregon PA=Pennsylvania "
        "RI=Rhode_Island SC=South_Carolina SD=South_Dakota TN=Tennessee TX=Texas UT=Utah "
        "VT=Vermont VA=Virginia WA=Washington WV=West_Virginia WI=Wisconsin WY=Wyoming"
    ).split()
)


def _ordinal(number: int) -> str:
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


@handler("Cite GovTrack", "cite GovTrack", "Cite govtrack")
def cite_govtrack(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Cite GovTrack|CA|4}}: a congressional district's page at GovTrack.us.
    state, district = call.text(1).upper(), call.text(2)
    name = _STATES.get(state, "").replace("_", " ")
    if not name or not district.isdigit():
        return None
    title = f"{name}'s {_ordinal(int(district))} congressional district"
    url = f"https://www.govtrack.us/congress/members/{state}/{int(district)}"
    out: list[Inline] = [Text('"'), ExternalLink(url, (Text(title),)), Text('". ')]
    out.extend((Italic((Text("GovTrack.us"),)), Text(". Civic Impulse, LLC.")))
    accessed = call.text("accessdate") or call.text("access-date")
    if accessed:
        out.append(Text(f" Retrieved {accessed}."))
    return tuple(out)
