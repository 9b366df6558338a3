"""Template helpers for the edition page and its PDF (figures from the figures app's include)."""

from django import template
from django.template.loader import render_to_string

from cms.figures import fallback_context

register = template.Library()


@register.simple_tag(takes_context=True)
def edition_figure(context, block: dict) -> str:
    """A figure block: chart, data table, footnotes and source, from the snapshot it was published with."""
    snapshot = block.get("snapshot")
    if not snapshot:
        return render_to_string("cms/includes/figure_missing.html", {"block": block})
    try:
        from monitor.charts import figure_context
    except ImportError:
        figure_context = None
    if figure_context is not None:
        chart_type = block.get("chart_type") or "auto"
        figure = figure_context(
            snapshot,
            chart_type="auto" if chart_type == "table" else chart_type,
            heading_level=block.get("level", 3),
            figure_id=f"figuur-{block.get('id') or snapshot.get('code')}",
            for_print=bool(context.get("print")),
        )
        if chart_type == "table":
            figure["chart_svg"] = figure["chart_svg_narrow"] = ""
        # In print a long table may break across pages; its notes then go in a footer that repeats on
        # every page, so each footnote marker has its note on the same page.
        notes_in_footer = bool(context.get("print") and figure["table"]["long"] and figure["footnotes"])
        return render_to_string(
            "monitor/includes/figure.html", {"figure": figure, "notes_in_footer": notes_in_footer}
        )
    return render_to_string("cms/includes/figure_fallback.html", fallback_context(snapshot, block))


@register.filter
def heading_tag(level) -> str:
    return f"h{min(max(int(level or 3), 2), 6)}"


@register.filter
def edition_title(document: dict) -> str:
    """The edition's title with its year: editions are titled "Mensenhandelmonitor 2025", but a
    snapshot published under a title without the year keeps that title, so the year is added here."""
    title, year = str(document.get("title", "")), str(document.get("year", ""))
    return title if year in title else f"{title} {year}".strip()
