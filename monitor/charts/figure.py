"""The context of a figure block: the chart, the table of its numbers, the notes and the source.

A chart is never shown without its numbers: ``templates/monitor/includes/figure.html`` renders the
chart and this data table together, so screen-reader users, print readers and anyone who cannot tell
the colours apart get every number, "niet beschikbaar" written out, and the footnotes.
"""

from __future__ import annotations

from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import gettext

from monitor import disclosure
from monitor.charts.plan import years_with_cells
from monitor.charts.svg import NARROW, render_chart_svg

# A figure's table of more rows than this may break across pages in print (see monitor-pdf.css) and then
# carries its notes in a footer repeated on every page; a shorter one stays whole, with its notes below.
LONG_TABLE_ROWS = 15


def figure_context(
    snapshot: dict,
    chart_type: str = "auto",
    *,
    category_dim: str | None = None,
    series_dim: str | None = None,
    years: list[int] | None = None,
    heading_level: int | None = None,
    figure_id: str | None = None,
    public: bool = True,
    for_print: bool = False,
) -> dict:
    """Everything ``monitor/includes/figure.html`` needs, as its ``figure`` variable.

    ``public`` (the default) applies the table's disclosure control first; pass ``public=False`` only for
    signed-in users who may see small numbers. On the web the chart comes twice, drawn for a wide
    column and for a phone (the page's stylesheet shows one); ``for_print`` draws the wide one only,
    with what it shows in its title (the alternative text of the PDF's figure).
    """
    if public:
        snapshot = disclosure.apply(snapshot)
    figure_id = figure_id or f"mhm-figure-{slugify(snapshot.get('code', ''))}"
    years = sorted(years or years_with_cells(snapshot))
    axes = {"category_dim": category_dim, "series_dim": series_dim, "years": years}
    # The chart is an image: its title and description are its text alternative, plain text.
    chart_snapshot = _plain(snapshot)
    chart_svg = render_chart_svg(
        chart_snapshot, chart_type, **axes, id_prefix=f"{figure_id}-chart", summary_in_title=for_print
    )
    narrow_svg = (
        ""
        if for_print
        else render_chart_svg(
            chart_snapshot, chart_type, **axes, id_prefix=f"{figure_id}-chart-smal", frame=NARROW
        )
    )
    return {
        "snapshot": snapshot,
        "chart_svg": chart_svg,
        "chart_svg_narrow": narrow_svg,
        "table": data_table(snapshot, years, figure_id),
        "figure_id": figure_id,
        "heading_level": heading_level,
        "footnotes": [
            {**note, "id": _note_id(figure_id, note["number"])} for note in snapshot.get("footnotes", [])
        ],
        "joint_reports": [joint_report_text(report) for report in snapshot.get("joint_reports", [])],
        "source": snapshot.get("source") or snapshot.get("partner") or "",
        "years_text": _years_text(years),
        "missing_notice": missing_notice(snapshot),
        "unit_text": unit_text(snapshot),
    }


def missing_notice(snapshot: dict) -> str:
    """What a reader is told when figures are missing: that they are, and which partner to ask."""
    cells = snapshot.get("cells", [])
    missing = [cell for cell in cells if cell.get("status") == "missing"]
    if not missing:
        return ""
    if len(missing) == len(cells):
        text = gettext("Cijfers niet beschikbaar voor deze editie.")
    else:
        text = gettext("Niet alle cijfers zijn beschikbaar voor deze editie.")
    partner = snapshot.get("partner")
    if partner:
        text = _compose(
            "%(text)s %(ask)s",
            text=text,
            ask=_compose(gettext("Navragen bij: %(partner)s."), partner=partner),
        )
    return text


