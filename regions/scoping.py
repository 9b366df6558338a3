"""Keeping regions apart: every list, chooser, export and object lookup of the admin goes through here.

A model that belongs to a region names the way to it in ``region_lookup`` (``"region"`` for the models
that hold the key, ``"opgave__plan__region"`` for an action). ``for_user`` is the rule: a superuser sees
every region, a user of a regional organisation their own region, anyone else nothing.
"""

from django.db.models import Q, QuerySet
from django.http import Http404

from accounts.roles import user_region


def lookup_of(model) -> str:
    try:
        return model.region_lookup
    except AttributeError as error:  # a model without a region must not be scoped by accident
        raise TypeError(f"{model.__name__} does not say how it belongs to a region") from error


def in_region(queryset: QuerySet, region) -> QuerySet:
    """The rows of ``queryset`` that belong to ``region`` (national organisations: the ones serving it)."""
    model = queryset.model
    lookup = lookup_of(model)
    if getattr(model, "region_serves_lookup", None):
        condition = Q(**{lookup: region}) | Q(**{model.region_serves_lookup: region})
        return queryset.filter(condition).distinct()
    return queryset.filter(**{lookup: region})


def for_user(queryset: QuerySet, user) -> QuerySet:
    """What ``user`` may see of ``queryset`` by region (the roles decide the rest)."""
    if user.is_authenticated and user.is_superuser:
        return queryset
    region = user_region(user)
    if region is None:
        return queryset.none()
    return in_region(queryset, region)


def same_region(user, obj) -> bool:
    """Whether ``obj`` belongs to the user's region (a superuser: every region)."""
    if user.is_authenticated and user.is_superuser:
        return True
    region = user_region(user)
    if region is None or obj is None:
        return False
    return in_region(type(obj)._default_manager.filter(pk=obj.pk), region).exists()


def works_in(user, region_id) -> bool:
    """Whether ``user`` works in the region with this id (a superuser: every region); no query once
    the user's region is known, for rules checked per row."""
    if user.is_authenticated and user.is_superuser:
        return True
    region = user_region(user)
    return region is not None and region.pk == region_id


def scope_choices(form, user) -> None:
    """Limit every model choice of ``form`` whose model belongs to a region to what ``user`` may see."""
    for field in form.fields.values():
        queryset = getattr(field, "queryset", None)
        if queryset is not None and hasattr(queryset.model, "region_lookup"):
            field.queryset = for_user(queryset, user)


class InRegionView:
    """Mixed into a Wagtail admin view (``RegionalViewSet`` does it for every view of a viewset): the
    list holds the user's region only, and an object of another region is not found (404)."""

    def get_base_queryset(self):
        return for_user(super().get_base_queryset(), self.request.user)

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        if obj is not None and not same_region(self.request.user, obj):
            raise Http404
        return obj


class RegionalViewSet:
    """Mixed into a Wagtail ``ModelViewSet``/``SnippetViewSet`` before it: every view it builds (list,
    export, inspect, edit, delete, history, usage) is an ``InRegionView``."""

    def construct_view(self, view_class, **kwargs):
        if not issubclass(view_class, InRegionView):
            view_class = type(view_class.__name__, (InRegionView, view_class), {})
        return super().construct_view(view_class, **kwargs)
