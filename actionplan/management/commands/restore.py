"""Restore a backup made by ``backup`` into this database, replacing what is in it."""

import gzip
import shutil
import tempfile
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test.utils import override_settings


class Command(BaseCommand):
    help = "Zet een back-up van 'backup' terug; alle huidige gegevens worden vervangen."

    def add_arguments(self, parser):
        parser.add_argument("path", help="Back-upbestand (.json of .json.gz)")
        parser.add_argument("--yes", action="store_true", help="Niet om bevestiging vragen.")

    def handle(self, *args, path: str, yes: bool, **options):
        source = Path(path)
        if not source.exists():
            raise CommandError(f"Bestand niet gevonden: {source}")
        if not yes and input("Alle huidige gegevens worden vervangen. Doorgaan? [ja/nee] ") != "ja":
            raise CommandError("Afgebroken.")
        with tempfile.TemporaryDirectory() as tmp:
            plain = Path(tmp) / "backup.json"
            opener = gzip.open if source.suffix == ".gz" else open
            with opener(source, "rb") as src, open(plain, "wb") as dst:
                shutil.copyfileobj(src, dst)
            # The backup holds the history rows; loading must not write new ones.
            with transaction.atomic(), override_settings(SIMPLE_HISTORY_ENABLED=False):
                if connection.vendor == "postgresql":
                    # TRUNCATE refuses to run while deferred constraint checks are pending.
                    with connection.cursor() as cursor:
                        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
                # Empty every table, without re-creating content types and permissions: the backup
                # holds them with their original ids.
                call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
                if connection.vendor == "postgresql":
                    with connection.cursor() as cursor:
                        cursor.execute("SET CONSTRAINTS ALL DEFERRED")
                call_command("loaddata", str(plain), verbosity=0)
        call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS(f"Back-up {source} teruggezet."))
