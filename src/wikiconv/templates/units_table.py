"""The units ``{{convert}}`` knows: sizes, names, symbols and default outputs.

The facts follow English Wikipedia's Module:Convert/data: a unit's code, its size in
its kind's base unit, its name (singular and plural, British spelling; ``sp=us``
gives "meter" and "liter"), its symbol, the unit(s) it converts to when the call
names none, and the article its name links to with ``lk=on``.

A symbol is written with two marks: ``^2`` is a superscript ("km^2" is km²) and
``_{…}`` a subscript ("mpg_{-US}"). Units whose symbol is really their name
(``acre``, ``fathom``: Module:Convert's *usename*) show the name even abbreviated.

Besides the table, :func:`lookup` knows two families of codes that Module:Convert
builds from others: SI prefixes on a few base units (``Gm`` gigametre, ``GWh``,
``MPa``…) and *engineering notation*, ``e3``/``e6``/``e9``/``e12``/``e15`` before any
code (``e6acre`` "million acres", symbol "x10⁶ acres" with a multiplication sign;
``e9m3`` "billion cubic metres", "x10⁹ m³").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

__all__ = ["RANGES", "UNITS", "RangeWord", "Unit", "lookup"]

NBSP = "\u00a0"
TIMES = "\u00d7"


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit of some kind (length, area…), with its size in that kind's base unit.

    Temperatures have an ``offset``: base (kelvin) = (value + offset) * scale. An
    ``inverse`` unit (litres per 100 km) measures the reciprocal: base = scale / value.
    ``short`` units are shown by symbol unless ``abbr=off`` (temperatures).
    """

    kind: str
    scale: float
    name: str
    plural: str
    symbol: str
    default: str = ""
    link: str = ""
    offset: float = 0.0
    usename: bool = False
    short: bool = False
    inverse: bool = False
    us_name: str = ""
    us_plural: str = ""

    def spelled(self, plural: bool, us: bool) -> str:
        """The name, plural or not, in US spelling with ``sp=us``."""
        if us and (self.us_name or self.us_plural):
            return self.us_plural if plural else self.us_name
        name = self.plural if plural else self.name
        return name.replace("metre", "meter").replace("litre", "liter") if us else name


def _u(
    kind: str,
    scale: float,
    name: str,
    plural: str,
    symbol: str,
    default: str = "",
    link: str = "",
    **more: object,
) -> Unit:
    return Unit(kind, scale, name, plural, symbol, default, link, **more)  # type: ignore[arg-type]


_MI = 1609.344
_FT = 0.3048
_IN = 0.0254
_LB = 0.45359237
_USGAL = 0.003785411784
_IMPGAL = 0.00454609
_CUFT = _FT**3
_OILBBL = 42 * _USGAL
_DAY = 86400.0
_SQMI = _MI**2
_ACRE = 4046.8564224

