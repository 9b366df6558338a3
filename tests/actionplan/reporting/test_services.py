import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from accounts import roles
from actionplan.models import Action, ActionStatus, ProgressNote
from actionplan.reporting import selectors as reporting_selectors
from actionplan.reporting import services as reporting_services
from actionplan.reporting.models import ActionUpdate, UpdateState
from tests.factories import (
    ActionFactory,
    OpgaveFactory,
    OrganisationFactory,
    PlanFactory,
    UserFactory,
    action_version,
)

pytestmark = pytest.mark.django_db

DEADLINE = datetime.date(2026, 3, 1)


@pytest.fixture
def world():
    plan = PlanFactory(start_year=2024, end_year=2026)
    opgave = OpgaveFactory(plan=plan, number=1)
    owner, other = OrganisationFactory(short_name="ESSM"), OrganisationFactory(short_name="RIEC")
    actions = {
        status: ActionFactory(opgave=opgave, lead=owner, status=status, title=f"Actie {status}")
        for status in ActionStatus.values
    }
    co_owned = ActionFactory(opgave=opgave, lead=other, co_owners=[owner], title="Gedeeld")
    foreign = ActionFactory(opgave=opgave, lead=other, title="Van RIEC")
    return {
        "plan": plan,
        "actions": actions,
        "co_owned": co_owned,
        "foreign": foreign,
        "beheerder": UserFactory(roles=[roles.BEHEERDER]),
        "owner": UserFactory(roles=[roles.ACTIEHOUDER], organisation=owner),
        "other": UserFactory(roles=[roles.ACTIEHOUDER], organisation=other),
    }


def open_round(world):
    return reporting_services.round_open(
        plan=world["plan"], year=2026, deadline=DEADLINE, user=world["beheerder"]
    )


def test_opening_a_round_asks_an_update_for_every_action_not_done_or_cancelled(world):
    reporting_round = open_round(world)
    asked = set(reporting_round.updates.values_list("action__title", flat=True))
    expected = {f"Actie {s}" for s in ActionStatus.values} - {"Actie afgerond", "Actie vervallen"}
    assert asked == expected | {"Gedeeld", "Van RIEC"}
    assert set(reporting_round.updates.values_list("state", flat=True)) == {UpdateState.TODO}
    record = reporting_round.updates.first().history.first()
    assert record.history_user == world["beheerder"]


@pytest.mark.parametrize(
    "role", [roles.ACTIEHOUDER, roles.REGIONALE_TAFEL, roles.REDACTEUR, roles.DATAPARTNER]
)
def test_only_a_beheerder_opens_a_round(world, role):
    with pytest.raises(PermissionDenied):
        reporting_services.round_open(
            plan=world["plan"], year=2026, deadline=DEADLINE, user=UserFactory(roles=[role])
        )


def test_a_round_is_opened_once_per_year_within_an_open_plan(world):
    open_round(world)
    with pytest.raises(ValidationError):
        open_round(world)
    with pytest.raises(ValidationError):
        reporting_services.round_open(
            plan=world["plan"], year=2030, deadline=DEADLINE, user=world["beheerder"]
        )
    world["plan"].is_closed = True
    world["plan"].save()
    with pytest.raises(ValidationError):
        reporting_services.round_open(
            plan=world["plan"], year=2025, deadline=DEADLINE, user=world["beheerder"]
        )


def _update(reporting_round, action):
    return ActionUpdate.objects.get(round=reporting_round, action=action)


def test_the_owner_submits_and_the_action_and_its_note_change_with_history(world):
    reporting_round = open_round(world)
    action = world["actions"][ActionStatus.RUNNING]
    update = reporting_services.update_submit(
        update=_update(reporting_round, action),
        user=world["owner"],
        status=ActionStatus.DONE,
        text="Klaar.",
        expected_version=action_version(_update(reporting_round, action).action),
    )
    assert (update.state, update.submitted_by, update.submission_count) == (
        UpdateState.SUBMITTED,
        world["owner"],
        1,
    )
    action.refresh_from_db()
    assert action.status == ActionStatus.DONE
    assert action.history.first().history_user == world["owner"]
    note = ProgressNote.objects.get(action=action, year=2026)
    assert (note.text, note.history.first().history_user) == ("Klaar.", world["owner"])


def test_a_co_owner_may_submit_too(world):
    reporting_round = open_round(world)
    update = reporting_services.update_submit(
        update=_update(reporting_round, world["co_owned"]),
        user=world["owner"],
        status="lopend",
        text="Bezig.",
        expected_version=action_version(_update(reporting_round, world["co_owned"]).action),
    )
    assert update.state == UpdateState.SUBMITTED


def test_another_organisation_cannot_submit_and_nothing_changes(world):
    reporting_round = open_round(world)
    action = world["actions"][ActionStatus.RUNNING]
    with pytest.raises(PermissionDenied):
        reporting_services.update_submit(
            update=_update(reporting_round, action),
            user=world["other"],
            status="afgerond",
            text="Nee.",
            expected_version=action_version(_update(reporting_round, action).action),
        )
    action.refresh_from_db()
    assert action.status == ActionStatus.RUNNING
    assert _update(reporting_round, action).state == UpdateState.TODO
    assert not ProgressNote.objects.filter(action=action).exists()


@pytest.mark.parametrize("role", [roles.REGIONALE_TAFEL, roles.REDACTEUR, roles.DATAPARTNER])
def test_other_roles_cannot_submit(world, role):
    reporting_round = open_round(world)
    user = UserFactory(roles=[role], organisation=world["actions"]["lopend"].lead)
    with pytest.raises(PermissionDenied):
        reporting_services.update_submit(
            update=_update(reporting_round, world["actions"]["lopend"]),
            user=user,
            status="lopend",
            text="x",
            expected_version=action_version(_update(reporting_round, world["actions"]["lopend"]).action),
        )


