"""The public pages in a real browser: no axe violations, working table of contents, the PDF link."""

import io

import pytest
from axe_playwright_python.sync_playwright import Axe
from pypdf import PdfReader

from tests.browser.conftest import close_and_wait_for_server

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PAGES = ["/", "/monitor/", "/monitor/2025/", "/toegankelijkheidsverklaring/"]


def test_axe_finds_no_violations_on_phone_and_desktop(seeded_site, browser):
    axe = Axe()
    for width in (375, 1280):
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        for path in PAGES:
            response = page.goto(seeded_site + path)
            assert response.status == 200, path
            results = axe.run(page)
            assert results.violations_count == 0, f"{path} @ {width}px\n{results.generate_report()}"
            # Responsive: the page itself never scrolls sideways (wide tables scroll in their own region).
            root = "document.documentElement"
            assert page.evaluate(f"{root}.scrollWidth <= {root}.clientWidth"), f"{path} @ {width}px"
        close_and_wait_for_server(context)


def test_table_of_contents_links_land_on_their_sections(seeded_site, page):
    page.goto(seeded_site + "/monitor/2025/")
    links = page.locator("nav.mhm-toc a")
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert len(hrefs) >= 12
    for href in hrefs:
        page.locator(f'nav.mhm-toc a[href="{href}"]').click()
        assert page.evaluate("location.hash") == href
        # The section's heading is scrolled to the top of the window (allowing for scroll-margin).
        page.wait_for_function(
            "id => { const top = document.getElementById(id).getBoundingClientRect().top;"
            " return top >= -2 && top <= 40; }",
            arg=href[1:],
            timeout=3000,
        )


def test_keyboard_user_can_skip_to_content(seeded_site, page):
    page.goto(seeded_site + "/monitor/2025/")
    page.keyboard.press("Tab")
    skip = page.locator(".utrecht-skip-link")
    assert skip.evaluate("element => element === document.activeElement")
    assert skip.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#hoofdinhoud"


def test_pdf_link_returns_the_edition_as_pdf(seeded_site, page):
    page.goto(seeded_site + "/monitor/2025/")
    href = page.locator('[data-testid="pdf-link"]').get_attribute("href")
    response = page.request.get(seeded_site + href)
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.body()))
    assert "Mensenhandelmonitor" in reader.pages[0].extract_text()
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    chapters = page.locator("article section > h2")
    for i in range(chapters.count()):
        assert chapters.nth(i).inner_text() in outline
