"""Filters of the publication's snippet listings in the Wagtail admin."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from cms.models import ExploitationFormDefinition, Ontwikkeling


class OntwikkelingFilterSet(WagtailFilterSet):
    date = django_filters.DateFromToRangeFilter(label=_("Datum"), widget=DateRangePickerWidget)

    class Meta:
        model = Ontwikkeling
        fields = ["date"]


class ExploitationFormDefinitionFilterSet(WagtailFilterSet):
    class Meta:
        model = ExploitationFormDefinition
        fields = ["since_eu_directive"]
