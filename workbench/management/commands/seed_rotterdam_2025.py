"""Load the 2025 edition of the Rotterdam region's monitor from its data pack (packs/rotterdam-2025/):
plan, figures, narrative, demo accounts. Running the command twice changes nothing.
"""

from django.core.management.base import BaseCommand, CommandError

from monitor.exchange import ImportFailed
from workbench import packs


class Command(BaseCommand):
    help = "Laadt de editie 2025 van de Mensenhandelmonitor regio Rotterdam (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-demo-accounts",
            action="store_true",
            help="Maak geen demo-accounts aan (voor productie).",
        )

    def handle(self, *args, **options):
        try:
            pack = packs.read_pack(packs.DEFAULT_PACK)
        except packs.PackInvalid as error:
            raise CommandError(f"Het datapakket {packs.DEFAULT_PACK} klopt niet:\n{error}") from error
        try:
            counts, accounts = packs.load_pack(pack, demo_accounts=not options["no_demo_accounts"])
        except ImportFailed as error:  # nothing of the pack's data is kept (one transaction)
            raise CommandError(f"{getattr(error, 'pack_file', '')}:\n{error}") from error
        for name, count in counts.items():
            self.stdout.write(f"{name}: {count}")
        if accounts:
            self.stdout.write(self.style.SUCCESS("Demo-accounts (gebruikersnaam / wachtwoord / rol):"))
            for username, password, role in accounts:
                self.stdout.write(f"  {username:<18} {password}   {role}")
