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

import hashlib
from functools import wraps

from django.core.cache import cache
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect
from django.urls import NoReverseMatch, reverse
from django.utils.functional import SimpleLazyObject
from wagtail import views as wagtail_views
from wagtail.models import Site

from regions import tokens
from regions.models import Region

CACHE_KEY = "cms:region-roots"
PREFIX = "regio"


def _roots() -> dict:
    """Where each region's home page is: {"default": (site id, root url), "homes": [(url_path, slug,
    region id, served by a site)], "first": slug of the default site's region}. Cached; cleared when a
    site, home page or region changes."""
    roots = cache.get(CACHE_KEY)
    if roots is not None:
        return roots
    from cms.models import HomePage

    default = Site.objects.filter(is_default_site=True).values_list("pk", "hostname", "port").first()
    site_roots = set(Site.objects.values_list("root_page_id", flat=True))
    default_root = Site.objects.filter(is_default_site=True).values_list("root_page_id", flat=True).first()
    homes = []
    first = None
    for pk, url_path, slug, region_id in HomePage.objects.values_list(
        "pk", "url_path", "region__slug", "region_id"
    ):
        homes.append((url_path, slug, region_id, pk in site_roots))
        if pk == default_root:
            first = slug
    if default is not None:
        site = Site(pk=default[0], hostname=default[1], port=default[2])
        default_site = (site.pk, site.root_url)
    else:
        default_site = (None, "")
    roots = {"default": default_site, "homes": homes, "first": first}
    cache.set(CACHE_KEY, roots, 60 * 60)
    return roots


def forget_roots(**kwargs) -> None:
    cache.delete(CACHE_KEY)


def first_region_slug() -> str | None:
    """The slug of the region served at ``/`` (the default site's home page), if any."""
    return _roots()["first"]


def region_path(region_slug: str, path: str = "") -> str:
    """The URL path of a page ``path`` (relative, "monitor/2025/") of a region under /regio/<slug>/,
    with the language prefix of the active language where the URLs have one."""
    if not path:
        return reverse("cms:region_home", kwargs={"region_slug": region_slug})
    return reverse("cms:region_page", kwargs={"region_slug": region_slug, "path": path})


class RegionalPageMixin:
    """For the public page classes: a page under the home page of a region that is not the root of a
    Wagtail site gets its URL under /regio/<slug>/ (Wagtail would give it none)."""

    def get_url_parts(self, request=None):
        parts = super().get_url_parts(request=request)
        if parts is not None:
            return parts
        roots = _roots()
        for url_path, slug, _region_id, _has_site in roots["homes"]:
            if self.url_path.startswith(url_path):
                site_id, root_url = roots["default"]
                try:
                    return (site_id, root_url, region_path(slug, self.url_path[len(url_path) :]))
                except NoReverseMatch:
                    return (site_id, None, None)
        return None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The page's own region, also where no routing set one (a preview in the admin).
        home = self.public_home
        context["public_site"] = PublicSite(self.public_region, request, home=home)
        return context

    @property
    def public_home(self):
        """The home page of the site this page belongs to, with its region (one query, once)."""
        from cms.models import HomePage

        if isinstance(self, HomePage):
            return self
        if not hasattr(self, "_public_home"):
            self._public_home = HomePage.objects.ancestor_of(self).select_related("region").first()
        return self._public_home

    @property
    def public_region(self):
        """The region whose site this page belongs to: the one of the home page above it."""
        home = self.public_home
        # A translated home page has no region of its own: its source's (HomePage.edition_region).
        return home.edition_region if home else None


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
    from cms.models import HomePage

    home = HomePage.objects.filter(region=region).first()
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


class PublicSite:
    """What every public page shows of its region: name, links of the header and footer, house style
    (``public_site`` in templates; the context processor below or the page's own context)."""

    def __init__(self, region: Region | None, request=None, home=None):
        self.region = region
        self.home_url = "/"
        if region is not None:
            from cms.models import HomePage

            home = home or HomePage.objects.filter(region=region).first()
            self.home_url = (home.get_url(request) if home else None) or "/"
        self.monitor_url = f"{self.home_url}monitor/"
        self.accessibility_url = f"{self.home_url}toegankelijkheidsverklaring/"

    @property
    def stylesheet_url(self) -> str:
        """The region's colours as a stylesheet of this origin (the CSP allows no inline style), with
        the hash of its content, so a new colour is fetched at once."""
        if self.region is None:
            return ""
        css = tokens.stylesheet(self.region.tokens)
        if not css:
            return ""
        version = hashlib.sha256(css.encode()).hexdigest()[:12]
        return f"{reverse('cms:region_stylesheet', args=[self.region.slug])}?v={version}"


def public_site(request) -> dict:
    """Context processor: the public site of the request's region, worked out only when a template
    asks (admin pages never do)."""
    from cms.views import request_region

    return {"public_site": SimpleLazyObject(lambda: PublicSite(request_region(request), request))}


def region_stylesheet(request, region_slug: str) -> HttpResponse:
    region = _region_or_404(region_slug)
    response = HttpResponse(tokens.stylesheet(region.tokens), content_type="text/css; charset=utf-8")
    if request.GET.get("v"):
        response["Cache-Control"] = "public, max-age=31536000, immutable"
    return response
