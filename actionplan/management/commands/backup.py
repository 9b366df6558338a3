"""Write a complete backup of the database (all data, history included) as gzipped JSON."""

import gzip
import io
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand

# Rebuilt from the data after a restore (search index) or not worth keeping (sessions).
EXCLUDED = ["sessions", "wagtailsearch"]


class Command(BaseCommand):
    help = "Maakt een volledige back-up (inclusief geschiedenis) als JSON (.json.gz)."

    def add_arguments(self, parser):
        parser.add_argument("--output", required=True, help="Bestand, bijvoorbeeld backup.json.gz")

    def handle(self, *args, output: str, **options):
        buffer = io.StringIO()
        call_command("dumpdata", exclude=EXCLUDED, indent=None, stdout=buffer)
        data = buffer.getvalue().encode("utf-8")
        path = Path(output)
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "wb") as handle:
            handle.write(data)
        self.stdout.write(self.style.SUCCESS(f"Back-up geschreven naar {path} ({len(data)} bytes JSON)."))
