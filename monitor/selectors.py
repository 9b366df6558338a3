"""Reads of the figures for pages, exports, checks and the admin screens."""

from django.db.models import Count, Prefetch, QuerySet
from django.utils.translation import gettext as _

from . import disclosure
from .models import (
    Delivery,
    Dimension,
    DimensionValue,
    Footnote,
    JointReport,
    Observation,
    Partner,
    Table,
    coord_key,
)
from .models.figures import parse_coord_key

NOT_AVAILABLE = "niet beschikbaar"


def tables_for_year(year: int) -> QuerySet[Table]:
    """Tables with at least one observation (available or not) for the year, in monitor order."""
    return (
        Table.objects.filter(observations__year=year)
        .select_related("partner__organisation")
        .distinct()
        .order_by("order", "code")
    )


def partner_tables(partner: Partner, region=None) -> QuerySet[Table]:
    """The partner's tables; of one region when given (a national partner delivers to several)."""
    tables = Table.objects.filter(partner=partner)
    if region is not None:
        tables = tables.filter(region=region)
    return tables.select_related("partner").order_by("order", "code")


def public_years(table: Table, years: list[int]) -> set[int]:
    """The years whose figures of this table's partner are validated or published."""
    return set(
        Delivery.objects.filter(
            partner_id=table.partner_id, year__in=years, status__in=Delivery.PUBLIC_STATUSES
        ).values_list("year", flat=True)
    )


def table_dimensions(table: Table) -> list[Dimension]:
    """Dimensions with their values, municipalities and the parts of totals: three queries."""
    values = DimensionValue.objects.select_related("municipality").order_by("order", "code")
    return list(
        Dimension.objects.filter(table=table)
        .order_by("order", "code")
        .prefetch_related(Prefetch("values", queryset=values), "values__parts")
    )


def _dimension_data(dimensions: list[Dimension], row_notes: dict[int, list[int]]) -> list[dict]:
    data = []
    codes = {value.pk: value.code for dimension in dimensions for value in dimension.values.all()}
    for dimension in dimensions:
        values = []
        for value in dimension.values.all():
            item = {"code": value.code, "label": value.label, "is_total": value.is_total}
            if value.is_total:
                item["parts"] = [part.code for part in value.parts.all()]
            if value.municipality:
                item["cbs_code"] = value.municipality.cbs_code
            if value.unit:
                item["unit"] = value.unit
            if value.subset_of_id:
                item["subset_of"] = codes[value.subset_of_id]
            if row_notes.get(value.pk):
                item["footnotes"] = row_notes[value.pk]
            values.append(item)
        data.append({"code": dimension.code, "label": dimension.label, "values": values})
    return data


def _display(value: int | None) -> str:
    return NOT_AVAILABLE if value is None else str(value)


def table_snapshot(table: Table, years: list[int], *, public: bool = True) -> dict:
    """The table's figures for the years as JSON-serialisable data, in a fixed number of queries.

    With ``public`` only figures of validated or published deliveries are shown; the others appear
    as missing ("niet beschikbaar"), and small numbers are hidden by ``monitor.disclosure``.
    """
    years = sorted(set(years))
    partner = Partner.objects.get(pk=table.partner_id)
    dimensions = table_dimensions(table)
    shown_years = public_years(table, years) if public else set(years)
    observations = list(Observation.objects.filter(table=table, year__in=years))
    notes = list(Footnote.objects.filter(table=table).order_by("number"))
    notes = [note for note in notes if note.year is None or note.year in years]
    hidden_obs = {obs.pk for obs in observations if obs.year not in shown_years}
    notes = [note for note in notes if note.observation_id not in hidden_obs]

    cell_notes: dict[int, list[int]] = {}
    row_notes: dict[int, list[int]] = {}
    for note in notes:
        if note.observation_id:
            cell_notes.setdefault(note.observation_id, []).append(note.number)
        elif note.dimension_value_id:
            row_notes.setdefault(note.dimension_value_id, []).append(note.number)

    dimension_data = _dimension_data(dimensions, row_notes)
    order = {
        (dim["code"], value["code"]): (position, value["is_total"])
        for dim in dimension_data
        for position, value in enumerate(dim["values"])
    }
    cells = []
    for obs in observations:
        coords = parse_coord_key(obs.coord_key)
        visible = obs.year in shown_years
        value = obs.value if visible else None
        cells.append(
            {
                "year": obs.year,
                "coords": coords,
                "value": value,
                "display": _display(value),
                "status": "ok" if value is not None else "missing",
                "is_total": any(order.get((dim, code), (0, False))[1] for dim, code in coords.items()),
                "footnotes": cell_notes.get(obs.pk, []) if visible else [],
            }
        )
    dim_codes = [dim["code"] for dim in dimension_data]
    cells.sort(
        key=lambda cell: (
            cell["year"],
            tuple(order.get((dim, cell["coords"].get(dim)), (0, False))[0] for dim in dim_codes),
        )
    )
    snapshot = {
        "code": table.code,
        "title": table.title,
        "unit": table.unit,
        "description": table.description,
        "source": table.source,
        "partner": partner.name,
        "chapter": table.chapter,
        # Same definition in every region: the national overview (cms.national) shows it beside other
        # regions' figures, and the open API says so.
        "comparable": table.comparable,
        "years": years,
        "dimensions": dimension_data,
        "cells": cells,
        # The kind tells a reader's note of the source from a quality note (monitor.quality).
        "footnotes": [{"number": note.number, "text": note.text, "kind": note.kind} for note in notes],
        "joint_reports": _joint_reports(table, years, shown_years),
        "disclosure_threshold": table.disclosure_threshold,
    }
    if public:
        # No fallback: figures that cannot be protected are not published (an error, not the raw table).
        snapshot = disclosure.apply(snapshot)
    return snapshot


