"""A fictional demo region's data pack, generated from an existing pack (``generate_region_pack``).

The generated pack has the shape of its source: the same tables with the same codes (so that the
national overview and the API can put them side by side), the same number of municipalities,
organisations, opgaven, actions and doorkijk items, the same demo roles. Everything in it is invented:
the names of the region, its municipalities (with codes ``VBnnnn``, which no CBS code can be), its
organisations and accounts, the titles of the plan, the texts, and every figure. No figure of the source
is read: the source gives the cells that exist (table, year, dimension values), never their numbers.

The figures are drawn from ``random.Random`` seeded per cell with ``--seed``, so the same seed gives the
same pack byte for byte. They pass the consistency checks of ``monitor/checks.py``: a total is the sum of
its parts, a subset is at most its whole, the same quantity in two tables is the same number, a value
changes little from year to year, and the double counts of joint reports are explained in
``figures/toelichtingen.yaml``.
"""

import csv
import io
import random
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from django.utils.text import slugify

from .reader import Pack, read_pack

GENERATOR = "python manage.py generate_region_pack"

# The public-site tokens of a generated region, one palette per seed (the site's helper reads
# ``primary``; the others are its variants for hover and backgrounds).
PALETTES = [
    {"primary": "#5b3f8c", "primary-dark": "#452f6b", "accent": "#e7dff2"},
    {"primary": "#1f6f5c", "primary-dark": "#17523f", "accent": "#dcefe9"},
    {"primary": "#8a4b08", "primary-dark": "#693906", "accent": "#f5e6d3"},
    {"primary": "#3b5b92", "primary-dark": "#2c446d", "accent": "#dfe6f2"},
]

# Invented parts of place names; a municipality is a prefix and a suffix (``Lindewaard``).
PLACE_PREFIXES = [
    "Linde", "Berken", "Eiken", "Wilgen", "Meeuwen", "Reigers", "Zilver", "Kievits", "Vlinder",
    "Heide", "Klaver", "Zonne", "Maan", "Sterre", "Kreek", "Duin", "Bloesem", "Hazel", "Ooievaars",
    "Merel", "Lijster", "Esdoorn", "Vos", "Haver", "Rogge", "Wolken", "Distel", "Dauw", "Spreeuw",
    "Koekoeks", "Mos", "Varen", "Riet", "Beuken", "Iepen", "Braam", "Kastanje", "Wilde", "Zwanen",
    "Uilen", "Kwartel", "Lavendel", "Tijm", "Klokje",
]  # fmt: skip
PLACE_SUFFIXES = [
    "waard", "veen", "hoven", "broek", "rade", "horst", "loo", "meer", "burg", "zande", "vliet",
    "stede", "weerd", "holt", "rode", "wijk",
]  # fmt: skip
COMPASS = ["Noord", "Zuid", "Oost", "West", "Midden", "Kust"]

# Invented organisations for the source's organisations, by the source's short name; ``{S}`` is the
# region's stem ("Voorbeeld"). A source organisation not listed gets a name by its kind.
ORGANISATIONS = {
    "VAR": ("SV {S}", "Samenwerkingsverband Veiligheid {S}"),
    "RIEC Rotterdam": ("RIEC {S}", "Regionaal Informatie- en Expertisecentrum {S}"),
    "AVIM": ("Politieteam {S}", "Politie-eenheid {S}, team Migratie en Mensenhandel"),
    "ESSM": ("Zorgpunt {S}", "Zorg- en Expertisepunt Mensenhandel {S}"),
    "OM Rotterdam": ("OM {S}", "Openbaar Ministerie, parket {S}"),
    "RCTM": ("Controleteam {S}", "Controleteam Mensenhandel {S}"),
    "Humanitas DMH": ("Steunpunt {S}", "Stichting Steunpunt {S}"),
    "Stichting Reshape": ("Stichting Omslag {S}", "Stichting Omslag {S}"),
    "Fier": ("Opvang De Vuurtoren", "Opvanghuis De Vuurtoren {S}"),
    "FairWork": ("Eerlijk Werk", "Stichting Eerlijk Werk (fictief)"),
    "CCV": ("Kenniscentrum Preventie", "Kenniscentrum Preventie (fictief)"),
    "VNG": ("Gemeentebond", "Bond van Gemeenten (fictief)"),
    "Comensha": ("Landelijk Meldpunt", "Landelijk Meldpunt Mensenhandel (fictief)"),
    "NRM": ("Landelijk Rapporteur", "Landelijk Rapporteur Mensenhandel (fictief)"),
    "EMM": ("Landelijk Expertisecentrum", "Landelijk Expertisecentrum Uitbuiting (fictief)"),
    "OVSE": ("Internationaal Forum", "Internationaal Forum Veiligheid (fictief)"),
}
# Names in labels that are no organisation of the source: shelters of the source region.
OTHER_NAMES = {"Tosca": "De Haven", "Xarah": "De Linde"}

