"""Models of the reporting rounds: the round, the update each action owes in it, the reminder log."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from actionplan.models import Action, ActionStatus, Plan


class ReportingRound(models.Model):
    """A yearly request to the owners of a plan's open actions for their stand van zaken, by a deadline."""

    plan = models.ForeignKey(
        Plan, verbose_name=_("actieplan"), on_delete=models.PROTECT, related_name="reporting_rounds"
    )
    year = models.PositiveSmallIntegerField(_("jaar"))
    deadline = models.DateField(_("uiterste datum"))
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("geopend door"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    opened_at = models.DateTimeField(_("geopend op"))
    closed = models.BooleanField(_("gesloten"), default=False)
    history = HistoricalRecords()

    region_lookup = "plan__region"

    class Meta:
        ordering = ["-year", "plan"]
        verbose_name = _("rapportageronde")
        verbose_name_plural = _("rapportagerondes")
        constraints = [
            models.UniqueConstraint(fields=["plan", "year"], name="unique_reporting_round_year"),
        ]

    def __str__(self) -> str:
        return _("Rapportageronde %(year)s (%(plan)s)") % {"year": self.year, "plan": self.plan}


class UpdateState(models.TextChoices):
    TODO = "te_doen", _("Te doen")
    SUBMITTED = "ingediend", _("Ingediend")
    RETURNED = "teruggestuurd", _("Teruggestuurd")
    ACCEPTED = "geaccepteerd", _("Geaccepteerd")


class ActionUpdate(models.Model):
    """The update an owning organisation owes for one action in one reporting round.

    It walks te doen -> ingediend -> geaccepteerd, or back to teruggestuurd and ingediend again;
    the history keeps every submission and review.
    """

    round = models.ForeignKey(
        ReportingRound, verbose_name=_("ronde"), on_delete=models.CASCADE, related_name="updates"
    )
    action = models.ForeignKey(
        Action, verbose_name=_("actie"), on_delete=models.PROTECT, related_name="round_updates"
    )
    state = models.CharField(_("fase"), max_length=20, choices=UpdateState.choices, default=UpdateState.TODO)
    status = models.CharField(_("status"), max_length=20, choices=ActionStatus.choices, blank=True)
    text = models.TextField(_("stand van zaken"), blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ingediend door"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    submitted_at = models.DateTimeField(_("ingediend op"), null=True, blank=True)
    submission_count = models.PositiveSmallIntegerField(_("aantal keer ingediend"), default=0)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("beoordeeld door"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("beoordeeld op"), null=True, blank=True)
    review_comment = models.TextField(_("toelichting beoordeling"), blank=True)
    history = HistoricalRecords()

    region_lookup = "round__plan__region"

    class Meta:
        ordering = ["round", "action__opgave__number", "action__sort_order", "action__pk"]
        verbose_name = _("actie-update")
        verbose_name_plural = _("actie-updates")
        constraints = [
            models.UniqueConstraint(fields=["round", "action"], name="unique_action_update_per_round"),
        ]

    def __str__(self) -> str:
        return f"{self.action} ({self.round.year})"

    @property
    def is_open(self) -> bool:
        """Still awaited from the owner: not yet submitted, or sent back."""
        return self.state in (UpdateState.TODO, UpdateState.RETURNED)


class ReminderLog(models.Model):
    """That a reminder of a kind went to a user on a day, so each user gets at most one a day."""

    class Kind(models.TextChoices):
        OWNER = "eigenaar", _("Herinnering actiehouder")
        MANAGER = "beheerder", _("Overzicht voor beheerder")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("gebruiker"), on_delete=models.CASCADE, related_name="+"
    )
    date = models.DateField(_("datum"))
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)
    sent_at = models.DateTimeField(_("verzonden op"), auto_now_add=True)
    action_count = models.PositiveIntegerField(_("aantal acties"), default=0)

    region_lookup = "user__membership__organisation__region"

    class Meta:
        ordering = ["-date", "user"]
        verbose_name = _("herinnering")
        verbose_name_plural = _("herinneringen")
        constraints = [
            models.UniqueConstraint(fields=["user", "date", "kind"], name="unique_reminder_per_day"),
        ]

    def __str__(self) -> str:
        return f"{self.user} {self.date} {self.kind}"
