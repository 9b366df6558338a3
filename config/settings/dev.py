"""Local development: debug on, a fixed development key, console e-mail."""

from config import env as environment

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "django-insecure-development-only-key-not-for-production"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]

# `PORT=8100 make run` serves on 8100: links in the mails the app sends (and the PDF's colophon) point
# there too, unless WAGTAILADMIN_BASE_URL or PUBLIC_BASE_URL say otherwise.
WAGTAILADMIN_BASE_URL = environment.env("WAGTAILADMIN_BASE_URL") or f"http://127.0.0.1:{environment.PORT}"
PUBLIC_BASE_URL = environment.env("PUBLIC_BASE_URL") or WAGTAILADMIN_BASE_URL

# The production Content-Security-Policy in development too, so that an inline script or style in a
# public template shows up here (browser console) and not first in production.
CSP_ENABLED = True