OPGAVEN = [
    ("Beter zicht op uitbuiting in de regio", "Zicht op uitbuiting"),
    ("Samenwerken over de grenzen van gemeenten en organisaties", "Samenwerking"),
    ("Signalen herkennen, melden en doorzetten", "Signaleren en melden"),
    ("Uitbuiters en wie hen helpt aanpakken", "Aanpak uitbuiters"),
    ("Slachtoffers beschermen, opvangen en begeleiden", "Zorg voor slachtoffers"),
    ("Voorkomen dat mensen slachtoffer worden", "Preventie"),
]
ACTIONS = [
    [
        "Jaarlijkse regionale monitor uitbrengen", "Cijfers van partners in één format verzamelen",
        "Verkenning naar arbeidsuitbuiting in de logistiek", "Onderzoek naar uitbuiting via sociale media",
        "Dashboard met signalen voor gemeenten", "Kennissessie over nieuwe vormen van uitbuiting",
        "Wijkscan naar onvergunde sekswerk", "Registratie van meldingen gelijktrekken",
        "Jaarlijkse bijeenkomst over de cijfers", "Verkenning naar uitbuiting in de zorg",
        "Analyse van herkomst van slachtoffers", "Gesprek met onderzoekers over de monitor",
    ],
    [
        "Regionaal platform twee keer per jaar laten bijeenkomen", "Aandachtsfunctionaris per gemeente",
        "Werkafspraken tussen zorg en veiligheid vastleggen", "Gezamenlijke training voor ketenpartners",
        "Bestuurlijk overleg over de aanpak", "Netwerkkaart van contactpersonen bijhouden",
        "Samenwerking met scholen verkennen", "Afspraken over het delen van gegevens",
        "Werkbezoek van een landelijke organisatie", "Intervisie voor aandachtsfunctionarissen",
        "Casusoverleg in elke deelregio", "Nieuwsbrief voor het netwerk",
    ],
    [
        "Bewustwordingscampagne voor jongeren", "Training signalen herkennen voor toezichthouders",
        "Voorlichting aan hotelpersoneel", "E-learning voor wijkteams",
        "Meldroute op de websites van gemeenten", "Voorlichting op beroepsopleidingen",
        "Signalenkaart voor huisartsen", "Theatervoorstelling over loverboys",
        "Campagne in de week tegen uitbuiting", "Voorlichting aan arbeidsmigranten",
        "Training voor medewerkers van het sociaal domein", "Informatiebijeenkomst voor ondernemers",
        "Spreekuur van het meldpunt in de bibliotheek", "Voorlichting aan sportverenigingen",
    ],
    [
        "Barrièremodel voor criminele uitbuiting toepassen", "Gezamenlijke controles in de horeca",
        "Bestuurlijke aanpak van malafide uitzendbureaus", "Integrale controles van bedrijfspanden",
        "Zicht op vastgoed dat voor uitbuiting wordt gebruikt", "Afspraken over de Wet Bibob",
        "Controles bij vakantieparken", "Informatiedeling met de belastingdienst",
    ],
    [
        "Opvangplekken voor slachtoffers uitbreiden", "Nazorg na de opvang regelen",
        "Ambulante begeleiding in alle gemeenten", "Zorgcoördinatie voor minderjarigen",
        "Crisisbed voor acute situaties", "Huisvesting na de opvang",
        "Ervaringsdeskundigen in de hulpverlening", "Route voor slachtoffers zonder verblijfsstatus",
    ],
    [
        "Weerbaarheidstraining op scholen", "Voorlichting aan ouders", "Preventie bij kwetsbare jongeren",
        "Vroegsignalering in de schuldhulpverlening",
    ],
]  # fmt: skip
PROGRESS = {
    "gepland": "De activiteit staat gepland; de uitvoering begint volgend jaar.",
    "lopend": "De uitvoering is begonnen en loopt door.",
    "doorlopend": "Dit is een doorlopende activiteit die het hele jaar plaatsvond.",
    "afgerond": "De activiteit is uitgevoerd en afgerond.",
    "doorgeschoven": "De activiteit is niet gestart en schuift door naar het volgende jaar.",
}
STATUS_WEIGHTS = {"afgerond": 5, "lopend": 3, "doorlopend": 3, "gepland": 1, "doorgeschoven": 1}
OUTLOOK = [
    "Evaluatie van het actieplan", "Nieuw actieplan voorbereiden", "Monitor bespreken in het bestuur",
    "Training voor nieuwe aandachtsfunctionarissen", "Campagne voor jongeren herhalen",
    "Opvang evalueren", "Controles voortzetten", "Samenwerking met scholen uitbreiden",
    "Cijfers van nieuwe partners opnemen", "Meldroute vereenvoudigen", "Kennisdag voor het netwerk",
    "Nazorg verbeteren",
]  # fmt: skip

FICTIONAL_NOTE = "Fictieve cijfers, gegenereerd voor demonstratie en tests; geen echte gegevens."

# Cell values: the range of a leaf (a value that is no total or subset) by table, or by table and value
# code; everything else ``DEFAULT_RANGE``.
DEFAULT_RANGE = (1, 30)
RANGES = {
    "landelijk_comensha_slachtoffers": {"gemeld": (600, 1600), "stijging_tov_vorig_jaar": (10, 150)},
    "landelijk_nrm_trends": (10, 90),
    "landelijk_nrm_kerncijfers": {"geschat_aantal_per_jaar": (3000, 9000), "*": (5, 45)},
    "essm_meldpunt_contacten": {"mensenhandel": (60, 200), "overig": (20, 90)},
    "rctm_controles": {"controles": (5, 40), "*": (1, 30)},
}
# Per form of exploitation, the range of the number of people the care partner helped in a year.
FORM_RANGES = {"preventief": (10, 45), "seksueel": (60, 170), "crimineel": (6, 30), "arbeid": (6, 35)}


@dataclass
class Region:
    slug: str
    name: str
    full_name: str
    stem: str
    seed: int


@dataclass
class _Names:
    """The invented name of every name of the source, for labels, titles and codes."""

    text: dict[str, str] = field(default_factory=dict)
    organisations: dict[str, tuple[str, str]] = field(default_factory=dict)  # source short -> (short, name)
    municipalities: dict[str, dict] = field(default_factory=dict)  # source cbs_code -> new row
    subregions: dict[str, str] = field(default_factory=dict)
    places: dict[str, str] = field(default_factory=dict)  # municipality and subregion names

    def replace(self, value: str) -> str:
        return _replace_all(value, self.text) if value else value

    def code(self, value: str) -> str:
        """A value code with the place names in it replaced (``overig_rotterdam_rijnmond``); codes
        with other names (``tosca``) stay, as the consistency checks name them."""
        codes = {_code(old): _code(new) for old, new in self.places.items()}
        pattern = "|".join(re.escape(key) for key in sorted(codes, key=len, reverse=True))
        return re.sub(rf"(?<![a-z0-9])(?:{pattern})(?![a-z0-9])", lambda m: codes[m.group(0)], value)

    def short(self, name: str) -> str:
        """The new short name of an organisation of the source (a municipality: ``Gemeente <naam>``)."""
        return self.organisations[name][0] if name in self.organisations else self.text[name]


