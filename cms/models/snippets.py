"""Snippets: the narrative pieces that recur across editions."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField
from wagtail.models import RevisionMixin
from wagtail.search import index

from cms.blocks import TEXT_FEATURES
from workbench.forms import DateHintModelForm


class ExploitationFormDefinition(RevisionMixin, index.Indexed, models.Model):
    """The definition of one form of exploitation (uitbuitingsvorm), shared by all editions."""

    region = models.ForeignKey(
        "regions.Region", verbose_name=_("regio"), on_delete=models.PROTECT, related_name="definitions"
    )
    code = models.SlugField(_("code"), max_length=40)
    name = models.CharField(_("naam"), max_length=100)
    definition = RichTextField(_("definitie"), features=TEXT_FEATURES)
    since_eu_directive = models.BooleanField(_("sinds de EU-richtlijn"), default=False)
    sort_order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    search_fields = [
        index.SearchField("name"),
        index.SearchField("definition"),
        index.FilterField("region_id"),
    ]

    region_lookup = "region"

    class Meta:
        ordering = ["sort_order", "name"]
        constraints = [models.UniqueConstraint(fields=["region", "code"], name="definition_code_per_region")]
        verbose_name = _("definitie uitbuitingsvorm")
        verbose_name_plural = _("definities uitbuitingsvormen")

    def __str__(self) -> str:
        return self.name


class Casus(RevisionMixin, index.Indexed, models.Model):
    """A case story from practice. Names in it are always invented; the text says so."""

    region = models.ForeignKey(
        "regions.Region", verbose_name=_("regio"), on_delete=models.PROTECT, related_name="casussen"
    )
    title = models.CharField(_("titel"), max_length=200)
    source = models.CharField(_("uit de praktijk van"), max_length=100)
    body = RichTextField(_("tekst"), features=["h4", *TEXT_FEATURES])
    invented_names_note = models.CharField(
        _("toelichting namen"),
        max_length=200,
        default=_("De namen in deze casus zijn verzonnen."),
        help_text=_("Een casus gebruikt altijd verzonnen namen; zeg dat hier."),
    )

    search_fields = [index.SearchField("title"), index.SearchField("body"), index.FilterField("region_id")]

    region_lookup = "region"

    class Meta:
        ordering = ["title"]
        verbose_name = _("casus")
        verbose_name_plural = _("casussen")

    def __str__(self) -> str:
        return self.title


class Ontwikkeling(RevisionMixin, index.Indexed, models.Model):
    """A legal or policy development (ontwikkeling) of a year, with its date and a link."""

    region = models.ForeignKey(
        "regions.Region", verbose_name=_("regio"), on_delete=models.PROTECT, related_name="ontwikkelingen"
    )
    title = models.CharField(_("titel"), max_length=200)
    date = models.DateField(_("datum"), null=True, blank=True)
    date_label = models.CharField(
        _("periode"), max_length=60, blank=True, help_text=_("Als er geen precieze datum is: 'eind 2025'.")
    )
    summary = RichTextField(_("samenvatting"), features=TEXT_FEATURES)
    link = models.URLField(_("link"), blank=True)

    search_fields = [index.SearchField("title"), index.SearchField("summary"), index.FilterField("region_id")]
    base_form_class = DateHintModelForm

    region_lookup = "region"

    class Meta:
        ordering = ["-date", "title"]
        verbose_name = _("ontwikkeling")
        verbose_name_plural = _("ontwikkelingen")

    def __str__(self) -> str:
        return self.title
