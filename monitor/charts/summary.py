"""What a chart shows, in a sentence or two: its largest values and, over years, how they moved.

The text goes into the chart's description and, in print, into its title: WeasyPrint makes the SVG's
title the figure's alternative text in the tagged PDF, so a reader of the PDF with a screen reader
hears what the chart says and not only what it is called. Only cell values are named; nothing is
computed (no sums, no percentages).
"""

from __future__ import annotations

from django.utils.translation import gettext

from monitor.charts.plan import Plan

TOP = 3  # the largest values named
TRENDS = 4  # at most this many series followed from the first to the last year


def chart_summary(snapshot: dict, plan: Plan) -> str:
    points = _points(snapshot, plan)
    if not points:
        return ""
    last = max(year for _, year, _ in points)
    ranked = sorted((p for p in points if p[1] == last), key=lambda point: -point[2])
    largest = ", ".join(f"{label} ({value})" for label, _, value in ranked[:TOP])
    if len(plan.years) > 1:
        text = gettext("Hoogste waarden in %(year)s: %(list)s.") % {"year": last, "list": largest}
    else:
        text = gettext("Hoogste waarden: %(list)s.") % {"list": largest}
    if len(ranked) > TOP:
        label, _, value = ranked[-1]
        text += " " + gettext("Laagste: %(label)s (%(value)s).") % {"label": label, "value": value}
    return f"{text} {_trends(points, plan)}".strip()


def _points(snapshot: dict, plan: Plan) -> list[tuple[str, int, int]]:
    """(label, year, value) of every visible bar segment: its category, then the other values that vary."""
    labels = {
        (dim["code"], value["code"]): value["label"]
        for dim in snapshot.get("dimensions", [])
        if len([v for v in dim["values"] if not v.get("is_total")]) > 1
        for value in dim["values"]
        if not value.get("is_total")
    }
    points = []
    for group in plan.groups:
        for bar in group.bars:
            for segment in bar.segments:
                if not segment.visible or "coords" not in segment.cell:
                    continue
                coords = segment.cell["coords"]
                names = [labels[(dim, code)] for dim, code in coords.items() if (dim, code) in labels]
                label = ", ".join([group.label, *(name for name in names if name != group.label)])
                points.append((label, segment.cell["year"], segment.cell["value"]))
    return points


def _trends(points: list[tuple[str, int, int]], plan: Plan) -> str:
    """From the first to the last year, for the series largest in the last year."""
    if len(plan.years) < 2:
        return ""
    first, last = plan.years[0], plan.years[-1]
    by_label: dict[str, dict[int, int]] = {}
    for label, year, value in points:
        by_label.setdefault(label, {})[year] = value
    series = sorted(
        ((label, values) for label, values in by_label.items() if first in values and last in values),
        key=lambda item: -item[1][last],
    )
    moves = [
        gettext("%(label)s van %(old)s in %(first)s naar %(new)s in %(last)s")
        % {"label": label, "old": values[first], "first": first, "new": values[last], "last": last}
        for label, values in series[:TRENDS]
    ]
    return gettext("Verloop: %(moves)s.") % {"moves": "; ".join(moves)} if moves else ""
