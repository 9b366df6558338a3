"""Every figure of chapter 2 ("Aard en omvang") of the 2025 monitor, regio Rotterdam, as data.

Rules: a number is stored only where the text prints it. ``None`` is a cell whose number did not
survive (a chart that was an image): the cell exists as "niet beschikbaar". A printed "-" is
stored as 0 (nihil). Totals are stored as printed; the dimension value that is a total names the
values it totals. Where the text gives a change but not its base, the change is its own quantity.

Table codes (stable; pages and files refer to them) are listed in TABLE_CODES.
"""

ESSM = "ESSM"
AVIM = "AVIM"
RCTM = "RCTM"
OM = "OM Rotterdam"
RIEC = "RIEC Rotterdam"
COMENSHA = "Comensha"
NRM = "NRM"

# organisation short name -> name as a source of figures
PARTNERS = {
    COMENSHA: "Coördinatiecentrum tegen Mensenhandel (Comensha)",
    NRM: "Nationaal Rapporteur Mensenhandel (NRM)",
    ESSM: "Expertisecentrum Seksualiteit Sekswerk en Mensenhandel (ESSM)",
    AVIM: "Afdeling Vreemdelingenpolitie, Identificatie en Mensenhandel (AVIM)",
    RCTM: "Regionaal Controleteam Mensenhandel (RCTM)",
    OM: "Openbaar Ministerie Rotterdam (OM)",
    RIEC: "Regionaal Informatie- en Expertisecentrum Rotterdam (RIEC)",
}

# Municipalities the tables name: official name -> (CBS code, subregion). The seed abbreviates
# "Capelle a/d IJssel" and "Krimpen a/d IJssel".
MUNICIPALITIES = {
    "Albrandswaard": ("GM0613", "Rotterdam-Rijnmond"),
    "Barendrecht": ("GM0489", "Rotterdam-Rijnmond"),
    "Capelle aan den IJssel": ("GM0502", "Rotterdam-Rijnmond"),
    "Dordrecht": ("GM0505", "Zuid-Holland Zuid"),
    "Gorinchem": ("GM0512", "Zuid-Holland Zuid"),
    "Hoeksche Waard": ("GM1963", "Zuid-Holland Zuid"),
    "Krimpen aan den IJssel": ("GM0542", "Rotterdam-Rijnmond"),
    "Lansingerland": ("GM1621", "Rotterdam-Rijnmond"),
    "Molenlanden": ("GM1978", "Zuid-Holland Zuid"),
    "Nissewaard": ("GM1930", "Rotterdam-Rijnmond"),
    "Rotterdam": ("GM0599", "Rotterdam-Rijnmond"),
    "Schiedam": ("GM0606", "Rotterdam-Rijnmond"),
    "Sliedrecht": ("GM0610", "Zuid-Holland Zuid"),
    "Vlaardingen": ("GM0622", "Rotterdam-Rijnmond"),
    "Voorne aan Zee": ("GM1992", "Rotterdam-Rijnmond"),
    "Zwijndrecht": ("GM0642", "Zuid-Holland Zuid"),
}

CH_NATIONAL = "2. Aard en omvang – Landelijke cijfers"
CH_ESSM = "2. Aard en omvang – Regionale cijfers ESSM"
CH_AVIM = "2. Aard en omvang – Regionale cijfers AVIM"
CH_RCTM = "2. Aard en omvang – Cijfers RCTM"
CH_OM = "2. Aard en omvang – Cijfers OM Rotterdam"
CH_RIEC = "2. Aard en omvang – Cijfers RIEC"

CHART_LOST = (
    "De grafiek in de monitor 2025 is niet als getallen bewaard gebleven; de waarden zijn niet "
    "beschikbaar tot de partner ze aanlevert."
)

TRAJECT = [
    ("preventief", "Preventief traject"),
    ("seksueel", "Seksuele uitbuiting"),
    ("crimineel", "Criminele uitbuiting"),
    ("arbeid", "Arbeidsuitbuiting"),
]
FORMS = TRAJECT[1:]


def _values(pairs, total=None, total_label="Totaal"):
    """Dimension values from (code, label) pairs, optionally with a total of all of them."""
    values = [{"code": code, "label": label} for code, label in pairs]
    if total:
        values.append({"code": total, "label": total_label, "parts": [code for code, _ in pairs]})
    return values


