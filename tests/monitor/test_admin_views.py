import csv
import io

import pytest
from openpyxl import Workbook, load_workbook

from monitor.models import Delivery, Observation
from tests.factories import observation_version
from tests.forms import grid_post

pytestmark = pytest.mark.django_db


def state():
    return sorted(Observation.objects.values_list("table__code", "year", "coord_key", "value", "version"))


def test_my_figures_lists_only_own_tables(client, essm_user):
    client.force_login(essm_user)
    response = client.get("/admin/mijn-cijfers/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "essm_herkomstgemeente_traject" in content
    assert "avim_onderzoeken" not in content
    assert "Mijn cijfers" in client.get("/admin/").content.decode()


def test_grid_shows_last_year_and_saves(client, essm_user):
    client.force_login(essm_user)
    url = "/admin/mijn-cijfers/tabel/essm_opvang_tekst/"
    response = client.get(url)
    assert response.status_code == 200
    content = response.content.decode()
    assert "(113)" in content and "(70)" in content
    response = grid_post(client, url, {"opvangtype=cosm": "71", "opvangtype=totaal": ""}, "Eerste cijfers")
    assert response.status_code == 302
    cosm = Observation.objects.get(table__code="essm_opvang_tekst", year=2026, coord_key="opvangtype=cosm")
    assert cosm.value == 71
    assert cosm.history.latest().history_user == essm_user
    assert (
        Observation.objects.get(
            table__code="essm_opvang_tekst", year=2026, coord_key="opvangtype=totaal"
        ).value
        is None
    )


def test_grid_refuses_negative(client, essm_user):
    client.force_login(essm_user)
    before = state()
    response = client.post("/admin/mijn-cijfers/tabel/essm_opvang_tekst/", {"cel__opvangtype=cosm": "-2"})
    assert response.status_code == 200
    assert state() == before


@pytest.mark.parametrize("method", ["get", "post"])
def test_essm_cannot_open_avim_table(client, essm_user, method):
    client.force_login(essm_user)
    before = state()
    response = getattr(client, method)(
        "/admin/mijn-cijfers/tabel/avim_onderzoeken/", {"cel__grootheid=gestart": "99"}
    )
    assert response.status_code == 404
    assert state() == before


def test_avim_sees_only_avim(client, avim_user):
    client.force_login(avim_user)
    assert client.get("/admin/mijn-cijfers/tabel/avim_onderzoeken/").status_code == 200
    assert client.get("/admin/mijn-cijfers/tabel/essm_opvang_tekst/").status_code == 404


def test_datapartner_has_no_generic_figures_admin(client, essm_user):
    client.force_login(essm_user)
    for url in ["/admin/cijfers/waarnemingen/", "/admin/cijfers/aanleveringen/", "/admin/cijfers/tabellen/"]:
        assert client.get(url).status_code in (302, 403)
    delivery = Delivery.objects.get(partner__organisation__short_name="ESSM", year=2026)
    # Wagtail answers a PermissionDenied in the admin with a redirect to the dashboard.
    assert client.get(f"/admin/cijfers/aanleveringen/{delivery.pk}/beoordelen/").status_code in (302, 403)


def test_template_download_is_the_peoples_template(client, essm_user):
    client.force_login(essm_user)
    response = client.get("/admin/mijn-cijfers/sjabloon.xlsx")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="cijfers-essm-2026.xlsx"'
    workbook = load_workbook(io.BytesIO(response.content))
    visible = [sheet.title for sheet in workbook.worksheets if sheet.sheet_state == "visible"]
    assert "Tijdelijke opvang" in visible
    assert "essm_opvang_tekst" not in " ".join(visible)
    page = client.get("/admin/mijn-cijfers/").content.decode()
    assert 'href="/admin/mijn-cijfers/sjabloon.xlsx"' in page
    assert 'href="/admin/mijn-cijfers/uitwisselformaat.csv"' in page


def test_exchange_format_download_and_upload(client, essm_user):
    client.force_login(essm_user)
    response = client.get("/admin/mijn-cijfers/uitwisselformaat.csv")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    header = rows[0]
    assert header[-2:] == ["vorig_jaar", "omschrijving"]
    assert {row[0] for row in rows[1:]} <= {
        "essm_meldpunt_contacten",
        "essm_meldpunt_brongemeente",
        "essm_meldingen_aard",
        "essm_hulpverlening_totaal",
        "essm_slachtoffers_gender",
        "essm_hulpverlening_vorm_leeftijd",
        "essm_herkomstgemeente_traject",
        "essm_opvang_ambulant",
        "essm_opvang_tekst",
    }
    # Fill in one value and upload the long format back, as an XLSX sheet.
    value_col = header.index("waarde")
    filled = [header]
    for row in rows[1:]:
        if row[0] == "essm_opvang_tekst" and row[header.index("opvangtype")] == "noodbed":
            row[value_col] = 18
        filled.append(row)
    workbook = Workbook()
    for row in filled:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    buffer.name = "cijfers.xlsx"
    buffer.seek(0)
    response = client.post("/admin/mijn-cijfers/uploaden/", {"file": buffer}, follow=True)
    assert f"{len(rows) - 1} rijen" in response.content.decode()
    obs = Observation.objects.get(table__code="essm_opvang_tekst", year=2026, coord_key="opvangtype=noodbed")
    assert obs.value == 18


def test_upload_of_other_partners_table_stores_nothing(client, essm_user):
    client.force_login(essm_user)
    before = state()
    upload = io.BytesIO(b"tabel;jaar;grootheid;waarde\navim_onderzoeken;2026;gestart;99\n")
    upload.name = "x.csv"
    response = client.post("/admin/mijn-cijfers/uploaden/", {"file": upload}, follow=True)
    assert "niet aanleveren" in response.content.decode()
    assert state() == before


def test_submit_and_validate(client, essm_user, beheerder):
    client.force_login(essm_user)
    grid_post(client, "/admin/mijn-cijfers/tabel/essm_opvang_tekst/", {"opvangtype=cosm": "71"})
    response = client.post("/admin/mijn-cijfers/indienen/", {"reason": "Compleet"})
    assert response.status_code == 302
    delivery = Delivery.objects.get(partner__organisation__short_name="ESSM", year=2026)
    assert delivery.status == "aangeleverd"
    # After submitting, the grid no longer saves.
    before = state()
    response = grid_post(client, "/admin/mijn-cijfers/tabel/essm_opvang_tekst/", {"opvangtype=cosm": "1"})
    assert response.status_code in (302, 403)
    assert state() == before
    client.force_login(beheerder)
    url = f"/admin/cijfers/aanleveringen/{delivery.pk}/beoordelen/"
    page = client.get(url)
    assert page.status_code == 200
    assert "Bevindingen" in page.content.decode()
    assert client.post(url, {"action": "validate", "reason": "Akkoord"}).status_code == 302
    delivery.refresh_from_db()
    assert delivery.status == "gevalideerd" and delivery.validated_by == beheerder


def test_beheerder_viewsets(client, beheerder, seeded):
    client.force_login(beheerder)
    for url in [
        "/admin/cijfers/aanleveringen/",
        "/admin/cijfers/tabellen/",
        "/admin/cijfers/waarnemingen/?year=2025",
        "/admin/cijfers/datapartners/",
        "/admin/cijfers/waarnemingen/?export=csv",
    ]:
        assert client.get(url).status_code == 200, url


def test_beheerder_corrects_a_published_figure_only_with_a_reason(client, beheerder, seeded):
    client.force_login(beheerder)
    obs = Observation.objects.get(table__code="om_zaken", year=2025, coord_key="grootheid=zaken")
    url = f"/admin/cijfers/waarnemingen/edit/{obs.pk}/"
    assert client.get(url).status_code == 200
    data = {"table": obs.table_id, "year": 2025, "coord_key": obs.coord_key, "value": 31, "change_reason": ""}
    data["expected_version"] = obs.version
    refused = client.post(url, data)
    assert refused.status_code == 200
    assert "geef de reden van de correctie" in refused.content.decode()
    obs.refresh_from_db()
    assert obs.value != 31

    data["change_reason"] = "Telfout OM"
    data["coord_key"] = "grootheid=bestaat_niet"  # ignored: a stored figure keeps its combination
    assert client.post(url, data).status_code == 302
    obs.refresh_from_db()
    assert (obs.value, obs.coord_key) == (31, "grootheid=zaken")
    assert obs.history.latest().history_change_reason == "Correctie 2025 (gepubliceerd): Telfout OM"
    assert obs.history.latest().history_user == beheerder


def test_beheerder_edits_a_figure_of_an_open_delivery_without_a_reason(client, beheerder, seeded):
    from monitor import services
    from monitor.models import Table

    table = Table.objects.get(code="om_zaken")
    obs = services.observation_set(
        table=table,
        year=2026,
        coords={"grootheid": "zaken"},
        value=5,
        user=beheerder,
        expected_version=observation_version(table, 2026, {"grootheid": "zaken"}),
    )
    client.force_login(beheerder)
    data = {"table": table.pk, "year": 2026, "coord_key": obs.coord_key, "value": 6, "change_reason": ""}
    data["expected_version"] = obs.version
    assert client.post(f"/admin/cijfers/waarnemingen/edit/{obs.pk}/", data).status_code == 302
    obs.refresh_from_db()
    assert obs.value == 6


def test_a_published_figure_is_corrected_not_deleted_or_added_without_reason(client, beheerder, seeded):
    client.force_login(beheerder)
    obs = Observation.objects.get(table__code="om_zaken", year=2025, coord_key="grootheid=zaken")
    before = state()
    response = client.post(f"/admin/cijfers/waarnemingen/delete/{obs.pk}/")
    assert response.status_code == 302 and f"/edit/{obs.pk}/" in response["Location"]
    data = {"table": obs.table_id, "year": 2025, "coord_key": obs.coord_key, "value": 1, "change_reason": ""}
    data["expected_version"] = obs.version
    assert client.post("/admin/cijfers/waarnemingen/new/", data).status_code == 200
    assert state() == before


def test_my_figures_query_count(client, essm_user, django_assert_max_num_queries):
    client.force_login(essm_user)
    client.get("/admin/mijn-cijfers/")
    with django_assert_max_num_queries(30):
        assert client.get("/admin/mijn-cijfers/").status_code == 200
    with django_assert_max_num_queries(30):
        assert client.get("/admin/mijn-cijfers/tabel/essm_herkomstgemeente_traject/").status_code == 200


def test_deliveries_list_query_count(client, beheerder, seeded, django_assert_max_num_queries):
    client.force_login(beheerder)
    client.get("/admin/cijfers/aanleveringen/")
    with django_assert_max_num_queries(20):
        assert client.get("/admin/cijfers/aanleveringen/").status_code == 200


def test_two_datapartners_on_one_grid_lose_nothing(essm_user):
    """The second save of a cell the first one changed is refused, with who changed it; the first
    one's number stays, and a cell only the second one changed is not overwritten by the first."""
    from django.test import Client

    url = "/admin/mijn-cijfers/tabel/essm_opvang_tekst/"
    first, second = Client(), Client()
    first.force_login(essm_user)
    second.force_login(essm_user)
    form_first = first.get(url).context["form"]
    form_second = second.get(url).context["form"]

    def post(client, form, **cells):
        data = {name: "" if value is None else value for name, value in form.initial.items()}
        data.update({f"cel__opvangtype={key}": value for key, value in cells.items()})
        data["reason"] = "test"
        return client.post(url, data)

    assert post(first, form_first, cosm="71").status_code == 302
    response = post(second, form_second, cosm="72")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Iemand anders heeft intussen cijfers van deze tabel gewijzigd" in page
    assert essm_user.username in page
    assert (
        Observation.objects.get(table__code="essm_opvang_tekst", year=2026, coord_key="opvangtype=cosm").value
        == 71
    )

    # A fresh form: the second person changes another cell; the first person's number stays.
    form_second = second.get(url).context["form"]
    assert post(second, form_second, tosca="5").status_code == 302
    cells = {
        o.coord_key: o.value for o in Observation.objects.filter(table__code="essm_opvang_tekst", year=2026)
    }
    assert cells["opvangtype=cosm"] == 71 and cells["opvangtype=tosca"] == 5


def test_two_beheerders_on_one_figure_lose_nothing(beheerder, seeded):
    """Both open the edit screen of a published figure; the first one's correction is saved, the
    second one's is refused in Dutch, and the first one's number stays with one history record."""
    from django.test import Client

    obs = Observation.objects.get(table__code="om_zaken", year=2025, coord_key="grootheid=zaken")
    url = f"/admin/cijfers/waarnemingen/edit/{obs.pk}/"
    first, second = Client(), Client()
    first.force_login(beheerder)
    second.force_login(beheerder)
    shown = [client.get(url).context["form"]["expected_version"].value() for client in (first, second)]
    assert shown == [obs.version, obs.version]
    records = obs.history.count()

    def post(client, value, reason):
        data = {"table": obs.table_id, "year": 2025, "coord_key": obs.coord_key, "value": value}
        return client.post(url, {**data, "change_reason": reason, "expected_version": obs.version})

    assert post(first, 41, "Telfout OM").status_code == 302
    response = post(second, 42, "Andere telling")
    assert response.status_code == 200
    assert "Iemand anders heeft dit cijfer intussen gewijzigd (nu: 41)" in response.content.decode()
    obs.refresh_from_db()
    assert (obs.value, obs.version) == (41, shown[0] + 1)
    assert obs.history.count() == records + 1


def test_a_figure_saved_without_its_version_is_refused(client, beheerder, seeded):
    client.force_login(beheerder)
    obs = Observation.objects.get(table__code="om_zaken", year=2025, coord_key="grootheid=zaken")
    before = state()
    data = {"table": obs.table_id, "year": 2025, "coord_key": obs.coord_key, "value": 7, "change_reason": "x"}
    response = client.post(f"/admin/cijfers/waarnemingen/edit/{obs.pk}/", data)
    assert response.status_code == 200
    assert "Het is niet bekend op welke versie deze wijziging is gebaseerd" in response.content.decode()
    assert state() == before


def test_a_grid_saved_without_its_versions_is_refused(client, essm_user):
    client.force_login(essm_user)
    before = state()
    url = "/admin/mijn-cijfers/tabel/essm_opvang_tekst/"
    response = client.post(url, {"cel__opvangtype=cosm": "71", "reason": "Zonder versies"})
    assert response.status_code == 200
    assert "Het is niet bekend op welke versie deze wijziging is gebaseerd" in response.content.decode()
    assert state() == before


def test_the_figures_service_needs_the_version(beheerder, seeded):
    """``observation_set`` has no default for the version: a caller must say what it is based on;
    a cell that holds a figure is not overwritten by a write based on an empty cell."""
    from monitor import services
    from monitor.models import Table
    from workbench.history import ConcurrentUpdate

    table = Table.objects.get(code="om_zaken")
    write = {"table": table, "year": 2025, "coords": {"grootheid": "zaken"}, "value": 9, "user": beheerder}
    with pytest.raises(TypeError):
        services.observation_set(**write)
    before = state()
    with pytest.raises(ConcurrentUpdate):
        services.observation_correct(**write, reason="Telfout", expected_version=None)
    assert state() == before
