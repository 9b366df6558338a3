"""Background work of the publication, run by the worker (``manage.py db_worker``; see
workbench/tasks.py): a publication queues its PDF and never waits for it.

The tasks build on the services (``cms.services`` renders and stores the PDF); the services never
queue anything themselves, so the two do not import each other.
"""

import logging

from django_tasks import task

from cms.models import EditionSnapshot
from cms.services import edition_render_pdf, pdf_present
from workbench.tasks import enqueue_unless_pending

logger = logging.getLogger(__name__)


class PdfNotMade(Exception):
    """The PDF is still missing after the render (another render held the lock too long)."""


@task()
def render_edition_pdf_task(snapshot_id: int) -> str:
    """Render and store the PDF of a published version, unless its file is there."""
    snapshot = EditionSnapshot.objects.filter(pk=snapshot_id).first()
    if snapshot is None:
        return ""  # the version was removed before its turn came
    if not pdf_present(snapshot):
        snapshot = edition_render_pdf(snapshot=snapshot)
    if not pdf_present(snapshot):
        raise PdfNotMade(f"snapshot {snapshot_id}")
    return snapshot.pdf.name


def pdf_request(*, snapshot_id: int) -> None:
    """Queue the render of a snapshot's PDF unless it waits or runs already."""
    enqueue_unless_pending(render_edition_pdf_task, snapshot_id)


def pdf_request_after_publication(snapshot_id: int) -> None:
    """Queue the PDF of a version just published; should the queue fail, the first reader to ask
    for the PDF queues it again (``edition_pdf_served``)."""
    try:
        pdf_request(snapshot_id=snapshot_id)
    except Exception:  # noqa: BLE001 - the first reader to ask for the PDF queues it again
        logger.exception("Could not queue the PDF of edition snapshot %s", snapshot_id)


def edition_pdf_served(*, snapshot: EditionSnapshot) -> bytes | None:
    """The stored PDF of a published version for a reader, or None while it is being made: a
    request never renders it; it queues the render (once) for the worker, and the reader is told to
    come back (``cms.views.pdf_in_progress``)."""
    if not pdf_present(snapshot):
        pdf_request(snapshot_id=snapshot.pk)
        snapshot.refresh_from_db(fields=["pdf", "pdf_rendered_at"])
        if not pdf_present(snapshot):  # on the queue (with ImmediateBackend it is there now)
            return None
    with snapshot.pdf.open("rb") as handle:
        return handle.read()
