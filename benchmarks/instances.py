"""Two app servers against one: publish-to-visible time across instances and the cached edition
page's throughput, at scale 1 and scale 50.

    .venv/bin/python benchmarks/instances.py [--scales 1 50] [--seconds 10] [--clients 8] [--reuse]

Per scale: a PostgreSQL database of its own (bench_instances_<scale>: migrate, seed_rotterdam_2025,
generate_load_data --scale N), one Redis (database 12, a key prefix of its own), one S3 server (moto,
started here), the worker (`manage.py db_worker`) and two gunicorn instances A and B (2 workers each)
on production settings. Ports 9160 (S3), 9161 (A), 9162 (B).

- throughput: ``--clients`` threads request the cached edition page (/monitor/2025/) for ``--seconds``
  seconds, first all from A, then alternating between A and B; requests per second.
- publish-to-visible: once the worker has emptied the queue (seeding and growing queue thousands of
  index updates and every edition's PDF), a process with A's environment publishes the 2025 edition
  again (its title changed; the same ``revision.publish()`` the edit screen calls); pollers on B record
  when B serves the new page, the new version's cijfers.csv and the new PDF (rendered by the worker),
  measured from the publication's commit. ``--reuse`` measures the databases of an earlier run.
"""

import argparse
import contextlib
import http.client
import os
import platform
import secrets
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
HOST = "monitor.example.nl"
S3_PORT, PORT_A, PORT_B = 9160, 9161, 9162
BUCKET = "mhm-benchmark"
REDIS_URL = "redis://127.0.0.1:6379/12"
S3_KEY = "benchmark"  # moto accepts any credentials

PUBLISH = """
import time, django
django.setup()
from cms.models import EditionPage
page = EditionPage.objects.get(year=2025, locale__language_code="nl")
page.title = page.title.split(" (")[0] + " (herzien {stamp})"
revision = page.save_revision()
started = time.time()
revision.publish()
print(started, time.time())
"""


def psql(sql: str) -> None:
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", sql], check=True)


def prepare(scale: int) -> str:
    name = f"bench_instances_{scale}"
    psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    psql(f"CREATE DATABASE {name}")
    url = f"postgres://postgres@127.0.0.1:5432/{name}"
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "config.settings.benchmark"}
    for args in (
        ["migrate", "--noinput"],
        ["seed_rotterdam_2025", "--no-demo-accounts"],
        ["generate_load_data", "--scale", str(scale)],
    ):
        subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    # Growing the data queues a search and reference index update per object it writes (thousands at
    # scale 50, over an hour of the worker's time on a small machine); they concern the load data, not
    # the publication measured here, so they are dropped. The editions' PDFs stay queued.
    psql_database = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", name, "-qc"]
    subprocess.run(
        [
            *psql_database,
            "DELETE FROM django_tasks_database_dbtaskresult WHERE status = 'READY' "
            "AND task_path <> 'cms.tasks.render_edition_pdf_task'",
        ],
        check=True,
    )
    return url


def serving_environment(database: str, prefix: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("SENTRY_DSN", "PROMETHEUS_MULTIPROC_DIR")}
    env.update(
        DJANGO_SETTINGS_MODULE="tests.security.settings.production_served",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS=HOST,
        DATABASE_URL=database,
        REDIS_URL=REDIS_URL,
        CACHE_KEY_PREFIX=prefix,
        AWS_STORAGE_BUCKET_NAME=BUCKET,
        AWS_S3_ENDPOINT_URL=f"http://127.0.0.1:{S3_PORT}",
        AWS_S3_REGION_NAME="us-east-1",
        AWS_ACCESS_KEY_ID="benchmark",
        AWS_SECRET_ACCESS_KEY=S3_KEY,
        LOG_LEVEL="ERROR",
    )
    return env


