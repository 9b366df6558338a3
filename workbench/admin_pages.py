"""The furniture of an admin screen of our own, beside the ones Wagtail's viewsets generate.

One way to refuse: a view (or a service it calls) raises ``PermissionDenied``; ``AdminPageMixin``
answers it with the project's 403 page, "Geen toegang", whichever role asked. Wagtail would turn a
``PermissionDenied`` raised inside the admin into a redirect to the dashboard with an English
message, which hides from the user (and from a test) that they were refused.
"""

from functools import update_wrapper

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.urls import get_resolver, reverse
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin


def refuse(request: HttpRequest, exception: PermissionDenied | None = None) -> HttpResponse:
    """The project's 403 handling (``handler403``, Django's default: templates/403.html)."""
    handler = get_resolver().resolve_error_handler(403)
    return handler(request, exception=exception or PermissionDenied())


class AdminPageMixin(WagtailAdminTemplateMixin):
    """Wagtail's admin page with breadcrumbs Home > [parent] > this page, and access refused as 403.

    Access: a view decides who may open it by raising ``PermissionDenied`` (in ``dispatch``, after
    finding what it needs, or in a service it calls); the view function that ``as_view`` returns
    answers every such refusal with ``refuse``, whatever the order of the mixins.
    """

    parent_breadcrumb: tuple[str, str] | None = None

    @classmethod
    def as_view(cls, **initkwargs):
        view = super().as_view(**initkwargs)

        def view_or_refusal(request, *args, **kwargs):
            try:
                return view(request, *args, **kwargs)
            except PermissionDenied as exception:
                return refuse(request, exception)

        update_wrapper(view_or_refusal, view)  # keeps view_class and view_initkwargs
        return view_or_refusal

    def get_parent_breadcrumb(self) -> dict | None:
        if self.parent_breadcrumb is None:
            return None
        url_name, label = self.parent_breadcrumb
        return {"url": reverse(url_name), "label": label}

    def get_breadcrumbs_items(self):
        parent = self.get_parent_breadcrumb()
        items = [*self.breadcrumbs_items, *([parent] if parent else [])]
        return [*items, {"url": "", "label": self.get_page_title()}]
