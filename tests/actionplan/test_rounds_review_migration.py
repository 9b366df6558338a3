"""The reporting rounds and the Regionale Tafel moved from ``actionplan`` into apps of their own
(``reporting``, ``review``): a database made by the migrations before the move, with data, keeps every
row, foreign key, history row, content type and permission when it migrates forward.

The test migrates the test database back to the state before the move and forward again, so it runs
as a transactional test with serialized_rollback (and migrates forward in ``finally``): the rest of
the suite finds the database as it was.
"""

import datetime

import pytest
from django.contrib.auth.models import Group, User
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from actionplan.models import Action, Plan
from actionplan.reporting.models import ActionUpdate, ReminderLog, ReportingRound, UpdateState
from actionplan.review.models import Meeting, ReviewNote

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# The state of main before the move: actionplan up to 0007, the new apps not there yet.
BEFORE_MOVE = [("actionplan", "0007_outlook_owners_not_stated"), ("reporting", None), ("review", None)]

MOVED = {
    "reporting": [
        "reportinground",
        "historicalreportinground",
        "actionupdate",
        "historicalactionupdate",
        "reminderlog",
    ],
    "review": ["meeting", "historicalmeeting", "reviewnote", "historicalreviewnote"],
}
NOW = datetime.datetime(2026, 3, 1, 10, 0, tzinfo=datetime.UTC)


def _migrate(targets=None):
    executor = MigrationExecutor(connection)
    executor.migrate(targets or executor.loader.graph.leaf_nodes())
    executor.loader.build_graph()
    graph = executor.loader.graph
    # What is applied, without the migrations that squashed ones replace (not in the graph).
    applied = [node for node in executor.loader.applied_migrations if node in graph.nodes]
    return executor.loader.project_state(applied, at_end=True).apps


def _history(model, obj, **fields):
    """A simple-history row of ``obj`` as the old app's historical model has it."""
    return model.objects.create(
        id=obj.pk, history_date=NOW, history_type="+", history_change_reason="voor de verhuizing", **fields
    )


def _fill(apps) -> dict:
    """Data in the old tables (actionplan.*), as main made it, with history and permissions."""
    user_model = apps.get_model("auth", "User")
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    content_type_model = apps.get_model("contenttypes", "ContentType")
    get = lambda name: apps.get_model("actionplan", name)  # noqa: E731

    owner = user_model.objects.create(username="eigenaar", email="eigenaar@example.org")
    board = user_model.objects.create(username="tafel", email="tafel@example.org")
    plan = get("Plan").objects.create(title="Actieplan 2024-2026", start_year=2024, end_year=2026)
    opgave = get("Opgave").objects.create(plan=plan, number=1, title="Opgave een", short_title="Een")
    action = get("Action").objects.create(opgave=opgave, title="Actie een", status="lopend")
    other = get("Action").objects.create(opgave=opgave, title="Actie twee", status="gepland")

    reporting_round = get("ReportingRound").objects.create(
        plan=plan, year=2025, deadline=datetime.date(2025, 12, 1), opened_by=owner, opened_at=NOW
    )
    submitted = get("ActionUpdate").objects.create(
        round=reporting_round,
        action=action,
        state="ingediend",
        status="lopend",
        text="Loopt volgens plan.",
        submitted_by=owner,
        submitted_at=NOW,
        submission_count=1,
    )
    todo = get("ActionUpdate").objects.create(round=reporting_round, action=other)
    reminder = get("ReminderLog").objects.create(
        user=owner, date=datetime.date(2025, 11, 28), kind="eigenaar", action_count=2
    )
    meeting = get("Meeting").objects.create(plan=plan, date=datetime.date(2025, 6, 12), title="Voorjaar")
    note = get("ReviewNote").objects.create(
        meeting=meeting, opgave=opgave, kind="besluit", text="Door met opgave een.", created_by=board
    )
    _history(
        get("HistoricalReportingRound"),
        reporting_round,
        plan=plan,
        year=2025,
        deadline=reporting_round.deadline,
        opened_by=owner,
        opened_at=NOW,
        history_user=owner,
    )
    _history(
        get("HistoricalActionUpdate"),
        submitted,
        round=reporting_round,
        action=action,
        state="ingediend",
        status="lopend",
        text="Loopt volgens plan.",
        submission_count=1,
        history_user=owner,
    )
    _history(
        get("HistoricalMeeting"), meeting, plan=plan, date=meeting.date, title="Voorjaar", history_user=board
    )
    _history(
        get("HistoricalReviewNote"),
        note,
        meeting=meeting,
        opgave=opgave,
        kind="besluit",
        text="Door met opgave een.",
        created_at=note.created_at,
        history_user=board,
    )

    content_types = {
        (label, model): content_type_model.objects.get(app_label="actionplan", model=model).pk
        for label, models in MOVED.items()
        for model in models
    }
    # The roles' grants of main's migrations, plus one permission given to a user directly.
    view_meeting = permission_model.objects.get(content_type__app_label="actionplan", codename="view_meeting")
    board.user_permissions.add(view_meeting)
    group_permissions = {
        (group.name, permission.content_type_id, permission.codename, permission.pk)
        for group in group_model.objects.all()
        for permission in group.permissions.filter(content_type__in=content_types.values())
    }
    return {
        "plan": plan.pk,
        "action": action.pk,
        "other": other.pk,
        "opgave": opgave.pk,
        "owner": owner.pk,
        "board": board.pk,
        "round": reporting_round.pk,
        "submitted": submitted.pk,
        "todo": todo.pk,
        "reminder": reminder.pk,
        "meeting": meeting.pk,
        "note": note.pk,
        "content_types": content_types,
        "group_permissions": group_permissions,
    }


