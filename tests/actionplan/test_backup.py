"""A backup restored into an emptied database gives back everything, history included."""

import gzip
import json

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection

from actionplan import services
from actionplan.models import Action, Organisation, ProgressNote
from actionplan.reporting.models import ReportingRound
from actionplan.review.models import Meeting
from tests.factories import MeetingFactory, ReportingRoundFactory, action_version
from workbench import packs as seed
from workbench.management.commands.restore import MOVED_MODELS

pytestmark = pytest.mark.django_db


def _state():
    return {
        "actions": sorted(Action.objects.values_list("pk", "title", "status", "version")),
        "action_history": sorted(
            Action.history.values_list(
                "history_id", "status", "history_user__username", "history_change_reason"
            )
        ),
        "note_history": ProgressNote.history.count(),
        "co_owner_history": apps.get_model("actionplan", "HistoricalAction_co_owners").objects.count(),
        "organisations": Organisation.objects.count(),
        "users": sorted(get_user_model().objects.values_list("username", "password")),
        "groups": sorted(Group.objects.values_list("name", flat=True)),
        "memberships": sorted(get_user_model().objects.values_list("username", "membership__organisation")),
    }


def test_backup_and_restore_round_trip(tmp_path):
    seed.seed_plan()
    seed.seed_demo_accounts()
    user = get_user_model().objects.get(username="actiehouder-essm")
    action = Action.objects.get(title__startswith="Pilot noodbed")
    services.action_update_status(
        action=action,
        user=user,
        status="afgerond",
        note="Klaar.",
        year=2026,
        reason="Test",
        expected_version=action_version(action),
    )
    before = _state()
    target = tmp_path / "backup.json.gz"
    call_command("backup", output=str(target))
    assert target.stat().st_size > 1000

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
    assert Action.objects.count() == 0 and Action.history.count() == 0

    call_command("restore", str(target), yes=True)
    assert _state() == before
    record = Action.objects.get(pk=action.pk).history.first()
    assert (record.history_user.username, record.history_change_reason, record.status) == (
        "actiehouder-essm",
        "Test",
        "afgerond",
    )


def test_a_backup_from_before_the_rounds_and_review_moved_restores_into_their_apps(tmp_path):
    """A backup made when the rounds and the Regionale Tafel were ``actionplan``'s (model labels and
    content types ``actionplan.*``) comes back under ``reporting`` and ``review``, permissions attached."""
    reporting_round = ReportingRoundFactory()
    meeting = MeetingFactory(plan=reporting_round.plan)
    target = tmp_path / "backup.json.gz"
    call_command("backup", output=str(target))
    with gzip.open(target, "rt", encoding="utf-8") as handle:
        backup = json.load(handle)
    old_labels = {(new, model): old for (old, model), new in MOVED_MODELS.items()}
    for record in backup["data"]:  # as the backup was written before the move
        app_label, _, model = record["model"].partition(".")
        if (app_label, model) in old_labels:
            record["model"] = f"{old_labels[app_label, model]}.{model}"
        elif record["model"] == "contenttypes.contenttype":
            key = (record["fields"]["app_label"], record["fields"]["model"])
            record["fields"]["app_label"] = old_labels.get(key, key[0])
    assert any(record["model"] == "actionplan.reportinground" for record in backup["data"])
    old = tmp_path / "old.json"
    old.write_text(json.dumps(backup))

    call_command("restore", str(old), yes=True)
    assert ReportingRound.objects.get().pk == reporting_round.pk
    assert Meeting.objects.get().pk == meeting.pk
    assert ReportingRound.history.count() == reporting_round.history.count() > 0
    assert not ContentType.objects.filter(app_label="actionplan", model="meeting").exists()
    assert (
        Group.objects.get(name="regionale tafel")
        .permissions.filter(content_type=ContentType.objects.get_for_model(Meeting), codename="add_meeting")
        .exists()
    )
