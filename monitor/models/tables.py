from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class Partner(models.Model):
    """A data source: the organisation that delivers (or published) a set of tables."""

    organisation = models.OneToOneField(
        "actionplan.Organisation",
        verbose_name=_("organisatie"),
        on_delete=models.PROTECT,
        related_name="data_partner",
    )
    name = models.CharField(_("naam als bron"), max_length=200)
    description = models.TextField(_("omschrijving"), blank=True)
    history = HistoricalRecords()

    region_lookup = "organisation__region"
    region_serves_lookup = "organisation__serves"

    class Meta:
        ordering = ["name"]
        verbose_name = _("datapartner")
        verbose_name_plural = _("datapartners")

    def __str__(self) -> str:
        return self.name


class Table(models.Model):
    """One table of the monitor, identified by a stable code that pages and files refer to."""

    region = models.ForeignKey(
        "regions.Region", verbose_name=_("regio"), on_delete=models.PROTECT, related_name="tables"
    )
    code = models.SlugField(
        _("code"),
        max_length=80,
        help_text=_("Vast per tabel; in elke regio dezelfde code voor dezelfde tabel (uitwisselformaat)."),
    )
    comparable = models.BooleanField(
        _("vergelijkbaar tussen regio's"),
        default=False,
        help_text=_(
            "Alleen als elke regio deze tabel met dezelfde definitie telt: dan staan de regio's in het "
            "landelijk overzicht naast elkaar. Cijfers van verschillende definities worden nooit opgeteld."
        ),
    )
    title = models.CharField(_("titel"), max_length=255)
    unit = models.CharField(_("eenheid"), max_length=100, default="aantal")
    description = models.TextField(
        _("omschrijving"),
        blank=True,
        help_text=_("Voor lezers: staat bij de tabel op de pagina en in de pdf."),
    )
    working_note = models.TextField(
        _("werknotitie"),
        blank=True,
        help_text=_(
            "Alleen voor redactie en partners (hoe een cijfer is overgenomen, waarom een grafiek geen "
            "getallen heeft); nooit op de pagina, in de pdf of in de open data."
        ),
    )
    source = models.CharField(_("bron"), max_length=255, blank=True)
    partner = models.ForeignKey(
        Partner, verbose_name=_("datapartner"), on_delete=models.PROTECT, related_name="tables"
    )
    chapter = models.CharField(_("hoofdstuk/paragraaf"), max_length=200, blank=True)
    order = models.PositiveIntegerField(_("volgorde"), default=0)
    disclosure_threshold = models.PositiveIntegerField(
        _("onthullingsdrempel"),
        null=True,
        blank=True,
        help_text=_("Aantallen onder deze drempel worden in publieke uitvoer verborgen. Leeg: uit."),
    )
    history = HistoricalRecords()

    region_lookup = "region"

    class Meta:
        ordering = ["order", "code"]
        verbose_name = _("tabel")
        verbose_name_plural = _("tabellen")
        constraints = [
            models.UniqueConstraint(fields=["region", "code"], name="monitor_table_code_per_region")
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.code})"


class Dimension(models.Model):
    """A named axis of a table (uitbuitingsvorm, leeftijd, gemeente, opvangtype, traject, ...)."""

    table = models.ForeignKey(
        Table, verbose_name=_("tabel"), on_delete=models.CASCADE, related_name="dimensions"
    )
    code = models.SlugField(_("code"), max_length=60)
    label = models.CharField(_("label"), max_length=200)
    order = models.PositiveIntegerField(_("volgorde"), default=0)
    history = HistoricalRecords()

    region_lookup = "table__region"

    class Meta:
        ordering = ["table", "order", "code"]
        verbose_name = _("dimensie")
        verbose_name_plural = _("dimensies")
        constraints = [models.UniqueConstraint(fields=["table", "code"], name="monitor_dimension_unique")]

    def __str__(self) -> str:
        return f"{self.table.code}.{self.code}"


