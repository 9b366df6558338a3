"""The production settings refuse to start without secrets and pass Django's deployment checks."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _check(*args, **env):
    dropped = ("SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE", "DATABASE_URL")
    environment = {k: v for k, v in os.environ.items() if k not in dropped}
    environment.update(DJANGO_SETTINGS_MODULE="config.settings.production", **env)
    return subprocess.run(
        [sys.executable, "manage.py", "check", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_refuses_to_start_without_secret_key():
    result = _check(ALLOWED_HOSTS="monitor.example.nl")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_refuses_to_start_without_allowed_hosts():
    result = _check(SECRET_KEY=secrets.token_urlsafe(50))
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_check_deploy_reports_nothing():
    result = _check(
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="monitor.example.nl",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
