"""`make run`'s quiet start: migrate and load the demo data without their chatter, then a short summary.

Run with the project's virtualenv: `.venv/bin/python scripts/dev_start.py`. The port comes from the
environment (PORT, default 8000), as in config.settings.dev.
"""

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.migrations.executor import MigrationExecutor  # noqa: E402

from cms.models import EditionPage  # noqa: E402
from workbench.packs import default_pack, demo_password  # noqa: E402

# Where each demo account starts, in the order a newcomer meets them.
ROLE_HINTS = {
    "actiehouder-essm": '"Mijn acties": the stand van zaken of its actions',
    "actiehouder-riec": '"Mijn acties" (sees none of ESSM\'s)',
    "datapartner-essm": '"Mijn cijfers": the figures of the year',
    "redacteur": "the edition's narrative (Pagina's)",
    "regionale-tafel": '"Regionale Tafel": progress per opgave',
    "beheerder": "everything; validates and publishes",
    "landelijk-comensha": "every region's published editions and /landelijk/",
}


def migrate() -> str:
    executor = MigrationExecutor(connection)
    pending = len(executor.migration_plan(executor.loader.graph.leaf_nodes()))
    call_command("migrate", interactive=False, verbosity=0)
    return f"{pending} migrations applied" if pending else "up to date"


def seed() -> str:
    was_there = EditionPage.objects.live().filter(year=2025, locale__language_code="nl").exists()
    call_command("seed_rotterdam_2025", stdout=io.StringIO())
    return "already there (seed_rotterdam_2025 changed nothing)" if was_there else "loaded"


def database_name() -> str:
    name = str(settings.DATABASES["default"]["NAME"])
    return Path(name).name if connection.vendor == "sqlite" else f"{connection.vendor} {name}"


def step(label: str, work) -> None:
    """One line per step: its label while it runs (the first seed takes minutes), its outcome after."""
    print(f"  {label}: ", end="", flush=True)
    print(work(), flush=True)


def summary() -> str:
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    roles = {item["username"]: (item["role"], item["organisation"]) for item in default_pack().accounts}
    lines = [
        "",
        f"  public monitor   {base}/",
        f"  workbench        {base}/admin/",
        "",
        "  Demo accounts (user, password, role and organisation: where to start):",
    ]
    for username, hint in ROLE_HINTS.items():
        role, organisation = roles[username]
        lines.append(f"    {username:<17} {demo_password(username)}  {role} ({organisation}): {hint}")
    lines += [
        "",
        f'  Start here: sign in at {base}/admin/ as actiehouder-essm and open "Mijn acties".',
        "  Mails the app sends are printed here. Ctrl-C stops; `make reset` starts over with fresh data.",
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    print(f"Mensenhandelmonitor {settings.APP_VERSION}, development server", flush=True)
    step(f"database   {database_name()}", migrate)
    step("demo data  the 2025 edition of the first region (its data pack)", seed)
    print(summary(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
