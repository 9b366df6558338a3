import datetime
import io

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command

from accounts import roles
from actionplan.reporting import services as reporting_services
from actionplan.reporting.models import ReminderLog
from actionplan.reporting.reminders import send_reminders
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
    essm, riec, var = (OrganisationFactory(short_name=n) for n in ("ESSM", "RIEC", "VAR"))
    ActionFactory(opgave=opgave, lead=essm, title="Zorgcoördinatie")
    ActionFactory(opgave=opgave, lead=riec, co_owners=[essm], title="Samen met RIEC")
    ActionFactory(opgave=opgave, lead=riec, title="Alleen RIEC")
    ActionFactory(opgave=opgave, lead=essm, status="afgerond", title="Al klaar")
    beheerder = UserFactory(username="beheerder", roles=[roles.BEHEERDER], organisation=var)
    users = {
        "essm1": UserFactory(username="essm1", roles=[roles.ACTIEHOUDER], organisation=essm),
        "essm2": UserFactory(username="essm2", roles=[roles.ACTIEHOUDER], organisation=essm),
        "riec": UserFactory(username="riec", roles=[roles.ACTIEHOUDER], organisation=riec),
        # Not an actiehouder: a datapartner of ESSM gets no reminder.
        "data": UserFactory(username="data", roles=[roles.DATAPARTNER], organisation=essm),
    }
    with time_machine.travel(datetime.datetime(2026, 1, 15, 9, tzinfo=datetime.UTC), tick=False):
        reporting_round = reporting_services.round_open(
            plan=plan, year=2026, deadline=DEADLINE, user=beheerder
        )
    return {"round": reporting_round, "beheerder": beheerder, **users}


def mails_to(username):
    return [m for m in mail.outbox if m.to == [f"{username}@example.org"]]


def test_nothing_is_sent_while_the_deadline_is_more_than_a_week_away(world):
    result = send_reminders(today=DEADLINE - datetime.timedelta(days=8))
    assert (result.owner_mails, result.manager_mails, len(mail.outbox)) == (0, 0, 0)


def test_a_week_before_the_deadline_each_owner_gets_one_summary(world):
    send_reminders(today=DEADLINE - datetime.timedelta(days=7))
    assert sorted(m.to[0] for m in mail.outbox) == [
        "essm1@example.org",
        "essm2@example.org",
        "riec@example.org",
    ]
    body = mails_to("essm1")[0].body
    assert "Zorgcoördinatie" in body and "Samen met RIEC" in body
    assert "Alleen RIEC" not in body and "Al klaar" not in body
    assert "TE LAAT" not in body


def test_past_the_deadline_one_mail_per_user_with_the_late_actions_and_none_on_a_second_run(world):
    with time_machine.travel(datetime.datetime(2026, 3, 5, 7, tzinfo=datetime.UTC), tick=False):
        call_command("send_reminders", stdout=io.StringIO())
        first = len(mail.outbox)
        call_command("send_reminders", stdout=io.StringIO())
    assert first == len(mail.outbox) == 4  # three actiehouders, one beheerder
    for username in ("essm1", "essm2", "riec"):
        assert len(mails_to(username)) == 1
    assert mails_to("essm1")[0].body.count("TE LAAT") == 2
    summary = mails_to("beheerder")[0].body
    assert "ESSM (1)" in summary and "RIEC (2)" in summary
    assert ReminderLog.objects.filter(date=datetime.date(2026, 3, 5)).count() == 4


def test_the_next_day_they_are_reminded_again_but_not_for_what_was_submitted(world):
    send_reminders(today=datetime.date(2026, 3, 5))
    update = world["round"].updates.get(action__title="Alleen RIEC")
    reporting_services.update_submit(
        update=update,
        user=world["riec"],
        status="lopend",
        text="Bijgewerkt.",
        expected_version=action_version(update.action),
    )
    update = world["round"].updates.get(action__title="Samen met RIEC")
    reporting_services.update_submit(
        update=update,
        user=world["riec"],
        status="lopend",
        text="Bijgewerkt.",
        expected_version=action_version(update.action),
    )
    mail.outbox.clear()
    send_reminders(today=datetime.date(2026, 3, 6))
    assert not mails_to("riec")
    assert len(mails_to("essm1")) == 1
    assert "Samen met RIEC" not in mails_to("essm1")[0].body


def test_a_returned_update_is_reminded_with_the_comment(world):
    update = world["round"].updates.get(action__title="Zorgcoördinatie")
    reporting_services.update_submit(
        update=update,
        user=world["essm1"],
        status="lopend",
        text="Kort.",
        expected_version=action_version(update.action),
    )
    reporting_services.update_return(update=update, user=world["beheerder"], comment="Noem de aantallen.")
    send_reminders(today=DEADLINE)
    assert "Noem de aantallen." in mails_to("essm2")[0].body


def test_the_command_takes_a_date(world):
    out = io.StringIO()
    call_command("send_reminders", "--today", "2026-03-02", stdout=out)
    assert "2026-03-02: 3 herinnering(en), 1 overzicht(en)" in out.getvalue()
    assert mail.outbox[0].from_email


def test_a_mail_that_could_not_be_queued_is_not_logged_so_a_later_run_retries(world, monkeypatch):
    """Queued in the transaction that logs it (a mail that fails to send is the worker's to retry:
    tests/tasks/test_background_work.py)."""

    class QueueDown:
        def enqueue(self, *args, **kwargs):
            raise OSError("queue down")

    monkeypatch.setattr("actionplan.reporting.reminders.send_mails", QueueDown())
    with pytest.raises(OSError):
        send_reminders(today=DEADLINE)
    assert not ReminderLog.objects.exists()
    monkeypatch.undo()
    assert send_reminders(today=DEADLINE).owner_mails == 3
