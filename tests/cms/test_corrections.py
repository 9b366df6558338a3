"""Publishing an edition that was already public is a correction on record: a reason, the list of
what changed, a notice on the page and in the PDF, and every earlier version readable with its files."""

import copy
import csv
import io

import pytest
from pypdf import PdfReader
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from cms.corrections import document_changes
from cms.models import EditionPage, EditionSnapshot
from monitor.models import Table
from monitor.services import observation_correct
from tests.factories import observation_version
from tests.public import public_text, read_fresh

REASON = "Telfout in de meldingen seksuele uitbuiting hersteld"


def _pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def _csv_value(text: str, form: str) -> str:
    rows = csv.DictReader(io.StringIO(text), delimiter=";")
    return next(row["waarde"] for row in rows if row["uitbuitingsvorm"] == form)


def test_a_corrected_figure_is_republished_with_its_reason_and_the_old_version_stays(edition, beheerder):
    first_pdf = read_fresh("/monitor/2025/pdf/").content
    assert first_pdf.startswith(b"%PDF")
    table = Table.objects.get(code="tabel_test")
    observation_correct(
        table=table,
        year=2025,
        coords={"uitbuitingsvorm": "seksueel"},
        value=99,
        user=beheerder,
        reason="Telfout",
        expected_version=observation_version(table, 2025, {"uitbuitingsvorm": "seksueel"}),
    )
    assert _csv_value(public_text("/monitor/2025/cijfers.csv"), "seksueel") == "12"  # not yet republished

    edition.refresh_from_db()
    edition.correction_reason = REASON
    edition.save_revision(user=beheerder).publish(user=beheerder)

    page = public_text("/monitor/2025/")
    assert "Gecorrigeerd op" in page and REASON in page
    assert "12 werd 99" in page
    assert _csv_value(public_text("/monitor/2025/cijfers.csv"), "seksueel") == "99"
    pdf = _pdf_text(read_fresh("/monitor/2025/pdf/").content)
    assert "Gecorrigeerd op" in pdf and "Telfout in de meldingen" in pdf and "12 werd 99" in pdf
    # The cover says so; the list sits at the back, so the front matter keeps its pages.
    pages = [
        page.extract_text() for page in PdfReader(io.BytesIO(read_fresh("/monitor/2025/pdf/").content)).pages
    ]
    assert "Gecorrigeerd op" in pages[0] and "achterin" in pages[0]
    assert "12 werd 99" in pages[-1] and "Colofon" in pages[-1]

    versions = public_text("/monitor/2025/versies/")
    assert versions.count('data-testid="version"') == 2
    assert "vervangen" in versions and "huidige versie" in versions and REASON in versions
    assert read_fresh("/monitor/2025/versies/1/pdf/").content == first_pdf
    assert _csv_value(public_text("/monitor/2025/versies/1/cijfers.csv"), "seksueel") == "12"
    old = public_text("/monitor/2025/versies/1/")
    assert 'data-testid="superseded"' in old and "Gecorrigeerd op" not in old
    assert 'data-testid="superseded"' not in public_text("/monitor/2025/versies/2/")
    assert read_fresh("/monitor/2025/versies/3/").status_code == 404
    snapshot = EditionSnapshot.objects.get(
        revision_id=EditionPage.objects.get(pk=edition.pk).live_revision_id
    )
    assert snapshot.is_correction and snapshot.correction_reason == REASON


def test_a_reason_on_record_is_not_used_again(edition):
    edition.refresh_from_db()
    edition.correction_reason = REASON
    edition.save_revision().publish()
    edition.refresh_from_db()
    edition.save_revision().publish()  # outside the form, without a new reason
    corrections = EditionSnapshot.objects.filter(page=edition).order_by("created_at", "pk")
    assert [(s.is_correction, s.correction_reason) for s in corrections] == [
        (False, ""),
        (True, REASON),
        (True, NO_REASON_FROM_CODE),
    ]
    assert len(corrections.last().document["corrections"]) == 2


# Every route that publishes an edition again makes a correction on record; the edit screen asks the
# reason, the other routes say that none was given and how it was published (never silently).
NO_REASON_FROM_CODE = "Geen reden opgegeven (gepubliceerd via code of opdrachtregel, buiten het bewerkscherm)"


def test_a_republication_from_code_without_a_reason_says_so_on_record(edition):
    edition.refresh_from_db()
    edition.title = "Een titel uit de code"
    edition.save_revision().publish()

    snapshot = EditionSnapshot.objects.get(
        revision_id=EditionPage.objects.get(pk=edition.pk).live_revision_id
    )
    assert (snapshot.is_correction, snapshot.correction_reason) == (True, NO_REASON_FROM_CODE)
    page = public_text("/monitor/2025/")
    assert "Gecorrigeerd op" in page and NO_REASON_FROM_CODE in page
    assert NO_REASON_FROM_CODE in public_text("/monitor/2025/versies/")


