"""List filters of the figures admin (django-filter through Wagtail's WagtailFilterSet); the choices
of partners and tables are those of the user's region."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from workbench.regional import region_choices

from .models import Delivery, Observation, Partner, Table


class TableFilterSet(WagtailFilterSet):
    partner = django_filters.ModelChoiceFilter(label=_("Datapartner"), queryset=region_choices(Partner))

    class Meta:
        model = Table
        fields = ["partner"]


class ObservationFilterSet(WagtailFilterSet):
    table = django_filters.ModelChoiceFilter(label=_("Tabel"), queryset=region_choices(Table))
    partner = django_filters.ModelChoiceFilter(
        label=_("Datapartner"), queryset=region_choices(Partner), field_name="table__partner"
    )
    year = django_filters.NumberFilter(label=_("Jaar"))
    niet_beschikbaar = django_filters.BooleanFilter(
        label=_("Niet beschikbaar"), field_name="value", lookup_expr="isnull"
    )

    class Meta:
        model = Observation
        fields = ["table", "partner", "year", "niet_beschikbaar"]


class DeliveryFilterSet(WagtailFilterSet):
    partner = django_filters.ModelChoiceFilter(label=_("Datapartner"), queryset=region_choices(Partner))
    year = django_filters.NumberFilter(label=_("Jaar"))
    status = django_filters.MultipleChoiceFilter(label=_("Status"), choices=Delivery.Status.choices)

    class Meta:
        model = Delivery
        fields = ["partner", "year", "status"]
