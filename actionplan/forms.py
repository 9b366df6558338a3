"""Forms of the action plan screens."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from workbench.forms import ErrorsDescribedMixin, explain_date_fields

from .models import STATUS_CHOICES, Action, ActionStatus, Plan
from .selectors import changes_since_version


class HistoryReasonForm(WagtailAdminModelForm):
    """Base form of the beheerder's edit screens: asks why, and keeps it in the history record."""

    change_reason = forms.CharField(
        label=_("Reden van de wijziging"),
        required=False,
        max_length=500,
        help_text=_("Komt in de geschiedenis van dit object."),
    )

    expected_version = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        explain_date_fields(self)
        if "expected_version" in self.fields and self.instance.pk and hasattr(self.instance, "version"):
            self.fields["expected_version"].initial = self.instance.version

    def clean(self):
        """Refuse to overwrite what someone else saved after this form was opened."""
        cleaned = super().clean()
        expected = cleaned.get("expected_version")
        instance = self.instance
        if expected is None or not instance.pk or not hasattr(instance, "version"):
            return cleaned
        current = type(instance).objects.filter(pk=instance.pk).values_list("version", flat=True).first()
        if current != expected:
            self.concurrent_changes = (
                changes_since_version(instance, expected) if isinstance(instance, Action) else []
            )
            summary = "; ".join(
                f"{entry.who}: " + ", ".join(f"{field} {old} → {new}" for field, old, new in entry.changes)
                for entry in self.concurrent_changes
            )
            raise forms.ValidationError(
                _("Iemand anders heeft dit intussen gewijzigd (%(changes)s). Laad de pagina opnieuw.")
                % {"changes": summary or _("onbekende wijziging")},
                code="concurrent_update",
            )
        return cleaned

    def save(self, commit=True):
        instance = super().save(commit=False)
        instance._change_reason = self.cleaned_data.get("change_reason") or _("Gewijzigd in beheer")
        if hasattr(instance, "version") and instance.pk:
            instance.version += 1
        if commit:
            instance.save()
            self.save_m2m()
        return instance


class PostponementFieldsMixin:
    """The "Doorgeschoven naar" fields count only with the status doorgeschoven.

    Another status ignores what they hold (the service clears them; a value left in a field the
    browser hid is no error). The markers let admin.js show them only with that status
    (``data-mhm-shows`` on the select: the value that shows the fields marked ``data-mhm-shown-by``).
    """

    POSTPONEMENT_FIELDS = ("postponed_to_year", "postponed_to_plan")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].widget.attrs["data-mhm-shows"] = ActionStatus.POSTPONED
        names = [name for name in self.POSTPONEMENT_FIELDS if name in self.fields]
        for name in names:
            self.fields[name].widget.attrs["data-mhm-shown-by"] = self.add_prefix("status")
        if self.is_bound and self.data.get(self.add_prefix("status")) != ActionStatus.POSTPONED:
            self.data = self.data.copy()
            for name in names:
                self.data[self.add_prefix(name)] = ""


class ActionStatusForm(ErrorsDescribedMixin, PostponementFieldsMixin, forms.Form):
    """The stand van zaken of one reporting year: status, postponement and text.

    The year is not a field: it is the year the page was opened for, so the text shown is always the
    text saved.
    """

    status = forms.ChoiceField(label=_("Status"), choices=STATUS_CHOICES, required=False)
    postponed_to_year = forms.IntegerField(
        label=_("Doorgeschoven naar jaar"), required=False, min_value=2000, max_value=2100
    )
    postponed_to_plan = forms.ModelChoiceField(
        label=_("Doorgeschoven naar plan"), queryset=Plan.objects.all(), required=False
    )
    note = forms.CharField(label=_("Stand van zaken"), widget=forms.Textarea(attrs={"rows": 6}))
    reason = forms.CharField(label=_("Toelichting bij de wijziging"), required=False, max_length=500)
    version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args, correction_year: int | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        if correction_year:
            reason = self.fields["reason"]
            reason.label = _("Reden van de correctie")
            reason.required = True
            reason.error_messages["required"] = _(
                "Geef de reden van deze correctie: verslagjaar %(year)s is al gepubliceerd."
            ) % {"year": correction_year}
            reason.help_text = _(
                "Dit jaar is gepubliceerd: de wijziging komt als correctie in de geschiedenis."
            )
