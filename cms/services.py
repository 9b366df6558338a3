"""Writes of the publication: what follows a publish (``cms.publication`` takes the snapshot), and the
PDF made once per revision (queued for the worker by ``cms.tasks``)."""

import logging
import time
import uuid
from datetime import timedelta

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.translation import gettext as _

from actionplan.services import reporting_year_close
from cms.models import EditionLabels, EditionPage, EditionSnapshot
from cms.publication import edition_take_snapshot, live_snapshot, translations_refresh
from cms.translation import document_labels, is_translation, source_language

logger = logging.getLogger(__name__)

PDF_LOCK_SECONDS = 300
PDF_WAIT_SECONDS = 60


def edition_published(*, page: EditionPage, revision) -> EditionSnapshot:
    """Everything that follows a publication of an edition: the snapshot, and the edition's reporting
    year closed for actiehouders (later changes to it are corrections). The PDF is queued by the
    caller once the publication is committed (``cms.signals``, ``cms.tasks.pdf_request``).

    A translation's publication only composes its snapshot: the Dutch edition closes the year."""
    snapshot = edition_take_snapshot(page=page, revision=revision)
    if is_translation(page):
        return snapshot
    edition_labels_sync(region=page.region, year=page.year, document=snapshot.document)
    reporting_year_close(
        region=page.region,
        year=page.year,
        user=getattr(revision, "user", None),
        reason=_("Editie %(year)s gepubliceerd") % {"year": page.year},
    )
    return snapshot


def edition_labels_sync(*, region, year: int, document: dict) -> EditionLabels:
    """The edition's labels (cms.models.EditionLabels) follow its published document: one block per
    string, a string that stays keeps its block (and so its translation); wagtail-localize's source is
    brought up to date and each translation saved again, so translators see what is new."""
    from wagtail.models import Locale
    from wagtail_localize.models import TranslationSource

    locale = Locale.objects.get(language_code=source_language())
    labels = EditionLabels.objects.filter(region=region, year=year, locale=locale).first() or EditionLabels(
        region=region, year=year, locale=locale
    )
    wanted = document_labels(document)
    current = [(block.block_type, _label_source(block)) for block in labels.labels]
    if labels.pk and current == wanted:
        return labels
    ids = {(block.block_type, _label_source(block)): block.id for block in labels.labels}
    labels.labels = [
        {"type": kind, "value": text, "id": ids.get((kind, text)) or str(uuid.uuid4())}
        for kind, text in wanted
    ]
    labels.save()
    source, created = TranslationSource.get_or_create_from_instance(labels)
    if not created:
        source.update_from_db()
        for translation in source.translations.filter(enabled=True):
            translation.save_target()
    return labels


def _label_source(block) -> str:
    return block.value.source if block.block_type == "text" else str(block.value)


def edition_translations_refresh(*, page: EditionPage) -> list[EditionSnapshot]:
    """After a publication of a Dutch edition, its live translations show its new snapshot: each is
    composed again; returns those that changed (their PDFs are queued by the caller)."""
    if is_translation(page):
        return []
    return translations_refresh(page=page)


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
