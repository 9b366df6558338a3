"""What the open API may read: the published snapshots of live, public editions, and nothing else.

An edition is found by its region's slug and its year together, so a region's URLs never reach an
edition of another region; a region exists for the API once it has published an edition.

Every answer of the API starts here. An edition that is not live, or is private, or has no snapshot
of its live revision, does not exist for the API (404); a figure, an action or a title changed after
the publication is not in any snapshot until the edition is published again; working notes and the
cells hidden by the disclosure threshold never reached a snapshot (``monitor.selectors.table_snapshot``
leaves them out). A fixed number of queries per request, whatever the number of editions or tables.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.db.models import QuerySet
from django.db.models.fields.json import KT
from django.http import Http404

from cms.models import EditionPage, EditionSnapshot

# Fields of the document read without loading the whole document (KT: a JSON key as text).
_HEADER_FIELDS = {
    "doc_title": KT("document__title"),
    "doc_subtitle": KT("document__subtitle"),
    "doc_region": KT("document__region"),
    "doc_publication_date": KT("document__publication_date_iso"),
}


@dataclass
class Version:
    """One published version of an edition (a snapshot), numbered from 1, oldest first."""

    number: int
    snapshot_id: int
    published_at: datetime
    is_current: bool
    is_correction: bool
    correction_reason: str
    changes: list[str]
    title: str
    subtitle: str
    region_name: str
    publication_date: str | None


@dataclass
class PublishedEdition:
    """A live, public edition with its published versions; ``version`` is the one asked for."""

    page: EditionPage
    versions: list[Version]
    version: Version
    current: Version = field(init=False)

    def __post_init__(self):
        self.current = next(version for version in self.versions if version.is_current)

    @property
    def fingerprint(self) -> str:
        """Changes with every publication of the edition: its snapshots and its last publication."""
        ids = ",".join(str(version.snapshot_id) for version in self.versions)
        return f"{self.page.pk}:{ids}:{self.page.live_revision_id}:{self.page.last_published_at}"


def published_pages() -> QuerySet[EditionPage]:
    """Live, public editions with their region (and its home page, for its address), in the source
    language only: an English translation (cms.translation) is the same edition."""
    return (
        EditionPage.objects.live()
        .public()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .select_related("region", "region__home_page")
    )


def _date_text(value: str | None) -> str | None:
    """An ISO date read from the document; a JSON null comes back as the text "null" on SQLite."""
    return value if value and value != "null" else None


def _versions_by_page(pages: list[EditionPage]) -> dict[int, list[Version]]:
    """The published versions of the pages, one query, documents not loaded."""
    rows = (
        EditionSnapshot.objects.filter(page__in=[page.pk for page in pages])
        .order_by("page_id", "created_at", "pk")
        .values(
            "pk",
            "page_id",
            "revision_id",
            "created_at",
            "is_correction",
            "correction_reason",
            "changes",
            **_HEADER_FIELDS,
        )
    )
    live = {page.pk: page.live_revision_id for page in pages}
    versions: dict[int, list[Version]] = {}
    for row in rows:
        numbered = versions.setdefault(row["page_id"], [])
        numbered.append(
            Version(
                number=len(numbered) + 1,
                snapshot_id=row["pk"],
                published_at=row["created_at"],
                is_current=row["revision_id"] == live[row["page_id"]],
                is_correction=row["is_correction"],
                correction_reason=row["correction_reason"],
                changes=list(row["changes"] or []),
                title=row["doc_title"] or "",
                subtitle=row["doc_subtitle"] or "",
                region_name=row["doc_region"] or "",
                publication_date=_date_text(row["doc_publication_date"]),
            )
        )
    return versions


def published_editions(*, region_slug: str | None = None) -> list[PublishedEdition]:
    """Every published edition (of one region, or of all) with its versions, by region and newest
    first: three queries, whatever the number of regions and editions."""
    pages = published_pages().order_by("region__order", "region__name", "-year")
    if region_slug is not None:
        pages = pages.filter(region__slug=region_slug)
    pages = list(pages)
    versions = _versions_by_page(pages)
    editions = []
    for page in pages:
        current = _current(versions.get(page.pk, []))
        if current is not None:
            editions.append(PublishedEdition(page=page, versions=versions[page.pk], version=current))
    return editions


def _current(versions: list[Version]) -> Version | None:
    return next((version for version in versions if version.is_current), None)


def published_edition(*, region_slug: str, year: int, version: int | None = None) -> PublishedEdition:
    """A region's published edition of a year (and the version asked for, else the current one), or
    404: also for an edition of another region, whatever its year."""
    page = published_pages().filter(region__slug=region_slug, year=year).order_by().first()
    if page is None:
        raise Http404
    versions = _versions_by_page([page]).get(page.pk, [])
    current = _current(versions)
    if current is None:
        raise Http404  # live without a snapshot of its live revision: nothing published to read
    if version is None:
        return PublishedEdition(page=page, versions=versions, version=current)
    if not 1 <= version <= len(versions):
        raise Http404
    return PublishedEdition(page=page, versions=versions, version=versions[version - 1])


def editions_fingerprint(editions: list[PublishedEdition]) -> str:
    """Changes with every publication or withdrawal of any of the editions, and with a change to the
    name of their region (the only thing the API reads that is not in a snapshot)."""
    parts = [
        f"{edition.fingerprint}:{edition.page.region.slug}:{edition.page.region.name}:"
        f"{edition.page.region.full_name}:{edition.page.region.is_fictional}"
        for edition in editions
    ]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def by_region(editions: list[PublishedEdition]) -> list[tuple[object, list[PublishedEdition]]]:
    """The regions that published, each with its editions, in the order of the editions."""
    regions: dict[int, tuple[object, list[PublishedEdition]]] = {}
    for edition in editions:
        regions.setdefault(edition.page.region_id, (edition.page.region, []))[1].append(edition)
    return list(regions.values())


def snapshot_document(snapshot_id: int) -> dict:
    """The whole published document of a snapshot (the only query that loads one)."""
    return EditionSnapshot.objects.values_list("document", flat=True).get(pk=snapshot_id)
