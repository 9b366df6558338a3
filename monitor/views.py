"""Public views of the figures."""

from django.http import Http404, HttpResponse

from .exchange import snapshot_rows, write_csv
from .selectors import public_years, table_snapshot, tables_for_year


def figures_csv(request, year: int) -> HttpResponse:
    """The published figures of a year in the exchange format (public snapshot rules apply)."""
    tables = list(tables_for_year(year))
    if not tables:
        raise Http404
    # A table whose figures for the year are not validated yet is left out rather than shown empty.
    public = [table for table in tables if year in public_years(table, [year])]
    snapshots = [table_snapshot(table, [year], public=True) for table in public]
    columns, rows = snapshot_rows(snapshots)
    response = HttpResponse(write_csv(columns, rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="mensenhandelmonitor-{year}-cijfers.csv"'
    return response
