"""The language switch of the public pages: each page links to itself in the other language."""

from django import template
from django.conf import settings
from django.utils import translation
from wagtail.models import Page, Site

register = template.Library()


def _live_translations(page) -> dict[str, Page]:
    """The page in each language it is live in, by language code: one query."""
    if not isinstance(page, Page) or not page.pk:
        return {}
    pages = Page.objects.filter(translation_key=page.translation_key).live().select_related("locale")
    return {other.locale.language_code: other for other in pages}


def _homes(request, page) -> dict[str, Page]:
    """The start page in each language of the page's own region (of the request's site otherwise)."""
    home = getattr(page, "public_home", None)
    if home is not None:
        return _live_translations(home)
    site = Site.find_for_request(request) if request is not None else None
    return _live_translations(site.root_page) if site and site.root_page_id else {}


def _languages(request, page) -> list[dict]:
    pages = _live_translations(page)
    homes = None
    current = translation.get_language()
    languages = []
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        target = pages.get(code)
        if target is None:  # not translated (yet): that language's start page
            homes = _homes(request, page) if homes is None else homes
            target = homes.get(code)
        if target is None:
            continue
        # Its own class's URL (a region's pages have theirs under /regio/<slug>/), without a query.
        url = target.specific_deferred.get_url(request)
        languages.append(
            {
                "code": code,
                "name": translation.get_language_info(code)["name_local"],
                "url": url,
                "full_url": request.build_absolute_uri(url) if request is not None else url,
                "current": code == current,
            }
        )
    return languages if len(languages) > 1 else []


@register.simple_tag(takes_context=True)
def page_languages(context) -> list[dict]:
    """Every content language with the address of this page in it: the page's live translation, else
    that language's start page. Each with its name in its own language. Worked out once per request
    (the head's ``<link rel="alternate">`` and the header's switch share it)."""
    request = context.get("request")
    page = context.get("page")
    if request is None:
        return _languages(None, page)
    key = getattr(page, "pk", None)
    cached = getattr(request, "_page_languages", None)
    if cached is None or cached[0] != key:
        cached = (key, _languages(request, page))
        request._page_languages = cached
    return cached[1]
