"""The logging configuration of production: one JSON object per line on standard error."""


def logging_config(*, json: bool = True, level: str = "INFO") -> dict:
    """Every record (Django's, the app's, the worker's) goes to one handler on the root logger, with
    the request id (``ops.request_id``); ``json`` False gives plain lines for a terminal."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": "ops.request_id.RequestIdFilter"}},
        "formatters": {
            "json": {
                "()": "pythonjsonlogger.json.JsonFormatter",
                "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s",
                "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
            },
            "plain": {"format": "%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s"},
        },
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "filters": ["request_id"],
                "formatter": "json" if json else "plain",
            }
        },
        "root": {"handlers": ["stderr"], "level": level},
        # Django's own console handler only writes with DEBUG on; its records reach the root handler.
        "loggers": {"django": {"level": level, "propagate": True}},
    }
