"""Login throttling against password guessing, kept in the cache (Redis in production).

After ``ACCOUNTS_LOGIN_FAILURE_LIMIT`` failed attempts for one username, or from one client IP
address, within ``ACCOUNTS_LOGIN_FAILURE_WINDOW`` seconds, further attempts for that username or
from that address are refused for ``ACCOUNTS_LOGIN_LOCKOUT`` seconds, whether the password is right
or not. The two counters are separate: an attacker trying many usernames from one address is stopped
by the address counter, one trying one username from many addresses by the username counter.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)

DEFAULT_LIMIT = 5
DEFAULT_WINDOW = 15 * 60
DEFAULT_LOCKOUT = 15 * 60


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


def register_failure(*, username: str, ip: str) -> None:
    limit = _setting("ACCOUNTS_LOGIN_FAILURE_LIMIT", DEFAULT_LIMIT)
    window = _setting("ACCOUNTS_LOGIN_FAILURE_WINDOW", DEFAULT_WINDOW)
    lockout = _setting("ACCOUNTS_LOGIN_LOCKOUT", DEFAULT_LOCKOUT)
    for kind, value in _subjects(username, ip):
        counter_key, lock_key = _keys(kind, value)
        cache.add(counter_key, 0, timeout=window)
        try:
            count = cache.incr(counter_key)
        except ValueError:  # expired between add and incr
            cache.set(counter_key, 1, timeout=window)
            count = 1
        if count >= limit:
            cache.set(lock_key, True, timeout=lockout)
            cache.delete(counter_key)
            logger.warning(
                "Sign-in locked for %s seconds after %s failures: %s %s", lockout, count, kind, value
            )


def reset(*, username: str) -> None:
    """Forget the failures of a username after a successful sign-in (the address counter stays)."""
    cache.delete(_keys("user", username)[0])
