"""Grow the seeded data N times, as a national rollout would, for benchmarks."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from actionplan import load_data as plan_load
from actionplan.models import Action, Organisation, Plan
from monitor import load_data as figures_load
from monitor.models import Observation, Table


class Command(BaseCommand):
    help = "Vermenigvuldigt de geseede gegevens met --scale (voor benchmarks)."

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=int, required=True, help="1 = alleen de seed; N = N keer zoveel")

    def handle(self, *args, scale: int, **options):
        if scale < 1:
            raise CommandError("--scale moet 1 of meer zijn.")
        plan = Plan.objects.filter(start_year=2024, end_year=2026).first()
        if plan is None:
            raise CommandError("Laad eerst de seed: python manage.py seed_rotterdam_2025")
        for k in range(1, scale):
            with transaction.atomic():
                organisations = plan_load.copy_organisations(k)
                plan_load.copy_plan(plan, k, organisations)
                figures_load.copy_figures(k, organisations)
                extend_editions(k)
        self.stdout.write(
            f"organisaties: {Organisation.objects.count()}, acties: {Action.objects.count()}, "
            f"actiegeschiedenis: {Action.history.count()}, tabellen: {Table.objects.count()}, "
            f"waarnemingen: {Observation.objects.count()}"
        )


def extend_editions(k: int) -> None:
    from cms import load_data as edition_load

    edition_load.copy_edition(k)
