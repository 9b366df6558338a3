"""Every figure of chapter 2 ("Aard en omvang") of the 2025 monitor, regio Rotterdam, as data.

Rules: a number is stored only where the text prints it. ``None`` is a cell whose number did not
survive (a chart that was an image): the cell exists as "niet beschikbaar". A printed "-" is
stored as 0 (nihil). Totals are stored as printed; the dimension value that is a total names the
values it totals. Where the text gives a change but not its base, the change is its own quantity.

Table codes (stable; pages and files refer to them) are listed in TABLE_CODES. The ESSM tables
are in ``seed_tables_essm``; shared constants and helpers in ``seed_common``.
"""

from .seed_common import (
    AVIM,
    CH_AVIM,
    CH_NATIONAL,
    CH_OM,
    CH_RCTM,
    CH_RIEC,
    CHART_LOST,
    COMENSHA,
    ESSM,
    FORMS,
    MUNICIPALITIES,
    NRM,
    OM,
    PARTNERS,
    RCTM,
    RIEC,
    _single,
    _values,
)
from .seed_tables_essm import ESSM_TABLES

NATIONAL_TABLES = [
    {
        "code": "landelijk_comensha_slachtoffers",
        "title": "Bij Comensha gemelde slachtoffers (landelijk)",
        "unit": "slachtoffers",
        "partner": COMENSHA,
        "chapter": CH_NATIONAL,
        "source": "Comensha; Jaarcijfers 2024 van de Nationaal Rapporteur Mensenhandel",
        "description": "Slachtoffers die in heel Nederland bij Comensha zijn gemeld. Voor 2023 noemt de "
        "bron alleen de stijging ten opzichte van dat jaar, niet het aantal.",
        "working_note": "De tekst geeft voor 2023 alleen de stijging, niet het aantal; de stijging is "
        "daarom als eigen grootheid opgenomen.",
        "dimensions": [
            (
                "grootheid",
                "Onderwerp",
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
                "Onderwerp",
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
        "description": "Een schatting en aandelen zoals de Nationaal Rapporteur Mensenhandel ze noemt.",
        "working_note": "Opgenomen onder 2024, het jaar van de meest recente landelijke cijfers. Aandelen "
        "in procenten, zoals gedrukt ('1 op de 5' = 20).",
        "dimensions": [
            (
                "grootheid",
                "Onderwerp",
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
]

REGIONAL_TABLES = [
    {
        "code": "avim_onderzoeken",
        "title": "Gestarte onderzoeken AVIM",
        "unit": "onderzoeken",
        "partner": AVIM,
        "chapter": CH_AVIM,
        "source": "Politie eenheid Rotterdam, AVIM",
        "description": "Het grootste aandeel betrof seksuele uitbuiting; de verdeling is niet gegeven.",
        "dimensions": [("grootheid", "Onderwerp", _values([("gestart", "Gestarte onderzoeken")]))],
        "observations": {2025: _single("grootheid", [("gestart", 34)])},
    },
    {
        "code": "avim_informatieve_gesprekken",
        "title": "Informatieve gesprekken AVIM",
        "unit": "gesprekken",
        "partner": AVIM,
        "chapter": CH_AVIM,
        "source": "Politie eenheid Rotterdam, AVIM",
        "working_note": CHART_LOST,
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
        "working_note": CHART_LOST,
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
                "Onderwerp",
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
                "Onderwerp",
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
                    {"code": "nieuw", "label": "Waarvan nieuwe signalen", "subset_of": "lopend"},
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

TABLES = NATIONAL_TABLES + ESSM_TABLES + REGIONAL_TABLES

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

__all__ = [
    "MUNICIPALITIES",
    "OPEN_YEAR",
    "PARTNERS",
    "PUBLISHED_YEARS",
    "REGIONAL_PARTNERS",
    "TABLES",
    "TABLE_CODES",
]
