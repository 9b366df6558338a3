"""Every environment variable the project reads, read here and nowhere else."""

import os

from django.core.exceptions import ImproperlyConfigured


def env(name: str, default: str | None = None) -> str | None:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_required(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} is required in production.")
    return value


DATABASE_URL = env("DATABASE_URL")
REDIS_URL = env("REDIS_URL")
MEDIA_ROOT = env("MEDIA_ROOT")
# The development server's port (`PORT=8100 make run`); links in mails follow it in development.
PORT = env("PORT", "8000")
# Stored files in S3-compatible object storage instead of MEDIA_ROOT (production, when the bucket is set).
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME")
# Logs, errors and metrics (ops/).
LOG_LEVEL = env("LOG_LEVEL", "INFO")
SENTRY_DSN = env("SENTRY_DSN")
METRICS_TOKEN = env("METRICS_TOKEN", "")
