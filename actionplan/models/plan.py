import datetime

from django.db import models
from django.utils import formats
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .organisations import Municipality, Organisation


class Plan(models.Model):
    """A regional action plan for a period (2024-2026, 2027-2030, ...); closed plans are read-only."""

    region = models.ForeignKey(
        "regions.Region", verbose_name=_("regio"), on_delete=models.PROTECT, related_name="plans"
    )
    title = models.CharField(_("titel"), max_length=200)
    start_year = models.PositiveSmallIntegerField(_("beginjaar"))
    end_year = models.PositiveSmallIntegerField(_("eindjaar"))
    is_closed = models.BooleanField(_("afgesloten"), default=False)
    predecessor = models.ForeignKey(
        "self",
        verbose_name=_("vorig plan"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="successors",
    )
    history = HistoricalRecords()

    region_lookup = "region"

    class Meta:
        ordering = ["-start_year"]
        verbose_name = _("actieplan")
        verbose_name_plural = _("actieplannen")
        constraints = [
            models.UniqueConstraint(fields=["region", "start_year", "end_year"], name="unique_plan_period"),
            models.CheckConstraint(
                condition=models.Q(end_year__gte=models.F("start_year")), name="plan_period_order"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def period(self) -> str:
        return f"{self.start_year}-{self.end_year}"


class Opgave(models.Model):
    """One of a plan's tasks (opgaven), in the plan's order."""

    plan = models.ForeignKey(
        Plan, verbose_name=_("actieplan"), on_delete=models.CASCADE, related_name="opgaven"
    )
    number = models.PositiveSmallIntegerField(_("nummer"))
    title = models.CharField(_("titel"), max_length=250)
    short_title = models.CharField(_("korte titel"), max_length=100)
    description = models.TextField(_("omschrijving"), blank=True)
    history = HistoricalRecords()

    region_lookup = "plan__region"

    class Meta:
        ordering = ["plan", "number"]
        verbose_name = _("opgave")
        verbose_name_plural = _("opgaven")
        constraints = [
            models.UniqueConstraint(fields=["plan", "number"], name="unique_opgave_number"),
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.short_title}"


class Timing(models.Model):
    """When something happens, as precisely as the source says: a year, a quarter, a month or a day."""

    year = models.PositiveSmallIntegerField(_("jaar"), null=True, blank=True)
    quarter = models.PositiveSmallIntegerField(
        _("kwartaal"), null=True, blank=True, choices=[(q, f"Q{q}") for q in range(1, 5)]
    )
    month = models.PositiveSmallIntegerField(
        _("maand"), null=True, blank=True, choices=[(m, str(m)) for m in range(1, 13)]
    )
    date = models.DateField(_("datum"), null=True, blank=True)

    class Meta:
        abstract = True

    @property
    def timing_label(self) -> str:
        if self.date:
            return formats.date_format(self.date, "j F Y")
        if self.year and self.month:
            return formats.date_format(datetime.date(self.year, self.month, 1), "F Y")
        if self.year and self.quarter:
            return f"Q{self.quarter} {self.year}"
        return str(self.year or "")


class ActionStatus(models.TextChoices):
    PLANNED = "gepland", _("Niet gestart / gepland")
    RUNNING = "lopend", _("Lopend")
    CONTINUOUS = "doorlopend", _("Doorlopend")
    DONE = "afgerond", _("Afgerond")
    POSTPONED = "doorgeschoven", _("Doorgeschoven")
    CANCELLED = "vervallen", _("Vervallen")


# No status: the source (or the owner) gives none. Shown as such, never replaced by a guess.
NOT_STATED = ""
NOT_STATED_LABEL = _("Niet vermeld")
STATUS_CHOICES = [(NOT_STATED, NOT_STATED_LABEL), *ActionStatus.choices]


def status_label(status: str) -> str:
    return str(dict(STATUS_CHOICES).get(status, status))


# No owner: the source names no lead organisation. Shown as such, never replaced by a guess; the
# beheerder reports on such an action (co-owners' actiehouders may too).
OWNER_NOT_STATED_LABEL = _("niet vermeld")


def owner_label(name) -> str:
    """An owner's name as shown, or "niet vermeld" when there is none (None or empty)."""
    return str(name) if name else str(OWNER_NOT_STATED_LABEL)


def _postponed_display(label: str, status: str, to_plan, to_year) -> str:
    if status == ActionStatus.POSTPONED and (to_plan or to_year):
        return f"{label} ({to_plan or to_year})"
    return label


class Action(Timing):
    """An action (actie) under an opgave, owned by a lead organisation and its co-owners."""

    opgave = models.ForeignKey(
        Opgave, verbose_name=_("opgave"), on_delete=models.PROTECT, related_name="actions"
    )
    title = models.CharField(_("titel"), max_length=250)
    description = models.TextField(_("omschrijving"), blank=True)
    lead = models.ForeignKey(
        Organisation,
        verbose_name=_("trekker"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="led_actions",
        help_text=_("Leeg als de bron geen trekker noemt: dan staat er 'niet vermeld'."),
    )
    co_owners = models.ManyToManyField(
        Organisation, verbose_name=_("mede-eigenaars"), blank=True, related_name="co_owned_actions"
    )
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("gemeente (aanpak in de regio)"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="actions",
    )
    # The current status: that of the latest reporting year (kept by actionplan.services).
    status = models.CharField(
        _("status"), max_length=20, choices=STATUS_CHOICES, blank=True, default=NOT_STATED
    )
    postponed_to_year = models.PositiveSmallIntegerField(_("doorgeschoven naar jaar"), null=True, blank=True)
    postponed_to_plan = models.ForeignKey(
        Plan,
        verbose_name=_("doorgeschoven naar plan"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="postponed_actions",
    )
    origin = models.ForeignKey(
        "self",
        verbose_name=_("voortgezet uit"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="continuations",
    )
    sort_order = models.PositiveIntegerField(_("volgorde"), default=0)
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords(m2m_fields=[co_owners])

    region_lookup = "opgave__plan__region"

    class Meta:
        ordering = ["opgave__plan", "opgave__number", "sort_order", "pk"]
        verbose_name = _("actie")
        verbose_name_plural = _("acties")

    def __str__(self) -> str:
        return self.title

    @property
    def lead_display(self) -> str:
        """The lead organisation, or "niet vermeld" (uses the selected relation, no query)."""
        return owner_label(self.lead if self.lead_id else None)

    @property
    def co_owners_display(self) -> str:
        """Co-owners as text, from the prefetched relation (lists and exports)."""
        return ", ".join(str(org) for org in self.co_owners.all())

    @property
    def status_display(self) -> str:
        to_plan = self.postponed_to_plan if self.postponed_to_plan_id else None
        return _postponed_display(self.get_status_display(), self.status, to_plan, self.postponed_to_year)


class ProgressNote(models.Model):
    """The stand van zaken of an action for one reporting year: that year's status, postponement and text.

    A year's note is that year's fact; the action's current status is the latest year's.
    """

    action = models.ForeignKey(
        Action, verbose_name=_("actie"), on_delete=models.CASCADE, related_name="progress_notes"
    )
    year = models.PositiveSmallIntegerField(_("jaar"))
    status = models.CharField(_("status"), max_length=20, choices=STATUS_CHOICES, blank=True)
    postponed_to_year = models.PositiveSmallIntegerField(_("doorgeschoven naar jaar"), null=True, blank=True)
    postponed_to_plan = models.ForeignKey(
        Plan,
        verbose_name=_("doorgeschoven naar plan"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    text = models.TextField(_("stand van zaken"))
    history = HistoricalRecords()

    region_lookup = "action__opgave__plan__region"

    class Meta:
        ordering = ["action", "-year"]
        verbose_name = _("stand van zaken")
        verbose_name_plural = _("standen van zaken")
        constraints = [
            models.UniqueConstraint(fields=["action", "year"], name="unique_progress_note_year"),
        ]

    def __str__(self) -> str:
        return f"{self.action} ({self.year})"

    @property
    def status_display(self) -> str:
        to_plan = self.postponed_to_plan if self.postponed_to_plan_id else None
        return _postponed_display(self.get_status_display(), self.status, to_plan, self.postponed_to_year)


class OutlookItem(Timing):
    """An item of the doorkijk: what is planned for the next year under an opgave."""

    opgave = models.ForeignKey(
        Opgave, verbose_name=_("opgave"), on_delete=models.PROTECT, related_name="outlook_items"
    )
    outlook_year = models.PositiveSmallIntegerField(_("doorkijk naar jaar"))
    title = models.CharField(_("titel"), max_length=250)
    description = models.TextField(_("omschrijving"), blank=True)
    owners = models.ManyToManyField(
        Organisation,
        verbose_name=_("eigenaars"),
        blank=True,
        related_name="outlook_items",
        help_text=_("Leeg als de bron geen eigenaar noemt: dan staat er 'trekker niet vermeld'."),
    )
    sort_order = models.PositiveIntegerField(_("volgorde"), default=0)
    history = HistoricalRecords(m2m_fields=[owners])

    region_lookup = "opgave__plan__region"

    class Meta:
        ordering = ["opgave__plan", "opgave__number", "sort_order", "pk"]
        verbose_name = _("doorkijk-item")
        verbose_name_plural = _("doorkijk")

    def __str__(self) -> str:
        return self.title
