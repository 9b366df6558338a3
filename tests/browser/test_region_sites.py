"""Each region's public site in a real browser: the first region at /, the fictional demo region
(packs/voorbeeldregio-2025) under /regio/voorbeeldregio/, each axe-clean on phone and desktop, in its
own name and colours, the fictional one saying so on every page."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command

from tests.browser.conftest import close_and_wait_for_server

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SECOND = "/regio/voorbeeldregio/"
PAGES = {
    "/": ["", "monitor/", "monitor/2025/"],
    SECOND: ["", "monitor/", "monitor/2025/", "toegankelijkheidsverklaring/"],
}


@pytest.fixture
def two_region_site(seeded_site):
    call_command("load_pack", "packs/voorbeeldregio-2025", "--region", "voorbeeldregio", verbosity=0)
    return seeded_site


def test_each_region_is_axe_clean_on_phone_and_desktop(two_region_site, browser):
    axe = Axe()
    for width in (375, 1280):
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        for prefix, paths in PAGES.items():
            for path in paths:
                url = prefix + path
                response = page.goto(two_region_site + url)
                assert response.status == 200, url
                results = axe.run(page)
                assert results.violations_count == 0, f"{url} @ {width}px\n{results.generate_report()}"
                root = "document.documentElement"
                assert page.evaluate(f"{root}.scrollWidth <= {root}.clientWidth"), f"{url} @ {width}px"
                banner = page.get_by_test_id("fictional-banner")
                if prefix == SECOND:
                    assert banner.is_visible(), url
                    assert "alle namen en cijfers zijn verzonnen" in banner.inner_text()
                else:
                    assert banner.count() == 0, url
        close_and_wait_for_server(context)


def test_the_second_region_has_its_own_colours_and_links(two_region_site, page):
    page.goto(two_region_site + SECOND)
    header = page.locator("header.mhm-header")
    assert "Voorbeeldregio (fictief)" in header.inner_text()
    # The pack's primary colour on the header (rgb of #5b3f8c); the first region keeps its own.
    assert header.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(91, 63, 140)"
    page.locator("main a", has_text="Lees de monitor").click()
    assert page.url == f"{two_region_site}{SECOND}monitor/2025/"
    href = page.get_by_test_id("pdf-link").get_attribute("href")
    assert href == f"{SECOND}monitor/2025/pdf/"
    page.goto(two_region_site + "/")
    assert page.locator("header.mhm-header").evaluate("e => getComputedStyle(e).backgroundColor") == (
        "rgb(31, 58, 95)"
    )
