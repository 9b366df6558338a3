"""The open API in a real browser: its documentation page passes axe on phone and desktop, and a
page of another origin may read the API (CORS) without cookies."""

import json

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import close_and_wait_for_server

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_documentation_page_passes_axe_on_phone_and_desktop(seeded_site, browser):
    axe = Axe()
    for width in (375, 1280):
        context = browser.new_context(viewport={"width": width, "height": 900}, locale="nl-NL")
        page = context.new_page()
        response = page.goto(seeded_site + "/api/v1/docs/")
        assert response.status == 200
        results = axe.run(page)
        assert results.violations_count == 0, f"@ {width}px\n{results.generate_report()}"
        root = "document.documentElement"
        assert page.evaluate(f"{root}.scrollWidth <= {root}.clientWidth"), f"@ {width}px"
        assert page.locator("h2").filter(has_text="Eén tabel met haar waarnemingen").is_visible()
        close_and_wait_for_server(context)


def test_a_page_of_another_origin_reads_the_api(seeded_site, page):
    other_origin = seeded_site.replace("localhost", "127.0.0.1")
    assert other_origin != seeded_site
    page.goto(seeded_site + "/api/v1/docs/")
    answer = page.evaluate(
        """async url => {
            const response = await fetch(url, {credentials: "omit"});
            return {status: response.status, etag: response.headers.get("ETag"), body: await response.text()};
        }""",
        other_origin + "/api/v1/regions/rotterdam/editions/2025/tables/essm_meldpunt_contacten/",
    )
    assert answer["status"] == 200
    assert answer["etag"]
    assert json.loads(answer["body"])["table"]["code"] == "essm_meldpunt_contacten"
