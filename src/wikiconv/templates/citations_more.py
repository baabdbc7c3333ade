"""More citation templates: speeches, episodes, interviews, tweets, patents…

The encyclopedia family (``{{Cite EB1911}}``…) is in
:mod:`wikiconv.templates.citations_encyclopedias`, which shares the helpers here.

The other CS1 templates follow the order of :mod:`wikiconv.templates.citations`
(authors (date). title. work. place: publisher. identifiers. Retrieved …), each with
what its class adds: "(Speech)" and the event, "(Media notes)", "Season 2. Episode 5",
"(Interview). Interviewed by …", "(Mailing list)", "(Tweet) - via Twitter" (an en dash).
``{{cite patent}}`` is a CS2-style line: 'US patent 4390022, Richard V. Calfee & Jay
Miner, "Implantable device", issued 1983-06-28'. ``{{harvid}}`` and ``{{sfnref}}``
give the anchor id a citation's ``ref=`` takes: "CITEREF" and the names and year.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from wikiconv.ast import Inline, Italic, Link, Text
from wikiconv.templates.citations import (
    _LANGUAGES,
    NBSP,
    _identifiers,
    _join,
    _join_parts,
    _linked,
    _names,
    _pages,
    _Params,
    _quote,
)
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler
from wikiconv.walk import plain_text

__all__: list[str] = []

Nodes = tuple[Inline, ...]

_END = (".", "?", "!")


def _finish(parts: Iterable[Nodes], end: str = ".", via: Nodes = ()) -> Nodes:
    """The parts joined with full stops (one only after a sentence's end), then ``end``."""
    out = _join_parts(parts)
    if via:
        out.extend((Text(" \u2013 via "), *via))
    if end and not plain_text(tuple(out)).rstrip().endswith(_END):
        out.append(Text(end))
    return tuple(out)


def _when(params: _Params) -> str:
    date = params.text("date", "year")
    original = params.text("origyear", "origdate")
    return f"{date} [{original}]" if date and original else date


def _language(params: _Params) -> str:
    language = params.text("language", "lang")
    if not language or language.lower() in {"en", "english"}:
        return ""
    return f" (in {_LANGUAGES.get(language.lower(), language)})"


def _archive(params: _Params) -> list[Nodes]:
    parts: list[Nodes] = []
    archive_url = params.text("archiveurl")
    if archive_url:
        link = _linked((Text("Archived from the original"),), archive_url)
        archived = params.text("archivedate")
        parts.append((*link, Text(f" on {archived}")) if archived else link)
    accessed = params.text("accessdate")
    if accessed:
        parts.append((Text(f"Retrieved {accessed}"),))
    return parts


def _place(params: _Params, *publishers: str) -> Nodes:
    """ "Location: Publisher" (either alone when the other is missing)."""
    where = params.get("publicationplace", "location", "place")
    publisher = params.get(*(publishers or ("publisher",)))
    published = params.text("publicationdate")
    if publisher and published and published != params.text("date"):
        publisher = (*publisher, Text(f" (published {published})"))
    if where and publisher:
        return (*where, Text(": "), *publisher)
    return where or publisher


def _in_work(params: _Params) -> list[Nodes]:
    page, pages = params.text("page", "p"), _pages(params.text("pages", "pp"))
    at = params.text("at")
    if page:
        return [(Text(f"p.{NBSP}{page}"),)]
    if pages:
        return [(Text(f"pp.{NBSP}{pages}"),)]
    return [(Text(at),)] if at else []


def _title(params: _Params, quoted: bool, *keys: str) -> Nodes:
    """The title, quoted or in italics, linked to ``url``, with its translation."""
    title = params.get(*(keys or ("title",)))
    if not title:
        return ()
    linked = _linked(title, params.text("url"))
    head: Nodes = _quote(linked) if quoted else (Italic(linked),)
    trans = params.text("transtitle")
    return (*head, Text(f" [{trans}]")) if trans else head


def _tails(*notes: str) -> Nodes:
    return tuple(Text(f" ({note})") for note in notes if note)


@dataclass(frozen=True, slots=True)
class _Shape:
    """What one CS1 class adds to the common order."""

    quoted: bool
    kind: str = ""  # the "(Speech)" note, shown unless type= replaces it
    kind_after_work: bool = False
    work_keys: tuple[str, ...] = ("work", "website", "periodical", "newspaper", "magazine")
    event: bool = False


def _cs1(call: TemplateCall, shape: _Shape, *, lead: list[Nodes] | None = None,
         after_work: Iterable[Nodes] = (), via: Nodes = ()) -> Output:  # fmt: skip
    params = _Params(call)
    title = _title(params, shape.quoted)
    if not title:
        return None
    when = _when(params)
    people = _names(params, "author") if lead is None else lead
    parts: list[Nodes] = []
    if people:
        names = _join(people, "; ")
        parts.append((*names, Text(f" ({when})")) if when else names)
    kind = params.text("type", "medium") or shape.kind
    work = params.get(*shape.work_keys)
    title_kind = kind if not (shape.kind_after_work and work) else ""
    form = params.text("format")
    parts.append((*title, *_tails(form, title_kind), Text(_language(params))))
    if shape.event:
        parts.append(params.get("event"))
    if work:
        parts.append((Italic(work), *_tails(kind if shape.kind_after_work else "")))
    parts.extend(after_work)
    others = params.get("others")
    if others:
        parts.append(others)
    parts.append(_place(params))
    if not people and when:
        parts.append((Text(when),))
    time = params.text("time")
    if time:
        parts.append((Text(f"Event occurs at {time}"),))
    parts.extend(_in_work(params))
    parts.extend(_identifiers(params))
    parts.extend(_archive(params))
    via_param = params.get("via")
    return _finish(parts, via=via or via_param)


@handler("Cite speech", "Cite Speech", "Cite lecture")
def cite_speech(call: TemplateCall, ctx: HandlerContext) -> Output:
    # 'Warren, Earl (7 March 1953). The Role of the Supreme Court (Speech). Event.
    # Washington, D.C.' — the title in italics, the event after it.
    return _cs1(call, _Shape(quoted=False, kind="Speech", event=True))


@handler("Cite AV media notes", "Cite av media notes", "Cite AV Media notes", "Cite liner notes",
         "Cite album notes", "Cite album-notes", "Cite DVD notes", "Cite DVD-notes")  # fmt: skip
def cite_av_media_notes(call: TemplateCall, ctx: HandlerContext) -> Output:
    # 'Title (Media notes). Others. Location: Publisher. ID.'
    return _cs1(call, _Shape(quoted=False, kind="Media notes"))


@handler("Cite sign", "Cite Sign", "Cite plaque")
def cite_sign(call: TemplateCall, ctx: HandlerContext) -> Output:
    return _cs1(call, _Shape(quoted=False, kind="Sign"))


@handler("Cite mailing list", "Cite mailing-list", "Cite Mailing list", "Cite mailinglist",
         "Cite list")  # fmt: skip
def cite_mailing_list(call: TemplateCall, ctx: HandlerContext) -> Output:
    # 'Torvalds, Linus (5 January 2000). "Re: …". linux-kernel (Mailing list).'
    shape = _Shape(quoted=True, kind="Mailing list", kind_after_work=True,
                   work_keys=("mailinglist", "mailing list", "mailing-list"))  # fmt: skip
    return _cs1(call, shape)


@handler("Cite interview", "Cite Interview")
def cite_interview(call: TemplateCall, ctx: HandlerContext) -> Output:
    # 'Subject (date). "Title". Work (Interview). Interviewed by Interviewer.'
    params = _Params(call)
    subjects = _names(params, "subject") or _names(params, "author")
    interviewers = _names(params, "interviewer")
    by = [(Text("Interviewed by "), *_join(interviewers, "; "))] if interviewers else []
    shape = _Shape(quoted=True, kind="Interview", kind_after_work=True,
                   work_keys=("work", "program", "programme", "magazine", "newspaper"))  # fmt: skip
    return _cs1(call, shape, lead=subjects, after_work=by)


@handler("Cite tweet", "Cite Tweet", "Cite twitter", "Cite X post")
def cite_tweet(call: TemplateCall, ctx: HandlerContext) -> Output:
    # 'Obama, Barack [@BarackObama] (6 November 2012). "Four more years." (Tweet)
    # - via Twitter.' (an en dash) — the author is the handle alone when the call names no one.
    params = _Params(call)
    user, number = params.text("user"), params.text("number")
    if not user or not params.get("title"):
        return None
    people = _names(params, "author")
    handle = (Text(f"@{user}"),)
    lead = [(*_join(people, "; "), Text(f" [@{user}]"))] if people else [handle]
    url = f"https://twitter.com/{user}/status/{number}" if number else ""
    title = _linked(params.get("title"), url)
    parts: list[Nodes] = []
    when = _when(params)
    parts.append((*lead[0], Text(f" ({when})")) if when else lead[0])
    parts.append((*_quote(title), Text(" (Tweet)")))
    parts.extend(_archive(params))
    return _finish(parts, via=(Link("Twitter", ()),))


@handler("Cite episode", "Cite Episode", "Cite TV episode", "Cite tv episode",
         "Cite television episode", "Cite radio episode")  # fmt: skip
def cite_episode(call: TemplateCall, ctx: HandlerContext) -> Output:
    # '"Episode". Series. Season 2. Episode 5. Location: Network.': the episode's
    # title is quoted, the series' in italics.
    params = _Params(call)
    title = _title(params, True)
    if not title and not params.get("series"):
        return None
    when = _when(params) or params.text("airdate")
    people = _names(params, "author") or ([params.get("credits")] if params.get("credits") else [])
    parts: list[Nodes] = []
    if people:
        names = _join(people, "; ")
        parts.append((*names, Text(f" ({when})")) if when else names)
    if title:  # without one, CS1 shows the error and the rest: the series names it
        parts.append((*title, *_tails(params.text("format")), Text(_language(params))))
    series = params.get("series")
    if series:
        target = params.text("serieslink")
        parts.append((Italic((Link(target, series),) if target else series),))
    for key, word in (("seriesno", "Series"), ("season", "Season"), ("number", "Episode"),
                      ("episode", "Episode")):  # fmt: skip
        value = params.text(key)
        if value:
            parts.append((Text(f"{word} {value}"),))
            if word == "Episode":
                break
    network = params.get("network", "publisher")
    station = params.get("station")
    if network and station:
        network = (*network, Text(" "), *station)
    where = params.get("location", "place")
    parts.append((*where, Text(": "), *network) if where and network else where or network)
    if not people and when:
        parts.append((Text(when),))
    time = params.text("time")
    if time:
        parts.append((Text(f"Event occurs at {time}"),))
    parts.extend(_identifiers(params))
    parts.extend(_archive(params))
    return _finish(parts)


# -------------------------------------------------------------------- patents


def _inventors(params: _Params) -> list[str]:
    names: list[str] = []
    for index in range(1, 10):
        n = str(index)
        alone = ("",) if index == 1 else ()
        last = params.text(*(f"inventor{k}last" for k in (n, *alone)), f"invent{n}")
        first = params.text(*(f"inventor{k}first" for k in (n, *alone)))
        if not last:
            break
        names.append(f"{first} {last}" if first else last)
    return names


@handler("Cite patent", "Cite Patent", "Citation/patent")
def cite_patent(call: TemplateCall, ctx: HandlerContext) -> Output:
    # 'US patent 4404972, Pat L. Gordon; Richard V. Calfee & Jay Miner, "Implantable
    # device with microprocessor control", issued 1983-06-28, assigned to Intermedics'.
    params = _Params(call)
    country, number = params.text("country", "country-code").upper(), params.text("number")
    if not country or not number:
        return None
    status = params.text("status").lower() or "patent"
    word = "application" if status.startswith("app") else "patent"
    url = f"https://patents.google.com/patent/{country}{number.replace(',', '')}"
    parts: list[Nodes] = [_linked((Text(f"{country} {word} {number}"),), url)]
    inventors = _inventors(params)
    if inventors:
        joined = "; ".join(inventors[:-1])
        parts.append((Text(f"{joined} & {inventors[-1]}" if joined else inventors[0]),))
    title = params.get("title")
    if title:
        parts.append(_quote(title))
    for key, word in (("fdate", "filed"), ("pubdate", "published"), ("gdate", "issued")):
        value = params.text(key)
        if value:
            parts.append((Text(f"{word} {value}"),))
    assignees = [params.text(f"assign{index}") for index in range(1, 5)]
    assignees = [name for name in assignees if name]
    if assignees:
        parts.append((Text("assigned to " + " & ".join(assignees)),))
    return _join(parts, ", ")


# --------------------------------------------------------------- anchor ids


@handler("Harvid", "SfnRef", "Sfnref", "Harvid2")
def harvid(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{harvid|Einstein|1935}} is "CITEREFEinstein1935": the id of the cited work
    # that {{harv}} and {{sfn}} links point to (the names and year as written, run
    # together, as the harv links of this package build it).
    parts = [text for text in call.positional_texts()[:5] if text]
    if not parts:
        return None
    return (Text("CITEREF" + "".join(parts)),)
