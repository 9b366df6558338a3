"""List filters of the figures admin (django-filter through Wagtail's WagtailFilterSet)."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from .models import Delivery, Observation, Partner, Table


class TableFilterSet(WagtailFilterSet):
    partner = django_filters.ModelChoiceFilter(label=_("Datapartner"), queryset=Partner.objects.all())

    class Meta:
        model = Table
        fields = ["partner"]


class ObservationFilterSet(WagtailFilterSet):
    table = django_filters.ModelChoiceFilter(label=_("Tabel"), queryset=Table.objects.all())
    partner = django_filters.ModelChoiceFilter(
        label=_("Datapartner"), queryset=Partner.objects.all(), field_name="table__partner"
    )
    year = django_filters.NumberFilter(label=_("Jaar"))
    niet_beschikbaar = django_filters.BooleanFilter(
        label=_("Niet beschikbaar"), field_name="value", lookup_expr="isnull"
    )

    class Meta:
        model = Observation
        fields = ["table", "partner", "year", "niet_beschikbaar"]


class DeliveryFilterSet(WagtailFilterSet):
    partner = django_filters.ModelChoiceFilter(label=_("Datapartner"), queryset=Partner.objects.all())
    year = django_filters.NumberFilter(label=_("Jaar"))
    status = django_filters.MultipleChoiceFilter(label=_("Status"), choices=Delivery.Status.choices)

    class Meta:
        model = Delivery
        fields = ["partner", "year", "status"]
