"""Every role against the action plan's admin URLs, with real requests (including guessed ids)."""

import pytest
from django.urls import reverse

from actionplan.models import Action, ActionStatus, ProgressNote
from actionplan.selectors import actions_owned_by

from .conftest import login

pytestmark = pytest.mark.django_db


def _post_status(client, action, **overrides):
    data = {
        "status": ActionStatus.DONE,
        "year": 2025,
        "note": "Bijgewerkt via het scherm.",
        "reason": "Test",
        "version": action.version,
        "postponed_to_year": "",
        "postponed_to_plan": "",
    }
    data.update(overrides)
    return client.post(reverse("actionplan_my_action_edit", args=[action.pk]), data)


def refused(response) -> bool:
    """Wagtail answers a refused admin request with 403, 404, or a redirect to the dashboard."""
    if response.status_code in (403, 404):
        return True
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def _snapshot(action):
    action.refresh_from_db()
    note = ProgressNote.objects.get(action=action, year=2025)
    return action.status, action.version, note.text, action.history.count()


def test_my_actions_lists_exactly_the_actions_essm_owns(client, django_user_model, seeded, essm):
    login(client, django_user_model, "actiehouder-essm")
    response = client.get(reverse("actionplan_my_actions"))
    assert response.status_code == 200
    listed = set(response.context["actions"].values_list("pk", flat=True))
    expected = {
        action.pk for action in Action.objects.all() if action.lead == essm or essm in action.co_owners.all()
    }
    assert listed == expected and len(expected) == 9
    for action in Action.objects.exclude(pk__in=expected):
        assert action.title not in response.content.decode()


def test_actiehouder_updates_own_action_and_history_names_them(client, django_user_model, seeded, essm):
    user = django_user_model.objects.get(username="actiehouder-essm")
    action = Action.objects.get(title__startswith="Pilot noodbed")
    login(client, django_user_model, "actiehouder-essm")
    response = _post_status(client, action, status=ActionStatus.DONE, note="Pilot afgerond.")
    assert response.status_code == 302
    action.refresh_from_db()
    assert action.status == ActionStatus.DONE
    record = action.history.first()
    assert record.history_user == user and record.history_change_reason == "Test"
    timeline = client.get(reverse("actions:history", args=[action.pk]))
    assert timeline.status_code == 200
    page = timeline.content.decode()
    assert "actiehouder-essm" in page
    assert "Lopend" in page and "Afgerond" in page
    assert "Pilot afgerond." in page


def test_actiehouder_cannot_open_or_post_another_organisations_action(
    client, django_user_model, seeded, riec_only_action
):
    login(client, django_user_model, "actiehouder-essm")
    before = _snapshot(riec_only_action)
    url = reverse("actionplan_my_action_edit", args=[riec_only_action.pk])
    assert client.get(url).status_code == 404
    assert _post_status(client, riec_only_action).status_code == 404
    # The beheerder's generic screens are closed to them too.
    for name in ("actions:edit", "actions:delete"):
        generic = reverse(name, args=[riec_only_action.pk])
        assert refused(client.get(generic))
        assert refused(client.post(generic, {"title": "Gekaapt", "status": "vervallen"}))
    assert refused(client.get(reverse("actions:history", args=[riec_only_action.pk])))
    assert _snapshot(riec_only_action) == before
    assert Action.objects.filter(pk=riec_only_action.pk).exists()


def test_actiehouder_cannot_delete_own_action(client, django_user_model, seeded, essm):
    own = actions_owned_by(essm).first()
    login(client, django_user_model, "actiehouder-essm")
    assert refused(client.post(reverse("actions:delete", args=[own.pk])))
    assert Action.objects.filter(pk=own.pk).exists()


