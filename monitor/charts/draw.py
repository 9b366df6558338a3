"""Laying out the bars of a chart plan for a frame: wide (labels beside the bars) or narrow (a phone).

A chart is drawn for the width it is shown at rather than scaled down: a 640-wide drawing on a
320-pixel column halves its text. The narrow frame is 320 units wide, so shown in a phone's column of
about 320 pixels its 13-unit text stays at 12 px or more; it puts the labels above the bars (the full
width goes to the bars) and draws at most three grid lines.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from monitor import disclosure
from monitor.charts.marks import (
    BAR_GAP,
    BAR_H,
    FONT_SIZE,
    GRID,
    GROUP_GAP,
    LINE_H,
    MUTED,
    NEUTRAL,
    PAD,
    PLACEHOLDER_W,
    TEXT,
    colour_of,
    label_colour,
    line,
    rect,
    text,
    text_width,
    thousands,
    wrap,
)
from monitor.charts.plan import Bar, Plan, Segment


@dataclass(frozen=True)
class Frame:
    width: int
    small: int  # axis ticks and the numbers inside stacked segments
    labels_above: bool  # category labels above their bars instead of beside them
    max_ticks: int


WIDE = Frame(width=640, small=12, labels_above=False, max_ticks=5)
NARROW = Frame(width=320, small=13, labels_above=True, max_ticks=3)


def draw_empty(segments: list[Segment], frame: Frame) -> tuple[SafeString, float]:
    suppressed = any(seg.mark == disclosure.SYMBOL for seg in segments)
    message = gettext("Cijfers niet getoond") if suppressed else gettext("Cijfers niet beschikbaar")
    body = format_html(
        '<rect x="{x}" y="{x}" width="{w}" height="104" fill="none" stroke="{muted}" '
        'stroke-dasharray="6 4"/><text x="{cx}" y="66" text-anchor="middle" font-size="16" '
        'fill="{text}">{message}</text>',
        x=PAD,
        w=frame.width - 2 * PAD,
        muted=MUTED,
        cx=frame.width / 2,
        text=TEXT,
        message=message,
    )
    return body, 120


def draw(plan: Plan, prefix: str, frame: Frame) -> tuple[SafeString, float]:
    out: list[str] = []
    y = _draw_legend(out, plan, PAD, frame)
    multi = any(len(group.bars) > 1 for group in plan.groups)
    labels = [bar.label for group in plan.groups for bar in group.bars] if multi else []
    labels += [] if multi else [group.label for group in plan.groups]
    widest = max((text_width(label) for label in labels), default=0)
    beside = not frame.labels_above or (multi and widest <= frame.width * 0.25)
    label_w = min(widest, frame.width * 0.36 - 10) if beside else 0
    x0 = PAD + label_w + 10 + (12 if multi else 0) if beside else PAD
    ticks, scale = _scale(plan, x0, frame)
    out.append(text(PAD, y + FONT_SIZE, plan.category_label, weight="bold", fill=MUTED))
    y += FONT_SIZE + 8
    spans: list[tuple[float, float]] = []  # vertical extents of the bars, for the grid lines
    rows: list[str] = []
    for group in plan.groups:
        if multi:
            for part in wrap(group.label, frame.width - 2 * PAD):
                rows.append(text(PAD, y + FONT_SIZE, part, weight="bold"))
                y += LINE_H
            y += 4
        top = y - BAR_GAP
        for bar in group.bars:
            label = bar.label if multi else group.label
            if beside:
                lines = wrap(label, label_w)
                row_h = max(BAR_H, len(lines) * LINE_H)
                for i, part in enumerate(lines):
                    baseline = y + row_h / 2 + 4.5 + (i - (len(lines) - 1) / 2) * LINE_H
                    rows.append(text(x0 - 6, baseline, part, anchor="end"))
            else:
                for part in wrap(label, frame.width - 2 * PAD):
                    rows.append(text(PAD, y + FONT_SIZE - 1, part))
                    y += LINE_H
                y += 2
                row_h = BAR_H
                spans.append((y - BAR_GAP, y + BAR_H + BAR_GAP))
            rows.extend(_draw_bar(plan, bar, x0, y + (row_h - BAR_H) / 2, scale, prefix, frame))
            y += row_h + BAR_GAP
        if beside:
            spans.append((top, y))
        y += GROUP_GAP - BAR_GAP
    spans[-1] = (spans[-1][0], y)
    out.extend(_draw_axis(plan, ticks, x0, scale, spans, frame))
    out.extend(rows)
    return mark_safe("".join(out)), y + 44  # noqa: S308 (every part is built with format_html)


def _draw_legend(out: list[str], plan: Plan, y: float, frame: Frame) -> float:
    items = [(colour_of(i), label) for i, label in enumerate(plan.legend)]
    if plan.unsplit:
        items.append((NEUTRAL, gettext("Totaal, niet uitgesplitst")))
    if len(items) < 2:
        return y
    x = PAD
    for colour, label in items:
        width = 18 + text_width(label) + 14
        if x + width > frame.width - PAD and x > PAD:
            x, y = PAD, y + FONT_SIZE + 8
        out.append(rect(x, y + 1, 12, 12, colour))
        out.append(text(x + 18, y + 11.5, label))
        x += width
    return y + FONT_SIZE + 14


def _scale(plan: Plan, x0: float, frame: Frame) -> tuple[list[int], float]:
    """Axis ticks and pixels per unit, leaving room for the labels after the longest bars."""
    bars = [bar for group in plan.groups for bar in group.bars]
    sums = [sum(seg.cell["value"] for seg in bar.segments if seg.visible) for bar in bars]
    ticks = _ticks(max(sums, default=0), frame.max_ticks)
    room = frame.width - PAD - x0
    scale = (room - 40) / ticks[-1]
    for _ in range(4):  # labels that no longer fit in a segment move after the bar: settle in a few rounds
        limits = [
            (room - _after_width(plan, bar, scale, frame) - 6) / total
            for bar, total in zip(bars, sums, strict=True)
            if total
        ]
        scale = min([scale, *limits])
    return ticks, max(scale, 0.01)


def _fits(seg: Segment, scale: float, frame: Frame) -> bool:
    return seg.cell["value"] * scale >= text_width(seg.mark, frame.small) + 8


def _outside(seg: Segment, scale: float, frame: Frame) -> bool:
    """Whether a stacked segment's label goes after the bar; zeros get none (they are in the table)."""
    return not seg.visible or (seg.cell["value"] != 0 and not _fits(seg, scale, frame))


