"""The national overview (/landelijk/): every region's published figures of a year, side by side.

Built from published snapshots only: the document of the live revision of each live, public edition
(``cms.publication``), never the working tables, so a figure changed after a publication, a draft or a
withdrawn edition never shows. Only tables that a region's snapshot declares comparable (the table's
``comparable`` flag, frozen into the snapshot at publication) are put side by side; a region that
publishes a table of the same code without that declaration, or in another unit, is named and left out.
Figures are never added up across regions: no total, no sum column, no "Nederland" row. A fictional
region is named "(fictief)" and its figures stand in a group of their own below the real ones.

A fixed number of queries, whatever the number of regions or editions: the regions, the live public
editions, their snapshots' ids, and the documents of the snapshots not yet read (the comparable tables
of a document are cached by snapshot and publication). The rendered page is cached until the next
publication or unpublication of any page (``overview_page``, as every public page: cms.caching).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language, override
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from cms.caching import PAGE_TIMEOUT, publication_generation
from cms.models import EditionPage, EditionSnapshot
from cms.models.pages import PublicSite
from cms.open_data import document_tables
from regions.models import Region

NOTE_KINDS = {"bron": "Bron", "kwaliteit": "Kwaliteitsnoot", "afscherming": "Afscherming"}


@dataclass
class RegionEdition:
    """A region's published edition of a year: where to read it and the comparable tables it shows."""

    region: Region
    page: EditionPage
    url: str | None
    tables: dict[str, dict]  # code -> the table as the snapshot published it (comparable ones only)
    other_codes: set[str]  # codes the edition publishes without declaring them comparable


@dataclass
class Row:
    """One region's figures of a table for one figure year, in the table's columns."""

    region: Region
    edition: RegionEdition
    year: int
    cells: list[dict]


@dataclass
class RegionNotes:
    """What a region published with its table: its note for readers, footnotes and source."""

    region: Region
    description: str
    source: str
    notes: list[dict]


@dataclass
class ComparedTable:
    code: str
    title: str
    unit: str
    columns: list[dict]
    real_rows: list[Row] = field(default_factory=list)
    fictional_rows: list[Row] = field(default_factory=list)
    notes: list[RegionNotes] = field(default_factory=list)
    left_out: list[tuple[Region, str]] = field(default_factory=list)

    @property
    def several_years(self) -> bool:
        return len({row.year for row in self.real_rows + self.fictional_rows}) > 1


@dataclass
class Overview:
    year: int | None
    years: list[int]
    editions: list[RegionEdition]
    unpublished: list[Region]
    tables: list[ComparedTable]


# --- reading the snapshots --------------------------------------------------------------------------


def _comparable_parts(document: dict) -> dict:
    """What the overview needs of a published document: its comparable tables and the other codes."""
    tables, others = {}, []
    for snapshot in document_tables(document):
        if snapshot.get("comparable") is True:
            tables[snapshot["code"]] = snapshot
        else:
            others.append(snapshot["code"])
    return {"tables": tables, "others": others}


def _snapshot_key(snapshot_id: int, page: EditionPage) -> str:
    # A snapshot's document is rewritten only by a new publication of its revision: the key follows it.
    published = page.last_published_at.isoformat() if page.last_published_at else ""
    return f"cms:national:snapshot:{snapshot_id}:{published}"


