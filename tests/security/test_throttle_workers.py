"""Login throttling holds across gunicorn workers: production's cache is shared by every process."""

import socket
import subprocess
import sys
from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import PBKDF2PasswordHasher

from . import served


def _free_port() -> int:
    """A port no other process holds now (two test runs on one machine do not collide)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


PORT = _free_port()
PASSWORD = "Juist-wachtwoord-2026"
LOCKED = b"Te veel mislukte aanmeldpogingen"


@pytest.fixture
def served_database(transactional_db, django_db_serialized_rollback, tmp_path):
    user_model = get_user_model()
    # A hash production's hashers know (the tests' settings use MD5), cheap to check.
    hashed = PBKDF2PasswordHasher().encode(PASSWORD, "zout1234zout", iterations=1000)
    user_model.objects.create(username="redacteur1", password=hashed, is_superuser=True)
    user_model.objects.create(username="controle", password=hashed, is_superuser=True)
    served.create_cache_table()
    try:
        yield served.database_url(tmp_path)
    finally:
        served.drop_cache_table()


def _login(username: str, password: str, *, client_ip: str):
    cookie, token = served.csrf(PORT, "/admin/login/", client_ip=client_ip)
    body = urlencode(
        {"csrfmiddlewaretoken": token, "username": username, "password": password, "next": "/admin/"}
    )
    return served.request(
        PORT,
        "POST",
        "/admin/login/",
        body=body,
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={cookie}",
            "Origin": f"https://{served.HOST}",
            "Referer": f"https://{served.HOST}/admin/login/",
            "X-Forwarded-For": client_ip,
        },
    )


def test_six_wrong_passwords_from_one_address_across_three_workers(served_database):
    with served.gunicorn(served_database, port=PORT, workers=3):
        # The server accepts a right password (the control, from another address).
        status, _headers, _body = _login("controle", PASSWORD, client_ip="198.51.100.1")
        assert status == 302
        for attempt in range(1, 6):
            status, _headers, body = _login("redacteur1", f"fout-{attempt}", client_ip="203.0.113.50")
            assert status == 200 and LOCKED not in body, attempt
        status, _headers, body = _login("redacteur1", "fout-6", client_ip="203.0.113.50")
        assert status == 200 and LOCKED in body
        for _ in range(3):  # whichever worker answers
            status, _headers, body = _login("redacteur1", PASSWORD, client_ip="203.0.113.50")
            assert status == 200 and LOCKED in body


def test_production_refuses_a_per_process_cache():
    environment = served.production_environment("sqlite:///unused.sqlite3")
    environment["DJANGO_SETTINGS_MODULE"] = "tests.security.settings.production_locmem"
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=served.ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and "per process" in result.stderr


def test_production_uses_the_database_cache_without_redis_and_redis_with_it():
    code = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    for extra, expected in [
        ({}, "django.core.cache.backends.db.DatabaseCache"),
        ({"REDIS_URL": "redis://127.0.0.1:6379/4"}, "django.core.cache.backends.redis.RedisCache"),
    ]:
        environment = served.production_environment("sqlite:///unused.sqlite3", **extra)
        environment["DJANGO_SETTINGS_MODULE"] = "config.settings.production"
        result = subprocess.run(
            [sys.executable, "-c", f"import django; django.setup(); {code}"],
            cwd=served.ROOT,
            env=environment,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.stdout.strip() == expected, result.stderr
