"""Grow the data for benchmarks, as a national rollout would: more of a region's data (``--scale``), or
more regions of the seed's size (``--regions``)."""

import tempfile
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from actionplan import load_data as plan_load
from actionplan.models import Action, Organisation, Plan
from monitor import load_data as figures_load
from monitor.models import Observation, Table
from regions.models import Region
from workbench import packs
from workbench.packs.generate import generate_pack


class Command(BaseCommand):
    help = (
        "Vermenigvuldigt de gegevens van een regio met --scale, of maakt --regions N verzonnen regio's "
        "zo groot als de seed (voor benchmarks)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=int, default=1, help="1 = alleen de seed; N = N keer zoveel")
        parser.add_argument(
            "--region", default="", help="De regio die met --scale groeit (standaard: de eerste regio)."
        )
        parser.add_argument(
            "--regions",
            type=int,
            default=0,
            help="Zoveel verzonnen regio's erbij, elk uit een gegenereerd pakket met een eigen seed.",
        )

    def handle(self, *args, scale: int, region: str, regions: int, **options):
        if scale < 1 or regions < 0:
            raise CommandError("--scale moet 1 of meer zijn, --regions 0 of meer.")
        if scale > 1:
            self.grow(scale, region)
        for k in range(1, regions + 1):
            self.add_region(k)
        self.stdout.write(
            f"regio's: {Region.objects.count()}, organisaties: {Organisation.objects.count()}, "
            f"acties: {Action.objects.count()}, actiegeschiedenis: {Action.history.count()}, "
            f"tabellen: {Table.objects.count()}, waarnemingen: {Observation.objects.count()}"
        )

    def grow(self, scale: int, slug: str) -> None:
        """Copies 1..scale-1 of the region's organisations, plan, figures and edition, in that region."""
        region = (
            Region.objects.filter(slug=slug).first()
            if slug
            else Region.objects.order_by("order", "pk").first()
        )
        if region is None:
            raise CommandError(
                f"Geen regio '{slug}'."
                if slug
                else "Laad eerst de seed: python manage.py seed_rotterdam_2025"
            )
        plan = Plan.objects.filter(region=region).exclude(start_year__gte=3000).order_by("start_year").last()
        if plan is None:
            raise CommandError(f"De regio {region.slug} heeft geen actieplan; laad eerst haar pakket.")
        for k in range(1, scale):
            with transaction.atomic():
                organisations = plan_load.copy_organisations(k, region=region)
                plan_load.copy_plan(plan, k, organisations)
                figures_load.copy_figures(k, organisations, region=region)
                extend_editions(k, region)

    def add_region(self, k: int) -> None:
        """Generated region k (seed k): ``generate_region_pack`` into a temporary folder, then
        ``load_pack --region``, as a real region is onboarded; one that exists is left as it is."""
        slug = f"proefregio-{k:02d}"
        if Region.objects.filter(slug=slug).exists():
            return
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / slug
            generate_pack(packs.DEFAULT_PACK, path, slug=slug, name=f"Proefregio {k:02d} (fictief)", seed=k)
            call_command("load_pack", str(path), "--region", slug, stdout=self.stdout)


def extend_editions(k: int, region) -> None:
    from cms import load_data as edition_load

    edition_load.copy_edition(k, region=region)
