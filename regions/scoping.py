"""Keeping regions apart: every list, chooser, export and object lookup of the admin goes through here.

A model that belongs to a region names the way to it in ``region_lookup`` (``"region"`` for the models
that hold the key, ``"opgave__plan__region"`` for an action). ``for_user`` is the rule: a superuser sees
every region, a user of a regional organisation their own region, anyone else nothing.
"""

from django.db.models import Q, QuerySet

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


def works_in(user, region_id) -> bool:
    """Whether ``user`` works in the region with this id (a superuser: every region); no query once
    the user's region is known, for rules checked per row."""
    if user.is_authenticated and user.is_superuser:
        return True
    region = user_region(user)
    return region is not None and region.pk == region_id
