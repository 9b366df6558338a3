"""Measure server time and SQL queries of the main pages on the current database (one scale).

Run by benchmarks/run.py in a process of its own per scale; prints one JSON object.
"""

import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.benchmark")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from cms.models import EditionPage, EditionSnapshot  # noqa: E402
from monitor.importing import import_figures  # noqa: E402
from monitor.models import Dimension, DimensionValue, Partner, Table  # noqa: E402

REPEAT = int(os.environ.get("BENCH_REPEAT", "5"))


def measure(call, *, repeat=REPEAT, before=None) -> dict:
    times, queries = [], []
    for _ in range(repeat):
        if before:
            before()
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            response = call()
            elapsed = time.perf_counter() - start
        status = getattr(response, "status_code", 200)
        if status != 200:
            raise RuntimeError(f"{call} answered {status}")
        times.append(elapsed * 1000)
        queries.append(len(captured))
    return {"ms": round(statistics.median(times), 1), "queries": int(statistics.median(queries))}


def _clear_pdfs():
    for snapshot in EditionSnapshot.objects.exclude(pdf=""):
        snapshot.pdf.delete(save=False)
    EditionSnapshot.objects.update(pdf="", pdf_rendered_at=None)
    cache.clear()


class _Rollback(Exception):
    pass


def _import_rows() -> bytes:
    """10,000 rows for a benchmark table of 100 x 100 cells (made once, at either scale)."""
    table = Table.objects.filter(code="benchmark-import").first()
    if table is None:
        table = Table.objects.create(
            code="benchmark-import",
            title="Benchmark",
            partner=Partner.objects.first(),
            region=Partner.objects.first().tables.first().region,
        )
        for order, code in enumerate(("a", "b")):
            dimension = Dimension.objects.create(table=table, code=code, label=code, order=order)
            DimensionValue.objects.bulk_create(
                DimensionValue(dimension=dimension, code=f"{code}{i}", label=f"{code}{i}", order=i)
                for i in range(100)
            )
    lines = ["tabel;jaar;a;b;waarde;voetnoot"]
    lines += [f"benchmark-import;2025;a{i};b{j};{(i * j) % 50};" for i in range(100) for j in range(100)]
    return "\n".join(lines).encode("utf-8")


def run_import(content: bytes):
    try:
        with transaction.atomic():
            # 2025 is published: the benchmark imports as a correction (and rolls it back)
            result = import_figures(content, filename="benchmark.csv", correction="Benchmark")
            assert result.rows == 10000
            raise _Rollback
    except _Rollback:
        pass


def main() -> None:
    edition = EditionPage.objects.get(year=2025, locale__language_code="nl")
    url = edition.url
    public = Client()
    admin = Client()
    admin.force_login(get_user_model().objects.get(username="beheerder"))
    tafel = Client()
    tafel.force_login(get_user_model().objects.get(username="regionale-tafel"))
    content = _import_rows()
    results = {
        "edition page, uncached": measure(lambda: public.get(url), before=cache.clear),
        "edition page, cached": measure(lambda: public.get(url), before=lambda: public.get(url)),
        "PDF, first render": measure(lambda: public.get(f"{url}pdf/"), repeat=3, before=_clear_pdfs),
        "PDF, cached": measure(lambda: public.get(f"{url}pdf/"), before=lambda: public.get(f"{url}pdf/")),
        "cijfers.csv": measure(lambda: public.get(f"{url}cijfers.csv"), before=cache.clear),
        "admin action list": measure(lambda: admin.get("/admin/actieplan/acties/")),
        "review page": measure(lambda: tafel.get("/admin/regionale-tafel/")),
        "import 10,000 rows": measure(lambda: run_import(content), repeat=3),
    }
    print(json.dumps(results))


if __name__ == "__main__":
    main()
