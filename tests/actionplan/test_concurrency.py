"""Two people editing the same action: the second save is refused and shows what the first changed."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from actionplan.models import Action, ProgressNote

pytestmark = pytest.mark.django_db


def _client(username):
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    return client


def _owner_post(client, action, version, status, note):
    return client.post(
        reverse("actionplan_my_action_edit", args=[action.pk]),
        {"status": status, "year": 2026, "note": note, "reason": "", "version": version},
    )


def test_second_owner_save_is_refused_and_shows_the_first(seeded, django_user_model):
    action = Action.objects.get(title__startswith="Pilot noodbed")
    first, second = _client("actiehouder-essm"), _client("actiehouder-essm")
    # Both open the form at the same version.
    version = (
        first.get(reverse("actionplan_my_action_edit", args=[action.pk])).context["form"].initial["version"]
    )
    assert second.get(reverse("actionplan_my_action_edit", args=[action.pk])).status_code == 200

    assert _owner_post(first, action, version, "afgerond", "Pilot afgerond.").status_code == 302
    response = _owner_post(second, action, version, "vervallen", "Pilot vervalt.")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Iemand anders heeft deze actie intussen gewijzigd" in page
    assert "Pilot afgerond." in page and "Afgerond" in page
    action.refresh_from_db()
    assert action.status == "afgerond"
    assert ProgressNote.objects.get(action=action, year=2026).text == "Pilot afgerond."


def test_note_only_change_is_also_detected(seeded):
    action = Action.objects.get(title__startswith="Pilot noodbed")
    first, second = _client("actiehouder-essm"), _client("actiehouder-essm")
    version = action.version
    assert _owner_post(first, action, version, action.status, "Eerste tekst.").status_code == 302
    assert _owner_post(second, action, version, action.status, "Tweede tekst.").status_code == 200
    assert ProgressNote.objects.get(action=action, year=2026).text == "Eerste tekst."


def test_second_beheerder_save_is_refused(seeded):
    action = Action.objects.get(title__startswith="Pilot noodbed")
    first, second = _client("beheerder"), _client("beheerder")
    url = reverse("actions:edit", args=[action.pk])
    form = first.get(url).context["form"]
    assert form["expected_version"].value() == action.version

    def data(**changes):
        base = {
            "opgave": action.opgave_id,
            "title": action.title,
            "description": "",
            "lead": action.lead_id,
            "status": action.status,
            "year": 2026,
            "sort_order": 0,
            "expected_version": action.version,
            "change_reason": "",
        }
        return {**base, **changes}

    assert first.post(url, data(description="Door de eerste beheerder.")).status_code == 302
    response = second.post(url, data(description="Door de tweede beheerder."))
    assert response.status_code == 200
    assert "Iemand anders heeft dit intussen gewijzigd" in response.content.decode()
    assert "Door de eerste beheerder." in response.content.decode()
    action.refresh_from_db()
    assert action.description == "Door de eerste beheerder."
