import datetime

import pytest
import time_machine
from django.utils import timezone

from accounts import roles
from actionplan import services
from actionplan.models import Action
from actionplan.review import selectors as review_selectors
from tests.factories import (
    ActionFactory,
    OpgaveFactory,
    OrganisationFactory,
    PlanFactory,
    UserFactory,
    action_version,
)

pytestmark = pytest.mark.django_db

YESTERDAY = datetime.datetime(2026, 11, 26, 10, tzinfo=datetime.UTC)
TODAY = datetime.datetime(2026, 11, 27, 10, tzinfo=datetime.UTC)


def make_plan(n_actions: int, owner=None):
    plan = PlanFactory(start_year=2024, end_year=2026)
    opgaven = [OpgaveFactory(plan=plan, number=i) for i in (1, 2)]
    owner = owner or OrganisationFactory(short_name="ESSM")
    with time_machine.travel(YESTERDAY - datetime.timedelta(days=30), tick=False):
        actions = [
            ActionFactory(opgave=opgaven[i % 2], lead=owner, title=f"Actie {i}") for i in range(n_actions)
        ]
    return plan, actions, owner


def change_all(actions, user, *, when, status="afgerond"):
    with time_machine.travel(when, tick=False):
        for action in actions:
            services.action_update_status(
                action=action,
                user=user,
                status=status,
                note=f"Notitie {status}",
                year=2026,
                expected_version=action_version(action),
            )


def test_changes_since_lists_field_old_new_who_when():
    plan, actions, owner = make_plan(2)
    user = UserFactory(username="actiehouder-essm", roles=[roles.ACTIEHOUDER], organisation=owner)
    change_all(actions[:1], user, when=YESTERDAY, status="doorlopend")
    change_all(actions[:1], user, when=TODAY, status="afgerond")
    changes = review_selectors.changes_since(
        plan=plan, since=review_selectors.start_of_day(datetime.date(2026, 11, 27))
    )
    status = [c for c in changes if c.field == "status"]
    assert [(c.action_title, c.old, c.new, c.who) for c in status] == [
        ("Actie 0", "Doorlopend", "Afgerond", "actiehouder-essm")
    ]
    assert status[0].when == TODAY
    notes = [c for c in changes if c.field.startswith("stand van zaken 2026")]
    assert [(c.field, c.old, c.new) for c in notes] == [
        ("stand van zaken 2026", "Notitie doorlopend", "Notitie afgerond"),
        ("stand van zaken 2026 – status", "Doorlopend", "Afgerond"),
    ]
    since_yesterday = review_selectors.changes_since(
        plan=plan, since=review_selectors.start_of_day(datetime.date(2026, 11, 26))
    )
    assert [(c.old, c.new) for c in since_yesterday if c.field == "status"] == [
        ("Lopend", "Doorlopend"),
        ("Doorlopend", "Afgerond"),
    ]


def test_changes_of_co_owners_and_lead_are_named():
    plan, actions, owner = make_plan(1)
    riec = OrganisationFactory(short_name="RIEC")
    action = actions[0]
    with time_machine.travel(TODAY, tick=False):
        action.lead = riec
        action.save()
        action.co_owners.add(owner)
    changes = review_selectors.changes_since(plan=plan, since=TODAY - datetime.timedelta(hours=1))
    assert [(c.field, c.old, c.new) for c in changes] == [
        ("trekker", "ESSM", "RIEC"),
        ("mede-eigenaars", "—", "ESSM"),
    ]


def test_a_new_action_shows_as_created_and_filters_narrow_the_changes():
    plan, actions, owner = make_plan(2)
    with time_machine.travel(TODAY, tick=False):
        new = ActionFactory(opgave=actions[0].opgave, lead=owner, title="Nieuw")
    since = TODAY - datetime.timedelta(hours=1)
    assert [(c.action_title, c.new) for c in review_selectors.changes_since(plan=plan, since=since)] == [
        ("Nieuw", "aangemaakt")
    ]
    assert (
        review_selectors.changes_since(plan=plan, since=since, actions=Action.objects.exclude(pk=new.pk))
        == []
    )


def test_review_overview_counts_statuses_per_opgave_and_dates_the_last_change():
    plan, actions, owner = make_plan(4)
    user = UserFactory(roles=[roles.BEHEERDER])
    change_all(actions[:1], user, when=TODAY)
    overview = review_selectors.review_overview(
        plan=plan, actions=Action.objects.filter(opgave__plan=plan), year=2026, meeting_ids=[]
    )
    first = overview[0]
    counts = {item["status"]: item["count"] for item in first.status_counts}
    assert (counts["afgerond"], counts["lopend"], first.total) == (1, 1, 2)
    changed = next(a for a in first.actions if a.pk == actions[0].pk)
    assert changed.last_change == TODAY
    assert changed.latest_note.text == "Notitie afgerond"


@pytest.mark.parametrize("size", [3, 30])
def test_changes_and_overview_take_a_fixed_number_of_queries(size, django_assert_max_num_queries):
    plan, actions, owner = make_plan(size)
    user = UserFactory(roles=[roles.BEHEERDER])
    other = OrganisationFactory(short_name="RIEC")
    change_all(actions, user, when=YESTERDAY, status="doorlopend")
    change_all(actions, user, when=TODAY, status="afgerond")
    with time_machine.travel(TODAY, tick=False):
        for action in Action.objects.filter(pk__in=[a.pk for a in actions]):
            action.co_owners.add(other)
    since = review_selectors.start_of_day(datetime.date(2026, 11, 26))
    with django_assert_max_num_queries(12):
        changes = review_selectors.changes_since(
            plan=plan, since=since, actions=Action.objects.filter(opgave__plan=plan)
        )
    assert len([c for c in changes if c.field == "status"]) == 2 * size
    assert len([c for c in changes if c.field == "mede-eigenaars"]) == size
    with django_assert_max_num_queries(6):
        overview = review_selectors.review_overview(
            plan=plan, actions=Action.objects.filter(opgave__plan=plan), year=2026, meeting_ids=[]
        )
        for item in overview:
            for action in item.actions:
                list(action.co_owners.all())
    assert sum(len(item.actions) for item in overview) == size


def test_default_since_is_the_last_meeting_or_thirty_days():
    plan, _actions, _owner = make_plan(1)
    today = timezone.localdate()
    assert review_selectors.default_since(plan, today) == (today - datetime.timedelta(days=30), None)
    from tests.factories import MeetingFactory

    meeting = MeetingFactory(plan=plan, date=today - datetime.timedelta(days=10))
    MeetingFactory(plan=plan, date=today + datetime.timedelta(days=10))
    assert review_selectors.default_since(plan, today) == (meeting.date, meeting)
