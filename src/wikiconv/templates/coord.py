"""Geographic coordinates: ``{{coord}}`` and its Afrikaans twin ``{{Koördinate}}``.

Wikipedia's Module:Coordinates writes each position twice, in degrees-minutes-seconds
and in decimal degrees, and shows the one the call was written in (``format=dms`` or
``format=dec`` overrides). Degrees, minutes and seconds given by the editor are shown
as written ("0°7\u2032W"); converted values are computed with the module's precision
rules. ``display=title`` puts the position beside the page title instead of in the
text: that position becomes document metadata, not running text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wikiconv.ast import Text
from wikiconv.templates.registry import HandlerContext, Output, TemplateCall, handler

__all__ = ["parse_coordinates"]

MINUTE, SECOND = "\u2032", "\u2033"  # the prime and double prime marks
_NUMBER = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$")
_LATITUDE = {"N": 1, "S": -1}
_LONGITUDE = {"E": 1, "W": -1}


@dataclass(frozen=True, slots=True)
class _Position:
    """Both renderings of one position, as the module builds them."""

    dms: str  # degrees, minutes and seconds, with their marks
    dec: str  # "51.507°N 0.117°W"
    lat: str  # decimal degrees as text, "-0.117"
    lon: str
    default: str  # "dms" or "dec": the format the call was written in


def parse_coordinates(call: TemplateCall) -> tuple[float, float] | None:
    """The call's latitude and longitude in decimal degrees, or None if unreadable."""
    position = _read(call)
    return None if position is None else (float(position.lat), float(position.lon))


@handler("coord", "coor", "Koördinate")
def coord(call: TemplateCall, ctx: HandlerContext) -> Output:
    position = _read(call)
    if position is None:
        return None
    display = {part.strip().lower() for part in call.text("display", "inline").split(",")}
    if display & {"title", "t", "it", "ti"}:
        ctx.metadata.append(("coordinates", f"{position.lat},{position.lon}"))
    if not display & {"inline", "i", "it", "ti"}:
        # Shown beside the title only; its footnote (notes=) is still one of the
        # page's footnotes, so it stays, where the call stands.
        return call.arg("notes")
    wanted = call.text("format").lower()
    shown = position.dec if (wanted or position.default) == "dec" else position.dms
    # notes= (usually a footnote) follows the coordinates; name= only labels maps.
    return (Text(shown), *call.arg("notes"))


def _read(call: TemplateCall) -> _Position | None:
    # The positional values up to the first "key:value" one (region:US, type:city).
    values: list[str] = []
    for value in call.positional_texts():
        if ":" in value:
            break
        values.append(value)
    hemisphere = next(
        (i for i, v in enumerate(values[:4]) if v.upper() in _LATITUDE | _LONGITUDE), None
    )
    if hemisphere is None:
        return _decimal(values[:2])
    latitude = values[: hemisphere + 1]
    longitude = values[hemisphere + 1 : 2 * hemisphere + 2]
    if len(longitude) != hemisphere + 1:
        return None
    if latitude[-1].upper() in _LONGITUDE:  # written longitude first
        latitude, longitude = longitude, latitude
    if latitude[-1].upper() not in _LATITUDE or longitude[-1].upper() not in _LONGITUDE:
        return None
    return _sexagesimal(latitude, longitude)


def _decimal(values: list[str]) -> _Position | None:
    if len(values) != 2 or not all(_NUMBER.match(v) for v in values):
        return None
    lat, lon = values
    if abs(float(lat)) > 90 or abs(float(lon)) > 360:
        return None
    # The module converts to the precision the decimals suggest: d, d-m or d-m-s.
    places = max(_places(lat), _places(lon))
    unit = 1 if places <= 0 else 60 if places <= 2 else 3600
    dms = f"{_to_dms(float(lat), unit, 'N', 'S')} {_to_dms(float(lon), unit, 'E', 'W')}"
    return _Position(dms, _dec_text(lat, lon), lat, lon, "dec")


def _sexagesimal(latitude: list[str], longitude: list[str]) -> _Position | None:
    parts = latitude[:-1] + longitude[:-1]
    if not all(_NUMBER.match(p) for p in parts if p) or not latitude[0] or not longitude[0]:
        return None
    lat_sign, lon_sign = _LATITUDE[latitude[-1].upper()], _LONGITUDE[longitude[-1].upper()]
    if len(latitude) == 2 and (_places(latitude[0]) > 0 or _places(longitude[0]) > 0):
        # {{coord|50.51861|N|1.64139|E}}: decimal degrees with hemisphere letters.
        lat = ("-" if lat_sign < 0 else "") + latitude[0]
        lon = ("-" if lon_sign < 0 else "") + longitude[0]
        return _decimal([lat, lon])
    lat, lon = _dms_to_dec(latitude[:-1], lat_sign), _dms_to_dec(longitude[:-1], lon_sign)
    dms = f"{_dms_text(latitude)} {_dms_text(longitude)}"
    return _Position(dms, _dec_text(lat, lon), lat, lon, "dms")


def _dms_text(parts: list[str]) -> str:
    # As written, empty parts left out: 45°32\u203222\u2033N, 55°N.
    marks = ("°", MINUTE, SECOND)
    numbers = parts[:-1]
    return "".join(f"{n}{marks[i]}" for i, n in enumerate(numbers) if n) + parts[-1].upper()


def _dms_to_dec(parts: list[str], sign: int) -> str:
    degrees, minutes, seconds = (float(p) if p else 0.0 for p in [*parts, "", ""][:3])
    # Precision follows the finest part given: seconds 5 places, minutes 3, degrees as given.
    if len(parts) > 2 and parts[2]:
        places = 5 + max(_places(parts[2]), 0)
    elif len(parts) > 1 and parts[1]:
        places = 3 + max(_places(parts[1]), 0)
    else:
        places = max(_places(parts[0]), 0)
    value = sign * (degrees + (minutes + seconds / 60) / 60)
    return f"{value:.{places}f}"


def _dec_text(lat: str, lon: str) -> str:
    # The decimal form keeps the digits as given, the sign becoming a letter.
    return f"{lat.removeprefix('-')}°{'S' if float(lat) < 0 else 'N'} " + (
        f"{lon.removeprefix('-')}°{'W' if float(lon) < 0 else 'E'}"
    )


def _to_dms(value: float, unit: int, positive: str, negative: str) -> str:
    letter = positive if value >= 0 else negative
    total = int(abs(value) * unit + 0.5)  # halves round up, as the module rounds
    if unit == 1:
        return f"{total}°{letter}"
    if unit == 60:
        return f"{total // 60}°{total % 60:02d}{MINUTE}{letter}"
    return f"{total // 3600}°{total // 60 % 60:02d}{MINUTE}{total % 60:02d}{SECOND}{letter}"


def _places(number: str) -> int:
    """The decimal places written: ``"1.50"`` has 2, ``"51"`` none."""
    _, dot, fraction = number.partition(".")
    return len(fraction) if dot else 0
