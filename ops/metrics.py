"""Prometheus metrics at ``/metrics``: requests (django-prometheus), tasks and publications.

Counters are counted in the process where things happen (a publication in the web process, a task's
start and end in the worker). With several gunicorn workers set ``PROMETHEUS_MULTIPROC_DIR`` (the
systemd units in ``deploy/`` do) so that one scrape sums every process of the machine, the worker's
too; each machine is scraped on its own. The queue's backlog is read from the database at each scrape,
so every machine reports the same number.

Only Prometheus may read it: a request with ``Authorization: Bearer <METRICS_TOKEN>``, or one made on
the machine itself, not through the proxy (from a loopback address without ``X-Forwarded-For``).
Anything else gets 404.
"""

import hmac
import ipaddress
import os

import prometheus_client
from django.conf import settings
from django.http import Http404, HttpResponse
from prometheus_client import CollectorRegistry, Counter, multiprocess
from prometheus_client.core import GaugeMetricFamily

PUBLICATIONS = Counter(
    "mhm_publications_total",
    "Pages published (an edition's publication is kind edition)",
    ["kind"],
)
UNPUBLICATIONS = Counter("mhm_unpublications_total", "Pages unpublished", ["kind"])
TASKS_ENQUEUED = Counter("mhm_tasks_enqueued_total", "Background tasks enqueued", ["task"])
TASKS_STARTED = Counter("mhm_tasks_started_total", "Background tasks started by a worker", ["task"])
TASKS_FINISHED = Counter(
    "mhm_tasks_finished_total",
    "Background tasks finished, by outcome (SUCCESSFUL, FAILED)",
    ["task", "status"],
)


def _kind(instance) -> str:
    from cms.models import EditionPage

    return "edition" if isinstance(instance, EditionPage) else "page"


def _published(sender, instance, **kwargs):
    PUBLICATIONS.labels(kind=_kind(instance)).inc()


def _unpublished(sender, instance, **kwargs):
    UNPUBLICATIONS.labels(kind=_kind(instance)).inc()


def _task_name(task_result) -> str:
    return task_result.task.module_path


def _enqueued(sender, task_result, **kwargs):
    TASKS_ENQUEUED.labels(task=_task_name(task_result)).inc()


def _started(sender, task_result, **kwargs):
    TASKS_STARTED.labels(task=_task_name(task_result)).inc()


def _finished(sender, task_result, **kwargs):
    TASKS_FINISHED.labels(task=_task_name(task_result), status=str(task_result.status)).inc()


def connect_signals() -> None:
    from django_tasks.signals import task_enqueued, task_finished, task_started
    from wagtail.signals import page_published, page_unpublished

    page_published.connect(_published, dispatch_uid="ops.metrics.published")
    page_unpublished.connect(_unpublished, dispatch_uid="ops.metrics.unpublished")
    task_enqueued.connect(_enqueued, dispatch_uid="ops.metrics.enqueued")
    task_started.connect(_started, dispatch_uid="ops.metrics.started")
    task_finished.connect(_finished, dispatch_uid="ops.metrics.finished")


class QueueCollector:
    """The database queue's backlog, read at scrape time."""

    def collect(self):
        from django.utils import timezone

        from ops.health import queue_backlog

        waiting, oldest = queue_backlog()
        yield GaugeMetricFamily("mhm_tasks_waiting", "Background tasks waiting for a worker", value=waiting)
        age = (timezone.now() - oldest).total_seconds() if oldest else 0.0
        yield GaugeMetricFamily(
            "mhm_tasks_oldest_wait_seconds",
            "How long the oldest waiting task has waited",
            value=max(age, 0.0),
        )


def _allowed(request) -> bool:
    token = getattr(settings, "METRICS_TOKEN", "")
    if token:
        given = request.headers.get("Authorization", "")
        if hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
            return True
    if "X-Forwarded-For" in request.headers:
        return False
    try:
        return ipaddress.ip_address(request.META.get("REMOTE_ADDR", "")).is_loopback
    except ValueError:
        return False


def metrics_view(request):
    if not _allowed(request):
        raise Http404
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    else:
        registry = prometheus_client.REGISTRY
    queue = CollectorRegistry(auto_describe=False)
    queue.register(QueueCollector())
    body = prometheus_client.generate_latest(registry) + prometheus_client.generate_latest(queue)
    response = HttpResponse(body, content_type=prometheus_client.CONTENT_TYPE_LATEST)
    response["Cache-Control"] = "no-store"
    return response
