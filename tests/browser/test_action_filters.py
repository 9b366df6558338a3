"""The action list's filter panel, driven as a beheerder would: choosing a status adds no opgave."""

import pytest
from playwright.sync_api import expect

from tests.browser.admin import check_screen, demo_passwords, ensure_roles, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_choosing_a_status_filters_on_the_status_only(seeded_site, page):
    ensure_roles()
    sign_in(page, seeded_site, "beheerder", demo_passwords()["beheerder"])
    page.goto(seeded_site + "/admin/actieplan/acties/")
    page.get_by_role("button", name="Filters").or_(page.get_by_role("button", name="Filteren")).first.click()
    page.locator("[data-w-drilldown-target='toggle']", has_text="Status").click()
    page.get_by_label("Lopend", exact=True).check()
    page.wait_for_url("**status=lopend**")
    assert "opgave=1" not in page.url
    expect(page.locator("table.listing tbody tr").first).to_be_visible()
    assert page.get_by_text("Opgave (nummer): 1").count() == 0
    check_screen(page)
