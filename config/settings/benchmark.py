"""Benchmarks: production-like (DEBUG off, real password hashing), on the database of DATABASE_URL."""

from .dev import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
# benchmarks/measure.py times the PDF's render through the public address, in its own process and
# without a worker: the tasks run at once there, as in the tests (the worker's queue has its own
# benchmark across instances).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
