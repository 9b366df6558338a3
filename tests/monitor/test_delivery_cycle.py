"""The datapartner's side of the delivery cycle: submitting (explained fouten, never empty), the
beheerder's return comment, and "alleen controleren" on the uploaded file."""

import io

import pytest
from django.core.exceptions import ValidationError

from monitor import services
from monitor.models import Delivery, Observation, Partner

from .conftest import make_table

pytestmark = pytest.mark.django_db

SUBMIT = "/admin/mijn-cijfers/indienen/"


def essm_delivery() -> Delivery:
    return Delivery.objects.get(partner__organisation__short_name="ESSM", year=2026)


@pytest.fixture
def total_table(essm_user):
    """An ESSM table whose total can disagree with its parts (a fout)."""
    partner = Partner.objects.get(organisation__short_name="ESSM")
    return make_table(
        partner=partner,
        code="essm_test_totaal",
        dims={"vorm": ["a", "b", "totaal"]},
        totals={"vorm": {"totaal": ["a", "b"]}},
    )


def write(table, **values):
    for code, value in values.items():
        services.observation_write(table=table, year=2026, coords={"vorm": code}, value=value, reason="test")


def test_empty_delivery_cannot_be_submitted(client, essm_user):
    client.force_login(essm_user)
    page = client.get("/admin/mijn-cijfers/").content.decode()
    assert "Een lege aanlevering kan niet worden ingediend" in page
    assert "indienen</button>" not in page
    response = client.post(SUBMIT, {"reason": ""})
    assert response.status_code == 200
    assert "bevat nog geen enkel cijfer" in response.content.decode()
    assert essm_delivery().status == Delivery.Status.OPEN
    with pytest.raises(ValidationError):
        services.delivery_submit(delivery=essm_delivery(), user=essm_user)


def test_submit_with_a_fout_asks_an_explanation_per_finding(client, essm_user, beheerder, total_table):
    write(total_table, a=1, b=2, totaal=5)
    client.force_login(essm_user)
    page = client.get("/admin/mijn-cijfers/").content.decode()
    assert "De controle vond 1 fout" in page
    assert "Na het indienen kunt u de cijfers niet meer wijzigen" in page
    field = "uitleg:totaal:essm_test_totaal:2026:vorm=totaal"
    assert f'name="{field}"' in page
    response = client.post(SUBMIT, {"reason": "", field: "  "})
    assert response.status_code == 200
    assert "Licht deze fout toe voordat u indient." in response.content.decode()
    assert essm_delivery().status == Delivery.Status.OPEN

    response = client.post(SUBMIT, {"reason": "", field: "Totaal volgens het registratiesysteem"})
    assert response.status_code == 302
    delivery = essm_delivery()
    assert delivery.status == Delivery.Status.SUBMITTED
    assert delivery.submit_explanations == {
        "totaal:essm_test_totaal:2026:vorm=totaal": "Totaal volgens het registratiesysteem"
    }
    # The beheerder reads the explanation beside the finding.
    client.force_login(beheerder)
    review = client.get(f"/admin/cijfers/aanleveringen/{delivery.pk}/beoordelen/").content.decode()
    assert "Totaal volgens het registratiesysteem" in review


def test_service_refuses_an_unexplained_fout(essm_user, total_table):
    write(total_table, a=1, b=2, totaal=5)
    with pytest.raises(ValidationError) as raised:
        services.delivery_submit(delivery=essm_delivery(), user=essm_user, explanations={"other": "x"})
    assert "totaal:essm_test_totaal:2026:vorm=totaal" in raised.value.message_dict


def test_returned_delivery_shows_the_comment_to_the_partner(client, essm_user, beheerder, total_table):
    write(total_table, a=1, b=2, totaal=3)
    delivery = services.delivery_submit(delivery=essm_delivery(), user=essm_user)
    services.delivery_reopen(delivery=delivery, user=beheerder, reason="Graag ook de cijfers van Tosca.")
    client.force_login(essm_user)
    page = client.get("/admin/mijn-cijfers/").content.decode()
    assert "Teruggestuurd door de beheerder" in page
    assert "Graag ook de cijfers van Tosca." in page


def test_partner_screen_shows_no_table_codes(client, essm_user):
    client.force_login(essm_user)
    page = client.get("/admin/mijn-cijfers/").content.decode()
    body = page.split('id="main"')[-1]
    for code in ("essm_opvang_tekst", "essm_herkomstgemeente_traject"):
        assert f">{code}<" not in body and f"<code>{code}" not in body


def test_check_only_shows_the_findings_of_the_uploaded_file(client, essm_user, total_table):
    write(total_table, a=1, b=2, totaal=3)  # stored: consistent
    before = set(Observation.objects.values_list("table__code", "year", "coord_key", "value"))
    upload = io.BytesIO(
        b"tabel;jaar;vorm;waarde\nessm_test_totaal;2026;a;1\nessm_test_totaal;2026;b;2\n"
        b"essm_test_totaal;2026;totaal;9\n"
    )
    upload.name = "cijfers.csv"
    client.force_login(essm_user)
    response = client.post("/admin/mijn-cijfers/uploaden/", {"file": upload, "dry_run": "on"})
    assert response.status_code == 200
    page = response.content.decode()
    check = page.split('id="controle-heading"')[1].split("</section>")[0]
    assert "cijfers.csv" in check
    assert "het afgedrukte totaal is 9, de som van de delen is 3" in check
    assert set(Observation.objects.values_list("table__code", "year", "coord_key", "value")) == before
    # The stored figures have no such finding.
    findings = page.split('id="findings-heading"')[1]
    assert "het afgedrukte totaal is 9" not in findings


def test_validating_an_open_fout_needs_the_beheerders_explanation(client, essm_user, beheerder, total_table):
    write(total_table, a=1, b=2, totaal=5)
    key = "totaal:essm_test_totaal:2026:vorm=totaal"
    delivery = services.delivery_submit(
        delivery=essm_delivery(), user=essm_user, explanations={key: "Eén melding zonder vorm."}
    )
    with pytest.raises(ValidationError) as raised:
        services.delivery_validate(delivery=delivery, user=beheerder)
    assert key in raised.value.message_dict
    client.force_login(beheerder)
    url = f"/admin/cijfers/aanleveringen/{delivery.pk}/beoordelen/"
    response = client.post(url, {"action": "validate", "reason": ""})
    assert response.status_code == 200
    assert "Geef een toelichting voor lezers bij deze fout" in response.content.decode()
    assert essm_delivery().status == Delivery.Status.SUBMITTED
    # The partner's explanation is shown beside the field; the beheerder's text becomes the public note.
    response = client.post(
        url, {"action": "validate", "reason": "", f"toelichting:{key}": "Eén melding is niet ingedeeld."}
    )
    assert response.status_code == 302
    assert essm_delivery().status == Delivery.Status.VALIDATED
    note = total_table.footnotes.get(finding_key=key)
    assert "Eén melding is niet ingedeeld." in note.text