def test_a_scheduled_republication_names_its_route(edition):
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    edition.refresh_from_db()
    edition.title = "Gepland herzien"
    edition.save_revision(approved_go_live_at=timezone.now() - timedelta(minutes=1))
    call_command("publish_scheduled")

    live = EditionPage.objects.get(pk=edition.pk)
    assert live.title == "Gepland herzien"
    snapshot = EditionSnapshot.objects.get(revision_id=live.live_revision_id)
    assert snapshot.correction_reason == "Geen reden opgegeven (gepubliceerd via geplande publicatie)"


def test_wagtails_bulk_publish_leaves_an_edition_alone(edition, client, django_user_model):
    from django.urls import reverse

    admin = django_user_model.objects.create_superuser("bulk-admin", "bulk@example.org", "x")
    client.force_login(admin)
    edition.refresh_from_db()
    edition.title = "Concept dat niet via de bulkactie live mag"
    edition.save_revision(user=admin)
    live_before = EditionPage.objects.get(pk=edition.pk).live_revision_id
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={edition.pk}"

    confirm = client.get(url)
    assert confirm.status_code == 200
    assert edition.pk not in [item["item"].pk for item in confirm.context["items"]]
    client.post(url, {"include_descendants": "on"})
    client.post(
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
        + f"?id={edition.get_parent().pk}",
        {"include_descendants": "on"},
    )
    assert EditionPage.objects.get(pk=edition.pk).live_revision_id == live_before
    assert EditionSnapshot.objects.filter(page=edition).count() == 1


def test_a_change_of_owner_is_listed(edition):
    old = EditionSnapshot.objects.get(revision_id=edition.live_revision_id).document
    new = copy.deepcopy(old)
    blocks = {block["type"]: block for section in new["sections"] for block in section["blocks"]}
    action = blocks["plan_state"]["state"]["opgaven"][0]["actions"][0]
    previous = action["lead"]
    action["lead"] = ""  # the source names no owner after all
    assert f"Trekker van actie '{action['title']}': {previous} werd niet vermeld" in document_changes(
        old, new
    )


def test_changes_list_figures_statuses_outlook_and_texts(edition):
    old = EditionSnapshot.objects.get(revision_id=edition.live_revision_id).document
    new = copy.deepcopy(old)
    blocks = {block["type"]: block for section in new["sections"] for block in section["blocks"]}
    blocks["figure"]["snapshot"]["cells"][0].update(value=20, display="20")
    action = blocks["plan_state"]["state"]["opgaven"][0]["actions"][0]
    action["status_label"] = "Afgerond"
    blocks["outlook"]["outlook"]["opgaven"][0]["items"][0]["title"] = "Nieuwe doorkijk"
    new["sections"][0]["blocks"][0]["html"] = "<p>Herziene inleidende tekst.</p>"
    changes = document_changes(old, new)
    assert any("Cijfer gewijzigd" in change and "12 werd 20" in change for change in changes), changes
    assert any(change.startswith("Status van actie") and "werd Afgerond" in change for change in changes)
    assert "Doorkijk toegevoegd: Nieuwe doorkijk" in changes
    assert "Tekst herzien in: Aanleiding" in changes
    assert document_changes(old, copy.deepcopy(old)) == []


@pytest.fixture
def public_edition(site):
    _home, index = site
    page = index.add_child(
        instance=EditionPage(title="Monitor 2030", slug="2030", year=2030, live=False, body=[])
    )
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _publish(client, page, *, reason: str):
    data = nested_form_data(
        {
            "title": "Monitor 2030",
            "slug": "2030",
            "year": 2030,
            "subtitle": "",
            "region_name": "regio Rotterdam",
            "publication_date": "",
            "introduction": rich_text("<p>Herziene introductie.</p>"),
            "body": streamfield([]),
            "correction_reason": reason,
            "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0, "MIN_NUM_FORMS": 0, "MAX_NUM_FORMS": 1000},
        }
    )
    data["action-publish"] = "1"
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


def test_publishing_a_public_edition_again_asks_the_reason(client, public_edition, beheerder):
    client.force_login(beheerder)
    refused = _publish(client, public_edition, reason="")
    assert refused.status_code == 200
    assert "opnieuw publiceren is een correctie" in refused.content.decode()
    assert EditionSnapshot.objects.filter(page=public_edition).count() == 1

    assert _publish(client, public_edition, reason="Introductie aangevuld").status_code == 302
    assert EditionSnapshot.objects.filter(page=public_edition).count() == 2
    form = client.get(f"/admin/pages/{public_edition.pk}/edit/").context["form"]
    assert form["correction_reason"].value() == ""  # a reason on record is not offered again
    assert _publish(client, public_edition, reason="Introductie aangevuld").status_code == 200
    client.logout()
    page = public_text("/monitor/2030/")
    assert (
        "Gecorrigeerd op" in page
        and "Introductie aangevuld" in page
        and "Tekst herzien in: Inleiding" in page
    )
