from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Publicatie")

    def ready(self):
        from cms import page_regions, signals  # noqa: F401 - signals connects the publish receivers

        page_regions.install()
