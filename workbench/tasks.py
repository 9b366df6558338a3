"""Background work: Django's task interface (django-tasks) on django-tasks-db's queue in the database.

The queue, the worker (`manage.py db_worker`) and the record of every task (``DBTaskResult``) are the
library's. What this module adds:

- **Retries.** django-tasks has none: when a task fails on the database queue, its row is put back
  (status READY, ``run_after`` later) until it has been tried ``TASKS_RETRY_ATTEMPTS`` times; the
  wait is ``TASKS_RETRY_DELAY`` seconds, doubled after each attempt. The attempts are the row's
  ``worker_ids`` (the worker adds its id each time it claims the task); the last error stays on the
  row for the beheerder (``workbench.views.TaskListView``).
- **One pending task per job.** ``enqueue_unless_pending`` queues a task unless the same task with
  the same arguments already waits or runs (a PDF asked for by many readers is queued once).
- **Mail.** ``send_mails`` sends prepared messages from the worker.
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import send_mass_mail
from django.dispatch import receiver
from django.utils import timezone
from django_tasks import TaskResultStatus, task
from django_tasks.signals import task_finished

logger = logging.getLogger(__name__)

PENDING = (TaskResultStatus.READY, TaskResultStatus.RUNNING)


def on_database_queue(task) -> bool:
    from django_tasks_db import DatabaseBackend

    return isinstance(task.get_backend(), DatabaseBackend)


def retry_delay(attempts: int) -> datetime.timedelta:
    """How long to wait before the next attempt, after ``attempts`` attempts that failed."""
    return datetime.timedelta(seconds=settings.TASKS_RETRY_DELAY * 2 ** max(attempts - 1, 0))


@receiver(task_finished)
def retry_failed_task(sender, task_result, **kwargs) -> None:
    """A task that failed on the database queue goes back on it until its attempts are used up."""
    db_result = getattr(task_result, "db_result", None)
    if db_result is None or task_result.status != TaskResultStatus.FAILED:
        return
    try:
        from django_tasks_db.models import DBTaskResult

        attempts = len(db_result.worker_ids)
        if attempts >= settings.TASKS_RETRY_ATTEMPTS:
            logger.error(
                "Task %s (%s) failed %s times; not tried again", db_result.pk, db_result.task_path, attempts
            )
            return
        DBTaskResult.objects.filter(pk=db_result.pk, status=TaskResultStatus.FAILED).update(
            status=TaskResultStatus.READY,
            run_after=timezone.now() + retry_delay(attempts),
            finished_at=None,
        )
        logger.warning(
            "Task %s (%s) failed (attempt %s of %s); tried again later",
            db_result.pk,
            db_result.task_path,
            attempts,
            settings.TASKS_RETRY_ATTEMPTS,
        )
    except Exception:  # noqa: BLE001 - a signal receiver must not stop the worker
        logger.exception("Could not put task %s back on the queue", db_result.pk)


def pending(task, *args) -> bool:
    """The task with these arguments waits on the database queue or runs."""
    if not on_database_queue(task):
        return False
    from django_tasks_db.models import DBTaskResult

    candidates = DBTaskResult.objects.filter(task_path=task.module_path, status__in=PENDING)
    wanted = {"args": list(args), "kwargs": {}}
    return any(row == wanted for row in candidates.values_list("args_kwargs", flat=True))


def enqueue_unless_pending(task, *args) -> bool:
    """Queue the task unless the same one waits or runs; True when it was queued now."""
    if pending(task, *args):
        return False
    task.enqueue(*args)
    return True


@task()
def send_mails(messages: list[list]) -> int:
    """Send prepared mails: each ``[subject, body, from_email or None, [recipient, ...]]``."""
    return send_mass_mail([tuple(message) for message in messages], fail_silently=False)
