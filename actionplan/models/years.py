from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class ReportingYearClosure(models.Model):
    """That a reporting year is closed: its edition is published, so its stand van zaken is a fact.

    Actiehouders no longer write a closed year; a beheerder may, with a reason (a correction).
    Set by the publication (cms calls ``actionplan.services.reporting_year_close``).
    """

    region = models.ForeignKey(
        "regions.Region", verbose_name=_("regio"), on_delete=models.PROTECT, related_name="closed_years"
    )
    year = models.PositiveSmallIntegerField(_("verslagjaar"))
    closed_at = models.DateTimeField(_("afgesloten op"))
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("afgesloten door"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    reason = models.CharField(_("reden"), max_length=500, blank=True)
    history = HistoricalRecords()

    region_lookup = "region"

    class Meta:
        ordering = ["-year"]
        constraints = [
            models.UniqueConstraint(fields=["region", "year"], name="reporting_year_closure_per_region")
        ]
        verbose_name = _("afgesloten verslagjaar")
        verbose_name_plural = _("afgesloten verslagjaren")

    def __str__(self) -> str:
        return _("Verslagjaar %(year)s afgesloten") % {"year": self.year}
