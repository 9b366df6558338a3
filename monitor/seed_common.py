"""Constants and helpers of the figures seed (see ``monitor.seed_data``)."""

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

# A working note (``Table.working_note``), never shown to readers: they see "Cijfers niet beschikbaar
# voor deze editie" with the partner to ask.
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