def _joint_reports(table: Table, years: list[int], shown_years: set[int]) -> list[dict]:
    reports = JointReport.objects.filter(table=table, year__in=years).select_related(
        "column__dimension", "municipality__dimension", "other_municipality", "footnote"
    )
    return [
        {
            "year": report.year,
            "column": {report.column.dimension.code: report.column.code},
            "dimension": report.municipality.dimension.code,
            "municipalities": [report.municipality.code, report.other_municipality.code],
            "labels": [report.municipality.label, report.other_municipality.label],
            "count": report.count,
            "footnote": report.footnote.number if report.footnote else None,
            "text": _("%(count)s melding(en) samen gedaan voor %(a)s en %(b)s, bij beide geteld.")
            % {
                "count": report.count,
                "a": report.municipality.label,
                "b": report.other_municipality.label,
            },
        }
        for report in reports
        if report.year in shown_years
    ]


def table_coord_keys(table: Table) -> list[str]:
    """The combinations this table has ever had (its printed shape), else every combination."""
    keys = list(
        Observation.objects.filter(table=table).values_list("coord_key", flat=True).distinct().order_by()
    )
    if keys:
        return sorted(set(keys))
    dimensions = table_dimensions(table)
    combos: list[dict[str, str]] = [{}]
    for dimension in dimensions:
        combos = [
            {**combo, dimension.code: value.code} for combo in combos for value in dimension.values.all()
        ]
    return [coord_key(combo) for combo in combos]


def open_deliveries(partner: Partner) -> QuerySet[Delivery]:
    return Delivery.objects.filter(partner=partner, status=Delivery.Status.OPEN).order_by("-year")


def current_delivery(partner: Partner, region=None) -> Delivery | None:
    """The delivery the partner works on: the latest open or submitted one (of ``region`` if given)."""
    deliveries = Delivery.objects.filter(
        partner=partner, status__in=[Delivery.Status.OPEN, Delivery.Status.SUBMITTED]
    )
    if region is not None:
        deliveries = deliveries.filter(region=region)
    return deliveries.order_by("-year").first()


def observations_by_key(table: Table, year: int) -> dict[str, Observation]:
    return {obs.coord_key: obs for obs in Observation.objects.filter(table=table, year=year)}


def table_grid(table: Table, year: int) -> dict:
    """The table as a grid for the entry form: the last dimension as columns, last year beside each cell.

    Rows are the combinations of the other dimensions that the table has (its printed shape); a
    one-dimensional table has a single column.
    """
    dimensions = table_dimensions(table)
    labels = {(d.code, v.code): v.label for d in dimensions for v in d.values.all()}
    orders = {(d.code, v.code): v.order for d in dimensions for v in d.values.all()}
    keys = table_coord_keys(table)
    current = observations_by_key(table, year)
    previous = observations_by_key(table, year - 1)
    dim_codes = [d.code for d in dimensions]
    column_dim = dim_codes[-1] if len(dim_codes) > 1 else None
    row_dims = dim_codes[:-1] if column_dim else dim_codes
    columns = sorted(
        {parse_coord_key(key)[column_dim] for key in keys} if column_dim else {""},
        key=lambda code: orders.get((column_dim, code), 0),
    )
    rows: dict[tuple, dict] = {}
    for key in keys:
        coords = parse_coord_key(key)
        row_key = tuple(coords[d] for d in row_dims)
        row = rows.setdefault(
            row_key,
            {
                "label": ", ".join(labels.get((d, coords[d]), coords[d]) for d in row_dims),
                "order": tuple(orders.get((d, coords[d]), 0) for d in row_dims),
                "cells": {},
            },
        )
        obs, last = current.get(key), previous.get(key)
        row["cells"][coords[column_dim] if column_dim else ""] = {
            "key": key,
            "name": f"cel__{key}",
            "value": obs.value if obs else None,
            "exists": obs is not None,
            "previous": last.value if last else None,
            "has_previous": last is not None,
        }
    ordered = sorted(rows.values(), key=lambda row: row["order"])
    column_labels = [labels.get((column_dim, c), c) for c in columns] if column_dim else [_("Waarde")]
    for row in ordered:
        row["cells"] = [row["cells"].get(column) for column in columns]
        for cell, label in zip(row["cells"], column_labels, strict=True):
            if cell:
                cell["column_label"] = label
    return {
        "columns": column_labels,
        "row_label": ", ".join(d.label for d in dimensions if d.code in row_dims),
        "rows": ordered,
        "keys": keys,
    }


