"""A per-client rate limit on the open API, counted in the cache every process shares.

The rate is the setting ``API_RATE_LIMIT`` ("120/min"; None switches it off), read at each request so
that a test or an operator can change it without a restart. The client is its address as the login
throttle sees it (``accounts.throttle.client_ip``: behind the proxy the header it vouches for), not
ninja's default, which trusts any X-Forwarded-For a client sends and would let it pick a new
identity per request. Ninja keeps one throttle object for all requests; what one request found (the
wait it is told in Retry-After) is kept per thread, so that threads serving at once do not mix them.
"""

import threading
import time

from django.conf import settings
from django.http import HttpRequest
from ninja.throttling import AnonRateThrottle

from accounts.throttle import client_ip

DEFAULT_RATE = "120/min"


class ClientRateThrottle(AnonRateThrottle):
    scope = "api"
    cache_format = "api:throttle:%(scope)s:%(ident)s"

    def __init__(self):
        # Not ninja's: the rate is read per request (allow_request), not once when the API is built.
        self._local = threading.local()

    def allow_request(self, request: HttpRequest) -> bool:
        self._local.wait = None
        rate = getattr(settings, "API_RATE_LIMIT", DEFAULT_RATE)
        if not rate:
            return True
        limit, duration = self.parse_rate(rate)
        key = self.get_cache_key(request)
        now = time.time()
        history = [moment for moment in self.cache.get(key, []) if moment > now - duration]
        if len(history) >= limit:
            # The oldest request in the window drops out first.
            self._local.wait = duration - (now - history[-1])
            return False
        self.cache.set(key, [now, *history], duration)
        return True

    def wait(self) -> float | None:
        return getattr(self._local, "wait", None)

    def get_ident(self, request: HttpRequest) -> str:
        return client_ip(request)