class DimensionValue(models.Model):
    """One value of a dimension; a total value names the values it is the total of."""

    dimension = models.ForeignKey(
        Dimension, verbose_name=_("dimensie"), on_delete=models.CASCADE, related_name="values"
    )
    code = models.SlugField(_("code"), max_length=60)
    label = models.CharField(_("label"), max_length=200)
    order = models.PositiveIntegerField(_("volgorde"), default=0)
    is_total = models.BooleanField(_("is totaal"), default=False)
    parts = models.ManyToManyField(
        "self",
        verbose_name=_("totaal van"),
        symmetrical=False,
        blank=True,
        related_name="totals",
    )
    unit = models.CharField(
        _("eenheid"), max_length=100, blank=True, help_text=_("Alleen als die afwijkt van de tabel.")
    )
    subset_of = models.ForeignKey(
        "self",
        verbose_name=_("deel van (waarvan)"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="subsets",
        help_text=_("Een 'waarvan': een deel van een andere waarde, nooit als gelijke ernaast getekend."),
    )
    municipality = models.ForeignKey(
        "actionplan.Municipality",
        verbose_name=_("gemeente"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="dimension_values",
    )
    history = HistoricalRecords()

    region_lookup = "dimension__table__region"

    class Meta:
        ordering = ["dimension", "order", "code"]
        verbose_name = _("dimensiewaarde")
        verbose_name_plural = _("dimensiewaarden")
        constraints = [
            models.UniqueConstraint(fields=["dimension", "code"], name="monitor_dimensionvalue_unique")
        ]

    def __str__(self) -> str:
        return self.label


class Delivery(models.Model):
    """A partner's figures for one year (aanlevering), and how far they are on the way to publication."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        SUBMITTED = "aangeleverd", _("Aangeleverd")
        VALIDATED = "gevalideerd", _("Gevalideerd")
        PUBLISHED = "gepubliceerd", _("Gepubliceerd")

    PUBLIC_STATUSES = (Status.VALIDATED, Status.PUBLISHED)

    region = models.ForeignKey(
        "regions.Region", verbose_name=_("regio"), on_delete=models.PROTECT, related_name="deliveries"
    )
    partner = models.ForeignKey(
        Partner, verbose_name=_("datapartner"), on_delete=models.PROTECT, related_name="deliveries"
    )
    year = models.PositiveIntegerField(_("jaar"))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.OPEN)
    deadline = models.DateField(
        _("inleveren vóór"),
        null=True,
        blank=True,
        help_text=_("De datum waarvoor de partner de cijfers aanlevert; leeg is geen termijn gesteld."),
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("aangeleverd door"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    submitted_at = models.DateTimeField(_("aangeleverd op"), null=True, blank=True)
    validated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gevalideerd door"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    validated_at = models.DateTimeField(_("gevalideerd op"), null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gepubliceerd door"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    published_at = models.DateTimeField(_("gepubliceerd op"), null=True, blank=True)
    return_comment = models.TextField(
        _("opmerking bij terugsturen"),
        blank=True,
        editable=False,
        help_text=_("Wat de beheerder de partner meegaf toen de aanlevering terugging."),
    )
    submit_explanations = models.JSONField(
        _("toelichtingen van de partner"),
        default=dict,
        blank=True,
        editable=False,
        help_text=_("Per bevinding (sleutel) de toelichting van de datapartner bij het indienen."),
    )
    version = models.PositiveIntegerField(default=0, editable=False)
    history = HistoricalRecords()

    region_lookup = "region"

    class Meta:
        ordering = ["-year", "partner__name"]
        verbose_name = _("aanlevering")
        verbose_name_plural = _("aanleveringen")
        constraints = [
            models.UniqueConstraint(fields=["region", "partner", "year"], name="monitor_delivery_unique")
        ]

    def __str__(self) -> str:
        return f"{self.partner} {self.year} ({self.get_status_display()})"

    @property
    def is_public(self) -> bool:
        return self.status in self.PUBLIC_STATUSES
