"""List filters of the action plan admin (django-filter through Wagtail's WagtailFilterSet)."""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from .models import Action, ActionStatus, Opgave, Organisation, OutlookItem, Plan


class ActionFilterSet(WagtailFilterSet):
    plan = django_filters.ModelChoiceFilter(
        label=_("Actieplan"), queryset=Plan.objects.all(), field_name="opgave__plan"
    )
    opgave = django_filters.ModelChoiceFilter(
        label=_("Opgave"), queryset=Opgave.objects.select_related("plan")
    )
    organisation = django_filters.ModelChoiceFilter(
        label=_("Organisatie (trekker of mede-eigenaar)"),
        queryset=Organisation.objects.all(),
        method="filter_organisation",
    )
    status = django_filters.MultipleChoiceFilter(label=_("Status"), choices=ActionStatus.choices)
    year = django_filters.NumberFilter(label=_("Jaar"), method="filter_year")

    class Meta:
        model = Action
        fields = ["plan", "opgave", "organisation", "status", "year"]

    def filter_organisation(self, queryset, name, value):
        owned = Action.objects.filter(Q(lead=value) | Q(co_owners=value)).values("pk")
        return queryset.filter(pk__in=owned)

    def filter_year(self, queryset, name, value):
        """Actions planned in the year, or with a stand van zaken for it."""
        matching = Action.objects.filter(Q(year=value) | Q(progress_notes__year=value)).values("pk")
        return queryset.filter(pk__in=matching)


class OutlookItemFilterSet(WagtailFilterSet):
    plan = django_filters.ModelChoiceFilter(
        label=_("Actieplan"), queryset=Plan.objects.all(), field_name="opgave__plan"
    )
    opgave = django_filters.ModelChoiceFilter(
        label=_("Opgave"), queryset=Opgave.objects.select_related("plan")
    )
    owners = django_filters.ModelChoiceFilter(label=_("Organisatie"), queryset=Organisation.objects.all())
    outlook_year = django_filters.NumberFilter(label=_("Doorkijk naar jaar"))

    class Meta:
        model = OutlookItem
        fields = ["plan", "opgave", "owners", "outlook_year"]
