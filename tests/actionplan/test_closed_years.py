"""Issue 9: once a year's edition is published, that year is closed for actiehouders.

Only a beheerder changes a closed year, with a reason, and the change is on record as a correction
(who, when, why) that the next publication's plan state picks up.
"""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from actionplan import selectors, services
from actionplan.models import Action, ActionStatus, Plan, ProgressNote, ReportingYearClosure
from actionplan.reporting import services as reporting_services
from tests.factories import action_version, default_region

from .conftest import login

pytestmark = pytest.mark.django_db

PILOT = "Pilot noodbed voor meerderjarige mannelijke slachtoffers"


@pytest.fixture
def closed_2025(seeded):
    return services.reporting_year_close(
        region=default_region(), year=2025, user=None, reason="Editie 2025 gepubliceerd"
    )


@pytest.fixture
def pilot(seeded):
    return Action.objects.get(title=PILOT)


def _url(action, year):
    return f"{reverse('actionplan_my_action_edit', args=[action.pk])}?jaar={year}"


def _user(django_user_model, username):
    return django_user_model.objects.get(username=username)


def test_closing_a_year_is_idempotent_and_on_record(closed_2025):
    again = services.reporting_year_close(region=default_region(), year=2025, user=None, reason="Nogmaals")
    assert again.pk == closed_2025.pk
    assert ReportingYearClosure.objects.count() == 1
    assert selectors.closed_years(default_region()) == {2025}
    assert closed_2025.closed_at is not None and closed_2025.reason == "Editie 2025 gepubliceerd"


def test_actiehouder_is_not_offered_a_closed_year(client, django_user_model, closed_2025, pilot):
    login(client, django_user_model, "actiehouder-essm")
    response = client.get(_url(pilot, 2025))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Verslagjaar 2025 is afgesloten" in page
    assert "<textarea" not in page  # read only: the published text, no form
    assert ProgressNote.objects.get(action=pilot, year=2025).text in page
    # Opened without a year, the form opens the latest open year.
    assert client.get(reverse("actionplan_my_action_edit", args=[pilot.pk])).context["year"] == 2026


def test_actiehouder_post_to_a_closed_year_is_refused_in_dutch(client, django_user_model, closed_2025, pilot):
    login(client, django_user_model, "actiehouder-essm")
    before = ProgressNote.objects.get(action=pilot, year=2025)
    data = {"status": "afgerond", "note": "Overschreven.", "reason": "", "version": pilot.version}
    response = client.post(_url(pilot, 2025), data)
    assert response.status_code == 200
    assert "Verslagjaar 2025 is afgesloten" in response.content.decode()
    after = ProgressNote.objects.get(action=pilot, year=2025)
    assert (after.status, after.text, after.history.count()) == (
        before.status,
        before.text,
        before.history.count(),
    )


def test_service_refuses_an_actiehouder_in_a_closed_year(django_user_model, closed_2025, pilot):
    with pytest.raises(PermissionDenied):
        services.action_update_status(
            action=pilot,
            user=_user(django_user_model, "actiehouder-essm"),
            status="afgerond",
            note="x",
            year=2025,
            expected_version=action_version(pilot),
        )


def test_beheerder_corrects_a_closed_year_only_with_a_reason(django_user_model, closed_2025, pilot):
    beheerder = _user(django_user_model, "beheerder")
    with pytest.raises(ValidationError) as refused:
        services.action_update_status(
            action=pilot,
            user=beheerder,
            status="afgerond",
            note="Gecorrigeerd.",
            year=2025,
            expected_version=action_version(pilot),
        )
    assert "reason" in refused.value.message_dict
    services.action_update_status(
        action=pilot,
        user=beheerder,
        status=ActionStatus.RUNNING,
        note="Gestart in 2025; het bed is nog niet gebruikt.",
        year=2025,
        reason="Tekst stond verkeerd in de bron",
        expected_version=action_version(pilot),
    )
    note = ProgressNote.objects.get(action=pilot, year=2025)
    record = note.history.first()
    assert record.history_user == beheerder
    assert record.history_date is not None
    assert record.history_change_reason == "Correctie 2025 na publicatie: Tekst stond verkeerd in de bron"
    # The next publication's plan state picks the correction up.
    state = selectors.plan_state_snapshot(Plan.objects.get(start_year=2024), 2025)
    rows = {row["title"]: row for opgave in state["opgaven"] for row in opgave["actions"]}
    assert rows[PILOT]["note"] == "Gestart in 2025; het bed is nog niet gebruikt."


def test_beheerder_year_form_asks_the_reason_of_a_correction(client, django_user_model, closed_2025, pilot):
    login(client, django_user_model, "beheerder")
    url = reverse("actions:year_edit", args=[pilot.pk]) + "?jaar=2025"
    response = client.get(url)
    assert response.status_code == 200
    assert "correctie" in response.content.decode().lower()
    data = {"status": "lopend", "note": "Gecorrigeerde tekst.", "reason": "", "version": pilot.version}
    response = client.post(url, data)
    assert response.status_code == 200
    assert "Geef de reden van deze correctie" in response.content.decode()
    data["reason"] = "Tikfout hersteld"
    assert client.post(url, data).status_code == 302
    assert ProgressNote.objects.get(action=pilot, year=2025).text == "Gecorrigeerde tekst."
    timeline = client.get(reverse("actions:history", args=[pilot.pk])).content.decode()
    assert "Correctie 2025 na publicatie: Tikfout hersteld" in timeline


def test_reporting_round_for_a_closed_year_is_refused(django_user_model, closed_2025):
    plan = Plan.objects.get(start_year=2024)
    with pytest.raises(ValidationError):
        reporting_services.round_open(
            plan=plan,
            year=2025,
            deadline=datetime.date(2026, 12, 1),
            user=_user(django_user_model, "beheerder"),
        )


def test_open_round_update_for_a_year_closed_since_is_refused(django_user_model, seeded, pilot):
    plan = Plan.objects.get(start_year=2024)
    beheerder = _user(django_user_model, "beheerder")
    deadline = datetime.date(2026, 2, 1)
    round_2025 = reporting_services.round_open(plan=plan, year=2025, deadline=deadline, user=beheerder)
    services.reporting_year_close(
        region=default_region(), year=2025, user=beheerder, reason="Editie 2025 gepubliceerd"
    )
    update = round_2025.updates.get(action=pilot)
    with pytest.raises(PermissionDenied):
        reporting_services.update_submit(
            update=update,
            user=_user(django_user_model, "actiehouder-essm"),
            status="afgerond",
            text="x",
            expected_version=action_version(update.action),
        )
    assert ProgressNote.objects.get(action=pilot, year=2025).status == ActionStatus.RUNNING
