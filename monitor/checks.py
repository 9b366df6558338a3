"""Consistency checks of the figures of one year. One obvious place for every rule.

Rules: a printed total against the sum of its parts (joint reports explain differences they
cause); the same quantity in two tables (``SAME_QUANTITY``); a year-on-year change beyond a
threshold (a warning); a value missing where last year had one. Checks never change data.
"""

from dataclasses import asdict, dataclass, field

from django.utils.translation import gettext as _

from .models import DimensionValue, JointReport, Observation, Table, coord_key
from .models.figures import parse_coord_key

ERROR = "fout"
WARNING = "waarschuwing"
INFO = "info"

# A change is reported when it is at least this large, absolutely and relatively.
YEAR_CHANGE_MIN_ABSOLUTE = 10
YEAR_CHANGE_MIN_RELATIVE = 0.5

ALL = "*"  # in a SAME_QUANTITY member: the sum over the non-total values of that dimension


def _per_form(label: str, members: list[tuple[str, dict]], forms: list[tuple[str, str]]) -> list[dict]:
    return [
        {
            "label": f"{label}: {form_label}",
            "severity": ERROR,
            "members": [
                (table, {dim: (form if value == "{form}" else value) for dim, value in coords.items()})
                for table, coords in members
            ],
        }
        for form, form_label in forms
    ]


# Groups of cells that hold the same quantity. A member whose table or cells do not exist (or are
# "niet beschikbaar") is left out; a group is checked when two or more members have a value.
SAME_QUANTITY = [
    *_per_form(
        "Slachtoffers per hulpverleningstraject",
        [
            ("essm_hulpverlening_vorm_leeftijd", {"traject": "{form}", "leeftijd": "totaal"}),
            ("essm_herkomstgemeente_traject", {"gemeente": "totaal", "traject": "{form}"}),
            ("essm_opvang_ambulant", {"opvangtype": "totaal", "uitbuitingsvorm": "{form}"}),
        ],
        [
            ("preventief", "preventief traject"),
            ("seksueel", "seksuele uitbuiting"),
            ("crimineel", "criminele uitbuiting"),
            ("arbeid", "arbeidsuitbuiting"),
        ],
    ),
    *_per_form(
        "Opvang in de tekst en in de tabel",
        [
            ("essm_opvang_tekst", {"opvangtype": "{form}"}),
            ("essm_opvang_ambulant", {"opvangtype": "{form}", "uitbuitingsvorm": ALL}),
        ],
        [("cosm", "COSM"), ("tosca", "Tosca"), ("xarah", "Xarah")],
    ),
    {
        "label": "Buitenlandse slachtoffers van seksuele uitbuiting in de COSM",
        "severity": ERROR,
        "members": [
            ("essm_opvang_tekst", {"opvangtype": "cosm_buitenlands_seksueel"}),
            ("essm_opvang_ambulant", {"opvangtype": "cosm", "uitbuitingsvorm": "seksueel"}),
        ],
    },
    {
        # The text gives no total for the source municipalities; read as the reports on trafficking.
        "label": "Meldingen mensenhandel: som van de brongemeenten",
        "severity": WARNING,
        "members": [
            ("essm_meldpunt_contacten", {"onderwerp": "mensenhandel"}),
            ("essm_meldpunt_brongemeente", {"gebied": ALL}),
        ],
    },
]


@dataclass
class Finding:
    rule: str
    severity: str
    table: str
    year: int
    cells: list[dict]
    expected: int | None
    found: int | None
    message: str
    explanation: str = ""
    values: list[dict] = field(default_factory=list)
    region: int | None = None  # the region whose figures these are (set by run_checks)

    @property
    def anchor(self) -> dict:
        """The cell the finding is about: the first of its year (a printed total, a changed value)."""
        return next((cell for cell in self.cells if cell["year"] == self.year), self.cells[0])

    @property
    def key(self) -> str:
        """The finding's identity across runs of the checks: its rule and the cell it is about."""
        return f"{self.rule}:{self.anchor['table']}:{self.year}:{coord_key(self.anchor['coords'])}"

    def as_dict(self) -> dict:
        return {**asdict(self), "key": self.key}


