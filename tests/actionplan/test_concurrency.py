"""Two people editing the same action: the second save is refused and shows what the first changed."""

import pytest
from django.contrib.auth import get_user_model
from django.db.models import F
from django.test import Client
from django.urls import reverse

from accounts import roles
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


def test_an_owner_save_without_the_version_is_refused(seeded):
    action = Action.objects.get(title__startswith="Pilot noodbed")
    version, records = action.version, action.history.count()
    url = reverse("actionplan_my_action_edit", args=[action.pk])
    data = {"status": "afgerond", "year": 2026, "note": "Zonder versie.", "reason": ""}

    response = _client("actiehouder-essm").post(url, data)

    assert response.status_code == 200
    assert "Het is niet bekend op welke versie deze wijziging is gebaseerd" in response.content.decode()
    action.refresh_from_db()
    assert action.version == version and action.history.count() == records
    assert not ProgressNote.objects.filter(action=action, text="Zonder versie.").exists()


def test_the_owners_service_refuses_a_write_without_the_version(seeded):
    """``action_update_status`` no longer skips the compare when no version is given."""
    from actionplan import services
    from workbench.history import VersionMissing

    action = Action.objects.get(title__startswith="Pilot noodbed")
    owner = get_user_model().objects.get(username="actiehouder-essm")
    version = action.version
    with pytest.raises(VersionMissing):
        services.action_update_status(
            action=action,
            user=owner,
            status="afgerond",
            note="Geen versie.",
            year=2026,
            expected_version=None,
        )
    assert Action.objects.get(pk=action.pk).version == version
    assert not ProgressNote.objects.filter(action=action, text="Geen versie.").exists()


def test_an_unchanged_owner_save_leaves_the_version(seeded):
    """The claim on the row is given back when nothing changes: no version without a change."""
    from actionplan import services

    action = Action.objects.get(title__startswith="Pilot noodbed")
    owner = get_user_model().objects.get(username="actiehouder-essm")
    write = {"action": action, "user": owner, "status": "afgerond", "note": "Klaar.", "year": 2026}
    services.action_update_status(**write, expected_version=action.version)
    saved = Action.objects.get(pk=action.pk)
    records = saved.history.count()
    services.action_update_status(**write, expected_version=saved.version)
    again = Action.objects.get(pk=action.pk)
    assert again.version == saved.version and again.history.count() == records


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


def _beheerder_data(action, **changes):
    base = {
        "opgave": action.opgave_id,
        "title": action.title,
        "description": action.description,
        "lead": action.lead_id,
        "sort_order": action.sort_order,
        "expected_version": action.version,
        "change_reason": "",
    }
    return {**base, **changes}


def test_two_beheerders_open_the_same_version_and_only_the_first_save_counts(seeded):
    action = Action.objects.get(title__startswith="Pilot noodbed")
    first, second = _client("beheerder"), _client("beheerder")
    url = reverse("actions:edit", args=[action.pk])
    versions = {c.get(url).context["form"]["expected_version"].value() for c in (first, second)}
    assert versions == {action.version}
    records = action.history.count()

    assert first.post(url, _beheerder_data(action, description="Eerste.")).status_code == 302
    response = second.post(url, _beheerder_data(action, description="Tweede."))

    assert response.status_code == 200
    assert "Iemand anders heeft dit intussen gewijzigd" in response.content.decode()
    action.refresh_from_db()
    assert action.description == "Eerste."
    assert action.history.count() == records + 1  # the first save only, recorded once
    assert action.version == versions.pop() + 1


def test_a_beheerder_save_without_the_expected_version_is_refused(seeded):
    action = Action.objects.get(title__startswith="Pilot noodbed")
    version, records = action.version, action.history.count()
    data = _beheerder_data(action, description="Zonder versie.")
    del data["expected_version"]

    response = _client("beheerder").post(reverse("actions:edit", args=[action.pk]), data)

    assert response.status_code == 200
    assert "Het is niet bekend op welke versie deze wijziging is gebaseerd" in response.content.decode()
    action.refresh_from_db()
    assert action.description != "Zonder versie."
    assert action.version == version and action.history.count() == records


def test_a_save_that_loses_the_race_after_validation_is_refused(seeded, monkeypatch):
    """Someone else saves between the form's check and its write: the conditional update refuses."""
    from workbench import editing

    action = Action.objects.get(title__startswith="Pilot noodbed")
    original = editing.save_versioned

    def someone_else_first(instance, **kwargs):
        Action.objects.filter(pk=instance.pk).update(description="Tussendoor.", version=F("version") + 1)
        return original(instance, **kwargs)

    monkeypatch.setattr(editing, "save_versioned", someone_else_first)
    response = _client("beheerder").post(
        reverse("actions:edit", args=[action.pk]), _beheerder_data(action, description="Te laat.")
    )

    assert response.status_code == 200
    assert "Iemand anders heeft dit intussen gewijzigd" in response.content.decode()
    # (The stand-in writer ran inside the request's transaction, so it is rolled back as well.)
    assert Action.objects.get(pk=action.pk).description == action.description != "Te laat."


