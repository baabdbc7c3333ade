"""Country codes and the names English Wikipedia's country templates show for them.

:data:`COUNTRY_NAMES` maps a code to the name shown: every ISO 3166-1 alpha-3 code,
the IOC and FIFA codes that differ from it (``GER``, ``NED``, ``SUI``, ``RSA``…), the
codes of former Olympic teams (``URS``, ``FRG``) and the few other codes with a
template of their own (``UK``, ``IOM``, ``CUR``). The name is the title of the country's
article unless :data:`ARTICLES` gives another one to link to.

Codes that stand for two countries are left out: ``BRN`` is Brunei in ISO 3166 but
Bahrain for the IOC, ``ANT`` was the Netherlands Antilles in ISO 3166 and is Antigua
and Barbuda for the IOC, ``BUR`` was Burma in ISO 3166 and is Burkina Faso for the IOC.

This module holds data only (no handlers), so any module may import it.
"""

from __future__ import annotations

__all__ = ["ARTICLES", "COUNTRY_NAMES"]

# ISO 3166-1 alpha-3.
_ISO = {
    "ABW": "Aruba", "AFG": "Afghanistan", "AGO": "Angola", "AIA": "Anguilla",
    "ALA": "Åland", "ALB": "Albania", "AND": "Andorra", "ARE": "United Arab Emirates",
    "ARG": "Argentina", "ARM": "Armenia", "ASM": "American Samoa", "ATA": "Antarctica",
    "ATF": "French Southern and Antarctic Lands", "ATG": "Antigua and Barbuda",
    "AUS": "Australia", "AUT": "Austria", "AZE": "Azerbaijan", "BDI": "Burundi",
    "BEL": "Belgium", "BEN": "Benin", "BES": "Caribbean Netherlands", "BFA": "Burkina Faso",
    "BGD": "Bangladesh", "BGR": "Bulgaria", "BHR": "Bahrain", "BHS": "The Bahamas",
    "BIH": "Bosnia and Herzegovina", "BLM": "Saint Barthélemy", "BLR": "Belarus",
    "BLZ": "Belize", "BMU": "Bermuda", "BOL": "Bolivia", "BRA": "Brazil", "BRB": "Barbados",
    "BTN": "Bhutan", "BVT": "Bouvet Island", "BWA": "Botswana",
    "CAF": "Central African Republic", "CAN": "Canada", "CCK": "Cocos (Keeling) Islands",
    "CHE": "Switzerland", "CHL": "Chile", "CHN": "China", "CIV": "Ivory Coast",
    "CMR": "Cameroon", "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo", "COK": "Cook Islands", "COL": "Colombia",
    "COM": "Comoros", "CPV": "Cape Verde", "CRI": "Costa Rica", "CUB": "Cuba",
    "CUW": "Curaçao", "CXR": "Christmas Island", "CYM": "Cayman Islands", "CYP": "Cyprus",
    "CZE": "Czech Republic", "DEU": "Germany", "DJI": "Djibouti", "DMA": "Dominica",
    "DNK": "Denmark", "DOM": "Dominican Republic", "DZA": "Algeria", "ECU": "Ecuador",
    "EGY": "Egypt", "ERI": "Eritrea", "ESH": "Western Sahara", "ESP": "Spain",
    "EST": "Estonia", "ETH": "Ethiopia", "FIN": "Finland", "FJI": "Fiji",
    "FLK": "Falkland Islands", "FRA": "France", "FRO": "Faroe Islands",
    "FSM": "Federated States of Micronesia", "GAB": "Gabon", "GBR": "United Kingdom",
    "GEO": "Georgia", "GGY": "Guernsey", "GHA": "Ghana", "GIB": "Gibraltar",
    "GIN": "Guinea", "GLP": "Guadeloupe", "GMB": "The Gambia", "GNB": "Guinea-Bissau",
    "GNQ": "Equatorial Guinea", "GRC": "Greece", "GRD": "Grenada", "GRL": "Greenland",
    "GTM": "Guatemala", "GUF": "French Guiana", "GUM": "Guam", "GUY": "Guyana",
    "HKG": "Hong Kong", "HMD": "Heard Island and McDonald Islands", "HND": "Honduras",
    "HRV": "Croatia", "HTI": "Haiti", "HUN": "Hungary", "IDN": "Indonesia",
    "IMN": "Isle of Man", "IND": "India", "IOT": "British Indian Ocean Territory",
    "IRL": "Ireland", "IRN": "Iran", "IRQ": "Iraq", "ISL": "Iceland", "ISR": "Israel",
    "ITA": "Italy", "JAM": "Jamaica", "JEY": "Jersey", "JOR": "Jordan", "JPN": "Japan",
    "KAZ": "Kazakhstan", "KEN": "Kenya", "KGZ": "Kyrgyzstan", "KHM": "Cambodia",
    "KIR": "Kiribati", "KNA": "Saint Kitts and Nevis", "KOR": "South Korea",
    "KWT": "Kuwait", "LAO": "Laos", "LBN": "Lebanon", "LBR": "Liberia", "LBY": "Libya",
    "LCA": "Saint Lucia", "LIE": "Liechtenstein", "LKA": "Sri Lanka", "LSO": "Lesotho",
    "LTU": "Lithuania", "LUX": "Luxembourg", "LVA": "Latvia", "MAC": "Macau",
    "MAF": "Saint Martin", "MAR": "Morocco", "MCO": "Monaco", "MDA": "Moldova",
    "MDG": "Madagascar", "MDV": "Maldives", "MEX": "Mexico", "MHL": "Marshall Islands",
    "MKD": "North Macedonia", "MLI": "Mali", "MLT": "Malta", "MMR": "Myanmar",
    "MNE": "Montenegro", "MNG": "Mongolia", "MNP": "Northern Mariana Islands",
    "MOZ": "Mozambique", "MRT": "Mauritania", "MSR": "Montserrat", "MTQ": "Martinique",
    "MUS": "Mauritius", "MWI": "Malawi", "MYS": "Malaysia", "MYT": "Mayotte",
    "NAM": "Namibia", "NCL": "New Caledonia", "NER": "Niger", "NFK": "Norfolk Island",
    "NGA": "Nigeria", "NIC": "Nicaragua", "NIU": "Niue", "NLD": "Netherlands",
    "NOR": "Norway", "NPL": "Nepal", "NRU": "Nauru", "NZL": "New Zealand", "OMN": "Oman",
    "PAK": "Pakistan", "PAN": "Panama", "PCN": "Pitcairn Islands", "PER": "Peru",
    "PHL": "Philippines", "PLW": "Palau", "PNG": "Papua New Guinea", "POL": "Poland",
    "PRI": "Puerto Rico", "PRK": "North Korea", "PRT": "Portugal", "PRY": "Paraguay",
    "PSE": "Palestine", "PYF": "French Polynesia", "QAT": "Qatar", "REU": "Réunion",
    "ROU": "Romania", "RUS": "Russia", "RWA": "Rwanda", "SAU": "Saudi Arabia",
    "SDN": "Sudan", "SEN": "Senegal", "SGP": "Singapore",
    "SGS": "South Georgia and the South Sandwich Islands",
    "SHN": "Saint Helena, Ascension and Tristan da Cunha", "SJM": "Svalbard and Jan Mayen",
    "SLB": "Solomon Islands", "SLE": "Sierra Leone", "SLV": "El Salvador",
    "SMR": "San Marino", "SOM": "Somalia", "SPM": "Saint Pierre and Miquelon",
    "SRB": "Serbia", "SSD": "South Sudan", "STP": "São Tomé and Príncipe",
    "SUR": "Suriname", "SVK": "Slovakia", "SVN": "Slovenia", "SWE": "Sweden",
    "SWZ": "Eswatini", "SXM": "Sint Maarten", "SYC": "Seychelles", "SYR": "Syria",
    "TCA": "Turks and Caicos Islands", "TCD": "Chad", "TGO": "Togo", "THA": "Thailand",
    "TJK": "Tajikistan", "TKL": "Tokelau", "TKM": "Turkmenistan", "TLS": "East Timor",
    "TON": "Tonga", "TTO": "Trinidad and Tobago", "TUN": "Tunisia", "TUR": "Turkey",
    "TUV": "Tuvalu", "TWN": "Taiwan", "TZA": "Tanzania", "UGA": "Uganda",
    "UKR": "Ukraine", "UMI": "United States Minor Outlying Islands", "URY": "Uruguay",
    "USA": "United States", "UZB": "Uzbekistan", "VAT": "Vatican City",
    "VCT": "Saint Vincent and the Grenadines", "VEN": "Venezuela",
    "VGB": "British Virgin Islands", "VIR": "United States Virgin Islands",
    "VNM": "Vietnam", "VUT": "Vanuatu", "WLF": "Wallis and Futuna", "WSM": "Samoa",
    "YEM": "Yemen", "ZAF": "South Africa", "ZMB": "Zambia", "ZWE": "Zimbabwe",
}  # fmt: skip