def _code(name: str) -> str:
    return slugify(name).replace("-", "_")


def _replace_all(value: str, mapping: dict[str, str]) -> str:
    """Every key of ``mapping`` in ``value`` replaced in one pass, the longest first."""
    pattern = "|".join(re.escape(key) for key in sorted(mapping, key=len, reverse=True))
    return re.sub(rf"(?<![\w-])(?:{pattern})", lambda m: mapping[m.group(0)], value)


def stem_of(name: str) -> str:
    """``Voorbeeldregio (fictief)`` -> ``Voorbeeld``: the region's name without notes and "regio"."""
    stem = re.sub(r"\s*\(.*?\)\s*", " ", name).strip()
    stem = re.sub(r"(?i)^regio\s+|\s*regio$", "", stem).strip()
    return stem or name.strip()


# --- the names ------------------------------------------------------------------------------------


def _names(source: Pack, raw_orgs: list[dict], region: Region) -> _Names:
    names = _Names()
    stem = region.stem
    subregions = list(dict.fromkeys(m["subregion"] for m in source.municipalities if m["subregion"]))
    for index, old in enumerate(subregions):
        names.subregions[old] = f"{stem}-{COMPASS[index % len(COMPASS)]}" + (
            f" {index // len(COMPASS) + 1}" if index >= len(COMPASS) else ""
        )
    # Municipalities' names and codes are unique in the country: each seed takes its own run of an
    # order of all invented names (the same order for every seed) and of the codes VB0001-VB9999.
    places = [prefix + suffix for prefix in PLACE_PREFIXES for suffix in PLACE_SUFFIXES]
    random.Random("places").shuffle(places)  # noqa: S311 - invented demo data
    count = len(source.municipalities)
    for index, item in enumerate(source.municipalities):
        number = region.seed * count + index
        place = places[number % len(places)]
        if number >= len(places):
            place = f"{place} {number // len(places) + 1}"
        names.municipalities[item["cbs_code"]] = {
            "cbs_code": f"VB{number % 9999 + 1:04d}",
            "name": place,
            "subregion": names.subregions.get(item["subregion"], ""),
        }
    kinds = defaultdict(int)
    for item in raw_orgs:
        short = item["short_name"]
        if short in ORGANISATIONS:
            new_short, new_name = (part.format(S=stem) for part in ORGANISATIONS[short])
        else:
            kinds[item["kind"]] += 1
            number = kinds[item["kind"]]
            if item["kind"] == "landelijk":
                new_short, new_name = (
                    f"Landelijke organisatie {number}",
                    f"Landelijke organisatie {number} (fictief)",
                )
            else:
                new_short = f"Partner {number} {stem}"
                new_name = new_short
        names.organisations[short] = (new_short, new_name)
    # The region's own organisation carries the region's full name.
    for item in raw_orgs:
        if item["kind"] == "regio":
            names.organisations[item["short_name"]] = (
                names.organisations[item["short_name"]][0],
                region.full_name,
            )
            break
    text = {**OTHER_NAMES, **names.subregions}
    for short, (new_short, new_name) in names.organisations.items():
        text[short] = new_short
        original = next(item["name"] for item in raw_orgs if item["short_name"] == short)
        text[original] = new_name
    for old_code, new in names.municipalities.items():
        old_name = next(m["name"] for m in source.municipalities if m["cbs_code"] == old_code)
        text[f"Gemeente {old_name}"] = f"Gemeente {new['name']}"
        text[old_name] = new["name"]
    names.text = text
    names.places = {**names.subregions}
    for old_code, new in names.municipalities.items():
        old_name = next(m["name"] for m in source.municipalities if m["cbs_code"] == old_code)
        names.places[old_name] = new["name"]
    return names


# --- the figures ----------------------------------------------------------------------------------


def _source_cells(source: Pack) -> dict[str, list[tuple[int, dict]]]:
    """The cells of the source's figures by table (year and coordinates, in the files' order),
    without their numbers."""
    from monitor.models.figures import parse_coord_key

    cells: dict[str, list[tuple[int, dict]]] = defaultdict(list)
    for figure_file in source.figure_files:
        for table, year, key in figure_file.lines:
            cells[table].append((year, parse_coord_key(key)))
    return cells


class _Figures:
    """The invented numbers of every cell: pinned values first, then totals as the sum of their parts,
    subsets as a share of their whole, and leaves drawn per cell."""

    def __init__(self, tables: dict[str, dict], seed: int, latest: int):
        self.tables = tables
        self.seed = seed
        self.latest = latest
        self.pins: dict[tuple, int] = {}

    def rng(self, *key) -> random.Random:
        return random.Random(":".join(str(part) for part in (self.seed, *key)))  # noqa: S311 - demo data

    def pin(self, table: str, year: int, coords: dict, value: int) -> None:
        self.pins[(table, year, _key(coords))] = value

    def value(self, table: str, year: int, coords: dict) -> int:
        pinned = self.pins.get((table, year, _key(coords)))
        if pinned is not None:
            return pinned
        spec = self.tables[table]
        for dim in spec["dimensions"]:
            value = _dim_value(dim, coords[dim["code"]])
            if value.get("parts"):
                return sum(self.value(table, year, {**coords, dim["code"]: part}) for part in value["parts"])
        for dim in spec["dimensions"]:
            value = _dim_value(dim, coords[dim["code"]])
            if value.get("subset_of"):
                whole = self.value(table, year, {**coords, dim["code"]: value["subset_of"]})
                share = self.rng(table, "share", _key(coords)).uniform(0.2, 0.6)
                return int(whole * share)
        return self.series(table, coords, _leaf_range(table, coords), year)

    def series(self, table: str, coords: dict, bounds: tuple[int, int], year: int) -> int:
        """A leaf's value in ``year``: drawn for ``latest``, then each year before within 30% of the year
        after (so that the year-on-year check stays quiet)."""
        rng = self.rng(table, "leaf", _key(coords))
        value = rng.randint(*bounds)
        for _earlier in range(self.latest, year, -1):
            value = max(0, value + round(value * rng.uniform(-0.3, 0.3)))
        return value

    def split(self, total: int, parts: int, rng: random.Random) -> list[int]:
        """``total`` as ``parts`` whole numbers of zero or more (drawn weights, rounding kept)."""
        weights = [rng.random() + 0.05 for _ in range(parts)]
        scale = sum(weights)
        values = [int(total * weight / scale) for weight in weights]
        for index in rng.sample(range(parts), total - sum(values)):
            values[index] += 1
        return values