# Kinds and their base units: length m, area m², volume m³, mass kg, speed m/s,
# temperature K, pressure Pa, energy J, power W, force N, torque N·m, density kg/m³,
# flow m³/s, fuel efficiency km/L, population density inhabitants per km².
UNITS: dict[str, Unit] = {
    # ------------------------------------------------------------------ length
    "m": _u("length", 1, "metre", "metres", "m", "ft", "Metre"),
    "km": _u("length", 1000, "kilometre", "kilometres", "km", "mi", "Kilometre"),
    "cm": _u("length", 0.01, "centimetre", "centimetres", "cm", "in", "Centimetre"),
    "mm": _u("length", 0.001, "millimetre", "millimetres", "mm", "in", "Millimetre"),
    "μm": _u("length", 1e-6, "micrometre", "micrometres", "μm", "in", "Micrometre"),
    "nm": _u("length", 1e-9, "nanometre", "nanometres", "nm", "in", "Nanometre"),
    "mi": _u("length", _MI, "mile", "miles", "mi", "km", "Mile"),
    "smi": _u("length", _MI, "statute mile", "statute miles", "mi", "km", "Mile"),
    "ft": _u("length", _FT, "foot", "feet", "ft", "m", "Foot (unit)"),
    "in": _u("length", _IN, "inch", "inches", "in", "mm", "Inch"),
    "yd": _u("length", 0.9144, "yard", "yards", "yd", "m", "Yard"),
    "nmi": _u("length", 1852, "nautical mile", "nautical miles", "nmi", "km mi",
              "Nautical mile"),
    "fathom": _u("length", 1.8288, "fathom", "fathoms", "fathom", "ft m", "Fathom",
                 usename=True),
    "ch": _u("length", 20.1168, "chain", "chains", "ch", "ft m", "Chain (unit)"),
    "furlong": _u("length", 201.168, "furlong", "furlongs", "furlong", "ft m", "Furlong",
                  usename=True),
    "hand": _u("length", 0.1016, "hand", "hands", "hand", "in cm", "Hand (unit)",
               usename=True),
    "AU": _u("length", 149597870700, "astronomical unit", "astronomical units", "AU",
             "km mi", "Astronomical unit"),
    "ly": _u("length", 9460730472580800, "light-year", "light-years", "ly", "AU",
             "Light-year"),
    "pc": _u("length", 3.0856775814913673e16, "parsec", "parsecs", "pc", "ly", "Parsec"),
    # -------------------------------------------------------------------- area
    "m2": _u("area", 1, "square metre", "square metres", "m^2", "sqft", "Square metre"),
    "km2": _u("area", 1e6, "square kilometre", "square kilometres", "km^2", "sqmi",
              "Square kilometre"),
    "cm2": _u("area", 1e-4, "square centimetre", "square centimetres", "cm^2", "sqin",
              "Square centimetre"),
    "mm2": _u("area", 1e-6, "square millimetre", "square millimetres", "mm^2", "sqin",
              "Square millimetre"),
    "ha": _u("area", 1e4, "hectare", "hectares", "ha", "acre", "Hectare"),
    "acre": _u("area", _ACRE, "acre", "acres", "acre", "ha", "Acre", usename=True),
    "sqmi": _u("area", _SQMI, "square mile", "square miles", "sq mi", "km2", "Square mile"),
    "sqft": _u("area", _FT**2, "square foot", "square feet", "sq ft", "m2", "Square foot"),
    "sqyd": _u("area", 0.83612736, "square yard", "square yards", "sq yd", "m2",
               "Square yard"),
    "sqin": _u("area", _IN**2, "square inch", "square inches", "sq in", "cm2",
               "Square inch"),
    # ------------------------------------------------------------------ volume
    "m3": _u("volume", 1, "cubic metre", "cubic metres", "m^3", "cuft", "Cubic metre"),
    "km3": _u("volume", 1e9, "cubic kilometre", "cubic kilometres", "km^3", "cumi",
              "Cubic kilometre"),
    "cm3": _u("volume", 1e-6, "cubic centimetre", "cubic centimetres", "cm^3", "cuin",
              "Cubic centimetre"),
    "mm3": _u("volume", 1e-9, "cubic millimetre", "cubic millimetres", "mm^3", "cuin",
              "Cubic millimetre"),
    "cc": _u("volume", 1e-6, "cubic centimetre", "cubic centimetres", "cc", "cuin",
             "Cubic centimetre"),
    "cuft": _u("volume", _CUFT, "cubic foot", "cubic feet", "cu ft", "m3", "Cubic foot"),
    "cuyd": _u("volume", 0.764554857984, "cubic yard", "cubic yards", "cu yd", "m3",
               "Cubic yard"),
    "cuin": _u("volume", _IN**3, "cubic inch", "cubic inches", "cu in", "cm3",
               "Cubic inch"),
    "cumi": _u("volume", _MI**3, "cubic mile", "cubic miles", "cu mi", "km3",
               "Cubic mile"),
    "L": _u("volume", 0.001, "litre", "litres", "L", "impgal USgal", "Litre"),
    "l": _u("volume", 0.001, "litre", "litres", "l", "impgal USgal", "Litre"),
    "ml": _u("volume", 1e-6, "millilitre", "millilitres", "ml", "impfloz USfloz",
             "Litre"),
    "mL": _u("volume", 1e-6, "millilitre", "millilitres", "mL", "impfloz USfloz",
             "Litre"),
    "cl": _u("volume", 1e-5, "centilitre", "centilitres", "cl", "impfloz USfloz", "Litre"),
    "dl": _u("volume", 1e-4, "decilitre", "decilitres", "dl", "impfloz USfloz", "Litre"),
    "kl": _u("volume", 1, "kilolitre", "kilolitres", "kl", "cuft", "Litre"),
    "kL": _u("volume", 1, "kilolitre", "kilolitres", "kL", "cuft", "Litre"),
    "Ml": _u("volume", 1000, "megalitre", "megalitres", "Ml", "acre.ft", "Litre"),
    "ML": _u("volume", 1000, "megalitre", "megalitres", "ML", "acre.ft", "Litre"),
    "Gl": _u("volume", 1e6, "gigalitre", "gigalitres", "Gl", "acre.ft", "Litre"),
    "GL": _u("volume", 1e6, "gigalitre", "gigalitres", "GL", "acre.ft", "Litre"),
    "USgal": _u("volume", _USGAL, "US gallon", "US gallons", "US gal", "L", "US gallon"),
    "impgal": _u("volume", _IMPGAL, "imperial gallon", "imperial gallons", "imp gal", "L",
                 "Imperial gallon"),
    "MUSgal": _u("volume", _USGAL * 1e6, "million US gallons", "million US gallons",
                 "million US gal", "Ml", "US gallon"),
    "Mimpgal": _u("volume", _IMPGAL * 1e6, "million imperial gallons",
                  "million imperial gallons", "million imp gal", "Ml", "Imperial gallon"),
    "USqt": _u("volume", _USGAL / 4, "US quart", "US quarts", "US qt", "L", "Quart"),
    "impqt": _u("volume", _IMPGAL / 4, "imperial quart", "imperial quarts", "imp qt", "L",
                "Quart"),
    "USpt": _u("volume", _USGAL / 8, "US pint", "US pints", "US pt", "L", "Pint"),
    "imppt": _u("volume", _IMPGAL / 8, "imperial pint", "imperial pints", "imp pt", "L",
                "Pint"),
    "USfloz": _u("volume", _USGAL / 128, "US fluid ounce", "US fluid ounces", "US fl oz",
                 "ml", "Fluid ounce"),
    "impfloz": _u("volume", _IMPGAL / 160, "imperial fluid ounce", "imperial fluid ounces",
                  "imp fl oz", "ml", "Fluid ounce"),
    "acre.ft": _u("volume", _ACRE * _FT, "acre-foot", "acre-feet", "acre⋅ft", "m3",
                  "Acre-foot"),
    "oilbbl": _u("volume", _OILBBL, "barrel", "barrels", "bbl", "m3",
                 "Barrel (unit)#Oil barrel"),
    "koilbbl": _u("volume", _OILBBL * 1e3, "thousand barrels", "thousand barrels", "kbbl",
                  "m3", "Barrel (unit)#Oil barrel"),
    "Moilbbl": _u("volume", _OILBBL * 1e6, "million barrels", "million barrels", "Mbbl",
                  "e6m3", "Barrel (unit)#Oil barrel"),
    "Goilbbl": _u("volume", _OILBBL * 1e9, "billion barrels", "billion barrels", "Gbbl",
                  "e9m3", "Barrel (unit)#Oil barrel"),
    # -------------------------------------------------------------------- mass
    "kg": _u("mass", 1, "kilogram", "kilograms", "kg", "lb", "Kilogram"),
    "g": _u("mass", 0.001, "gram", "grams", "g", "oz", "Gram"),
    "mg": _u("mass", 1e-6, "milligram", "milligrams", "mg", "gr", "Milligram"),
    "μg": _u("mass", 1e-9, "microgram", "micrograms", "μg", "gr", "Microgram"),
    "t": _u("mass", 1000, "tonne", "tonnes", "t", "LT ST", "Tonne",
            us_name="metric ton", us_plural="metric tons"),
    "MT": _u("mass", 1000, "metric ton", "metric tons", "t", "LT ST", "Tonne"),
    "Mt": _u("mass", 1e9, "megatonne", "megatonnes", "Mt", "LT ST", "Tonne"),
    "Gt": _u("mass", 1e12, "gigatonne", "gigatonnes", "Gt", "LT ST", "Tonne"),
    "lb": _u("mass", _LB, "pound", "pounds", "lb", "kg", "Pound (mass)"),
    "oz": _u("mass", _LB / 16, "ounce", "ounces", "oz", "g", "Ounce"),
    "ozt": _u("mass", 0.0311034768, "troy ounce", "troy ounces", "ozt", "g", "Troy ounce"),
    "gr": _u("mass", _LB / 7000, "grain", "grains", "gr", "g", "Grain (unit)"),
    "st": _u("mass", 14 * _LB, "stone", "stone", "st", "kg", "Stone (unit)"),
    "LT": _u("mass", 2240 * _LB, "long ton", "long tons", "long ton", "t", "Long ton",
             usename=True),
    "ST": _u("mass", 2000 * _LB, "short ton", "short tons", "short ton", "t", "Short ton",
             usename=True),
    "carat": _u("mass", 0.0002, "carat", "carats", "carat", "g", "Carat (mass)",
                usename=True),
    # ------------------------------------------------------------------- speed
    "m/s": _u("speed", 1, "metre per second", "metres per second", "m/s", "ft/s",
              "Metre per second"),
    "km/h": _u("speed", 1 / 3.6, "kilometre per hour", "kilometres per hour", "km/h",
               "mph", "Kilometres per hour"),
    "km/s": _u("speed", 1000, "kilometre per second", "kilometres per second", "km/s",
               "mi/s", "Metre per second"),
    "mph": _u("speed", _MI / 3600, "mile per hour", "miles per hour", "mph", "km/h",
              "Miles per hour"),
    "mi/s": _u("speed", _MI, "mile per second", "miles per second", "mi/s", "km/s",
               "Miles per hour"),
    "ft/s": _u("speed", _FT, "foot per second", "feet per second", "ft/s", "m/s",
               "Foot per second"),
    "kn": _u("speed", 1852 / 3600, "knot", "knots", "kn", "km/h mph", "Knot (unit)"),
    # ------------------------------------------------------------- temperature
    "C": _u("temperature", 1, "degree Celsius", "degrees Celsius", "°C", "F", "Celsius",
            offset=273.15, short=True),
    "F": _u("temperature", 5 / 9, "degree Fahrenheit", "degrees Fahrenheit", "°F", "C",
            "Fahrenheit", offset=459.67, short=True),
    "K": _u("temperature", 1, "kelvin", "kelvins", "K", "C F", "Kelvin", short=True),
    "C-change": _u("temperature change", 1, "degree Celsius", "degrees Celsius", "°C",
                   "F-change", "Celsius", short=True),
    "F-change": _u("temperature change", 5 / 9, "degree Fahrenheit", "degrees Fahrenheit",
                   "°F", "C-change", "Fahrenheit", short=True),
    "K-change": _u("temperature change", 1, "kelvin", "kelvins", "K", "F-change",
                   "Kelvin", short=True),
    # ---------------------------------------------------------------- pressure
    "Pa": _u("pressure", 1, "pascal", "pascals", "Pa", "psi", "Pascal (unit)"),
    "hPa": _u("pressure", 100, "hectopascal", "hectopascals", "hPa", "inHg",
              "Pascal (unit)"),
    "kPa": _u("pressure", 1e3, "kilopascal", "kilopascals", "kPa", "psi", "Pascal (unit)"),
    "MPa": _u("pressure", 1e6, "megapascal", "megapascals", "MPa", "psi", "Pascal (unit)"),
    "GPa": _u("pressure", 1e9, "gigapascal", "gigapascals", "GPa", "psi", "Pascal (unit)"),
    "bar": _u("pressure", 1e5, "bar", "bars", "bar", "kPa psi", "Bar (unit)"),
    "mbar": _u("pressure", 100, "millibar", "millibars", "mbar", "inHg", "Bar (unit)"),
    "atm": _u("pressure", 101325, "standard atmosphere", "standard atmospheres", "atm",
              "kPa psi", "Standard atmosphere (unit)"),
    "psi": _u("pressure", 6894.757293168361, "pound per square inch",
              "pounds per square inch", "psi", "kPa", "Pounds per square inch"),
    "inHg": _u("pressure", 3386.389, "inch of mercury", "inches of mercury", "inHg", "kPa",
               "Inch of mercury"),
    "mmHg": _u("pressure", 133.322387415, "millimetre of mercury",
               "millimetres of mercury", "mmHg", "kPa", "Millimetre of mercury"),
    "Torr": _u("pressure", 101325 / 760, "torr", "torrs", "Torr", "kPa", "Torr"),
    # ------------------------------------------------------------------ energy
    "J": _u("energy", 1, "joule", "joules", "J", "ftlbf", "Joule"),
    "kJ": _u("energy", 1e3, "kilojoule", "kilojoules", "kJ", "kcal", "Joule"),
    "MJ": _u("energy", 1e6, "megajoule", "megajoules", "MJ", "kWh", "Joule"),
    "GJ": _u("energy", 1e9, "gigajoule", "gigajoules", "GJ", "kWh", "Joule"),
    "TJ": _u("energy", 1e12, "terajoule", "terajoules", "TJ", "MWh", "Joule"),
    "Wh": _u("energy", 3600, "watt-hour", "watt-hours", "W⋅h", "kJ", "Kilowatt-hour"),
    "kWh": _u("energy", 3.6e6, "kilowatt-hour", "kilowatt-hours", "kW⋅h", "MJ",
              "Kilowatt-hour"),
    "MWh": _u("energy", 3.6e9, "megawatt-hour", "megawatt-hours", "MW⋅h", "GJ",
              "Kilowatt-hour"),
    "GWh": _u("energy", 3.6e12, "gigawatt-hour", "gigawatt-hours", "GW⋅h", "TJ",
              "Kilowatt-hour"),
    "TWh": _u("energy", 3.6e15, "terawatt-hour", "terawatt-hours", "TW⋅h", "PJ",
              "Kilowatt-hour"),
    "cal": _u("energy", 4.184, "calorie", "calories", "cal", "J", "Calorie"),
    "kcal": _u("energy", 4184, "kilocalorie", "kilocalories", "kcal", "kJ", "Calorie"),
    "BTU": _u("energy", 1055.05585262, "British thermal unit", "British thermal units",
              "BTU", "kJ", "British thermal unit"),
    "eV": _u("energy", 1.602176634e-19, "electronvolt", "electronvolts", "eV", "aJ",
             "Electronvolt"),
    "ftlbf": _u("energy", _FT * _LB * 9.80665, "foot-pound force", "foot-pounds force",
                "ft⋅lbf", "J", "Foot-pound (energy)"),
    "ktTNT": _u("energy", 4.184e12, "kilotonne of TNT", "kilotonnes of TNT", "kt",
                "TJ", "TNT equivalent"),
    "MtTNT": _u("energy", 4.184e15, "megatonne of TNT", "megatonnes of TNT", "Mt",
                "PJ", "TNT equivalent"),
    # ------------------------------------------------------------------- power
    "W": _u("power", 1, "watt", "watts", "W", "hp", "Watt"),
    "kW": _u("power", 1e3, "kilowatt", "kilowatts", "kW", "hp", "Watt"),
    "MW": _u("power", 1e6, "megawatt", "megawatts", "MW", "hp", "Watt"),
    "GW": _u("power", 1e9, "gigawatt", "gigawatts", "GW", "hp", "Watt"),
    "hp": _u("power", 745.69987158227022, "horsepower", "horsepower", "hp", "kW",
             "Horsepower"),
    "bhp": _u("power", 745.69987158227022, "brake horsepower", "brake horsepower", "bhp",
              "kW", "Horsepower#Brake horsepower"),
    "PS": _u("power", 735.49875, "metric horsepower", "metric horsepower", "PS", "kW hp",
             "Metric horsepower"),
    # ------------------------------------------------------- force and torque
    "N": _u("force", 1, "newton", "newtons", "N", "lbf", "Newton (unit)"),
    "kN": _u("force", 1e3, "kilonewton", "kilonewtons", "kN", "lbf", "Newton (unit)"),
    "lbf": _u("force", _LB * 9.80665, "pound-force", "pounds-force", "lbf", "N",
              "Pound (force)"),
    "kgf": _u("force", 9.80665, "kilogram-force", "kilograms-force", "kgf", "N",
              "Kilogram-force"),
    "Nm": _u("torque", 1, "newton-metre", "newton-metres", "N⋅m", "lbft", "Newton-metre"),
    "lbft": _u("torque", _LB * 9.80665 * _FT, "pound-foot", "pound-feet", "lb⋅ft", "Nm",
               "Pound-foot (torque)"),
    "lbfft": _u("torque", _LB * 9.80665 * _FT, "pound force-foot", "pound force-feet",
                "lbf⋅ft", "Nm", "Pound-foot (torque)"),
    # ----------------------------------------------------------------- density
    "kg/m3": _u("density", 1, "kilogram per cubic metre", "kilograms per cubic metre",
                "kg/m^3", "lb/cuft", "Kilogram per cubic metre"),
    "g/cm3": _u("density", 1000, "gram per cubic centimetre", "grams per cubic centimetre",
                "g/cm^3", "lb/cuin", "Gram per cubic centimetre"),
    "g/L": _u("density", 1, "gram per litre", "grams per litre", "g/L", "oz/USgal",
              "Gram per litre"),
    "lb/cuft": _u("density", _LB / _CUFT, "pound per cubic foot", "pounds per cubic foot",
                  "lb/cu ft", "g/cm3", "Pound per cubic foot"),
    "lb/cuin": _u("density", _LB / _IN**3, "pound per cubic inch", "pounds per cubic inch",
                  "lb/cu in", "g/cm3", "Pound per cubic inch"),
    "oz/USgal": _u("density", _LB / 16 / _USGAL, "ounce per US gallon",
                   "ounces per US gallon", "oz/US gal", "g/L", "Ounce"),
    # -------------------------------------------------------------------- flow
    "m3/s": _u("flow", 1, "cubic metre per second", "cubic metres per second", "m^3/s",
               "cuft/s", "Cubic metre per second"),
    "cuft/s": _u("flow", _CUFT, "cubic foot per second", "cubic feet per second",
                 "cu ft/s", "m3/s", "Cubic foot per second"),
    "L/s": _u("flow", 0.001, "litre per second", "litres per second", "L/s", "USgal/min",
              "Litre"),
    "L/min": _u("flow", 0.001 / 60, "litre per minute", "litres per minute", "L/min",
                "USgal/min", "Litre"),
    "USgal/min": _u("flow", _USGAL / 60, "US gallon per minute", "US gallons per minute",
                    "US gal/min", "L/min", "Gallon"),
    "m3/d": _u("flow", 1 / _DAY, "cubic metre per day", "cubic metres per day", "m^3/d",
               "cuft/d", "Cubic metre"),
    "cuft/d": _u("flow", _CUFT / _DAY, "cubic foot per day", "cubic feet per day",
                 "cu ft/d", "m3/d", "Cubic foot"),
    "oilbbl/d": _u("flow", _OILBBL / _DAY, "barrel per day", "barrels per day", "bbl/d",
                   "m3/d", "Barrel (unit)#Oil barrel"),
    "koilbbl/d": _u("flow", _OILBBL * 1e3 / _DAY, "thousand barrels per day",
                    "thousand barrels per day", "kbbl/d", "m3/d", "Barrel (unit)#Oil barrel"),
    "Moilbbl/d": _u("flow", _OILBBL * 1e6 / _DAY, "million barrels per day",
                    "million barrels per day", "Mbbl/d", "e3m3/d",
                    "Barrel (unit)#Oil barrel"),
    # --------------------------------------------------------- fuel efficiency
    "km/L": _u("fuel efficiency", 1, "kilometre per litre", "kilometres per litre", "km/L",
               "mpgimp mpgus", "Fuel economy in automobiles"),
    "L/100 km": _u("fuel efficiency", 100, "litre per 100 kilometres",
                   "litres per 100 kilometres", "L/100" + NBSP + "km", "mpgimp mpgus",
                   "Fuel economy in automobiles", inverse=True),
    "mpgus": _u("fuel efficiency", _MI / 1000 / (_USGAL * 1000), "mile per US gallon",
                "miles per US gallon", "mpg_{\u2011US}", "L/100 km mpgimp",
                "Fuel economy in automobiles"),
    "mpgimp": _u("fuel efficiency", _MI / 1000 / (_IMPGAL * 1000), "mile per imperial gallon",
                 "miles per imperial gallon", "mpg_{\u2011imp}", "L/100 km mpgus",
                 "Fuel economy in automobiles"),
    # ------------------------------------------------------ population density
    "PD/km2": _u("population density", 1, "inhabitants per square kilometre",
                 "inhabitants per square kilometre", "/km^2", "PD/sqmi", "Population density"),
    "PD/sqmi": _u("population density", 1e6 / _SQMI, "inhabitants per square mile",
                  "inhabitants per square mile", "/sq mi", "PD/km2", "Population density"),
    "PD/ha": _u("population density", 100, "inhabitants per hectare",
                "inhabitants per hectare", "/ha", "PD/acre", "Population density"),
    "PD/acre": _u("population density", 1e6 / _ACRE, "inhabitants per acre",
                  "inhabitants per acre", "/acre", "PD/ha", "Population density"),
}  # fmt: skip

