"""Seed of the figures of the 2025 monitor (chapter 2), from ``monitor.seed_data``.

Idempotent: every object is looked up by its natural key and written only when it differs, so a
second run changes nothing and adds no history rows.
"""

from actionplan.models import Municipality, Organisation
from actionplan.seed_data import ORGANISATIONS

from . import seed_data as data
from . import seed_quality
from .checks import run_checks
from .models import Delivery, Dimension, DimensionValue, Footnote, JointReport, Partner, Table, coord_key
from .quality import finding_explain
from .services import create_recorded, observation_write, save_if_changed

REASON = "Seed: Mensenhandelmonitor 2025 regio Rotterdam"


class Counter(dict):
    def add(self, name: str, created: bool) -> None:
        self[name] = self.get(name, 0) + (1 if created else 0)


def _sync(model, counter: Counter, name: str, lookup: dict, fields: dict):
    """Get by ``lookup``; create, or update only the fields that differ."""
    instance = model.objects.filter(**lookup).first()
    if instance is None:
        instance = create_recorded(model, reason=REASON, **lookup, **fields)
        counter.add(name, True)
        return instance
    counter.add(name, save_if_changed(instance, fields=fields, reason=REASON))
    return instance


def _organisation(short_name: str) -> Organisation:
    organisation = Organisation.objects.filter(short_name=short_name).first()
    if organisation:
        return organisation
    full, kind = next((name, kind) for short, name, kind in ORGANISATIONS if short == short_name)
    return Organisation.objects.create(short_name=short_name, name=full, kind=kind)


def _municipality(name: str) -> Municipality:
    cbs_code, subregion = data.MUNICIPALITIES[name]
    municipality = Municipality.objects.filter(cbs_code=cbs_code).first()
    if municipality is None:
        municipality = Municipality.objects.create(cbs_code=cbs_code, name=name, subregion=subregion)
    return municipality


def _partners(counter: Counter) -> dict[str, Partner]:
    return {
        short: _sync(Partner, counter, "partners", {"organisation": _organisation(short)}, {"name": name})
        for short, name in data.PARTNERS.items()
    }


def _dimension_values(dimension: Dimension, specs: list[dict], counter: Counter) -> None:
    by_code = {}
    for order, spec in enumerate(specs):
        municipality = _municipality(spec["municipality"]) if spec.get("municipality") else None
        fields = {
            "label": spec["label"],
            "order": order,
            "is_total": "parts" in spec,
            "unit": spec.get("unit", ""),
            "municipality": municipality,
        }
        by_code[spec["code"]] = _sync(
            DimensionValue,
            counter,
            "dimension_values",
            {"dimension": dimension, "code": spec["code"]},
            fields,
        )
    for spec in specs:
        if "subset_of" in spec:
            subset = by_code[spec["code"]]
            counter.add(
                "dimension_values",
                save_if_changed(subset, fields={"subset_of": by_code[spec["subset_of"]]}, reason=REASON),
            )
        if "parts" in spec:
            total = by_code[spec["code"]]
            wanted = {by_code[code].pk for code in spec["parts"]}
            if set(total.parts.values_list("pk", flat=True)) != wanted:
                total.parts.set(wanted)


def _observations(spec: dict) -> list[tuple[int, dict, int | None]]:
    cells = [
        (year, coords, value)
        for year, items in spec.get("observations", {}).items()
        for coords, value in items
    ]
    if "rows" in spec:
        dims = [dim[0] for dim in spec["dimensions"]]
        for codes, values in spec["rows"]:
            for year, value in zip(spec["years"], values, strict=True):
                cells.append((year, dict(zip(dims, codes, strict=True)), value))
    return cells


def _table(spec: dict, order: int, partners: dict[str, Partner], counter: Counter) -> Table:
    fields = {
        "title": spec["title"],
        "unit": spec["unit"],
        "description": spec.get("description", ""),
        "working_note": spec.get("working_note", ""),
        "source": spec.get("source", ""),
        "partner": partners[spec["partner"]],
        "chapter": spec.get("chapter", ""),
        "order": order,
        "disclosure_threshold": None,
    }
    table = _sync(Table, counter, "tables", {"code": spec["code"]}, fields)
    for dim_order, (code, label, values) in enumerate(spec["dimensions"]):
        dimension = _sync(
            Dimension,
            counter,
            "dimensions",
            {"table": table, "code": code},
            {"label": label, "order": dim_order},
        )
        _dimension_values(dimension, values, counter)
    for year, coords, value in _observations(spec):
        _obs, changed = observation_write(table=table, year=year, coords=coords, value=value, reason=REASON)
        counter.add("observations", changed)
    _footnotes(table, spec.get("footnotes", []), counter)
    return table


def _footnotes(table: Table, specs: list[dict], counter: Counter) -> None:
    for spec in specs:
        observation = table.observations.get(year=spec["year"], coord_key=coord_key(spec["cell"]))
        note = _sync(
            Footnote,
            counter,
            "footnotes",
            {"table": table, "year": spec["year"], "number": spec["number"]},
            {"text": spec["text"], "observation": observation, "dimension_value": None},
        )
        if "joint_with" in spec:
            _joint_report(table, spec, note, counter)


def _joint_report(table: Table, spec: dict, note: Footnote, counter: Counter) -> None:
    values = DimensionValue.objects.filter(dimension__table=table).select_related("dimension")
    by_dim = {(value.dimension.code, value.code): value for value in values}
    column_dim = next(dim for dim in spec["cell"] if dim != "gemeente")
    lookup = {
        "table": table,
        "year": spec["year"],
        "column": by_dim[(column_dim, spec["cell"][column_dim])],
        "municipality": by_dim[("gemeente", spec["cell"]["gemeente"])],
        "other_municipality": by_dim[("gemeente", spec["joint_with"])],
    }
    _sync(JointReport, counter, "joint_reports", lookup, {"count": 1, "footnote": note})


def _deliveries(partners: dict[str, Partner], counter: Counter) -> None:
    for short, years in data.PUBLISHED_YEARS.items():
        for year in years:
            _sync(
                Delivery,
                counter,
                "deliveries",
                {"partner": partners[short], "year": year},
                {"status": Delivery.Status.PUBLISHED},
            )
    for short in data.REGIONAL_PARTNERS:
        delivery = Delivery.objects.filter(partner=partners[short], year=data.OPEN_YEAR).first()
        if delivery is None:
            create_recorded(Delivery, reason=REASON, partner=partners[short], year=data.OPEN_YEAR)
            counter.add("deliveries", True)


def _quality_notes(counter: Counter) -> None:
    """The public note of every finding of the checks on the seeded figures (``seed_quality``)."""
    for year in seed_quality.QUALITY_YEARS:
        for finding in run_checks(year):
            explanation = seed_quality.QUALITY_NOTES.get(finding.key)
            if explanation is None:
                continue
            stored = Footnote.objects.filter(finding_key=finding.key).order_by("pk")
            state = list(stored.values_list("pk", "text", "observation_id"))
            finding_explain(finding=finding, explanation=explanation, user=None, reason=REASON)
            counter.add("quality_notes", list(stored.values_list("pk", "text", "observation_id")) != state)


def seed_figures() -> dict[str, int]:
    """Load every figure of chapter 2; returns how many objects were created or changed, per kind."""
    counter = Counter()
    partners = _partners(counter)
    for order, spec in enumerate(data.TABLES, start=1):
        _table(spec, order * 10, partners, counter)
    _deliveries(partners, counter)
    _quality_notes(counter)
    return {f"monitor {name}": count for name, count in counter.items()}
