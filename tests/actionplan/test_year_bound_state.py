"""Issue 9, "Year-bound state": status and stand van zaken are kept per reporting year.

Each test reproduces one observation of the first "What was seen" bullet: an actiehouder in Mijn acties
could pick Verslagjaar 2025 over an empty box and overwrite the 2025 text; the action's current status
was written onto the 2025 note; a republication of 2025 then showed 2026's statuses.
"""

import pytest
from django.urls import reverse

from actionplan import next_plan, selectors
from actionplan.models import Action, ActionStatus, Plan, ProgressNote
from tests.factories import (
    ActionFactory,
    OpgaveFactory,
    PlanFactory,
    ProgressNoteFactory,
    action_version,
    default_region,
)

from .conftest import login

pytestmark = pytest.mark.django_db

PILOT = "Pilot noodbed voor meerderjarige mannelijke slachtoffers"


def _edit_url(action, year=None) -> str:
    url = reverse("actionplan_my_action_edit", args=[action.pk])
    return f"{url}?jaar={year}" if year else url


def _post(client, action, *, year, status, note, body_year=None, reason=""):
    # "year" is what the old form's Verslagjaar select sent; the year now comes from the page opened.
    data = {"status": status, "note": note, "reason": reason, "version": action.version}
    data["year"] = body_year if body_year is not None else year
    return client.post(_edit_url(action, year), data)


@pytest.fixture
def essm_client(client, django_user_model, seeded):
    return login(client, django_user_model, "actiehouder-essm")


@pytest.fixture
def pilot(seeded):
    return Action.objects.get(title=PILOT)


def _note(action, year) -> ProgressNote | None:
    return ProgressNote.objects.filter(action=action, year=year).first()


def test_opening_2025_shows_the_2025_text_and_status_to_edit(essm_client, pilot):
    note_2025 = _note(pilot, 2025)
    assert note_2025.status == ActionStatus.RUNNING
    # 2026 has a different status; opening 2025 must show 2025's, not the current one.
    response = _post(essm_client, pilot, year=2026, status="afgerond", note="Afgerond in 2026.")
    assert response.status_code == 302
    response = essm_client.get(_edit_url(pilot, 2025))
    assert response.status_code == 200
    form = response.context["form"]
    assert form["note"].value() == note_2025.text
    assert form["status"].value() == ActionStatus.RUNNING
    assert response.context["year"] == 2025
    assert note_2025.text in response.content.decode()


def test_the_year_is_opened_not_picked_over_an_empty_box(essm_client, pilot):
    """The form offers no year select beside a box holding another year's text; years are opened."""
    before = _note(pilot, 2025)
    response = essm_client.get(_edit_url(pilot))
    page = response.content.decode()
    assert response.context["year"] == 2026
    assert 'name="year"' not in page
    assert f'href="{_edit_url(pilot, 2025)}"' in page  # open 2025 to see and edit its text

    # What the old form allowed: a 2026 page (empty box), Verslagjaar 2025 picked, saved.
    response = _post(essm_client, pilot, year=2026, status="afgerond", note="Nieuw.", body_year=2025)
    assert response.status_code == 302
    after = _note(pilot, 2025)
    assert (after.status, after.text) == (before.status, before.text)
    assert _note(pilot, 2026).text == "Nieuw."


def test_writing_2026_never_changes_the_2025_note_nor_its_status(essm_client, pilot):
    before = _note(pilot, 2025)
    records = before.history.count()
    response = _post(essm_client, pilot, year=2026, status="afgerond", note="Pilot afgerond in 2026.")
    assert response.status_code == 302
    after = _note(pilot, 2025)
    assert (after.status, after.text) == (before.status, before.text)
    assert after.history.count() == records
    pilot.refresh_from_db()
    assert pilot.status == ActionStatus.DONE  # the current status is the latest year's
    timeline = [entry.subject for entry in selectors.action_history(pilot) if entry.changes]
    assert "stand van zaken 2025" not in timeline[:2]


def test_correcting_an_earlier_year_keeps_the_current_status(essm_client, pilot):
    _post(essm_client, pilot, year=2026, status="afgerond", note="Afgerond in 2026.")
    pilot.refresh_from_db()
    response = _post(essm_client, pilot, year=2024, status="gepland", note="Voorbereid in 2024.")
    assert response.status_code == 302
    pilot.refresh_from_db()
    assert pilot.status == ActionStatus.DONE
    assert _note(pilot, 2024).status == ActionStatus.PLANNED


def test_the_2025_plan_state_takes_each_status_from_the_2025_note(essm_client, pilot):
    plan = Plan.objects.get(start_year=2024)

    def opgave_5(state):
        counts = {c["status"]: c["count"] for c in state["opgaven"][4]["status_counts"]}
        rows = {row["title"]: row["status"] for row in state["opgaven"][4]["actions"]}
        return counts, rows

    before = opgave_5(selectors.plan_state_snapshot(plan, 2025))
    assert before[0]["lopend"] == 2 and before[0]["afgerond"] == 1
    _post(essm_client, pilot, year=2026, status="afgerond", note="Afgerond in 2026.")
    assert opgave_5(selectors.plan_state_snapshot(plan, 2025)) == before
    counts_2026, rows_2026 = opgave_5(selectors.plan_state_snapshot(plan, 2026))
    assert rows_2026[PILOT] == "afgerond"


