"""``/gezond/``: database, cache, storage and the task queue's backlog (django-health-check).

The answer is 200 when every check passes and 500 otherwise, for a load balancer or monitoring; the
queue check fails when a task has waited longer than ``HEALTH_QUEUE_MAX_WAIT`` seconds (no worker is
running, or it cannot keep up). ``?format=json`` gives the checks as JSON.
"""

import dataclasses
import datetime

from asgiref.sync import sync_to_async
from django.apps import apps
from django.conf import settings
from django.utils import timezone
from health_check.base import HealthCheck
from health_check.exceptions import ServiceUnavailable
from health_check.views import HealthCheckView

DEFAULT_QUEUE_MAX_WAIT = 10 * 60


def queue_backlog() -> tuple[int, datetime.datetime | None]:
    """The tasks waiting for a worker now (django-tasks-db's ready rows) and the oldest one's time."""
    if not apps.is_installed("django_tasks_db"):
        return 0, None
    from django.db.models import Count, Min, Q
    from django_tasks_db.models import DBTaskResult, get_date_max

    # A task to run at once has the largest date as run_after; it waits since it was enqueued.
    at_once = Q(run_after=get_date_max())
    waiting = DBTaskResult.objects.ready().aggregate(
        count=Count("pk"),
        since_enqueued=Min("enqueued_at", filter=at_once),
        since_due=Min("run_after", filter=~at_once),
    )
    times = [waiting[key] for key in ("since_enqueued", "since_due") if waiting[key] is not None]
    return waiting["count"], min(times, default=None)


@dataclasses.dataclass
class QueueBacklog(HealthCheck):
    """Tasks waiting in the database queue; unhealthy when the oldest waited too long.

    ``waiting`` is filled in by the run, so that the report (the check's repr) shows the backlog.
    """

    max_wait: int = dataclasses.field(
        default_factory=lambda: int(getattr(settings, "HEALTH_QUEUE_MAX_WAIT", DEFAULT_QUEUE_MAX_WAIT))
    )
    waiting: int | None = None

    async def run(self):
        # In the request's own thread and database connection (thread-sensitive), like the views.
        self.waiting, oldest = await sync_to_async(queue_backlog)()
        if oldest is not None and (timezone.now() - oldest).total_seconds() > self.max_wait:
            raise ServiceUnavailable(
                f"{self.waiting} tasks waiting, the oldest since {oldest.isoformat(timespec='seconds')}"
            )


class HealthView(HealthCheckView):
    checks = (
        "health_check.checks.Database",
        "health_check.checks.Cache",
        "health_check.checks.Storage",
        "ops.health.QueueBacklog",
    )

    async def dispatch(self, request, *args, **kwargs):
        response = await super().dispatch(request, *args, **kwargs)
        # The package's HTML page carries its own inline style; the strict public policy would drop it.
        response.headers.setdefault(
            "Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"
        )
        return response
