"""Print the consistency findings of the figures for a year (text, or a JSON list)."""

import json

from django.core.management.base import BaseCommand

from monitor.checks import run_checks


class Command(BaseCommand):
    help = "Toont de bevindingen van de consistentiecontroles van de cijfers van een jaar."

    def add_arguments(self, parser):
        parser.add_argument("--year", type=int, required=True, help="Het jaar, bijvoorbeeld 2025.")
        parser.add_argument("--format", choices=["text", "json"], default="text")

    def handle(self, *args, **options):
        findings = run_checks(options["year"])
        if options["format"] == "json":
            self.stdout.write(json.dumps([f.as_dict() for f in findings], ensure_ascii=False, indent=2))
            return
        if not findings:
            self.stdout.write("Geen bevindingen.")
        for finding in findings:
            self.stdout.write(f"[{finding.severity}] {finding.message}")
            if finding.explanation:
                self.stdout.write(f"    {finding.explanation}")
