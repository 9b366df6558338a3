from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegionsConfig(AppConfig):
    """The regions one installation serves: every plan, table, edition and organisation belongs to one."""

    name = "regions"
    verbose_name = _("Regio's")
