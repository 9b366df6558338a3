"""The edition's edit screen, as the redacteur opens it: every field of ours has an accessible name."""

import pytest
from playwright.sync_api import expect

from cms.models import EditionPage
from tests.browser.admin import demo_passwords, ensure_roles, screenshot, serious_violations, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_the_edition_editor_has_no_unlabelled_field(seeded_site, page):
    ensure_roles()
    sign_in(page, seeded_site, "redacteur", demo_passwords()["redacteur"])
    edition = EditionPage.objects.get(year=2025, locale__language_code="nl")

    # The whole edition's editor is a large page: wait for its document, then for the form.
    page.goto(f"{seeded_site}/admin/pages/{edition.pk}/edit/", wait_until="domcontentloaded", timeout=60000)
    expect(page.locator("form#page-edit-form")).to_be_visible(timeout=30000)
    expect(page.locator("[data-contentpath='body'] [data-streamfield-child]").first).to_be_visible(
        timeout=30000
    )
    expect(page.get_by_role("heading", name="Mensenhandelmonitor 2025", level=1)).to_be_visible()

    violations = serious_violations(page)
    # "label": inputs (the sub-headings); "aria-input-field-name": Draftail's rich text areas.
    unnamed = {"label", "aria-input-field-name"}
    unlabelled = [node["target"] for v in violations if v["id"] in unnamed for node in v["nodes"]]
    assert not unlabelled, f"fields without a label: {unlabelled[:10]} ({len(unlabelled)} in all)"
    # What axe still finds is Wagtail's own: the minimap's list scrolls but cannot take the focus.
    # Named here so that anything new fails the test instead of going unnoticed.
    others = {(v["id"], str(v["nodes"][0]["target"])) for v in violations}
    assert others <= {("scrollable-region-focusable", "['.w-minimap__list']")}, others
    screenshot(page, "redacteur-editie-bewerken")
    page.goto("about:blank")  # the editing-session pings must not hold the database when it is flushed
    page.wait_for_timeout(500)
