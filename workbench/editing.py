"""The beheerder's edit screens of recorded objects, in every app: the form that asks why (the reason
goes into the history record) and, for an object with a ``version``, saves through the one write path
(``workbench.history.save_versioned``); the hidden panel that carries the version; and the edit view
that shows a save which lost the race as the form's error.

They live here, not in one app, because the plan, the figures and the accounts all use them.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel
from wagtail.admin.views.generic import EditView

from workbench.forms import explain_date_fields
from workbench.history import ConcurrentUpdate, VersionMissing, record_history, save_versioned


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

    def changes_since(self, expected: int) -> list:
        """What others changed since ``expected`` (history entries with ``who`` and ``changes``); a
        form of a model whose history can say so overrides this (``actionplan.forms.ActionForm``)."""
        return []

    def conflict_error(self, expected: int) -> forms.ValidationError:
        """Someone else saved after the form was opened: say what they changed since."""
        self.concurrent_changes = self.changes_since(expected)
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


class HiddenFieldPanel(FieldPanel):
    """A form field that goes along with the form but is not for people (the version a save is
    based on): the hidden input only, without a label."""

    class BoundPanel(FieldPanel.BoundPanel):
        template_name = "workbench/panels/hidden_field.html"

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.heading = ""  # no label above a hidden input


class VersionedEditView(EditView):
    """The beheerder's edit screen of a versioned object (HistoryReasonForm): a save that lost the
    race to another (``ConcurrentUpdate``) is shown as the form's conflict error."""

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ConcurrentUpdate:
            form.add_error(None, form.conflict_error(form.cleaned_data["expected_version"]))
            self.produced_error_code = "validation_error"
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)
