"""Drawing a chart plan as a self-contained SVG element (attributes only, no CSS, no script)."""

from __future__ import annotations

import hashlib

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import slugify
from django.utils.translation import gettext

from monitor import disclosure
from monitor.charts.plan import NOT_AVAILABLE, UNSPLIT, Bar, Plan, Segment, plan_chart

# Okabe-Ito, ordered so that neighbours differ in lightness as well as hue.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442"]
NEUTRAL = "#A6A6A6"  # a printed total drawn where the source gave no breakdown
BACKGROUND = "#FFFFFF"
TEXT = "#1A1A1A"
MUTED = "#505050"
GRID = "#D0D0D0"
FONT = "Arial, Helvetica, 'Liberation Sans', 'DejaVu Sans', sans-serif"

WIDTH, PAD, FONT_SIZE, LINE_H, BAR_H, BAR_GAP, GROUP_GAP, PLACEHOLDER_W = 640, 8, 13, 15, 18, 3, 12, 26


def colour_of(index: int) -> str:
    return NEUTRAL if index == UNSPLIT else PALETTE[index % len(PALETTE)]


def wrap(text: str, width: float) -> list[str]:
    """Split a label into lines of at most ``width`` (estimated); a single long word stays whole."""
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def text_width(text: str, size: float = FONT_SIZE) -> float:
    """A generous estimate of rendered text width for a sans-serif font (no font metrics on the server)."""
    return len(text) * size * 0.58


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two #RRGGBB colours."""
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def label_colour(fill: str) -> str:
    """Dark or white text, whichever reads better on ``fill``."""
    return TEXT if contrast_ratio(TEXT, fill) >= contrast_ratio("#FFFFFF", fill) else "#FFFFFF"


def render_chart_svg(
    snapshot: dict,
    chart_type: str = "auto",
    *,
    category_dim: str | None = None,
    series_dim: str | None = None,
    years: list[int] | None = None,
    id_prefix: str | None = None,
) -> SafeString:
    """The chart of ``snapshot`` as an accessible, self-contained inline SVG element.

    Its ids (title, description, hatch pattern) start with ``id_prefix``; the default is derived from
    the table code and the arguments, so pass one when the same chart appears twice on a page.
    """
    plan = plan_chart(snapshot, chart_type, category_dim=category_dim, series_dim=series_dim, years=years)
    if id_prefix is None:
        key = f"{chart_type}|{category_dim}|{series_dim}|{years}".encode()
        digest = hashlib.blake2s(key, digest_size=3).hexdigest()
        id_prefix = f"mhm-chart-{slugify(snapshot.get('code', ''))}-{digest}"
    prefix = id_prefix
    segments = [seg for group in plan.groups for bar in group.bars for seg in bar.segments]
    if any(seg.visible for seg in segments):
        body, height = _draw(plan, prefix)
    else:
        body, height = _draw_empty(segments)
    title = snapshot.get("title", "")
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" class="mhm-figure__svg" role="img" width="100%" '
        'viewBox="0 0 {w} {h}" aria-labelledby="{p}-title {p}-desc" font-family="{font}" '
        'font-size="{size}" fill="{text}"><title id="{p}-title">{title}</title>'
        '<desc id="{p}-desc">{desc}</desc>'
        '<defs><pattern id="{p}-hatch" patternUnits="userSpaceOnUse" width="6" height="6" '
        'patternTransform="rotate(45)"><rect width="6" height="6" fill="{bg}"/>'
        '<line x1="0" y1="0" x2="0" y2="6" stroke="{muted}" stroke-width="2"/></pattern></defs>'
        '<rect width="{w}" height="{h}" fill="{bg}"/>{body}</svg>',
        w=WIDTH,
        h=_num(height),
        p=prefix,
        font=FONT,
        size=FONT_SIZE,
        text=TEXT,
        title=title,
        desc=_description(snapshot, plan, segments),
        bg=BACKGROUND,
        muted=MUTED,
        body=body,
    )


def _description(snapshot: dict, plan: Plan, segments: list[Segment]) -> str:
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
    return text + gettext("De getallen staan ook in de tabel bij deze figuur.")


