from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .tables import DimensionValue, Table


def coord_key(coords: dict[str, str]) -> str:
    """The canonical key of a combination of dimension values: ``dim=value|dim=value``, sorted by code."""
    return "|".join(f"{dim}={coords[dim]}" for dim in sorted(coords))


def parse_coord_key(key: str) -> dict[str, str]:
    if not key:
        return {}
    return dict(part.split("=", 1) for part in key.split("|"))


class Observation(models.Model):
    """One number of a table for a year and a combination of dimension values (one value per dimension).

    ``value`` NULL means "niet beschikbaar". The canonical ``coord_key`` makes one observation per
    table, year and combination a database constraint; ``coordinates`` lets queries filter by value.
    """

    table = models.ForeignKey(
        Table, verbose_name=_("tabel"), on_delete=models.CASCADE, related_name="observations"
    )
    year = models.PositiveIntegerField(_("jaar"))
    coord_key = models.CharField(_("coördinaten"), max_length=500)
    coordinates = models.ManyToManyField(
        DimensionValue, verbose_name=_("dimensiewaarden"), related_name="observations"
    )
    value = models.PositiveIntegerField(_("waarde"), null=True, blank=True)
    version = models.PositiveIntegerField(default=0, editable=False)
    history = HistoricalRecords()

    region_lookup = "table__region"

    class Meta:
        ordering = ["table", "year", "coord_key"]
        verbose_name = _("waarneming")
        verbose_name_plural = _("waarnemingen")
        constraints = [
            models.UniqueConstraint(fields=["table", "year", "coord_key"], name="monitor_observation_unique")
        ]
        indexes = [models.Index(fields=["year", "table"])]

    def __str__(self) -> str:
        shown = "niet beschikbaar" if self.value is None else self.value
        return f"{self.table.code} {self.year} [{self.coord_key}] = {shown}"

    @property
    def coords(self) -> dict[str, str]:
        return parse_coord_key(self.coord_key)


class Footnote(models.Model):
    """A note on a cell (observation), a row (dimension value) or a whole table, numbered as printed.

    Every footnote is for readers. A *kwaliteit* note is the public explanation of a consistency
    finding that the beheerder accepted (``finding_key`` names the finding, see ``monitor.checks``);
    ``working_note`` is for editors and partners only and never leaves the workbench.
    """

    class Kind(models.TextChoices):
        SOURCE = "bron", _("Voetnoot van de bron")
        QUALITY = "kwaliteit", _("Kwaliteitsnoot")

    table = models.ForeignKey(
        Table, verbose_name=_("tabel"), on_delete=models.CASCADE, related_name="footnotes"
    )
    year = models.PositiveIntegerField(_("jaar"), null=True, blank=True, help_text=_("Leeg: elk jaar."))
    number = models.PositiveIntegerField(_("nummer"))
    text = models.TextField(_("tekst"), help_text=_("Voor lezers."))
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices, default=Kind.SOURCE)
    finding_key = models.CharField(_("bevinding"), max_length=500, blank=True, editable=False)
    working_note = models.TextField(
        _("werknotitie"), blank=True, help_text=_("Alleen voor redactie en partners; nooit openbaar.")
    )
    observation = models.ForeignKey(
        Observation,
        verbose_name=_("cel"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="footnotes",
    )
    dimension_value = models.ForeignKey(
        DimensionValue,
        verbose_name=_("rij"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="footnotes",
    )
    history = HistoricalRecords()

    region_lookup = "table__region"

    class Meta:
        ordering = ["table", "number"]
        verbose_name = _("voetnoot")
        verbose_name_plural = _("voetnoten")
        constraints = [
            models.UniqueConstraint(fields=["table", "year", "number"], name="monitor_footnote_unique")
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.text[:60]}"

    def clean(self):
        if self.observation_id and self.dimension_value_id:
            raise ValidationError(_("Een voetnoot hoort bij een cel of een rij, niet bij beide."))

    @property
    def level(self) -> str:
        if self.observation_id:
            return "cel"
        return "rij" if self.dimension_value_id else "tabel"


class JointReport(models.Model):
    """One report (melding) made jointly for two municipalities and counted under both.

    Recorded so that a column whose municipal rows add up to more than its printed total is
    explained rather than silently counted twice.
    """

    table = models.ForeignKey(
        Table, verbose_name=_("tabel"), on_delete=models.CASCADE, related_name="joint_reports"
    )
    year = models.PositiveIntegerField(_("jaar"))
    column = models.ForeignKey(
        DimensionValue,
        verbose_name=_("kolom"),
        on_delete=models.CASCADE,
        related_name="joint_reports_in_column",
    )
    municipality = models.ForeignKey(
        DimensionValue,
        verbose_name=_("gemeente"),
        on_delete=models.CASCADE,
        related_name="joint_reports",
    )
    other_municipality = models.ForeignKey(
        DimensionValue,
        verbose_name=_("samen met gemeente"),
        on_delete=models.CASCADE,
        related_name="joint_reports_as_other",
    )
    count = models.PositiveIntegerField(_("aantal meldingen"), default=1)
    footnote = models.ForeignKey(
        Footnote,
        verbose_name=_("voetnoot"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="joint_reports",
    )
    history = HistoricalRecords()

    region_lookup = "table__region"

    class Meta:
        ordering = ["table", "year", "pk"]
        verbose_name = _("gezamenlijke melding")
        verbose_name_plural = _("gezamenlijke meldingen")
        constraints = [
            models.UniqueConstraint(
                fields=["table", "year", "column", "municipality", "other_municipality"],
                name="monitor_jointreport_unique",
            )
        ]

    def __str__(self) -> str:
        return f"{self.municipality} + {self.other_municipality} ({self.table.code} {self.year})"
