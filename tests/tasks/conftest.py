"""The database queue (django-tasks-db) instead of the tests' ImmediateBackend, and its worker."""

import pytest
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from tests.cms.conftest import site  # noqa: F401 - fixture

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def database_queue(settings):
    """Tasks go onto the queue in the database and wait there for the worker; retries at once."""
    settings.TASKS = DATABASE_QUEUE
    settings.TASKS_RETRY_DELAY = 0
    yield
    DBTaskResult.objects.all().delete()


def run_worker() -> int:
    """The worker of `manage.py db_worker --batch --queue-name '*'`, run here until the queue is empty;
    how many tasks it ran."""
    worker = Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    )
    worker.run()
    return worker._run_tasks
