"""The print edition: WeasyPrint renders the same document as the public page, with print templates."""

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import translation
from weasyprint import CSS, HTML

from cms.open_data import LICENCE, document_partners, document_publisher
from regions import tokens
from regions.models import Region

PDF_STYLESHEET = "css/monitor-pdf.css"


def edition_public_url(document: dict) -> str:
    """The full address of the edition's web version: on the public site's address
    (``PUBLIC_BASE_URL``) for a region of the main site, on its own host name for a region that has one."""
    from cms.models import EditionPage

    base = settings.PUBLIC_BASE_URL.rstrip("/")
    page = EditionPage.objects.filter(region__slug=document.get("region_slug"), year=document["year"]).first()
    parts = page.get_url_parts() if page is not None else None
    if not parts or parts[2] is None:
        return f"{base}/monitor/{document['year']}/"
    from wagtail.models import Site

    site_id, root_url, path = parts
    default = Site.objects.filter(is_default_site=True).values_list("pk", flat=True).first()
    return f"{base}{path}" if site_id == default else f"{root_url}{path}"


def _cover_colours(region) -> dict[str, str]:
    """The cover's background and accent in the region's colours (hex colours checked for contrast)."""
    colours = tokens.valid_colours(region.tokens) if region else {}
    primary = colours.get("--mhm-color-primary", "#1f3a5f")
    accent = colours.get("--mhm-color-accent", "")
    # The accent bar on the cover must stand out from its background (3:1), else the default light one.
    if not accent or tokens.contrast(accent, primary) < 3:
        accent = "#e8743b"
    return {"primary": primary, "accent": accent}


def pdf_html(document: dict) -> str:
    """The HTML WeasyPrint makes the PDF of: in the document's language (a translation's document names
    it; cms.translation), its texts that stayed in the source language marked as such."""
    from cms.translation import mark_untranslated

    language = document.get("language") or settings.LANGUAGE_CODE
    prefix = "" if language == settings.LANGUAGE_CODE else f"/{language}"
    edition_url = edition_public_url(document)
    if prefix and edition_url.startswith(settings.PUBLIC_BASE_URL.rstrip("/")):
        base = settings.PUBLIC_BASE_URL.rstrip("/")
        edition_url = f"{base}{prefix}{edition_url[len(base) :]}"
    publisher, fictional = document_publisher(document)
    region = Region.objects.filter(slug=document.get("region_slug")).first()
    context = {
        "region_logo": region.logo_url if region else "",
        "region_colours": _cover_colours(region),
        "document": mark_untranslated(document),
        "print": True,
        "edition_url": edition_url,
        "licence": LICENCE,
        "language": language,
        "publisher": publisher,
        "fictional": fictional,
        "partners": document_partners(document),
    }
    with translation.override(language):
        return render_to_string("monitor/pdf/edition.html", context)


def render_pdf(document: dict) -> bytes:
    """A4, tagged PDF/UA-1 with title, language, outline from the headings and vector charts."""
    language = document.get("language") or settings.LANGUAGE_CODE
    html = pdf_html(document)
    stylesheets = [CSS(filename=finders.find(PDF_STYLESHEET))]
    language_sheet = finders.find(PDF_STYLESHEET.replace(".css", f".{language}.css"))
    if language != settings.LANGUAGE_CODE and language_sheet:
        stylesheets.append(CSS(filename=language_sheet))
    base_url = str(settings.BASE_DIR)
    return HTML(string=html, base_url=base_url).write_pdf(
        stylesheets=stylesheets,
        pdf_variant="pdf/ua-1",
        uncompressed_pdf=False,
    )
