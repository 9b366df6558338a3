"""The public pages: home, the monitor index, one edition page per year, the accessibility statement.

Each region's home page roots its site: ``RegionalPageMixin`` gives the pages under a region that has
no Wagtail Site of its own their ``/regio/<slug>/`` URL (the routing itself is ``cms.regional``).
"""

import hashlib
from urllib.parse import quote

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.urls import NoReverseMatch, get_script_prefix, reverse
from django.utils import translation
from django.utils.http import RFC3986_SUBDELIMS
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, Site
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.blocks import TEXT_FEATURES, SectionBlock
from cms.caching import CachedPageMixin
from cms.document import build_document
from cms.forms import ConcurrencySafePageForm, EditionPageForm
from cms.models.translations import EditionLabels
from cms.open_data import LICENCE
from cms.publication import publication_route, published_document, translation_document
from cms.translation import is_translation, mark_untranslated
from regions import tokens

ROOTS_CACHE_KEY = "cms:region-roots"


def _roots(request=None) -> dict:
    """Where each region's home page is: {"default": (site id, root url), "homes": [(url_path, slug,
    region id, served by a site, language, locale id)], "first": slug of the default site's region}.
    A translated home page (the English start page) is its source's region's, and served by a site
    when its source is (Wagtail serves a site root's translations). Cached; cleared when a site, home
    page or region changes; read once per request."""
    roots = getattr(request, "_region_roots", None) or cache.get(ROOTS_CACHE_KEY)
    if roots is not None:
        if request is not None:
            request._region_roots = roots
        return roots
    sites = list(Site.objects.values_list("pk", "hostname", "port", "root_page_id", "is_default_site"))
    site_roots = {site[3] for site in sites}
    default = next((site for site in sites if site[4]), None)
    default_root = default[3] if default else None
    rows = list(
        HomePage.objects.values_list(
            "pk",
            "url_path",
            "region__slug",
            "region_id",
            "translation_key",
            "locale__language_code",
            "locale_id",
        )
    )
    regions = {row[4]: (row[2], row[3]) for row in rows if row[3] is not None}
    site_keys = {row[4] for row in rows if row[0] in site_roots}
    homes = []
    first = None
    for pk, url_path, _slug, _region_id, key, language, locale_id in rows:
        slug, region_id = regions.get(key, (None, None))
        homes.append((url_path, slug, region_id, key in site_keys, language, locale_id))
        if pk == default_root:
            first = slug
    if default is not None:
        site = Site(pk=default[0], hostname=default[1], port=default[2])
        default_site = (site.pk, site.root_url)
    else:
        default_site = (None, "")
    roots = {"default": default_site, "homes": homes, "first": first}
    cache.set(ROOTS_CACHE_KEY, roots, 60 * 60)
    return roots


def forget_roots(**kwargs) -> None:
    cache.delete(ROOTS_CACHE_KEY)


def first_region_slug() -> str | None:
    """The slug of the region served at ``/`` (the default site's home page), if any."""
    return _roots()["first"]


# The start page's address of a region per (slug, language, script prefix): reversed once.
_REGION_HOMES: dict[tuple, str] = {}


def region_path(region_slug: str, path: str = "", language: str | None = None) -> str:
    """The URL path of a page ``path`` (relative, "monitor/2025/") of a region under /regio/<slug>/,
    with the prefix of ``language`` (the active one by default) where the URLs have one."""
    language = language or translation.get_language()
    key = (region_slug, language, get_script_prefix())
    home = _REGION_HOMES.get(key)
    if home is None:
        with translation.override(language):
            home = reverse("cms:region_home", kwargs={"region_slug": region_slug})
        _REGION_HOMES[key] = home
    # As reverse() quotes the <path:path> part of cms:region_page.
    return home + quote(path, safe=RFC3986_SUBDELIMS + "/~:@")


