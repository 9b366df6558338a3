from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from regions import logo as region_logo


class Region(models.Model):
    """A region with its own action plan, figures and monitor (a VeiligheidsAlliantie, a RIEC area).

    Names, municipalities, partners and colours all come from the region's data; the code knows no
    region by name. A fictional region (generated for tests and demos) says so on every page.
    """

    slug = models.SlugField(_("code"), max_length=60, unique=True)
    name = models.CharField(
        _("naam"),
        max_length=100,
        unique=True,
        help_text=_("Zoals pagina's de regio noemen: 'regio Rotterdam'."),
    )
    full_name = models.CharField(_("volledige naam"), max_length=200, blank=True)
    is_fictional = models.BooleanField(
        _("fictief"),
        default=False,
        help_text=_("Een gegenereerde voorbeeldregio: elke pagina zegt dat de gegevens verzonnen zijn."),
    )
    tokens = models.JSONField(
        _("huisstijl"), default=dict, blank=True, help_text=_("Ontwerptokens van de publieke site (kleuren).")
    )
    logo = models.TextField(
        _("logo (SVG)"),
        blank=True,
        validators=[region_logo.validate_logo],
        help_text=_("Een eigen SVG-logo voor de kop van de publieke site en het omslag van de pdf."),
    )
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("regio")
        verbose_name_plural = _("regio's")

    def __str__(self) -> str:
        return self.name

    @property
    def logo_url(self) -> str:
        """The logo as a ``data:`` image address (empty without a logo of its own)."""
        return region_logo.data_uri(self.logo)

    @property
    def display_name(self) -> str:
        """The name readers see; a fictional region is marked as such wherever it is named."""
        if self.is_fictional and "fictief" not in self.name.lower():
            return f"{self.name} ({_('fictief')})"
        return self.name
