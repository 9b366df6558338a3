from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class Organisation(models.Model):
    """A partner in the regional approach: it owns actions, delivers figures and has users."""

    class Kind(models.TextChoices):
        REGION = "regio", _("Regionaal samenwerkingsverband")
        PARTNER = "partner", _("Ketenpartner")
        MUNICIPALITY = "gemeente", _("Gemeente")
        NATIONAL = "landelijk", _("Landelijke organisatie")

    region = models.ForeignKey(
        "regions.Region",
        verbose_name=_("regio"),
        on_delete=models.PROTECT,
        related_name="organisations",
        null=True,
        blank=True,
        help_text=_("Leeg bij een landelijke organisatie; die werkt voor de regio's onder 'werkt voor'."),
    )
    serves = models.ManyToManyField(
        "regions.Region", verbose_name=_("werkt voor"), blank=True, related_name="national_organisations"
    )
    name = models.CharField(_("naam"), max_length=200)
    short_name = models.CharField(_("korte naam"), max_length=60)
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices, default=Kind.PARTNER)
    description = models.TextField(_("omschrijving"), blank=True)
    history = HistoricalRecords()

    region_lookup = "region"
    region_serves_lookup = "serves"

    class Meta:
        ordering = ["short_name"]
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")
        constraints = [
            models.UniqueConstraint(
                fields=["region", "short_name"], name="organisation_short_name_per_region"
            ),
            models.UniqueConstraint(fields=["region", "name"], name="organisation_name_per_region"),
            models.UniqueConstraint(
                fields=["short_name"],
                condition=models.Q(region=None),
                name="national_organisation_short_name",
            ),
        ]

    def __str__(self) -> str:
        return self.short_name


class Municipality(models.Model):
    """One of the region's municipalities, by its official name and CBS code."""

    region = models.ForeignKey(
        "regions.Region", verbose_name=_("regio"), on_delete=models.PROTECT, related_name="municipalities"
    )
    cbs_code = models.CharField(_("CBS-code"), max_length=6, unique=True)
    name = models.CharField(_("naam"), max_length=100, unique=True)
    # The region's own parts (deelregio's), named by its data; blank where a region has none.
    subregion = models.CharField(_("deelregio"), max_length=60, blank=True)
    organisation = models.OneToOneField(
        Organisation,
        verbose_name=_("organisatie"),
        on_delete=models.PROTECT,
        related_name="municipality",
        null=True,
        blank=True,
    )
    history = HistoricalRecords()

    region_lookup = "region"

    class Meta:
        ordering = ["name"]
        verbose_name = _("gemeente")
        verbose_name_plural = _("gemeenten")

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    """Ties a user to the one organisation they act for; ownership rules read it."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gebruiker"),
        on_delete=models.CASCADE,
        related_name="membership",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisatie"),
        on_delete=models.PROTECT,
        related_name="memberships",
    )
    history = HistoricalRecords()

    region_lookup = "organisation__region"

    class Meta:
        verbose_name = _("lidmaatschap")
        verbose_name_plural = _("lidmaatschappen")

    def __str__(self) -> str:
        return f"{self.user} ({self.organisation})"
