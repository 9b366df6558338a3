"""Write a complete backup: the database (all data, history included) and the stored files, as gzipped
JSON.

The file is one JSON object: ``format``, ``media`` (every file of the default storage: the edition
PDFs, uploaded images and documents; base64 by name) and ``data`` (Django's ``dumpdata``). ``restore``
reads it, and the older backups that held only the ``dumpdata`` list.
"""

import base64
import gzip
import io
import json
from pathlib import Path

from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import BaseCommand

FORMAT = "mensenhandelmonitor-backup/2"
# Rebuilt from the data after a restore (search index) or not worth keeping (sessions).
EXCLUDED = ["sessions", "wagtailsearch"]


def media_files(storage=default_storage, directory: str = ""):
    """Every file name in the storage, recursively."""
    try:
        directories, files = storage.listdir(directory)
    except FileNotFoundError:
        return
    for name in sorted(files):
        yield f"{directory}/{name}" if directory else name
    for sub in sorted(directories):
        yield from media_files(storage, f"{directory}/{sub}" if directory else sub)


class Command(BaseCommand):
    help = "Maakt een volledige back-up (gegevens met geschiedenis, en de bestanden) als .json.gz."

    def add_arguments(self, parser):
        parser.add_argument("--output", required=True, help="Bestand, bijvoorbeeld backup.json.gz")

    def handle(self, *args, output: str, **options):
        buffer = io.StringIO()
        call_command("dumpdata", exclude=EXCLUDED, indent=None, stdout=buffer)
        path = Path(output)
        opener = gzip.open if path.suffix == ".gz" else open
        count = 0
        with opener(path, "wt", encoding="utf-8") as handle:
            handle.write(f'{{"format": {json.dumps(FORMAT)}, "media": {{')
            for count, name in enumerate(media_files(), start=1):
                with default_storage.open(name, "rb") as source:
                    content = base64.b64encode(source.read()).decode("ascii")
                handle.write(f'{", " if count > 1 else ""}{json.dumps(name)}: "{content}"')
            handle.write('}, "data": ')
            handle.write(buffer.getvalue())
            handle.write("}")
        message = f"Back-up geschreven naar {path} (gegevens en {count} bestanden)."
        self.stdout.write(self.style.SUCCESS(message))
