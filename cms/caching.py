"""The rendered public pages are cached until something is published or unpublished.

Every publish or unpublish bumps a generation number; cache keys carry it, so all pages rendered
before that moment are simply never looked up again (and expire on their own).
"""

from collections.abc import Callable

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse

GENERATION_KEY = "cms:publication-generation"
PAGE_TIMEOUT = 60 * 60 * 24


def publication_generation() -> int:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        generation = cache.get(GENERATION_KEY, 1)
    return generation


def invalidate_public_pages() -> None:
    """Forget every cached public page (called when anything is published or unpublished)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, timeout=None)


def _cacheable(request: HttpRequest) -> bool:
    if request.method not in ("GET", "HEAD") or getattr(request, "is_preview", False):
        return False
    user = getattr(request, "user", None)
    return user is None or not user.is_authenticated


def cached_page_response(page, request: HttpRequest, render: Callable[[], HttpResponse]) -> HttpResponse:
    """Serve the page's rendered HTML from the cache for anonymous visitors, rendering it once."""
    if not _cacheable(request):
        return render()
    key = f"cms:page:{publication_generation()}:{page.pk}:{request.path}"
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
