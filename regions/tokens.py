"""A region's house style on the public site: design tokens (``Region.tokens``) to CSS custom properties.

The defaults are in ``assets/css/tokens.css`` (the ``.mhm-theme`` class on every public page); a region
overrides any of the colours below with a hex colour (``#00689e``) in its data pack's ``region.tokens``.
The NL Design System components read these properties, so header, footer, links, headings, buttons
and tables take the region's colours.

Every colour that carries text keeps WCAG 2.1 AA contrast (4.5:1): a token that would fail it is left
out (the default stays), so no region's colours can make its site inaccessible.
"""

import re

# token -> (CSS custom property, what it must contrast with, 4.5:1)
WHITE = "#ffffff"
INK = "ink"
COLOURS: dict[str, tuple[str, str]] = {
    # Header background under white text; headings of level 3 and 4 on white.
    "primary": ("--mhm-color-primary", WHITE),
    # Footer background under white text; headings of level 1 and 2.
    "primary-dark": ("--mhm-color-primary-dark", WHITE),
    "link": ("--mhm-color-link", WHITE),
    "link-hover": ("--mhm-color-link-hover", WHITE),
    # Pre-headings (text), list markers, the quote's border, the logo's mark.
    "accent": ("--mhm-color-accent", WHITE),
    "ink": ("--mhm-color-ink", WHITE),
    "muted": ("--mhm-color-muted", WHITE),
    # Backgrounds under ink: table headers, the focus highlight.
    "surface-alt": ("--mhm-color-surface-alt", INK),
    "focus": ("--mhm-color-focus", INK),
    # Lines only: no text on them.
    "border": ("--mhm-color-border", ""),
}
DEFAULT_INK = "#1b1f24"
HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
AA = 4.5


def _rgb(colour: str) -> tuple[float, float, float]:
    digits = colour[1:]
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return tuple(int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4))


def _luminance(colour: str) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two hex colours."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def valid_colours(tokens: dict | None) -> dict[str, str]:
    """The region's colour tokens that are hex colours and keep AA contrast, by CSS property."""
    tokens = tokens or {}
    ink = tokens.get("ink") if isinstance(tokens.get("ink"), str) and HEX.match(tokens["ink"]) else None
    if ink and contrast(ink, WHITE) < AA:
        ink = None
    ink = ink or DEFAULT_INK
    properties = {}
    for key, (prop, against) in COLOURS.items():
        value = tokens.get(key)
        if not isinstance(value, str) or not HEX.match(value.strip()):
            continue
        value = value.strip().lower()
        other = ink if against == INK else against
        if other and contrast(value, other) < AA:
            continue
        properties[prop] = value
    return properties


def problems(tokens: dict | None) -> list[str]:
    """What is wrong with a pack's tokens, in Dutch, for ``check_pack`` and the region's beheerder."""
    found = []
    kept = valid_colours(tokens)
    for key, value in (tokens or {}).items():
        if key not in COLOURS:
            found.append(f"onbekend ontwerptoken '{key}' (bekend: {', '.join(COLOURS)})")
        elif COLOURS[key][0] not in kept:
            found.append(f"ontwerptoken '{key}': '{value}' is geen hexkleur met voldoende contrast (4,5:1)")
    return found


def stylesheet(tokens: dict | None) -> str:
    """The CSS that gives a region's public pages its colours (after tokens.css)."""
    properties = valid_colours(tokens)
    if not properties:
        return ""
    lines = "".join(f"  {prop}: {value};\n" for prop, value in properties.items())
    return f".mhm-theme {{\n{lines}}}\n"