class Data:
    """The observations of a year and the year before, with the shape of every table, in 4 queries."""

    def __init__(self, year: int, region):
        self.year = year
        self.cells: dict[tuple[str, int, str], int | None] = {}
        observations = Observation.objects.filter(table__region=region, year__in=[year - 1, year])
        for code, obs_year, key, value in observations.values_list(
            "table__code", "year", "coord_key", "value"
        ):
            self.cells[(code, obs_year, key)] = value
        self.titles = dict(Table.objects.filter(region=region).values_list("code", "title"))
        self.values: dict[tuple[str, str], dict[str, DimensionValue]] = {}
        queryset = (
            DimensionValue.objects.filter(dimension__table__region=region)
            .select_related("dimension__table")
            .prefetch_related("parts")
        )
        for value in queryset:
            self.values.setdefault((value.dimension.table.code, value.dimension.code), {})[value.code] = value
        self.joint = list(
            JointReport.objects.filter(table__region=region, year=year).select_related(
                "table", "column__dimension", "municipality__dimension", "other_municipality"
            )
        )

    def label(self, table: str, coords: dict[str, str]) -> str:
        parts = []
        order = {dim: next(iter(self.values.get((table, dim), {}).values()), None) for dim in coords}
        ranked = sorted(coords, key=lambda dim: order[dim].dimension.order if order[dim] else 0)
        for dim, code in ((dim, coords[dim]) for dim in ranked):
            value = self.values.get((table, dim), {}).get(code)
            parts.append(value.label if value else code)
        return ", ".join(parts)

    def parts_of(self, table: str, dim: str, code: str) -> list[str]:
        values = self.values.get((table, dim), {})
        total = values.get(code)
        if total is None or not total.is_total:
            return []
        explicit = [part.code for part in total.parts.all()]
        return explicit or [c for c, v in values.items() if not v.is_total]


def _cell(table: str, year: int, coords: dict) -> dict:
    return {"table": table, "year": year, "coords": coords}


def check_totals(data: Data, tables: set[str] | None) -> list[Finding]:
    findings = []
    for (table, year, key), printed in sorted(data.cells.items()):
        if year != data.year or printed is None or (tables is not None and table not in tables):
            continue
        coords = parse_coord_key(key)
        for dim, code in coords.items():
            parts = data.parts_of(table, dim, code)
            if not parts:
                continue
            part_coords = [{**coords, dim: part} for part in parts]
            part_values = [data.cells.get((table, year, coord_key(c)), "absent") for c in part_coords]
            if any(value in ("absent", None) for value in part_values):
                continue
            computed = sum(part_values)
            if computed != printed:
                findings.append(_total_finding(data, table, coords, dim, printed, computed, part_coords))
    return findings


def _total_finding(data, table, coords, dim, printed, computed, part_coords) -> Finding:
    column = {d: c for d, c in coords.items() if d != dim}
    double = sum(
        report.count
        for report in data.joint
        if report.table.code == table
        and report.municipality.dimension.code == dim
        and column.get(report.column.dimension.code) == report.column.code
    )
    severity, explanation = ERROR, ""
    if double:
        unique = computed - double
        names = "; ".join(
            f"{r.municipality.label} + {r.other_municipality.label}"
            for r in data.joint
            if r.table.code == table and column.get(r.column.dimension.code) == r.column.code
        )
        if unique == printed:
            severity = INFO
            explanation = _(
                "Verklaard: %(double)s gezamenlijke melding(en) (%(names)s) is bij twee gemeenten geteld; "
                "zonder dubbeltelling is de som %(unique)s, gelijk aan het totaal."
            ) % {"double": double, "names": names, "unique": unique}
        else:
            explanation = _(
                "%(double)s gezamenlijke melding(en) (%(names)s) is bij twee gemeenten geteld; zonder "
                "dubbeltelling is de som %(unique)s. Dat verklaart het verschil met %(printed)s niet."
            ) % {"double": double, "names": names, "unique": unique, "printed": printed}
    message = _(
        "%(title)s %(year)s, %(cell)s: het afgedrukte totaal is %(printed)s, de som van de delen is "
        "%(computed)s (verschil %(diff)+d)."
    ) % {
        "title": data.titles[table],
        "year": data.year,
        "cell": data.label(table, coords),
        "printed": printed,
        "computed": computed,
        "diff": printed - computed,
    }
    cells = [_cell(table, data.year, coords)] + [_cell(table, data.year, c) for c in part_coords]
    return Finding("totaal", severity, table, data.year, cells, computed, printed, message, explanation)