def _after_width(plan: Plan, bar: Bar, scale: float, frame: Frame) -> float:
    """Width of what is drawn after the end of a bar: its number, or a stacked bar's outside labels."""
    if plan.kind != "stacked":
        return max(text_width(seg.mark) for seg in bar.segments) + 4
    outside = [seg for seg in bar.segments if _outside(seg, scale, frame)]
    return sum(16 + text_width(seg.mark) + 8 for seg in outside)


def _draw_bar(
    plan: Plan, bar: Bar, x0: float, y: float, scale: float, prefix: str, frame: Frame
) -> list[str]:
    mid = y + BAR_H / 2 + 4.5
    marks = {seg.mark for seg in bar.segments}
    if not any(seg.visible for seg in bar.segments) and len(marks) == 1:
        (mark,) = marks
        return [
            rect(x0, y, PLACEHOLDER_W, BAR_H, f"url(#{prefix}-hatch)"),
            text(x0 + PLACEHOLDER_W + 4, mid, mark, fill=MUTED),
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
        parts.append(rect(x, y, width, BAR_H, colour))
        if plan.kind == "stacked" and _fits(seg, scale, frame):
            fill = label_colour(colour)
            parts.append(text(x + width / 2, mid, seg.mark, anchor="middle", fill=fill, size=frame.small))
        elif plan.kind == "stacked":
            after.append(seg)
        else:
            parts.append(text(x + width + 4, mid, seg.mark))
        x += width
    x += 6
    for seg in after:
        fill = colour_of(seg.colour)  # the series colour, also for "n.b." and the symbol
        parts.append(rect(x, y + 4, 10, 10, fill))
        parts.append(text(x + 14, mid, seg.mark, fill=TEXT if seg.visible else MUTED))
        x += 16 + text_width(seg.mark) + 8
    return parts


def _draw_axis(
    plan: Plan, ticks: list[int], x0: float, scale: float, spans: list[tuple[float, float]], frame: Frame
) -> list[str]:
    """Grid lines beside the bars (so headings and labels stay clear), the value axis and its label."""
    out = []
    bottom = spans[-1][1]
    for tick in ticks:
        x = x0 + tick * scale
        out.extend(line(x, top, x, end, GRID if tick else MUTED) for top, end in spans)
        out.append(text(x, bottom + 16, thousands(tick), anchor="middle", fill=MUTED, size=frame.small))
    out.append(line(x0, bottom, x0 + ticks[-1] * scale, bottom, MUTED))
    return [*out, text((x0 + x0 + ticks[-1] * scale) / 2, bottom + 36, plan.unit, anchor="middle")]


def _ticks(maximum: int, most: int = 5) -> list[int]:
    """Round tick values (steps of 1, 2 or 5 times a power of ten) from 0 to at least ``maximum``, at most
    ``most`` steps."""
    steps = (m * 10**e for e in range(12) for m in (1, 2, 5))
    step = next(s for s in steps if -(-maximum // s) <= most)
    top = max(step, -(-maximum // step) * step)
    return list(range(0, top + 1, step))