def test_return_and_resubmission_are_tracked_until_accepted(world):
    reporting_round = open_round(world)
    update = _update(reporting_round, world["actions"][ActionStatus.CONTINUOUS])
    reporting_services.update_submit(
        update=update,
        user=world["owner"],
        status="doorlopend",
        text="Kort.",
        expected_version=action_version(update.action),
    )
    with pytest.raises(ValidationError):
        reporting_services.update_return(update=update, user=world["beheerder"], comment=" ")
    with pytest.raises(PermissionDenied):
        reporting_services.update_return(update=update, user=world["owner"], comment="Zelf terugsturen")
    returned = reporting_services.update_return(
        update=update, user=world["beheerder"], comment="Graag concreter."
    )
    assert (returned.state, returned.review_comment) == (UpdateState.RETURNED, "Graag concreter.")
    assert list(reporting_selectors.updates_due_for(world["owner"])).count(returned) == 1
    reporting_services.update_submit(
        update=update,
        user=world["owner"],
        status="doorlopend",
        text="Uitgebreider.",
        expected_version=action_version(update.action),
    )
    accepted = reporting_services.update_accept(update=update, user=world["beheerder"])
    assert (accepted.state, accepted.submission_count, accepted.reviewed_by) == (
        UpdateState.ACCEPTED,
        2,
        world["beheerder"],
    )
    states = [(r.state, r.history_user.pk) for r in accepted.history.order_by("history_date", "history_id")]
    owner, manager = world["owner"].pk, world["beheerder"].pk
    assert states == [
        ("te_doen", manager),
        ("ingediend", owner),
        ("teruggestuurd", manager),
        ("ingediend", owner),
        ("geaccepteerd", manager),
    ]
    with pytest.raises(PermissionDenied):
        reporting_services.update_submit(
            update=update,
            user=world["owner"],
            status="afgerond",
            text="Na acceptatie",
            expected_version=action_version(update.action),
        )


def test_only_a_submitted_update_can_be_reviewed(world):
    reporting_round = open_round(world)
    update = _update(reporting_round, world["actions"]["lopend"])
    with pytest.raises(ValidationError):
        reporting_services.update_accept(update=update, user=world["beheerder"])


def test_a_closed_round_takes_no_more_updates(world):
    reporting_round = open_round(world)
    reporting_services.round_close(reporting_round=reporting_round, user=world["beheerder"])
    with pytest.raises(PermissionDenied):
        reporting_services.update_submit(
            update=_update(reporting_round, world["actions"]["lopend"]),
            user=world["owner"],
            status="lopend",
            text="x",
            expected_version=action_version(_update(reporting_round, world["actions"]["lopend"]).action),
        )
    assert not reporting_selectors.updates_due_for(world["owner"]).exists()


def test_updates_due_for_an_actiehouder_are_their_organisations_open_ones(world):
    reporting_round = open_round(world)
    due = set(reporting_selectors.updates_due_for(world["owner"]).values_list("action__title", flat=True))
    assert due == {"Actie gepland", "Actie lopend", "Actie doorlopend", "Actie doorgeschoven", "Gedeeld"}
    assert set(
        reporting_selectors.updates_due_for(world["other"]).values_list("action__title", flat=True)
    ) == {
        "Gedeeld",
        "Van RIEC",
    }
    assert not reporting_selectors.updates_due_for(world["beheerder"]).exists()
    reporting_services.update_submit(
        update=_update(reporting_round, world["co_owned"]),
        user=world["owner"],
        status="lopend",
        text="x",
        expected_version=action_version(_update(reporting_round, world["co_owned"]).action),
    )
    assert "Gedeeld" not in set(
        reporting_selectors.updates_due_for(world["other"]).values_list("action__title", flat=True)
    )


def test_completeness_counts_per_opgave_and_organisation(world, django_assert_max_num_queries):
    reporting_round = open_round(world)
    update = _update(reporting_round, world["actions"]["lopend"])
    reporting_services.update_submit(
        update=update,
        user=world["owner"],
        status="lopend",
        text="x",
        expected_version=action_version(update.action),
    )
    reporting_services.update_accept(update=update, user=world["beheerder"])
    reporting_services.update_submit(
        update=_update(reporting_round, world["foreign"]),
        user=world["other"],
        status="lopend",
        text="y",
        expected_version=action_version(_update(reporting_round, world["foreign"]).action),
    )
    with django_assert_max_num_queries(3):
        before = reporting_selectors.round_completeness(reporting_round, DEADLINE)
    after = reporting_selectors.round_completeness(reporting_round, DEADLINE + datetime.timedelta(days=1))
    assert (before["totals"].total, before["totals"].submitted, before["totals"].accepted) == (6, 2, 1)
    assert before["totals"].late == 0
    assert after["totals"].late == 4
    per_org = {
        row.label: (row.total, row.submitted, row.accepted, row.late) for row in after["by_organisation"]
    }
    assert per_org == {"ESSM": (4, 1, 1, 3), "RIEC": (2, 1, 0, 1)}
    assert [row.label for row in after["by_opgave"]] == [str(world["actions"]["lopend"].opgave)]


def test_opening_a_round_does_not_touch_the_actions(world):
    before = list(Action.objects.order_by("pk").values_list("status", "version"))
    open_round(world)
    assert list(Action.objects.order_by("pk").values_list("status", "version")) == before