def published_editions(request=None) -> tuple[list[Region], list[RegionEdition]]:
    """Every region, and every live, public edition with a snapshot of its live revision with the
    comparable tables of that snapshot. Four queries at most (five with view restrictions)."""
    regions = {region.pk: region for region in Region.objects.all()}
    # The source language only: an English translation (cms.translation) is the same edition.
    editions = EditionPage.objects.live().public().filter(locale__language_code=settings.LANGUAGE_CODE)
    pages = list(editions.filter(region__in=list(regions)).order_by("-year"))
    snapshot_ids = dict(
        EditionSnapshot.objects.filter(
            revision_id__in=[page.live_revision_id for page in pages if page.live_revision_id]
        ).values_list("revision_id", "pk")
    )
    published = [
        (page, snapshot_ids[page.live_revision_id]) for page in pages if page.live_revision_id in snapshot_ids
    ]
    keys = {snapshot_id: _snapshot_key(snapshot_id, page) for page, snapshot_id in published}
    cached = cache.get_many(list(keys.values()))
    parts = {snapshot_id: cached[key] for snapshot_id, key in keys.items() if key in cached}
    missing = [snapshot_id for snapshot_id in keys if snapshot_id not in parts]
    if missing:
        documents = EditionSnapshot.objects.filter(pk__in=missing).values_list("pk", "document")
        for snapshot_id, document in documents:
            parts[snapshot_id] = _comparable_parts(document)
        cache.set_many({keys[snapshot_id]: parts[snapshot_id] for snapshot_id in missing}, PAGE_TIMEOUT)
    return list(regions.values()), [
        RegionEdition(
            region=regions[page.region_id],
            page=page,
            url=page.get_url(request),
            tables=parts[snapshot_id]["tables"],
            other_codes=set(parts[snapshot_id]["others"]),
        )
        for page, snapshot_id in published
    ]


# --- the comparison ------------------------------------------------------------------------------


def _labels(snapshot: dict) -> dict[tuple[str, str], str]:
    return {
        (dimension["code"], value["code"]): value.get("label") or value["code"]
        for dimension in snapshot.get("dimensions") or []
        for value in dimension.get("values") or []
    }


def _column_key(coords: dict) -> tuple:
    return tuple(sorted((coords or {}).items()))


def _columns(snapshots: list[dict]) -> list[dict]:
    """The table's columns: every combination of dimension values any region published, in the order
    of the first region that has it, labelled as that region labels it."""
    columns: dict[tuple, dict] = {}
    for snapshot in snapshots:
        labels = _labels(snapshot)
        order = [dimension["code"] for dimension in snapshot.get("dimensions") or []]
        for cell in snapshot.get("cells") or []:
            key = _column_key(cell.get("coords"))
            if key in columns:
                continue
            coords = cell.get("coords") or {}
            names = [labels.get((code, coords[code]), coords[code]) for code in order if code in coords]
            columns[key] = {"key": key, "label": ", ".join(names) or snapshot.get("unit") or _("Aantal")}
    return list(columns.values())


def _note_id(year: int, code: str, region: Region, number: int) -> str:
    return f"noot-{year}-{code}-{region.slug}-{number}"


def _rows(edition: RegionEdition, snapshot: dict, columns: list[dict], year: int) -> list[Row]:
    """The region's cells by figure year; a column the region did not publish is "niet vermeld"."""
    row_notes = {
        (dimension["code"], value["code"]): list(value.get("footnotes") or [])
        for dimension in snapshot.get("dimensions") or []
        for value in dimension.get("values") or []
    }
    by_year: dict[int, dict[tuple, dict]] = {}
    for cell in snapshot.get("cells") or []:
        by_year.setdefault(cell["year"], {})[_column_key(cell.get("coords"))] = cell
    rows = []
    for figure_year in sorted(by_year):
        cells = []
        for column in columns:
            cell = by_year[figure_year].get(column["key"])
            if cell is None:
                cells.append({"display": _("niet vermeld"), "status": "missing", "notes": []})
                continue
            numbers = list(cell.get("footnotes") or [])
            for pair in column["key"]:
                numbers += [n for n in row_notes.get(pair, []) if n not in numbers]
            cells.append(
                {
                    "display": cell.get("display") or _("niet beschikbaar"),
                    "display_sr": cell.get("display_sr") or "",
                    "status": cell.get("status") or "ok",
                    "notes": [
                        {"number": n, "href": f"#{_note_id(year, snapshot['code'], edition.region, n)}"}
                        for n in numbers
                    ],
                }
            )
        rows.append(Row(region=edition.region, edition=edition, year=figure_year, cells=cells))
    return rows


