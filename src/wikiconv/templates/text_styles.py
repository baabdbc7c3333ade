"""Text styles: templates that set their text in a face, a colour or a place.

What each shows is its text, styled as the same HTML in the page would be read:

- Computer text: ``{{kbd|Enter}}`` a ``<kbd>``, ``{{samp|…}}`` a ``<samp>``,
  ``{{mono|…}}`` (and ``{{monodiv}}``) a monospaced span, ``{{code|x = 1}}`` and
  ``{{pre|…}}`` code shown exactly as written (wiki markup in it is not read, as
  ``<syntaxhighlight>`` and ``<pre>`` do not read it), ``{{var serif|x}}`` a variable.
- Examples in the Manual of Style: ``{{xt|…}}`` (good, green serif), ``{{!xt|…}}``
  (bad, red), ``{{xtn|…}}`` (neutral); ``{{xtd|…}}`` deprecated, struck through; the
  ``mxt`` forms are monospaced, the ``bxt`` forms bold. ``{{tq|…}}`` quotes a talk page
  in green serif.
- Colours: ``{{color|red|text}}`` (``colour``, ``colored text``), ``{{font color|fg|text}}``
  or ``{{font color|fg|bg|text}}`` (``fgcolor``), ``{{background color|yellow|text}}``,
  ``{{highlight|text}}`` (pale yellow behind), ``{{colored link|red|Page|label}}``, and
  ``{{font|text=…|font=…|size=…|color=…}}``: spans with that style.
- Weight and size: ``{{strongbad|…}}`` and ``{{stronggood|…}}`` strong (red or green),
  ``{{bigger|…}}`` / ``{{bigdiv|…}}`` larger, ``{{huge|…}}`` 180%, ``{{smalldiv|…}}`` small,
  ``{{bold div|…}}``, ``{{italic div|…}}``, ``{{strikethrough|…}}``,
  ``{{strikethroughdiv|…}}``, ``{{underline|…}}``, ``{{uuline|…}}`` and ``{{double
  underline|…}}`` (underlined), ``{{overline|…}}``, ``{{normal|…}}`` (neither bold nor
  italic inside bold or italic text).
- Place: ``{{left|…}}``, ``{{right|…}}``, ``{{justify|…}}``, ``{{center block|…}}`` and
  ``{{align|right|…}}`` only place their text: the text is shown as it is.
- ``{{delink|[[A|b]]}}`` "b": the text without its links; ``{{plain text|''[[A|b]]''}}``
  "b": the text without any markup.
"""

from __future__ import annotations

from wikiconv.ast import (
    Bold,
    Code,
    ExternalLink,
    Image,
    Inline,
    InlineTag,
    Italic,
    Link,
    Node,
    Small,
    Strikeout,
    Template,
    Text,
    Underline,
)
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler
from wikiconv.walk import iter_nodes, plain_text, rebuild

__all__: list[str] = []

Nodes = tuple[Inline, ...]

MONOSPACE = "font-family:monospace,monospace"
SERIF = "font-family:Georgia,'DejaVu Serif',serif"


def _span(style: str, content: Nodes) -> InlineTag:
    return InlineTag("span", (("style", style),), content)


def _text_only(call: TemplateCall) -> Nodes | None:
    """The first value, when the call has nothing but it (other values change the
    look in ways we do not know well enough to keep)."""
    if any(True for _ in call.named()) or len(call.positional()) > 1:
        return None
    return call.arg(1) or None


# ----------------------------------------------------------------- computer text


@handler("Kbd")
def kbd(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{kbd|Ctrl}}: keyboard input.
    text = call.arg(1)
    return (InlineTag("kbd", (), text),) if text else None


@handler("Samp")
def samp(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{samp|Hello}}: a program's output.
    text = call.arg(1)
    return (InlineTag("samp", (), text),) if text else None


@handler("Mono", "Monodiv")
def mono(call: TemplateCall, ctx: HandlerContext) -> Output:
    # Monospaced, but read as running text (its markup is read, unlike {{code}}).
    text = call.arg(1)
    return (_span(MONOSPACE, text),) if text else None


@handler("Code", "Pre")
def code(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{code|a ''b''}} shows "a ''b''": the value goes to <syntaxhighlight> (or <pre>),
    # which shows wiki markup as written. {{code|…|python}} names the language, which
    # only colours it.
    literal = _literal(call, 1)
    return (Code(literal),) if literal else None


