"""Settings shared by every environment. Environment variables come from config.env only."""

from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from config import env as environment
from config.version import read_version

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# The version of pyproject.toml, shown in the admin's footer.
APP_VERSION = read_version()

INSTALLED_APPS = [
    "regions",
    "actionplan",
    "actionplan.reporting",
    "actionplan.review",
    "monitor",
    "cms",
    "accounts",
    "workbench",
    "api",
    "django_tasks",
    "django_tasks_db",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "accounts.apps.UsersConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "simple_history",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "ops",
    "health_check",
    "django_prometheus",
    "corsheaders",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django_prometheus.middleware.PrometheusBeforeMiddleware",
    "ops.request_id.RequestIdMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "ops.http_cache.PublicCacheHeadersMiddleware",
    "config.middleware.SecurityHeadersMiddleware",
    "config.middleware.DatabaseBusyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "config.middleware.PathLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "accounts.middleware.TwoFactorEnforcementMiddleware",
    "cms.page_regions.RegionPageGuardMiddleware",
    "cms.blocks.BlockChoicesMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "cms.caching.PublicPageCacheMiddleware",
    "django_prometheus.middleware.PrometheusAfterMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "config.context_processors.app_version",
                "cms.regional.public_site",
            ],
        },
    },
]

# SQLite is the embedded default; DATABASE_URL selects any other database (PostgreSQL in CI and
# production).
DATABASES = {
    "default": dj_database_url.parse(
        environment.DATABASE_URL or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=60,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Two saves at once: the second waits up to 20 s for the first instead of failing with
    # "database is locked", and takes the write lock when its transaction starts (a lock taken
    # later, on the first write, fails at once when another writer holds it).
    DATABASES["default"]["OPTIONS"] = {"timeout": 20, "transaction_mode": "IMMEDIATE"}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "accounts.validators.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "accounts.validators.CharacterPatternValidator"},
]

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands")), ("en", _("Engels"))]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]
# Dates are typed and picked as dd-mm-jjjj (31-12-2026), in Wagtail's date picker and every date
# field; the format must be one of each language's DATE_INPUT_FORMATS (Wagtail's check E003), so the
# English admin gets it too (config/formats/en/formats.py).
FORMAT_MODULE_PATH = ["config.formats"]
WAGTAIL_DATE_FORMAT = "%d-%m-%Y"

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "assets"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(environment.MEDIA_ROOT) if environment.MEDIA_ROOT else BASE_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

LOGIN_URL = "wagtailadmin_login"

# Sign-in security (accounts/): the admin login form asks for a TOTP code of accounts that enrolled a
# device and throttles guessing; the roles named here must enrol (production sets ["beheerder"]).
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.forms.LoginForm"
ACCOUNTS_REQUIRE_2FA_FOR: list[str] = []
ACCOUNTS_LOGIN_FAILURE_LIMIT = 5
ACCOUNTS_LOGIN_FAILURE_WINDOW = 15 * 60
ACCOUNTS_LOGIN_LOCKOUT = 15 * 60
OTP_TOTP_ISSUER = "Mensenhandelmonitor"
# Sessions end after a working day, and when the browser closes ("Remember me" keeps them 8 hours).
SESSION_COOKIE_AGE = 8 * 60 * 60
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
# Content-Security-Policy and Permissions-Policy (config/middleware.py); CSP on in production.
CSP_ENABLED = False
# No avatars from gravatar.com: an admin page would send a hash of every user's e-mail address there.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Nor a call from the admin (a superuser's dashboard) to releases.wagtail.org; the CSP would block it.
WAGTAIL_ENABLE_UPDATE_CHECK = False

WAGTAIL_SITE_NAME = "Mensenhandelmonitor"
WAGTAILADMIN_BASE_URL = environment.env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Where the public reads the monitor: the full addresses printed in the PDF's colophon.
PUBLIC_BASE_URL = environment.env("PUBLIC_BASE_URL") or WAGTAILADMIN_BASE_URL
# The public pages in Dutch and, translated through wagtail-localize, in English: a Dutch page at its
# own path (/monitor/2025/), its English translation under /en/ (/en/monitor/2025/). The language of a
# request follows its path only (config.middleware.PathLanguageMiddleware); Dutch is the source.
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = [("nl", _("Nederlands")), ("en", _("Engels"))]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "pdf", "xlsx"]

