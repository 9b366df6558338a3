"""List filters of the action plan admin (django-filter through Wagtail's WagtailFilterSet)."""

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from workbench.regional import region_choices

from .models import Action, ActionStatus, Membership, Opgave, Organisation, OutlookItem, Plan


def opgave_numbers() -> list[tuple[int | str, str]]:
    """The opgave numbers, after an empty choice: without one the select always sends a number, and
    the filter panel (which submits every field) would filter on opgave 1 when a status is chosen."""
    numbers = Opgave.objects.order_by("number").values_list("number", flat=True).distinct()
    return [("", _("Alle opgaven")), *((number, str(number)) for number in numbers)]


class ActionFilterSet(WagtailFilterSet):
    plan = django_filters.ModelChoiceFilter(
        label=_("Actieplan"),
        queryset=region_choices(Plan),
        field_name="opgave__plan",
        empty_label=_("Alle actieplannen"),
    )
    # Opgave by number and organisation by name: the choices stay short however many plans and
    # organisations a national rollout brings (a select of thousands of options is slow and unusable).
    opgave = django_filters.TypedChoiceFilter(
        label=_("Opgave (nummer)"), field_name="opgave__number", coerce=int, choices=opgave_numbers
    )
    organisation = django_filters.CharFilter(
        label=_("Organisatie (trekker of mede-eigenaar)"), method="filter_organisation"
    )
    # The actions whose lead the source does not name: the beheerder reports on them. One checkbox:
    # ticked shows only those; unticked it sends nothing and is no active filter. A choice, not a
    # BooleanFilter, so the active filter reads "Trekker niet vermeld: ja" (not "True").
    lead_not_stated = django_filters.MultipleChoiceFilter(
        label=_("Trekker niet vermeld"),
        choices=[("ja", _("ja"))],
        method="filter_lead_not_stated",
        widget=forms.CheckboxSelectMultiple,
    )
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"), choices=ActionStatus.choices, widget=forms.CheckboxSelectMultiple
    )
    year = django_filters.NumberFilter(label=_("Jaar"), method="filter_year")

    class Meta:
        model = Action
        fields = ["plan", "opgave", "organisation", "lead_not_stated", "status", "year"]

    def filter_organisation(self, queryset, name, value):
        """Actions whose lead or a co-owner has this (short) name, or a name containing it."""
        value = value.strip()
        if not value:
            return queryset
        named = Organisation.objects.filter(Q(short_name__iexact=value) | Q(name__iexact=value))
        if not named.exists():
            named = Organisation.objects.filter(Q(short_name__icontains=value) | Q(name__icontains=value))
        owned = Action.objects.filter(Q(lead__in=named) | Q(co_owners__in=named)).values("pk")
        return queryset.filter(pk__in=owned)

    def filter_lead_not_stated(self, queryset, name, value):
        return queryset.filter(lead__isnull=True) if value else queryset

    def filter_year(self, queryset, name, value):
        """Actions planned in the year, or with a stand van zaken for it."""
        matching = Action.objects.filter(Q(year=value) | Q(progress_notes__year=value)).values("pk")
        return queryset.filter(pk__in=matching)


class OutlookItemFilterSet(WagtailFilterSet):
    plan = django_filters.ModelChoiceFilter(
        label=_("Actieplan"), queryset=region_choices(Plan), field_name="opgave__plan"
    )
    opgave = django_filters.ModelChoiceFilter(label=_("Opgave"), queryset=region_choices(Opgave))
    owners = django_filters.ModelChoiceFilter(label=_("Organisatie"), queryset=region_choices(Organisation))
    outlook_year = django_filters.NumberFilter(label=_("Doorkijk naar jaar"))

    class Meta:
        model = OutlookItem
        fields = ["plan", "opgave", "owners", "outlook_year"]


class OpgaveFilterSet(WagtailFilterSet):
    plan = django_filters.ModelChoiceFilter(label=_("Actieplan"), queryset=region_choices(Plan))

    class Meta:
        model = Opgave
        fields = ["plan"]


class MembershipFilterSet(WagtailFilterSet):
    organisation = django_filters.ModelChoiceFilter(
        label=_("Organisatie"), queryset=region_choices(Organisation)
    )

    class Meta:
        model = Membership
        fields = ["organisation"]
