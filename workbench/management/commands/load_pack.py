"""Load a data pack (packs/README.md) into a region: how a new region is onboarded.

    python manage.py load_pack packs/voorbeeldregio-2025 --region voorbeeldregio

The region is made from the pack's ``region`` (pack.yaml) when it does not exist. Loading the same
pack twice changes nothing; the other regions' data is not touched.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from monitor.exchange import ImportFailed
from workbench import packs


class Command(BaseCommand):
    help = "Laadt een datapakket in een regio (idempotent); maakt de regio aan als die nog niet bestaat."

    def add_arguments(self, parser):
        parser.add_argument("path", help="De map van het datapakket.")
        parser.add_argument("--region", default="", help="Code van de regio (standaard: die van het pakket).")
        parser.add_argument(
            "--no-demo-accounts", action="store_true", help="Maak geen demo-accounts aan (voor productie)."
        )

    def handle(self, *args, path, region, **options):
        try:
            pack = packs.read_pack(Path(path))
        except packs.PackInvalid as error:
            raise CommandError(f"Het datapakket {path} klopt niet:\n{error}") from error
        try:
            counts, accounts = packs.load_pack(
                pack, demo_accounts=not options["no_demo_accounts"], region=region
            )
        except packs.PackInvalid as error:
            raise CommandError(str(error)) from error
        except ImportFailed as error:  # nothing of the pack's data is kept (one transaction)
            raise CommandError(f"{getattr(error, 'pack_file', '')}:\n{error}") from error
        self.stdout.write(self.style.SUCCESS(f"Regio: {packs.pack_region(pack).name}"))
        for name, count in counts.items():
            self.stdout.write(f"{name}: {count}")
        if accounts:
            self.stdout.write(self.style.SUCCESS("Demo-accounts (gebruikersnaam / wachtwoord / rol):"))
            for username, password, role in accounts:
                self.stdout.write(f"  {username:<18} {password}   {role}")