def test_postponement_is_kept_per_year(essm_client, pilot):
    response = _post(essm_client, pilot, year=2026, status="doorgeschoven", note="Naar het volgende plan.")
    assert response.status_code == 200  # a postponement needs a target
    pilot.refresh_from_db()
    data = {
        "status": "doorgeschoven",
        "note": "Doorgeschoven naar 2027.",
        "postponed_to_year": 2027,
        "reason": "",
        "version": pilot.version,
        "year": 2026,
    }
    assert essm_client.post(_edit_url(pilot, 2026), data).status_code == 302
    note = _note(pilot, 2026)
    assert (note.status, note.postponed_to_year) == ("doorgeschoven", 2027)
    pilot.refresh_from_db()
    assert pilot.status_display == "Doorgeschoven (2027)"
    rows = selectors.plan_state_snapshot(pilot.opgave.plan, 2025)["opgaven"][4]["actions"]
    assert next(row for row in rows if row["title"] == PILOT)["postponed_to"] == ""


def test_an_action_without_a_status_for_the_year_is_niet_vermeld(db):
    plan = PlanFactory(start_year=2024, end_year=2026)
    opgave = OpgaveFactory(plan=plan, number=1)
    no_note = ActionFactory(opgave=opgave, status=ActionStatus.RUNNING, title="Zonder stand 2025")
    without_status = ActionFactory(opgave=opgave, status=ActionStatus.RUNNING, title="Status niet gegeven")
    ProgressNoteFactory(action=without_status, year=2025, status="", text="De bron noemt geen status.")
    ProgressNoteFactory(action=no_note, year=2026, status=ActionStatus.DONE)

    state = selectors.plan_state_snapshot(plan, 2025)
    rows = {row["title"]: row for row in state["opgaven"][0]["actions"]}
    assert rows["Zonder stand 2025"]["status_label"] == "Niet vermeld"  # not the current "Lopend"
    assert rows["Zonder stand 2025"]["note"] == ""
    assert rows["Status niet gegeven"]["status_label"] == "Niet vermeld"
    counts = {c["label"]: c["count"] for c in state["opgaven"][0]["status_counts"]}
    assert counts["Niet vermeld"] == 2 and counts["Lopend"] == 0


def test_plan_state_costs_the_same_queries_for_more_actions(db, django_assert_max_num_queries):
    def plan_with(actions: int):
        plan = PlanFactory(start_year=2024, end_year=2026) if actions == 2 else PlanFactory()
        for number in (1, 2, 3):
            opgave = OpgaveFactory(plan=plan, number=number)
            for _ in range(actions):
                note = ProgressNoteFactory(action=ActionFactory(opgave=opgave), year=2025)
                note.action.co_owners.add(note.action.lead)
        return plan

    small, large = plan_with(2), plan_with(20)
    with django_assert_max_num_queries(8) as small_queries:
        selectors.plan_state_snapshot(small, 2025)
    with django_assert_max_num_queries(len(small_queries)):
        selectors.plan_state_snapshot(large, 2025)


def test_next_plan_carries_over_by_the_latest_years_status(django_user_model, seeded, essm_client, pilot):
    """Pilot: 2025 lopend; written 2026 afgerond: done, so it stays with the old plan."""
    _post(essm_client, pilot, year=2026, status="afgerond", note="Afgerond in 2026.")
    beheerder = django_user_model.objects.get(username="beheerder")
    result = next_plan.plan_create_next(
        plan=Plan.objects.get(start_year=2024), user=beheerder, start_year=2027, end_year=2030
    )
    carried = set(Action.objects.filter(opgave__plan=result.plan).values_list("title", flat=True))
    assert PILOT not in carried
    assert "Project Versterken Ketenaanpak tegen Criminele Uitbuiting" in carried  # lopend in 2025


def test_the_notes_list_opens_the_year_screen_to_edit(client, django_user_model, seeded, pilot):
    login(client, django_user_model, "beheerder")
    note = _note(pilot, 2025)
    response = client.get(reverse("progress_notes:edit", args=[note.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("actions:year_edit", args=[pilot.pk]) + "?jaar=2025"
    response = client.post(reverse("progress_notes:edit", args=[note.pk]), {"text": "Omzeild?"})
    assert _note(pilot, 2025).text == note.text
    assert client.get(reverse("progress_notes:add")).status_code == 302
    assert (
        'href="' + reverse("progress_notes:add")
        not in client.get(reverse("progress_notes:index")).content.decode()
    )


def test_deleting_a_note_is_refused_in_a_closed_year_and_the_current_status_follows(
    client, django_user_model, seeded, pilot
):
    from actionplan import services

    beheerder = django_user_model.objects.get(username="beheerder")
    services.action_update_status(
        action=pilot,
        user=beheerder,
        status="afgerond",
        note="Klaar.",
        year=2026,
        expected_version=action_version(pilot),
    )
    services.reporting_year_close(region=default_region(), year=2025, user=beheerder)
    login(client, django_user_model, "beheerder")
    client.post(reverse("progress_notes:delete", args=[_note(pilot, 2025).pk]))
    assert _note(pilot, 2025) is not None
    client.post(reverse("progress_notes:delete", args=[_note(pilot, 2026).pk]))
    assert _note(pilot, 2026) is None
    pilot.refresh_from_db()
    assert pilot.status == ActionStatus.RUNNING  # the latest year left is 2025
