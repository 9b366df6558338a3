from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActionplanConfig(AppConfig):
    name = "actionplan"
    verbose_name = _("Actieplan")

    def ready(self):
        from config.spreadsheets import guard_wagtail_exports

        guard_wagtail_exports()  # for every listing export of the admin, not only the action plan's
