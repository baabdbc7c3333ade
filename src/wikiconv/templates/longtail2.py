"""Nuclides, identifiers and fixed citations of the long tail of English templates.

- Nuclides: ``{{SimpleNuclide2|lithium|7}}`` shows a raised mass number before the
  element's symbol ("⁷Li"), linked to the isotope's article ("Lithium-7");
  ``{{Nuclide2|calcium|48}}`` adds the atomic number below it (¹⁴₆C notation) and is
  linked only with ``link=y``.
- Identifiers: ``{{hdl|2246/5781}}`` "hdl:2246/5781", ``{{ICD10|O|04}}`` "O04",
  ``{{ICD9|779.6}}`` "779.6", each code linked to where it is looked up.
- Citations the template writes out in full: ``{{MathWorld}}`` ('Weisstein, Eric W.
  "Algorithm". MathWorld.'), ``{{Springer}}`` (the Encyclopedia of Mathematics),
  ``{{ITIS}}``, ``{{cite court}}``, the chemistry handbooks (``{{Greenwood&Earnshaw2nd}}``,
  ``{{Holleman&Wiberg}}``, ``{{RubberBible86th}}``, ``{{RedBook2005}}``), and the
  public-domain notices ``{{CIA World Factbook}}`` and ``{{StateDept}}``. They follow
  Citation Style 1 as the page shows it ("ed." after an editor, "p." or "pp.").
- Links to a work: ``{{Librivox book}}``, ``{{Internet Archive short film}}``.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from wikiconv.ast import Inline, Italic, Link, Subscript, Superscript, Text
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler
from wikiconv.templates.weblinks_sites import linked

__all__ = ["ELEMENTS"]

NBSP = "\u00a0"
Nodes = tuple[Inline, ...]

# ------------------------------------------------------------------------ nuclides

# The elements in order of atomic number, then element 119 (not yet named).
_ELEMENT_LIST = (
    "H hydrogen He helium Li lithium Be beryllium B boron C carbon N nitrogen O oxygen "
    "F fluorine Ne neon Na sodium Mg magnesium Al aluminium Si silicon P phosphorus "
    "S sulfur Cl chlorine Ar argon K potassium Ca calcium Sc scandium Ti titanium "
    "V vanadium Cr chromium Mn manganese Fe iron Co cobalt Ni nickel Cu copper Zn zinc "
    "Ga gallium Ge germanium As arsenic Se selenium Br bromine Kr krypton Rb rubidium "
    "Sr strontium Y yttrium Zr zirconium Nb niobium Mo molybdenum Tc technetium "
    "Ru ruthenium Rh rhodium Pd palladium Ag silver Cd cadmium In indium Sn tin "
    "Sb antimony Te tellurium I iodine Xe xenon Cs caesium Ba barium La lanthanum "
    "Ce cerium Pr praseodymium Nd neodymium Pm promethium Sm samarium Eu europium "
    "Gd gadolinium Tb terbium Dy dysprosium Ho holmium Er erbium Tm thulium "
    "Yb ytterbium Lu lutetium Hf hafnium Ta tantalum W tungsten Re rhenium Os osmium "
    "Ir iridium Pt platinum Au gold Hg mercury Tl thallium Pb lead Bi bismuth "
    "Po polonium At astatine Rn radon Fr francium Ra radium Ac actinium Th thorium "
    "Pa protactinium U uranium Np neptunium Pu plutonium Am americium Cm curium "
    "Bk berkelium Cf californium Es einsteinium Fm fermium Md mendelevium No nobelium "
    "Lr lawrencium Rf rutherfordium Db dubnium Sg seaborgium Bh bohrium Hs hassium "
    "Mt meitnerium Ds darmstadtium Rg roentgenium Cn copernicium Nh nihonium "
    "Fl flerovium Mc moscovium Lv livermorium Ts tennessine Og oganesson Uue ununennium"
).split()
_PAIRS = zip(_ELEMENT_LIST[::2], _ELEMENT_LIST[1::2], strict=True)
ELEMENTS: dict[str, tuple[int, str]] = {
    name: (number, symbol) for number, (symbol, name) in enumerate(_PAIRS, 1)
}
"""Element name (lower case) -> (atomic number, symbol)."""
ELEMENTS.update(aluminum=ELEMENTS["aluminium"], cesium=ELEMENTS["caesium"],
                sulphur=ELEMENTS["sulfur"])  # fmt: skip

_MASS = re.compile(r"\d{1,3}m?\d?")  # "7", "180m", "178m2"


def _nuclide(call: TemplateCall, with_number: bool, link: bool) -> Output:
    element, mass = call.text(1), call.text(2)
    found = ELEMENTS.get(element.lower())
    if found is None or not _MASS.fullmatch(mass):
        return None
    number, symbol = found
    shown: list[Inline] = [Superscript((Text(mass),))]
    if with_number:
        shown.append(Subscript((Text(str(number)),)))
    shown.append(Text(symbol))
    if not link:
        return tuple(shown)
    return (Link(f"{element[:1].upper()}{element[1:].lower()}-{mass}", tuple(shown)),)


@handler("SimpleNuclide2")
def simple_nuclide2(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{SimpleNuclide2|lithium|7}}: "⁷Li", linked to "Lithium-7".
    return _nuclide(call, with_number=False, link=True)


@handler("Nuclide2")
def nuclide2(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{nuclide2|calcium|48|link=y}}: mass number raised, atomic number lowered, "Ca".
    return _nuclide(call, with_number=True, link=call.flag("link"))


# --------------------------------------------------------------------- identifiers


@handler("Hdl", "HDL", "Handle")
def hdl(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{hdl|2246/5781}}: "hdl:2246/5781", the prefix linked to its article.
    ident = call.first_text(1, "id")
    if not ident:
        return None
    url = "https://hdl.handle.net/" + quote(ident, safe="/.:;-_")
    return (Link("Hdl (identifier)", (Text("hdl"),)), Text(":"), linked(url, ident))


@handler("ICD10", "ICD-10")
def icd10(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{ICD10|O|04||o|00}}: the chapter letter, the category and any subdivision
    # ("O04", "J45.9"); the last two values only place it in the WHO's index.
    letter, category, sub = call.text(1), call.text(2), call.text(3)
    if not re.fullmatch(r"[A-Z]", letter) or not re.fullmatch(r"\d{2}", category):
        return None
    code = f"{letter}{category}" + (f".{sub}" if sub else "")
    return (linked(f"https://icd.who.int/browse10/2019/en#/{code}", code),)


@handler("ICD9", "ICD-9")
def icd9(call: TemplateCall, ctx: HandlerContext) -> Output:
    code = call.text(1)
    if not re.fullmatch(r"[EV]?\d{1,3}(?:\.\d{1,2})?", code):
        return None
    return (linked(f"http://www.icd9data.com/getICD9Code.ashx?icd9={code}", code),)


# ----------------------------------------------------------------------- citations


def _isbn(isbn: str) -> Nodes:
    return (Text(f"ISBN{NBSP}"), Link(f"Special:BookSources/{isbn}", (Text(isbn),)))


def _pages(call: TemplateCall) -> str:
    """ "p. 5" or "pp. 5-9" from page= or pages= (CS1: "pp." only for a range)."""
    pages = call.first_text("pages", "page", "p", "pp")
    if not pages:
        return ""
    plural = re.search("[-\u2013\u2014,&]", pages) is not None
    return f"{'pp.' if plural else 'p.'}{NBSP}{pages}"


def _book(call: TemplateCall, head: Nodes, identifiers: Nodes) -> Nodes:
    """A CS1 book citation: ``head`` (authors to publisher, ending in "."), the pages
    of the call if any, then ``identifiers`` (each ending in ".")."""
    pages = _pages(call)
    return (*head, Text(f" {pages}. " if pages else " "), *identifiers)


@handler("MathWorld", "Mathworld")
def mathworld(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{MathWorld|urlname=ArithmeticMean|title=Arithmetic Mean}}:
    # 'Weisstein, Eric W. "Arithmetic Mean". MathWorld.' The page is also id=; without
    # a title the page's name is shown ({{mathworld|HeronianTriangle}}).
    urlname = call.first_text("urlname", "id", 1)
    title = call.first_text("title", 2, default=urlname)
    if not urlname:
        return None
    url = f"https://mathworld.wolfram.com/{quote(urlname, safe='/')}.html"
    return (
        Link("Eric W. Weisstein", (Text("Weisstein, Eric W."),)),
        Text(' "'),
        linked(url, title),
        Text('". '),
        Italic((Link("MathWorld"),)),
        Text("."),
    )


@handler("Springer", "SpringerEOM", "Eom")
def springer(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{springer|title=Algorithm|id=p/a011780}}: a CS2 citation of the Encyclopedia
    # of Mathematics, '"Algorithm", Encyclopedia of Mathematics, EMS Press, 2001 [1994]'.
    title, ident = call.text("title"), call.first_text("id", "urlname")
    if not title or not ident or call.text("author"):
        return None
    url = "https://www.encyclopediaofmath.org/index.php?title=" + quote(ident, safe="/")
    return (
        Text('"'),
        linked(url, title),
        Text('", '),
        Italic((Link("Encyclopedia of Mathematics"),)),
        Text(", "),
        Link("European Mathematical Society", (Text("EMS Press"),)),
        Text(", 2001 [1994]"),
    )


@handler("ITIS")
def itis(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{ITIS|id=161061|taxon=Actinopterygii|accessdate=3 April 2006}}:
    # '"Actinopterygii". Integrated Taxonomic Information System. Retrieved 3 April 2006.'
    ident, taxon = call.first_text("id", 1), call.first_text("taxon", 2)
    if not ident.isdigit() or not taxon:
        return None
    url = f"https://www.itis.gov/servlet/SingleRpt/SingleRpt?search_topic=TSN&search_value={ident}"
    out: list[Inline] = [
        Text('"'),
        linked(url, taxon),
        Text('". '),
        Link("Integrated Taxonomic Information System"),
        Text("."),
    ]
    accessed = call.first_text("access-date", "accessdate")
    if accessed:
        out.append(Text(f" Retrieved {accessed}."))
    return tuple(out)


@handler("Cite court", "Cite case")
def cite_court(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{cite court|litigants=Owings v. Speed|vol=18|reporter=U.S.|opinion=420|court=U.S.
    # |date=1820}}: "Owings v. Speed, 18 U.S. 420 (U.S. 1820)", the case in italics.
    litigants = call.text("litigants")
    report = [call.text("vol"), call.text("reporter"), call.text("opinion")]
    if not litigants or not all(report):
        return None
    url = call.text("url")
    name: Inline = linked(url, litigants) if url else Text(litigants)
    pinpoint = call.text("pinpoint")
    court, date = call.text("court"), call.first_text("date", "year")
    when = f"{court} {date}".strip()
    return (
        Italic((name,)),
        Text(", " + " ".join(report) + (f", {pinpoint}" if pinpoint else "")),
        Text(f" ({when})" if when else ""),
    )


@handler("Greenwood&Earnshaw2nd")
def greenwood_earnshaw(call: TemplateCall, ctx: HandlerContext) -> Output:
    head: Nodes = (
        Link("Norman Greenwood", (Text("Greenwood, Norman N."),)),
        Text("; Earnshaw, Alan (1997). "),
        Italic((Text("Chemistry of the Elements"),)),
        Text(" (2nd ed.). "),
        Link("Butterworth-Heinemann"),
        Text("."),
    )
    doi = "10.1016/C2009-0-30414-6"
    return _book(call, head, (
        Text("doi:"), linked(f"https://doi.org/{doi}", doi), Text(". "),
        *_isbn("978-0-08-037941-8"), Text("."),
    ))  # fmt: skip


@handler("Holleman&Wiberg", "Holleman & Wiberg")
def holleman_wiberg(call: TemplateCall, ctx: HandlerContext) -> Output:
    # The English edition (2001) of the Lehrbuch der Anorganischen Chemie.
    head: Nodes = (
        Text("Holleman, Arnold Frederik; Wiberg, Egon (2001). Wiberg, Nils (ed.). "),
        Italic((Text("Inorganic Chemistry"),)),
        Text(". Translated by Eagleson, Mary; Brewer, William. San Diego/Berlin: "
             "Academic Press/De Gruyter."),
    )  # fmt: skip
    return _book(call, head, (*_isbn("0-12-352651-5"), Text(".")))


@handler("RubberBible86th")
def rubber_bible_86th(call: TemplateCall, ctx: HandlerContext) -> Output:
    head: Nodes = (
        Text("Lide, David R., ed. (2005). "),
        Italic((Link("CRC Handbook of Chemistry and Physics"),)),
        Text(" (86th ed.). Boca Raton (FL): "),
        Link("CRC Press"),
        Text("."),
    )
    return _book(call, head, (*_isbn("0-8493-0486-5"), Text(".")))


@handler("RedBook2005")
def red_book_2005(call: TemplateCall, ctx: HandlerContext) -> Output:
    # IUPAC's "Red Book": its pages come after the ISBN, then a link to the online copy.
    pages = _pages(call)
    url = "https://iupac.org/wp-content/uploads/2016/07/Red_Book_2005.pdf"
    return (
        Link("International Union of Pure and Applied Chemistry"),
        Text(" (2005). "),
        Italic((Text("Nomenclature of Inorganic Chemistry (IUPAC Recommendations 2005)"),)),
        Text(". Cambridge (UK): RSC\u2013"),
        Link("International Union of Pure and Applied Chemistry", (Text("IUPAC"),)),
        Text(". "),
        *_isbn("0-85404-438-8"),
        Text(f". {pages}. " if pages else ". "),
        linked(url, "Electronic version"),
        Text("."),
    )


_INCORPORATES = "This article incorporates public domain material from "


@handler("CIA World Factbook")
def cia_world_factbook(call: TemplateCall, ctx: HandlerContext) -> Output:
    # "…material from The World Factbook (2007 ed.). CIA." Without year= the page
    # cites the current edition. Older calls naming a page are left unrendered.
    if any(key != "year" for key, _ in call.named()) or call.positional():
        return None
    year = call.text("year") or str(ctx.today.year)
    return (
        Text(_INCORPORATES),
        Italic((Link("The World Factbook"),)),
        Text(f" ({year} ed.). "),
        Link("Central Intelligence Agency", (Text("CIA"),)),
        Text("."),
    )


@handler("StateDept")
def state_dept(call: TemplateCall, ctx: HandlerContext) -> Output:
    if call.positional() or any(True for _ in call.named()):
        return None
    url = "https://www.state.gov/u-s-bilateral-relations-fact-sheets/"
    return (
        Text(_INCORPORATES),
        Italic((linked(url, "U.S. Bilateral Relations Fact Sheets"),)),
        Text(". "),
        Link("United States Department of State"),
        Text("."),
    )


# ------------------------------------------------------------------ works online


@handler("Librivox book", "LibriVox book", "Librivox")
def librivox_book(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{librivox book|title=A Modest Proposal|author=H. Jonathan Swift}}:
    # "A Modest Proposal public domain audiobook at LibriVox", the title in italics.
    title = call.first_text("title", "stitle")
    if not title:
        return None
    query = f"title={quote(title)}&author={quote(call.first_text('author', 'dtitle'))}"
    url = f"https://librivox.org/search?{query}&search_form=advanced"
    return (
        Italic((linked(url, title),)),
        Text(" public domain audiobook at "),
        Link("LibriVox"),
    )


@handler("Internet Archive short film")
def internet_archive_short_film(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{Internet Archive short film|id=…|name=Alaska (1967)}}:
    # "Alaska (1967) is available for free viewing and download at the Internet Archive".
    ident, name = call.first_text("id", 1), call.first_text("name", "title", 2)
    if not ident or not name:
        return None
    return (
        Italic((linked(f"https://archive.org/details/{quote(ident)}", name),)),
        Text(" is available for free viewing and download at the "),
        Link("Internet Archive"),
    )