# IOC and FIFA codes that differ from ISO 3166, and the home nations.
_SPORT = {
    "ALG": "Algeria", "ANG": "Angola", "ARU": "Aruba", "ASA": "American Samoa",
    "BAH": "The Bahamas", "BAN": "Bangladesh", "BAR": "Barbados", "BER": "Bermuda",
    "BHU": "Bhutan", "BIZ": "Belize", "BOT": "Botswana", "BRU": "Brunei",
    "BUL": "Bulgaria", "CAM": "Cambodia", "CAY": "Cayman Islands",
    "CGO": "Republic of the Congo", "CHA": "Chad", "CHI": "Chile", "CRC": "Costa Rica",
    "CRO": "Croatia", "DEN": "Denmark", "ENG": "England", "ESA": "El Salvador",
    "FIJ": "Fiji", "GAM": "The Gambia", "GBS": "Guinea-Bissau", "GEQ": "Equatorial Guinea",
    "GER": "Germany", "GRE": "Greece", "GRN": "Grenada", "GUA": "Guatemala",
    "GUI": "Guinea", "HAI": "Haiti", "HON": "Honduras", "INA": "Indonesia", "IRI": "Iran",
    "ISV": "United States Virgin Islands", "IVB": "British Virgin Islands",
    "KOS": "Kosovo", "KSA": "Saudi Arabia", "KUW": "Kuwait", "LAT": "Latvia",
    "LBA": "Libya", "LES": "Lesotho", "LIB": "Lebanon", "MAD": "Madagascar",
    "MAS": "Malaysia", "MAW": "Malawi", "MGL": "Mongolia", "MON": "Monaco",
    "MRI": "Mauritius", "MTN": "Mauritania", "MYA": "Myanmar", "NCA": "Nicaragua",
    "NED": "Netherlands", "NEP": "Nepal", "NGR": "Nigeria", "NIG": "Niger",
    "NIR": "Northern Ireland", "OMA": "Oman", "PAR": "Paraguay", "PHI": "Philippines",
    "PLE": "Palestine", "POR": "Portugal", "PUR": "Puerto Rico", "RSA": "South Africa",
    "SAM": "Samoa", "SCO": "Scotland", "SEY": "Seychelles", "SIN": "Singapore",
    "SKN": "Saint Kitts and Nevis", "SLO": "Slovenia", "SOL": "Solomon Islands",
    "SRI": "Sri Lanka", "SUD": "Sudan", "SUI": "Switzerland", "TAH": "Tahiti",
    "TAN": "Tanzania", "TGA": "Tonga", "TOG": "Togo", "TPE": "Chinese Taipei",
    "UAE": "United Arab Emirates", "URU": "Uruguay", "VAN": "Vanuatu", "VIE": "Vietnam",
    "VIN": "Saint Vincent and the Grenadines", "WAL": "Wales", "ZAM": "Zambia",
    "ZIM": "Zimbabwe",
}  # fmt: skip

# Former Olympic teams, and codes Wikipedia uses beside the standards.
_OTHER = {
    "URS": "Soviet Union", "FRG": "West Germany", "GDR": "East Germany",
    "TCH": "Czechoslovakia", "YUG": "Yugoslavia", "SCG": "Serbia and Montenegro",
    "IOM": "Isle of Man", "UK": "United Kingdom", "CUR": "Curaçao",
}  # fmt: skip

COUNTRY_NAMES: dict[str, str] = {**_ISO, **_SPORT, **_OTHER}
"""Code -> the name the country's template shows."""

ARTICLES: dict[str, str] = {
    "Saint Martin": "Collectivity of Saint Martin",
    "Palestine": "State of Palestine",
}
"""Shown names whose article has another title (the link's target)."""
