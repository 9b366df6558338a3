"""/metrics: request metrics (django-prometheus), tasks and publications, for Prometheus only."""

from django.test import Client
from prometheus_client import REGISTRY

from cms.tasks import render_edition_pdf_task


def _value(name: str, **labels) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def test_metrics_from_this_machine(db, client):
    client.get("/bestaat-niet/")
    response = client.get("/metrics")
    assert response.status_code == 200
    body = response.content.decode()
    for name in (
        "django_http_requests_total_by_method_total",
        "django_http_responses_total_by_status_total",
        "mhm_tasks_waiting",
        "mhm_tasks_oldest_wait_seconds",
    ):
        assert f"\n{name}" in body or body.startswith(name), name
    assert response["Cache-Control"] == "no-store"


def test_metrics_are_refused_through_the_proxy_and_from_elsewhere(db, settings):
    settings.METRICS_TOKEN = "geheim-token-voor-prometheus"
    assert Client(REMOTE_ADDR="203.0.113.9").get("/metrics").status_code == 404
    assert Client().get("/metrics", HTTP_X_FORWARDED_FOR="203.0.113.9").status_code == 404
    wrong = Client(REMOTE_ADDR="203.0.113.9").get("/metrics", HTTP_AUTHORIZATION="Bearer fout")
    assert wrong.status_code == 404
    right = Client(REMOTE_ADDR="203.0.113.9").get(
        "/metrics", HTTP_AUTHORIZATION="Bearer geheim-token-voor-prometheus"
    )
    assert right.status_code == 200


def test_a_publication_is_counted(edition):
    before = _value("mhm_publications_total", kind="edition")
    edition.save_revision().publish()
    assert _value("mhm_publications_total", kind="edition") == before + 1


def test_tasks_are_counted(edition, monkeypatch, settings):
    # Run where it is enqueued: the worker counts start and end the same way.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    monkeypatch.setattr("cms.pdf.render_pdf", lambda document: b"%PDF-1.7")
    task = render_edition_pdf_task.module_path
    enqueued = _value("mhm_tasks_enqueued_total", task=task)
    finished = _value("mhm_tasks_finished_total", task=task, status="SUCCESSFUL")
    render_edition_pdf_task.enqueue(edition.snapshots.get().pk)
    assert _value("mhm_tasks_enqueued_total", task=task) == enqueued + 1
    assert _value("mhm_tasks_finished_total", task=task, status="SUCCESSFUL") == finished + 1