def _key(coords: dict) -> str:
    from monitor.models import coord_key

    return coord_key(coords)


def _dim_value(dim: dict, code: str) -> dict:
    return next((value for value in dim["values"] if value["code"] == code), {})


def _leaf_range(table: str, coords: dict) -> tuple[int, int]:
    ranges = RANGES.get(table)
    if ranges is None:
        return DEFAULT_RANGE
    if isinstance(ranges, tuple):
        return ranges
    for code in coords.values():
        if code in ranges:
            return ranges[code]
    return ranges.get("*", DEFAULT_RANGE)


def _codes(spec: dict, dim: str, *, totals: bool = False) -> list[str]:
    dimension = next(d for d in spec["dimensions"] if d["code"] == dim)
    return [v["code"] for v in dimension["values"] if totals or not (v.get("parts") or v.get("subset_of"))]


def _care_pins(figures: _Figures, year: int) -> None:
    """The care partner's tables hold the same people several ways (``monitor.checks.SAME_QUANTITY``):
    per form of exploitation the helped people are drawn once and split over the tables' cells."""
    tables = figures.tables
    forms = {}
    for form, bounds in FORM_RANGES.items():
        forms[form] = {
            y: figures.series("care", {"form": form}, bounds, y) for y in range(year - 3, year + 1)
        }
    age = "essm_hulpverlening_vorm_leeftijd"
    if age in tables:
        for form, by_year in forms.items():
            share = figures.rng(age, "minors", form).uniform(0.1, 0.35)
            for y, total in by_year.items():
                minors = 0 if form == "arbeid" else round(total * share)
                figures.pin(age, y, {"traject": form, "leeftijd": "onder_18"}, minors)
                figures.pin(age, y, {"traject": form, "leeftijd": "18_plus"}, total - minors)
    total_table = "essm_hulpverlening_totaal"
    if total_table in tables:
        for form, by_year in forms.items():
            for y, total in by_year.items():
                figures.pin(total_table, y, {"traject": form}, total)
    origin = "essm_herkomstgemeente_traject"
    if origin in tables:
        spec = tables[origin]
        places = _codes(spec, "gemeente")
        for form, by_year in forms.items():
            rng = figures.rng(origin, form)
            for y, total in by_year.items():
                for place, value in zip(places, figures.split(total, len(places), rng), strict=True):
                    figures.pin(origin, y, {"gemeente": place, "traject": form}, value)
                figures.pin(origin, y, {"gemeente": "totaal", "traject": form}, total)
    shelter = "essm_opvang_ambulant"
    if shelter in tables:
        spec = tables[shelter]
        kinds = _codes(spec, "opvangtype")
        for form in _codes(spec, "uitbuitingsvorm"):
            rng = figures.rng(shelter, form)
            for y, total in forms[form].items():
                for kind, value in zip(kinds, figures.split(total, len(kinds), rng), strict=True):
                    figures.pin(shelter, y, {"opvangtype": kind, "uitbuitingsvorm": form}, value)
        text = "essm_opvang_tekst"
        if text in tables:
            for y in forms["seksueel"]:
                for kind in _codes(tables[text], "opvangtype"):
                    if kind in kinds:
                        value = sum(
                            figures.value(shelter, y, {"opvangtype": kind, "uitbuitingsvorm": form})
                            for form in _codes(spec, "uitbuitingsvorm")
                        )
                        figures.pin(text, y, {"opvangtype": kind}, value)
                cosm = figures.value(shelter, y, {"opvangtype": "cosm", "uitbuitingsvorm": "seksueel"})
                figures.pin(text, y, {"opvangtype": "cosm_buitenlands_seksueel"}, cosm)
    gender = "essm_slachtoffers_gender"
    if gender in tables:
        for form in _codes(tables[gender], "uitbuitingsvorm"):
            rng = figures.rng(gender, form)
            for y, total in forms[form].items():
                women, men = figures.split(total, 2, rng)
                figures.pin(gender, y, {"uitbuitingsvorm": form, "gender": "vrouw"}, women)
                figures.pin(gender, y, {"uitbuitingsvorm": form, "gender": "man"}, men)
    contacts, sources, kinds_table = (
        "essm_meldpunt_contacten",
        "essm_meldpunt_brongemeente",
        "essm_meldingen_aard",
    )
    if contacts in tables:
        for y in range(year - 3, year + 1):
            reports = figures.value(contacts, y, {"onderwerp": "mensenhandel"})
            for table, dim in ((sources, "gebied"), (kinds_table, "uitbuitingsvorm")):
                if table not in tables:
                    continue
                codes = _codes(tables[table], dim)
                for code, value in zip(
                    codes, figures.split(reports, len(codes), figures.rng(table, y)), strict=True
                ):
                    figures.pin(table, y, {dim: code}, value)


# --- writing ----------------------------------------------------------------------------------------


