"""Forms of the figures screens."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from . import permissions, services
from .importing import MAX_VALUE
from .models import Observation


class WholeNumberField(forms.IntegerField):
    """An integer written in ASCII digits: Django's IntegerField also reads "٣" and "５"."""

    default_error_messages = {"max_value": _("Het getal is te groot; hoogstens %(limit_value)s.")}

    @property
    def limits(self) -> dict:
        return {"limit_value": self.max_value}

    def to_python(self, value):
        text = str(value).strip() if value is not None else ""
        if text and not re.fullmatch(r"-?[0-9]+", text):
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        if len(text.lstrip("-0")) > 20:  # int() of thousands of digits is slow, and out of range
            raise ValidationError(self.error_messages["max_value"], code="max_value", params=self.limits)
        return super().to_python(value)


class GridForm(forms.Form):
    """One optional whole-number field per cell of a table's grid; empty is "niet beschikbaar"."""

    reason = forms.CharField(label=_("Toelichting bij de wijziging"), required=False, max_length=500)

    def __init__(self, *args, keys: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.keys = keys
        for key in keys:
            self.fields[f"cel__{key}"] = WholeNumberField(
                required=False,
                min_value=0,
                max_value=MAX_VALUE,
                label=key,
                error_messages={"invalid": _("Vul een geheel getal in.")},
            )
            # The cell's version and value when the form was opened (-1: nothing stored yet).
            self.fields[f"versie__{key}"] = forms.IntegerField(required=False, widget=forms.HiddenInput)
            self.fields[f"oud__{key}"] = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def values(self) -> dict[str, int | None]:
        return {key: self.cleaned_data.get(f"cel__{key}") for key in self.keys}

    def touched(self) -> set[str]:
        """The cells this user changed in the form (against what it showed when opened)."""
        return {
            key
            for key in self.keys
            if self.cleaned_data.get(f"cel__{key}") != self.cleaned_data.get(f"oud__{key}")
        }

    def clean(self):
        """Refuse a save that does not say which version of each cell it is based on."""
        cleaned = super().clean()
        if any(cleaned.get(f"versie__{key}") is None for key in self.keys):
            raise ValidationError(
                _("Het is niet bekend op welke versie deze wijziging is gebaseerd. Laad de pagina opnieuw."),
                code="missing_version",
            )
        return cleaned

    def versions(self) -> dict[str, int | None]:
        """The version of each cell when the form was opened (None: it held no figure)."""
        loaded = {key: self.cleaned_data[f"versie__{key}"] for key in self.keys}
        return {key: None if version < 0 else version for key, version in loaded.items()}


class UploadForm(forms.Form):
    # An empty file is let through, so that the import says "Het bestand is leeg." in its own words.
    file = forms.FileField(label=_("Ingevuld bestand (XLSX of CSV)"), allow_empty_file=True)
    dry_run = forms.BooleanField(label=_("Alleen controleren, niets opslaan"), required=False)


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Toelichting"), required=False, max_length=500)


EXPLANATION_PREFIX = "toelichting:"


class ReviewForm(ReasonForm):
    """The beheerder's review of a delivery: a reason, and per finding a public explanation (optional;
    a fout without one blocks the edition's publication)."""

    def __init__(self, *args, findings: list, **kwargs):
        super().__init__(*args, **kwargs)
        for finding in findings:
            self.fields[EXPLANATION_PREFIX + finding.key] = forms.CharField(
                label=_("Toelichting voor lezers"),
                required=False,
                max_length=1000,
                widget=forms.Textarea(attrs={"rows": 2}),
            )

    def explanations(self) -> dict[str, str]:
        return {
            name.removeprefix(EXPLANATION_PREFIX): value
            for name, value in self.cleaned_data.items()
            if name.startswith(EXPLANATION_PREFIX) and value.strip()
        }


class ObservationForm(WagtailAdminModelForm):
    """The beheerder's edit form of one number, written through the services like every other screen.

    Once saved, an observation keeps its table, year and combination; only its value changes. A
    figure of a validated or published delivery changes only as a correction, with a reason
    (``services.observation_correct``); of an open or submitted one through ``observation_set``.
    """

    change_reason = forms.CharField(
        label=_("Reden van de wijziging"),
        required=False,
        max_length=500,
        help_text=_(
            "Verplicht bij een gevalideerd of gepubliceerd cijfer: de wijziging is dan een correctie."
        ),
    )
    # The version the edit screen showed: a save without it, or based on an older one, is refused.
    expected_version = forms.IntegerField(required=False, widget=forms.HiddenInput)

    class Meta:
        model = Observation
        fields = ["table", "year", "coord_key", "value"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            for name in ("table", "year", "coord_key"):
                if name in self.fields:
                    self.fields[name].disabled = True
            if "expected_version" in self.fields:
                self.fields["expected_version"].initial = self.instance.version

    def clean(self):
        data = super().clean()
        if self.instance.pk and data.get("expected_version") is None:
            raise ValidationError(
                _("Het is niet bekend op welke versie deze wijziging is gebaseerd. Laad de pagina opnieuw."),
                code="missing_version",
            )
        table, key, year = data.get("table"), data.get("coord_key"), data.get("year")
        if table and key is not None:
            try:
                self._coords = dict(part.split("=", 1) for part in key.split("|")) if key else {}
                services.resolve_coords(table, self._coords)
            except (ValueError, ValidationError) as error:
                raise ValidationError({"coord_key": _("Ongeldige combinatie: %s") % error}) from error
        if table and year:
            delivery = services.delivery_for(region=table.region_id, partner=table.partner, year=year)
            if permissions.needs_correction(delivery) and not (data.get("change_reason") or "").strip():
                self.add_error(
                    "change_reason",
                    _(
                        "De cijfers van %(partner)s over %(year)s zijn %(status)s: "
                        "geef de reden van de correctie."
                    )
                    % {
                        "partner": table.partner,
                        "year": year,
                        "status": delivery.get_status_display().lower(),
                    },
                )
        return data

    def save(self, commit=True):
        data = self.cleaned_data
        write = {
            "table": data["table"],
            "year": data["year"],
            "coords": self._coords,
            "value": data.get("value"),
            "user": self.for_user,
            "reason": data.get("change_reason") or _("Gewijzigd in beheer"),
            "expected_version": data.get("expected_version") if self.instance.pk else None,
        }
        self.instance = services.observation_correct(**write)
        return self.instance

    def conflict_error(self, expected: int | None) -> ValidationError:
        """Someone else saved this figure after the form was opened (``VersionedEditView``)."""
        current = Observation.objects.filter(pk=self.instance.pk).first()
        shown = _("verwijderd") if current is None else current.value
        return ValidationError(
            _("Iemand anders heeft dit cijfer intussen gewijzigd (nu: %(value)s). Laad de pagina opnieuw.")
            % {"value": _("niet beschikbaar") if shown is None else shown},
            code="concurrent_update",
        )


SUBMIT_EXPLANATION_PREFIX = "uitleg:"


class SubmitForm(ReasonForm):
    """A datapartner hands in the year's figures: per finding of severity fout an explanation."""

    def __init__(self, *args, errors: list, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].label = _("Opmerking voor de beheerder (niet verplicht)")
        self.explained = []
        for finding in errors:
            name = SUBMIT_EXPLANATION_PREFIX + finding.key
            self.fields[name] = forms.CharField(
                label=_("Uw toelichting"),
                max_length=1000,
                widget=forms.Textarea(attrs={"rows": 2}),
                error_messages={"required": _("Licht deze fout toe voordat u indient.")},
            )
            self.explained.append((finding, name))

    def explanation_fields(self) -> list[tuple]:
        return [(finding, self[name]) for finding, name in self.explained]

    def explanations(self) -> dict[str, str]:
        return {finding.key: self.cleaned_data.get(name, "") for finding, name in self.explained}
