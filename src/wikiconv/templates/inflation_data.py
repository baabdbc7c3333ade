"""The United States consumer price index by year, 1800 to 2024, for ``{{Inflation|US|…}}``.

English Wikipedia's Template:Inflation/US/dataset is, by its documentation, the
Federal Reserve Bank of Minneapolis's table "Consumer Price Index (estimate)" from 1800:
annual averages on a 1967 base (estimates before 1913; from 1913 the Bureau of
Labor Statistics' CPI, and CPI-U from 1978). These are that table's figures, through
**2024**, the last year here: the template's default end year is the last year of its
data, so a call without an end year is adjusted to 2024. (Wikipedia adds each year as
the bank publishes it; a page read later than that shows a later year's figure.)
The values are written as the table writes them, as strings, so they are exact.
"""

from __future__ import annotations

__all__ = ["US_CPI", "US_CPI_FIRST_YEAR", "US_CPI_LAST_YEAR"]

US_CPI_FIRST_YEAR = 1800
US_CPI_LAST_YEAR = 2024

_VALUES = (
    # 1800s
    "51", "50", "43", "45", "45", "45", "47", "44", "48", "47",
    # 1810s
    "47", "50", "51", "58", "63", "55", "51", "48", "46", "46",
    # 1820s
    "42", "40", "40", "36", "33", "34", "34", "34", "33", "32",
    # 1830s
    "32", "32", "30", "29", "30", "31", "33", "34", "32", "32",
    # 1840s
    "30", "31", "29", "28", "28", "28", "27", "28", "26", "25",
    # 1850s
    "25", "25", "25", "25", "27", "28", "27", "28", "26", "27",
    # 1860s
    "27", "27", "30", "37", "47", "46", "44", "42", "40", "40",
    # 1870s
    "38", "36", "36", "36", "34", "33", "32", "32", "29", "28",
    # 1880s
    "29", "29", "29", "28", "27", "27", "27", "27", "27", "27",
    # 1890s
    "27", "27", "27", "27", "26", "25", "25", "25", "25", "25",
    # 1900s
    "25", "25", "26", "27", "27", "27", "27", "28", "27", "27",
    # 1910s
    "28", "28", "29", "29.7", "30.1", "30.4", "32.7", "38.5", "45.2", "52.1",
    # 1920s
    "60.2", "53.6", "50.3", "51.2", "51.5", "52.7", "53.2", "52.2", "51.6", "51.6",
    # 1930s
    "50.2", "45.7", "41", "38.9", "40.2", "41.2", "41.7", "43.2", "42.3", "41.8",
    # 1940s
    "42.1", "44.2", "49.1", "52", "52.9", "54.1", "58.6", "67.1", "72.2", "71.5",
    # 1950s
    "72.3", "78", "79.8", "80.4", "80.7", "80.5", "81.7", "84.4", "86.7", "87.6",
    # 1960s
    "88.9", "89.8", "90.9", "92", "93.2", "94.7", "97.5", "100.2", "104.5", "110.2",
    # 1970s
    "116.7", "121.7", "125.7", "133.4", "148.2", "161.7", "171", "182.1", "196", "218.1",
    # 1980s
    "247.6", "273.2", "290", "299.3", "312.2", "323.2", "329.4", "341.4", "355.4", "372.5",
    # 1990s
    "392.6", "409.3", "421.7", "434.1", "445.4", "457.9", "471.3", "482.4", "489.8", "500.6",
    # 2000s
    "517.5", "532.1", "540.5", "552.8", "567.6", "586.9", "605.8", "623.1", "647", "644.7",
    # 2010s
    "655.3", "676", "689.9", "700", "711.4", "712.3", "721.2", "736.6", "754.6", "768.3",
    # 2020s
    "777.7", "814.3", "879.4", "915.6", "944.9",
)  # fmt: skip

US_CPI: dict[int, str] = dict(enumerate(_VALUES, US_CPI_FIRST_YEAR))
"""Year to the annual average index, as written in the table."""

assert max(US_CPI) == US_CPI_LAST_YEAR
