"""Models of the Regionale Tafel: its meetings and its advice or decision per opgave."""

from django.conf import settings
from django.db import models
from django.utils import formats
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from actionplan.models import Opgave, Plan


class Meeting(models.Model):
    """A meeting of the Regionale Tafel (the board) that reviews a plan's progress."""

    plan = models.ForeignKey(
        Plan, verbose_name=_("actieplan"), on_delete=models.PROTECT, related_name="meetings"
    )
    date = models.DateField(_("datum"))
    title = models.CharField(_("titel"), max_length=200, blank=True)
    history = HistoricalRecords()

    region_lookup = "plan__region"

    class Meta:
        ordering = ["-date"]
        verbose_name = _("vergadering")
        verbose_name_plural = _("vergaderingen")
        constraints = [
            models.UniqueConstraint(fields=["plan", "date"], name="unique_meeting_date"),
        ]

    def __str__(self) -> str:
        label = _("Regionale Tafel %(date)s") % {"date": formats.date_format(self.date, "j F Y")}
        return f"{label} – {self.title}" if self.title else label


class ReviewNote(models.Model):
    """The board's advice or decision on one opgave at one meeting."""

    class Kind(models.TextChoices):
        ADVICE = "advies", _("Advies")
        DECISION = "besluit", _("Besluit")

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("vergadering"), on_delete=models.CASCADE, related_name="notes"
    )
    opgave = models.ForeignKey(
        Opgave, verbose_name=_("opgave"), on_delete=models.PROTECT, related_name="review_notes"
    )
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices, default=Kind.ADVICE)
    text = models.TextField(_("tekst"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("vastgelegd door"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("vastgelegd op"), auto_now_add=True)
    history = HistoricalRecords()

    region_lookup = "meeting__plan__region"

    class Meta:
        ordering = ["meeting", "opgave__number", "pk"]
        verbose_name = _("advies of besluit")
        verbose_name_plural = _("adviezen en besluiten")

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.opgave} ({self.meeting.date})"