def test_save_versioned_with_a_stale_version_writes_nothing(seeded):
    from workbench import history as services

    action = Action.objects.get(title__startswith="Pilot noodbed")
    stale = action.version
    Action.objects.filter(pk=action.pk).update(version=F("version") + 1)
    records = action.history.count()
    action.description = "Verouderd."

    with pytest.raises(services.ConcurrentUpdate) as exc:
        services.save_versioned(action, expected_version=stale, user=None, reason="test")

    assert exc.value.current.version == stale + 1
    fresh = Action.objects.get(pk=action.pk)
    assert fresh.description != "Verouderd." and fresh.version == stale + 1
    assert action.history.count() == records


def test_save_versioned_writes_once_with_the_next_version(seeded, django_user_model):
    from workbench import history as services

    action = Action.objects.get(title__startswith="Pilot noodbed")
    user = django_user_model.objects.get(username="beheerder")
    version, records = action.version, action.history.count()
    action.description = "Nieuw."

    services.save_versioned(action, expected_version=version, user=user, reason="Bijgewerkt")

    fresh = Action.objects.get(pk=action.pk)
    assert (fresh.description, fresh.version) == ("Nieuw.", version + 1)
    assert action.history.count() == records + 1
    latest = action.history.latest("history_date")
    assert latest.history_user == user and latest.history_change_reason == "Bijgewerkt"
    assert latest.version == version + 1


def test_the_beheerders_delivery_edit_goes_through_the_same_versioned_save(seeded):
    from monitor.models import Delivery
    from tests.factories import DeliveryFactory

    delivery = DeliveryFactory()
    client = _client("beheerder")
    url = reverse("deliveries:edit", args=[delivery.pk])
    form = client.get(url).context["form"]
    names = ("partner", "year", "deadline", "expected_version")
    data = {name: "" if form[name].value() is None else form[name].value() for name in names}
    assert data["expected_version"] == delivery.version

    without = {**data, "expected_version": ""}
    assert client.post(url, without).status_code == 200
    assert Delivery.objects.get(pk=delivery.pk).version == delivery.version

    assert client.post(url, data).status_code == 302
    assert Delivery.objects.get(pk=delivery.pk).version == delivery.version + 1
    assert client.post(url, data).status_code == 200  # the same form a second time: outdated


def _save_description(action_id: int, version: int, text: str) -> None:
    """The beheerder's edit form's write: the whole object, through ``save_versioned``."""
    from workbench.history import save_versioned

    mine = Action.objects.get(pk=action_id)
    mine.description = text
    save_versioned(mine, expected_version=version, user=None, reason=text)


def _save_stand_van_zaken(action_id: int, version: int, text: str) -> None:
    """The owner's (and the year screen's) write: one year's note, through ``action_update_status``."""
    from actionplan import services

    mine = Action.objects.select_related("opgave__plan").get(pk=action_id)
    user = get_user_model().objects.get(username="beheerder-race")
    year = mine.opgave.plan.start_year
    services.action_update_status(
        action=mine, user=user, status="lopend", note=text, year=year, reason=text, expected_version=version
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("write", [_save_description, _save_stand_van_zaken], ids=["beheerder", "owner"])
def test_two_connections_at_the_same_version(write):
    """Two writers on real connections, both having read the same version: the second is refused.

    Both screens' writes are tried: the beheerder's edit form (``save_versioned``) and the stand van
    zaken (``action_update_status``); both claim the row with one conditional update, no lock first.
    On PostgreSQL the second writes while the first still holds the row: its conditional update waits
    for the first's commit, then matches no row. SQLite locks the whole database for a write, so there
    the second writes right after the first's commit, still with the version it read before."""
    import threading
    import time

    from django.db import connection, transaction

    from tests.factories import ActionFactory, UserFactory
    from workbench.history import ConcurrentUpdate

    UserFactory(username="beheerder-race", roles=[roles.BEHEERDER])
    action = ActionFactory()
    version = action.version
    read, claimed, committed, outcome = threading.Event(), threading.Event(), threading.Event(), {}
    concurrent = connection.vendor == "postgresql"

    def first():
        try:
            read.wait(5)
            with transaction.atomic():
                write(action.pk, version, "Eerste.")
                claimed.set()
                time.sleep(0.5 if concurrent else 0)  # hold the row while the second tries
            committed.set()
        finally:
            connection.close()

    def second():
        try:
            Action.objects.get(pk=action.pk)  # read before the first writes: the old version
            read.set()
            (claimed if concurrent else committed).wait(5)
            write(action.pk, version, "Tweede.")
            outcome["second"] = "saved"
        except ConcurrentUpdate:
            outcome["second"] = "refused"
        finally:
            connection.close()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)

    assert outcome == {"second": "refused"}
    fresh = Action.objects.get(pk=action.pk)
    assert fresh.version == version + 1
    assert [record.history_change_reason for record in fresh.history.all()][0] == "Eerste."
    if write is _save_description:
        assert fresh.description == "Eerste."
    else:
        assert list(ProgressNote.objects.filter(action=fresh).values_list("text", flat=True)) == ["Eerste."]
