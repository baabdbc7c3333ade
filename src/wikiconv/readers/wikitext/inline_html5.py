"""Balancing inline tags the way MediaWiki's tidy (RemexHtml, an HTML5 parser) does.

MediaWiki emits tags unbalanced (``<i>a<b>b</i>c</b>`` from doQuotes, a stray ``</b>``
typed by an editor, a link label that opens ``<b>`` and never closes it) and lets an
HTML5 tree builder sort them out. This is that tree builder, restricted to inline
content: formatting elements (``b``, ``i``, ``a``…) sit in a list of active formatting
elements and are reopened after an element that closed them early; their end tags go
through the adoption agency algorithm; an end tag with nothing to close is dropped;
whatever is open at the end closes there. The stack depth and the formatting list are
bounded, so that pathological input stays linear.
"""

from __future__ import annotations

from wikiconv.ast import Attributes, Inline
from wikiconv.readers.wikitext.context import ReadContext
from wikiconv.readers.wikitext.inline_common import LinkToken

__all__ = ["FORMATTING", "Element", "TreeBuilder"]

FORMATTING = frozenset("a b big code em font i nobr s small strike strong tt u".split())
# HTML5's "special" elements: an end tag does not look for its element past one.
_SPECIAL = frozenset(
    "#root address applet area article aside base basefont bgsound blockquote body br "
    "button caption center col colgroup dd details dir div dl dt embed fieldset "
    "figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup "
    "hr html iframe img input keygen li link listing main marquee menu meta nav noembed "
    "noframes noscript object ol p param plaintext pre script search section select "
    "source style summary table tbody td template textarea tfoot th thead title tr "
    "track ul wbr xmp".split()
)
_SCOPE = frozenset("#root applet caption html table td th marquee object template".split())
_IMPLIED_END = frozenset("dd dt li optgroup option p rb rp rt rtc".split())
# Block end tags and the scope each is looked for in (list items stop at a list, a
# paragraph at a button).
_BLOCK_END = {
    **dict.fromkeys(
        "address article aside blockquote button center details dialog dir div dl "
        "fieldset figcaption figure footer header hgroup listing main menu nav ol pre "
        "search section summary ul dd dt".split(),
        _SCOPE,
    ),
    "li": _SCOPE | {"ol", "ul"},
    "p": _SCOPE | {"button"},
}
_RUBY = frozenset(("rb", "rtc", "rp", "rt"))
_MAX_ACTIVE = 64


class Element:
    """An element while the tree is built: mutable, as the adoption agency moves nodes."""

    __slots__ = ("attributes", "children", "cloned", "open", "parent", "spec", "tag")

    def __init__(
        self, tag: str, attributes: Attributes, spec: LinkToken | None, parent: Element | None
    ) -> None:
        self.tag = tag
        self.attributes = attributes
        self.spec = spec
        self.parent = parent
        self.children: list[str | Inline | Element] = []
        self.cloned = False
        self.open = False

    def append(self, child: str | Inline | Element) -> None:
        # Text pieces are joined when the nodes are made: "+=" on a list item would
        # copy the growing string each time.
        if isinstance(child, Element):
            child.parent = self
        self.children.append(child)

    def detach(self) -> None:
        if self.parent is not None:
            siblings = self.parent.children
            del siblings[next(i for i, kid in enumerate(siblings) if kid is self)]
            self.parent = None

    def clone(self) -> Element:
        twin = Element(self.tag, self.attributes, self.spec, None)
        twin.cloned = True
        return twin

    def same_as(self, other: Element) -> bool:
        return (self.tag, self.attributes, self.spec) == (other.tag, other.attributes, other.spec)


