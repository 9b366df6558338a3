"""The national overview in a real browser: Rotterdam (seeded) and the fictional demo region side by
side, axe-clean on phone and desktop, the page itself never wider than the screen (wide tables scroll
inside their own region)."""

import os
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command

from tests.browser.conftest import close_and_wait_for_server

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_national_overview_passes_axe_and_sets_the_fictional_region_apart(seeded_site, browser, tmp_path):
    call_command("load_pack", "packs/voorbeeldregio-2025", "--region", "voorbeeldregio", verbosity=0)
    shots = Path(os.environ.get("SCREENSHOT_DIR") or tmp_path)
    axe = Axe()
    for width in (375, 1280):
        context = browser.new_context(viewport={"width": width, "height": 900}, locale="nl-NL")
        page = context.new_page()
        response = page.goto(seeded_site + "/landelijk/")
        assert response.status == 200
        results = axe.run(page)
        assert results.violations_count == 0, f"@ {width}px\n{results.generate_report()}"
        root = "document.documentElement"
        assert page.evaluate(f"{root}.scrollWidth <= {root}.clientWidth"), f"@ {width}px"
        table = page.locator("#tabel-om_zaken")
        assert table.locator("tbody tr th", has_text="regio Rotterdam").count() == 1
        fictional = table.locator("tbody.mhm-national__fictional")
        assert fictional.locator("th", has_text="(fictief)").count() >= 1
        page.screenshot(path=str(shots / f"landelijk-{width}.png"), full_page=True)
        close_and_wait_for_server(context)