def _member_value(data: Data, table: str, coords: dict) -> int | None:
    dims = [dim for (code, dim) in data.values if code == table]
    if not dims or set(dims) != set(coords):
        return None
    expanded = [{}]
    for dim, code in coords.items():
        if code == ALL:
            options = [c for c, v in data.values[(table, dim)].items() if not v.is_total]
        elif code in data.values[(table, dim)]:
            options = [code]
        else:
            return None
        expanded = [{**combo, dim: option} for combo in expanded for option in options]
    values = [data.cells.get((table, data.year, coord_key(c))) for c in expanded]
    if any(value is None for value in values):
        return None
    return sum(values)


def check_same_quantity(data: Data, tables: set[str] | None) -> list[Finding]:
    findings = []
    for group in SAME_QUANTITY:
        members = [(table, coords, _member_value(data, table, coords)) for table, coords in group["members"]]
        members = [member for member in members if member[2] is not None]
        if len(members) < 2 or (tables is not None and not tables & {m[0] for m in members}):
            continue
        reference = members[0][2]
        differing = [member for member in members if member[2] != reference]
        if not differing:
            continue
        listed = ", ".join(f"{data.titles[t]}: {value}" for t, _coords, value in members)
        message = _("%(label)s %(year)s verschilt tussen tabellen (%(listed)s).") % {
            "label": group["label"],
            "year": data.year,
            "listed": listed,
        }
        findings.append(
            Finding(
                "zelfde_grootheid",
                group["severity"],
                members[0][0],
                data.year,
                [_cell(t, data.year, coords) for t, coords, _value in members],
                reference,
                differing[0][2],
                message,
                values=[{"table": t, "coords": c, "value": v} for t, c, v in members],
            )
        )
    return findings


def check_year_change(data: Data, tables: set[str] | None) -> list[Finding]:
    findings = []
    for (table, year, key), value in sorted(data.cells.items()):
        if year != data.year or value is None or (tables is not None and table not in tables):
            continue
        previous = data.cells.get((table, year - 1, key))
        if previous is None:
            continue
        change = value - previous
        relative = abs(change) / previous if previous else float("inf")
        if abs(change) < YEAR_CHANGE_MIN_ABSOLUTE or relative < YEAR_CHANGE_MIN_RELATIVE:
            continue
        coords = parse_coord_key(key)
        message = _(
            "%(title)s, %(cell)s: van %(previous)s in %(last)s naar %(value)s in %(year)s (%(pct)+d%%)."
        ) % {
            "title": data.titles[table],
            "cell": data.label(table, coords),
            "previous": previous,
            "last": year - 1,
            "value": value,
            "year": year,
            "pct": round(100 * change / previous) if previous else 100,
        }
        cells = [_cell(table, year - 1, coords), _cell(table, year, coords)]
        findings.append(Finding("jaarverschil", WARNING, table, year, cells, previous, value, message))
    return findings


def check_missing(data: Data, tables: set[str] | None) -> list[Finding]:
    started = {table for (table, year, _key) in data.cells if year == data.year}
    findings = []
    for (table, year, key), previous in sorted(data.cells.items()):
        if year != data.year - 1 or previous is None or table not in started:
            continue
        if tables is not None and table not in tables:
            continue
        if data.cells.get((table, data.year, key)) is not None:
            continue
        coords = parse_coord_key(key)
        message = _("%(title)s, %(cell)s: geen waarde voor %(year)s, terwijl %(last)s %(previous)s had.") % {
            "title": data.titles[table],
            "cell": data.label(table, coords),
            "year": data.year,
            "last": year,
            "previous": previous,
        }
        cells = [_cell(table, data.year, coords)]
        findings.append(Finding("ontbreekt", WARNING, table, data.year, cells, previous, None, message))
    return findings


def run_checks(year: int, region, *, tables: list[str] | None = None) -> list[Finding]:
    """Every finding for the region's year; with ``tables`` (codes) only those touching these tables.
    A region's figures are checked among themselves only (another region's table has the same code)."""
    region = getattr(region, "pk", region)
    data = Data(year, region)
    scope = set(tables) if tables is not None else None
    findings = []
    for check in (check_totals, check_same_quantity, check_year_change, check_missing):
        findings.extend(check(data, scope))
    for finding in findings:
        finding.region = region
    return findings


def findings_for_partner(year: int, partner, region) -> list[Finding]:
    codes = list(Table.objects.filter(region=region, partner=partner).values_list("code", flat=True))
    return run_checks(year, region, tables=codes)


__all__ = ["Finding", "findings_for_partner", "run_checks"]
