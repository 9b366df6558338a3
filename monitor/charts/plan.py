"""What a chart shows: the chart kind, its axes and the cells behind every bar and segment."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from django.utils.translation import gettext

from monitor import disclosure

NOT_AVAILABLE = "n.b."
YEAR = "jaar"
CHART_TYPES = ("auto", "bar", "grouped", "stacked")
UNSPLIT = -1  # colour index of a printed total drawn in place of parts the source did not give


@dataclass
class Segment:
    colour: int
    series: str
    cell: dict

    @property
    def visible(self) -> bool:
        return self.cell.get("value") is not None and self.cell.get("status", "ok") == "ok"

    @property
    def mark(self) -> str:
        if self.visible:
            return self.cell["display"]
        return disclosure.SYMBOL if self.cell.get("status") == disclosure.STATUS_SUPPRESSED else NOT_AVAILABLE


@dataclass
class Bar:
    label: str
    segments: list[Segment]


@dataclass
class Group:
    label: str
    bars: list[Bar] = field(default_factory=list)


@dataclass
class Plan:
    kind: str
    category: str
    series: str | None
    groups: list[Group]
    legend: list[str]
    category_label: str
    series_label: str
    years: list[int]
    unit: str
    other_units: list[str] = field(default_factory=list)  # labels left out: another unit than the axis
    subsets: list[str] = field(default_factory=list)  # labels left out: a part ("waarvan") of another bar
    unsplit: bool = False  # a stacked bar shows a printed total because its parts were not given


def plan_chart(
    snapshot: dict,
    chart_type: str = "auto",
    *,
    category_dim: str | None = None,
    series_dim: str | None = None,
    years: list[int] | None = None,
) -> Plan:
    """Decide what goes on the category axis, the bars and the segments, and collect the cells.

    ``years`` defaults to the snapshot's years that hold any cell. Years not on an axis: grouped and
    stacked charts get one bar per year in each group; a bar chart shows the last year of ``years``.
    """
    if chart_type not in CHART_TYPES:
        raise ValueError(f"Unknown chart type {chart_type!r}")
    dims = {dim["code"]: dim for dim in snapshot.get("dimensions", [])}
    years = sorted(years or years_with_cells(snapshot))
    kind, category, series = _layout(chart_type, list(dims), years, category_dim, series_dim)
    unit = snapshot.get("unit") or gettext("aantal")
    axes, other_units, subsets = _axes(dims, years, unit)
    for code in (category, series):
        if code is not None and code not in axes:
            raise ValueError(f"Unknown dimension {code!r}")
    bar_axes = [YEAR] if YEAR not in (category, series) and len(years) > 1 and kind != "bar" else []
    bar_axes += [series] if kind == "grouped" else []
    fixed = {code: _fixed_value(dims[code]) for code in dims if code not in (category, series)}
    if YEAR not in (category, series, *bar_axes):
        years = years[-1:]
        fixed[YEAR] = years[0] if years else None
    cells = {
        (cell["year"], tuple(sorted(cell["coords"].items()))): cell for cell in snapshot.get("cells", [])
    }
    plan = Plan(
        kind=kind,
        category=category,
        series=series,
        groups=[],
        legend=[label for _, label in axes[series]] if series and kind != "bar" else [],
        category_label=_axis_label(dims, category),
        series_label=_axis_label(dims, series),
        years=years,
        unit=unit[:1].upper() + unit[1:],
        other_units=other_units,
        subsets=subsets,
    )
    series_total = _total_value(dims[series]) if kind == "stacked" and series in dims else None
    for cat_value, cat_label in axes[category]:
        group = Group(cat_label)
        for combo in itertools.product(*(axes[axis] for axis in bar_axes)):
            coords = {
                **fixed,
                category: cat_value,
                **{a: v for a, (v, _) in zip(bar_axes, combo, strict=True)},
            }
            label = " · ".join(label for _, label in combo)
            group.bars.append(_bar(plan, axes, cells, coords, label, series_total))
        plan.groups.append(group)
    return plan


def _axes(dims: dict, years: list[int], unit: str) -> tuple[dict, list[str], list[str]]:
    """The (code, label) pairs along each axis: the years, and every dimension's values without totals,
    without values counted in another unit and without parts ("waarvan") of another value: a count is
    never drawn on a percentage's axis, nor a subset as a peer of its whole (they stay in the table)."""
    axes = {YEAR: [(year, str(year)) for year in years]}
    other_units, subsets = [], []
    for code, dim in dims.items():
        axes[code] = []
        for value in dim["values"]:
            if value.get("is_total"):
                continue
            if value.get("unit") and value["unit"].strip().lower() != unit.strip().lower():
                other_units.append(value["label"])
                continue
            if value.get("subset_of"):
                subsets.append(value["label"])
                continue
            axes[code].append((value["code"], value["label"]))
    return axes, other_units, subsets


