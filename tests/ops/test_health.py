"""/gezond/ reports database, cache, storage and the task queue's backlog (django-health-check)."""

import datetime

from django.utils import timezone
from django_tasks_db.models import DBTaskResult, get_date_max

CHECKS = ("Database", "Cache", "Storage", "QueueBacklog")


def _waiting_task(*, enqueued_minutes_ago: int) -> DBTaskResult:
    task = DBTaskResult.objects.create(
        args_kwargs={"args": [1], "kwargs": {}},
        task_path="cms.tasks.render_edition_pdf_task",
        backend_name="default",
        queue_name="default",
        run_after=get_date_max(),
    )
    DBTaskResult.objects.filter(pk=task.pk).update(
        enqueued_at=timezone.now() - datetime.timedelta(minutes=enqueued_minutes_ago)
    )
    return task


def test_every_check_passes(db, client):
    response = client.get("/gezond/?format=json")
    assert response.status_code == 200, response.content
    report = response.json()
    for check in CHECKS:
        assert [value for key, value in report.items() if key.startswith(check)] == ["OK"], report
    assert response["Cache-Control"].startswith("max-age=0")


def test_the_backlog_is_reported_and_a_task_waiting_too_long_is_unhealthy(db, client, settings):
    settings.HEALTH_QUEUE_MAX_WAIT = 600
    _waiting_task(enqueued_minutes_ago=1)
    _waiting_task(enqueued_minutes_ago=2)
    response = client.get("/gezond/?format=json")
    assert response.status_code == 200
    assert "QueueBacklog(max_wait=600, waiting=2)" in response.json()

    _waiting_task(enqueued_minutes_ago=11)
    response = client.get("/gezond/?format=json")
    assert response.status_code == 500
    message = response.json()["QueueBacklog(max_wait=600, waiting=3)"]
    assert message.startswith("Unavailable: 3 tasks waiting, the oldest since")


def test_a_task_scheduled_for_later_is_not_waiting(db, client):
    task = _waiting_task(enqueued_minutes_ago=60)
    DBTaskResult.objects.filter(pk=task.pk).update(run_after=timezone.now() + datetime.timedelta(hours=1))
    response = client.get("/gezond/?format=json")
    assert response.status_code == 200
    assert "QueueBacklog(max_wait=600, waiting=0)" in response.json()


def test_the_html_report_keeps_its_style_under_the_public_policy(db, client, settings):
    settings.CSP_ENABLED = True
    response = client.get("/gezond/", HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    assert "style-src 'unsafe-inline'" in response["Content-Security-Policy"]