def _grid(row_dim, col_dim, col_codes, rows):
    """Cells of a printed grid: rows of (row code, [value per column]); "." marks a cell not printed."""
    cells = []
    for row_code, row_values in rows:
        for col_code, value in zip(col_codes, row_values, strict=True):
            if value != ".":
                cells.append(({row_dim: row_code, col_dim: col_code}, value))
    return cells


def _single(dim, pairs):
    return [({dim: code}, value) for code, value in pairs]


HERKOMST_ROWS = [
    ("albrandswaard", "Albrandswaard", [0, 0, 0, 1]),
    ("barendrecht", "Barendrecht", [3, 0, 0, 0]),
    ("capelle_aan_den_ijssel", "Capelle aan den IJssel", [3, 1, 1, 0]),
    ("dordrecht", "Dordrecht", [1, 4, 0, 0]),
    ("gorinchem", "Gorinchem", [1, 0, 0, 0]),
    ("hoeksche_waard", "Hoeksche Waard", [1, 1, 0, 0]),
    ("krimpen_aan_den_ijssel", "Krimpen aan den IJssel", [0, 1, 0, 0]),
    ("lansingerland", "Lansingerland", [0, 1, 0, 0]),
    ("molenlanden", "Molenlanden", [0, 1, 0, 0]),
    ("nissewaard", "Nissewaard", [0, 1, 1, 0]),
    ("rotterdam", "Rotterdam", [23, 121, 5, 18]),
    ("schiedam", "Schiedam", [1, 2, 0, 0]),
    ("sliedrecht", "Sliedrecht", [0, 1, 0, 0]),
    ("vlaardingen", "Vlaardingen", [1, 4, 1, 0]),
    ("voorne_aan_zee", "Voorne aan Zee", [0, 0, 1, 0]),
    ("zwijndrecht", "Zwijndrecht", [0, 1, 1, 0]),
    ("buiten_regio", None, [1, 1, 0, 0]),
    ("onbekend", None, [0, 0, 0, 1]),
]
HERKOMST_TOTALS = [34, 143, 10, 21]
SPECIAL_PLACES = {"buiten_regio": "Buiten regio", "onbekend": "Onbekend"}


def _herkomst_values():
    values = []
    for code, municipality, _ in HERKOMST_ROWS:
        label = municipality or SPECIAL_PLACES[code]
        values.append({"code": code, "label": label, "municipality": municipality})
    values.append(
        {"code": "totaal", "label": "Totaal slachtoffers", "parts": [row[0] for row in HERKOMST_ROWS]}
    )
    return values