def _bar(plan: Plan, axes: dict, cells: dict, coords: dict, label: str, series_total: str | None) -> Bar:
    """One bar; a stacked bar whose parts the source did not give at all shows its printed total."""
    if plan.kind != "stacked":
        colour = _colour_index(axes, plan.series if plan.kind == "grouped" else None, coords)
        return Bar(label, [Segment(colour, "", _lookup(cells, coords))])
    segments = [
        Segment(index, seg_label, _lookup(cells, {**coords, plan.series: seg_value}))
        for index, (seg_value, seg_label) in enumerate(axes[plan.series])
    ]
    if series_total and all(seg.cell.get("absent") for seg in segments):
        total = _lookup(cells, {**coords, plan.series: series_total})
        if not total.get("absent"):
            plan.unsplit = True
            return Bar(label, [Segment(UNSPLIT, gettext("niet uitgesplitst"), total)])
    return Bar(label, segments)


def years_with_cells(snapshot: dict) -> list[int]:
    """The snapshot's years that hold any cell (a year the table has no figures for at all is left out;
    a year whose figures are "niet beschikbaar" stays). The last year stays if none holds a cell."""
    held = {cell["year"] for cell in snapshot.get("cells", [])}
    years = sorted(snapshot.get("years", []))
    return [year for year in years if year in held] or years[-1:]


def _layout(
    chart_type: str, codes: list[str], years: list[int], category: str | None, series: str | None
) -> tuple[str, str, str | None]:
    """The chart kind, category axis and series for the requested type ("auto": see the README)."""
    kind = chart_type
    if kind == "auto":
        kind = {0: "bar", 1: "grouped" if len(years) > 1 else "bar"}.get(len(codes), "stacked")
    if kind == "stacked" and not codes:
        kind = "bar"
    if category is None:
        stack_years = kind == "stacked" and len(codes) == 1
        category = YEAR if not codes or stack_years else codes[0]
    if series is None and kind != "bar":
        rest = [code for code in codes if code != category]
        series = rest[0] if rest else (YEAR if category != YEAR and len(years) > 1 else None)
    if kind != "bar" and series is None:
        kind = "bar"
    return kind, category, series if kind != "bar" else None


def _total_value(dim: dict) -> str | None:
    return next((value["code"] for value in dim["values"] if value.get("is_total")), None)


def _fixed_value(dim: dict) -> str:
    total = _total_value(dim)
    if total:
        return total
    if len(dim["values"]) == 1:
        return dim["values"][0]["code"]
    raise ValueError(f"Dimension {dim['code']!r} has no total; put it on the chart")


def _colour_index(axes: dict, series: str | None, point: dict) -> int:
    if series is None:
        return 0
    return [code for code, _ in axes[series]].index(point[series])


def _lookup(cells: dict, point: dict) -> dict:
    year = point.get(YEAR)
    coords = tuple(sorted((code, value) for code, value in point.items() if code != YEAR))
    missing = {"value": None, "display": gettext("niet beschikbaar"), "status": "missing", "absent": True}
    return cells.get((year, coords), missing)


def _axis_label(dims: dict, code: str | None) -> str:
    if code is None:
        return ""
    return gettext("Jaar") if code == YEAR else dims[code]["label"]
