"""The English 2025 edition in a real browser: its page and PDF in English with the Dutch edition's
numbers, the language switch both ways, and no axe violations."""

import io

import pytest
from axe_playwright_python.sync_playwright import Axe
from pypdf import PdfReader

from tests.browser.conftest import close_and_wait_for_server
from tests.cms.test_english_edition import _pdf_numbers

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ENGLISH_PAGES = ["/en/", "/en/monitor/", "/en/monitor/2025/"]

CELL_NUMBERS = """() => [...document.querySelectorAll('td.mhm-figure__cell, dd.mhm-keyfigure__value')]
    .map(cell => {
        const shown = cell.querySelector('[aria-hidden="true"]');
        const text = shown ? shown.textContent : [...cell.childNodes]
            .filter(node => node.nodeType === Node.TEXT_NODE).map(node => node.textContent).join('');
        return text.trim().replaceAll(',', '');
    })
    .filter(text => /^-?[0-9]+$/.test(text)).map(Number)"""


def test_axe_finds_no_violations_on_the_english_pages(seeded_site, browser):
    axe = Axe()
    for width in (375, 1280):
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        for path in ENGLISH_PAGES:
            response = page.goto(seeded_site + path)
            assert response.status == 200, path
            assert page.locator("html").get_attribute("lang") == "en"
            results = axe.run(page)
            assert results.violations_count == 0, f"{path} @ {width}px\n{results.generate_report()}"
            root = "document.documentElement"
            assert page.evaluate(f"{root}.scrollWidth <= {root}.clientWidth"), f"{path} @ {width}px"
        close_and_wait_for_server(context)


def test_english_edition_page_and_pdf_show_the_dutch_numbers(seeded_site, page, tmp_path):
    page.goto(seeded_site + "/monitor/2025/")
    dutch_numbers = page.evaluate(CELL_NUMBERS)
    dutch_pdf = page.request.get(seeded_site + page.locator('[data-testid="pdf-link"]').get_attribute("href"))

    # The language switch of the Dutch edition leads to its English translation.
    switch = page.locator('a[hreflang="en"][data-testid="language-en"]')
    assert switch.get_attribute("lang") == "en"
    switch.click()
    page.wait_for_url(seeded_site + "/en/monitor/2025/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == "Human Trafficking Monitor 2025"
    assert page.locator("nav.mhm-toc h2").inner_text() == "Contents"
    assert "1 March 2026" in page.locator(".mhm-hero__meta").inner_text()
    english_numbers = page.evaluate(CELL_NUMBERS)
    assert len(dutch_numbers) > 100 and english_numbers == dutch_numbers
    hreflang = page.locator('head link[rel="alternate"][hreflang="nl"]').get_attribute("href")
    assert hreflang.endswith("/monitor/2025/") and "/en/" not in hreflang

    pdf_link = page.locator('[data-testid="pdf-link"]')
    assert pdf_link.inner_text() == "Download as PDF"
    response = page.request.get(seeded_site + pdf_link.get_attribute("href"))
    assert response.status == 200 and response.headers["content-type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.body()))
    assert reader.trailer["/Root"]["/Lang"] == "en"
    assert "Human Trafficking" in reader.pages[0].extract_text()
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "9. Conclusion" in outline and "1. Why this monitor" in outline
    assert _pdf_numbers(response.body(), tmp_path, "en") == _pdf_numbers(dutch_pdf.body(), tmp_path, "nl")

    # And back: the English page's switch leads to the Dutch edition.
    page.locator('a[hreflang="nl"][data-testid="language-nl"]').click()
    page.wait_for_url(seeded_site + "/monitor/2025/")
    assert page.locator("html").get_attribute("lang") == "nl"


def test_a_text_not_yet_translated_is_dutch_and_marked_so(seeded_site, page):
    page.goto(seeded_site + "/en/monitor/2025/")
    dutch = page.locator('.mhm-text[lang="nl"]').first
    assert dutch.is_visible() and dutch.inner_text().strip()
    assert page.locator('main [lang="nl"]').count() > 10
