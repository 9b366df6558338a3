"""The print edition: WeasyPrint renders the same document as the public page, with print templates."""

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import translation
from weasyprint import CSS, HTML

from cms.open_data import LICENCE

PDF_STYLESHEET = "css/monitor-pdf.css"


def render_pdf(document: dict) -> bytes:
    """A4, tagged PDF/UA-1 with title, language, outline from the headings and vector charts.

    In the document's language (a translation's document names it; cms.translation), its texts
    that stayed in the source language marked as such."""
    from cms.translation import mark_untranslated

    language = document.get("language") or settings.LANGUAGE_CODE
    prefix = "" if language == settings.LANGUAGE_CODE else f"/{language}"
    edition_url = f"{settings.PUBLIC_BASE_URL.rstrip('/')}{prefix}/monitor/{document['year']}/"
    context = {
        "document": mark_untranslated(document),
        "print": True,
        "edition_url": edition_url,
        "licence": LICENCE,
        "language": language,
    }
    with translation.override(language):
        html = render_to_string("monitor/pdf/edition.html", context)
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
