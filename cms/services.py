"""Writes of the publication: the snapshot taken on publish, and the PDF made once per revision."""

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import timedelta

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from actionplan.services import reporting_year_close
from cms import document as edition_document
from cms.corrections import document_changes
from cms.models import EditionPage, EditionSnapshot

logger = logging.getLogger(__name__)

PDF_LOCK_SECONDS = 300
PDF_WAIT_SECONDS = 60


def edition_publication_blockers(*, year: int) -> list[str]:
    """Why the edition of ``year`` may not be published yet: each fout of the consistency checks on
    its public figures that has no explanation for readers, named."""
    from monitor.quality import blocking_messages, unexplained_errors

    return blocking_messages(unexplained_errors(year))


# How the publication under way came about, for a correction published without a reason of its own.
# The edit screen asks the reason (cms.forms.EditionPageForm); every other route (revision.publish()
# from code or a shell, Wagtail's scheduled publishing) still publishes, but never silently: the
# correction goes on record, on the page, in the PDF and on /versies/ with "Geen reden opgegeven
# (gepubliceerd via <route>)". Wagtail's bulk publish is refused for editions (cms.wagtail_hooks).
_publication_route: ContextVar[str] = ContextVar("edition_publication_route", default="")


@contextmanager
def publication_route(route: str) -> Iterator[None]:
    token = _publication_route.set(route)
    try:
        yield
    finally:
        _publication_route.reset(token)


def correction_reason_or_notice(reason: str) -> str:
    """The reason given, or a notice that none was given and by which route it was published."""
    if reason:
        return reason
    route = _publication_route.get() or _("code of opdrachtregel, buiten het bewerkscherm")
    return _("Geen reden opgegeven (gepubliceerd via %(route)s)") % {"route": route}


def edition_take_snapshot(*, page: EditionPage, revision) -> EditionSnapshot:
    """Freeze what the edition shows at this publication: narrative, figures, plan, outlook.

    A publication of an edition that was public before is a correction: its reason (the page's
    ``correction_reason``, unless that is the reason of an earlier correction; without one, a
    notice that none was given and how it was published) and what changed
    since the previous version go into the document, with the corrections before it, so the page
    and the PDF of every version say how it came to be.
    """
    data = edition_document.build_document(page)
    previous = (
        EditionSnapshot.objects.filter(page=page)
        .exclude(revision=revision)
        .order_by("-created_at", "-pk")
        .first()
    )
    fields = {"page": page, "document": data, "is_correction": previous is not None}
    if previous is not None:
        earlier = list(previous.document.get("corrections") or [])
        reason = page.correction_reason.strip()
        if reason in {item.get("reason") for item in earlier}:
            reason = ""
        reason = correction_reason_or_notice(reason)
        correction = {
            "date": edition_document.date_label(timezone.localdate()),
            "reason": reason,
            "changes": document_changes(previous.document, data),
        }
        data["corrections"] = [*earlier, correction]
        fields.update(correction_reason=reason, changes=correction["changes"])
    snapshot, _created = EditionSnapshot.objects.update_or_create(revision=revision, defaults=fields)
    return snapshot


def edition_published(*, page: EditionPage, revision) -> EditionSnapshot:
    """Everything that follows a publication of an edition: the snapshot, the PDF (queued), and the
    edition's reporting year closed for actiehouders (later changes to it are corrections)."""
    snapshot = edition_take_snapshot(page=page, revision=revision)
    reporting_year_close(
        year=page.year,
        user=getattr(revision, "user", None),
        reason=_("Editie %(year)s gepubliceerd") % {"year": page.year},
    )
    transaction.on_commit(lambda: _enqueue_pdf(snapshot.pk))
    return snapshot


def _enqueue_pdf(snapshot_id: int) -> None:
    try:
        pdf_request(snapshot_id=snapshot_id)
    except Exception:  # noqa: BLE001 - the first reader to ask for the PDF queues it again
        logger.exception("Could not queue the PDF of edition snapshot %s", snapshot_id)


def live_snapshot(*, page: EditionPage) -> EditionSnapshot | None:
    """The snapshot of the page's live revision, taken now if the page was published without one."""
    if not page.live or page.live_revision_id is None:
        return None
    snapshot = EditionSnapshot.objects.filter(revision_id=page.live_revision_id).first()
    if snapshot is None:
        snapshot = edition_take_snapshot(page=page, revision=page.live_revision)
    return snapshot


def edition_versions(*, page: EditionPage) -> list[EditionSnapshot]:
    """Every published version of the edition, oldest first, numbered from 1 (``version``); the
    documents are not loaded. The last one is the live version unless the page was withdrawn."""
    versions = list(EditionSnapshot.objects.filter(page=page).defer("document").order_by("created_at", "pk"))
    for number, snapshot in enumerate(versions, start=1):
        snapshot.version = number
        snapshot.is_live = snapshot.revision_id == page.live_revision_id
    for snapshot, later in zip(versions, versions[1:], strict=False):
        snapshot.superseded_by = later
    return versions


