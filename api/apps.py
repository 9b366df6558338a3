from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    """The open, read-only JSON API of what the regions published (no models of its own)."""

    name = "api"
    verbose_name = _("Open API")
