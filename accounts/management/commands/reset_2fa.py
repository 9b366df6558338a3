"""Remove a user's two-factor devices (a lost phone); they enrol again at their next sign-in."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts import services


class Command(BaseCommand):
    help = "Verwijdert de tweestapsverificatie van een gebruiker (bijvoorbeeld na verlies van de telefoon)."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user_model = get_user_model()
        try:
            user = user_model.objects.get(**{user_model.USERNAME_FIELD: username})
        except user_model.DoesNotExist as exc:
            raise CommandError(f"Onbekende gebruiker: {username}") from exc
        removed = services.totp_devices_remove(user=user)
        self.stdout.write(f"{username}: {removed} apparaat/apparaten verwijderd.")
