"""Login throttling against password guessing, kept in the cache shared by every process.

After ``ACCOUNTS_LOGIN_FAILURE_LIMIT`` failed attempts for one username, or from one client IP
address, within ``ACCOUNTS_LOGIN_FAILURE_WINDOW`` seconds, further attempts for that username or
from that address are refused for ``ACCOUNTS_LOGIN_LOCKOUT`` seconds, whether the password is right
or not. The two counters are separate: an attacker trying many usernames from one address is stopped
by the address counter, one trying one username from many addresses by the username counter.

A locked username cannot lock its owner out for good (anyone who knows the username could keep it
locked): the username lock refuses only addresses that failed for that username within the window,
and a sign-in that passes the second factor (app code or backup code) lifts it. An address lock is
absolute. So an attacker gets one try per fresh address at a locked username, while its owner signs
in from an address that did not fail, or with their second factor from anywhere.

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
        subjects += [("user", username), ("user-ip", f"{username.strip()}|{ip}")]
    return subjects


def address_locked(*, ip: str) -> bool:
    return bool(cache.get(_keys("ip", ip)[1]))


def username_locked(*, username: str, ip: str) -> bool:
    """The username is locked and this address failed for it within the window."""
    if not username or not cache.get(_keys("user", username)[1]):
        return False
    counter_key, lock_key = _keys("user-ip", f"{username.strip()}|{ip}")
    return bool(cache.get(lock_key) or cache.get_many(_slots(counter_key)))


def _slots(counter_key: str) -> list[str]:
    limit = _setting("ACCOUNTS_LOGIN_FAILURE_LIMIT", DEFAULT_LIMIT)
    return [f"{counter_key}:{number}" for number in range(1, limit + 1)]


def _count_failure(counter_key: str, *, window: int) -> int:
    """Record one failure in the first free slot; the number of live slots (at most ``limit``)."""
    slots = _slots(counter_key)
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
        count = _count_failure(counter_key, window=window)
        if count >= limit:
            cache.set(lock_key, True, timeout=lockout)
            _forget(counter_key)
            logger.warning(
                "Sign-in locked for %s seconds after %s failures: %s %s", lockout, count, kind, value
            )


def _forget(counter_key: str) -> None:
    cache.delete_many(_slots(counter_key))


def reset(*, username: str, ip: str, unlock: bool = False) -> None:
    """Forget the failures of a username after a successful sign-in (the address counter stays).

    ``unlock``: the sign-in passed the second factor, which also lifts a lock on the username.
    """
    user_counter, user_lock = _keys("user", username)
    pair_counter, pair_lock = _keys("user-ip", f"{username.strip()}|{ip}")
    _forget(user_counter)
    _forget(pair_counter)
    cache.delete(pair_lock)
    if unlock:
        cache.delete(user_lock)
        logger.warning("Sign-in lock of a username lifted by a second factor: %s", username)
