"""Read a figures file (CSV or XLSX, exchange format) into the database, all or nothing."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from monitor.exchange import ImportFailed
from monitor.importing import CorrectionRequired, import_figures


class Command(BaseCommand):
    help = "Importeert cijfers uit CSV of XLSX (uitwisselformaat); alles of niets."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--dry-run", action="store_true", help="Controleer alleen; sla niets op.")
        parser.add_argument("--reason", default="", help="Reden voor de wijzigingen (historie).")
        parser.add_argument(
            "--region", default="", help="Code van de regio (nodig als de installatie meer regio's heeft)."
        )
        parser.add_argument(
            "--correctie",
            default="",
            metavar="REDEN",
            help=(
                "Corrigeer cijfers van een gevalideerde of gepubliceerde aanlevering, met deze reden "
                "(vastgelegd bij elk gewijzigd cijfer). Zonder deze optie worden zulke cijfers niet "
                "overschreven."
            ),
        )

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"Bestand niet gevonden: {path}")
        region = None
        if options["region"]:
            from regions.models import Region

            region = Region.objects.filter(slug=options["region"]).first()
            if region is None:
                raise CommandError(f"Onbekende regio: {options['region']}")
        try:
            result = import_figures(
                path.read_bytes(),
                filename=path.name,
                dry_run=options["dry_run"],
                reason=options["reason"],
                correction=options["correctie"],
                region=region,
            )
        except CorrectionRequired as error:
            hint = 'Een correctie met reden: import_figures BESTAND --correctie "<reden>".'
            raise CommandError(f"Niets opgeslagen.\n{error}\n{hint}") from error
        except ImportFailed as error:
            raise CommandError("Niets opgeslagen.\n" + str(error)) from error
        prefix = "Proef (niets opgeslagen): " if result.dry_run else ""
        self.stdout.write(
            f"{prefix}{result.rows} rijen; {result.created} nieuw, {result.changed} gewijzigd, "
            f"{result.unchanged} ongewijzigd."
        )
