"""Starting the 2026 edition from 2025: a draft with the chapters' structure, every table empty."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

from cms.models import EditionPage
from monitor.models import Delivery, Observation, Partner, Table
from monitor.selectors import table_snapshot

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded(db):
    call_command("seed_rotterdam_2025")


def _login(client, username):
    client.force_login(get_user_model().objects.get(username=username))


def _figure_tables(page) -> list[str]:
    return [
        block["value"]["table"]
        for section in page.body.raw_data
        for block in section["value"]["content"]
        if block["type"] == "figure"
    ]


def test_beheerder_starts_the_2026_edition(seeded, client):
    source = EditionPage.objects.get(year=2025, locale__language_code="nl")
    _login(client, "beheerder")
    url = reverse("cms_next_edition", args=[source.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"delivery_deadline": "01-03-2027"})
    new = EditionPage.objects.get(year=2026, locale__language_code="nl")
    assert response.status_code == 302 and response["Location"] == reverse(
        "wagtailadmin_pages:edit", args=[new.pk]
    )

    assert not new.live and new.slug == "2026"
    assert [s["value"]["title"] for s in new.body.raw_data] == [
        s["value"]["title"] for s in source.body.raw_data
    ]
    assert _figure_tables(new) == _figure_tables(source)
    # Every 2025 table exists for 2026, with no values at all.
    assert not Observation.objects.filter(year=2026).exists()
    for table in Table.objects.filter(observations__year=2025).distinct():
        snapshot = table_snapshot(table, [2026], public=False)
        assert all(cell["value"] is None for cell in snapshot["cells"])
    partners = Partner.objects.filter(pk__in=Table.objects.values("partner"))
    opened = Delivery.objects.filter(year=2026, status=Delivery.Status.OPEN)
    assert set(opened.values_list("partner", flat=True)) == set(partners.values_list("pk", flat=True))
    assert set(opened.values_list("deadline", flat=True)) == {datetime.date(2027, 3, 1)}
    # The public never sees the draft.
    client.logout()
    assert client.get("/monitor/2026/").status_code == 404

    # Plan and figure years moved on by one; last year's narrative stayed behind.
    blocks = [b for s in new.body.raw_data for b in s["value"]["content"]]
    assert {b["type"] for b in blocks} <= {
        "heading",
        "figure",
        "key_figures",
        "plan_state",
        "outlook",
        "definitions",
    }
    assert {b["value"]["year"] for b in blocks if b["type"] == "plan_state"} == {2026}


def test_only_a_beheerder_starts_an_edition(seeded, client):
    source = EditionPage.objects.get(year=2025, locale__language_code="nl")
    for username in ("redacteur", "regionale-tafel", "actiehouder-essm", "datapartner-essm"):
        _login(client, username)
        response = client.post(reverse("cms_next_edition", args=[source.pk]))
        assert response.status_code in (302, 403) and response.get("Location", "") != "/admin/pages/"
    assert not EditionPage.objects.filter(year=2026, locale__language_code="nl").exists()


def test_an_edition_is_started_once(seeded, client):
    source = EditionPage.objects.get(year=2025, locale__language_code="nl")
    _login(client, "beheerder")
    client.post(reverse("cms_next_edition", args=[source.pk]))
    client.post(reverse("cms_next_edition", args=[source.pk]))
    assert EditionPage.objects.filter(year=2026, locale__language_code="nl").count() == 1
