"""Local development: debug on, a fixed development key, console e-mail."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "django-insecure-development-only-key-not-for-production"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]

# The production Content-Security-Policy in development too, so that an inline script or style in a
# public template shows up here (browser console) and not first in production.
CSP_ENABLED = True
