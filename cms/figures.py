"""A plain data table for a figure snapshot, used until (or where) the charts include is not available."""


def _values(dimension: dict) -> list[dict]:
    return dimension.get("values") or dimension.get("members") or []


def fallback_context(snapshot: dict, block: dict) -> dict:
    """Rows and columns for a table snapshot: first dimension down, years (or the second one) across."""
    dimensions = snapshot.get("dimensions") or []
    cells = snapshot.get("cells") or []
    years = snapshot.get("years") or sorted({cell["year"] for cell in cells})
    lookup = {(cell["year"], tuple(sorted((cell.get("coords") or {}).items()))): cell for cell in cells}
    if len(dimensions) == 2 and len(years) == 1:
        rows_dim, cols_dim = dimensions
        columns = [value.get("label", value.get("code")) for value in _values(cols_dim)]
        rows = []
        for row_value in _values(rows_dim):
            row = []
            for col_value in _values(cols_dim):
                coords = tuple(
                    sorted({rows_dim["code"]: row_value["code"], cols_dim["code"]: col_value["code"]}.items())
                )
                row.append(lookup.get((years[0], coords)))
            rows.append({"label": row_value.get("label"), "cells": row})
        row_header = rows_dim.get("label", "")
    else:
        columns = [str(year) for year in years]
        rows = []
        for row_value in _values(dimensions[0]) if dimensions else []:
            coords = tuple(sorted({dimensions[0]["code"]: row_value["code"]}.items()))
            rows.append(
                {"label": row_value.get("label"), "cells": [lookup.get((year, coords)) for year in years]}
            )
        row_header = dimensions[0].get("label", "") if dimensions else ""
    return {
        "block": block,
        "snapshot": snapshot,
        "caption": block.get("caption") or snapshot.get("title"),
        "caption_text": str(block.get("caption") or snapshot.get("title") or ""),
        "columns": columns,
        "rows": rows,
        "row_header": row_header,
    }
