"""Write the figures of a year to a CSV or XLSX file in the exchange format."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from monitor.exchange import export_rows, write_csv, write_xlsx


class Command(BaseCommand):
    help = "Exporteert de cijfers van een jaar naar CSV of XLSX (uitwisselformaat)."

    def add_arguments(self, parser):
        parser.add_argument("--year", type=int, required=True)
        parser.add_argument("--output", required=True, help="Bestandsnaam eindigend op .csv of .xlsx.")

    def handle(self, *args, **options):
        output = Path(options["output"])
        suffix = output.suffix.lower()
        if suffix not in (".csv", ".xlsx"):
            raise CommandError("Het uitvoerbestand moet eindigen op .csv of .xlsx.")
        columns, rows = export_rows(options["year"])
        content = write_csv(columns, rows) if suffix == ".csv" else write_xlsx(columns, rows)
        output.write_bytes(content)
        self.stdout.write(f"{len(rows)} rijen geschreven naar {output}.")
