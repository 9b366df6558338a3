"""Forms of the action plan screens."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from workbench.forms import BasedOnVersionMixin, ErrorsDescribedMixin, explain_date_fields
from workbench.history import VersionMissing, record_history, save_versioned

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

    def is_versioned_edit(self) -> bool:
        """An edit of an object with a version: written only through ``save_versioned``."""
        return bool(self.instance.pk) and hasattr(self.instance, "version")

    def clean(self):
        """Refuse a save without the version it is based on, or based on an outdated version."""
        cleaned = super().clean()
        if not self.is_versioned_edit():
            return cleaned
        expected = cleaned.get("expected_version")
        if expected is None:
            raise VersionMissing
        current = type(self.instance).objects.filter(pk=self.instance.pk).values_list("version", flat=True)
        if current.first() != expected:
            raise self.conflict_error(expected)
        return cleaned

    def conflict_error(self, expected: int) -> forms.ValidationError:
        """Someone else saved after the form was opened: say what they changed since."""
        instance = self.instance
        is_action = isinstance(instance, Action)
        self.concurrent_changes = changes_since_version(instance, expected) if is_action else []
        summary = "; ".join(
            f"{entry.who}: " + ", ".join(f"{field} {old} → {new}" for field, old, new in entry.changes)
            for entry in self.concurrent_changes
        )
        return forms.ValidationError(
            _("Iemand anders heeft dit intussen gewijzigd (%(changes)s). Laad de pagina opnieuw.")
            % {"changes": summary or _("onbekende wijziging")},
            code="concurrent_update",
        )

    def save(self, commit=True):
        """Save with the reason; a versioned object through ``save_versioned``, which raises
        ``ConcurrentUpdate`` when someone else saved in between (``VersionedEditView``)."""
        instance = super().save(commit=False)
        reason = self.cleaned_data.get("change_reason") or _("Gewijzigd in beheer")
        if not commit:
            record_history(instance, user=self.for_user, reason=reason)
            return instance
        if self.is_versioned_edit():
            save_versioned(
                instance,
                expected_version=self.cleaned_data["expected_version"],
                user=self.for_user,
                reason=reason,
            )
        else:
            record_history(instance, user=self.for_user, reason=reason)
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


class ActionStatusForm(BasedOnVersionMixin, ErrorsDescribedMixin, PostponementFieldsMixin, forms.Form):
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
