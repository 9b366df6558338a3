"""The edition on a phone and on a desktop (issue 13): readable charts, tables that fit or scroll in
their own block with a cue, a named table of contents, a favicon."""

import pytest

from tests.browser.conftest import close_and_wait_for_server

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# The rendered size of an SVG text: its font size in the drawing's units times the drawing's scale.
CHART_TEXT_SIZES = """() => [...document.querySelectorAll('.mhm-figure__chart svg text')]
  .filter(t => t.getClientRects().length > 0)
  .map(t => ({text: t.textContent, size: parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a}))"""

OVERFLOWING_TABLES = """() => [...document.querySelectorAll('.mhm-scroll, .mhm-table-scroll')]
  .filter(box => box.scrollWidth > box.clientWidth + 1)
  .map(box => ({label: box.getAttribute('aria-label'), tabindex: box.getAttribute('tabindex'),
                cue: getComputedStyle(box).backgroundImage}))"""


def _open(browser, url: str, width: int):
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="nl-NL")
    page = context.new_page()
    page.goto(url)
    return context, page


def test_on_a_phone_every_chart_text_is_at_least_12px_and_the_page_does_not_scroll_sideways(
    seeded_site, browser
):
    context, page = _open(browser, seeded_site + "/monitor/2025/", 375)
    sizes = page.evaluate(CHART_TEXT_SIZES)
    assert len(sizes) > 100  # every chart of the edition is drawn (labels, numbers, axes)
    small = [item for item in sizes if item["size"] < 12]
    assert not small, small[:5]
    root = "document.documentElement"
    assert page.evaluate(f"{root}.scrollWidth <= {root}.clientWidth")
    # A table wider than the phone scrolls inside its own block, can be reached by keyboard, and shows
    # a shadow at the edge where there is more.
    overflowing = page.evaluate(OVERFLOWING_TABLES)
    assert overflowing, "the wide tables of the edition scroll on a phone"
    for box in overflowing:
        assert box["tabindex"] == "0" and box["label"], box
        assert "gradient" in box["cue"], box
    close_and_wait_for_server(context)


def test_on_a_desktop_charts_and_tables_read_well_and_the_site_is_named_and_has_a_favicon(
    seeded_site, browser
):
    """One page load for the desktop checks (each browser test seeds the whole edition again)."""
    context, page = _open(browser, seeded_site + "/monitor/2025/", 1280)
    # The wide drawing of each chart is shown, with readable text.
    assert page.locator(".mhm-figure__svg--wide").first.is_visible()
    assert not page.locator(".mhm-figure__svg--narrow").first.is_visible()
    assert min(item["size"] for item in page.evaluate(CHART_TEXT_SIZES)) >= 12
    # The plan status table fits the article column: no scrolling sideways.
    box = page.locator(".mhm-plan .mhm-table-scroll")
    assert box.evaluate("box => box.scrollWidth <= box.clientWidth")
    # Figure tables: no jargon headers; a table of one column of numbers is as wide as its content, so
    # the number sits next to its label.
    assert "Grootheid" not in page.locator(".mhm-figure__table thead th").all_inner_texts()
    widths = page.evaluate(
        """() => [...document.querySelectorAll('.mhm-figure__table')]
          .filter(t => t.querySelectorAll('thead th').length === 2)
          .map(t => t.getBoundingClientRect().width / t.closest('figure').clientWidth)"""
    )
    assert widths and max(widths) < 0.8, widths
    # The table of contents is a named navigation landmark; the site has a favicon.
    assert page.get_by_role("navigation", name="Inhoudsopgave").count() == 1
    icon = page.locator('link[rel="icon"]').get_attribute("href")
    assert page.request.get(seeded_site + icon).status == 200
    response = page.request.get(seeded_site + "/favicon.ico")
    assert response.ok and "svg" in response.headers["content-type"]
    close_and_wait_for_server(context)
