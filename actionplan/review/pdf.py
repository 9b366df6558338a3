"""The meeting document of the Regionale Tafel as PDF, made by the background worker.

The document changes while a meeting is prepared (advice recorded, actions updated), so a stored PDF
is named after a digest of the document's HTML: the view renders the HTML (quick) and serves the
stored PDF made from that very HTML; when there is none, it queues the render (once) and answers "de
pdf wordt gemaakt" with Retry-After. The time of drafting printed in the PDF is left out of the digest.
"""

import hashlib

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.template.loader import render_to_string
from django.utils import timezone
from django_tasks import task

DIRECTORY = "vergaderstukken"
TEMPLATE = "review/meeting_pdf.html"


def _document(meeting) -> tuple[str, dict]:
    """The digest of the meeting document as it stands, and its context."""
    from .views import meeting_document_context  # the views serve this module's PDF

    context = meeting_document_context(meeting)
    html = render_to_string(TEMPLATE, {**context, "generated_at": None})
    return hashlib.sha256(html.encode()).hexdigest()[:24], context


def stored_name(meeting_id: int, digest: str) -> str:
    return f"{DIRECTORY}/regionale-tafel-{meeting_id}-{digest}.pdf"


def meeting_pdf(meeting) -> bytes | None:
    """The PDF of the meeting document as it stands now, or None while the worker makes it."""
    from workbench.tasks import enqueue_unless_pending

    digest, _context = _document(meeting)
    name = stored_name(meeting.pk, digest)
    if not default_storage.exists(name):
        enqueue_unless_pending(render_meeting_pdf_task, meeting.pk)
        if not default_storage.exists(name):  # queued (with ImmediateBackend it is there now)
            return None
    with default_storage.open(name, "rb") as handle:
        return handle.read()


def render(context: dict) -> bytes:
    from weasyprint import HTML

    html = render_to_string(TEMPLATE, context)
    # Tagged like the monitor (cms.pdf): PDF/UA-1, language and title from the HTML, bookmarks.
    return HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf(pdf_variant="pdf/ua-1")


@task()
def render_meeting_pdf_task(meeting_id: int) -> str:
    """Render and store the PDF of the meeting document as it stands; earlier ones of it go."""
    from .models import Meeting

    meeting = Meeting.objects.select_related("plan").filter(pk=meeting_id).first()
    if meeting is None:
        return ""  # the meeting was removed before its turn came
    digest, context = _document(meeting)
    name = stored_name(meeting_id, digest)
    if not default_storage.exists(name):
        content = render({**context, "generated_at": timezone.localtime()})
        name = default_storage.save(name, ContentFile(content))
    prefix = f"regionale-tafel-{meeting_id}-"
    try:
        _directories, files = default_storage.listdir(DIRECTORY)
    except FileNotFoundError:
        files = []
    for file in files:
        if file.startswith(prefix) and f"{DIRECTORY}/{file}" != name:
            default_storage.delete(f"{DIRECTORY}/{file}")
    return name
