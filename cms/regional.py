"""Each region's public site.

The first region (the home page of Wagtail's default site) is served at ``/``; every other region at
``/regio/<slug>/``: its home page sits under Wagtail's root beside the first one, outside any site, so
Wagtail alone would neither route to it nor give its pages a URL. This module does both:

- ``region_page`` (mounted in ``cms.urls`` before Wagtail's catch-all) resolves the region, sets
  ``request.region`` (read by ``cms.views.request_region``) and routes into that region's own page
  tree, then lets Wagtail serve the page (its hooks, view restrictions and previews as usual);
- ``region_files`` wraps the edition's file views (pdf, csv, versions) the same way;
- ``RegionalPageMixin.get_url_parts`` gives the pages of such a region their ``/regio/<slug>/`` URL,
  so ``page.url``, ``full_url`` and ``{% pageurl %}`` are right everywhere (templates, the API).

A region may instead have its own host name: a Wagtail ``Site`` whose root is the region's home page.
Wagtail then routes and builds its URLs itself, and ``/regio/<slug>/`` still serves it.
``/regio/<slug of the first region>/...`` redirects to the same path without the prefix.
"""

from __future__ import annotations

from functools import wraps

from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.coreutils import get_supported_content_language_variant

from cms.models import HomePage
from cms.models.pages import PublicSite, first_region_slug
from cms.views import request_region
from regions import tokens
from regions.models import Region

PREFIX = "regio"


def _region_or_404(region_slug: str) -> Region:
    region = Region.objects.filter(slug=region_slug).first()
    if region is None:
        raise Http404
    return region


def _without_prefix(request, region_slug: str) -> HttpResponsePermanentRedirect:
    """/regio/<first>/x/ -> /x/ (a language prefix in front stays)."""
    marker = f"/{PREFIX}/{region_slug}/"
    path = request.path.replace(marker, "/", 1)
    query = request.META.get("QUERY_STRING", "")
    return HttpResponsePermanentRedirect(f"{path}?{query}" if query else path)


def region_page(request, region_slug: str, path: str = ""):
    """A page of a region's site, routed from that region's home page only."""
    if region_slug == first_region_slug():
        return _without_prefix(request, region_slug)
    region = _region_or_404(region_slug)
    language = get_supported_content_language_variant(get_language())
    home = HomePage.objects.filter(region=region).select_related("locale").first()
    if home is not None and home.locale.language_code != language:
        # /en/regio/<slug>/: the region's English start page, if it has one; not the Dutch pages.
        home = home.get_translations().filter(locale__language_code=language).live().first()
    if home is None:
        raise Http404
    request.region = region
    components = [component for component in path.split("/") if component]
    try:
        request._wagtail_route_for_request = home.specific.route(request, components)
    except Http404:
        request._wagtail_route_for_request = None
    # Wagtail serves the routed page: before_serve_page hooks (view restrictions), caching, previews.
    return wagtail_views.serve(request, path)


def region_files(view):
    """A public file view of an edition (pdf, csv, versions) for the region named in the URL."""

    @wraps(view)
    def wrapped(request, region_slug: str, **kwargs):
        if region_slug == first_region_slug():
            return _without_prefix(request, region_slug)
        request.region = _region_or_404(region_slug)
        return view(request, **kwargs)

    return wrapped


def public_site(request) -> dict:
    """Context processor: the public site of the request's region, worked out only when a template
    asks (admin pages never do)."""
    return {"public_site": SimpleLazyObject(lambda: PublicSite(request_region(request), request))}


def region_stylesheet(request, region_slug: str) -> HttpResponse:
    region = _region_or_404(region_slug)
    response = HttpResponse(tokens.stylesheet(region.tokens), content_type="text/css; charset=utf-8")
    if request.GET.get("v"):
        response["Cache-Control"] = "public, max-age=31536000, immutable"
    return response