def data_table(snapshot: dict, years: list[int], figure_id: str) -> dict:
    """Rows and header rows of the figure's table: years as columns; with two dimensions the one with
    fewer values goes into the columns under each year, the other into the rows.

    A cell the snapshot does not hold at all (a total the source did not print) stays empty, and a row or
    column without any cell is left out; a cell that is held but has no value says "niet beschikbaar".
    """
    dims = snapshot.get("dimensions", [])
    cells = {_key(cell["year"], cell["coords"]): cell for cell in snapshot.get("cells", [])}
    unit = snapshot.get("unit") or gettext("aantal")
    mixed = mixed_units(snapshot)
    row_dim = max(dims, key=lambda dim: len(dim["values"])) if dims else None
    col_dim = next((dim for dim in dims if dim is not row_dim), None)
    row_values = row_dim["values"] if row_dim else [{"code": None, "label": _capitalised(unit)}]
    col_values = col_dim["values"] if col_dim else [{}]

    def coords(row: dict, col: dict) -> dict:
        found = {row_dim["code"]: row["code"]} if row_dim else {}
        return {**found, col_dim["code"]: col["code"]} if col_dim else found

    def held(row: dict, col: dict) -> bool:
        return any(_key(year, coords(row, col)) in cells for year in years)

    row_values = [row for row in row_values if any(held(row, col) for col in col_values)] or row_values
    col_values = [col for col in col_values if any(held(row, col) for row in row_values)] or col_values
    rows = []
    for row in row_values:
        row_cells = [
            {
                **_table_cell(cells.get(_key(year, coords(row, col))), figure_id, bool(col.get("is_total"))),
                "key": _key(year, coords(row, col)),
            }
            for year in years
            for col in col_values
        ]
        rows.append(
            {
                "label": _label(row, unit, mixed),
                "is_total": bool(row.get("is_total")),
                "footnotes": _note_refs(row.get("footnotes", []), figure_id),
                "cells": row_cells,
            }
        )
    title = snapshot.get("title", "")
    years_text = _years_text(years)
    return {
        "caption": title
        if years_text in title
        else _compose("%(title)s (%(years)s)", title=title, years=years_text),
        "caption_text": str(title) if years_text in title else f"{title} ({years_text})",
        "corner": row_dim["label"] if row_dim else "",
        "header_rows": _header_rows(years, col_values if col_dim else [], figure_id, unit, mixed),
        "rows": rows,
        "long": len(rows) > LONG_TABLE_ROWS,
        "columns": 1 + len(rows[0]["cells"]) if rows else 1,
    }


def mixed_units(snapshot: dict) -> bool:
    """Whether the table's values are in more than one unit (a count beside percentages): then every
    row carries its own unit and the table as a whole claims none."""
    unit = (snapshot.get("unit") or "").strip().lower()
    return any(
        value.get("unit") and value["unit"].strip().lower() != unit
        for dim in snapshot.get("dimensions", [])
        for value in dim["values"]
    )


def unit_text(snapshot: dict) -> str:
    """The unit under a figure's title: the table's, or "eenheid per rij" when rows differ."""
    if mixed_units(snapshot):
        return gettext("Eenheid per rij")
    return _capitalised(snapshot.get("unit") or gettext("aantal"))


def _label(value: dict, unit: str, mixed: bool = False) -> str:
    """A value's label, with its unit when that differs from the table's, or always when units differ."""
    own = value.get("unit", "")
    if mixed and value.get("code") is not None:
        return _compose("%(label)s (%(unit)s)", label=value["label"], unit=own or unit)
    if own and own.strip().lower() != unit.strip().lower():
        return _compose("%(label)s (%(unit)s)", label=value["label"], unit=own)
    return value["label"]


# A text of the snapshot may be marked up (a label that stayed in the edition's source language on a
# translated edition: cms.translation.mark_untranslated renders it with its lang). The table keeps the
# mark where it puts such a text together with others; the chart and attributes get plain text.


def _compose(template: str, **parts) -> str:
    """``template % parts``, as HTML keeping the marks when a part is marked up."""
    if not any(hasattr(part, "__html__") for part in parts.values()):
        return template % parts
    escaped = {key: conditional_escape(part) for key, part in parts.items()}
    return mark_safe(conditional_escape(template) % escaped)  # noqa: S308 (template and parts escaped)


def _capitalised(text: str) -> str:
    """The text with a capital; a marked text stays marked (of its own kind)."""
    capitalised = text[:1].upper() + text[1:]
    return type(text)(capitalised) if hasattr(text, "__html__") else capitalised


