"""Check a data pack without loading it: its files (every problem with file and line) and the
consistency findings of its figures. Exits with status 1 when the pack has problems."""

import json

from django.core.management.base import BaseCommand, CommandError

from workbench.packs.check import check_pack


class Command(BaseCommand):
    help = "Controleert een datapakket zonder het te laden: fouten met bestand en regel, en de bevindingen."

    def add_arguments(self, parser):
        parser.add_argument("path", help="De map van het datapakket, bijvoorbeeld packs/rotterdam-2025.")
        parser.add_argument("--format", choices=["text", "json"], default="text")

    def handle(self, *args, **options):
        report = check_pack(options["path"])
        if options["format"] == "json":
            self.stdout.write(
                json.dumps(
                    {
                        "errors": [
                            {"file": e.file, "line": e.line, "message": e.message} for e in report.errors
                        ],
                        "findings": [finding.as_dict() for finding in report.findings],
                    },
                    ensure_ascii=False,
                    indent=2,
                )
            )
        else:
            for error in report.errors:
                self.stdout.write(str(error))
            for finding in report.findings:
                where = f"{finding.file}:{finding.line}" if finding.line else finding.file
                note = " (toegelicht in figures/toelichtingen.yaml)" if finding.explained else ""
                self.stdout.write(f"{where}: [{finding.severity}] {finding.message}{note}")
            if not report.errors:
                self.stdout.write(
                    self.style.SUCCESS(
                        f"Het pakket klopt; {len(report.findings)} bevinding(en) bij de cijfers."
                    )
                )
        if report.errors:
            raise CommandError(f"{len(report.errors)} fout(en) in het pakket {options['path']}.")
