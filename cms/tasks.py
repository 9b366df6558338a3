"""Background work of the publication (django-tasks; ImmediateBackend unless TASKS says otherwise)."""

from django_tasks import task


@task()
def render_edition_pdf_task(snapshot_id: int) -> None:
    from cms.models import EditionSnapshot
    from cms.services import edition_render_pdf

    snapshot = EditionSnapshot.objects.filter(pk=snapshot_id).first()
    if snapshot is not None and not snapshot.pdf:
        edition_render_pdf(snapshot=snapshot)