def _dump(data) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100, default_flow_style=False)


def _flow(value) -> str:
    """A marker's value as one line of YAML."""
    text = yaml.safe_dump(value, allow_unicode=True, sort_keys=False, default_flow_style=True, width=10**6)
    return text.removesuffix("\n...\n").strip()


def _comment(text: str) -> str:
    return "".join(f"# {line}".rstrip() + "\n" for line in text.strip().splitlines())


class _Writer:
    def __init__(self, out: Path):
        self.out = out
        self.written: list[Path] = []

    def write(self, name: str, text: str, *, bom: bool = False) -> None:
        path = self.out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(("\ufeff" if bom else "") + text, encoding="utf-8", newline="\n")
        self.written.append(path)


def _raw(path: Path, name: str):
    target = path / name
    return yaml.safe_load(target.read_text(encoding="utf-8-sig")) if target.is_file() else None


def generate_pack(
    source_path, out, *, slug: str, name: str, full_name: str = "", seed: int = 0
) -> list[Path]:
    """Write the fictional region's pack generated from the pack at ``source_path`` into ``out``;
    returns the files written. ``out`` is emptied of an earlier generated pack's files first."""
    source_path, out = Path(source_path), Path(out)
    source = read_pack(source_path)
    stem = stem_of(name)
    region = Region(
        slug=slug,
        name=name,
        full_name=full_name or f"Samenwerkingsverband Veiligheid {stem} (fictief)",
        stem=stem,
        seed=seed,
    )
    raw_orgs = _raw(source_path, "organisations.yaml") or []
    names = _names(source, raw_orgs, region)
    if out.exists():
        for path in sorted(out.rglob("*"), reverse=True):
            if path.is_file() and path.suffix in (".yaml", ".csv", ".html", ".md", ".xlsx"):
                path.unlink()
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
    writer = _Writer(out)
    year = max((p.value["year"] for p in source.pages if p.kind == "edition"), default=2025)
    _write_meta(writer, source, region, year)
    _write_organisations(writer, source, raw_orgs, names, region)
    plan = _write_plan(writer, source, names, region)
    _write_accounts(writer, source, names, region)
    tables = _write_figures(writer, source_path, source, names, region, year)
    _write_content(writer, source, names, region, year, tables, plan)
    return writer.written


def _logo(palette: dict) -> str:
    """An invented mark in the region's colours (a generated region has no real logo)."""
    primary, dark = palette["primary"], palette["primary-dark"]
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">'
        f'<rect width="32" height="32" rx="4" fill="{primary}"/>'
        '<path d="M6 25 16 6l10 19z" fill="#fff"/>'
        f'<path d="M11.5 25 16 16.5l4.5 8.5z" fill="{dark}"/></svg>\n'
    )


def _write_meta(writer: _Writer, source: Pack, region: Region, year: int) -> None:
    meta = {
        "name": f"{region.slug}-{year}",
        "title": f"Mensenhandelmonitor {year} {region.name}",
        "reason": f"Gegenereerde demoregio: {region.name}",
        "region": {
            "slug": region.slug,
            "name": region.name,
            "full_name": region.full_name,
            "is_fictional": True,
            "tokens": dict(PALETTES[region.seed % len(PALETTES)]),
            "logo": "logo.svg",
        },
    }
    writer.write("logo.svg", _logo(PALETTES[region.seed % len(PALETTES)]))
    header = (
        f'A fictional region, generated by `{GENERATOR} OUT --slug {region.slug} --name "{region.name}" '
        f"--seed {region.seed}` from the pack {source.name}.\nEvery name, text and figure in this pack is "
        "invented. Do not edit by hand: change the generator and generate again."
    )
    writer.write("pack.yaml", _comment(header) + _dump(meta))
    readme = f"""# {region.slug}-{year}

A fictional demo region, **{region.name}**: every name, text and figure in this pack is invented and
marked fictional; nothing in it describes a real region. It has the shape of `{source.name}` (the same
tables with the same codes, as many municipalities, organisations, actions and demo roles) so that
two regions can be compared, tested and demonstrated side by side.

Generated, not written by hand (`workbench/packs/generate.py`):

```sh
{GENERATOR} packs/{region.slug}-{year} --slug {region.slug} --name "{region.name}" --seed {region.seed}
```

The same command and seed write the same files; `tests/workbench/test_generate_region_pack.py` checks
that this folder is what the generator writes. Load it with
`python manage.py load_pack packs/{region.slug}-{year} --region {region.slug}`; check it with
`python manage.py check_pack packs/{region.slug}-{year}`.
"""
    writer.write("README.md", readme)


def _write_organisations(
    writer: _Writer, source: Pack, raw_orgs: list[dict], names: _Names, region: Region
) -> None:
    organisations = []
    for item in raw_orgs:
        short, name = names.organisations[item["short_name"]]
        entry = {"short_name": short, "name": name, "kind": item["kind"]}
        if item.get("description"):
            entry["description"] = "Een verzonnen organisatie van de fictieve demoregio."
        organisations.append(entry)
    header = (
        f"Invented organisations of {region.name}; the municipalities of municipalities.csv are "
        "organisations too ('Gemeente <naam>')."
    )
    writer.write("organisations.yaml", _comment(header) + _dump(organisations))
    buffer = io.StringIO()
    rows = csv.writer(buffer, lineterminator="\n")
    rows.writerow(["cbs_code", "naam", "deelregio"])
    for item in source.municipalities:
        new = names.municipalities[item["cbs_code"]]
        rows.writerow([new["cbs_code"], new["name"], new["subregion"]])
    writer.write("municipalities.csv", buffer.getvalue())