def _region_notes(edition: RegionEdition, snapshot: dict, year: int) -> RegionNotes:
    notes = [
        {
            "id": _note_id(year, snapshot["code"], edition.region, note["number"]),
            "number": note["number"],
            "text": note["text"],
            "kind": _(NOTE_KINDS.get(note.get("kind") or "", "Voetnoot")),
        }
        for note in snapshot.get("footnotes") or []
    ]
    return RegionNotes(
        region=edition.region,
        description=snapshot.get("description") or "",
        source=snapshot.get("source") or "",
        notes=notes,
    )


def _compare(code: str, editions: list[RegionEdition], year: int) -> ComparedTable:
    """The regions' published figures of one comparable table; regions that cannot stand beside the
    first one (another unit, not declared comparable, not in their edition) are named, not shown."""
    reference = next(edition.tables[code] for edition in editions if code in edition.tables)
    shown: list[tuple[RegionEdition, dict]] = []
    left_out: list[tuple[Region, str]] = []
    for edition in editions:
        snapshot = edition.tables.get(code)
        if snapshot is None:
            reason = (
                _("niet als vergelijkbaar gepubliceerd")
                if code in edition.other_codes
                else _("niet in de editie")
            )
            left_out.append((edition.region, reason))
        elif (snapshot.get("unit") or "") != (reference.get("unit") or ""):
            left_out.append(
                (edition.region, _("in een andere eenheid (%(unit)s)") % {"unit": snapshot.get("unit")})
            )
        else:
            shown.append((edition, snapshot))
    columns = _columns([snapshot for _edition, snapshot in shown])
    compared = ComparedTable(
        code=code,
        title=reference.get("title") or code,
        unit=reference.get("unit") or "",
        columns=columns,
        left_out=left_out,
    )
    for edition, snapshot in shown:
        rows = _rows(edition, snapshot, columns, year)
        (compared.fictional_rows if edition.region.is_fictional else compared.real_rows).extend(rows)
        compared.notes.append(_region_notes(edition, snapshot, year))
    return compared


def _region_order(region: Region) -> tuple:
    return (region.is_fictional, region.order, region.name)


def build_overview(year: int | None = None, request=None) -> Overview:
    """The overview of a year (the latest year with a published edition when none is given), or 404."""
    regions, editions = published_editions(request)
    years = sorted({edition.page.year for edition in editions}, reverse=True)
    if year is None:
        year = years[0] if years else None
    elif year not in years:
        raise Http404
    editions = sorted(
        (edition for edition in editions if edition.page.year == year),
        key=lambda edition: _region_order(edition.region),
    )
    published = {edition.region.pk for edition in editions}
    regions = sorted(regions, key=_region_order)
    codes: list[str] = []
    for edition in editions:
        codes += [code for code in edition.tables if code not in codes]
    return Overview(
        year=year,
        years=years,
        editions=editions,
        unpublished=[region for region in regions if region.pk not in published],
        tables=[_compare(code, editions, year) for code in codes],
    )


# --- the page --------------------------------------------------------------------------------------


def _page_key(request) -> str:
    """Changes with every publication or unpublication (a new region's pages are published when its
    pack is loaded), as every public page's (cms.caching)."""
    return f"cms:national:page:{publication_generation()}:{request.get_host()}:{request.path}"


@require_safe
def overview_page(request, year: int | None = None) -> HttpResponse:
    """/landelijk/ (the latest year) and /landelijk/<year>/: public, the same for every visitor. In
    Dutch only (its texts are not translated): /en/landelijk/ leads there."""
    if get_language() != settings.LANGUAGE_CODE:
        with override(settings.LANGUAGE_CODE):
            name = "cms:national_overview_year" if year else "cms:national_overview"
            return redirect(reverse(name, args=[year] if year else []))
    key = _page_key(request)
    content = cache.get(key)
    if content is None:
        overview = build_overview(year, request)
        context = {"overview": overview, "public_site": PublicSite(None, request, national=True)}
        content = render(request, "cms/national_overview.html", context).content
        cache.set(key, content, PAGE_TIMEOUT)
    response = HttpResponse(content, content_type="text/html; charset=utf-8")
    # The public page cache (cms.caching.PublicPageCacheMiddleware) serves it from now on: one query.
    response["X-Publication-Cache"] = "1"
    return response
