"""The admin search as a beheerder uses it: one query from the sidebar, then into the actions."""

import pytest
from playwright.sync_api import expect

from tests.browser.admin import check_screen, demo_passwords, ensure_roles, screenshot, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_the_sidebar_search_reaches_the_actions_with_a_count(seeded_site, page):
    ensure_roles()
    sign_in(page, seeded_site, "beheerder", demo_passwords()["beheerder"])

    page.get_by_role("complementary", name="Zijbalk").get_by_role("textbox").fill("slachtoffer")
    page.keyboard.press("Enter")
    page.wait_for_url("**/admin/pages/search/?q=slachtoffer")
    area = page.get_by_role("navigation", name="Andere zoekacties").get_by_role("link", name="Acties (")
    expect(area).to_be_visible()
    check_screen(page)
    screenshot(page, "beheerder-zoeken")

    area.click()
    page.wait_for_url("**/admin/actieplan/acties/?q=slachtoffer")
    expect(page.locator("table.listing tbody tr").first).to_be_visible()
    rows = page.locator("table.listing tbody tr").count()
    assert f"Acties ({rows})" in page.get_by_role("navigation", name="Andere zoekacties").inner_text()
    check_screen(page)
    screenshot(page, "beheerder-zoeken-acties")


def test_an_actiehouder_searches_in_the_own_actions(seeded_site, page):
    ensure_roles()
    sign_in(page, seeded_site, "actiehouder-essm", demo_passwords()["actiehouder-essm"])

    page.get_by_role("complementary", name="Zijbalk").get_by_role("textbox").fill("noodbed")
    page.keyboard.press("Enter")
    page.wait_for_url("**/admin/mijn-acties/?q=noodbed")
    expect(page.get_by_text("1 actie gevonden met 'noodbed'")).to_be_visible()
    expect(
        page.get_by_role("link", name="Pilot noodbed voor meerderjarige mannelijke slachtoffers")
    ).to_be_visible()
    assert page.locator("table.listing tbody tr").count() == 1
    check_screen(page)
    screenshot(page, "actiehouder-zoeken")
