"""The print edition: WeasyPrint renders the same document as the public page, with print templates."""

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from weasyprint import CSS, HTML

from cms.open_data import LICENCE

PDF_STYLESHEET = "css/monitor-pdf.css"


def render_pdf(document: dict) -> bytes:
    """A4, tagged PDF/UA-1 with title, language, outline from the headings and vector charts."""
    edition_url = f"{settings.PUBLIC_BASE_URL.rstrip('/')}/monitor/{document['year']}/"
    context = {"document": document, "print": True, "edition_url": edition_url, "licence": LICENCE}
    html = render_to_string("monitor/pdf/edition.html", context)
    stylesheet = finders.find(PDF_STYLESHEET)
    base_url = str(settings.BASE_DIR)
    return HTML(string=html, base_url=base_url).write_pdf(
        stylesheets=[CSS(filename=stylesheet)],
        pdf_variant="pdf/ua-1",
        uncompressed_pdf=False,
    )
