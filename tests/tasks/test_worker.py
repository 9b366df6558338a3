"""Background work through the database queue and its worker (issue 15): a publication never waits for
the PDF, the PDF's address says "wordt gemaakt" (503, Retry-After) until the worker made it, and a
task that fails is tried again and then shown to the beheerder.

Transactional: the publication queues its PDF when its transaction commits, as in production.
"""

import pytest
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from accounts import roles
from cms.models import EditionSnapshot
from tests.cms.conftest import make_edition, make_figure_table, make_plan
from tests.factories import UserFactory

from .conftest import run_worker

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PDF_TASK = "cms.tasks.render_edition_pdf_task"


class Renderer:
    """cms.pdf.render_pdf, counting calls; fails the first ``failures`` times."""

    def __init__(self, failures: int = 0):
        self.calls = 0
        self.failures = failures

    def __call__(self, document: dict) -> bytes:
        self.calls += 1
        if self.calls <= self.failures:
            raise RuntimeError(f"WeasyPrint viel om (poging {self.calls})")
        return b"%PDF-1.7 edition " + str(document["year"]).encode()


@pytest.fixture
def renderer(monkeypatch):
    renderer = Renderer()
    monkeypatch.setattr("cms.pdf.render_pdf", renderer)
    return renderer


@pytest.fixture
def published(database_queue, site, renderer):
    _home, index = site
    return make_edition(
        index, plan=make_plan(opgaven=1, actions_per_opgave=1), tables=[make_figure_table("t")]
    )


def pdf_tasks():
    return DBTaskResult.objects.filter(task_path=PDF_TASK)


def test_publication_queues_the_pdf_and_the_address_says_wordt_gemaakt_until_the_worker_made_it(
    published, renderer, client
):
    snapshot = EditionSnapshot.objects.get()
    assert not snapshot.pdf and renderer.calls == 0  # the publication did not wait for the PDF
    assert list(pdf_tasks().values_list("status", "args_kwargs")) == [
        (TaskResultStatus.READY, {"args": [snapshot.pk], "kwargs": {}})
    ]

    for _ in range(2):  # readers asking meanwhile queue nothing more
        response = client.get("/monitor/2025/pdf/")
        assert response.status_code == 503
        assert int(response["Retry-After"]) > 0
        assert response["Cache-Control"] == "no-store"
        assert "De pdf wordt gemaakt" in response.content.decode()
        assert response["Content-Type"].startswith("text/html")
    assert pdf_tasks().count() == 1 and renderer.calls == 0

    assert run_worker() >= 1
    assert renderer.calls == 1
    assert pdf_tasks().get().status == TaskResultStatus.SUCCESSFUL
    response = client.get("/monitor/2025/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response) == b"%PDF-1.7 edition 2025"
    assert client.get("/monitor/2025/versies/1/pdf/").status_code == 200
    assert renderer.calls == 1 and pdf_tasks().count() == 1


def test_a_missing_pdf_file_is_queued_again_by_the_first_reader(published, renderer, client):
    run_worker()
    snapshot = EditionSnapshot.objects.get()
    snapshot.pdf.storage.delete(snapshot.pdf.name)  # as after a restore without the media files
    response = client.get("/monitor/2025/versies/1/pdf/")
    assert response.status_code == 503 and "De pdf wordt gemaakt" in response.content.decode()
    assert pdf_tasks().filter(status=TaskResultStatus.READY).count() == 1
    run_worker()
    assert client.get("/monitor/2025/pdf/").status_code == 200
    assert renderer.calls == 2


def test_a_failing_task_is_tried_again_then_shown_to_the_beheerder(published, renderer, client, settings):
    renderer.failures = 99
    run_worker()
    task = pdf_tasks().get()
    assert task.status == TaskResultStatus.FAILED
    assert len(task.worker_ids) == renderer.calls == settings.TASKS_RETRY_ATTEMPTS == 3
    assert task.exception_class_path == "builtins.RuntimeError"
    assert client.get("/monitor/2025/pdf/").status_code == 503  # no PDF; a reader queues it once more

    client.force_login(UserFactory(roles=[roles.BEHEERDER]))
    page = client.get("/admin/achtergrondtaken/").content.decode()
    assert "Pdf van een editie maken" in page
    assert "Mislukt" in page
    assert "RuntimeError: WeasyPrint viel om (poging 3)" in page
    assert "Opnieuw proberen" in page
    start = client.get("/admin/").content.decode()
    assert "/admin/achtergrondtaken/" in start
    assert "1 achtergrondtaak is mislukt of vastgelopen" in start  # on the start screen

    renderer.failures = 0
    response = client.post("/admin/achtergrondtaken/", {"task": task.pk})
    assert response.status_code == 302
    task.refresh_from_db()
    assert task.status == TaskResultStatus.READY
    run_worker()
    assert client.get("/monitor/2025/pdf/").status_code == 200
    assert renderer.calls == 4
    assert "achtergrondtaak is mislukt" not in client.get("/admin/").content.decode()


def test_between_attempts_the_task_waits_and_says_so(published, renderer, client, settings):
    settings.TASKS_RETRY_DELAY = 60
    renderer.failures = 1
    run_worker()  # the second attempt waits a minute: the batch worker stops
    task = pdf_tasks().get()
    assert task.status == TaskResultStatus.READY and len(task.worker_ids) == 1
    assert task.run_after > task.enqueued_at

    client.force_login(UserFactory(roles=[roles.BEHEERDER]))
    page = client.get("/admin/achtergrondtaken/").content.decode()
    assert "Mislukt, wordt opnieuw geprobeerd" in page
    assert "WeasyPrint viel om (poging 1)" in page

    DBTaskResult.objects.filter(pk=task.pk).update(run_after=task.enqueued_at)  # the minute has passed
    assert run_worker() == 1
    task.refresh_from_db()
    assert task.status == TaskResultStatus.SUCCESSFUL and len(task.worker_ids) == 2
    assert client.get("/monitor/2025/pdf/").status_code == 200


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (roles.BEHEERDER, True),
        (roles.REDACTEUR, False),
        (roles.ACTIEHOUDER, False),
        (roles.DATAPARTNER, False),
        (roles.REGIONALE_TAFEL, False),
    ],
)
def test_only_the_beheerder_sees_the_background_tasks(database_queue, client, role, allowed):
    from workbench.tasks import send_mails

    result = send_mails.enqueue([["Onderwerp", "Vertrouwelijke inhoud", None, ["iemand@example.org"]]])
    DBTaskResult.objects.filter(pk=result.id).update(status=TaskResultStatus.FAILED)
    client.force_login(UserFactory(roles=[role]))
    response = client.get("/admin/achtergrondtaken/")
    assert (response.status_code == 200) is allowed
    if allowed:  # a mail is shown by its addressee, not its text
        assert "Mails versturen" in response.content.decode()
        assert "aan iemand@example.org" in response.content.decode()
        assert "Vertrouwelijke inhoud" not in response.content.decode()
    if not allowed:
        assert response.status_code in (302, 403)
        assert client.post("/admin/achtergrondtaken/", {"task": "x"}).status_code in (302, 403)
    start = client.get("/admin/").content.decode()
    assert ("/admin/achtergrondtaken/" in start) is allowed
    assert ("1 achtergrondtaak is mislukt" in start) is allowed