# django-simple-history: a reason and a user on every change; kept as history, never deleted.
SIMPLE_HISTORY_HISTORY_CHANGE_REASON_USE_TEXT_FIELD = True
SIMPLE_HISTORY_REVERT_DISABLED = True

# Public responses (ops/http_cache.py): seconds a browser and a shared cache (CDN) may keep them.
PUBLIC_CACHE_MAX_AGE = 60
PUBLIC_CACHE_SHARED_MAX_AGE = 300
# The open API (api/, /api/v1/): requests per client address and period ("120/min"; empty: no limit),
# counted in the shared cache; a client over it gets 429 with Retry-After.
API_RATE_LIMIT = environment.env("API_RATE_LIMIT", "120/min") or None
# Anyone may read the API from a web page elsewhere (CORS): only /api/, only reading, no cookies.
CORS_URLS_REGEX = r"^/api/"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ("GET", "HEAD", "OPTIONS")
CORS_ALLOW_CREDENTIALS = False
CORS_ALLOW_HEADERS = ("accept", "accept-language", "content-language", "if-none-match")
CORS_EXPOSE_HEADERS = ("ETag", "Retry-After")
# /gezond/ reports the queue unhealthy when a task has waited longer than this (seconds).
HEALTH_QUEUE_MAX_WAIT = 10 * 60
# /metrics answers a request with "Authorization: Bearer <METRICS_TOKEN>", or one from this machine.
METRICS_TOKEN = environment.METRICS_TOKEN

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "mensenhandelmonitor",
    }
}

# Background work (the edition's and a meeting's PDF, mails, large imports; Wagtail's reference index)
# goes through Django's task interface (django-tasks) onto a queue in the database (django-tasks-db);
# `manage.py db_worker` runs it (`make run` starts one beside the web server; deploy/systemd has the
# production unit). A task that fails is tried again after TASKS_RETRY_DELAY seconds, doubling each
# time, TASKS_RETRY_ATTEMPTS times in all (workbench/tasks.py); the beheerder sees what failed and what
# waits under Rapporten > Achtergrondtaken.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
TASKS_RETRY_ATTEMPTS = 3
TASKS_RETRY_DELAY = 60
# A task running longer than this (seconds) is taken to be stuck (its worker was killed mid-task): the
# beheerder's list shows it with the failed ones, to try again.
TASKS_STUCK_AFTER = 30 * 60

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = environment.env("DEFAULT_FROM_EMAIL", "mensenhandelmonitor@localhost")

# The figures exchange format refuses files larger than this (bytes).
FIGURES_IMPORT_MAX_BYTES = 5 * 1024 * 1024
# An upload larger than this (bytes) is imported by the background worker (monitor/tasks.py), which
# mails the uploader the outcome; a smaller one at once, in the request.
FIGURES_IMPORT_BACKGROUND_BYTES = 256 * 1024
# ... and reads at most this much of it: an XLSX is a zip, refused by its members before unpacking.
FIGURES_IMPORT_MAX_ROWS = 50_000
FIGURES_IMPORT_MAX_COLUMNS = 100
FIGURES_IMPORT_MAX_CELLS = 1_000_000
FIGURES_IMPORT_MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024
FIGURES_IMPORT_MAX_ZIP_MEMBERS = 100
FIGURES_IMPORT_MAX_SHEETS = 50  # worksheets of an XLSX (the people's template has one per table)
FIGURES_IMPORT_MAX_COMPRESSION_RATIO = 200
# Footnotes in one cell of the voetnoot column ("1. tekst | 2. tekst").
FIGURES_IMPORT_MAX_NOTES_PER_CELL = 20