def test_riec_actiehouder_sees_riec_action_but_not_essm_only(
    client, django_user_model, seeded, riec_only_action
):
    login(client, django_user_model, "actiehouder-riec")
    assert client.get(reverse("actionplan_my_action_edit", args=[riec_only_action.pk])).status_code == 200
    essm_only = Action.objects.get(title__startswith="Pilot noodbed")
    assert client.get(reverse("actionplan_my_action_edit", args=[essm_only.pk])).status_code == 404


def test_regionale_tafel_sees_everything_and_changes_nothing(
    client, django_user_model, seeded, riec_only_action
):
    login(client, django_user_model, "regionale-tafel")
    before = _snapshot(riec_only_action)
    assert client.get(reverse("actions:index")).status_code == 200
    assert client.get(reverse("actions:inspect", args=[riec_only_action.pk])).status_code == 200
    assert client.get(reverse("actions:history", args=[riec_only_action.pk])).status_code == 200
    assert refused(client.get(reverse("actionplan_my_actions")))
    assert refused(_post_status(client, riec_only_action))
    edit = reverse("actions:edit", args=[riec_only_action.pk])
    assert refused(client.post(edit, {"title": "Gewijzigd"}))
    assert refused(client.post(reverse("actions:delete", args=[riec_only_action.pk])))
    assert _snapshot(riec_only_action) == before


@pytest.mark.parametrize("username", ["redacteur", "datapartner-essm"])
def test_other_roles_have_no_access_to_actions(client, django_user_model, seeded, riec_only_action, username):
    login(client, django_user_model, username)
    before = _snapshot(riec_only_action)
    assert refused(client.get(reverse("actions:index")))
    assert refused(client.get(reverse("actionplan_my_actions")))
    assert refused(_post_status(client, riec_only_action))
    assert refused(client.get(reverse("actions:history", args=[riec_only_action.pk])))
    assert _snapshot(riec_only_action) == before


def test_anonymous_is_sent_to_login(client, seeded, riec_only_action):
    for url in (
        reverse("actions:index"),
        reverse("actionplan_my_actions"),
        reverse("actionplan_my_action_edit", args=[riec_only_action.pk]),
        reverse("actions:history", args=[riec_only_action.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_beheerder_edits_through_the_generic_screen_with_a_reason(
    client, django_user_model, seeded, riec_only_action
):
    login(client, django_user_model, "beheerder")
    edit = reverse("actions:edit", args=[riec_only_action.pk])
    page = client.get(edit).content.decode()
    assert "Stand van zaken per jaar bewerken" in page  # status is year-bound: not a field here
    status_before = riec_only_action.status
    data = {
        "opgave": riec_only_action.opgave_id,
        "title": riec_only_action.title,
        "description": "Nieuwe omschrijving",
        "lead": riec_only_action.lead_id,
        "co_owners": [],
        "status": "vervallen",  # not a field of this form: ignored
        "year": 2026,
        "sort_order": 0,
        "expected_version": riec_only_action.version,
        "change_reason": "Omschrijving aangevuld",
    }
    response = client.post(edit, data)
    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    riec_only_action.refresh_from_db()
    assert riec_only_action.status == status_before
    record = riec_only_action.history.first()
    assert record.history_user.username == "beheerder"
    assert record.history_change_reason == "Omschrijving aangevuld"

    # The status of a year is written in the year screen, the same write path as Mijn acties.
    year_url = reverse("actions:year_edit", args=[riec_only_action.pk]) + "?jaar=2026"
    data = {"status": "lopend", "note": "Gestart in 2026.", "reason": "Gestart in 2026"}
    response = client.post(year_url, {**data, "version": riec_only_action.version})
    assert response.status_code == 302
    riec_only_action.refresh_from_db()
    assert riec_only_action.status == "lopend"
    assert ProgressNote.objects.get(action=riec_only_action, year=2025).status == "doorgeschoven"
    timeline = client.get(reverse("actions:history", args=[riec_only_action.pk])).content.decode()
    assert "Gestart in 2026" in timeline and "Nieuwe omschrijving" in timeline
