"""Clear refusals instead of 500s (issue 10): numbers beyond the database's integer range, Unicode
digits, a locked SQLite database, copying an edition, an oversized form, an empty upload. Each is
answered in Dutch and stores nothing."""

import io
import json
import os
import subprocess
import sys

import pytest
from django.conf import settings as django_settings
from django.core.management import CommandError, call_command
from django.db import OperationalError

from accounts import roles
from cms.models import EditionPage
from monitor.exchange import ImportFailed
from monitor.importing import import_figures
from monitor.models import Delivery, Observation
from tests.factories import ActionFactory, UserFactory

pytestmark = pytest.mark.django_db

HEADER = "tabel;jaar;grootheid;waarde;voetnoot\n"
GRID = "/admin/mijn-cijfers/tabel/essm_opvang_tekst/"
TOO_LARGE = ["3000000000", "100000000000000000000000000", "9" * 5000]
NOT_ASCII = ["٣", "５", "１２"]


def state():
    return sorted(Observation.objects.values_list("table__code", "year", "coord_key", "value", "version"))


@pytest.mark.parametrize("raw", TOO_LARGE + NOT_ASCII)
def test_grid_refuses_numbers_out_of_range_and_unicode_digits(client, essm_user, raw):
    client.force_login(essm_user)
    before = state()
    response = client.post(GRID, {"cel__opvangtype=cosm": raw})
    assert response.status_code == 200
    content = response.content.decode()
    assert ("te groot" if raw in TOO_LARGE else "Vul een geheel getal") in content
    assert state() == before


@pytest.mark.parametrize("raw", TOO_LARGE + NOT_ASCII)
def test_import_refuses_numbers_out_of_range_and_unicode_digits(seeded, raw):
    before = state()
    with pytest.raises(ImportFailed, match="Rij 2, kolom 'waarde'"):
        import_figures((HEADER + f"om_zaken;2026;zaken;{raw};\n").encode())
    assert state() == before


@pytest.mark.parametrize("raw", ["٢٠٢٦", "２０２６"])
def test_import_refuses_a_year_in_unicode_digits(seeded, raw):
    with pytest.raises(ImportFailed, match="kolom 'jaar'"):
        import_figures((HEADER + f"om_zaken;{raw};zaken;1;\n").encode())


def test_xlsx_number_beyond_the_range_is_refused(seeded):
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.append(["tabel", "jaar", "grootheid", "waarde"])
    workbook.active.append(["om_zaken", 2026, "zaken", 1e26])
    buffer = io.BytesIO()
    workbook.save(buffer)
    with pytest.raises(ImportFailed, match="te groot"):
        import_figures(buffer.getvalue(), filename="f.xlsx")


def test_largest_number_still_imports(seeded):
    import_figures((HEADER + "om_zaken;2026;zaken;2147483647;\n").encode())
    assert Observation.objects.get(table__code="om_zaken", year=2026).value == 2147483647


def test_command_line_refuses_numbers_out_of_range(seeded, tmp_path):
    path = tmp_path / "groot.csv"
    path.write_text(HEADER + "om_zaken;2026;zaken;3000000000;\n", encoding="utf-8")
    with pytest.raises(CommandError, match="te groot"):
        call_command("import_figures", str(path))


def test_sqlite_waits_for_a_lock_and_takes_it_at_the_start_of_a_transaction():
    """Read from the settings as they load for SQLite (the default), whatever database this run uses."""
    environment = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    environment["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    script = (
        "import json, django; from django.conf import settings; django.setup(); "
        "print(json.dumps(settings.DATABASES['default']['OPTIONS']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], env=environment, capture_output=True, text=True, check=True
    )
    options = json.loads(result.stdout.strip().splitlines()[-1])
    assert options["timeout"] >= 10
    assert options["transaction_mode"] == "IMMEDIATE"


def test_locked_database_is_refused_cleanly_in_dutch(client, monkeypatch):
    beheerder = UserFactory(username="beheerder-slot", roles=[roles.BEHEERDER])
    action = ActionFactory()
    client.force_login(beheerder)

    def locked(**kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr("actionplan.services.action_update_status", locked)
    response = client.post(
        f"/admin/actieplan/acties/stand-van-zaken/{action.pk}/?jaar=2025",
        {"status": "lopend", "note": "Tegelijk opgeslagen", "version": action.version},
    )
    assert response.status_code == 503
    content = response.content.decode()
    assert "tegelijk" in content and "niet opgeslagen" in content
    assert response["Retry-After"]


def test_copying_an_edition_is_refused_with_a_pointer_to_next_edition(client, edition):
    admin = UserFactory(username="super-kopie", is_superuser=True, is_staff=True)
    client.force_login(admin)
    count = EditionPage.objects.count()
    url = f"/admin/pages/{edition.pk}/copy/"
    response = client.post(
        url,
        {"new_title": "Kopie", "new_slug": "kopie", "new_parent_page": edition.get_parent().pk},
        follow=True,
    )
    assert response.status_code == 200
    assert "kan niet worden gekopieerd" in response.content.decode()
    assert EditionPage.objects.count() == count


def test_form_with_too_many_fields_gets_a_dutch_400(client, essm_user):
    client.force_login(essm_user)
    data = {f"cel__x{number}": "1" for number in range(1200)}
    response = client.post(GRID, data)
    assert response.status_code == 400
    content = response.content.decode()
    assert "te veel velden" in content
    assert "Bad Request" not in content


def test_three_megabyte_note_gets_a_dutch_400(client):
    beheerder = UserFactory(username="beheerder-groot", roles=[roles.BEHEERDER])
    action = ActionFactory()
    client.force_login(beheerder)
    before = action.progress_notes.count()
    response = client.post(
        f"/admin/actieplan/acties/stand-van-zaken/{action.pk}/?jaar=2025",
        {"status": "lopend", "note": "x" * (3 * 1024 * 1024), "version": action.version},
    )
    assert response.status_code == 400
    assert "te groot" in response.content.decode()
    assert action.progress_notes.count() == before


def test_largest_grid_stays_within_the_field_limit(seeded):
    from monitor.models import Table
    from monitor.selectors import table_grid

    largest = max(len(table_grid(table, 2026)["keys"]) for table in Table.objects.all())
    assert 3 * largest + 10 < django_settings.DATA_UPLOAD_MAX_NUMBER_FIELDS


def test_upload_without_a_file_says_so(client, essm_user):
    client.force_login(essm_user)
    response = client.post("/admin/mijn-cijfers/uploaden/", {}, follow=True)
    content = response.content.decode()
    assert "Kies een bestand" in content
    assert "geen open aanlevering" not in content


def test_empty_file_says_it_is_empty(client, essm_user):
    client.force_login(essm_user)
    upload = io.BytesIO(b"")
    upload.name = "leeg.csv"
    response = client.post("/admin/mijn-cijfers/uploaden/", {"file": upload}, follow=True)
    assert "Het bestand is leeg" in response.content.decode()


def test_upload_without_open_delivery_says_so(client, essm_user):
    Delivery.objects.filter(partner__organisation__short_name="ESSM").update(status=Delivery.Status.SUBMITTED)
    client.force_login(essm_user)
    upload = io.BytesIO(HEADER.encode() + b"essm_opvang_tekst;2026;cosm;1;\n")
    upload.name = "cijfers.csv"
    response = client.post("/admin/mijn-cijfers/uploaden/", {"file": upload}, follow=True)
    content = response.content.decode()
    assert "geen open aanlevering" in content and "Kies een bestand" not in content