def _write_plan(writer: _Writer, source: Pack, names: _Names, region: Region) -> dict | None:
    if source.plan is None:
        return None
    rng = random.Random(f"plan:{region.seed}")  # noqa: S311 - invented demo data
    years = f"{source.plan['start_year']}-{source.plan['end_year']}"
    plan = {
        "title": f"Regionaal actieplan mensenhandel {region.stem} {years}",
        "start_year": source.plan["start_year"],
        "end_year": source.plan["end_year"],
    }
    numbers = {}
    opgaven = []
    for index, item in enumerate(source.opgaven):
        title, short_title = OPGAVEN[index % len(OPGAVEN)]
        numbers[item["number"]] = index
        opgaven.append({"number": item["number"], "title": title, "short_title": short_title})
    pools = {
        number: rng.sample(ACTIONS[index % len(ACTIONS)], len(ACTIONS[index % len(ACTIONS)]))
        for number, index in numbers.items()
    }
    used: dict[int, int] = defaultdict(int)

    def title_for(opgave: int, pool: dict) -> str:
        titles = pool[opgave]
        n = used[opgave]
        used[opgave] += 1
        title = titles[n % len(titles)]
        return title if n < len(titles) else f"{title} ({n // len(titles) + 1})"

    statuses, weights = list(STATUS_WEIGHTS), list(STATUS_WEIGHTS.values())
    actions = []
    for item in source.actions:
        action = {"opgave": item["opgave"], "title": title_for(item["opgave"], pools)}
        if item["lead"]:
            action["lead"] = names.short(item["lead"])
        action["co_owners"] = [names.short(owner) for owner in item["co_owners"]]
        if item["municipality"]:
            action["municipality"] = names.municipalities[item["municipality"]]["cbs_code"]
        timing = {key: value for key, value in item["timing"].items() if value is not None}
        if timing:
            action["timing"] = timing
        notes = {}
        for year in sorted(item["notes"]):
            status = rng.choices(statuses, weights)[0]
            note = {"status": status}
            if status == "doorgeschoven":
                note["postponed_to_year"] = year + 1
            note["text"] = f"{PROGRESS[status]} (Fictief.)"
            notes[year] = note
        if notes:
            action["stand_van_zaken"] = notes
        actions.append(action)
    data = {"plan": plan, "opgaven": opgaven, "actions": actions}
    if source.outlook_year:
        outlook_titles = rng.sample(OUTLOOK, len(OUTLOOK))
        items = []
        for index, item in enumerate(source.outlook):
            entry = {
                "opgave": item["opgave"],
                "title": outlook_titles[index % len(outlook_titles)]
                + (f" ({index // len(outlook_titles) + 1})" if index >= len(outlook_titles) else ""),
                "owners": [names.short(owner) for owner in item["owners"]],
            }
            timing = {key: value for key, value in item["timing"].items() if value is not None}
            if timing:
                entry["timing"] = timing
            entry["description"] = "Een verzonnen voornemen van de fictieve demoregio."
            items.append(entry)
        data["doorkijk"] = {"year": source.outlook_year, "items": items}
    header = (
        f"The invented action plan of {region.name}: the source's shape (opgaven, actions per opgave, "
        "owners, timing, doorkijk) with invented titles, statuses and texts."
    )
    writer.write("plan.yaml", _comment(header) + _dump(data))
    return plan


def _write_accounts(writer: _Writer, source: Pack, names: _Names, region: Region) -> None:
    accounts, seen = [], defaultdict(int)
    for item in source.accounts:
        base = f"{region.slug}-{slugify(item['role'])}"
        seen[base] += 1
        username = base if seen[base] == 1 else f"{base}-{seen[base]}"
        accounts.append(
            {"username": username, "role": item["role"], "organisation": names.short(item["organisation"])}
        )
    header = (
        f"Demo accounts of {region.name}, one per role of the source pack; usernames start with the "
        "region's slug. Passwords derive from SECRET_KEY; none is stored here."
    )
    writer.write("accounts.yaml", _comment(header) + _dump(accounts))


