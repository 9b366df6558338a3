"""Strictly apart in the page tree: a user's page permissions hold in their region's part of it only.

The roles' page permissions are granted once, on Wagtail's root (cms migration 0002), for every region.
Wagtail decides every page question (explorer, search, edit, publish, unpublish, delete, move, copy,
history, revisions, preview, bulk actions, its admin API) from ``PagePermissionPolicy``'s list of the
user's ``GroupPagePermission`` rows. ``install()`` (from ``CmsConfig.ready``) narrows that list: a
permission granted at or above the user's region's ``HomePage`` holds from that home page down, one
granted inside it stays, any other is dropped. A user without a region (a national reader) has no page
permission; a superuser keeps every page. The page chooser is kept to the region by
``chooser_pages`` (hook ``construct_page_chooser_queryset`` in ``cms.wagtail_hooks``).
"""

import copy

from django.db.models import Q
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from accounts.roles import user_region
from regions.models import Region


def region_home(region) -> Page | None:
    """The region's home page as a plain ``Page`` (None when it has none)."""
    if region is None:
        return None
    return Page.objects.filter(homepage__region=region).first()


def user_home(user) -> Page | None:
    """The home page of the user's region, cached on the user for the request."""
    cached = getattr(user, "_region_home", False)
    if cached is not False:
        return cached
    home = region_home(user_region(user))
    user._region_home = home
    return home


def user_homes(user) -> list[Page]:
    """The home page of the user's region and its translations (the English start page, a sibling
    in the tree): the region's part of the tree in every language. Cached on the user."""
    cached = getattr(user, "_region_homes", None)
    if cached is not None:
        return cached
    home = user_home(user)
    homes = (
        []
        if home is None
        else list(Page.objects.filter(translation_key=home.translation_key).order_by("path"))
    )
    user._region_homes = homes
    return homes


def region_of_page(page):
    """The region a page belongs to: the one of the home page at or above it (None: none)."""
    from cms.models import HomePage

    home = HomePage.objects.ancestor_of(page, inclusive=True).select_related("region").first()
    return home.region if home else None


def narrow_to_region(user, permissions) -> list:
    """``permissions`` (GroupPagePermission rows) as they hold in the user's region's subtree."""
    kept = []
    for home in user_homes(user):
        for permission in permissions:
            if home.path.startswith(permission.page.path):
                narrowed = copy.copy(permission)
                narrowed.page = home  # granted above the home page: holds from the home page down
                kept.append(narrowed)
            elif permission.page.path.startswith(home.path):
                kept.append(permission)
    return kept


def chooser_pages(pages, user):
    """The pages a chooser offers: the user's region's subtree and the pages above it."""
    if user.is_superuser:
        return pages
    homes = user_homes(user)
    if not homes:
        return pages.filter(depth=1)
    within = Q()
    for home in homes:
        within |= Q(path__startswith=home.path) | Q(pk__in=Page.objects.ancestor_of(home).values("pk"))
    return pages.filter(within)


def in_user_region(user, page) -> bool:
    """Whether ``page`` lies in the user's region's subtree (a superuser: every page)."""
    if user.is_superuser:
        return True
    return any(page.path.startswith(home.path) for home in user_homes(user))


_installed = False


def install() -> None:
    """Narrow Wagtail's page permissions to the user's region (once, from ``CmsConfig.ready``)."""
    global _installed
    if _installed:
        return
    _installed = True
    all_permissions = PagePermissionPolicy.get_all_permissions_for_user
    users_for_instance = PagePermissionPolicy.users_with_any_permission_for_instance

    def get_all_permissions_for_user(self, user):
        permissions = all_permissions(self, user)
        if not user.is_active or user.is_anonymous or user.is_superuser:
            return permissions
        if not user_homes(user) and not Page.objects.filter(homepage__region__isnull=False).exists():
            return permissions  # no region has its pages yet: nothing in the tree to keep apart
        return narrow_to_region(user, permissions)

    def users_with_any_permission_for_instance(self, actions, instance, include_superusers=True):
        """The users who may act on a page (moderation mails, the 'locked by' list): of its region."""
        users = users_for_instance(self, actions, instance, include_superusers=include_superusers)
        if Region.objects.count() < 2:  # one region: every user works in it (accounts.roles)
            return users
        region = region_of_page(instance)
        condition = Q(membership__organisation__region=region) if region else Q(pk__in=[])
        if include_superusers:
            condition |= Q(is_superuser=True)
        return users.filter(condition).distinct()

    PagePermissionPolicy.get_all_permissions_for_user = get_all_permissions_for_user
    PagePermissionPolicy.users_with_any_permission_for_instance = users_with_any_permission_for_instance


def page_visible(user, page) -> bool:
    """Whether an admin screen may show ``page`` to ``user``: a page of their region's part of the
    tree, or a page above it (the way down to it). A superuser: every page."""
    return in_user_region(user, page) or any(home.path.startswith(page.path) for home in user_homes(user))


PAGE_ID_KWARGS = ("page_id", "parent_page_id", "pk")


class RegionPageGuardMiddleware:
    """Admin screens addressed by a page id (``/admin/pages/<id>/...``: explorer, edit, history,
    revisions, preview, workflow, ...) answer 404 for a page outside the user's region's part of the
    tree. Wagtail's own checks follow the narrowed permissions; this also covers the screens that only
    need a page to be explorable, which a second home page (a translation) widens to the root."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = getattr(request, "resolver_match", None)
        if not request.path.startswith("/admin/pages/") or match is None:
            return None
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or user.is_superuser:
            return None
        page_id = next((view_kwargs[k] for k in PAGE_ID_KWARGS if k in view_kwargs), None)
        if page_id is None:
            return None
        page = Page.objects.filter(pk=page_id).only("path").first()
        if page is not None and not page_visible(user, page):
            from django.http import Http404

            raise Http404
        return None
