import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from accounts import roles
from actionplan import next_plan, permissions
from actionplan.models import Action, ActionStatus, Plan
from tests.factories import ActionFactory, OpgaveFactory, OrganisationFactory, PlanFactory, UserFactory

pytestmark = pytest.mark.django_db

PER_STATUS = {
    ActionStatus.PLANNED: 1,
    ActionStatus.RUNNING: 3,
    ActionStatus.CONTINUOUS: 2,
    ActionStatus.DONE: 4,
    ActionStatus.POSTPONED: 2,
    ActionStatus.CANCELLED: 1,
}


@pytest.fixture
def old_plan():
    plan = PlanFactory(start_year=2024, end_year=2026, title="Actieplan 2024-2026")
    essm, riec = OrganisationFactory(short_name="ESSM"), OrganisationFactory(short_name="RIEC")
    opgaven = [OpgaveFactory(plan=plan, number=n, short_title=f"Opgave {n}") for n in (1, 2)]
    for status, count in PER_STATUS.items():
        for i in range(count):
            ActionFactory(
                opgave=opgaven[i % 2], lead=essm, co_owners=[riec], status=status, title=f"{status} {i}"
            )
    return plan


def test_open_actions_carry_over_with_origin_and_the_old_plan_closes(old_plan):
    beheerder = UserFactory(roles=[roles.BEHEERDER])
    result = next_plan.plan_create_next(plan=old_plan, user=beheerder, start_year=2027, end_year=2030)
    assert result.carried_over == {"lopend": 3, "doorlopend": 2, "doorgeschoven": 2}
    assert result.left_behind == 1 + 4 + 1
    new = result.plan
    assert (new.title, new.predecessor, new.is_closed) == ("Actieplan 2027-2030", old_plan, False)
    assert list(new.opgaven.values_list("number", "short_title")) == [(1, "Opgave 1"), (2, "Opgave 2")]
    carried = Action.objects.filter(opgave__plan=new).select_related("origin__opgave", "opgave")
    origins = {}
    for action in carried:
        assert action.origin.opgave.plan == old_plan
        assert action.opgave.number == action.origin.opgave.number
        assert action.title == action.origin.title and action.lead_id == action.origin.lead_id
        assert {o.short_name for o in action.co_owners.all()} == {"RIEC"}
        origins[action.origin.status] = origins.get(action.origin.status, 0) + 1
    assert origins == {"lopend": 3, "doorlopend": 2, "doorgeschoven": 2}
    statuses = sorted(carried.values_list("status", flat=True))
    assert statuses == sorted(["lopend"] * 3 + ["doorlopend"] * 2 + ["gepland"] * 2)
    old_plan.refresh_from_db()
    assert old_plan.is_closed
    assert Action.objects.filter(opgave__plan=old_plan).count() == sum(PER_STATUS.values())
    old_action = Action.objects.filter(opgave__plan=old_plan).first()
    assert not permissions.can_update_action(beheerder, old_action)
    record = carried.first().history.first()
    assert record.history_user == beheerder and "2024-2026" in record.history_change_reason


@pytest.mark.parametrize(
    "role", [roles.ACTIEHOUDER, roles.REGIONALE_TAFEL, roles.REDACTEUR, roles.DATAPARTNER]
)
def test_only_a_beheerder_creates_the_next_plan(old_plan, role):
    with pytest.raises(PermissionDenied):
        next_plan.plan_create_next(
            plan=old_plan, user=UserFactory(roles=[role]), start_year=2027, end_year=2030
        )
    assert Plan.objects.count() == 1


def test_a_closed_plan_or_an_overlapping_period_is_refused(old_plan):
    beheerder = UserFactory(roles=[roles.BEHEERDER])
    with pytest.raises(ValidationError):
        next_plan.plan_create_next(plan=old_plan, user=beheerder, start_year=2026, end_year=2030)
    next_plan.plan_create_next(plan=old_plan, user=beheerder, start_year=2027, end_year=2030)
    with pytest.raises(ValidationError):
        next_plan.plan_create_next(plan=old_plan, user=beheerder, start_year=2031, end_year=2034)


def test_the_admin_view_creates_the_plan_for_a_beheerder_only(client, old_plan):
    url = reverse("actionplan_reporting:next_plan", args=[old_plan.pk])
    client.force_login(UserFactory(roles=[roles.REGIONALE_TAFEL]))
    assert client.post(url, {"start_year": 2027, "end_year": 2030}).status_code == 403
    client.force_login(UserFactory(roles=[roles.BEHEERDER]))
    page = client.get(url)
    assert page.status_code == 200 and "Actieplan 2027-2030" in page.content.decode()
    response = client.post(url, {"start_year": 2027, "end_year": 2030, "title": "Actieplan 2027-2030"})
    assert response.status_code == 302
    assert Action.objects.filter(opgave__plan__start_year=2027, origin__isnull=False).count() == 7
    assert client.get(url).status_code == 404  # the old plan is closed now
