"""The national overview (/landelijk/): every region's published figures of a year, side by side.

Built from published snapshots only: the document of the live revision of each live, public edition
(``cms.publication``), never the working tables, so a figure changed after a publication, a draft or a
withdrawn edition never shows. Only tables that a region's snapshot declares comparable (the table's
``comparable`` flag, frozen into the snapshot at publication) are put side by side; a region that
publishes a table of the same code without that declaration, or in another unit, is named and left out.
Figures are never added up across regions: no total, no sum column, no "Nederland" row. A fictional
region is named "(fictief)" and its figures stand in a group of their own below the real ones.

A fixed number of queries, whatever the number of regions or editions: the regions, the live public
editions and the comparable parts of their snapshots, which each snapshot stores beside its document
when it is taken (``EditionSnapshot.comparable``, cms.open_data.comparable_parts): a tenth of the
document, so the page never reads whole documents. The rendered page is cached until the next
publication or unpublication of any page (``overview_page``, as every public page: cms.caching).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from django.conf import settings
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.dateformat import format as date_format
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, override
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from cms.caching import PAGE_TIMEOUT, publication_generation
from cms.models import EditionPage, EditionSnapshot
from cms.models.pages import PublicSite
from regions.models import Region

NOTE_KINDS = {"bron": "Bron", "kwaliteit": "Kwaliteitsnoot", "afscherming": "Afscherming"}


@dataclass
class RegionEdition:
    """A region's published edition of a year: where to read it and the comparable tables it shows."""

    region: Region
    name: str  # the region's display name (with "(fictief)"), translated once per page
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
    html: str  # the table row (<tr>), built here (_cell_html)


@dataclass
class ComparedTable:
    code: str
    title: str
    unit: str
    columns: list[dict]
    real_rows: list[Row] = field(default_factory=list)
    fictional_rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # each shown region's notes, as HTML (_region_notes)
    left_out: list[tuple[Region, str]] = field(default_factory=list)
    several_years: bool = False  # rows of more than one figure year: a column "Jaar"


@dataclass
class Overview:
    year: int | None
    years: list[int]
    editions: list[RegionEdition]
    unpublished: list[Region]
    tables: list[ComparedTable]

    @property
    def edition_rows(self) -> str:
        """The rows of the editions' table (region, edition, files), built once as escaped HTML."""
        return _edition_rows(self.editions, self.year)


# --- reading the snapshots --------------------------------------------------------------------------