def test_anonymous_goes_to_the_login(database_queue, client):
    response = client.get("/admin/achtergrondtaken/")
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_a_task_whose_worker_stopped_mid_task_shows_as_stuck_and_can_be_tried_again(
    published, renderer, client, settings
):
    import datetime

    from django.utils import timezone

    task = pdf_tasks().get()
    started = timezone.now() - datetime.timedelta(seconds=settings.TASKS_STUCK_AFTER + 60)
    DBTaskResult.objects.filter(pk=task.pk).update(  # as a worker killed during the render leaves it
        status=TaskResultStatus.RUNNING, started_at=started, worker_ids=["killed-worker"]
    )
    client.force_login(UserFactory(roles=[roles.BEHEERDER]))
    page = client.get("/admin/achtergrondtaken/").content.decode()
    assert "Vastgelopen: de worker stopte tijdens de taak" in page
    assert "Opnieuw proberen" in page
    assert client.post("/admin/achtergrondtaken/", {"task": "geen-taak"}).status_code == 302
    client.post("/admin/achtergrondtaken/", {"task": task.pk})
    run_worker()
    assert client.get("/monitor/2025/pdf/").status_code == 200


def test_a_task_running_for_a_short_while_cannot_be_started_twice(published, client):
    task = pdf_tasks().get()
    DBTaskResult.objects.filter(pk=task.pk).update(status=TaskResultStatus.RUNNING)
    DBTaskResult.objects.filter(pk=task.pk).update(started_at=task.enqueued_at)
    client.force_login(UserFactory(roles=[roles.BEHEERDER]))
    page = client.get("/admin/achtergrondtaken/").content.decode()
    assert "Bezig" in page and "Opnieuw proberen" not in page
    client.post("/admin/achtergrondtaken/", {"task": task.pk})
    assert pdf_tasks().get().status == TaskResultStatus.RUNNING
