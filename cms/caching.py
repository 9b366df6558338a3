"""The rendered public pages are cached until something is published or unpublished.

Cache keys carry the id of the latest publish or unpublish in Wagtail's page log and of the latest
change of a region (its name and colours are on every page): one small query per request, correct
across processes even with a per-process cache, so a page rendered before a publication is never
served after it (old entries simply expire).

A key holds the path and only the query parameters that some page declares it uses
(``cache_query_parameters`` on the page class, none today): ``?utm_source=...`` or any other
parameter is ignored, so a flood of made-up parameters is served from one entry instead of
rendering and storing a new copy per request.
"""

from collections.abc import Callable
from urllib.parse import urlencode

from django.core.cache import cache
from django.db.models import Max, Subquery
from django.http import HttpRequest, HttpResponse
from wagtail.models import PageLogEntry, get_page_models

PUBLICATION_ACTIONS = ("wagtail.publish", "wagtail.unpublish", "wagtail.publish.scheduled")
PAGE_TIMEOUT = 60 * 60 * 24


def request_generation(request: HttpRequest) -> str:
    """``publication_generation`` read once per request (the front cache and the page share it)."""
    if not hasattr(request, "_publication_generation"):
        request._publication_generation = publication_generation()
    return request._publication_generation


def publication_generation() -> str:
    """The id of the latest publication or unpublication of any page, and of the latest change of a
    region (its name, colours and whether it is fictional show on every page of its site): one query."""
    from regions.models import Region

    region_change = Region.history.order_by("-history_id").values("history_id")[:1]
    latest = PageLogEntry.objects.filter(action__in=PUBLICATION_ACTIONS).aggregate(
        page=Max("pk"), region=Max(Subquery(region_change))
    )
    return f"{latest['page'] or 0}.{latest['region'] or 0}"


def used_query_parameters(page_class=None) -> frozenset[str]:
    """The query parameters a page class (or, before routing, any page class) renders differently for."""
    classes = [page_class] if page_class is not None else get_page_models()
    return frozenset(name for cls in classes for name in getattr(cls, "cache_query_parameters", ()))


def cache_path(request: HttpRequest, parameters: frozenset[str]) -> str:
    """The request's path with only the given query parameters, in a fixed order."""
    kept = sorted(
        (name, value) for name, values in request.GET.lists() if name in parameters for value in values
    )
    return f"{request.path}?{urlencode(kept)}" if kept else request.path


def _cacheable(request: HttpRequest) -> bool:
    if request.method not in ("GET", "HEAD") or getattr(request, "is_preview", False):
        return False
    user = getattr(request, "user", None)
    return user is None or not user.is_authenticated


def cached_page_response(page, request: HttpRequest, render: Callable[[], HttpResponse]) -> HttpResponse:
    """Serve the page's rendered HTML from the cache for anonymous visitors, rendering it once."""
    if not _cacheable(request):
        return render()
    path = cache_path(request, used_query_parameters(type(page)))
    key = f"cms:page:{request_generation(request)}:{page.pk}:{path}"
    content = cache.get(key)
    if content is None:
        response = render()
        if hasattr(response, "render"):
            response.render()
        if response.status_code != 200:
            return response
        content = response.content
        cache.set(key, content, PAGE_TIMEOUT)
    response = HttpResponse(content, content_type="text/html; charset=utf-8")
    response["X-Publication-Cache"] = "1"
    return response


class PublicPageCacheMiddleware:
    """Serves a cached public page before Wagtail routes the request: one query per hit.

    Only anonymous visitors (no session cookie) on public paths, and only responses that a page
    produced through ``cached_page_response`` (marked ``X-Publication-Cache``) are kept, under the
    same publication generation, so a publication is never shadowed by an older copy.
    """

    # The open API (api/) caches its answers itself, by snapshot.
    EXCLUDED_PREFIXES = ("/admin/", "/documents/", "/static/", "/media/", "/api/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not self._cacheable(request):
            return self.get_response(request)
        path = cache_path(request, used_query_parameters())
        key = f"cms:front:{request_generation(request)}:{request.get_host()}:{path}"
        cached = cache.get(key)
        if cached is not None:
            response = HttpResponse(cached, content_type="text/html; charset=utf-8")
            response["X-Publication-Cache"] = "1"
            return response
        response = self.get_response(request)
        if response.status_code == 200 and response.has_header("X-Publication-Cache"):
            cache.set(key, response.content, PAGE_TIMEOUT)
        return response

    def _cacheable(self, request: HttpRequest) -> bool:
        from django.conf import settings

        return (
            request.method in ("GET", "HEAD")
            and not request.path.startswith(self.EXCLUDED_PREFIXES)
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
        )


class CachedPageMixin:
    """For a public page class: served through ``cached_page_response``, so an anonymous visitor
    gets the rendered page from the cache until the next publication. Put it before ``Page``."""

    def serve(self, request, *args, **kwargs):
        return cached_page_response(
            self, request, lambda: super(CachedPageMixin, self).serve(request, *args, **kwargs)
        )