def get(port: int, path: str) -> tuple[int, dict, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        conn.request("GET", path, headers={"Host": HOST, "X-Forwarded-Proto": "https"})
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


@contextlib.contextmanager
def process(command: list[str], env: dict[str, str], ready_port: int | None = None):
    proc = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while ready_port is not None:
            if proc.poll() is not None:
                raise RuntimeError(f"{command[:4]} stopped")
            with contextlib.suppress(OSError):
                get(ready_port, "/robots-probe/")
                break
            if time.monotonic() > deadline:
                raise RuntimeError("no answer")
            time.sleep(0.3)
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()


def gunicorn(port: int, env: dict[str, str]):
    command = [PYTHON, "-m", "gunicorn", "config.wsgi:application", "--bind", f"127.0.0.1:{port}"]
    return process([*command, "--workers", "2", "--log-level", "error"], env, ready_port=port)


def throughput(ports: list[int], *, seconds: float, clients: int) -> float:
    done = [0] * clients
    stop = time.monotonic() + seconds

    def client(index: int) -> None:
        turn = index
        while time.monotonic() < stop:
            status, _headers, _body = get(ports[turn % len(ports)], "/monitor/2025/")
            assert status == 200, status
            done[index] += 1
            turn += 1

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(done) / seconds


def wait_pdf(port: int, path: str, timeout: float = 600) -> bytes:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status, _headers, body = get(port, path)
        if status == 200:
            return body
        time.sleep(0.2)
    raise RuntimeError("no PDF")


def wait_for_empty_queue(database: str, timeout: float = 3600) -> None:
    """The worker first works off what seeding and growing queued (search and reference index updates,
    every edition's PDF): the publication is then measured alone, not behind that backlog."""
    import psycopg

    deadline = time.monotonic() + timeout
    with psycopg.connect(database, autocommit=True) as connection:
        while time.monotonic() < deadline:
            waiting = connection.execute(
                "SELECT count(*) FROM django_tasks_database_dbtaskresult WHERE status IN ('READY', 'RUNNING')"
            ).fetchone()[0]
            if not waiting:
                return
            time.sleep(1)
    raise RuntimeError("the queue did not empty")


def publish_to_visible(env: dict[str, str]) -> dict[str, float]:
    """Seconds from the publication's commit until B serves the new page, CSV and PDF."""
    # The new version's CSV (the figures did not change, so the current CSV's content stays the same).
    version = 1
    while get(PORT_B, f"/monitor/2025/versies/{version + 1}/cijfers.csv")[0] == 200:
        version += 1
    new_csv = f"/monitor/2025/versies/{version + 1}/cijfers.csv"
    old_pdf = wait_pdf(PORT_B, "/monitor/2025/pdf/")
    stamp = secrets.token_hex(3)
    seen: dict[str, float] = {}

    def new_page() -> bool:
        return f"herzien {stamp}".encode() in get(PORT_B, "/monitor/2025/")[2]

    def new_version_csv() -> bool:
        return get(PORT_B, new_csv)[0] == 200

    def new_pdf() -> bool:
        status, _headers, body = get(PORT_B, "/monitor/2025/pdf/")
        return status == 200 and body != old_pdf

    def poll(name: str, arrived) -> None:
        deadline = time.monotonic() + 900
        while time.monotonic() < deadline:
            if arrived():
                seen[name] = time.time()
                return
            time.sleep(0.01)

    pollers = [
        threading.Thread(target=poll, args=(name, check), daemon=True)
        for name, check in (("page", new_page), ("csv", new_version_csv), ("pdf", new_pdf))
    ]
    for poller in pollers:
        poller.start()
    output = subprocess.run(
        [PYTHON, "-c", PUBLISH.replace("{stamp}", stamp)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    started, committed = (float(value) for value in output.split()[-2:])
    for poller in pollers:
        poller.join()
    return {
        "publish call s": committed - started,
        "page visible on B s": seen["page"] - committed,
        "CSV visible on B s": seen["csv"] - committed,
        "PDF on B s": seen["pdf"] - committed,
    }


def measure(scale: int, database: str, args) -> dict[str, float]:
    import boto3
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=S3_PORT, verbose=False)
    server.start()
    prefix = f"bench-{scale}-{secrets.token_hex(3)}"
    env = serving_environment(database, prefix)
    try:
        boto3.client(
            "s3",
            endpoint_url=f"http://127.0.0.1:{S3_PORT}",
            region_name="us-east-1",
            aws_access_key_id="benchmark",
            aws_secret_access_key=S3_KEY,
        ).create_bucket(Bucket=BUCKET)
        worker = [PYTHON, "manage.py", "db_worker", "--queue-name", "*", "--interval", "0.2"]
        with process(worker, env), gunicorn(PORT_A, env), gunicorn(PORT_B, env):
            for port in (PORT_A, PORT_B):
                for _ in range(3):
                    get(port, "/monitor/2025/")
            results = {
                "cached page, A only req/s": throughput([PORT_A], seconds=args.seconds, clients=args.clients),
                "cached page, A and B req/s": throughput(
                    [PORT_A, PORT_B], seconds=args.seconds, clients=args.clients
                ),
            }
            wait_for_empty_queue(database)
            results.update(publish_to_visible(env))
            return results
    finally:
        server.stop()
        import redis

        client = redis.Redis.from_url(REDIS_URL)
        keys = list(client.scan_iter(f"{prefix}:*"))
        if keys:
            client.delete(*keys)


def main() -> None:
    import logging

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # moto's request log
    parser = argparse.ArgumentParser()
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 50])
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--reuse", action="store_true", help="measure the databases of an earlier run")
    args = parser.parse_args()
    results = {
        scale: measure(
            scale,
            f"postgres://postgres@127.0.0.1:5432/bench_instances_{scale}" if args.reuse else prepare(scale),
            args,
        )
        for scale in args.scales
    }
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    print(f"machine: {machine}; PostgreSQL, Redis, moto S3; 2 gunicorn workers per instance")
    header = f"{'measure':<28}" + "".join(f"{'scale ' + str(s):>12}" for s in args.scales)
    print(header)
    print("-" * len(header))
    for name in results[args.scales[0]]:
        print(f"{name:<28}" + "".join(f"{results[s][name]:>12.2f}" for s in args.scales))


if __name__ == "__main__":
    main()
