from django.apps import AppConfig


class WorkbenchConfig(AppConfig):
    """The admin shell shared by every role: the start screen's frame, our name and look, the help;
    and the management commands of the whole system (backup, restore, the seed, load data), which
    reach into every app."""

    name = "workbench"
    verbose_name = "Werkbank"

    def ready(self):
        from . import tasks  # noqa: F401 - connects the retry of failed background tasks
        from .lists import name_wagtail_report_exports
        from .regional import restrict_site_history

        name_wagtail_report_exports()
        restrict_site_history()
