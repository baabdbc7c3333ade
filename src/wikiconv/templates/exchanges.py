"""Stock exchange ticker templates: ``{{NYSE|IBM}}``, ``{{ASX|BHP}}``, ``{{TYO|7203}}``…

Companies' infoboxes give where their shares trade with one template per exchange.
Each shows the exchange's short name linked to its article, a colon and a
non-breaking space, then the ticker: "NYSE: IBM". Where Wikipedia links the ticker to
the exchange's quote page and the address is known here, the ticker is that external
link; otherwise it is plain text, which is what a reader sees either way.

``{{LSE}}`` is rendered in :mod:`wikiconv.templates.misc_more`. Template names that
stand for several exchanges (``{{CSE}}``: Canadian, Colombo or Copenhagen; ``{{ZSE}}``:
Zagreb or Zimbabwe) are not registered, since the rendering would name one of them
at random.
"""

from __future__ import annotations

from urllib.parse import quote

from wikiconv.ast import Inline, Link, Text
from wikiconv.templates.registry import (
    BUILTIN,
    HandlerContext,
    Output,
    TemplateCall,
    normalise_name,
)
from wikiconv.templates.weblinks_sites import linked

__all__ = ["EXCHANGES"]

NBSP = "\u00a0"


class Exchange:
    """An exchange's template: the name shown, its article, the quote page's address
    with ``{}`` for the ticker (empty when the ticker is not linked), and whether the
    address wants the ticker in lower case."""

    __slots__ = ("article", "label", "lower", "url")

    def __init__(self, label: str, article: str, url: str = "", *, lower: bool = False) -> None:
        self.label = label
        self.article = article
        self.url = url
        self.lower = lower

    def quote_url(self, ticker: str) -> str:
        if not self.url:
            return ""
        return self.url.format(quote(ticker.lower() if self.lower else ticker, safe=".-"))


_NYSE = "https://www.nyse.com/quote/{}"
_LSE = "https://www.londonstockexchange.com/stock/{}/"
_TMX = "https://money.tmx.com/en/quote/{}"
_NASDAQ = "https://www.nasdaq.com/market-activity/stocks/{}"
_OTC = "https://www.otcmarkets.com/stock/{}/overview"