def test_the_move_keeps_every_row_key_history_row_content_type_and_permission():
    try:
        old_apps = _migrate(BEFORE_MOVE)
        assert (
            old_apps.get_model("actionplan", "ReportingRound")._meta.db_table == "actionplan_reportinground"
        )
        before = _fill(old_apps)
    finally:
        _migrate()  # the latest state again, whatever happened

    reporting_round = ReportingRound.objects.get(pk=before["round"])
    assert (reporting_round.plan_id, reporting_round.year, reporting_round.opened_by_id) == (
        before["plan"],
        2025,
        before["owner"],
    )
    submitted = ActionUpdate.objects.get(pk=before["submitted"])
    assert (submitted.round_id, submitted.action_id, submitted.state, submitted.text) == (
        before["round"],
        before["action"],
        UpdateState.SUBMITTED,
        "Loopt volgens plan.",
    )
    assert list(reporting_round.updates.order_by("pk").values_list("pk", flat=True)) == [
        before["submitted"],
        before["todo"],
    ]
    assert Action.objects.get(pk=before["other"]).round_updates.get().state == UpdateState.TODO
    assert Plan.objects.get(pk=before["plan"]).reporting_rounds.get() == reporting_round
    reminder = ReminderLog.objects.get(pk=before["reminder"])
    assert (reminder.user_id, reminder.kind, reminder.action_count) == (before["owner"], "eigenaar", 2)
    meeting = Meeting.objects.get(pk=before["meeting"])
    note = ReviewNote.objects.get(pk=before["note"])
    assert (note.meeting, note.opgave_id, note.kind, note.created_by_id) == (
        meeting,
        before["opgave"],
        "besluit",
        before["board"],
    )

    # The history rows, now read through the new apps' historical models.
    assert reporting_round.history.get().history_change_reason == "voor de verhuizing"
    assert submitted.history.get().round_id == before["round"]
    assert meeting.history.get().history_user_id == before["board"]
    assert note.history.get().meeting_id == before["meeting"]

    # The same content type rows, now under the new app labels: permissions and what points to them stay.
    for (label, model), pk in before["content_types"].items():
        assert ContentType.objects.values_list("app_label", "model").get(pk=pk) == (label, model)
    assert (
        ContentType.objects.get(app_label="reporting", model="reportinground").pk
        == before["content_types"][("reporting", "reportinground")]
    )
    assert not ContentType.objects.filter(
        app_label="actionplan", model__in=[m for models in MOVED.values() for m in models]
    ).exists()
    after = {
        (group.name, permission.content_type_id, permission.codename, permission.pk)
        for group in Group.objects.all()
        for permission in group.permissions.filter(content_type__in=before["content_types"].values())
    }
    assert after == before["group_permissions"]
    assert {"beheerder", "regionale tafel"} <= {name for name, *_ in after}
    board = User.objects.get(pk=before["board"])
    assert board.has_perm("review.view_meeting")
    beheerder = User.objects.create(username="beheerder-na")
    beheerder.groups.add(Group.objects.get(name="beheerder"))
    assert beheerder.has_perm("reporting.change_actionupdate") and beheerder.has_perm("review.add_reviewnote")

    # New rows go on from the old ones (the keys' sequences moved with the tables).
    new_round = ReportingRound.objects.create(
        plan_id=before["plan"], year=2026, deadline=datetime.date(2026, 12, 1), opened_at=timezone.now()
    )
    assert new_round.pk > before["round"]
    assert (
        Meeting.objects.create(plan_id=before["plan"], date=datetime.date(2026, 6, 1)).pk > before["meeting"]
    )