def _draw_empty(segments: list[Segment]) -> tuple[SafeString, float]:
    suppressed = any(seg.mark == disclosure.SYMBOL for seg in segments)
    message = gettext("Cijfers niet getoond") if suppressed else gettext("Cijfers niet beschikbaar")
    body = format_html(
        '<rect x="{x}" y="{x}" width="{w}" height="104" fill="none" stroke="{muted}" '
        'stroke-dasharray="6 4"/><text x="{cx}" y="66" text-anchor="middle" font-size="16" '
        'fill="{text}">{message}</text>',
        x=PAD,
        w=WIDTH - 2 * PAD,
        muted=MUTED,
        cx=WIDTH / 2,
        text=TEXT,
        message=message,
    )
    return body, 120


def _draw(plan: Plan, prefix: str) -> tuple[SafeString, float]:
    out: list[str] = []
    y = PAD
    y = _draw_legend(out, plan, y)
    multi = any(len(group.bars) > 1 for group in plan.groups)
    labels = [bar.label for group in plan.groups for bar in group.bars] if multi else []
    labels += [] if multi else [group.label for group in plan.groups]
    label_w = min(max((text_width(label) for label in labels), default=0), WIDTH * 0.36 - 10)
    x0 = PAD + label_w + 10 + (12 if multi else 0)
    ticks, scale = _scale(plan, x0)
    out.append(_text(PAD, y + FONT_SIZE, plan.category_label, weight="bold", fill=MUTED))
    y += FONT_SIZE + 8
    spans: list[tuple[float, float]] = []  # vertical extent of each group's bars, for the grid lines
    rows: list[str] = []
    for group in plan.groups:
        if multi:
            rows.append(_text(PAD, y + FONT_SIZE, group.label, weight="bold"))
            y += FONT_SIZE + 6
        top = y - BAR_GAP
        for bar in group.bars:
            lines = wrap(bar.label if multi else group.label, label_w)
            row_h = max(BAR_H, len(lines) * LINE_H)
            for i, line in enumerate(lines):
                baseline = y + row_h / 2 + 4.5 + (i - (len(lines) - 1) / 2) * LINE_H
                rows.append(_text(x0 - 6, baseline, line, anchor="end"))
            rows.extend(_draw_bar(plan, bar, x0, y + (row_h - BAR_H) / 2, scale, prefix))
            y += row_h + BAR_GAP
        spans.append((top, y))
        y += GROUP_GAP - BAR_GAP
    spans[-1] = (spans[-1][0], y)
    out.extend(_draw_axis(plan, ticks, x0, scale, spans))
    out.extend(rows)
    return mark_safe("".join(out)), y + 44  # noqa: S308 (every part is built with format_html)


def _draw_legend(out: list[str], plan: Plan, y: float) -> float:
    items = [(colour_of(i), label) for i, label in enumerate(plan.legend)]
    if plan.unsplit:
        items.append((NEUTRAL, gettext("Totaal, niet uitgesplitst")))
    if len(items) < 2:
        return y
    x = PAD
    for colour, label in items:
        width = 18 + text_width(label) + 14
        if x + width > WIDTH - PAD and x > PAD:
            x, y = PAD, y + FONT_SIZE + 8
        out.append(_rect(x, y + 1, 12, 12, colour))
        out.append(_text(x + 18, y + 11.5, label))
        x += width
    return y + FONT_SIZE + 14


def _scale(plan: Plan, x0: float) -> tuple[list[int], float]:
    """Axis ticks and pixels per unit, leaving room for the labels after the longest bars."""
    bars = [bar for group in plan.groups for bar in group.bars]
    sums = [sum(seg.cell["value"] for seg in bar.segments if seg.visible) for bar in bars]
    ticks = _ticks(max(sums, default=0))
    room = WIDTH - PAD - x0
    scale = (room - 40) / ticks[-1]
    for _ in range(4):  # labels that no longer fit in a segment move after the bar: settle in a few rounds
        limits = [
            (room - _after_width(plan, bar, scale) - 6) / total
            for bar, total in zip(bars, sums, strict=True)
            if total
        ]
        scale = min([scale, *limits])
    return ticks, max(scale, 0.01)


def _fits(seg: Segment, scale: float) -> bool:
    return seg.cell["value"] * scale >= text_width(seg.mark, 12) + 8


def _outside(seg: Segment, scale: float) -> bool:
    """Whether a stacked segment's label goes after the bar; zeros get none (they are in the table)."""
    return not seg.visible or (seg.cell["value"] != 0 and not _fits(seg, scale))