def published_editions(request=None) -> tuple[list[Region], list[RegionEdition]]:
    """Every region, and every live, public edition with a snapshot of its live revision with the
    comparable tables of that snapshot. Three queries (four with view restrictions): the regions, the
    editions (the few fields shown) and the snapshots' comparable parts, stored with each snapshot at
    its publication (never the whole documents)."""
    regions = {region.pk: region for region in Region.objects.all()}
    # The source language only: an English translation (cms.translation) is the same edition.
    editions = EditionPage.objects.live().public().filter(locale__language_code=settings.LANGUAGE_CODE)
    # What the page shows and links of an edition (get_url reads url_path and locale), nothing more.
    fields = ("title", "url_path", "locale_id", "live_revision_id", "year", "region_id", "publication_date")
    pages = list(editions.filter(region__in=list(regions)).only(*fields).order_by("-year"))
    parts = dict(
        EditionSnapshot.objects.filter(
            revision_id__in=[page.live_revision_id for page in pages if page.live_revision_id]
        ).values_list("revision_id", "comparable")
    )
    return list(regions.values()), [
        RegionEdition(
            region=regions[page.region_id],
            name=regions[page.region_id].display_name,
            page=page,
            url=page.get_url(request),
            tables=parts[page.live_revision_id]["tables"],
            other_codes=set(parts[page.live_revision_id]["others"]),
        )
        for page in pages
        if page.live_revision_id in parts
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


def _cell_html(cell: dict | None, hrefs: list[dict]) -> str:
    """One region's cell as the figure tables write it (monitor/includes/figure.html), escaped here: a
    page of 25 regions has hundreds of cells, and the template language takes many times as long."""
    if cell is None:
        return f'<td class="mhm-figure__cell mhm-figure__cell--missing">{escape(_("niet vermeld"))}</td>'
    display = escape(cell.get("display") or _("niet beschikbaar"))
    if cell.get("display_sr"):
        display = (
            f'<span aria-hidden="true">{display}</span>'
            f'<span class="mhm-figure__sr"> {escape(cell["display_sr"])}</span>'
        )
    notes = render_to_string("monitor/includes/figure_noterefs.html", {"notes": hrefs}) if hrefs else ""
    status = escape(cell.get("status") or "ok")
    return f'<td class="mhm-figure__cell mhm-figure__cell--{status}">{display}{notes}</td>'


def _rows(
    edition: RegionEdition, snapshot: dict, columns: list[dict], year: int, several_years: bool
) -> list[Row]:
    """The region's rows, one per figure year; a column the region did not publish is "niet vermeld"."""
    row_notes = {
        (dimension["code"], value["code"]): value["footnotes"]
        for dimension in snapshot.get("dimensions") or []
        for value in dimension.get("values") or []
        if value.get("footnotes")
    }
    by_year: dict[int, dict[tuple, dict]] = {}
    for cell in snapshot.get("cells") or []:
        by_year.setdefault(cell["year"], {})[_column_key(cell.get("coords"))] = cell
    name = escape(edition.name)
    head = f'<a class="utrecht-link" href="{escape(edition.url)}">{name}</a>' if edition.url else name
    rows = []
    for figure_year in sorted(by_year):
        cells = []
        for column in columns:
            cell = by_year[figure_year].get(column["key"])
            numbers = list(cell.get("footnotes") or []) if cell else []
            for pair in column["key"] if cell and row_notes else ():
                numbers += [n for n in row_notes.get(pair, []) if n not in numbers]
            hrefs = [
                {"number": n, "href": f"#{_note_id(year, snapshot['code'], edition.region, n)}"}
                for n in numbers
            ]
            cells.append(_cell_html(cell, hrefs))
        year_cell = f'<td class="mhm-national__year">{figure_year}</td>' if several_years else ""
        html = f'<tr>\n  <th scope="row">{head}</th>{year_cell}\n  {"".join(cells)}\n</tr>\n'
        # Every part escaped above (escape, or the noteref template).
        html = mark_safe(html)  # noqa: S308
        rows.append(Row(region=edition.region, edition=edition, year=figure_year, html=html))
    return rows


def _region_notes(edition: RegionEdition, snapshot: dict, year: int, source_label: str) -> str:
    """What the region published with its table (its note for readers, footnotes with their kind, and
    source) under the table, as HTML built here as the rows are; empty when it published none."""
    description, source = snapshot.get("description") or "", snapshot.get("source") or ""
    notes = snapshot.get("footnotes") or []
    if not (notes or source or description):
        return ""
    fictional = " mhm-national__fictional" if edition.region.is_fictional else ""
    html = f'<div class="mhm-national__notes{fictional}">\n'
    html += f'  <p class="mhm-figure__joint-heading">{escape(edition.name)}</p>\n'
    if description:
        html += f'  <p class="mhm-figure__description">{escape(description)}</p>\n'
    if notes:
        items = ""
        for note in notes:
            number = escape(str(note["number"]))
            note_id = escape(_note_id(year, snapshot["code"], edition.region, note["number"]))
            kind = escape(_(NOTE_KINDS.get(note.get("kind") or "", "Voetnoot")))
            items += (
                f'<li id="{note_id}" value="{number}"><span class="mhm-figure__note-number">{number}.</span>'
                f" <strong>{kind}:</strong> {escape(note['text'])}</li>"
            )
        html += f'  <ol class="mhm-figure__notes">\n    {items}\n  </ol>\n'
    if source:
        html += f'  <p class="mhm-figure__source">{escape(source_label)}: {escape(source)}</p>\n'
    return mark_safe(html + "</div>\n")  # noqa: S308 (every part escaped above)


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
    source_label = _("Bron")
    years = {cell["year"] for _edition, snapshot in shown for cell in snapshot.get("cells") or []}
    compared = ComparedTable(
        code=code,
        title=reference.get("title") or code,
        unit=reference.get("unit") or "",
        columns=columns,
        left_out=left_out,
        several_years=len(years) > 1,
    )
    for edition, snapshot in shown:
        rows = _rows(edition, snapshot, columns, year, compared.several_years)
        (compared.fictional_rows if edition.region.is_fictional else compared.real_rows).extend(rows)
        compared.notes.append(_region_notes(edition, snapshot, year, source_label))
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


def _edition_rows(editions: list[RegionEdition], year: int | None) -> str:
    pdf, csv, published = _("Pdf"), _("Cijfers (csv)"), _("gepubliceerd")
    rows = []
    for edition in editions:
        name, title, url = escape(edition.name), escape(edition.page.title), edition.url
        fictional = ' class="mhm-national__fictional"' if edition.region.is_fictional else ""
        link = f'<a class="utrecht-link" href="{escape(url)}">{title}</a>' if url else title
        date = edition.page.publication_date
        if date:
            when = escape(f"{published} {date_format(date, 'j F Y')}")
            link += f'<br><span class="mhm-unit">{when}</span>'
        files = ""
        if url:
            hidden = f'<span class="mhm-visually-hidden"> {name} {year}</span>'
            files = (
                f'<a class="utrecht-link" href="{escape(url)}pdf/">{escape(pdf)}{hidden}</a> · '
                f'<a class="utrecht-link" href="{escape(url)}cijfers.csv">{escape(csv)}{hidden}</a>'
            )
        cells = f'<th scope="row">{name}</th><td>{link}</td><td>{files}</td>'
        rows.append(f"<tr{fictional}>{cells}</tr>\n")
    return mark_safe("".join(rows))  # noqa: S308 (every part escaped above)


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
