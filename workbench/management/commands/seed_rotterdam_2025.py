"""Load the 2025 edition of the Rotterdam region's monitor: plan, figures, narrative, demo accounts.

Each app seeds its own part; running the command twice changes nothing.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from actionplan import seed as actionplan_seed
from cms import seed as cms_seed
from monitor import seed as monitor_seed


class Command(BaseCommand):
    help = "Laadt de editie 2025 van de Mensenhandelmonitor regio Rotterdam (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-demo-accounts",
            action="store_true",
            help="Maak geen demo-accounts aan (voor productie).",
        )

    def handle(self, *args, **options):
        with transaction.atomic():
            counts = actionplan_seed.seed_plan()
            counts.update(monitor_seed.seed_figures())
            accounts = [] if options["no_demo_accounts"] else actionplan_seed.seed_demo_accounts()
        # Pages are published outside the data transaction: publishing renders and caches.
        counts.update(cms_seed.seed_edition())
        for name, count in counts.items():
            self.stdout.write(f"{name}: {count}")
        if accounts:
            self.stdout.write(self.style.SUCCESS("Demo-accounts (gebruikersnaam / wachtwoord / rol):"))
            for username, password, role in accounts:
                self.stdout.write(f"  {username:<18} {password}   {role}")