class RegionalPageMixin:
    """For the public page classes: a page under the home page of a region that is not the root of a
    Wagtail site gets its URL under /regio/<slug>/ (Wagtail would give it none)."""

    def get_url_parts(self, request=None):
        # Wagtail's URL first; the regions' roots only when it gives none (read once per request), or
        # first once this request has them (a page listing many regions' editions, /landelijk/).
        roots = getattr(request, "_region_roots", None)
        if roots is None:
            parts = super().get_url_parts(request=request)
            if parts is not None:
                return parts
            roots = _roots(request)
        for url_path, slug, _region_id, has_site, language, locale_id in roots["homes"]:
            # A translated start page may have the same path as its source: the page's own locale's.
            if self.url_path.startswith(url_path) and locale_id == self.locale_id:
                if has_site:
                    break  # a site's page (or its translation): Wagtail's URL
                site_id, root_url = roots["default"]
                try:
                    # /en/regio/<slug>/... for a page of the English start page's tree.
                    return (site_id, root_url, region_path(slug, self.url_path[len(url_path) :], language))
                except NoReverseMatch:
                    return (site_id, None, None)
        return super().get_url_parts(request=request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The page's own region, also where no routing set one (a preview in the admin).
        home = self.public_home
        context["public_site"] = PublicSite(self.public_region, request, home=home)
        return context

    @property
    def public_home(self):
        """The home page of the site this page belongs to, with its region (one query, once)."""
        if isinstance(self, HomePage):
            return self
        if not hasattr(self, "_public_home"):
            self._public_home = HomePage.objects.ancestor_of(self).select_related("region").first()
        return self._public_home

    @property
    def public_region(self):
        """The region whose site this page belongs to: the one of the home page above it."""
        home = self.public_home
        # A translated home page has no region of its own: its source's (HomePage.edition_region).
        return home.edition_region if home else None


class PublicSite:
    """What every public page shows of its region: name, links of the header and footer, house style
    (``public_site`` in templates: from the context processor ``cms.regional.public_site`` or the
    page's own context)."""

    def __init__(self, region, request=None, home=None, national=False):
        self.region = region
        # The national overview (/landelijk/) belongs to no region: its header and footer say so.
        self.national = national
        self.home_url = reverse("cms:national_overview") if national else "/"
        if region is not None:
            home = home or HomePage.objects.filter(region=region).first()
            self.home_url = (home.get_url(request) if home else None) or "/"
        self.monitor_url = self.home_url if national else f"{self.home_url}monitor/"
        statement = "/" if national else self.home_url
        self.accessibility_url = f"{statement}toegankelijkheidsverklaring/"

    @property
    def stylesheet_url(self) -> str:
        """The region's colours as a stylesheet of this origin (the CSP allows no inline style), with
        the hash of its content, so a new colour is fetched at once."""
        if self.region is None:
            return ""
        css = tokens.stylesheet(self.region.tokens)
        if not css:
            return ""
        version = hashlib.sha256(css.encode()).hexdigest()[:12]
        return f"{reverse('cms:region_stylesheet', args=[self.region.slug])}?v={version}"


def live_editions(region):
    """A region's published editions in the language of the request (Dutch, or their English
    translations), newest first: one query, whatever their number."""
    language = get_supported_content_language_variant(get_language())
    editions = EditionPage.objects.live().public().filter(locale__language_code=language)
    return editions.filter(region=region).order_by("-year")


class HomePage(RegionalPageMixin, CachedPageMixin, Page):
    """The root of the site: the latest published edition and the archive of editions."""

    base_form_class = ConcurrencySafePageForm

    # The region's own start page (the source language) holds the region; its translations (the
    # English start page) leave it empty and take it from there (``edition_region``): one start page
    # per region stays one-to-one (``region.home_page``).
    region = models.OneToOneField(
        "regions.Region",
        verbose_name=_("regio"),
        on_delete=models.PROTECT,
        related_name="home_page",
        null=True,
        blank=True,
    )
    introduction = RichTextField(_("introductie"), features=TEXT_FEATURES, blank=True)

    # Translated with wagtail-localize: its texts; the slug is copied, the region is not (see above).
    translatable_fields = [
        TranslatableField("title"),
        SynchronizedField("slug"),
        TranslatableField("seo_title"),
        SynchronizedField("show_in_menus"),
        TranslatableField("search_description"),
        TranslatableField("introduction"),
    ]
    exclude_fields_in_copy = ["region"]
    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    subpage_types = ["cms.MonitorIndexPage", "cms.AccessibilityStatementPage"]
    region_lookup = "region"

    class Meta:
        verbose_name = _("startpagina")

    @property
    def edition_region(self):
        """The region whose editions this start page shows: its own, or (a translation) its source's."""
        if self.region_id:
            return self.region
        source = (
            HomePage.objects.filter(translation_key=self.translation_key, region__isnull=False)
            .select_related("region")
            .first()
        )
        return source.region if source else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        region = self.edition_region
        editions = list(live_editions(region))
        context["region"] = region
        context["latest_edition"] = editions[0] if editions else None
        context["editions"] = editions
        return context


class MonitorIndexPage(RegionalPageMixin, CachedPageMixin, Page):
    """/monitor/: every published edition, newest first."""

    base_form_class = ConcurrencySafePageForm

    introduction = RichTextField(_("introductie"), features=TEXT_FEATURES, blank=True)

    # /en/monitor/ as /monitor/: the slug is copied to a translation, not translated.
    override_translatable_fields = [SynchronizedField("slug")]
    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.EditionPage"]
    # One per region's site.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("overzicht edities")

    @property
    def region(self):
        """The region whose editions this lists: the one of the site (home page) above it."""
        return self.public_region

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        region = self.region
        context["region"] = region
        context["editions"] = list(live_editions(region))
        return context


class EditionPage(RegionalPageMixin, CachedPageMixin, Page):
    """A yearly edition (editie) of the monitor, at /monitor/YYYY/ (its slug is its year).

    The public page and the PDF render the snapshot taken when the edition was published
    (cms.models.EditionSnapshot); previews render the draft from the working data.
    """

    base_form_class = EditionPageForm

    def publish(self, revision, *args, **kwargs):
        """All or nothing: Wagtail saves the page live and then sends ``page_published``, whose
        receiver writes the snapshot and closes the reporting year (cms.services.edition_published);
        without one transaction a failure there would leave the page live without its snapshot.

        The route is named for a correction published without a reason (cms.publication)."""
        scheduled = kwargs.get("log_action") == "wagtail.publish.scheduled"
        route = _("geplande publicatie") if scheduled else ""
        with transaction.atomic(), publication_route(str(route)):
            return super().publish(revision, *args, **kwargs)

    region = models.ForeignKey(
        "regions.Region", verbose_name=_("regio"), on_delete=models.PROTECT, related_name="editions"
    )
    # One edition per year of a region in each language (``clean``): its English translation has the
    # same region and year. Not a database constraint: the locale is a column of Wagtail's page table.
    year = models.PositiveSmallIntegerField(_("jaar"))
    subtitle = models.CharField(_("ondertitel"), max_length=200, blank=True)
    region_name = models.CharField(
        _("regio op de titelpagina"), max_length=100, help_text=_("Zoals de editie de regio noemt.")
    )
    publication_date = models.DateField(_("publicatiedatum"), null=True, blank=True)
    introduction = RichTextField(_("introductie"), features=TEXT_FEATURES, blank=True)
    body = StreamField([("section", SectionBlock())], verbose_name=_("hoofdstukken"), blank=True)
    correction_reason = models.TextField(
        _("reden van de correctie"),
        blank=True,
        max_length=1000,
        help_text=_(
            "Verplicht als u een editie die al openbaar is opnieuw publiceert of ter publicatie "
            "aanbiedt: lezers zien 'Gecorrigeerd op <datum>: <reden>' met de lijst van wijzigingen."
        ),
    )

    # Translated with wagtail-localize: the URL, the region's name as the source writes it and the
    # reason of a correction are the Dutch edition's (the English one is composed from its snapshot).
    override_translatable_fields = [
        SynchronizedField("slug"),
        SynchronizedField("region"),
        SynchronizedField("correction_reason"),
    ]

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("year"),
                FieldPanel("subtitle"),
                FieldPanel("region_name"),
                FieldPanel("publication_date"),
            ],
            heading=_("Editie"),
        ),
        FieldPanel("introduction"),
        FieldPanel("body"),
        FieldPanel("correction_reason", heading=_("Correctie")),
    ]
    parent_page_types = ["cms.MonitorIndexPage"]
    subpage_types: list[str] = []
    template = "cms/edition_page.html"
    region_lookup = "region"

    class Meta:
        verbose_name = _("editie")
        verbose_name_plural = _("edities")

    def _take_region_from_tree(self) -> None:
        """An edition belongs to the region of the home page it sits under (never chosen by hand)."""
        if self.region_id is None and self.path:
            home = HomePage.objects.ancestor_of(self).first()
            region = home.edition_region if home is not None else None
            if region is not None:
                self.region_id = region.pk
        if not self.region_name and self.region_id:
            self.region_name = self.region.name

    def full_clean(self, *args, **kwargs):
        self._take_region_from_tree()
        return super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        self._take_region_from_tree()
        return super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.year:
            # The URL of an edition is /monitor/YYYY/: the slug always follows the year.
            self.slug = str(self.year)
            self._take_region_from_tree()
            twins = EditionPage.objects.filter(region=self.region_id, year=self.year, locale=self.locale_id)
            if self.region_id and twins.exclude(pk=self.pk).exists():
                raise ValidationError(
                    {"year": _("Deze regio heeft al een editie %(year)s.") % {"year": self.year}}
                )

    @property
    def pdf_url(self) -> str:
        return f"{self.url}pdf/"

    @property
    def figures_url(self) -> str:
        return f"{self.url}cijfers.csv"

    def label_translations(self, year: int) -> dict[str, str]:
        """The edition's labels (Dutch -> this page's language), for its translated document."""
        return EditionLabels.translation_map(self.region_id, year, self.locale.language_code)

    def get_document(self, request=None) -> dict:
        """The document to render: the published snapshot, or the draft for previews."""
        if request is not None and getattr(request, "is_preview", False):
            return translation_document(page=self) if is_translation(self) else build_document(self)
        return published_document(page=self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["document"] = mark_untranslated(self.get_document(request))
        context["versions_url"] = f"{self.url}versies/"
        context["licence"] = LICENCE
        return context


class AccessibilityStatementPage(RegionalPageMixin, CachedPageMixin, Page):
    """The toegankelijkheidsverklaring that Dutch public sites must publish."""

    base_form_class = ConcurrencySafePageForm

    status = models.CharField(
        _("nalevingsstatus"),
        max_length=100,
        default=_("Voldoet gedeeltelijk"),
        help_text=_("A: voldoet volledig; B: voldoet gedeeltelijk; C: eerste maatregelen genomen."),
    )
    statement_date = models.DateField(_("datum verklaring"), null=True, blank=True)
    body = RichTextField(_("tekst"), features=["h2", "h3", *TEXT_FEATURES])

    content_panels = [
        *Page.content_panels,
        FieldPanel("status"),
        FieldPanel("statement_date"),
        FieldPanel("body"),
    ]
    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("toegankelijkheidsverklaring")