def _write_figures(
    writer: _Writer, source_path: Path, source: Pack, names: _Names, region: Region, year: int
) -> list[dict]:
    raw_tables = _raw(source_path, "figures/tables.yaml") or []
    cells = _source_cells(source)
    partners = {
        names.short(short): names.organisations[short][1]
        if short in names.organisations
        else names.replace(name)
        for short, name in source.partners.items()
    }
    writer.write(
        "figures/partners.yaml",
        _comment("The organisations that deliver figures (short name: name as a source).") + _dump(partners),
    )
    tables = []
    for raw in raw_tables:
        table = {}
        for key, value in raw.items():
            if key in ("title", "chapter", "source", "unit"):
                table[key] = names.replace(value)
            elif key == "partner":
                table[key] = names.short(value)
            elif key == "description":
                table[key] = FICTIONAL_NOTE
            elif key == "working_note":
                table[key] = f"Gegenereerd door {GENERATOR}; opnieuw genereren in plaats van bewerken."
            elif key == "dimensions":
                table[key] = [_dimension(dim, names) for dim in value]
            elif key == "joint_reports":
                continue  # below, with the values they explain
            else:
                table[key] = value  # fields the generator does not know are kept (e.g. comparable)
        table.setdefault("description", FICTIONAL_NOTE)
        tables.append(table)
    by_code = {table["code"]: table for table in tables}
    figures = _Figures(by_code, region.seed, year)
    _care_pins(figures, year)
    # Joint reports: a report for two municipalities together counts at both; the total counts it once.
    footnotes: dict[tuple, str] = {}
    notes: dict[str, str] = {}
    numbers: dict[tuple, int] = defaultdict(int)
    for raw in raw_tables:
        joints = []
        for joint in raw.get("joint_reports", []):
            code = raw["code"]
            cell = {dim: names.code(value) for dim, value in joint["cell"].items()}
            other = names.code(joint["with"])
            numbers[(code, joint["year"])] += 1
            number = numbers[(code, joint["year"])]
            key = (code, joint["year"], _key(cell))
            _double_count(figures, code, joint["year"], cell, other)
            place, with_place = (_label(by_code[code], "gemeente", c) for c in (cell["gemeente"], other))
            footnotes[key] = (
                f"{number}. Fictief: een melding voor {place} en {with_place} samen; "
                "zij staat bij beide gemeenten."
            )
            joints.append({"year": joint["year"], "footnote": number, "cell": cell, "with": other})
            total = {**cell, "gemeente": "totaal"}
            notes[f"totaal:{code}:{joint['year']}:{_key(total)}"] = (
                "Fictief voorbeeld: een melding is voor twee gemeenten samen gedaan en staat bij beide; "
                "in het totaal telt zij één keer."
            )
        if joints:
            by_code[raw["code"]]["joint_reports"] = joints
    header = (
        f"The tables of {region.name}: the codes and dimensions of {source.name}, so that the regions' "
        "tables can be compared; titles and labels with the invented names."
    )
    writer.write("figures/tables.yaml", _comment(header) + _dump(tables))
    for table in tables:
        code = table["code"]
        if code not in cells:
            continue
        dims = [dim["code"] for dim in table["dimensions"]]
        buffer = io.StringIO()
        rows = csv.writer(buffer, delimiter=";", lineterminator="\n")
        rows.writerow(["tabel", "jaar", *dims, "waarde", "voetnoot"])
        for cell_year, coords in cells[code]:
            new = {dim: names.code(value) for dim, value in coords.items()}
            value = figures.value(code, cell_year, new)
            note = footnotes.get((code, cell_year, _key(new)), "")
            rows.writerow([code, cell_year, *(new[dim] for dim in dims), value, note])
        writer.write(f"figures/cijfers/{code}.csv", buffer.getvalue(), bom=True)
    deliveries = {
        "published": {
            names.short(short): years for short, years in source.deliveries.get("published", {}).items()
        },
    }
    if source.deliveries.get("open_year"):
        deliveries["open_year"] = source.deliveries["open_year"]
        deliveries["open_for"] = [names.short(short) for short in source.deliveries.get("open_for", [])]
    writer.write(
        "figures/deliveries.yaml",
        _comment("The state of the partners' deliveries, as in the source pack.") + _dump(deliveries),
    )
    quality = {
        "years": sorted({y for table_cells in cells.values() for y, _c in table_cells}),
        "notes": notes,
    }
    writer.write(
        "figures/toelichtingen.yaml",
        _comment("Public notes on the consistency findings of the invented figures, by finding key.")
        + _dump(quality),
    )
    return tables


def _double_count(figures: _Figures, table: str, year: int, cell: dict, other: str) -> None:
    """A report for two municipalities together: counted at ``cell`` and at ``other`` (at least one
    there), so the municipalities add up to one more than the total, which stays as drawn."""
    value = figures.value(table, year, cell)
    figures.pin(table, year, cell, value + 1)
    other_cell = {**cell, "gemeente": other}
    if figures.value(table, year, other_cell) == 0:
        figures.pin(table, year, other_cell, 1)
        places = [
            code
            for code in _codes(figures.tables[table], "gemeente")
            if code not in (cell["gemeente"], other)
        ]
        donor = next(code for code in places if figures.value(table, year, {**cell, "gemeente": code}) > 0)
        donor_cell = {**cell, "gemeente": donor}
        figures.pin(table, year, donor_cell, figures.value(table, year, donor_cell) - 1)


def _dimension(dim: dict, names: _Names) -> dict:
    values = []
    for value in dim["values"]:
        new = {}
        for key, item in value.items():
            if key == "code" or key == "subset_of":
                new[key] = names.code(item)
            elif key == "parts":
                new[key] = [names.code(part) for part in item]
            elif key == "municipality":
                new[key] = names.replace(item)
            elif key in ("label", "unit"):
                new[key] = _SOURCE_NOTE.sub("", names.replace(item))
            else:
                new[key] = item
        values.append(new)
    return {
        **{key: value for key, value in dim.items() if key != "values"},
        "label": names.replace(dim["label"]),
        "values": values,
    }


# A note in a label on the source's own number ("(1 op de 5)", "(ongeveer de helft)"): not true of
# invented numbers, so left out.
_SOURCE_NOTE = re.compile(r"\s*\((?=[^)]*(?:\d|helft|kwart|derde))[^)]*\)")


def _label(table: dict, dim: str, code: str) -> str:
    dimension = next(d for d in table["dimensions"] if d["code"] == dim)
    return _dim_value(dimension, code).get("label", code)


# --- pages, chapters, snippets ------------------------------------------------------------------------


# The definitions of a generated region, in the generator's own words.
DEFINITIONS = [
    (
        "seksueel",
        "Seksuele uitbuiting",
        "Iemand wordt gedwongen of misleid om seksuele handelingen te verrichten; een ander profiteert.",
    ),
    (
        "arbeid",
        "Arbeidsuitbuiting",
        "Iemand werkt onder dwang of misleiding, onder omstandigheden die een mens onwaardig zijn.",
    ),
    (
        "crimineel",
        "Criminele uitbuiting",
        "Iemand wordt gedwongen strafbare feiten te plegen, waarvan een ander de opbrengst krijgt.",
    ),
]


