"""Benchmarks: production-like (DEBUG off, real password hashing), on the database of DATABASE_URL."""

from .dev import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
