"""Writes tests/data/seed_baseline.json: the export (tests/workbench/model_export.py) of a fresh
database after ``seed_rotterdam_2025``. Run once, before the seed became a data pack, to record
what the database held then; ``tests/workbench/test_data_pack.py`` compares the pack against it.

    .venv/bin/python scripts/seed_baseline.py [OUTPUT]

The seed runs inside a transaction that is rolled back at the end, as in a test (so nothing that
waits for the commit, such as the PDF, runs).
"""

import io
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests" / "data" / "seed_baseline.json"
    database = Path(tempfile.mkdtemp()) / "baseline.sqlite3"
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import transaction

    from tests.workbench.model_export import export_database

    call_command("migrate", verbosity=0)

    class Rollback(Exception):
        pass

    try:
        with transaction.atomic():
            call_command("seed_rotterdam_2025", stdout=io.StringIO())
            export = export_database()
            raise Rollback
    except Rollback:
        pass
    output.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(export, ensure_ascii=False, indent=1, sort_keys=True)
    output.write_text(text + "\n", encoding="utf-8")
    print(f"{output}: {sum(len(rows) for rows in export.values())} rows of {len(export)} models")


if __name__ == "__main__":
    main()
