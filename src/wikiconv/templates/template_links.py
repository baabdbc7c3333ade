"""Template code shown as text, as pages about Wikipedia show it: ``tl``, ``tag``, ``para``.

- ``{{tl|Citation needed}}`` "{{Citation needed}}": the name linked to its template
  page between double braces (further values are not shown).
- ``{{tag|ref}}`` "<ref>...</ref>" in code type: ``type=open`` "<ref>", ``close``
  "</ref>", ``single`` "<ref />", ``content=`` instead of the dots, ``params=`` the
  attributes ("<ref name="a">").
- ``{{para|name|value}}`` "|name=value" in code type; without a name, "|value".
- ``{{no redirect|Page}}`` "Page", linked to the page itself (the link does not follow
  a redirect, which a reader does not see); a second value is the label.
  ``{{tl-r|Name}}`` (``template link no redirect``) shows "{{Name}}" so.
"""

from __future__ import annotations

from wikiconv.ast import Code, Link, Text
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler

__all__: list[str] = []


@handler("Tl", "Template link")
def template_link(call: TemplateCall, ctx: HandlerContext) -> Output:
    name = call.text(1)
    if not name:
        return None
    return (Text("{{"), Link(f"Template:{name}", (Text(name),)), Text("}}"))


@handler("Tl-r", "Template link no redirect")
def template_link_no_redirect(call: TemplateCall, ctx: HandlerContext) -> Output:
    name = call.text(1)
    if not name or call.text(2):
        return None
    return (Text("{{"), Link(f"Template:{name}", (Text(name),)), Text("}}"))


@handler("No redirect")
def no_redirect(call: TemplateCall, ctx: HandlerContext) -> Output:
    page = call.text(1)
    if not page:
        return None
    return (Link(page, call.arg(2) or (Text(page),)),)


# {{tag}}'s type values, short and long.
_TYPES = {"p": "pair", "pair": "pair", "o": "open", "open": "open", "c": "close",
          "close": "close", "s": "single", "single": "single", "e": "single",
          "empty": "single", "v": "void", "void": "void"}  # fmt: skip


@handler("Tag")
def tag(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{tag|ref|content=text|params=name="a"}}: the element as written, in code type.
    # link= and wrap= change the look in ways not rendered here.
    name, kind = call.text(1), _TYPES.get(call.text(2, "pair").lower())
    if not name or kind is None or call.text("link") or call.text("wrap"):
        return None
    attributes = call.text("params") or call.text("attribs")
    opening = f"<{name}{' ' + attributes if attributes else ''}"
    content = call.text("content", "...")
    shown = {
        "pair": f"{opening}>{content}</{name}>",
        "open": f"{opening}>",
        "void": f"{opening}>",
        "close": f"</{name}>",
        "single": f"{opening} />",
    }[kind]
    return (Code(shown),)


@handler("Para")
def para(call: TemplateCall, ctx: HandlerContext) -> Output:
    name, value = call.text(1), call.text(2)
    if not name and not value:
        return None
    return (Code(f"|{name}={value}" if name else f"|{value}"),)
