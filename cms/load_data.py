"""Grows the archive of editions for benchmarks: copies of the published 2025 edition.

Each copy is a live page for an earlier year with a copy of the published snapshot, so that it is
served like any published edition (its PDF is made on first request). Never real data.
"""

from django.conf import settings
from django.db import transaction

from cms.models import EditionPage, EditionSnapshot

SOURCE_YEAR = 2025


@transaction.atomic
def copy_edition(k: int, *, region=None) -> EditionPage | None:
    """Copy k of the region's (or the first) published 2025 edition, as its edition of 2025 - k."""
    dutch = EditionPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    editions = dutch if region is None else dutch.filter(region=region)
    source = editions.filter(year=SOURCE_YEAR).first()
    year = SOURCE_YEAR - k
    if source is None or editions.filter(region=source.region_id, year=year).exists():
        return None
    snapshot = EditionSnapshot.objects.filter(revision_id=source.live_revision_id).first()
    copy = source.copy(
        update_attrs={"year": year, "slug": str(year), "title": f"{source.title} (kopie {year})"},
        keep_live=True,
        copy_revisions=False,
        log_action=None,
    ).specific
    revision = copy.save_revision(log_action=False)
    EditionPage.objects.filter(pk=copy.pk).update(live_revision=revision, latest_revision=revision)
    if snapshot is not None:
        document = dict(snapshot.document)
        document["title"] = copy.title
        EditionSnapshot.objects.create(page=copy, revision=revision, document=document)
    return copy