def _literal(call: TemplateCall, key: int) -> str | None:
    """The value as written, when that is what the page shows.

    A value with no calls, tags or entities in it is its source text. Otherwise it is
    its text, when it holds only text and calls rendered as text (calls and entities
    are read before the value reaches the tag); with formatting or links in it we
    cannot tell what was written.
    """
    param = call.param(key)
    if param is None:
        return None
    raw = param.raw
    name, equals, value = raw.partition("=")
    if equals and name.strip() == str(key):
        raw = value
    if not any(mark in raw for mark in ("{{", "<", "&")):
        return raw.strip() or None
    parts: list[str] = []
    for node in param.value:
        if isinstance(node, Template) and node.rendered is not None:
            inner = node.rendered
        else:
            inner = (node,)
        if not all(isinstance(item, Text) for item in inner):
            return None
        parts.append(plain_text(inner))
    return "".join(parts).strip() or None


@handler("Var serif")
def var_serif(call: TemplateCall, ctx: HandlerContext) -> Output:
    # A variable in a serif face: {{var serif|I}} keeps "I" apart from "l".
    text = call.arg(1)
    return (Italic(text),) if text else None


# ----------------------------------------------------- Manual of Style examples

_GOOD, _BAD, _NEUTRAL = "color:#006400", "color:#8B0000", "color:#333333"

# Each example template: its colour, whether it is struck through (deprecated), and
# its face: serif, monospaced or bold.
_EXAMPLES = {
    "Xt": (_GOOD, False, "serif"),
    "!xt": (_BAD, False, "serif"),
    "Xtn": (_NEUTRAL, False, "serif"),
    "Xtd": (_NEUTRAL, True, "serif"),
    "Mxt": (_GOOD, False, "mono"),
    "!mxt": (_BAD, False, "mono"),
    "Mxtn": (_NEUTRAL, False, "mono"),
    "Mxtd": (_NEUTRAL, True, "mono"),
    "Bxt": (_GOOD, False, "bold"),
    "!bxt": (_BAD, False, "bold"),
    "Bxtn": (_NEUTRAL, False, "bold"),
    "Bxtd": (_NEUTRAL, True, "bold"),
}


@handler(*_EXAMPLES)
def example(call: TemplateCall, ctx: HandlerContext) -> Output:
    text = _text_only(call)
    if text is None:
        return None
    colour, struck, face = _EXAMPLES[call.name]
    if face == "bold":
        shown: Inline = Bold((_span(colour, text),))
    else:
        shown = _span(f"{SERIF if face == 'serif' else MONOSPACE};{colour}", text)
    return (Strikeout((shown,)),) if struck else (shown,)


@handler("Tq")
def talk_quote(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{tq|…}} quotes what someone wrote on a talk page, in green serif; q=yes adds
    # quotation marks and a source, which are left to the full template.
    text = _text_only(call)
    return (_span(f"{SERIF};color:#008560", text),) if text else None


# --------------------------------------------------------------------- colours


@handler("Color", "Colour", "Colored text")
def color(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{color|red|text}}.
    values = call.positional()
    if len(values) != 2 or not values[0] or not values[1]:
        return None
    return (_span(f"color:{plain_text(values[0]).strip()}", values[1]),)


@handler("Font color", "Fgcolor")
def font_color(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{font color|red|text}}; with three values {{font color|red|yellow|text}} the
    # second is the background.
    values = call.positional()
    if len(values) not in (2, 3) or not values[-1]:
        return None
    styles = [f"color:{plain_text(values[0]).strip()}"] if values[0] else []
    if len(values) == 3 and values[1]:
        styles.append(f"background-color:{plain_text(values[1]).strip()}")
    return (_span(";".join(styles), values[-1]),) if styles else values[-1]


@handler("Background color")
def background_color(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{background color|yellow|text}}.
    values = call.positional()
    if len(values) != 2 or not values[0] or not values[1]:
        return None
    return (_span(f"background-color:{plain_text(values[0]).strip()}", values[1]),)


@handler("Highlight")
def highlight(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{highlight|text}}, pale yellow behind; {{highlight|text|lightblue}} another colour.
    text = call.arg(1)
    if not text:
        return None
    return (_span(f"background-color:{call.text(2, '#FFFF80')}", text),)


@handler("Colored link")
def colored_link(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{colored link|red|Page|label}}: a link whose text has that colour.
    colour, target = call.text(1), call.text(2)
    if not colour or not target:
        return None
    label = call.arg(3) or (Text(target.lstrip(":")),)
    return (Link(target, (_span(f"color:{colour}", label),)),)


