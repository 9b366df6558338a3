"""Serve the test database with gunicorn on production settings, for tests across processes.

The server runs in other processes, so it needs committed data (``transactional_db``) in a database
it can open: on PostgreSQL the test database itself, on SQLite (in memory during tests) a copy in a
file. The cache is production's: the database cache, whose table is made here.
"""

import contextlib
import http.client
import os
import re
import secrets
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from django.core.management import call_command
from django.db import connection
from django.test import override_settings

ROOT = Path(__file__).resolve().parents[2]
HOST = "monitor.example.nl"
DATABASE_CACHE = {
    "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "django_cache"}
}


def create_cache_table() -> None:
    with override_settings(CACHES=DATABASE_CACHE):
        call_command("createcachetable", verbosity=0)


def drop_cache_table() -> None:
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE IF EXISTS django_cache")


def database_url(tmp_path: Path) -> str:
    """A URL other processes can open holding what the test committed so far."""
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        target = tmp_path / "served.sqlite3"
        connection.ensure_connection()
        with contextlib.closing(sqlite3.connect(target)) as copy:
            connection.connection.backup(copy)
        return f"sqlite:///{target}"
    password = f":{settings['PASSWORD']}" if settings.get("PASSWORD") else ""
    return (
        f"postgres://{settings['USER']}{password}@{settings['HOST'] or '127.0.0.1'}:"
        f"{settings['PORT'] or 5432}/{settings['NAME']}"
    )


def production_environment(database: str, **extra: str) -> dict[str, str]:
    dropped = {"REDIS_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environment = {k: v for k, v in os.environ.items() if k not in dropped}
    environment.update(
        DJANGO_SETTINGS_MODULE="tests.security.settings.production_served",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS=HOST,
        DATABASE_URL=database,
        **extra,
    )
    return environment


@contextlib.contextmanager
def gunicorn(database: str, *, port: int, workers: int = 3, **extra: str):
    """gunicorn with ``workers`` workers on 127.0.0.1:port; yields when it answers."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
            "--timeout",
            "120",
        ],
        cwd=ROOT,
        env=production_environment(database, **extra),
    )
    try:
        deadline = time.monotonic() + 90
        while True:
            assert process.poll() is None, "gunicorn stopped"
            with contextlib.suppress(OSError):
                request(port, "GET", "/robots-probe/")
                break
            assert time.monotonic() < deadline, "gunicorn did not answer"
            time.sleep(0.3)
        yield
    finally:
        process.terminate()
        process.wait(timeout=30)


def request(port: int, method: str, path: str, *, body: str = "", headers: dict | None = None):
    """One request on a new connection, as through the TLS proxy (X-Forwarded-Proto: https)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        conn.request(
            method,
            path,
            body=body or None,
            headers={"Host": HOST, "X-Forwarded-Proto": "https", **(headers or {})},
        )
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def csrf(port: int, path: str, *, client_ip: str) -> tuple[str, str]:
    """The CSRF cookie and form token of a fresh visit to ``path``."""
    _status, headers, body = request(port, "GET", path, headers={"X-Forwarded-For": client_ip})
    cookie = re.search(r"csrftoken=([^;]+)", headers.get("Set-Cookie", "")).group(1)
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1).decode()
    return cookie, token
