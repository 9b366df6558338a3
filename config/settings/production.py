"""Production: refuses to start without SECRET_KEY and ALLOWED_HOSTS; HTTPS only."""

from config import env as environment
from ops.log_config import logging_config
from ops.storage import s3_storage

from .base import *  # noqa: F403
from .base import APP_VERSION, DATABASES, MIDDLEWARE

# WhiteNoise serves the collected static files right after the security middleware.
_security = MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1
MIDDLEWARE = [*MIDDLEWARE[:_security], "whitenoise.middleware.WhiteNoiseMiddleware", *MIDDLEWARE[_security:]]

DEBUG = False
SECRET_KEY = environment.env_required("SECRET_KEY")
ALLOWED_HOSTS = environment.env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    environment.env_required("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS if not host.startswith(".")]

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = environment.env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = 31536000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = 8 * 60 * 60
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
CSP_ENABLED = True

# A beheerder (and a superuser) must sign in with a second factor (accounts/policy.py).
ACCOUNTS_REQUIRE_2FA_FOR = ["beheerder"]
# Login throttling counts failures per client address. Behind the TLS proxy that production assumes
# (SECURE_PROXY_SSL_HEADER), REMOTE_ADDR is the proxy's, shared by everyone: use the rightmost
# X-Forwarded-For entry, the one the proxy appended. Another header: ACCOUNTS_CLIENT_IP_HEADER (e.g.
# HTTP_X_REAL_IP); REMOTE_ADDR when the header is absent.
ACCOUNTS_CLIENT_IP_HEADER = environment.env("ACCOUNTS_CLIENT_IP_HEADER", "HTTP_X_FORWARDED_FOR")

# Stored files (the editions' PDFs): MEDIA_ROOT on this machine, or, with several app servers, an
# S3-compatible object store shared by all (AWS_STORAGE_BUCKET_NAME; django-storages). The bucket stays
# private: the app reads the files and serves them itself.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if environment.AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = s3_storage(
        bucket=environment.AWS_STORAGE_BUCKET_NAME,
        # Empty for AWS itself; the address of MinIO, Ceph or a provider's S3 service otherwise.
        endpoint_url=environment.env("AWS_S3_ENDPOINT_URL"),
        region=environment.env("AWS_S3_REGION_NAME"),
        location=environment.env("AWS_LOCATION", ""),
    )

# One cache shared by every worker and machine: login throttling (accounts/throttle.py), the PDF's
# render lock and the public page cache count on it. Redis when REDIS_URL is set, else the database
# (`manage.py createcachetable` makes its table). A per-process cache refuses to start.
if environment.REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": environment.REDIS_URL,
            # Several installations on one Redis: each its own prefix (or its own database number).
            "KEY_PREFIX": environment.env("CACHE_KEY_PREFIX", ""),
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "django_cache",
        }
    }
ACCOUNTS_REQUIRE_SHARED_CACHE = True
# No cache, session or stored file in one process's memory (ops/checks.py refuses the settings).
REQUIRE_SHARED_STATE = True
# Sessions in the database, read through the shared cache: any app server continues any session.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = environment.env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(environment.env("EMAIL_PORT", "25"))
EMAIL_HOST_USER = environment.env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = environment.env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = environment.env_bool("EMAIL_USE_TLS", True)

# One JSON object per log line on standard error, each with the request's id (ops/).
LOGGING = logging_config(json=environment.env_bool("LOG_JSON", True), level=environment.LOG_LEVEL)

if environment.SENTRY_DSN:
    from ops import sentry

    sentry.init(
        environment.SENTRY_DSN,
        environment=environment.env("SENTRY_ENVIRONMENT", "production"),
        release=APP_VERSION,
        traces_sample_rate=float(environment.env("SENTRY_TRACES_SAMPLE_RATE", "0")),
    )
