"""Restore a backup made by ``backup`` into this database and storage, replacing what is in them."""

import base64
import gzip
import json
import tempfile
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test.utils import override_settings

# Models that moved to an app of their own after backups were made: (old app, model) -> new app.
# Their content types moved along (same ids), so a backup's content type rows follow too.
MOVED_MODELS = {
    **{
        ("actionplan", model): "reporting"
        for model in (
            "reportinground",
            "historicalreportinground",
            "actionupdate",
            "historicalactionupdate",
            "reminderlog",
        )
    },
    **{
        ("actionplan", model): "review"
        for model in ("meeting", "historicalmeeting", "reviewnote", "historicalreviewnote")
    },
}


def upgrade_records(records: list[dict]) -> list[dict]:
    """The dumpdata records of an older backup under today's app labels (a newer one is unchanged)."""
    for record in records:
        app_label, _, model = record["model"].partition(".")
        if (app_label, model) in MOVED_MODELS:
            record["model"] = f"{MOVED_MODELS[app_label, model]}.{model}"
        elif record["model"] == "contenttypes.contenttype":
            fields = record["fields"]
            fields["app_label"] = MOVED_MODELS.get(
                (fields["app_label"], fields["model"]), fields["app_label"]
            )
    return records


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
            with opener(source, "rt", encoding="utf-8") as src:
                backup = json.load(src)
            # A backup before files were included is the bare dumpdata list.
            media = backup.get("media", {}) if isinstance(backup, dict) else {}
            with open(plain, "w", encoding="utf-8") as dst:
                json.dump(upgrade_records(backup["data"] if isinstance(backup, dict) else backup), dst)
            del backup
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
        _restore_media(media)
        call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS(f"Back-up {source} teruggezet ({len(media)} bestanden)."))


def _restore_media(media: dict[str, str]) -> None:
    """Write every file of the backup under its own name (the database refers to it by that name)."""
    for name, content in media.items():
        if default_storage.exists(name):
            default_storage.delete(name)
        saved = default_storage.save(name, ContentFile(base64.b64decode(content)))
        if saved != name:
            raise CommandError(f"Bestand {name} kon niet onder zijn eigen naam worden teruggezet ({saved}).")
