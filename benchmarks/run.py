"""Benchmark at scale 1 and scale 50: median server time and SQL queries per page, and their ratios.

    .venv/bin/python benchmarks/run.py [--scales 1 50] [--database-dir /tmp]

Each scale gets a fresh SQLite database (or PostgreSQL: --postgres, databases bench_<scale>):
migrate, seed_rotterdam_2025, generate_load_data --scale N; then benchmarks/measure.py measures
in-process with Django's test client (server time, no network). Takes several minutes at scale 50.
"""

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def _run(args, env):
    subprocess.run([PYTHON, *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def prepare(scale: int, database_url: str) -> dict:
    env = {**os.environ, "DATABASE_URL": database_url, "DJANGO_SETTINGS_MODULE": "config.settings.benchmark"}
    _run(["manage.py", "migrate", "--noinput"], env)
    _run(["manage.py", "seed_rotterdam_2025"], env)
    _run(["manage.py", "generate_load_data", "--scale", str(scale)], env)
    output = subprocess.run(
        [PYTHON, "benchmarks/measure.py"], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def database_url(scale: int, args) -> str:
    if args.postgres:
        name = f"bench_{scale}"
        subprocess.run(
            ["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", f"DROP DATABASE IF EXISTS {name}"],
            check=True,
        )
        subprocess.run(
            ["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", f"CREATE DATABASE {name}"], check=True
        )
        return f"postgres://postgres@127.0.0.1:5432/{name}"
    path = Path(args.database_dir) / f"bench_{scale}.sqlite3"
    path.unlink(missing_ok=True)
    return f"sqlite:///{path}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scales", type=int, nargs=2, default=[1, 50])
    parser.add_argument("--database-dir", default=tempfile.gettempdir())
    parser.add_argument("--postgres", action="store_true")
    args = parser.parse_args()
    small, large = args.scales
    results = {scale: prepare(scale, database_url(scale, args)) for scale in (small, large)}
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    database = "PostgreSQL" if args.postgres else "SQLite"
    print(f"machine: {machine}; database: {database}; median of repeated requests, server time")
    columns = (f"ms@{small}", f"ms@{large}", "ratio", f"q@{small}", f"q@{large}")
    header = f"{'page':<26} {columns[0]:>10} {columns[1]:>10} {columns[2]:>6} {columns[3]:>6} {columns[4]:>6}"
    print(header)
    print("-" * len(header))
    ok = True
    for name, first in results[small].items():
        second = results[large][name]
        ratio = second["ms"] / first["ms"] if first["ms"] else float("inf")
        times = f"{first['ms']:>10.1f} {second['ms']:>10.1f} {ratio:>6.2f}"
        print(f"{name:<26} {times} {first['queries']:>6} {second['queries']:>6}")
        ok &= first["queries"] == second["queries"] and ratio <= 1.5
    for scale in (small, large):
        cached = results[scale]["edition page, cached"]["ms"]
        uncached = results[scale]["edition page, uncached"]["ms"]
        print(f"scale {scale}: cached page is {cached / uncached:.3f} of uncached (must be < 0.1)")
        ok &= cached < uncached / 10
    print("RESULT:", "all ratios hold" if ok else "a ratio does not hold")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