_FONT_STYLES = (("font", "font-family"), ("size", "font-size"), ("color", "color"),
                ("bg", "background-color"))  # fmt: skip


@handler("Font")
def font(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{font|text=…|font=Courier|size=120%|color=red|bg=…}}; the text may come first.
    text = call.arg("text") or call.arg(1)
    known = {"text", "1", "style"} | {key for key, _ in _FONT_STYLES}
    if not text or any(key not in known for key, _ in call.named()):
        return None
    styles = [f"{css}:{call.text(key)}" for key, css in _FONT_STYLES if call.text(key)]
    if call.text("style"):
        styles.append(call.text("style"))
    return (_span(";".join(styles), text),) if styles else text


# ------------------------------------------------------------ weight and size


@handler("Strongbad", "Stronggood")
def strong(call: TemplateCall, ctx: HandlerContext) -> Output:
    # Strong emphasis in red (a warning) or green (advice), on project pages.
    text = call.arg(1)
    colour = "red" if call.name == "Strongbad" else "#006400"
    return (Bold((_span(f"color:{colour}", text),)),) if text else None


@handler("Bigger", "Bigdiv")
def bigger(call: TemplateCall, ctx: HandlerContext) -> Output:
    text = call.arg(1)
    return (InlineTag("big", (), text),) if text else None


@handler("Huge")
def huge(call: TemplateCall, ctx: HandlerContext) -> Output:
    text = call.arg(1)
    return (_span("font-size:180%", text),) if text else None


@handler("Smalldiv")
def small_div(call: TemplateCall, ctx: HandlerContext) -> Output:
    text = call.arg(1)
    return (Small(text),) if text else None


@handler("Bold div")
def bold_div(call: TemplateCall, ctx: HandlerContext) -> Output:
    text = call.arg(1)
    return (Bold(text),) if text else None


@handler("Italic div")
def italic_div(call: TemplateCall, ctx: HandlerContext) -> Output:
    text = call.arg(1)
    return (Italic(text),) if text else None


@handler("Strikethrough", "Strikethroughdiv")
def strikethrough(call: TemplateCall, ctx: HandlerContext) -> Output:
    text = call.arg(1)
    return (Strikeout(text),) if text else None


@handler("Underline", "Uuline", "Double underline")
def underline(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{uuline}} and {{double underline}} draw two lines; the text is underlined.
    text = call.arg(1)
    return (Underline(text),) if text else None


@handler("Overline")
def overline(call: TemplateCall, ctx: HandlerContext) -> Output:
    text = call.arg(1)
    return (_span("text-decoration:overline", text),) if text else None


@handler("Normal")
def normal(call: TemplateCall, ctx: HandlerContext) -> Output:
    # Upright, regular-weight text inside bold or italics: {{normal|(album)}}.
    text = call.arg(1)
    return (_span("font-style:normal;font-weight:normal", text),) if text else None


# ----------------------------------------------------------------------- place


@handler("Left", "Right", "Justify", "Center block")
def placed(call: TemplateCall, ctx: HandlerContext) -> Output:
    # Aligned or set as a block: the text itself is unchanged.
    return call.arg(1) or None


@handler("Align")
def align(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{align|right|text}}.
    if call.text(1).lower() not in {"left", "right", "center", "centre"}:
        return None
    return call.arg(2) or None


# ------------------------------------------------------------------ delinking


@handler("Delink")
def delink(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{delink|[[Paris|the capital]]}} "the capital"; [[Paris]] "Paris"; an external
    # link keeps its label ([http://x.org label] "label"), a numbered one ([http://x.org])
    # goes, a bare URL stays. Files and categories are left to the full module.
    text = call.arg(1)
    if not text or any(isinstance(node, Image) for node in iter_nodes(Italic(text))):
        return None
    unlinked = rebuild(Italic(text), _unlink)
    assert isinstance(unlinked, Italic)
    return unlinked.content


def _unlink(node: Node) -> Node | tuple[Node, ...]:
    if isinstance(node, Link):
        return node.content or (Text(node.target.lstrip(":")),)
    if isinstance(node, ExternalLink):
        return () if node.numbered else node.content or (Text(node.url),)
    return node


@handler("Plain text")
def plain(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{plain text|''[[A|b]]''<ref>…</ref>}} "b": links become their labels and
    # formatting, footnotes and files go.
    text = call.arg(1)
    return (Text(plain_text(text).strip()),) if text else None
