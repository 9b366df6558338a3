"""Write the PDF of a published edition to a file (the stored one, made once per revision)."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from cms import services
from cms.models import EditionPage


class Command(BaseCommand):
    help = "Schrijft de pdf van een gepubliceerde editie naar een bestand."

    def add_arguments(self, parser):
        parser.add_argument("--year", type=int, required=True, help="Het jaar van de editie.")
        parser.add_argument("--output", required=True, help="Het pdf-bestand om te schrijven.")
        parser.add_argument(
            "--language",
            default=settings.LANGUAGE_CODE,
            help="De taal van de editie: nl (standaard) of en, de Engelse vertaling.",
        )
        parser.add_argument(
            "--refresh",
            action="store_true",
            help="Maak de bewaarde pdf opnieuw uit dezelfde momentopname (na een wijziging van de opmaak).",
        )

    def handle(self, *args, year, output, refresh=False, language=settings.LANGUAGE_CODE, **options):
        page = EditionPage.objects.live().filter(year=year, locale__language_code=language).first()
        if page is None:
            raise CommandError(f"Er is geen gepubliceerde editie {year}.")
        content = services.edition_pdf(page=page, refresh=refresh)
        if content is None:
            raise CommandError("De pdf wordt op dit moment door een ander proces gemaakt; probeer het later.")
        Path(output).write_bytes(content)
        self.stdout.write(self.style.SUCCESS(f"{output}: {len(content)} bytes"))
