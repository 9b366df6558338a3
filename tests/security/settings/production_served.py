"""Production settings served by gunicorn in a test: static files without `collectstatic` (no manifest).

Everything else, the cache above all, is production's.
"""

from config.settings.production import *  # noqa: F403
from config.settings.production import STORAGES

STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