TABLES = [
    {
        "code": "landelijk_comensha_slachtoffers",
        "title": "Bij Comensha gemelde slachtoffers (landelijk)",
        "unit": "slachtoffers",
        "partner": COMENSHA,
        "chapter": CH_NATIONAL,
        "source": "Comensha; Jaarcijfers 2024 van de Nationaal Rapporteur Mensenhandel",
        "description": "Landelijk gemelde slachtoffers. De tekst geeft voor 2023 alleen de stijging, "
        "niet het aantal; de stijging is daarom als eigen grootheid opgenomen.",
        "dimensions": [
            (
                "grootheid",
                "Grootheid",
                _values(
                    [
                        ("gemeld", "Gemelde slachtoffers"),
                        ("stijging_tov_vorig_jaar", "Stijging ten opzichte van het jaar ervoor"),
                    ]
                ),
            )
        ],
        "observations": {2024: _single("grootheid", [("gemeld", 944), ("stijging_tov_vorig_jaar", 76)])},
    },
    {
        "code": "landelijk_nrm_trends",
        "title": "Opvallende landelijke trends 2024",
        "unit": "procent toename",
        "partner": NRM,
        "chapter": CH_NATIONAL,
        "source": "NRM Jaarcijfers 2024 en EMM Fenomeenbeeld Mensenhandel 2024",
        "description": "Procentuele toename ten opzichte van het jaar ervoor, zoals de rapporten die noemen.",
        "dimensions": [
            (
                "grootheid",
                "Grootheid",
                _values(
                    [
                        ("minderjarige_slachtoffers", "Toename minderjarige slachtoffers"),
                        ("hotels_vakantiehuizen", "Toename uitbuiting in hotels en vakantiehuizen"),
                    ]
                ),
            )
        ],
        "observations": {
            2024: _single("grootheid", [("minderjarige_slachtoffers", 52), ("hotels_vakantiehuizen", 70)])
        },
    },
    {
        "code": "landelijk_nrm_kerncijfers",
        "title": "Kerncijfers van de Nationaal Rapporteur Mensenhandel",
        "unit": "procent van de slachtoffers",
        "partner": NRM,
        "chapter": CH_NATIONAL,
        "source": "Nationaal Rapporteur Mensenhandel, zoals aangehaald in de monitor 2025",
        "description": "Schattingen en aandelen die de NRM noemt; opgenomen onder 2024, het jaar van de "
        "meest recente landelijke cijfers. Aandelen in procenten, zoals gedrukt ('1 op de 5' = 20).",
        "dimensions": [
            (
                "grootheid",
                "Grootheid",
                [
                    {
                        "code": "geschat_aantal_per_jaar",
                        "label": "Geschat aantal slachtoffers per jaar in Nederland",
                        "unit": "slachtoffers (schatting)",
                    },
                    {"code": "in_beeld", "label": "In beeld bij politie of hulpverlening (1 op de 5)"},
                    {"code": "seksueel", "label": "Seksuele uitbuiting (ongeveer de helft)"},
                    {"code": "arbeid", "label": "Arbeidsuitbuiting"},
                    {"code": "crimineel", "label": "Criminele uitbuiting"},
                    {"code": "jonger_dan_23", "label": "Jonger dan 23 jaar (een kwart)"},
                    {"code": "opnieuw_slachtoffer", "label": "Later opnieuw slachtoffer"},
                ],
            )
        ],
        "observations": {
            2024: _single(
                "grootheid",
                [
                    ("geschat_aantal_per_jaar", 5000),
                    ("in_beeld", 20),
                    ("seksueel", 50),
                    ("arbeid", 30),
                    ("crimineel", 15),
                    ("jonger_dan_23", 25),
                    ("opnieuw_slachtoffer", 28),
                ],
            )
        },
    },
    {
        "code": "essm_meldpunt_contacten",
        "title": "Contacten met het meld- en adviespunt van het ESSM",
        "unit": "contactmomenten",
        "partner": ESSM,
        "chapter": CH_ESSM,
        "source": "ESSM, regionaal meld- en adviespunt",
        "dimensions": [
            (
                "onderwerp",
                "Onderwerp",
                _values(
                    [
                        ("mensenhandel", "Mensenhandel"),
                        ("overig", "Algemene vraag of (uitstappen uit) sekswerk"),
                    ],
                    total="totaal",
                ),
            )
        ],
        "observations": {
            2025: _single("onderwerp", [("totaal", 191), ("mensenhandel", 139), ("overig", 52)])
        },
        "footnotes": [
            {
                "year": 2025,
                "number": 2,
                "cell": {"onderwerp": "totaal"},
                "text": "Niet alle telefoontjes die bij het ESSM binnenkomen resulteren in een registratie. "
                "Zo wordt er niet geregistreerd als iemand is doorverwezen of de vraag niet passend was "
                "voor het ESSM. De 191 contactmomenten zijn dus alleen de in behandeling genomen "
                "contactmomenten.",
            }
        ],
    },
    {
        "code": "essm_meldpunt_brongemeente",
        "title": "Meldingen bij het meldpunt naar brongemeente",
        "unit": "meldingen",
        "partner": ESSM,
        "chapter": CH_ESSM,
        "source": "ESSM, regionaal meld- en adviespunt",
        "description": "De tekst noemt geen totaal bij deze verdeling.",
        "dimensions": [
            (
                "gebied",
                "Brongemeente",
                [
                    {"code": "rotterdam", "label": "Gemeente Rotterdam", "municipality": "Rotterdam"},
                    {"code": "overig_rotterdam_rijnmond", "label": "Overige gemeenten Rotterdam-Rijnmond"},
                    {"code": "zuid_holland_zuid", "label": "Zuid-Holland Zuid"},
                    {"code": "onbekend", "label": "Onbekend"},
                ],
            )
        ],
        "observations": {
            2025: _single(
                "gebied",
                [
                    ("rotterdam", 108),
                    ("overig_rotterdam_rijnmond", 9),
                    ("zuid_holland_zuid", 14),
                    ("onbekend", 6),
                ],
            )
        },
    },
    {
        "code": "essm_meldingen_aard",
        "title": "Aard van de meldingen mensenhandel",
        "unit": "meldingen",
        "partner": ESSM,
        "chapter": CH_ESSM,
        "source": "ESSM, regionaal meld- en adviespunt",
        "description": CHART_LOST,
        "dimensions": [("uitbuitingsvorm", "Uitbuitingsvorm", _values(FORMS))],
        "observations": {2025: _single("uitbuitingsvorm", [(code, None) for code, _ in FORMS])},
    },
    {
        "code": "essm_hulpverlening_totaal",
        "title": "ESSM hulpverlening totaal",
        "unit": "personen",
        "partner": ESSM,
        "chapter": CH_ESSM,
        "source": "ESSM",
        "description": CHART_LOST,
        "dimensions": [("traject", "Traject", _values(TRAJECT))],
        "observations": {2025: _single("traject", [(code, None) for code, _ in TRAJECT])},
    },
    {
        "code": "essm_slachtoffers_gender",
        "title": "Slachtoffers naar gender",
        "unit": "slachtoffers",
        "partner": ESSM,
        "chapter": CH_ESSM,
        "source": "ESSM",
        "description": CHART_LOST + " Van arbeidsuitbuiting zijn geen gegevens over gender beschikbaar.",
        "dimensions": [
            ("uitbuitingsvorm", "Uitbuitingsvorm", _values(FORMS[:2])),
            ("gender", "Gender", _values([("vrouw", "Vrouw"), ("man", "Man")])),
        ],
        "observations": {
            2025: _grid(
                "uitbuitingsvorm", "gender", ["vrouw", "man"], [(c, [None, None]) for c, _ in FORMS[:2]]
            )
        },
    },
    {
        "code": "essm_hulpverlening_vorm_leeftijd",
        "title": "Hulpverlening naar type uitbuiting en leeftijd",
        "unit": "personen",
        "partner": ESSM,
        "chapter": CH_ESSM,
        "source": "ESSM",
        "description": "Personen die het ESSM in het jaar begeleidde (niet alleen nieuwe instroom), met "
        "de subtotalen en totalen zoals gedrukt.",
        "dimensions": [
            (
                "traject",
                "Type uitbuiting",
                _values(
                    TRAJECT[:3] + [("arbeid", "Arbeidsuitbuiting (alleen 18+)")],
                    "totaal",
                    "Totaal slachtoffers",
                ),
            ),
            (
                "leeftijd",
                "Leeftijd",
                _values([("onder_18", "18-"), ("18_plus", "18+")], total="totaal"),
            ),
        ],
        "years": [2023, 2024, 2025],
        "rows": [
            (("preventief", "onder_18"), [15, 19, 23]),
            (("preventief", "18_plus"), [11, 7, 11]),
            (("preventief", "totaal"), [26, 26, 34]),
            (("seksueel", "onder_18"), [20, 10, 23]),
            (("seksueel", "18_plus"), [83, 105, 120]),
            (("seksueel", "totaal"), [103, 115, 143]),
            (("crimineel", "onder_18"), [2, 5, 5]),
            (("crimineel", "18_plus"), [5, 8, 6]),
            (("crimineel", "totaal"), [7, 13, 11]),
            (("arbeid", "totaal"), [12, 13, 21]),
            (("totaal", "totaal"), [148, 167, 208]),
        ],
    },
    {
        "code": "essm_herkomstgemeente_traject",
        "title": "Herkomstgemeente van slachtoffers mensenhandel, per hulpverleningstraject ESSM",
        "unit": "slachtoffers",
        "partner": ESSM,
        "chapter": CH_ESSM,
        "source": "ESSM",
        "description": "Een '-' in de monitor is als 0 opgenomen. Gemeenten die de monitor niet noemt, "
        "staan niet in de tabel.",
        "dimensions": [
            ("gemeente", "Herkomstgemeente", _herkomst_values()),
            ("traject", "Hulpverleningstraject", _values(TRAJECT)),
        ],
        "observations": {
            2025: _grid(
                "gemeente",
                "traject",
                [code for code, _ in TRAJECT],
                [(code, values) for code, _, values in HERKOMST_ROWS] + [("totaal", HERKOMST_TOTALS)],
            )
        },
        "footnotes": [
            {
                "year": 2025,
                "number": 3,
                "cell": {"gemeente": "capelle_aan_den_ijssel", "traject": "seksueel"},
                "text": "Deze melding werd samen met gemeente Rotterdam gedaan.",
                "joint_with": "rotterdam",
            },
            {
                "year": 2025,
                "number": 4,
                "cell": {"gemeente": "schiedam", "traject": "preventief"},
                "text": "Deze melding werd samen met gemeente Vlaardingen gedaan.",
                "joint_with": "vlaardingen",
            },
            {
                "year": 2025,
                "number": 5,
                "cell": {"gemeente": "sliedrecht", "traject": "seksueel"},
                "text": "Deze melding werd samen met gemeente Dordrecht gedaan.",
                "joint_with": "dordrecht",
            },
        ],
    },
    {
        "code": "essm_opvang_ambulant",
        "title": "Opvang en ambulante hulp",
        "unit": "slachtoffers",
        "partner": ESSM,
        "chapter": CH_ESSM,
        "source": "ESSM",
        "dimensions": [
            (
                "opvangtype",
                "Opvang of hulp",
                _values(
                    [
                        ("tosca", "Tosca opvang"),
                        ("xarah", "Xarah opvang"),
                        ("cosm", "COSM opvang"),
                        ("ambulant", "Ambulante hulp"),
                    ],
                    total="totaal",
                ),
            ),
            ("uitbuitingsvorm", "Uitbuitingsvorm", _values(FORMS)),
        ],
        "observations": {
            2025: _grid(
                "opvangtype",
                "uitbuitingsvorm",
                [code for code, _ in FORMS],
                [
                    ("tosca", [4, 0, 0]),
                    ("xarah", [6, 0, 5]),
                    ("cosm", [65, 1, 4]),
                    ("ambulant", [68, 9, 12]),
                    ("totaal", [143, 10, 21]),
                ],
            )
        },
    },
    {
        "code": "essm_opvang_tekst",
        "title": "Tijdelijke opvang (cijfers uit de tekst)",
        "unit": "slachtoffers",
        "partner": ESSM,
        "chapter": CH_ESSM,
        "source": "ESSM",
        "dimensions": [
            (
                "opvangtype",
                "Opvang",
                [
                    {"code": "cosm", "label": "COSM (internationale slachtoffers)"},
                    {"code": "tosca", "label": "Tosca (Rotterdamse slachtoffers)"},
                    {"code": "xarah", "label": "Xarah"},
                    {"code": "noodbed", "label": "Noodbed"},
                    {
                        "code": "totaal",
                        "label": "Totaal tijdelijke opvang",
                        "parts": ["cosm", "tosca", "xarah", "noodbed"],
                    },
                    {
                        "code": "cosm_buitenlands_seksueel",
                        "label": "Waarvan in de COSM: buitenlandse slachtoffers van seksuele uitbuiting",
                    },
                ],
            )
        ],
        "observations": {
            2025: _single(
                "opvangtype",
                [
                    ("cosm", 70),
                    ("tosca", 4),
                    ("xarah", 11),
                    ("noodbed", 17),
                    ("totaal", 113),
                    ("cosm_buitenlands_seksueel", 65),
                ],
            )
        },
        "footnotes": [
            {
                "year": 2025,
                "number": 6,
                "cell": {"opvangtype": "cosm"},
                "text": "Een deel van deze trajecten zijn na de doorstroom opengehouden wegens de geboden "
                "nazorg na het verblijf. Het aantal slachtoffers dat in (na)zorg was bij het ESSM klopt, "
                "maar een deel verbleef in 2025 niet meer in de COSM.",
            }
        ],
    },
    {
        "code": "avim_onderzoeken",
        "title": "Gestarte onderzoeken AVIM",
        "unit": "onderzoeken",
        "partner": AVIM,
        "chapter": CH_AVIM,
        "source": "Politie eenheid Rotterdam, AVIM",
        "description": "Het grootste aandeel betrof seksuele uitbuiting; de verdeling is niet gegeven.",
        "dimensions": [("grootheid", "Grootheid", _values([("gestart", "Gestarte onderzoeken")]))],
        "observations": {2025: _single("grootheid", [("gestart", 34)])},
    },
    {
        "code": "avim_informatieve_gesprekken",
        "title": "Informatieve gesprekken AVIM",
        "unit": "gesprekken",
        "partner": AVIM,
        "chapter": CH_AVIM,
        "source": "Politie eenheid Rotterdam, AVIM",
        "description": CHART_LOST,
        "dimensions": [("uitbuitingsvorm", "Uitbuitingsvorm", _values(FORMS))],
        "observations": {2025: _single("uitbuitingsvorm", [(code, None) for code, _ in FORMS])},
    },
    {
        "code": "avim_aangiftes",
        "title": "Aangiftes AVIM",
        "unit": "aangiftes",
        "partner": AVIM,
        "chapter": CH_AVIM,
        "source": "Politie eenheid Rotterdam, AVIM",
        "description": CHART_LOST,
        "dimensions": [("uitbuitingsvorm", "Uitbuitingsvorm", _values(FORMS))],
        "observations": {2025: _single("uitbuitingsvorm", [(code, None) for code, _ in FORMS])},
    },
    {
        "code": "rctm_controles",
        "title": "Controles van het RCTM",
        "unit": "aantal",
        "partner": RCTM,
        "chapter": CH_RCTM,
        "source": "Regionaal Controleteam Mensenhandel",
        "dimensions": [
            (
                "grootheid",
                "Grootheid",
                _values(
                    [
                        ("controles", "Uitgevoerde controles"),
                        ("niet_vergunde_sekswerkers", "Aangetroffen niet-vergunde sekswerkers"),
                        ("slachtoffers", "Geïdentificeerde slachtoffers van mensenhandel"),
                    ]
                ),
            )
        ],
        "observations": {
            2025: _single(
                "grootheid", [("controles", 13), ("niet_vergunde_sekswerkers", 27), ("slachtoffers", 4)]
            )
        },
    },
    {
        "code": "om_zaken",
        "title": "Mensenhandelzaken OM Rotterdam",
        "unit": "aantal",
        "partner": OM,
        "chapter": CH_OM,
        "source": "Openbaar Ministerie, arrondissementsparket Rotterdam",
        "dimensions": [
            (
                "grootheid",
                "Grootheid",
                _values([("zaken", "Behandelde mensenhandelzaken"), ("verdachten", "Verdachten")]),
            )
        ],
        "observations": {2025: _single("grootheid", [("zaken", 30), ("verdachten", 28)])},
    },
    {
        "code": "riec_casussen",
        "title": "Casussen mensenhandel en mensensmokkel RIEC",
        "unit": "casussen",
        "partner": RIEC,
        "chapter": CH_RIEC,
        "source": "RIEC Rotterdam",
        "description": "De verdeling naar vorm is voor 2024 alleen voor seksuele uitbuiting gegeven.",
        "dimensions": [
            (
                "categorie",
                "Categorie",
                [
                    {
                        "code": "lopend",
                        "label": "Lopende casussen (totaal)",
                        "parts": ["seksueel", "arbeid", "crimineel", "mensensmokkel"],
                    },
                    {"code": "nieuw", "label": "Waarvan nieuwe signalen"},
                    {"code": "seksueel", "label": "Mogelijk seksuele uitbuiting"},
                    {"code": "arbeid", "label": "Mogelijk arbeidsuitbuiting"},
                    {"code": "crimineel", "label": "Mogelijk criminele uitbuiting"},
                    {"code": "mensensmokkel", "label": "Mogelijke betrokkenheid bij mensensmokkel"},
                ],
            )
        ],
        "years": [2024, 2025],
        "rows": [
            (("lopend",), [11, 11]),
            (("nieuw",), [4, 4]),
            (("seksueel",), [1, 5]),
            (("arbeid",), [None, 2]),
            (("crimineel",), [None, 1]),
            (("mensensmokkel",), [None, 3]),
        ],
    },
]

TABLE_CODES = [table["code"] for table in TABLES]

# The seeded years were published with the 2025 monitor.
PUBLISHED_YEARS = {
    COMENSHA: [2024],
    NRM: [2024],
    ESSM: [2023, 2024, 2025],
    AVIM: [2025],
    RCTM: [2025],
    OM: [2025],
    RIEC: [2024, 2025],
}
# The year the regional partners are delivering now (the 2026 monitor).
OPEN_YEAR = 2026
REGIONAL_PARTNERS = [ESSM, AVIM, RCTM, OM, RIEC]
