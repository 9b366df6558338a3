"""What a chart shows: the chart kind, its axes and the cells behind every bar and segment."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from django.utils.translation import gettext

from monitor import disclosure

NOT_AVAILABLE = "n.b."
YEAR = "jaar"
CHART_TYPES = ("auto", "bar", "grouped", "stacked")


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


def plan_chart(
    snapshot: dict,
    chart_type: str = "auto",
    *,
    category_dim: str | None = None,
    series_dim: str | None = None,
    years: list[int] | None = None,
) -> Plan:
    """Decide what goes on the category axis, the bars and the segments, and collect the cells.

    Years not on an axis: grouped and stacked charts get one bar per year in each group; a bar chart
    shows the last year of ``years``.
    """
    if chart_type not in CHART_TYPES:
        raise ValueError(f"Unknown chart type {chart_type!r}")
    dims = {dim["code"]: dim for dim in snapshot.get("dimensions", [])}
    years = sorted(years or snapshot.get("years", []))
    kind, category, series = _layout(chart_type, list(dims), years, category_dim, series_dim)
    axes = {YEAR: [(year, str(year)) for year in years]}
    for code, dim in dims.items():
        axes[code] = [(v["code"], v["label"]) for v in dim["values"] if not v.get("is_total")]
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
    seg_axis = axes[series] if kind == "stacked" else [(None, "")]
    groups = []
    for cat_value, cat_label in axes[category]:
        group = Group(cat_label)
        for combo in itertools.product(*(axes[axis] for axis in bar_axes)):
            coords = {
                **fixed,
                category: cat_value,
                **{a: v for a, (v, _) in zip(bar_axes, combo, strict=True)},
            }
            segments = []
            for index, (seg_value, seg_label) in enumerate(seg_axis):
                point = {**coords, series: seg_value} if kind == "stacked" else coords
                colour = (
                    index
                    if kind == "stacked"
                    else _colour_index(axes, series if kind == "grouped" else None, point)
                )
                segments.append(Segment(colour, seg_label, _lookup(cells, point)))
            group.bars.append(Bar(" · ".join(label for _, label in combo), segments))
        groups.append(group)
    unit = snapshot.get("unit") or gettext("aantal")
    legend = [label for _, label in axes[series]] if series and kind != "bar" else []
    return Plan(
        kind=kind,
        category=category,
        series=series,
        groups=groups,
        legend=legend,
        category_label=_axis_label(dims, category),
        series_label=_axis_label(dims, series),
        years=years,
        unit=unit[:1].upper() + unit[1:],
    )


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


def _fixed_value(dim: dict) -> str:
    totals = [value["code"] for value in dim["values"] if value.get("is_total")]
    if totals:
        return totals[0]
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
    missing = {"value": None, "display": gettext("niet beschikbaar"), "status": "missing"}
    return cells.get((year, coords), missing)


def _axis_label(dims: dict, code: str | None) -> str:
    if code is None:
        return ""
    return gettext("Jaar") if code == YEAR else dims[code]["label"]
