"""Generate a fictional demo region's data pack from an existing pack (``workbench/packs/generate.py``)."""

from django.core.management.base import BaseCommand, CommandError

from workbench import packs
from workbench.packs.generate import generate_pack


class Command(BaseCommand):
    help = "Schrijft het datapakket van een verzonnen demoregio, met de vorm van een bestaand pakket."

    def add_arguments(self, parser):
        parser.add_argument(
            "out_dir", help="De map waarin het pakket komt, bijvoorbeeld packs/voorbeeldregio-2025."
        )
        parser.add_argument(
            "--slug", required=True, help="De slug van de regio, bijvoorbeeld voorbeeldregio."
        )
        parser.add_argument(
            "--name", required=True, help='De naam van de regio, bijvoorbeeld "Voorbeeldregio (fictief)".'
        )
        parser.add_argument(
            "--full-name", default="", help="De volledige naam (standaard afgeleid van --name)."
        )
        parser.add_argument(
            "--seed", type=int, default=0, help="Dezelfde seed geeft hetzelfde pakket (standaard 0)."
        )
        parser.add_argument(
            "--from", dest="source", default=str(packs.DEFAULT_PACK), help="Het pakket waarvan de vorm komt."
        )

    def handle(self, *args, out_dir, slug, name, full_name, seed, source, **options):
        if seed < 0:
            raise CommandError("--seed is 0 of meer.")
        try:
            written = generate_pack(source, out_dir, slug=slug, name=name, full_name=full_name, seed=seed)
        except packs.PackInvalid as error:
            raise CommandError(f"Het bronpakket {source} klopt niet:\n{error}") from error
        self.stdout.write(self.style.SUCCESS(f"{len(written)} bestanden geschreven in {out_dir}."))
