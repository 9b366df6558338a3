"""Two app servers share everything: publish through instance A, and instance B serves the new
edition, its PDF (rendered once in total, by the worker) and its CSV at once; a page cached on B is
invalidated by A's publication.

Two gunicorn instances on production settings against one PostgreSQL (a database of its own, also
when the suite runs on SQLite), one Redis (a database number and key prefix of its own), one S3
server (moto, started here) and one worker (``manage.py db_worker``). The beheerder publishes through
A's admin over HTTP, signing in with a backup code as production requires.
"""

import contextlib
import os
import re
import secrets
import subprocess
import sys
import time
import uuid
from urllib.parse import urlencode

import psycopg
import pytest
import redis
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from tests.security import served

from .conftest import BUCKET, free_port
from .instances_setup import BACKUP_CODES, PASSWORD, USERNAME

FIGURE = ("figure", {"table": "tabel_test", "years": "2025", "chart_type": "auto", "caption": ""})
REDIS_DB = 11


def _postgres_server() -> str:
    """The PostgreSQL of this machine: the suite's own when it runs on PostgreSQL."""
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith(("postgres://", "postgresql://")):
        return url.rsplit("/", 1)[0]
    return "postgres://postgres@127.0.0.1:5432"


@pytest.fixture
def database():
    server = _postgres_server()
    name = f"mhm_two_instances_{os.getpid()}_{secrets.token_hex(3)}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{server}/{name}"
    finally:
        with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def shared_redis():
    prefix = f"mhm-two-{uuid.uuid4().hex[:8]}"
    client = redis.Redis(host="127.0.0.1", port=6379, db=REDIS_DB)
    client.ping()
    try:
        yield f"redis://127.0.0.1:6379/{REDIS_DB}", prefix
    finally:
        keys = list(client.scan_iter(f"{prefix}:*"))
        if keys:
            client.delete(*keys)


def _environment(database: str, redis_url: str, prefix: str, s3_server: str) -> dict[str, str]:
    dropped = {"DJANGO_ALLOW_ASYNC_UNSAFE", "SENTRY_DSN", "PROMETHEUS_MULTIPROC_DIR"}
    environment = {k: v for k, v in os.environ.items() if k not in dropped}
    environment.update(
        DJANGO_SETTINGS_MODULE="tests.security.settings.production_served",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS=served.HOST,
        DATABASE_URL=database,
        REDIS_URL=redis_url,
        CACHE_KEY_PREFIX=prefix,
        AWS_STORAGE_BUCKET_NAME=BUCKET,
        AWS_S3_ENDPOINT_URL=s3_server,
        AWS_S3_REGION_NAME="us-east-1",
        AWS_ACCESS_KEY_ID="testing",
        AWS_SECRET_ACCESS_KEY="testing",
        LOG_LEVEL="WARNING",
    )
    return environment


@contextlib.contextmanager
def _process(command: list[str], environment: dict[str, str]):
    process = subprocess.Popen(command, cwd=served.ROOT, env=environment, start_new_session=True)
    try:
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.contextmanager
def _gunicorn(port: int, environment: dict[str, str]):
    command = [sys.executable, "-m", "gunicorn", "config.wsgi:application", "--bind", f"127.0.0.1:{port}"]
    command += ["--workers", "2", "--log-level", "warning", "--timeout", "120"]
    with _process(command, environment) as process:
        deadline = time.monotonic() + 90
        while True:
            assert process.poll() is None, "gunicorn stopped"
            with contextlib.suppress(OSError):
                served.request(port, "GET", "/robots-probe/")
                break
            assert time.monotonic() < deadline, "gunicorn did not answer"
            time.sleep(0.3)
        yield


def _sign_in(port: int) -> dict[str, str]:
    """Sign in at A's admin; the cookies of the session."""
    cookie, token = served.csrf(port, "/admin/login/", client_ip="198.51.100.7")
    body = urlencode(
        {
            "csrfmiddlewaretoken": token,
            "username": USERNAME,
            "password": PASSWORD,
            "otp_token": BACKUP_CODES[0],
            "next": "/admin/",
        }
    )
    status, headers, _body = served.request(
        port, "POST", "/admin/login/", body=body, headers=_form_headers({"csrftoken": cookie})
    )
    assert status == 302, _body[:2000]
    cookies = dict(re.findall(r"(sessionid|csrftoken)=([^;]+)", headers.get("Set-Cookie", "")))
    assert "sessionid" in cookies
    cookies.setdefault("csrftoken", cookie)
    return cookies


def _form_headers(cookies: dict[str, str]) -> dict[str, str]:
    return {
        "Content-Type": "application/x-www-form-urlencoded",
        "Cookie": "; ".join(f"{name}={value}" for name, value in cookies.items()),
        "Origin": f"https://{served.HOST}",
        "Referer": f"https://{served.HOST}/admin/",
        "X-Forwarded-For": "198.51.100.7",
    }


