"""Print the consistency findings of the figures for a year (text, or a JSON list)."""

import json

from django.core.management.base import BaseCommand, CommandError

from monitor.checks import run_checks
from monitor.exchange import ImportFailed


class Command(BaseCommand):
    help = "Toont de bevindingen van de consistentiecontroles van de cijfers van een jaar."

    def add_arguments(self, parser):
        parser.add_argument("--year", type=int, required=True, help="Het jaar, bijvoorbeeld 2025.")
        parser.add_argument("--format", choices=["text", "json"], default="text")
        parser.add_argument("--region", default="", help="Code van de regio (leeg: de enige regio).")

    def handle(self, *args, **options):
        from monitor.importing import import_region
        from regions.models import Region

        region = Region.objects.filter(slug=options["region"]).first() if options["region"] else None
        if options["region"] and region is None:
            raise CommandError(f"Onbekende regio: {options['region']}")
        try:
            region = import_region(region, None)
        except ImportFailed as error:
            raise CommandError("Geef de regio op met --region.") from error
        findings = run_checks(options["year"], region)
        if options["format"] == "json":
            self.stdout.write(json.dumps([f.as_dict() for f in findings], ensure_ascii=False, indent=2))
            return
        if not findings:
            self.stdout.write("Geen bevindingen.")
        for finding in findings:
            self.stdout.write(f"[{finding.severity}] {finding.message}")
            if finding.explanation:
                self.stdout.write(f"    {finding.explanation}")
