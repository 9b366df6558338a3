"""What a publication of an edition is: its route, what blocks it, and the snapshot it freezes.

The page model reads the published document from here (``published_document``), and the services
(``cms.services``) build on it; this module reaches the snapshots through the page's own relation
(``page.snapshots``), so it never imports the models and the models may import it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING

from django.utils import timezone
from django.utils.translation import gettext as _

from cms import document as edition_document
from cms import translation as edition_translation
from cms.corrections import document_changes
from monitor.quality import blocking_messages, unexplained_errors

if TYPE_CHECKING:
    from cms.models import EditionPage, EditionSnapshot


def edition_publication_blockers(*, region, year: int) -> list[str]:
    """Why the region's edition of ``year`` may not be published yet: each fout of the consistency
    checks on its public figures that has no explanation for readers, named."""
    return blocking_messages(unexplained_errors(year, region))


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

    A translation (the English edition) is composed from the Dutch edition's snapshot instead.
    """
    if edition_translation.is_translation(page):
        return translation_take_snapshot(page=page, revision=revision)
    data = edition_document.build_document(page)
    previous = page.snapshots.exclude(revision=revision).order_by("-created_at", "-pk").first()
    fields = {"document": data, "is_correction": previous is not None}
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
    snapshot, _created = page.snapshots.update_or_create(revision=revision, defaults=fields)
    return snapshot


def translation_document(*, page: EditionPage) -> dict:
    """The document of a translated edition: the Dutch edition's published document (its working
    data while it is not live) in the translation's words (cms.translation)."""
    source = edition_translation.source_of(page)
    if source is None:
        return edition_document.build_document(page)
    source_snapshot = live_snapshot(page=source)
    source_document = source_snapshot.document if source_snapshot else edition_document.build_document(source)
    document = edition_translation.translated_document(source_document=source_document, page=page)
    # Which Dutch version it was composed from: the moment that version was published (a row id
    # would differ between databases holding the same editions, e.g. after a restore).
    document["source_published_at"] = source_snapshot.created_at.isoformat() if source_snapshot else None
    return document


def translation_take_snapshot(*, page: EditionPage, revision) -> EditionSnapshot:
    """A translation's snapshot is composed from the Dutch edition's live snapshot: the same numbers.
    Taken again (and its PDF made again) when the Dutch edition is published again."""
    document = translation_document(page=page)
    existing = page.snapshots.filter(revision=revision).first()
    if existing is not None and existing.document == document:
        return existing
    snapshot, _created = page.snapshots.update_or_create(
        revision=revision, defaults={"document": document, "pdf": "", "pdf_rendered_at": None}
    )
    return snapshot


def translations_refresh(*, page: EditionPage) -> list[EditionSnapshot]:
    """After a publication of a Dutch edition: each live translation composed again from its new
    snapshot. Returns the snapshots whose document changed (their PDFs are to be made again)."""
    changed = []
    for translated in page.get_translations().live().specific():
        revision = translated.live_revision
        if revision is None:
            continue
        before = translated.snapshots.filter(revision=revision).values_list("document", flat=True).first()
        snapshot = translation_take_snapshot(page=translated, revision=revision)
        if snapshot.document != before:
            changed.append(snapshot)
    return changed


def live_snapshot(*, page: EditionPage) -> EditionSnapshot | None:
    """The snapshot of the page's live revision, taken now if the page was published without one."""
    if not page.live or page.live_revision_id is None:
        return None
    snapshot = page.snapshots.filter(revision_id=page.live_revision_id).first()
    if snapshot is None:
        snapshot = edition_take_snapshot(page=page, revision=page.live_revision)
    return snapshot


def published_document(*, page: EditionPage) -> dict:
    """The document the public page renders: the live snapshot's (the working data if not live)."""
    snapshot = live_snapshot(page=page)
    if snapshot is not None:
        return snapshot.document
    if edition_translation.is_translation(page):
        return translation_document(page=page)
    return edition_document.build_document(page)