def _publish(port: int, cookies: dict[str, str], page_id: int, *, title: str, reason: str = "") -> None:
    data = nested_form_data(
        {
            "title": title,
            "slug": "2025",
            "year": 2025,
            "subtitle": "Samenwerken tegen mensenhandel",
            "region_name": "regio Rotterdam",
            "publication_date": "01-03-2026",
            "introduction": rich_text("<p>Introductie.</p>"),
            "body": streamfield([("section", {"title": "Cijfers", "content": streamfield([FIGURE])})]),
            "correction_reason": reason,
            "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0, "MIN_NUM_FORMS": 0, "MAX_NUM_FORMS": 1000},
        }
    )
    data["action-publish"] = "1"
    data["csrfmiddlewaretoken"] = cookies["csrftoken"]
    status, headers, body = served.request(
        port, "POST", f"/admin/pages/{page_id}/edit/", body=urlencode(data), headers=_form_headers(cookies)
    )
    assert status == 302, body.decode()[:3000]


def _get(port: int, path: str):
    return served.request(port, "GET", path)


def _wait_for_pdf(port: int, path: str) -> bytes:
    deadline = time.monotonic() + 180
    while True:
        status, headers, body = _get(port, path)
        if status == 200:
            return body
        assert status == 503 and headers.get("Retry-After"), (status, body[:500])
        assert time.monotonic() < deadline, "the worker did not make the PDF"
        time.sleep(0.5)


def _pdf_keys(client) -> list[str]:
    contents = client.list_objects_v2(Bucket=BUCKET, Prefix="monitor/pdf/").get("Contents", [])
    return sorted(item["Key"] for item in contents)


def _pdf_tasks(database: str) -> list[tuple[str, int]]:
    with psycopg.connect(database) as connection:
        rows = connection.execute(
            "SELECT status, count(*) FROM django_tasks_database_dbtaskresult "
            "WHERE task_path = 'cms.tasks.render_edition_pdf_task' GROUP BY status"
        ).fetchall()
    return sorted(rows)


def test_publish_on_a_is_served_by_b_at_once(database, shared_redis, s3_server, s3_bucket):
    redis_url, prefix = shared_redis
    environment = _environment(database, redis_url, prefix, s3_server)
    setup = subprocess.run(
        [sys.executable, "-m", "tests.ops.instances_setup"],
        cwd=served.ROOT,
        env={**environment, "DJANGO_SETTINGS_MODULE": "config.settings.test"},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert setup.returncode == 0, setup.stderr
    page_id = int(setup.stdout.strip().splitlines()[-1])
    port_a, port_b = free_port(), free_port()
    worker = [sys.executable, "manage.py", "db_worker", "--queue-name", "*", "--interval", "0.2"]

    with _gunicorn(port_a, environment), _gunicorn(port_b, environment), _process(worker, environment):
        # B caches the list of editions (no 2025 yet); the edition itself is not public.
        for _ in range(2):
            status, headers, body = _get(port_b, "/monitor/")
            assert status == 200 and b"/monitor/2025/" not in body
        assert headers.get("X-Publication-Cache") == "1"
        assert _get(port_b, "/monitor/2025/")[0] == 404

        cookies = _sign_in(port_a)
        _publish(port_a, cookies, page_id, title="Mensenhandelmonitor 2025")

        # At once on B: the list (its cached copy invalidated), the edition, its CSV.
        status, _headers, body = _get(port_b, "/monitor/")
        assert status == 200 and b"/monitor/2025/" in body
        status, headers, body = _get(port_b, "/monitor/2025/")
        assert status == 200 and b"Mensenhandelmonitor 2025" in body
        status, headers, csv = _get(port_b, "/monitor/2025/cijfers.csv")
        assert status == 200 and b"tabel_test" in csv
        # The PDF: "wordt gemaakt" until the worker made it, then the same file on both.
        pdf_b = _wait_for_pdf(port_b, "/monitor/2025/pdf/")
        assert pdf_b.startswith(b"%PDF")
        assert _wait_for_pdf(port_a, "/monitor/2025/pdf/") == pdf_b
        assert len(_pdf_keys(s3_bucket)) == 1
        assert _pdf_tasks(database) == [("SUCCESSFUL", 1)]

        # B now serves the edition page from its cache; A publishes a correction.
        _get(port_b, "/monitor/2025/")
        status, headers, body = _get(port_b, "/monitor/2025/")
        assert headers.get("X-Publication-Cache") == "1" and b"Mensenhandelmonitor 2025" in body
        _publish(port_a, cookies, page_id, title="Mensenhandelmonitor 2025 (herzien)", reason="Titel herzien")

        status, headers, body = _get(port_b, "/monitor/2025/")
        assert status == 200 and b"Mensenhandelmonitor 2025 (herzien)" in body
        assert b"Titel herzien" in body
        new_pdf = _wait_for_pdf(port_b, "/monitor/2025/pdf/")
        assert new_pdf != pdf_b
        # Rendered once per published version, by the worker, into the shared bucket.
        assert len(_pdf_keys(s3_bucket)) == 2
        assert _pdf_tasks(database) == [("SUCCESSFUL", 2)]
        assert _get(port_a, "/monitor/2025/pdf/")[2] == new_pdf
        assert _get(port_b, "/monitor/2025/versies/1/pdf/")[2] == pdf_b
