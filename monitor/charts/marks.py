"""The marks a chart is made of (text, rectangles, lines), its colours and text measures."""

from __future__ import annotations

from django.utils.html import format_html

from monitor.charts.plan import UNSPLIT

# Okabe-Ito, ordered so that neighbours differ in lightness as well as hue.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442"]
NEUTRAL = "#A6A6A6"  # a printed total drawn where the source gave no breakdown
BACKGROUND = "#FFFFFF"
TEXT = "#1A1A1A"
MUTED = "#505050"
GRID = "#D0D0D0"
FONT = "Arial, Helvetica, 'Liberation Sans', 'DejaVu Sans', sans-serif"

PAD, FONT_SIZE, LINE_H, BAR_H, BAR_GAP, GROUP_GAP, PLACEHOLDER_W = 8, 13, 15, 18, 3, 12, 26


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


def thousands(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def rect(x: float, y: float, width: float, height: float, fill: str) -> str:
    return format_html(
        '<rect x="{}" y="{}" width="{}" height="{}" fill="{}" stroke="{}" stroke-width="0.75"/>',
        num(x),
        num(y),
        num(width),
        num(height),
        fill,
        TEXT,
    )


def line(x1: float, y1: float, x2: float, y2: float, colour: str) -> str:
    return format_html(
        '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="1"/>',
        num(x1),
        num(y1),
        num(x2),
        num(y2),
        colour,
    )


def text(
    x: float,
    y: float,
    content: str,
    *,
    anchor: str = "start",
    fill: str = TEXT,
    weight: str = "normal",
    size: int = FONT_SIZE,
) -> str:
    return format_html(
        '<text x="{}" y="{}" text-anchor="{}" fill="{}" font-weight="{}" font-size="{}">{}</text>',
        num(x),
        num(y),
        anchor,
        fill,
        weight,
        size,
        content,
    )
