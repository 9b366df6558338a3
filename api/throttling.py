"""A per-client rate limit on the open API, counted in the cache every process shares.

The rate is the setting ``API_RATE_LIMIT`` ("120/min"; None switches it off), read at each request so
that a test or an operator can change it without a restart. The client is its address as the login
throttle sees it (``accounts.throttle.client_ip``: behind the proxy the header it vouches for), not
ninja's default, which trusts any X-Forwarded-For a client sends and would let it pick a new
identity per request.
"""

from django.conf import settings
from django.http import HttpRequest
from ninja.throttling import AnonRateThrottle

from accounts.throttle import client_ip

DEFAULT_RATE = "120/min"


class ClientRateThrottle(AnonRateThrottle):
    scope = "api"
    cache_format = "api:throttle:%(scope)s:%(ident)s"

    def __init__(self):
        # The rate is read per request (allow_request), not once when the API is built.
        self.rate = None
        self.num_requests, self.duration = None, None

    def allow_request(self, request: HttpRequest) -> bool:
        self.rate = getattr(settings, "API_RATE_LIMIT", DEFAULT_RATE)
        if not self.rate:
            return True
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request)

    def get_ident(self, request: HttpRequest) -> str:
        return client_ip(request)
