"""System check: with ``REQUIRE_SHARED_STATE`` (production) nothing is kept in one process's memory.

Several app servers (and gunicorn's workers) must see the same cache (page cache, login throttling,
the PDF's render lock), the same sessions and the same stored files. ``manage.py check`` and every
start of a process fail with an error naming what is per process.
"""

from django.conf import settings
from django.core import checks

PER_PROCESS_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}
SHARED_SESSION_ENGINES = {
    "django.contrib.sessions.backends.db",
    "django.contrib.sessions.backends.cache",
    "django.contrib.sessions.backends.cached_db",
}
PER_PROCESS_STORAGES = {"django.core.files.storage.InMemoryStorage"}


@checks.register(checks.Tags.caches)
def shared_state(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    if not getattr(settings, "REQUIRE_SHARED_STATE", False):
        return []
    errors = []
    for alias, cache in settings.CACHES.items():
        if cache.get("BACKEND") in PER_PROCESS_CACHES:
            errors.append(
                checks.Error(
                    f"The cache {alias!r} ({cache['BACKEND']}) is kept per process.",
                    hint="Set REDIS_URL, or use the database cache (manage.py createcachetable).",
                    id="ops.E001",
                )
            )
    if settings.SESSION_ENGINE not in SHARED_SESSION_ENGINES:
        errors.append(
            checks.Error(
                f"The session engine {settings.SESSION_ENGINE} is not shared by every app server.",
                hint="Use the db, cache or cached_db session engine.",
                id="ops.E002",
            )
        )
    storage = settings.STORAGES.get("default", {}).get("BACKEND")
    if storage in PER_PROCESS_STORAGES:
        errors.append(
            checks.Error(
                f"The default storage {storage} is kept in one process's memory.",
                hint="Use FileSystemStorage on a shared MEDIA_ROOT, or S3 (AWS_STORAGE_BUCKET_NAME).",
                id="ops.E003",
            )
        )
    return errors
