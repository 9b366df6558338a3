"""The actiehouder's job in a real browser: write 2026 of an action in Mijn acties, by clicking.

2025 is published, so closed: opened, it shows its text read only. Writing 2026 leaves the 2025
text, its status and the public 2025 page as they were.
"""

import pytest
from django.core.cache import cache
from playwright.sync_api import expect

from actionplan.models import Action, ProgressNote
from tests.browser.admin import ensure_roles
from workbench import packs as seed

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PILOT = "Pilot noodbed voor meerderjarige mannelijke slachtoffers"


def test_actiehouder_writes_2026_and_2025_stays_as_published(seeded_site, page):
    ensure_roles()
    passwords = {username: password for username, password, _role in seed.seed_demo_accounts()}
    text_2025 = ProgressNote.objects.get(action__title=PILOT, year=2025).text
    clicks = 0

    page.goto(seeded_site + "/admin/login/")
    page.fill("input[name=username]", "actiehouder-essm")
    page.fill("input[name=password]", passwords["actiehouder-essm"])
    page.locator("button[type=submit]").click()
    clicks += 1
    page.get_by_role("link", name="Mijn acties").first.click()
    page.get_by_role("link", name=PILOT).first.click()
    clicks += 2

    page.get_by_role("link", name="2025 (afgesloten)").click()
    clicks += 1
    expect(page.get_by_text("Verslagjaar 2025 is afgesloten")).to_be_visible()
    expect(page.get_by_text(text_2025)).to_be_visible()
    assert page.locator("textarea").count() == 0

    page.get_by_role("link", name="2026 (nog leeg)").click()
    clicks += 1
    assert page.locator("textarea[name=note]").input_value() == ""
    page.get_by_label("Status").select_option(label="Afgerond")
    page.get_by_label("Stand van zaken").fill("De pilot is in 2026 afgerond.")
    page.get_by_role("button", name="Stand van zaken 2026 opslaan").click()
    clicks += 3
    page.wait_for_url("**/admin/mijn-acties/")
    expect(page.get_by_text("De stand van zaken 2026 van")).to_be_visible()
    assert clicks <= 8

    note_2025 = ProgressNote.objects.get(action__title=PILOT, year=2025)
    assert (note_2025.status, note_2025.text) == ("lopend", text_2025)
    assert Action.objects.get(title=PILOT).status == "afgerond"

    cache.clear()  # read the page as rendered now, not a copy cached before the edit
    public = page.context.browser.new_context().new_page()  # a visitor without a session
    public.goto(seeded_site + "/monitor/2025/")
    expect(public.get_by_text(text_2025)).to_be_visible()
    assert public.get_by_text("De pilot is in 2026 afgerond.").count() == 0
    public.context.close()
