"""Send the daily reminders of open reporting rounds (run from cron once a day)."""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from actionplan.reporting.reminders import send_reminders


class Command(BaseCommand):
    help = "Mailt actiehouders wat binnen 7 dagen of te laat is, en beheerders wie te laat is."

    def add_arguments(self, parser):
        parser.add_argument("--today", help="Doe alsof het deze datum is (JJJJ-MM-DD).")

    def handle(self, *args, **options):
        if options["today"]:
            try:
                today = datetime.date.fromisoformat(options["today"])
            except ValueError as error:
                raise CommandError(f"--today: {error}") from error
        else:
            today = timezone.localdate()
        result = send_reminders(today=today)
        self.stdout.write(
            f"{today}: {result.owner_mails} herinnering(en), {result.manager_mails} overzicht(en), "
            f"{result.skipped} al eerder verstuurd"
        )