def edition_published_document(*, page: EditionPage) -> dict:
    snapshot = live_snapshot(page=page)
    return snapshot.document if snapshot else edition_document.build_document(page)


def edition_render_pdf(*, snapshot: EditionSnapshot, force: bool = False) -> EditionSnapshot:
    """Render and store the PDF of a snapshot, unless another process is doing so or has done so.

    One render across processes and machines: the lock is an ``add`` in the cache every process
    shares (production refuses a per-process cache), and the file is recorded by a compare-and-set
    on the snapshot's row, so should two renders still meet (a lock that expired), one file is kept
    and the other deleted. ``force`` renders it again from the same snapshot (after a change to the
    print templates).
    """
    lock = f"cms:pdf-lock:{snapshot.pk}"
    if not cache.add(lock, 1, PDF_LOCK_SECONDS):
        return _wait_for_pdf(snapshot)
    try:
        snapshot.refresh_from_db(fields=["pdf", "pdf_rendered_at"])
        if pdf_present(snapshot) and not force:
            return snapshot
        from cms.pdf import render_pdf

        _store_pdf(snapshot, render_pdf(snapshot.document))
        return snapshot
    finally:
        cache.delete(lock)
        pdf_orphans_remove()


def _store_pdf(snapshot: EditionSnapshot, content: bytes) -> None:
    field = snapshot.pdf.field
    previous = snapshot.pdf.name or ""
    base = f"mensenhandelmonitor-{snapshot.document['year']}-r{snapshot.revision_id}.pdf"
    name = field.storage.save(field.generate_filename(snapshot, base), ContentFile(content))
    stored = EditionSnapshot.objects.filter(pk=snapshot.pk, pdf=previous).update(
        pdf=name, pdf_rendered_at=timezone.now()
    )
    if not stored:  # another process recorded its file first: keep that one
        field.storage.delete(name)
    elif previous and previous != name:
        field.storage.delete(previous)
    snapshot.refresh_from_db(fields=["pdf", "pdf_rendered_at"])


def pdf_present(snapshot: EditionSnapshot) -> bool:
    """The snapshot has a PDF and its file exists (a restore onto a new machine may lack it)."""
    return bool(snapshot.pdf) and snapshot.pdf.storage.exists(snapshot.pdf.name)


def pdf_orphans_remove(*, older_than: int = PDF_LOCK_SECONDS) -> list[str]:
    """Delete stored PDFs no snapshot refers to (a render that died before recording its file).

    Only files older than the render lock: a younger one may belong to a render still recording it.
    """
    storage = EditionSnapshot._meta.get_field("pdf").storage
    directory = EditionSnapshot._meta.get_field("pdf").upload_to.rstrip("/")
    try:
        _directories, files = storage.listdir(directory)
    except FileNotFoundError:
        return []
    referenced = set(EditionSnapshot.objects.exclude(pdf="").values_list("pdf", flat=True))
    cutoff = timezone.now() - timedelta(seconds=older_than)
    removed = []
    for file in files:
        name = f"{directory}/{file}"
        if name not in referenced and storage.get_modified_time(name) < cutoff:
            storage.delete(name)
            removed.append(name)
    if removed:
        logger.warning("Removed %s orphaned PDF files: %s", len(removed), removed)
    return removed


def _wait_for_pdf(snapshot: EditionSnapshot) -> EditionSnapshot:
    deadline = time.monotonic() + PDF_WAIT_SECONDS
    while time.monotonic() < deadline:
        snapshot.refresh_from_db(fields=["pdf", "pdf_rendered_at"])
        if pdf_present(snapshot):
            return snapshot
        time.sleep(0.5)
    return snapshot


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


def pdf_request(*, snapshot_id: int) -> None:
    """Queue the render of a snapshot's PDF unless it waits or runs already."""
    from cms.tasks import render_edition_pdf_task
    from workbench.tasks import enqueue_unless_pending

    enqueue_unless_pending(render_edition_pdf_task, snapshot_id)


def edition_pdf(*, page: EditionPage, refresh: bool = False) -> bytes | None:
    """The PDF of the edition as published: stored once per revision, rendered at most once, and
    rendered again from the snapshot when its file is missing."""
    snapshot = live_snapshot(page=page)
    if snapshot is None:
        return None
    if refresh or not pdf_present(snapshot):
        snapshot = edition_render_pdf(snapshot=snapshot, force=refresh)
    if not pdf_present(snapshot):
        return None
    with snapshot.pdf.open("rb") as handle:
        return handle.read()