# Other codes for the same units, as Module:Convert accepts them.
_ALIASES = {
    "metre": "m", "meter": "m", "metres": "m", "meters": "m", "kilometre": "km",
    "kilometer": "km", "kilometres": "km", "kilometers": "km", "mile": "mi", "miles": "mi",
    "foot": "ft", "feet": "ft", "inch": "in", "inches": "in", "um": "μm", "µm": "μm",
    "ug": "μg", "µg": "μg", "pounds": "lb", "kilograms": "kg", "lbs": "lb",
    "ft2": "sqft", "sq ft": "sqft", "mi2": "sqmi", "sq mi": "sqmi", "acres": "acre",
    "sqkm": "km2", "sqm": "m2", "ft3": "cuft", "cum": "m3", "°C": "C", "°F": "F",
    "kmh": "km/h", "kph": "km/h", "knot": "kn", "kt": "kn", "knots": "kn",
    "gal": "USgal", "USgallon": "USgal", "fathoms": "fathom", "nautical mile": "nmi",
    "Tcuft": "e12cuft", "Gcuft": "e9cuft", "Mcuft": "e6cuft", "MMcuft": "e6cuft",
    "bbl": "oilbbl", "Mbbl": "Moilbbl", "Gbbl": "Goilbbl", "bbl/d": "oilbbl/d",
    "Mbbl/d": "Moilbbl/d", "C-chg": "C-change", "F-chg": "F-change",
    "acre-ft": "acre.ft", "acreft": "acre.ft", "L/100km": "L/100 km", "l/100 km": "L/100 km",
    "km/l": "km/L", "N.m": "Nm", "N-m": "Nm", "ft.lbf": "ftlbf",
    "lb.ft": "lbft", "lb-ft": "lbft", "PD/sqkm": "PD/km2", "sqkm/PD": "PD/km2",
}  # fmt: skip