def _after_width(plan: Plan, bar: Bar, scale: float) -> float:
    """Width of what is drawn after the end of a bar: its number, or a stacked bar's outside labels."""
    if plan.kind != "stacked":
        return max(text_width(seg.mark) for seg in bar.segments) + 4
    outside = [seg for seg in bar.segments if _outside(seg, scale)]
    return sum(16 + text_width(seg.mark) + 8 for seg in outside)


def _draw_bar(plan: Plan, bar: Bar, x0: float, y: float, scale: float, prefix: str) -> list[str]:
    mid = y + BAR_H / 2 + 4.5
    marks = {seg.mark for seg in bar.segments}
    if not any(seg.visible for seg in bar.segments) and len(marks) == 1:
        (mark,) = marks
        return [
            _rect(x0, y, PLACEHOLDER_W, BAR_H, f"url(#{prefix}-hatch)"),
            _text(x0 + PLACEHOLDER_W + 4, mid, mark, fill=MUTED),
        ]
    parts, after, x = [], [], x0
    for seg in bar.segments:
        if not seg.visible:
            after.append(seg)
            continue
        width = seg.cell["value"] * scale
        colour = colour_of(seg.colour)
        if plan.kind == "stacked" and not width:
            continue
        parts.append(_rect(x, y, width, BAR_H, colour))
        if plan.kind == "stacked" and _fits(seg, scale):
            parts.append(
                _text(x + width / 2, mid, seg.mark, anchor="middle", fill=label_colour(colour), size=12)
            )
        elif plan.kind == "stacked":
            after.append(seg)
        else:
            parts.append(_text(x + width + 4, mid, seg.mark))
        x += width
    x += 6
    for seg in after:
        fill = colour_of(seg.colour)  # the series colour, also for "n.b." and the symbol
        parts.append(_rect(x, y + 4, 10, 10, fill))
        parts.append(_text(x + 14, mid, seg.mark, fill=TEXT if seg.visible else MUTED))
        x += 16 + text_width(seg.mark) + 8
    return parts


def _draw_axis(
    plan: Plan, ticks: list[int], x0: float, scale: float, spans: list[tuple[float, float]]
) -> list[str]:
    """Grid lines beside each group's bars (so group headings stay clear), the value axis and its label."""
    out = []
    bottom = spans[-1][1]
    for tick in ticks:
        x = x0 + tick * scale
        out.extend(_line(x, top, x, end, GRID if tick else MUTED) for top, end in spans)
        out.append(_text(x, bottom + 16, _thousands(tick), anchor="middle", fill=MUTED, size=12))
    out.append(_line(x0, bottom, x0 + ticks[-1] * scale, bottom, MUTED))
    return [*out, _text((x0 + x0 + ticks[-1] * scale) / 2, bottom + 36, plan.unit, anchor="middle")]


def _ticks(maximum: int) -> list[int]:
    """Round tick values (steps of 1, 2 or 5 times a power of ten) from 0 to at least ``maximum``."""
    steps = (m * 10**e for e in range(12) for m in (1, 2, 5))
    step = next(s for s in steps if -(-maximum // s) <= 5)
    top = max(step, -(-maximum // step) * step)
    return list(range(0, top + 1, step))


def _thousands(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _rect(x: float, y: float, width: float, height: float, fill: str) -> str:
    return format_html(
        '<rect x="{}" y="{}" width="{}" height="{}" fill="{}" stroke="{}" stroke-width="0.75"/>',
        _num(x),
        _num(y),
        _num(width),
        _num(height),
        fill,
        TEXT,
    )


def _line(x1: float, y1: float, x2: float, y2: float, colour: str) -> str:
    return format_html(
        '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="1"/>',
        _num(x1),
        _num(y1),
        _num(x2),
        _num(y2),
        colour,
    )


def _text(
    x: float,
    y: float,
    text: str,
    *,
    anchor: str = "start",
    fill: str = TEXT,
    weight: str = "normal",
    size: int = 13,
) -> str:
    return format_html(
        '<text x="{}" y="{}" text-anchor="{}" fill="{}" font-weight="{}" font-size="{}">{}</text>',
        _num(x),
        _num(y),
        anchor,
        fill,
        weight,
        size,
        text,
    )
