"""ETag and Cache-Control on public responses, so that a CDN or proxy may keep them.

Anonymous GET/HEAD requests (no session cookie) outside the admin that answer 200 without a cookie of
their own get an ETag (the content's hash, unless the view set one) and ``Cache-Control: public``; a
request whose ``If-None-Match`` matches gets 304 without the body. An earlier version of an edition
(``/monitor/YYYY/versies/N/...``) never changes and may be kept for a day; everything else for
``PUBLIC_CACHE_MAX_AGE`` seconds in a browser and ``PUBLIC_CACHE_SHARED_MAX_AGE`` in a shared cache
(the edition changes only on publication; after that a CDN shows the new one within that time, the
app's own page cache at once). A response that sets its own Cache-Control keeps it.
"""

import re

from django.conf import settings
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag

EXCLUDED_PREFIXES = ("/admin/", "/documents/", "/static/", "/media/", "/gezond/", "/metrics")
# Also under a language prefix (/en/monitor/...) and a region (/regio/<slug>/..., cms.regional).
VERSION_PATH = re.compile(r"^(?:/[a-z]{2})?(?:/regio/[-\w]+)?/monitor/\d{4}/versies/\d+/")
VERSION_MAX_AGE = 24 * 60 * 60


def _public(request, response) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith(EXCLUDED_PREFIXES)
    )


class PublicCacheHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not _public(request, response):
            return response
        if not response.has_header("Cache-Control"):
            if VERSION_PATH.match(request.path):
                patch_cache_control(response, public=True, max_age=VERSION_MAX_AGE)
            else:
                patch_cache_control(
                    response,
                    public=True,
                    max_age=getattr(settings, "PUBLIC_CACHE_MAX_AGE", 60),
                    s_maxage=getattr(settings, "PUBLIC_CACHE_SHARED_MAX_AGE", 300),
                )
        if not response.has_header("ETag"):
            set_response_etag(response)
        return get_conditional_response(request, etag=response["ETag"], response=response)
