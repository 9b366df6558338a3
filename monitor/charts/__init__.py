"""Accessible bar charts and figure blocks of a table snapshot, drawn on the server as inline SVG.

We draw the SVG ourselves with escaped string building (``format_html``) instead of using a charting
library: three kinds of horizontal bar chart take a few hundred lines, add no dependency, and give us
full control over what accessibility and WeasyPrint need (title and description, direct labels,
self-contained attributes, the same markup on the web page and in the PDF).

Input is the dict of ``monitor.selectors.table_snapshot`` (after ``monitor.disclosure.apply`` for public
output). Totals are never drawn as bars, "niet beschikbaar" and hidden cells get a hatched placeholder
with "n.b." or the disclosure symbol, and nothing is ever computed: every number drawn is a cell's value.

- ``plan``: what a chart shows (kind, axes, the cell behind every bar).
- ``svg``: drawing a plan.
- ``figure``: the context of ``templates/monitor/includes/figure.html`` (chart, data table, notes).
"""

from monitor.charts.figure import figure_context, key_figure_context
from monitor.charts.plan import CHART_TYPES, Plan, plan_chart
from monitor.charts.svg import PALETTE, contrast_ratio, label_colour, render_chart_svg

__all__ = [
    "CHART_TYPES",
    "PALETTE",
    "Plan",
    "contrast_ratio",
    "figure_context",
    "key_figure_context",
    "label_colour",
    "plan_chart",
    "render_chart_svg",
]
