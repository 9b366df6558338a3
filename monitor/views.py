"""Public views of the figures."""

from django.http import Http404, HttpResponse

from .exchange import snapshot_rows, write_csv
from .selectors import table_snapshot, tables_for_year


def figures_csv(request, year: int) -> HttpResponse:
    """The published figures of a year in the exchange format (public snapshot rules apply)."""
    tables = list(tables_for_year(year))
    if not tables:
        raise Http404
    snapshots = [table_snapshot(table, [year], public=True) for table in tables]
    # A table of which nothing is public yet is left out rather than shown as empty.
    snapshots = [s for s in snapshots if any(cell["status"] != "missing" for cell in s["cells"])]
    columns, rows = snapshot_rows(snapshots)
    response = HttpResponse(write_csv(columns, rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="mensenhandelmonitor-{year}-cijfers.csv"'
    return response
