"""Every response carries a request id and every log record written for it the same id, as JSON."""

import io
import json
import logging
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from pythonjsonlogger.json import JsonFormatter

from ops.request_id import RequestIdFilter

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def json_log():
    """What the root logger writes, formatted as production formats it."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(JsonFormatter("%(levelname)s %(name)s %(message)s %(request_id)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    finally:
        root.removeHandler(handler)


def test_the_id_of_the_proxy_is_kept_and_logged(db, client, json_log):
    response = client.get("/bestaat-niet/", HTTP_X_REQUEST_ID="lb-7f3a9c.2")
    assert response.status_code == 404
    assert response["X-Request-ID"] == "lb-7f3a9c.2"
    # Django logs the 404 after the middleware has returned: the id is still there.
    records = [r for r in json_log() if r["name"] == "django.request"]
    assert records and all(r["request_id"] == "lb-7f3a9c.2" for r in records), json_log()


def test_a_new_id_without_a_usable_header(db, client):
    first = client.get("/bestaat-niet/")["X-Request-ID"]
    second = client.get("/bestaat-niet/", HTTP_X_REQUEST_ID="bad id\r\nSet-Cookie: x")["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", first) and re.fullmatch(r"[0-9a-f]{32}", second)
    assert first != second


def test_outside_a_request_the_id_is_a_dash(json_log):
    logging.getLogger("mhm.test").warning("buiten een verzoek")
    assert json_log()[-1]["request_id"] == "-"


def test_production_logs_one_json_object_per_line():
    environment = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    environment.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="monitor.example.nl",
        DATABASE_URL="sqlite:///unused.sqlite3",
    )
    code = "import django, logging; django.setup(); logging.getLogger('cms').warning('pdf %s klaar', 7)"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stderr.strip().splitlines()[-1])
    assert record["message"] == "pdf 7 klaar"
    assert record["level"] == "WARNING" and record["logger"] == "cms"
    assert record["request_id"] == "-" and "time" in record
