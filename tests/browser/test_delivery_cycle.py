"""The figures delivery cycle in a real browser, from the start screens, counting the clicks: the
datapartner downloads the template, fills it in, uploads it and submits (a fout explained); the
beheerder reviews the delivery and validates it with the explanation for readers."""

import io
import shutil

import pytest
from django.contrib.auth import get_user_model
from openpyxl import load_workbook

from monitor.models import Delivery
from tests.browser.admin import REPORTS, check_screen, demo_passwords, ensure_roles, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def workbench(seeded_site):
    ensure_roles()
    return {"url": seeded_site, "passwords": demo_passwords()}


def _filled_template(path: str) -> bytes:
    """The downloaded template with ESSM's opvang figures typed into the yellow cells of the sheet
    "Tijdelijke opvang", as a person would: the total not matching its parts."""
    with open(path, "rb") as handle:
        workbook = load_workbook(io.BytesIO(handle.read()))
    sheet = workbook["Tijdelijke opvang"]
    column = next(
        c.column for row in sheet.iter_rows(max_row=10) for c in row if c.value == "2026 (invullen)"
    )
    for row in sheet.iter_rows(min_row=2):
        label, cell = row[0].value, sheet.cell(row[0].row, column)
        if cell.protection.locked is False:
            cell.value = 999 if label == "Totaal tijdelijke opvang" else 10
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_datapartner_submits_and_beheerder_validates_in_five_clicks_each(workbench, page, tmp_path):
    url, passwords = workbench["url"], workbench["passwords"]
    sign_in(page, url, "datapartner-essm", passwords["datapartner-essm"])
    clicks = 0
    page.get_by_role("link", name="Mijn cijfers").first.click()
    clicks += 1
    check_screen(page)
    page.screenshot(path=str(REPORTS / "i11x-my-figures.png"), full_page=True)
    with page.expect_download() as download:
        page.get_by_role("link", name="Download het ingevulde sjabloon (XLSX)").click()
    clicks += 1
    filled = tmp_path / "cijfers-essm-2026.xlsx"
    filled.write_bytes(_filled_template(download.value.path()))
    page.get_by_label("Ingevuld bestand (XLSX of CSV)").set_input_files(str(filled))
    clicks += 1
    page.get_by_role("button", name="Uploaden").click()
    clicks += 1
    page.wait_for_load_state()
    check_screen(page)
    explanations = page.locator("textarea[name^='uitleg:']")
    assert explanations.count() >= 1
    for index in range(explanations.count()):
        explanations.nth(index).fill("Het totaal komt uit ons registratiesysteem.")
    page.get_by_role("button", name="Cijfers over 2026 indienen").click()
    clicks += 1
    page.wait_for_load_state()
    assert clicks <= 5
    delivery = Delivery.objects.get(partner__organisation__short_name="ESSM", year=2026)
    assert delivery.status == Delivery.Status.SUBMITTED
    check_screen(page)

    page.context.clear_cookies()
    sign_in(page, url, "beheerder", passwords["beheerder"])
    clicks = 0
    page.locator(f"a[href$='/cijfers/aanleveringen/{delivery.pk}/beoordelen/']").first.click()
    clicks += 1
    page.wait_for_load_state()
    check_screen(page)
    page.screenshot(path=str(tmp_path / "review.png"), full_page=True)
    shutil.copy(tmp_path / "review.png", REPORTS / "i11b-delivery-review.png")
    assert "Het totaal komt uit ons registratiesysteem." in page.content()
    errors = page.locator(".mhm-review-finding--fout textarea")
    assert errors.count() >= 1
    for index in range(errors.count()):
        errors.nth(index).fill("De bron telt in het totaal ook opvang buiten de drie huizen.")
    page.get_by_role("button", name="Valideren").click()
    clicks += 1
    page.wait_for_load_state()
    assert clicks <= 5
    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.VALIDATED
    assert get_user_model().objects.get(username="beheerder") == delivery.validated_by