class TreeBuilder:
    """HTML5 tree construction for inline content; ``root`` holds the result."""

    def __init__(self, ctx: ReadContext) -> None:
        self.ctx = ctx
        self.root = Element("#root", (), None, None)
        self.root.open = True
        self.stack = [self.root]
        self.active: list[Element] = []
        self.warned = False

    # ---------------------------------------------------------------- insertion

    def text(self, text: str) -> None:
        if text:
            if self.active and not self.active[-1].open:
                self.reconstruct()
            self.stack[-1].children.append(text)

    def leaf(self, node: Inline, block: bool = False) -> None:
        if self.active and not self.active[-1].open and not block:
            self.reconstruct()
        self.stack[-1].children.append(node)

    def push(self, tag: str, attributes: Attributes, spec: LinkToken | None) -> Element | None:
        if len(self.stack) > self.ctx.options.limits.inline_depth:
            if not self.warned:
                self.warned = True
                self.ctx.note("warning", "deep-nesting", "inline tags nested too deeply")
            return None
        element = Element(tag, attributes, spec, None)
        self.stack[-1].append(element)
        self.stack.append(element)
        element.open = True
        return element

    def pop(self) -> Element:
        element = self.stack.pop()
        element.open = False
        return element

    def start(self, tag: str, attributes: Attributes = (), spec: LinkToken | None = None) -> None:
        if tag == "a":
            # A link inside a link: the outer one is closed first (no nested <a>).
            outer = next((el for el in reversed(self.active) if el.tag == "a"), None)
            if outer is not None:
                self.adopt("a")
                if outer in self.active:
                    self.active.remove(outer)
                if outer.open:
                    self.stack.remove(outer)
                    outer.open = False
        if tag in _RUBY and self.in_scope("ruby"):
            keep = {"rtc", "ruby"} if tag in ("rp", "rt") else {"ruby"}
            while self.stack[-1].tag in _IMPLIED_END and self.stack[-1].tag not in keep:
                self.pop()
        elif self.active and not self.active[-1].open and tag not in _SPECIAL:
            # A block start tag does not reopen formatting around itself: the text
            # inside it will, from within.
            self.reconstruct()
        element = self.push(tag, attributes, spec)
        if element is not None and tag in FORMATTING:
            self.remember(element)

    def remember(self, element: Element) -> None:
        """Add to the active formatting list, at most three alike (Noah's ark)."""
        active = self.active
        if len(active) >= 3:
            alike = [el for el in active if el.same_as(element)]
            if len(alike) >= 3:
                active.remove(alike[0])
            if len(active) >= _MAX_ACTIVE:
                del active[0]
        active.append(element)

    def reconstruct(self) -> None:
        """Reopen formatting elements that an end tag closed before their own end."""
        if not self.active or self.active[-1].open:
            return
        first = len(self.active) - 1
        while first > 0 and not self.active[first - 1].open:
            first -= 1
        for index in range(first, len(self.active)):
            twin = self.active[index].clone()
            if len(self.stack) > self.ctx.options.limits.inline_depth:
                return
            self.stack[-1].append(twin)
            self.stack.append(twin)
            twin.open = True
            self.active[index] = twin

    # ---------------------------------------------------------------- end tags

    def in_scope(self, tag: str, boundaries: frozenset[str] = _SCOPE) -> bool:
        for element in reversed(self.stack):
            if element.tag == tag:
                return True
            if element.tag in boundaries:
                return False
        return False

    def end(self, tag: str) -> None:
        if tag in FORMATTING:
            self.adopt(tag)
        elif tag in _BLOCK_END:
            # A block's end tag closes everything inside the block, blocks included,
            # when the block is open (in its scope); otherwise it is dropped.
            if self.in_scope(tag, _BLOCK_END[tag]):
                while self.stack[-1].tag in _IMPLIED_END and self.stack[-1].tag != tag:
                    self.pop()
                while self.pop().tag != tag:
                    pass
        else:
            self.end_other(tag)

    def end_other(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, 0, -1):
            element = self.stack[index]
            if element.tag == tag:
                while self.stack[-1].tag in _IMPLIED_END and self.stack[-1].tag != tag:
                    self.pop()
                while self.pop() is not element:
                    pass
                return
            if element.tag in _SPECIAL:
                return  # nothing of that name is open here: the end tag is dropped

    def adopt(self, tag: str) -> None:
        """The HTML5 adoption agency algorithm for an end tag of a formatting element."""
        current = self.stack[-1]
        if current.tag == tag:
            if self.active and self.active[-1] is current:
                # The usual case, properly nested: close it, nothing else moves.
                self.pop()
                self.active.pop()
                return
            if current not in self.active:
                self.pop()
                return
        for _ in range(8):
            formatting = next((el for el in reversed(self.active) if el.tag == tag), None)
            if formatting is None:
                self.end_other(tag)
                return
            if not formatting.open:
                self.active.remove(formatting)
                return
            if not self.in_scope_element(formatting):
                return
            at = self.stack.index(formatting)
            furthest = next((el for el in self.stack[at + 1 :] if el.tag in _SPECIAL), None)
            if furthest is None:
                while self.pop() is not formatting:
                    pass
                self.active.remove(formatting)
                return
            self.rearrange(formatting, furthest, at)

    def in_scope_element(self, target: Element) -> bool:
        for element in reversed(self.stack):
            if element is target:
                return True
            if element.tag in _SCOPE:
                return False
        return False

    def rearrange(self, formatting: Element, furthest: Element, at: int) -> None:
        """The adoption agency's case with a block (a "furthest block") inside."""
        common = self.stack[at - 1]
        bookmark = self.active.index(formatting)
        last = furthest
        index = self.stack.index(furthest)
        inner = 0
        while True:
            inner += 1
            index -= 1
            node = self.stack[index]
            if node is formatting:
                break
            if inner > 3 and node in self.active:
                position = self.active.index(node)
                del self.active[position]
                bookmark -= position < bookmark
            if node not in self.active:
                del self.stack[index]
                node.open = False
                continue
            twin = node.clone()
            self.active[self.active.index(node)] = twin
            self.stack[index] = twin
            node.open, twin.open = False, True
            if last is furthest:
                bookmark = self.active.index(twin) + 1
            last.detach()
            twin.append(last)
            last = twin
        last.detach()
        common.append(last)
        twin = formatting.clone()
        for kid in furthest.children:
            if isinstance(kid, Element):
                kid.parent = twin
        twin.children, furthest.children = furthest.children, []
        furthest.append(twin)
        position = self.active.index(formatting)
        del self.active[position]
        bookmark -= position < bookmark
        self.active.insert(bookmark, twin)
        self.stack.remove(formatting)
        formatting.open = False
        self.stack.insert(self.stack.index(furthest) + 1, twin)
        twin.open = True