# SI prefixes Module:Convert accepts on some base units, for codes not in the table.
_PREFIXES = {
    "Y": ("yotta", 1e24), "Z": ("zetta", 1e21), "E": ("exa", 1e18), "P": ("peta", 1e15),
    "T": ("tera", 1e12), "G": ("giga", 1e9), "M": ("mega", 1e6), "k": ("kilo", 1e3),
    "h": ("hecto", 1e2), "da": ("deca", 1e1), "d": ("deci", 1e-1), "c": ("centi", 1e-2),
    "m": ("milli", 1e-3), "μ": ("micro", 1e-6), "u": ("micro", 1e-6), "n": ("nano", 1e-9),
    "p": ("pico", 1e-12), "f": ("femto", 1e-15), "a": ("atto", 1e-18),
}  # fmt: skip
_PREFIXABLE = ("m", "g", "L", "l", "W", "J", "Pa", "N", "Wh", "eV")
_ENGINEERING = {"3": "thousand", "6": "million", "9": "billion", "12": "trillion",
                "15": "quadrillion"}  # fmt: skip


def _prefixed(code: str) -> Unit | None:
    for base_code in _PREFIXABLE:
        prefix = code[: -len(base_code)]
        if not code.endswith(base_code) or prefix not in _PREFIXES:
            continue
        base = UNITS[base_code]
        word, factor = _PREFIXES[prefix]
        symbol_prefix = "μ" if prefix == "u" else prefix
        default = base.default
        if base.kind == "length":
            default = "mi" if factor >= 1e3 else "in"
        return replace(
            base,
            scale=base.scale * factor,
            name=word + base.name,
            plural=word + base.plural,
            symbol=symbol_prefix + base.symbol,
            default=default,
        )
    return None


