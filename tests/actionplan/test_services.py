import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from accounts import roles
from actionplan import services
from actionplan.models import Action, ActionStatus, ProgressNote
from tests.factories import (
    ActionFactory,
    OpgaveFactory,
    OrganisationFactory,
    PlanFactory,
    UserFactory,
    action_version,
)
from workbench.history import ConcurrentUpdate

pytestmark = pytest.mark.django_db


@pytest.fixture
def owner_org():
    return OrganisationFactory(short_name="Eigenaar")


@pytest.fixture
def opgave():
    return OpgaveFactory(plan=PlanFactory(start_year=2024, end_year=2026))


@pytest.fixture
def action(owner_org, opgave):
    return ActionFactory(opgave=opgave, lead=owner_org, status=ActionStatus.RUNNING)


@pytest.fixture
def owner(owner_org):
    return UserFactory(roles=[roles.ACTIEHOUDER], organisation=owner_org)


def test_owner_updates_status_and_note_with_history(action, owner):
    services.action_update_status(
        action=action,
        user=owner,
        status=ActionStatus.DONE,
        note="Klaar.",
        year=2025,
        reason="Afgerond",
        expected_version=action_version(action),
    )
    action.refresh_from_db()
    assert action.status == ActionStatus.DONE
    assert action.version == 2
    record = action.history.first()
    assert record.history_user == owner
    assert record.history_change_reason == "Afgerond"
    note = ProgressNote.objects.get(action=action, year=2025)
    assert note.text == "Klaar."
    assert note.history.first().history_user == owner


def test_co_owner_may_update(action, owner, opgave):
    other_org = OrganisationFactory()
    other_action = ActionFactory(opgave=opgave, lead=other_org, co_owners=[owner.membership.organisation])
    services.action_update_status(
        action=other_action,
        user=owner,
        status="afgerond",
        note="x",
        year=2025,
        expected_version=action_version(other_action),
    )
    assert Action.objects.get(pk=other_action.pk).status == "afgerond"


def test_other_organisation_is_refused_and_nothing_changes(action):
    stranger = UserFactory(roles=[roles.ACTIEHOUDER], organisation=OrganisationFactory())
    history_before = action.history.count()
    with pytest.raises(PermissionDenied):
        services.action_update_status(
            action=action,
            user=stranger,
            status="afgerond",
            note="x",
            year=2025,
            expected_version=action_version(action),
        )
    action.refresh_from_db()
    assert action.status == ActionStatus.RUNNING
    assert action.history.count() == history_before
    assert not ProgressNote.objects.filter(action=action).exists()


@pytest.mark.parametrize("role", [roles.REGIONALE_TAFEL, roles.REDACTEUR, roles.DATAPARTNER])
def test_roles_without_update_rights_are_refused(action, owner_org, role):
    user = UserFactory(roles=[role], organisation=owner_org)
    with pytest.raises(PermissionDenied):
        services.action_update_status(
            action=action,
            user=user,
            status="afgerond",
            note="x",
            year=2025,
            expected_version=action_version(action),
        )


def test_beheerder_may_update_any_action(action):
    beheerder = UserFactory(roles=[roles.BEHEERDER])
    services.action_update_status(
        action=action,
        user=beheerder,
        status="vervallen",
        note="Vervalt.",
        year=2026,
        expected_version=action_version(action),
    )
    assert Action.objects.get(pk=action.pk).status == "vervallen"


def test_closed_plan_is_read_only(owner, owner_org):
    plan = PlanFactory(start_year=2020, end_year=2023, is_closed=True)
    closed_action = ActionFactory(opgave=OpgaveFactory(plan=plan), lead=owner_org)
    with pytest.raises(PermissionDenied):
        services.action_update_status(
            action=closed_action,
            user=owner,
            status="afgerond",
            note="x",
            year=2023,
            expected_version=action_version(closed_action),
        )


def test_postponed_needs_a_target(action, owner):
    with pytest.raises(ValidationError):
        services.action_update_status(
            action=action,
            user=owner,
            status="doorgeschoven",
            note="x",
            year=2025,
            expected_version=action_version(action),
        )
    services.action_update_status(
        action=action,
        user=owner,
        status="doorgeschoven",
        note="Naar 2026.",
        year=2025,
        postponed_to_year=2026,
        expected_version=action_version(action),
    )
    action.refresh_from_db()
    assert (action.status, action.postponed_to_year) == ("doorgeschoven", 2026)
    services.action_update_status(
        action=action,
        user=owner,
        status="lopend",
        note="Weer lopend.",
        year=2026,
        expected_version=action_version(action),
    )
    action.refresh_from_db()
    assert action.postponed_to_year is None


def test_empty_note_is_refused(action, owner):
    with pytest.raises(ValidationError):
        services.action_update_status(
            action=action,
            user=owner,
            status="afgerond",
            note="  ",
            year=2025,
            expected_version=action_version(action),
        )


def test_stale_version_is_refused(action, owner):
    services.action_update_status(
        action=action,
        user=owner,
        status="afgerond",
        note="a",
        year=2025,
        expected_version=action_version(action),
    )
    with pytest.raises(ConcurrentUpdate):
        services.action_update_status(
            action=action, user=owner, status="vervallen", note="b", year=2025, expected_version=1
        )
    action.refresh_from_db()
    assert action.status == "afgerond"
    assert ProgressNote.objects.get(action=action, year=2025).text == "a"


def test_unchanged_update_adds_no_history(action, owner):
    services.action_update_status(
        action=action,
        user=owner,
        status="afgerond",
        note="a",
        year=2025,
        expected_version=action_version(action),
    )
    counts = (action.history.count(), ProgressNote.history.count())
    services.action_update_status(
        action=action,
        user=owner,
        status="afgerond",
        note="a",
        year=2025,
        expected_version=action_version(action),
    )
    assert (action.history.count(), ProgressNote.history.count()) == counts


def test_a_year_outside_the_plan_is_refused(action, owner):
    with pytest.raises(ValidationError):
        services.action_update_status(
            action=action,
            user=owner,
            status="afgerond",
            note="x",
            year=2027,
            expected_version=action_version(action),
        )
    assert not ProgressNote.objects.filter(action=action).exists()


def test_a_note_without_status_is_niet_vermeld_and_becomes_the_current_status(action, owner):
    services.action_update_status(
        action=action,
        user=owner,
        status="",
        note="Geen status gegeven.",
        year=2025,
        expected_version=action_version(action),
    )
    action.refresh_from_db()
    assert ProgressNote.objects.get(action=action, year=2025).status_display == "Niet vermeld"
    assert action.status_display == "Niet vermeld"
