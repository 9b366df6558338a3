"""Background work of the publication, run by the worker (``manage.py db_worker``; see
workbench/tasks.py): a publication queues its PDF and never waits for it."""

from django_tasks import task


class PdfNotMade(Exception):
    """The PDF is still missing after the render (another render held the lock too long)."""


@task()
def render_edition_pdf_task(snapshot_id: int) -> str:
    """Render and store the PDF of a published version, unless its file is there."""
    from cms.models import EditionSnapshot
    from cms.services import edition_render_pdf, pdf_present

    snapshot = EditionSnapshot.objects.filter(pk=snapshot_id).first()
    if snapshot is None:
        return ""  # the version was removed before its turn came
    if not pdf_present(snapshot):
        snapshot = edition_render_pdf(snapshot=snapshot)
    if not pdf_present(snapshot):
        raise PdfNotMade(f"snapshot {snapshot_id}")
    return snapshot.pdf.name
