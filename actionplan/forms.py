"""Forms of the action plan screens."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .models import ActionStatus, Plan


class HistoryReasonForm(WagtailAdminModelForm):
    """Base form of the beheerder's edit screens: asks why, and keeps it in the history record."""

    change_reason = forms.CharField(
        label=_("Reden van de wijziging"),
        required=False,
        max_length=500,
        help_text=_("Komt in de geschiedenis van dit object."),
    )

    def save(self, commit=True):
        instance = super().save(commit=False)
        instance._change_reason = self.cleaned_data.get("change_reason") or _("Gewijzigd in beheer")
        if hasattr(instance, "version") and instance.pk:
            instance.version += 1
        if commit:
            instance.save()
            self.save_m2m()
        return instance


class ActionStatusForm(forms.Form):
    """What an actiehouder may change on an action: status, postponement and the stand van zaken."""

    status = forms.ChoiceField(label=_("Status"), choices=ActionStatus.choices)
    postponed_to_year = forms.IntegerField(
        label=_("Doorgeschoven naar jaar"), required=False, min_value=2000, max_value=2100
    )
    postponed_to_plan = forms.ModelChoiceField(
        label=_("Doorgeschoven naar plan"), queryset=Plan.objects.all(), required=False
    )
    year = forms.TypedChoiceField(label=_("Verslagjaar"), coerce=int)
    note = forms.CharField(label=_("Stand van zaken"), widget=forms.Textarea(attrs={"rows": 6}))
    reason = forms.CharField(label=_("Toelichting bij de wijziging"), required=False, max_length=500)
    version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args, years: list[int], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [(year, str(year)) for year in years]