# Template names (the first the template's own, the others its redirects) to the
# exchange they name.
_TABLE: tuple[tuple[tuple[str, ...], Exchange], ...] = (
    # North America.
    (("NYSE",), Exchange("NYSE", "New York Stock Exchange", _NYSE.format("XNYS:{}"))),
    (("NYSE Arca",), Exchange("NYSE Arca", "NYSE Arca", _NYSE.format("ARCX:{}"))),
    (("AMEX",), Exchange("NYSE American", "NYSE American", _NYSE.format("XASE:{}"))),
    (
        ("NASDAQ", "Nasdaq"),
        Exchange("Nasdaq", "Nasdaq", _NASDAQ, lower=True),
    ),
    (("OTC Pink",), Exchange("OTC Pink", "OTC Markets Group", _OTC)),
    (("OTCQB",), Exchange("OTCQB", "OTC Markets Group", _OTC)),
    (("OTCQX",), Exchange("OTCQX", "OTC Markets Group", _OTC)),
    (("TSX",), Exchange("TSX", "Toronto Stock Exchange", _TMX)),
    (("TSX-V", "TSXV"), Exchange("TSX-V", "TSX Venture Exchange", _TMX)),
    (("Canadian Securities Exchange",), Exchange("CSE", "Canadian Securities Exchange")),
    (("BMV",), Exchange("BMV", "Mexican Stock Exchange")),
    (("BSX",), Exchange("BSX", "Bermuda Stock Exchange")),
    (("TTSE",), Exchange("TTSE", "Trinidad and Tobago Stock Exchange")),
    # South America.
    (("B3", "B3 (stock exchange)", "BM&F Bovespa", "BM&F"), Exchange("B3", "B3 (stock exchange)")),
    (("BCBA",), Exchange("BCBA", "Buenos Aires Stock Exchange")),
    (("BCS",), Exchange("BCS", "Santiago Stock Exchange")),
    (("BVC",), Exchange("BVC", "Colombia Stock Exchange")),
    (("BVL",), Exchange("BVL", "Lima Stock Exchange")),
    # Europe.
    (("AIM",), Exchange("AIM", "Alternative Investment Market", _LSE)),
    (("Euronext",), Exchange("Euronext", "Euronext")),
    (("EuronextParis",), Exchange("Euronext Paris", "Euronext Paris")),
    (("FWB",), Exchange("FWB", "Frankfurt Stock Exchange", "https://www.boerse-frankfurt.de/equity/{}")),
    (("SWX",), Exchange("SIX", "SIX Swiss Exchange")),
    (("BIT",), Exchange("BIT", "Borsa Italiana")),
    (("BMAD",), Exchange("BMAD", "Bolsa de Madrid")),
    (("WBAG",), Exchange("WBAG", "Vienna Stock Exchange")),
    (("WSE",), Exchange("WSE", "Warsaw Stock Exchange")),
    (("NewConnect",), Exchange("NewConnect", "NewConnect")),
    (("Athex", "ATHEX"), Exchange("Athex", "Athens Stock Exchange")),
    (("BVB",), Exchange("BVB", "Bucharest Stock Exchange")),
    (("BIST",), Exchange("BİST", "Borsa Istanbul")),
    (("LuxSE",), Exchange("LuxSE", "Luxembourg Stock Exchange")),
    (("Malta Stock Exchange",), Exchange("MSE", "Malta Stock Exchange")),
    (("Zagreb Stock Exchange",), Exchange("ZSE", "Zagreb Stock Exchange")),
    (("PFTS Ukraine Stock Exchange",), Exchange("PFTS", "PFTS Ukraine Stock Exchange")),
    (("KASE",), Exchange("KASE", "Kazakhstan Stock Exchange")),
    # Middle East and Africa.
    (("TASE",), Exchange("TASE", "Tel Aviv Stock Exchange")),
    (("ADX",), Exchange("ADX", "Abu Dhabi Securities Exchange")),
    (("DFM",), Exchange("DFM", "Dubai Financial Market")),
    (("Nasdaq Dubai",), Exchange("Nasdaq Dubai", "Nasdaq Dubai")),
    (("QE",), Exchange("QE", "Qatar Stock Exchange")),
    (("Saudi Stock Exchange",), Exchange("Tadawul", "Saudi Stock Exchange")),
    (("JSE",), Exchange("JSE", "Johannesburg Stock Exchange")),
    (("Botswana Stock Exchange",), Exchange("BSE", "Botswana Stock Exchange")),
    (("Zimbabwe Stock Exchange",), Exchange("ZSE", "Zimbabwe Stock Exchange")),
    # Asia and Oceania.
    (("ASX",), Exchange("ASX", "Australian Securities Exchange", "https://www2.asx.com.au/markets/company/{}")),
    (("NZX",), Exchange("NZX", "New Zealand Exchange", "https://www.nzx.com/instruments/{}")),
    (
        ("SEHK",),
        Exchange(
            "SEHK",
            "Stock Exchange of Hong Kong",
            "https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym={}",
        ),
    ),
    (("SSE",), Exchange("SSE", "Shanghai Stock Exchange")),
    (("SZSE",), Exchange("SZSE", "Shenzhen Stock Exchange")),
    (("NEEQ",), Exchange("NEEQ", "National Equities Exchange and Quotations")),
    (("TYO",), Exchange("TYO", "Tokyo Stock Exchange")),
    (("JASDAQ",), Exchange("JASDAQ", "JASDAQ")),
    (("KRX",), Exchange("KRX", "Korea Exchange")),
    (("TWSE",), Exchange("TWSE", "Taiwan Stock Exchange")),
    (("SGX",), Exchange("SGX", "Singapore Exchange")),
    (("SET", "Stock Exchange of Thailand"), Exchange("SET", "Stock Exchange of Thailand")),
    (("IDX",), Exchange("IDX", "Indonesia Stock Exchange")),
    (("MYX",), Exchange("MYX", "Bursa Malaysia")),
    (("Philippine Stock Exchange",), Exchange("PSE", "Philippine Stock Exchange")),
    (("BSE", "Bombay Stock Exchange"), Exchange("BSE", "Bombay Stock Exchange")),
    (
        ("NSE",),
        Exchange(
            "NSE", "National Stock Exchange of India", "https://www.nseindia.com/get-quotes/equity?symbol={}"
        ),
    ),
    (("PSX", "KARSE"), Exchange("PSX", "Pakistan Stock Exchange")),
    (("NEPSE",), Exchange("NEPSE", "Nepal Stock Exchange")),
)  # fmt: skip

EXCHANGES: dict[str, Exchange] = {name: exchange for names, exchange in _TABLE for name in names}
"""Every template name this module renders, to its exchange (names as registered)."""

# The same, keyed as a call's name is (normalised), for the handler.
_BY_KEY = {normalise_name(name): exchange for name, exchange in EXCHANGES.items()}


def ticker(call: TemplateCall, ctx: HandlerContext) -> Output:
    # {{NYSE|IBM}}: "NYSE: IBM", the exchange linked to its article, the ticker to its
    # quote page. Only one ticker a call: a second value is not the template's.
    exchange = _BY_KEY[call.name]
    symbol = call.text(1)
    if not symbol or call.text(2):
        return None
    url = exchange.quote_url(symbol)
    shown: Inline = linked(url, symbol) if url else Text(symbol)
    name = Link(
        exchange.article, () if exchange.label == exchange.article else (Text(exchange.label),)
    )
    return (name, Text(f":{NBSP}"), shown)


BUILTIN.add(ticker, *EXCHANGES)
