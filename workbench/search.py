"""The admin search across our own lists: one search area per list, with the number of matches.

Wagtail's admin search starts at the pages; ``register_admin_search_area`` adds the other places a
query can go. Each area links into its list with ``?q=`` and is shown only to users who may open
that list, so the count never tells a role about objects it cannot see; the count of a model that
belongs to a region is of the user's region only (``workbench.regional.scoped``).
"""

from collections.abc import Callable, Sequence

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Model, Q, QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from wagtail.admin.search import SearchArea
from wagtail.permission_policies import ModelPermissionPolicy

from workbench.regional import scoped

User = AbstractBaseUser | AnonymousUser


def matching(queryset: QuerySet, fields: Sequence[str], query: str) -> QuerySet:
    """The rows whose fields contain the query, as Wagtail's ORM list search does (``icontains``)."""
    query = query.strip()
    if not query:
        return queryset
    condition = Q()
    for field in fields:
        condition |= Q(**{f"{field}__icontains": query})
    return queryset.filter(condition)


def can_list(model: type[Model]) -> Callable[[User], bool]:
    """Whether the user may open the model's generic list (any of its model permissions)."""
    policy = ModelPermissionPolicy(model)
    return lambda user: policy.user_has_any_permission(user, {"add", "change", "delete", "view"})


class ListSearchArea(SearchArea):
    """A search area linking into one of our lists, labelled with how many rows match the query."""

    template = "workbench/search_area.html"

    def __init__(
        self,
        label,
        url_name: str,
        *,
        check: Callable[[User], bool],
        queryset: Callable[[User], QuerySet],
        search_fields: Sequence[str],
        **kwargs,
    ):
        super().__init__(label, reverse(url_name), name=url_name.replace(":", "-"), **kwargs)
        self.check = check
        self.queryset = queryset
        self.search_fields = search_fields

    def is_shown(self, request):
        return self.check(request.user)

    def count(self, user: User, query: str) -> int | None:
        if not query.strip():
            return None
        return matching(scoped(self.queryset(user), user), self.search_fields, query).count()

    def render_html(self, request, query, current=None):
        return render_to_string(
            self.template,
            {
                "url": self.url,
                "icon_name": self.icon_name,
                "label": self.label,
                "count": self.count(request.user, query),
                "active": self.is_active(request, current),
                "query_string": query,
            },
            request=request,
        )
