from django.apps import AppConfig


class OpsConfig(AppConfig):
    """Running the system on several machines: request ids and logs, health, metrics, HTTP caching."""

    name = "ops"
    verbose_name = "Beheer en bewaking"

    def ready(self):
        from ops import checks, metrics, request_id  # noqa: F401 - checks registers itself

        request_id.connect_signals()
        metrics.connect_signals()
