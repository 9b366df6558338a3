"""Mails, the meeting PDF and large imports go through the database queue: the request queues them
and returns; the worker does them, and tries a failing one again (issue 15)."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from accounts import roles
from actionplan.reporting.models import ReminderLog
from actionplan.reporting.reminders import send_reminders
from monitor import notifications
from monitor.models import Delivery, Observation
from tests.actionplan.reporting.test_reminders import DEADLINE, world  # noqa: F401 - fixture
from tests.factories import (
    ActionFactory,
    MeetingFactory,
    OpgaveFactory,
    OrganisationFactory,
    PartnerFactory,
    PlanFactory,
    ReviewNoteFactory,
    UserFactory,
    default_region,
)
from tests.monitor.conftest import make_table

from .conftest import run_worker

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def queued(task_path: str):
    return DBTaskResult.objects.filter(task_path=task_path)


# --- mails ----------------------------------------------------------------------------------------


def test_a_notification_mail_is_queued_and_sent_by_the_worker(database_queue):
    UserFactory(username="beheerder", roles=[roles.BEHEERDER])
    delivery = Delivery.objects.create(
        region=default_region(), partner=PartnerFactory(), year=2026, status=Delivery.Status.SUBMITTED
    )
    notifications.delivery_submitted(delivery)
    assert queued("workbench.tasks.send_mails").get().status == TaskResultStatus.READY
    assert mail.outbox == []
    run_worker()
    assert [m.to for m in mail.outbox] == [["beheerder@example.org"]]
    assert "ingediend" in mail.outbox[0].subject


def test_reminders_are_logged_and_queued_together_and_a_failing_mail_is_tried_again(
    database_queue,
    world,  # noqa: F811 - fixture
    monkeypatch,
):
    from django.core.mail.backends.locmem import EmailBackend

    send = EmailBackend.send_messages
    failures = []

    def flaky(self, messages):
        if not failures:
            failures.append(messages[0].to)
            raise OSError("SMTP down")
        return send(self, messages)

    monkeypatch.setattr(EmailBackend, "send_messages", flaky)
    result = send_reminders(today=DEADLINE)
    assert result.owner_mails == 3 == ReminderLog.objects.count()
    assert queued("workbench.tasks.send_mails").count() == 3 and mail.outbox == []

    run_worker()
    assert sorted(m.to[0] for m in mail.outbox) == [
        "essm1@example.org",
        "essm2@example.org",
        "riec@example.org",
    ]
    tasks = queued("workbench.tasks.send_mails")
    assert set(tasks.values_list("status", flat=True)) == {TaskResultStatus.SUCCESSFUL}
    assert sorted(len(task.worker_ids) for task in tasks) == [1, 1, 2]  # the failed one, tried again
    assert send_reminders(today=DEADLINE).owner_mails == 0  # the same day: nothing queued again
    assert queued("workbench.tasks.send_mails").count() == 3


# --- the meeting PDF ------------------------------------------------------------------------------


@pytest.fixture
def meeting(database_queue, monkeypatch):
    renders = []

    def render(context):
        renders.append(context["meeting"].pk)
        return b"%PDF-1.7 vergaderstuk " + str(len(renders)).encode()

    monkeypatch.setattr("actionplan.review.pdf.render", render)
    plan = PlanFactory(start_year=2024, end_year=2026)
    opgave = OpgaveFactory(plan=plan, number=1)
    ActionFactory(opgave=opgave, lead=OrganisationFactory(short_name="ESSM"))
    meeting = MeetingFactory(plan=plan, date=datetime.date(2026, 12, 1))
    meeting.renders = renders
    return meeting


def test_the_meeting_pdf_is_made_by_the_worker_and_again_when_the_document_changed(meeting, client):
    from django.core.files.storage import default_storage

    client.force_login(UserFactory(roles=[roles.REGIONALE_TAFEL]))
    url = reverse("actionplan_review:meeting_pdf", args=[meeting.pk])
    for _ in range(2):
        response = client.get(url)
        assert response.status_code == 503 and int(response["Retry-After"]) > 0
        assert "De pdf wordt gemaakt" in response.content.decode()
    assert queued("actionplan.review.pdf.render_meeting_pdf_task").count() == 1
    client.force_login(UserFactory(roles=[roles.BEHEERDER]))
    assert "Pdf van een vergaderstuk maken" in client.get("/admin/achtergrondtaken/").content.decode()
    run_worker()
    response = client.get(url)
    assert response.status_code == 200 and response.content == b"%PDF-1.7 vergaderstuk 1"

    ReviewNoteFactory(meeting=meeting, opgave=meeting.plan.opgaven.get(), text="Nieuw advies.")
    assert client.get(url).status_code == 503  # the document changed: made again
    run_worker()
    assert client.get(url).content == b"%PDF-1.7 vergaderstuk 2"
    assert meeting.renders == [meeting.pk, meeting.pk]
    stored = [f for f in default_storage.listdir("vergaderstukken")[1] if f"-{meeting.pk}-" in f]
    assert len(stored) == 1  # the older one was removed


# --- a large import -------------------------------------------------------------------------------


@pytest.fixture
def datapartner():
    table = make_table(code="opvang_test", dims={"vorm": ["a", "b"]})
    Delivery.objects.create(
        region=default_region(), partner=table.partner, year=2026, status=Delivery.Status.OPEN
    )
    return UserFactory(
        username="datapartner-test", roles=[roles.DATAPARTNER], organisation=table.partner.organisation
    )


def upload(client, content: bytes):
    import io

    handle = io.BytesIO(content)
    handle.name = "cijfers.csv"
    return client.post("/admin/mijn-cijfers/uploaden/", {"file": handle}, follow=True)


def test_a_large_upload_is_imported_by_the_worker_which_mails_the_outcome(
    database_queue, datapartner, client, settings
):
    settings.FIGURES_IMPORT_BACKGROUND_BYTES = 10
    client.force_login(datapartner)
    response = upload(client, b"tabel;jaar;vorm;waarde\nopvang_test;2026;a;7\nopvang_test;2026;b;9\n")
    assert "wordt op de achtergrond geïmporteerd" in response.content.decode()
    assert not Observation.objects.filter(table__code="opvang_test", year=2026).exists()
    assert queued("monitor.tasks.import_upload_task").count() == 1
    client.force_login(UserFactory(roles=[roles.BEHEERDER]))
    assert "Cijfers importeren (groot bestand)" in client.get("/admin/achtergrondtaken/").content.decode()

    run_worker()
    assert dict(Observation.objects.filter(year=2026).values_list("coord_key", "value")) == {
        "vorm=a": 7,
        "vorm=b": 9,
    }
    assert [m.to for m in mail.outbox] == [["datapartner-test@example.org"]]
    assert "is geïmporteerd" in mail.outbox[0].subject
    assert "2 rijen: 2 nieuw" in mail.outbox[0].body
    assert queued("monitor.tasks.import_upload_task").get().status == TaskResultStatus.SUCCESSFUL


def test_a_large_upload_the_import_refuses_stores_nothing_and_mails_the_errors(
    database_queue, datapartner, client, settings
):
    settings.FIGURES_IMPORT_BACKGROUND_BYTES = 10
    client.force_login(datapartner)
    upload(client, b"tabel;jaar;vorm;waarde\nopvang_test;2026;a;7\nopvang_test;2026;b;-3\n")
    run_worker()
    assert not Observation.objects.filter(table__code="opvang_test", year=2026).exists()
    assert "niet geïmporteerd" in mail.outbox[0].subject
    assert "niets opgeslagen" in mail.outbox[0].body
    # a refused file is an outcome for the uploader, not a failure to try again
    assert queued("monitor.tasks.import_upload_task").get().status == TaskResultStatus.SUCCESSFUL


def test_a_small_upload_is_imported_at_once(datapartner, client):
    client.force_login(datapartner)
    response = upload(client, b"tabel;jaar;vorm;waarde\nopvang_test;2026;a;7\n")
    assert "1 rijen: 1 nieuw" in response.content.decode()
    assert Observation.objects.get(table__code="opvang_test", year=2026, coord_key="vorm=a").value == 7