def _plain(value):
    """A snapshot without marks: every text a plain str."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return str(value) if isinstance(value, str) else value


def _header_rows(
    years: list[int], col_values: list[dict], figure_id: str, unit: str, mixed: bool = False
) -> list[list[dict]]:
    if not col_values:
        return [[{"label": str(year), "scope": "col"} for year in years]]
    values = [
        {
            "label": _label(v, unit, mixed),
            "scope": "col",
            "is_total": bool(v.get("is_total")),
            "footnotes": _note_refs(v.get("footnotes", []), figure_id),
        }
        for v in col_values
    ]
    header_rows = [values * len(years)]
    if len(years) > 1:
        span = len(col_values)
        header_rows.insert(0, [{"label": str(year), "scope": "colgroup", "colspan": span} for year in years])
    return header_rows


def _key(year: int, coords: dict) -> tuple:
    return (year, tuple(sorted(coords.items())))


def _table_cell(cell: dict | None, figure_id: str, total_column: bool) -> dict:
    if cell is None:
        return {
            "display": "",
            "display_sr": "",
            "status": "absent",
            "is_total": total_column,
            "footnotes": [],
        }
    return {
        "display": cell.get("display") or gettext("niet beschikbaar"),
        "display_sr": cell.get("display_sr", ""),
        "status": cell.get("status", "ok"),
        "is_total": bool(cell.get("is_total")) or total_column,
        "footnotes": _note_refs(cell.get("footnotes", []), figure_id),
    }


def key_figure_context(
    snapshot: dict,
    *,
    year: int | None = None,
    coords: dict | None = None,
    label: str | None = None,
    public: bool = True,
) -> dict:
    """One number to show large (``monitor/includes/key_figure.html``, variable ``key_figure``): by
    default the grand total of the last year."""
    if public:
        snapshot = disclosure.apply(snapshot)
    year = year or max(snapshot.get("years", [0]))
    if coords is None:
        coords = {dim["code"]: _total_code(dim) for dim in snapshot.get("dimensions", [])}
    key = (year, tuple(sorted(coords.items())))
    cells = {
        (cell["year"], tuple(sorted(cell["coords"].items()))): cell for cell in snapshot.get("cells", [])
    }
    cell = cells.get(key) or {"display": gettext("niet beschikbaar"), "status": "missing"}
    return {
        "display": cell.get("display") or gettext("niet beschikbaar"),
        "display_sr": cell.get("display_sr", ""),
        "status": cell.get("status", "ok"),
        "label": label or snapshot.get("title", ""),
        "unit": _cell_unit(snapshot, coords),
        "year": year,
        "source": snapshot.get("source") or snapshot.get("partner") or "",
    }


def _cell_unit(snapshot: dict, coords: dict) -> str:
    """A cell's unit: the one of a value it lies on that has its own, else the table's."""
    for dim in snapshot.get("dimensions", []):
        for value in dim["values"]:
            if value.get("unit") and coords.get(dim["code"]) == value["code"]:
                return value["unit"]
    return snapshot.get("unit", "")


def _total_code(dim: dict) -> str:
    for value in dim["values"]:
        if value.get("is_total"):
            return value["code"]
    if len(dim["values"]) == 1:
        return dim["values"][0]["code"]
    raise ValueError(f"Dimension {dim['code']!r} has no total; pass coords")


def joint_report_text(report: dict | str) -> str:
    """A sentence for one joint report, whatever the selector puts in it (text, or the parts)."""
    if isinstance(report, str):
        return report
    if report.get("text"):
        return report["text"]
    names = [
        report.get(f"{key}_label") or report.get(key) or "" for key in ("municipality", "other_municipality")
    ]
    count = report.get("count", 1)
    text = gettext("%(count)s melding(en) gezamenlijk voor %(first)s en %(second)s, in beide meegeteld") % {
        "count": count,
        "first": names[0],
        "second": names[1],
    }
    return f"{report['year']}: {text}" if report.get("year") else text


def _note_refs(numbers: list[int], figure_id: str) -> list[dict]:
    return [{"number": number, "href": f"#{_note_id(figure_id, number)}"} for number in numbers]


def _note_id(figure_id: str, number: int) -> str:
    return f"{figure_id}-noot-{number}"


def _years_text(years: list[int]) -> str:
    if not years:
        return ""
    if len(years) > 2 and years == list(range(years[0], years[-1] + 1)):
        return f"{years[0]}-{years[-1]}"
    return ", ".join(str(year) for year in years)