def _write_content(
    writer, source: Pack, names: _Names, region: Region, year: int, tables: list[dict], plan
) -> None:
    fictional = (
        f"<p>{region.name} bestaat niet. Deze regio is verzonnen om de werkbank te laten zien en te testen: "
        "alle namen, teksten en cijfers op deze pagina's zijn fictief.</p>"
    )
    pages = {
        "01-home.html": (
            "home",
            {"title": f"Mensenhandelmonitor {region.name}", "slug": region.slug},
            fictional + f"<p>Elk jaar brengt het {region.full_name} in kaart hoe vaak uitbuiting in de "
            f"{len(source.municipalities)} gemeenten van de regio aan het licht komt.</p>",
        ),
        "02-toegankelijkheidsverklaring.html": (
            "accessibility_statement",
            {
                "title": "Toegankelijkheidsverklaring",
                "slug": "toegankelijkheidsverklaring",
                "status": "Voldoet gedeeltelijk",
                "statement_date": "2026-11-27",
            },
            fictional
            + "<p>De pagina's van de monitor zijn gebouwd met componenten van NL Design System en getest "
            "met axe. Elke grafiek staat er ook als tabel.</p>",
        ),
        "03-monitor.html": (
            "monitor_index",
            {"title": "Alle edities van de monitor", "slug": "monitor"},
            f"<p>Elke editie van de Mensenhandelmonitor {region.name}, als webpagina, als pdf en met de "
            "cijfers als tabel. Alle cijfers zijn fictief.</p>",
        ),
    }
    edition = next((part for part in source.pages if part.kind == "edition"), None)
    if edition is not None:
        value = {
            "title": f"Mensenhandelmonitor {year}",
            "slug": str(year),
            "year": year,
            "subtitle": "Een verzonnen regio als voorbeeld",
        }
        if "region" in edition.value:
            value["region"] = region.name
        for key in ("region_name",):
            if key in edition.value:
                value[key] = region.name
        if "publication_date" in edition.value:
            value["publication_date"] = edition.value["publication_date"].isoformat()
        pages["04-editie-2025.html"] = (
            "edition",
            value,
            fictional
            + f"<p>Deze editie beschrijft met verzonnen cijfers de aard en omvang van uitbuiting in "
            f"{region.name} in {year}, en de stand van het fictieve actieplan.</p>",
        )
    for file, (kind, value, body) in pages.items():
        writer.write(f"content/pages/{file}", f"<!-- {kind}: {_flow(value)} -->\n{_layout(body)}\n")
    definitions = "".join(
        f"<!-- definition: {_flow({'code': code, 'name': label, 'sort_order': order})} -->\n<p>{text}</p>\n\n"
        for order, (code, label, text) in enumerate(DEFINITIONS, start=1)
    )
    writer.write("content/snippets/definitions.html", definitions.rstrip("\n") + "\n")
    casus_title = f"Een fictieve casus uit {region.name}"
    casus = {
        "title": casus_title,
        "source": names.short("ESSM") if "ESSM" in names.organisations else region.full_name,
        "invented_names_note": "Deze casus en alle namen erin zijn verzonnen.",
    }
    writer.write(
        "content/snippets/casus.html",
        f"<!-- casus: {_flow(casus)} -->\n<p>Anna (een verzonnen naam) meldt zich bij het meldpunt van de "
        "fictieve regio. Samen met de gemeente en de politie wordt een veilige plek gevonden en "
        "begeleiding geregeld.</p>\n",
    )
    development_title = f"Fictieve ontwikkeling: een gezamenlijk meldpunt in {region.name}"
    development = {"title": development_title, "date": None, "date_label": str(year), "link": ""}
    writer.write(
        "content/snippets/ontwikkelingen.html",
        f"<!-- ontwikkeling: {_flow(development)} -->\n<p>Een verzonnen ontwikkeling: de gemeenten van de "
        "demoregio openen één meldpunt voor signalen van uitbuiting.</p>\n",
    )
    chapters = []
    chapters.append(
        (
            "1. Over deze monitor",
            [("text", None, fictional), ("definitions", [code for code, _l, _t in DEFINITIONS], "")],
        )
    )
    blocks = []
    key_figures = []
    for table in tables:
        years = sorted({y for y, _c in _source_cells(source).get(table["code"], [])})
        if not years:
            continue
        if len(key_figures) < 2 and year in years:
            cell = next(coords for y, coords in _source_cells(source)[table["code"]] if y == year)
            cell = {dim: names.code(value) for dim, value in cell.items()}
            key_figures.append(
                {
                    "label": f"{table['title']} in {year} (fictief)",
                    "table": table["code"],
                    "year": year,
                    "cell": ";".join(f"{dim}={code}" for dim, code in cell.items()),
                }
            )
        blocks.append(("figure", {"table": table["code"], "years": ",".join(str(y) for y in years)}, ""))
    chapters.append(
        (
            "2. Cijfers",
            [
                ("text", None, "<p>Alle cijfers in dit hoofdstuk zijn verzonnen.</p>"),
                ("key_figures", key_figures, ""),
                *blocks,
            ],
        )
    )
    if plan is not None:
        key = f"{plan['start_year']}-{plan['end_year']}"
        chapters.append(
            (
                f"3. Stand van zaken actieplan {key}",
                [
                    ("text", None, "<p>De stand van het verzonnen actieplan, per opgave.</p>"),
                    ("plan_state", {"plan": key, "year": year, "show_actions": True}, ""),
                ],
            )
        )
        if source.outlook_year:
            chapters.append(
                (
                    f"4. Doorkijk naar {source.outlook_year}",
                    [
                        ("text", None, "<p>Wat de fictieve regio van plan is.</p>"),
                        ("outlook", {"plan": key, "year": source.outlook_year}, ""),
                    ],
                )
            )
    chapters.append(("Bijlage: ontwikkelingen", [("developments", [development_title], "")]))
    chapters.append(("Casus", [("casus", casus_title, "")]))
    for number, (title, parts) in enumerate(chapters, start=1):
        lines = [f"<!-- chapter: {_flow(title)} -->", ""]
        for kind, value, body in parts:
            if kind == "key_figures" and not value:
                continue
            lines.append(f"<!-- {kind} -->" if value is None else f"<!-- {kind}: {_flow(value)} -->")
            if body:
                lines.append(_layout(body))
            lines.append("")
        writer.write(
            f"content/chapters/{number:02d}-{slugify(title)}.html", "\n".join(lines).rstrip("\n") + "\n"
        )


def _layout(body: str) -> str:
    from .html import layout

    return layout(body)