def filled_counts(tables: list[Table], year: int) -> dict[int, int]:
    """Per table: how many cells of the year hold a number."""
    rows = (
        Observation.objects.filter(table__in=tables, year=year, value__isnull=False)
        .values("table")
        .annotate(n=Count("pk"))
    )
    return {row["table"]: row["n"] for row in rows}


def template_rows(partner: Partner, year: int, region=None) -> tuple[list[str], list[dict]]:
    """The partner's tables in the long exchange format, pre-filled: the year's values, last year's
    beside (for a partner whose own system writes the file; people get ``monitor.partner_template``)."""
    tables = list(partner_tables(partner, region).prefetch_related("dimensions"))
    dims: list[str] = []
    rows = []
    for table in tables:
        grid_dims = table_dimensions(table)
        for dimension in grid_dims:
            if dimension.code not in dims:
                dims.append(dimension.code)
        labels = {(d.code, v.code): v.label for d in grid_dims for v in d.values.all()}
        current = observations_by_key(table, year)
        previous = observations_by_key(table, year - 1)
        for key in table_coord_keys(table):
            coords = parse_coord_key(key)
            rows.append(
                {
                    "tabel": table.code,
                    "jaar": year,
                    **coords,
                    "waarde": current[key].value if key in current else None,
                    "vorig_jaar": previous[key].value if key in previous else None,
                    "omschrijving": f"{table.title}: "
                    + ", ".join(labels.get((d, c), c) for d, c in coords.items()),
                }
            )
    return ["tabel", "jaar", *dims, "waarde", "voetnoot", "vorig_jaar", "omschrijving"], rows


EDITION_YEARS = 3  # an edition shows a table's figures for its year and up to two years before


def edition_tables(edition_year: int) -> list[tuple[Table, list[int]]]:
    """The tables of an edition with the years each shows, in monitor order (two queries).

    A table appears when it has observations in the edition year or the two years before (the 2025
    edition prints the national figures of 2024 and ESSM's care figures for 2023-2025).
    """
    first = edition_year - EDITION_YEARS + 1
    pairs = (
        Observation.objects.filter(year__gte=first, year__lte=edition_year)
        .values_list("table_id", "year")
        .distinct()
        .order_by()
    )
    years: dict[int, set[int]] = {}
    for table_id, year in pairs:
        years.setdefault(table_id, set()).add(year)
    tables = Table.objects.filter(pk__in=years).select_related("partner").order_by("order", "code")
    return [(table, sorted(years[table.pk])) for table in tables]


def delivery_return_comment(delivery: Delivery) -> str:
    """The beheerder's comment when the delivery was sent back, shown while it is open again."""
    if delivery.status != Delivery.Status.OPEN:
        return ""
    return delivery.return_comment


def latest_delivery(partner: Partner, region=None) -> Delivery | None:
    """The partner's delivery of the latest year, whatever its state (of ``region`` if given)."""
    deliveries = Delivery.objects.filter(partner=partner)
    if region is not None:
        deliveries = deliveries.filter(region=region)
    return deliveries.select_related("submitted_by", "validated_by", "published_by").order_by("-year").first()


def deliveries_to_review(region=None) -> QuerySet[Delivery]:
    """Deliveries handed in and waiting for the beheerder's review, oldest first (of ``region``)."""
    deliveries = Delivery.objects.filter(status=Delivery.Status.SUBMITTED)
    if region is not None:
        deliveries = deliveries.filter(region=region)
    return deliveries.select_related("partner", "submitted_by").order_by("submitted_at", "pk")
