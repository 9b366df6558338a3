"""Drawing a chart plan as a self-contained SVG element (attributes only, no CSS, no script)."""

from __future__ import annotations

import hashlib

from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.text import slugify
from django.utils.translation import gettext

from monitor import disclosure
from monitor.charts.draw import NARROW, WIDE, Frame, draw, draw_empty
from monitor.charts.marks import (  # noqa: F401 (the chart's colours and measures, used by callers)
    BACKGROUND,
    FONT,
    FONT_SIZE,
    MUTED,
    NEUTRAL,
    PAD,
    PALETTE,
    TEXT,
    contrast_ratio,
    label_colour,
    text_width,
    wrap,
)
from monitor.charts.plan import NOT_AVAILABLE, Plan, Segment, plan_chart
from monitor.charts.summary import chart_summary

__all__ = ["NARROW", "WIDE", "render_chart_svg"]


def render_chart_svg(
    snapshot: dict,
    chart_type: str = "auto",
    *,
    category_dim: str | None = None,
    series_dim: str | None = None,
    years: list[int] | None = None,
    id_prefix: str | None = None,
    frame: Frame = WIDE,
    summary_in_title: bool = False,
) -> SafeString:
    """The chart of ``snapshot`` as an accessible, self-contained inline SVG element.

    Its ids (title, description, hatch pattern) start with ``id_prefix``; the default is derived from
    the table code and the arguments, so pass one when the same chart appears twice on a page.
    ``frame`` is the drawing's width and layout (``WIDE`` or ``NARROW``, for a phone).
    ``summary_in_title`` adds what the chart shows to its title: WeasyPrint makes the title the
    figure's alternative text in the PDF.
    """
    plan = plan_chart(snapshot, chart_type, category_dim=category_dim, series_dim=series_dim, years=years)
    if id_prefix is None:
        narrow = "" if frame is WIDE else f"|{frame.width}"
        key = f"{chart_type}|{category_dim}|{series_dim}|{years}{narrow}".encode()
        digest = hashlib.blake2s(key, digest_size=3).hexdigest()
        id_prefix = f"mhm-chart-{slugify(snapshot.get('code', ''))}-{digest}"
    prefix = id_prefix
    segments = [seg for group in plan.groups for bar in group.bars for seg in bar.segments]
    if any(seg.visible for seg in segments):
        body, height = draw(plan, prefix, frame)
    else:
        body, height = draw_empty(segments, frame)
    title = snapshot.get("title", "")
    summary = chart_summary(snapshot, plan)
    alt = summary or (
        "" if any(seg.visible for seg in segments) else gettext("Er zijn geen cijfers beschikbaar.")
    )
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" class="mhm-figure__svg mhm-figure__svg--{kind}" role="img" '
        'width="100%" viewBox="0 0 {w} {h}" aria-labelledby="{p}-title {p}-desc" font-family="{font}" '
        'font-size="{size}" fill="{text}"><title id="{p}-title">{title}</title>'
        '<desc id="{p}-desc">{desc}</desc>'
        '<defs><pattern id="{p}-hatch" patternUnits="userSpaceOnUse" width="6" height="6" '
        'patternTransform="rotate(45)"><rect width="6" height="6" fill="{bg}"/>'
        '<line x1="0" y1="0" x2="0" y2="6" stroke="{muted}" stroke-width="2"/></pattern></defs>'
        '<rect width="{w}" height="{h}" fill="{bg}"/>{body}</svg>',
        kind="narrow" if frame.labels_above else "wide",
        w=frame.width,
        h=f"{height:.1f}".rstrip("0").rstrip("."),
        p=prefix,
        font=FONT,
        size=FONT_SIZE,
        text=TEXT,
        title=f"{title}. {alt}" if summary_in_title and alt else title,
        desc=_description(snapshot, plan, segments, summary),
        bg=BACKGROUND,
        muted=MUTED,
        body=body,
    )


def _description(snapshot: dict, plan: Plan, segments: list[Segment], summary: str) -> str:
    kinds = {
        "bar": gettext("Staafdiagram"),
        "grouped": gettext("Gegroepeerd staafdiagram"),
        "stacked": gettext("Gestapeld staafdiagram"),
    }
    parts = [
        gettext("%(kind)s van %(title)s: %(unit)s per %(category)s")
        % {
            "kind": kinds[plan.kind],
            "title": snapshot.get("title", ""),
            "unit": snapshot.get("unit", "").lower() or gettext("aantal"),
            "category": plan.category_label.lower(),
        }
    ]
    if plan.series:
        parts.append(gettext(", uitgesplitst naar %(series)s") % {"series": plan.series_label.lower()})
    if plan.years:
        parts.append(", " + ", ".join(str(year) for year in plan.years))
    text = "".join(parts) + ". "
    if summary:
        text += summary + " "
    if not any(seg.visible for seg in segments):
        text += gettext("Er zijn geen cijfers beschikbaar. ")
    elif any(seg.mark == NOT_AVAILABLE for seg in segments):
        text += gettext("n.b. betekent niet beschikbaar. ")
    if any(seg.mark == disclosure.SYMBOL for seg in segments):
        text += gettext("%(symbol)s betekent %(meaning)s. ") % {
            "symbol": disclosure.SYMBOL,
            "meaning": disclosure.screen_reader_text(),
        }
    if plan.unsplit:
        text += gettext("Waar de uitsplitsing ontbreekt, toont een grijze balk het gedrukte totaal. ")
    if plan.kind == "stacked" and any(seg.visible and not seg.cell["value"] for seg in segments):
        text += gettext("Nullen hebben in de balken geen label. ")
    if plan.other_units:
        text += gettext("Alleen in de tabel, want in een andere eenheid: %(labels)s. ") % {
            "labels": ", ".join(plan.other_units)
        }
    if plan.subsets:
        text += gettext("Alleen in de tabel, want een deel van een andere waarde: %(labels)s. ") % {
            "labels": ", ".join(plan.subsets)
        }
    return text + gettext("De getallen staan ook in de tabel bij deze figuur.")
