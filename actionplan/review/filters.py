"""Filters of the Regionale Tafel's review page (django-filter through Wagtail's filter set)."""

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.widgets import AdminDateInput

from actionplan.models import Action, ActionStatus, Opgave, Organisation, ProgressNote
from workbench.forms import DATE_FORMAT, DATE_HELP

from .selectors import start_of_day


class ReviewFilterSet(WagtailFilterSet):
    opgave = django_filters.ModelChoiceFilter(
        label=_("Opgave"), queryset=Opgave.objects.none(), empty_label=_("Alle opgaven")
    )
    organisation = django_filters.ModelChoiceFilter(
        label=_("Organisatie"),
        queryset=Organisation.objects.none(),  # the owners of the plan's actions (``__init__``)
        method="filter_organisation",
        empty_label=_("Alle organisaties"),
    )
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"), choices=ActionStatus.choices, widget=forms.CheckboxSelectMultiple
    )
    changed_since = django_filters.DateFilter(
        label=_("Gewijzigd sinds"),
        method="filter_changed_since",
        widget=AdminDateInput(attrs={"aria-describedby": "id_changed_since-help"}),
        input_formats=[DATE_FORMAT, "%Y-%m-%d"],
        help_text=DATE_HELP,
    )

    class Meta:
        model = Action
        fields = ["opgave", "organisation", "status", "changed_since"]

    def __init__(self, *args, plan=None, **kwargs):
        super().__init__(*args, **kwargs)
        if plan is not None:
            self.filters["opgave"].queryset = plan.opgaven.order_by("number")
            # Only the organisations that own actions in this plan: a short list at any scale.
            owners = Q(led_actions__opgave__plan=plan) | Q(co_owned_actions__opgave__plan=plan)
            self.filters["organisation"].queryset = Organisation.objects.filter(owners).distinct()

    def filter_organisation(self, queryset, name, value):
        owned = Action.objects.filter(Q(lead=value) | Q(co_owners=value)).values("pk")
        return queryset.filter(pk__in=owned)

    def filter_changed_since(self, queryset, name, value):
        since = start_of_day(value)
        changed = Action.history.model.objects.filter(history_date__gte=since).values("id")
        noted = ProgressNote.history.model.objects.filter(history_date__gte=since).values("action_id")
        return queryset.filter(Q(pk__in=changed) | Q(pk__in=noted))
