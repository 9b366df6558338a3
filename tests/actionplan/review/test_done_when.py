"""The "done when" lines of issue 5, with the seed of the 2025 monitor loaded."""

import datetime
import io

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.urls import reverse

from actionplan import permissions, services
from actionplan.models import Action, ActionStatus, Organisation, Plan
from actionplan.reporting import selectors as reporting_selectors
from actionplan.reporting import services as reporting_services
from actionplan.selectors import actions_owned_by
from tests.factories import action_version
from workbench import packs as seed

pytestmark = pytest.mark.django_db

SEEDED_AT = datetime.datetime(2026, 11, 1, 9, tzinfo=datetime.UTC)
ROUND_OPENED = datetime.datetime(2026, 11, 2, 9, tzinfo=datetime.UTC)
TODAY = datetime.datetime(2026, 11, 27, 10, tzinfo=datetime.UTC)
DEADLINE = datetime.date(2026, 11, 20)


def user(username):
    return get_user_model().objects.get(username=username)


@pytest.fixture
def seeded_round(db):
    with time_machine.travel(SEEDED_AT, tick=False):
        seed.seed_plan()
        seed.seed_demo_accounts()
    plan = Plan.objects.get(start_year=2024, end_year=2026)
    with time_machine.travel(ROUND_OPENED, tick=False):
        return reporting_services.round_open(plan=plan, year=2026, deadline=DEADLINE, user=user("beheerder"))


def essm_due_titles():
    essm = Organisation.objects.get(short_name="ESSM")
    owned = actions_owned_by(essm).exclude(status__in=[ActionStatus.DONE, ActionStatus.CANCELLED])
    return sorted(owned.values_list("title", flat=True))


def test_actiehouder_essm_sees_exactly_essms_due_actions(client, seeded_round):
    expected = essm_due_titles()
    assert expected  # the seed gives ESSM open actions
    due = reporting_selectors.updates_due_for(user("actiehouder-essm"))
    assert sorted(due.values_list("action__title", flat=True)) == expected
    client.force_login(user("actiehouder-essm"))
    with time_machine.travel(TODAY, tick=False):
        home = client.get(reverse("wagtailadmin_home"))
    panel_titles = sorted(u.action.title for u in home.context["panels"][0].get_context_data()["due"])
    assert panel_titles == expected
    other = set(Action.objects.exclude(title__in=expected).values_list("title", flat=True))
    page = client.get(reverse("actionplan_reporting:mine")).content.decode()
    assert all(title in page for title in expected)
    assert not any(f">{title}<" in page for title in other)


def test_send_reminders_past_the_deadline_mails_each_user_once_a_day(seeded_round):
    late_day = datetime.datetime(2026, 11, 27, 6, tzinfo=datetime.UTC)
    with time_machine.travel(late_day, tick=False):
        call_command("send_reminders", stdout=io.StringIO())
        recipients = sorted(m.to[0] for m in mail.outbox)
        call_command("send_reminders", stdout=io.StringIO())
    assert len(mail.outbox) == len(recipients)
    assert recipients == [
        "actiehouder-essm@example.org",
        "actiehouder-riec@example.org",
        "beheerder@example.org",
    ]
    essm_mail = next(m for m in mail.outbox if m.to == ["actiehouder-essm@example.org"])
    for title in essm_due_titles():
        assert title in essm_mail.body
    assert essm_mail.body.count("TE LAAT") == len(essm_due_titles())


def test_review_page_shows_todays_status_changes_since_yesterday_with_who(client, seeded_round):
    essm_user = user("actiehouder-essm")
    changed = [
        Action.objects.get(title=title) for title in essm_due_titles()[:2]
    ]  # two of ESSM's actions change today
    with time_machine.travel(TODAY, tick=False):
        for action in changed:
            services.action_update_status(
                action=action,
                user=essm_user,
                status=ActionStatus.DONE,
                note="Afgerond in 2026.",
                year=2026,
                expected_version=action_version(action),
            )
        client.force_login(user("regionale-tafel"))
        response = client.get(reverse("actionplan_review:index"), {"changed_since": "2026-11-26"})
    assert response.status_code == 200
    status_changes = sorted(
        (c.action_title, c.new, c.who) for c in response.context["changes"] if c.field == "status"
    )
    assert status_changes == sorted((a.title, "Afgerond", "actiehouder-essm") for a in changed)
    listed = [a.title for item in response.context["overview"] for a in item.actions]
    assert sorted(listed) == sorted(a.title for a in changed)
    page = response.content.decode()
    assert page.count("actiehouder-essm") >= 2


def test_regionale_tafel_cannot_change_an_action(client, seeded_round):
    board = user("regionale-tafel")
    action = Action.objects.get(title=essm_due_titles()[0])
    assert not permissions.can_update_action(board, action)
    with pytest.raises(PermissionDenied):
        services.action_update_status(
            action=action,
            user=board,
            status="afgerond",
            note="x",
            year=2026,
            expected_version=action_version(action),
        )
    update = seeded_round.updates.get(action=action)
    with pytest.raises(PermissionDenied):
        reporting_services.update_submit(
            update=update,
            user=board,
            status="afgerond",
            text="x",
            expected_version=action_version(update.action),
        )
    client.force_login(board)
    for url in (
        reverse("actionplan_my_action_edit", args=[action.pk]),
        reverse("actionplan_reporting:submit", args=[update.pk]),
    ):
        response = client.post(url, {"status": "afgerond", "note": "x", "text": "x"})
        assert response.status_code in (302, 403, 404)
        assert response.status_code != 302 or response["Location"] == reverse("wagtailadmin_home")
    action.refresh_from_db()
    assert action.status != "afgerond" and action.version == 1


def test_creating_2027_2030_carries_over_exactly_the_open_actions_of_the_seed(seeded_round):
    from django.db.models import Count

    from actionplan import next_plan

    old = seeded_round.plan
    open_per_status = dict(
        Action.objects.filter(opgave__plan=old, status__in=next_plan.CARRY_OVER_STATUSES)
        .values_list("status")
        .annotate(n=Count("pk"))
        .order_by()
    )
    result = next_plan.plan_create_next(plan=old, user=user("beheerder"), start_year=2027, end_year=2030)
    assert {k: v for k, v in result.carried_over.items() if v} == open_per_status
    total = sum(open_per_status.values())
    assert total > 0 and set(open_per_status) <= set(next_plan.CARRY_OVER_STATUSES)
    carried = Action.objects.filter(opgave__plan=result.plan)
    assert carried.count() == carried.filter(origin__opgave__plan=old).count() == total
    assert result.left_behind == Action.objects.filter(opgave__plan=old).count() - total
    old.refresh_from_db()
    assert old.is_closed
    assert not reporting_selectors.updates_due_for(
        user("actiehouder-essm")
    ).exists()  # the old plan's round is done
