"""Login throttling against password guessing, kept in the cache shared by every process.

After ``ACCOUNTS_LOGIN_FAILURE_LIMIT`` failed attempts for one username, or from one client IP
address, within ``ACCOUNTS_LOGIN_FAILURE_WINDOW`` seconds, further attempts for that username or
from that address are refused for ``ACCOUNTS_LOGIN_LOCKOUT`` seconds, whether the password is right
or not. The two counters are separate: an attacker trying many usernames from one address is stopped
by the address counter, one trying one username from many addresses by the username counter.

The counts live in the cache that every worker and machine shares (Redis or the database cache; the
production settings refuse a per-process cache, see ``require_shared_cache``). A failure is counted by
``cache.add`` of the first free numbered slot: ``add`` is atomic in every shared backend, where
``incr`` is a read and a write in the database cache, so failures arriving at the same moment in
different workers are each counted once.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured

logger = logging.getLogger(__name__)

DEFAULT_LIMIT = 5
DEFAULT_WINDOW = 15 * 60
DEFAULT_LOCKOUT = 15 * 60

# Backends that keep their data inside one process (or nowhere): each worker would count on its own.
PER_PROCESS_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


def require_shared_cache() -> None:
    """Refuse to start when ACCOUNTS_REQUIRE_SHARED_CACHE is set and the cache is per process."""
    if not getattr(settings, "ACCOUNTS_REQUIRE_SHARED_CACHE", False):
        return
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if backend in PER_PROCESS_CACHES:
        raise ImproperlyConfigured(
            f"The cache backend {backend} is per process: login throttling needs a cache shared by "
            "every worker (set REDIS_URL, or use the database cache after `manage.py createcachetable`)."
        )


def _setting(name: str, default: int) -> int:
    return int(getattr(settings, name, default))


def lockout_minutes() -> int:
    return max(1, _setting("ACCOUNTS_LOGIN_LOCKOUT", DEFAULT_LOCKOUT) // 60)


def client_ip(request) -> str:
    """The client's address: REMOTE_ADDR, or the header a trusted proxy sets (ACCOUNTS_CLIENT_IP_HEADER)."""
    header = getattr(settings, "ACCOUNTS_CLIENT_IP_HEADER", None) or "REMOTE_ADDR"
    value = request.META.get(header) or request.META.get("REMOTE_ADDR") or "unknown"
    # A proxy appends the address it saw last: the rightmost entry is the one it vouches for.
    return value.split(",")[-1].strip()


def _keys(kind: str, value: str) -> tuple[str, str]:
    digest = hashlib.sha256(value.strip().lower().encode()).hexdigest()
    return f"accounts:login-failures:{kind}:{digest}", f"accounts:login-lock:{kind}:{digest}"


def _subjects(username: str, ip: str) -> list[tuple[str, str]]:
    subjects = [("ip", ip)]
    if username:
        subjects.append(("user", username))
    return subjects


def is_locked(*, username: str, ip: str) -> bool:
    return any(cache.get(_keys(kind, value)[1]) for kind, value in _subjects(username, ip))


def _count_failure(counter_key: str, *, limit: int, window: int) -> int:
    """Record one failure in the first free slot; the number of live slots (at most ``limit``)."""
    slots = [f"{counter_key}:{number}" for number in range(1, limit + 1)]
    for slot in slots:
        if cache.add(slot, 1, timeout=window):
            break
    return len(cache.get_many(slots))


def register_failure(*, username: str, ip: str) -> None:
    limit = _setting("ACCOUNTS_LOGIN_FAILURE_LIMIT", DEFAULT_LIMIT)
    window = _setting("ACCOUNTS_LOGIN_FAILURE_WINDOW", DEFAULT_WINDOW)
    lockout = _setting("ACCOUNTS_LOGIN_LOCKOUT", DEFAULT_LOCKOUT)
    for kind, value in _subjects(username, ip):
        counter_key, lock_key = _keys(kind, value)
        count = _count_failure(counter_key, limit=limit, window=window)
        if count >= limit:
            cache.set(lock_key, True, timeout=lockout)
            _forget(counter_key)
            logger.warning(
                "Sign-in locked for %s seconds after %s failures: %s %s", lockout, count, kind, value
            )


def _forget(counter_key: str) -> None:
    limit = _setting("ACCOUNTS_LOGIN_FAILURE_LIMIT", DEFAULT_LIMIT)
    cache.delete_many([f"{counter_key}:{number}" for number in range(1, limit + 1)])


def reset(*, username: str) -> None:
    """Forget the failures of a username after a successful sign-in (the address counter stays)."""
    _forget(_keys("user", username)[0])