def _engineering(code: str) -> Unit | None:
    found = re.fullmatch(r"e(3|6|9|12|15)(.+)", code)
    if not found:
        return None
    base = lookup(found.group(2))
    if base is None or base.inverse or base.offset or found.group(2).startswith("e"):
        return None
    power, word = found.group(1), _ENGINEERING[found.group(1)]
    shown = base.plural if base.usename else base.symbol
    return replace(
        base,
        scale=base.scale * 10 ** int(power),
        name=f"{word} {base.plural}",
        plural=f"{word} {base.plural}",
        symbol=f"{TIMES}10^{power}{NBSP}{shown}",
        default=_engineering_default(base.default, power),
        usename=False,
        us_name="",
        us_plural="",
    )


def _engineering_default(default: str, power: str) -> str:
    # The default output of "e6acre" is the same power of the acre's default ("e6ha").
    codes = default.split()
    if len(codes) == 1 and codes[0] in UNITS and not UNITS[codes[0]].usename:
        return f"e{power}{codes[0]}"
    return default


def lookup(code: str) -> Unit | None:
    """The unit of a code, or ``None`` when Module:Convert would not know it."""
    code = code.strip()
    found = UNITS.get(code) or UNITS.get(_ALIASES.get(code, "\0"))
    if found is not None:
        return found
    if code in _ALIASES:
        return lookup(_ALIASES[code])
    return _engineering(code) or _prefixed(code)


