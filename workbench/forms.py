"""Form pieces every app's admin screens share."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.widgets import AdminDateInput

from workbench.history import VersionMissing

DATE_FORMAT = "%d-%m-%Y"  # settings.WAGTAIL_DATE_FORMAT: what the date picker writes
DATE_HELP = _("Datum als dd-mm-jjjj, bijvoorbeeld 31-12-2026.")


class DateField(forms.DateField):
    """A date through Wagtail's date picker, typed or picked as dd-mm-jjjj (or ISO, as scripts send
    it), with that format in the help text whatever the admin's language."""

    widget = AdminDateInput

    def __init__(self, *, help_text=DATE_HELP, **kwargs):
        kwargs.setdefault("input_formats", [DATE_FORMAT, "%Y-%m-%d"])
        super().__init__(help_text=help_text, **kwargs)


def explain_date_fields(form: forms.BaseForm) -> None:
    """Give the date fields of a model form (Wagtail's panels pick the date picker) the format hint,
    after their own help text if they have one."""
    for field in form.fields.values():
        if isinstance(field, forms.DateField) and "dd-mm-jjjj" not in str(field.help_text):
            field.help_text = f"{field.help_text} {DATE_HELP}" if field.help_text else DATE_HELP


class ErrorsDescribedMixin:
    """Tie a field's error to it also when the field has help text.

    Wagtail's field rendering points aria-describedby at the help text only when there is one, so
    a screen reader would not hear the error; with this, it points at both (the error's id is the
    one our templates give formattedfield: ``<auto_id>_error``).
    """

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name in self.fields and self.fields[name].help_text:
                bound = self[name]
                widget = self.fields[name].widget
                widget.attrs["aria-describedby"] = f"{bound.id_for_label}-helptext {bound.auto_id}_error"


class DateHintModelForm(WagtailAdminModelForm):
    """The base form of a snippet whose edit screen Wagtail builds: date fields get the format hint."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        explain_date_fields(self)


class BasedOnVersionMixin:
    """A form whose save is based on the version of an object the screen showed (a hidden field,
    ``version_field``): a POST without it is refused, with a message people see, never waved through
    (``workbench.history.save_versioned`` compares it)."""

    version_field = "version"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get(self.version_field)
        if field is not None:
            field.required = False  # its absence is the form's error, not a hidden field's

    def clean(self):
        cleaned = super().clean()
        if self.version_field in self.fields and cleaned.get(self.version_field) is None:
            raise VersionMissing
        return cleaned
