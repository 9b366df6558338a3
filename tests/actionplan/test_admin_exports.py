"""The admin lists in Dutch: pagination, and the names of exported files and their sheets."""

import io
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from cms.models import Casus
from tests.actionplan.conftest import login
from tests.factories import default_region

pytestmark = pytest.mark.django_db


def _download(client, url: str, export: str):
    response = client.get(url, {"export": export})
    assert response.status_code == 200
    filename = re.search(r'filename="([^"]+)"', response["Content-Disposition"]).group(1)
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return filename, content


@pytest.mark.parametrize(
    ("url_name", "name", "sheet"),
    [
        ("actions:index", "acties", "Acties"),
        ("organisations:index", "organisaties", "Organisaties"),
        ("progress_notes:index", "standen-van-zaken", "Standen van zaken"),
        ("tables:index", "tabellen", "Tabellen"),
        ("observations:index", "waarnemingen", "Waarnemingen"),
    ],
)
def test_a_list_exports_under_a_dutch_name_with_a_dutch_sheet(
    client, django_user_model, seeded, url_name, name, sheet
):
    login(client, django_user_model, "beheerder")
    today = f"{timezone.localdate():%Y-%m-%d}"

    filename, content = _download(client, reverse(url_name), "xlsx")
    assert filename == f"{name}-{today}.xlsx"
    assert load_workbook(io.BytesIO(content)).sheetnames == [sheet]
    assert _download(client, reverse(url_name), "csv")[0] == f"{name}-{today}.csv"


def test_a_snippet_list_exports_under_a_dutch_name(client, django_user_model, seeded):
    Casus.objects.create(region=default_region(), title="Sanne", source="ESSM", body="<p>Verhaal.</p>")
    login(client, django_user_model, "redacteur")

    filename, content = _download(client, reverse(Casus.snippet_viewset.get_url_name("list")), "xlsx")
    assert filename == f"casussen-{timezone.localdate():%Y-%m-%d}.xlsx"
    assert load_workbook(io.BytesIO(content)).sheetnames == ["Casussen"]


def test_the_pagination_of_a_list_is_dutch(client, django_user_model, seeded):
    login(client, django_user_model, "beheerder")
    html = client.get(reverse("actions:index")).content.decode()  # 30 actions, 25 a page
    nav = re.search(r'<nav class="pagination".*?</nav>', html, re.S).group(0)
    text = " ".join(re.sub(r"<[^>]+>", " ", re.sub(r"<svg.*?</svg>", "", nav, flags=re.S)).split())
    assert text.startswith("Pagina 1 van 2") and "Vorige" in text and "Volgende" in text
    assert "30 acties" in text
    assert not re.search(r"\b(Page|of|Next|Previous|items)\b", text)


@pytest.mark.parametrize(
    ("url_name", "name", "sheet"),
    [
        ("wagtailadmin_reports:locked_pages", "vergrendelde-paginas", "Vergrendelde pagina's"),
        ("wagtailadmin_reports:site_history", "sitegeschiedenis", "Sitegeschiedenis"),
        ("wagtailadmin_reports:aging_pages", "verouderde-paginas", "Verouderde pagina's"),
        ("wagtailadmin_reports:workflow", "werkstromen", "Werkstromen"),
        ("wagtailadmin_reports:workflow_tasks", "werkstroomtaken", "Werkstroomtaken"),
    ],
)
def test_wagtails_reports_export_under_dutch_names(client, django_user_model, seeded, url_name, name, sheet):
    # A superuser: the locked pages report is for whoever may unlock pages.
    client.force_login(django_user_model.objects.create_superuser("beheer", password="Geheim-wachtwoord-1"))
    today = f"{timezone.localdate():%Y-%m-%d}"

    filename, content = _download(client, reverse(url_name), "xlsx")
    assert filename == f"{name}-{today}.xlsx"
    assert load_workbook(io.BytesIO(content)).sheetnames == [sheet]
    assert _download(client, reverse(url_name), "csv")[0] == f"{name}-{today}.csv"