@dataclass(frozen=True, slots=True)
class RangeWord:
    """What the page shows between two values of a range.

    ``before`` goes between the input values, ``after`` between the converted ones.
    A ``cross`` range ("x") shows "by" between names but a multiplication sign between
    symbols, each value then with its own symbol ("2 m x 3 m"). A ``change`` range (±) converts its
    second value as a difference (no temperature offset).
    """

    before: str
    after: str
    cross: bool = False
    change: bool = False


RANGES = {
    "-": RangeWord("\u2013", "\u2013"),
    "\u2013": RangeWord("\u2013", "\u2013"),
    "to": RangeWord(" to ", " to "),
    "to(-)": RangeWord(" to ", "\u2013"),
    "to about": RangeWord(" to about ", " to about "),
    "and": RangeWord(" and ", " and "),
    "and(-)": RangeWord(" and ", "\u2013"),
    "or": RangeWord(" or ", " or "),
    "by": RangeWord(" by ", " by "),
    "x": RangeWord(" by ", " \u00d7 ", cross=True),
    "\u00d7": RangeWord(" by ", " \u00d7 ", cross=True),
    "+": RangeWord(" + ", " + "),
    ",": RangeWord(", ", ", "),
    ", and": RangeWord(", and ", ", and "),
    ", or": RangeWord(", or ", ", or "),
    "+/-": RangeWord(" \u00b1 ", " \u00b1 ", change=True),
    "\u00b1": RangeWord(" \u00b1 ", " \u00b1 ", change=True),
}
