"""Strictly apart in the admin's generic screens: every list, object URL, form and chooser of a model
that belongs to a region (``region_lookup``) is kept to the user's region (``regions.scoping``).

- ``RegionScopedViewSetMixin``: a viewset's list (and so its export and search) shows the user's
  region only, and every view with an object in its URL (edit, delete, inspect, history, usage,
  revisions, preview, review, ...) answers 404 for an object of another region, however it is reached;
- ``RegionFormMixin``: every choice of a region's objects in a form offers the user's region only, the
  region itself is not a field (a new object gets the user's region; a superuser chooses it);
- ``RegionSnippetChooserViewSet``: the snippet chooser lists and accepts the user's region only.
"""

from functools import wraps

from django.contrib.admin.utils import unquote
from django.forms import ModelChoiceField
from django.http import Http404
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
)

from accounts.roles import user_region
from regions.scoping import for_user


def is_regional(model) -> bool:
    return hasattr(model, "region_lookup")


def scoped(queryset, user):
    """``for_user`` for a model that belongs to a region; any other queryset as it is."""
    return for_user(queryset, user) if is_regional(queryset.model) else queryset


def guard_object_view(model, view):
    """The view, answering 404 when the object in its URL (``pk``) is not in the user's region."""

    @wraps(view)
    def guarded(request, *args, **kwargs):
        pk = kwargs.get("pk")
        if pk is not None:
            rows = model._default_manager.filter(pk=unquote(str(pk)))
            if not for_user(rows, request.user).exists():
                raise Http404
        return view(request, *args, **kwargs)

    return guarded


class RegionScopedIndexMixin:
    """For an index view: the rows of the user's region (list, search, filters and export)."""

    def get_base_queryset(self):
        return scoped(super().get_base_queryset(), self.request.user)


def default_region(user):
    """The region a new object of ``user`` belongs to: theirs; a superuser without one the first."""
    region = user_region(user)
    if region is None and user is not None and user.is_superuser:
        from regions.models import Region

        region = Region.objects.order_by("order", "pk").first()
    return region


class RegionFormMixin:
    """For a model form with ``for_user``: choices kept to the user's region, no region field for
    anyone but a superuser, a new object in the user's region."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = getattr(self, "for_user", None)
        scope_choices(self.fields, user)
        superuser = user is not None and user.is_superuser
        if "region" in self.fields and not superuser:
            del self.fields["region"]
        instance = self.instance
        new_without_region = instance.pk is None and getattr(instance, "region_id", False) is None
        if new_without_region and "region" not in self.fields:
            instance.region = default_region(user)

    def _get_validation_exclusions(self):
        """Check uniqueness per region (``(region, code)``) although the region is not a field."""
        exclude = super()._get_validation_exclusions()
        if getattr(self.instance, "region_id", None):
            exclude.discard("region")
        return exclude


def scope_choices(fields, user) -> None:
    """Every choice of a region's objects among ``fields`` limited to what ``user`` may see."""
    if user is None:
        return
    for field in fields.values():
        if isinstance(field, ModelChoiceField) and is_regional(field.queryset.model):
            field.queryset = for_user(field.queryset, user)


def with_region_form(form_class):
    """``form_class`` with ``RegionFormMixin`` (once)."""
    if issubclass(form_class, RegionFormMixin):
        return form_class
    return type(form_class.__name__, (RegionFormMixin, form_class), {"__module__": form_class.__module__})


class RegionScopedViewSetMixin:
    """For a ``ModelViewSet`` / ``SnippetViewSet`` of any model; scopes those with ``region_lookup``."""

    def construct_view(self, view_class, **kwargs):
        view = super().construct_view(view_class, **kwargs)
        if is_regional(self.model):
            view = guard_object_view(self.model, view)
        return view

    def get_form_class(self, for_update=False):
        return with_region_form(super().get_form_class(for_update))


class _ScopedChooseMixin(PermissionCheckedMixin):
    """The chooser's list of the user's region (any admin user may open a chooser, as Wagtail's)."""

    def get_object_list(self):
        return scoped(super().get_object_list(), self.request.user)


class RegionChooseView(_ScopedChooseMixin, ChooseView):
    pass


class RegionChooseResultsView(_ScopedChooseMixin, ChooseResultsView):
    pass


class RegionChosenView(PermissionCheckedMixin, SnippetChosenView):
    def get_object(self, pk):
        return scoped(self.model_class.objects.all(), self.request.user).get(pk=pk)


class RegionChosenMultipleView(PermissionCheckedMixin, SnippetChosenMultipleView):
    def get_objects(self, pks):
        return scoped(self.model_class.objects.filter(pk__in=pks), self.request.user)


class RegionSnippetChooserViewSet(SnippetChooserViewSet):
    choose_view_class = RegionChooseView
    choose_results_view_class = RegionChooseResultsView
    chosen_view_class = RegionChosenView
    chosen_multiple_view_class = RegionChosenMultipleView


def region_choices(model):
    """A filter's choices (django-filter's callable ``queryset``): the rows of the requesting user's
    region; without a request, none."""

    def queryset(request):
        if request is None:
            return model._default_manager.none()
        return scoped(model._default_manager.all(), request.user)

    return queryset


def restrict_site_history() -> None:
    """Two of Wagtail's reports look across every region: the site history (every log entry of pages,
    snippets and objects, every author in its filter) and the page types usage (each type's last edited
    page). For superusers only, their menu items too; each object's own history stays in its region's
    screens and the page reports follow the region's page permissions. Called once from ready()."""
    from django.core.exceptions import PermissionDenied
    from wagtail.admin.views.reports.audit_logging import LogEntriesView
    from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
    from wagtail.admin.wagtail_hooks import PageTypesReportMenuItem, SiteHistoryReportMenuItem

    def superusers_only(dispatch):
        def superuser_dispatch(self, request, *args, **kwargs):
            if not request.user.is_superuser:
                raise PermissionDenied
            return dispatch(self, request, *args, **kwargs)

        return superuser_dispatch

    for view in (LogEntriesView, PageTypesUsageReportView):
        view.dispatch = superusers_only(view.dispatch)
    for item in (SiteHistoryReportMenuItem, PageTypesReportMenuItem):
        item.is_shown = lambda self, request: request.user.is_superuser
