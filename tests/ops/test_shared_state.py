"""Production keeps nothing in one process's memory: cache, sessions, throttling, locks and stored
files are shared by every app server; errors go to Sentry only when SENTRY_DSN is set."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

from django.test import override_settings

from ops.checks import shared_state

ROOT = Path(__file__).resolve().parents[2]

REPORT = """
import json, django
django.setup()
from django.conf import settings
from django.core import checks
import sentry_sdk
client = sentry_sdk.get_client()
print(json.dumps({
    "caches": [c["BACKEND"] for c in settings.CACHES.values()],
    "session_engine": settings.SESSION_ENGINE,
    "storage": settings.STORAGES["default"]["BACKEND"],
    "storage_options": settings.STORAGES["default"].get("OPTIONS", {}),
    "errors": [m.id for m in checks.run_checks() if m.level >= checks.ERROR],
    "sentry": client.is_active(),
    "send_default_pii": client.options.get("send_default_pii"),
}))
"""


def _production(**extra: str) -> dict:
    dropped = (
        "DATABASE_URL",
        "REDIS_URL",
        "SENTRY_DSN",
        "AWS_STORAGE_BUCKET_NAME",
        "DJANGO_ALLOW_ASYNC_UNSAFE",
    )
    environment = {k: v for k, v in os.environ.items() if k not in dropped}
    environment.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="monitor.example.nl",
        DATABASE_URL="sqlite:///unused.sqlite3",
        **extra,
    )
    result = subprocess.run(
        [sys.executable, "-c", REPORT], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_without_redis_shares_the_database():
    report = _production()
    assert report["caches"] == ["django.core.cache.backends.db.DatabaseCache"]
    assert report["session_engine"] == "django.contrib.sessions.backends.cached_db"
    assert report["errors"] == []
    assert report["sentry"] is False


def test_production_with_redis_s3_and_sentry():
    report = _production(
        REDIS_URL="redis://127.0.0.1:6379/9",
        AWS_STORAGE_BUCKET_NAME="mhm-bestanden",
        AWS_S3_ENDPOINT_URL="https://s3.example.nl",
        SENTRY_DSN="https://publickey@sentry.example.nl/3",
    )
    assert report["caches"] == ["django.core.cache.backends.redis.RedisCache"]
    assert not any("locmem" in backend.lower() for backend in report["caches"])
    assert report["session_engine"] in (
        "django.contrib.sessions.backends.cache",
        "django.contrib.sessions.backends.cached_db",
        "django.contrib.sessions.backends.db",
    )
    assert report["storage"] == "storages.backends.s3.S3Storage"
    assert report["storage_options"]["bucket_name"] == "mhm-bestanden"
    assert report["storage_options"]["endpoint_url"] == "https://s3.example.nl"
    assert report["errors"] == []
    assert report["sentry"] is True
    assert report["send_default_pii"] is False


def test_the_check_refuses_per_process_state():
    per_process = {
        "CACHES": {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}},
        "SESSION_ENGINE": "django.contrib.sessions.backends.file",
        "STORAGES": {"default": {"BACKEND": "django.core.files.storage.InMemoryStorage"}},
    }
    with override_settings(REQUIRE_SHARED_STATE=True, **per_process):
        assert [error.id for error in shared_state()] == ["ops.E001", "ops.E002", "ops.E003"]
    with override_settings(**per_process):  # development and tests may
        assert shared_state() == []
