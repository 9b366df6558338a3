"""The ESSM tables of chapter 2 of the 2025 monitor (see ``monitor.seed_data`` for the rules)."""

from .seed_common import (
    CH_ESSM,
    CHART_LOST,
    ESSM,
    FORMS,
    HERKOMST_ROWS,
    HERKOMST_TOTALS,
    TRAJECT,
    _grid,
    _herkomst_values,
    _single,
    _values,
)

ESSM_TABLES = [
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
        "description": "De bron geeft bij deze verdeling geen totaal.",
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
        "working_note": CHART_LOST,
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
        "working_note": CHART_LOST,
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
        "description": "Van arbeidsuitbuiting zijn geen gegevens over gender beschikbaar.",
        "working_note": CHART_LOST,
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
        "description": "Personen die het ESSM in het jaar begeleidde, niet alleen nieuwe instroom.",
        "working_note": "Subtotalen en totalen zoals gedrukt in de monitor 2025.",
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
        "description": "Gemeenten van de regio die hier niet staan, komen in de tabel van de bron niet voor.",
        "working_note": "Een '-' in de monitor is als 0 opgenomen. Gemeenten die de monitor niet noemt, "
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
        "title": "Tijdelijke opvang",
        "working_note": "Cijfers uit de lopende tekst van de monitor 2025 (daar geen tabel).",
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
                        "subset_of": "cosm",
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
]
