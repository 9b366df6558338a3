"""The people's template: an XLSX of a partner's tables for one year, each table on its own sheet laid
out as it is printed (``monitor.charts.figure.data_table``), to fill in by hand and upload again.

Each sheet: the table's title, its unit and a legend; the printed table's header rows and row labels;
last year's figures greyed beside the year's yellow input cells. Only the input cells can be changed
(sheet protection without a password: it keeps a partner from typing in the wrong place, it is no
security boundary). A very hidden sheet maps every input cell to its table, year and cell by their
codes, which partners never see.

The reader trusts nothing in the file: it turns a filled template into the rows of the long exchange
format (``monitor.exchange``), which are validated as any upload is, and errors name the sheet and
cell the partner typed in.
"""

from __future__ import annotations

import io
import re

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import coordinate_to_tuple
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation

from config.spreadsheets import neutralise

from .charts.figure import data_table, unit_text
from .models import Partner, Table
from .models.figures import coord_key, parse_coord_key
from .selectors import partner_tables, table_coord_keys, table_snapshot

MAPPING_SHEET = "mhm_cellen"
MAPPING_HEADER = ("blad", "cel", "tabel", "jaar", "cel_codes")
SHEET_NAME_LENGTH = 31  # Excel's limit
MAX_VALUE = 2_147_483_647  # as monitor.importing

INPUT_FILL = PatternFill("solid", fgColor="FFEB84")
PREVIOUS_FILL = PatternFill("solid", fgColor="E7E6E6")
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
PREVIOUS_FONT = Font(color="595959")
THIN = Side(style="thin", color="BFBFBF")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FIRST_HEADER_ROW = 6


def legend_text() -> str:
    return _("Vul de gele cellen in; laat een cel leeg als het cijfer niet beschikbaar is.")


# --- writing ------------------------------------------------------------------------------------


def sheet_name(title: str, taken: set[str]) -> str:
    """A sheet name from a table's title: without the characters Excel forbids, at most 31 characters
    (cut at a word), unique in the workbook (Excel compares names case-insensitively)."""
    name = re.sub(r"[\[\]:*?/\\]", " ", title)
    name = " ".join(name.split()).strip("'") or _("Tabel")
    if len(name) > SHEET_NAME_LENGTH:
        cut = name[: SHEET_NAME_LENGTH + 1].rsplit(" ", 1)[0]
        name = (cut if len(cut) >= 12 else name[:SHEET_NAME_LENGTH]).rstrip(" ,;-–")
    candidate, number = name, 1
    while candidate.lower() in taken or candidate.lower() == MAPPING_SHEET:
        number += 1
        suffix = f" ({number})"
        candidate = name[: SHEET_NAME_LENGTH - len(suffix)].rstrip() + suffix
    taken.add(candidate.lower())
    return candidate


def _key(year: int, coords: dict) -> tuple:
    return (year, tuple(sorted(coords.items())))


def table_layout(table: Table, year: int) -> dict:
    """The table as printed for ``year - 1`` and ``year``, every cell of the table's shape present in
    ``year`` (an input cell even when nothing was delivered yet), with the numbers by cell key."""
    snapshot = table_snapshot(table, [year - 1, year], public=False)
    held = {_key(cell["year"], cell["coords"]) for cell in snapshot["cells"]}
    shape = {_key(year, parse_coord_key(key)) for key in table_coord_keys(table)}
    for key in shape - held:
        snapshot["cells"].append(
            {"year": year, "coords": dict(key[1]), "value": None, "display": "", "footnotes": []}
        )
    return {
        "snapshot": snapshot,
        "table": data_table(snapshot, [year - 1, year], f"sjabloon-{table.pk}"),
        "values": {_key(cell["year"], cell["coords"]): cell["value"] for cell in snapshot["cells"]},
        "inputs": shape,
    }


def _header_rows(year: int, header_rows: list[list[dict]]) -> list[list[tuple[str, int]]]:
    """The printed header rows as (label, columns spanned), the years said as "vorig jaar" and
    "invullen"."""
    names = {
        str(year - 1): _("%(year)s (vorig jaar)") % {"year": year - 1},
        str(year): _("%(year)s (invullen)") % {"year": year},
    }
    return [
        [(names.get(item["label"], item["label"]), item.get("colspan", 1)) for item in row]
        for row in header_rows
    ]


def build_template(partner: Partner, year: int, region=None) -> bytes:
    """The partner's tables (of ``region`` if given) for ``year`` as the people's template (XLSX bytes)."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    mapping = [MAPPING_HEADER]
    taken: set[str] = set()
    for table in partner_tables(partner, region):
        sheet = workbook.create_sheet(sheet_name(table.title, taken))
        mapping.extend(_write_sheet(sheet, table, year))
    if not workbook.worksheets:
        workbook.create_sheet(_("Geen tabellen"))
    hidden = workbook.create_sheet(MAPPING_SHEET)
    for row in mapping:
        hidden.append([neutralise(value) for value in row])
    hidden.sheet_state = "veryHidden"
    hidden.protection.sheet = True
    workbook.active = 0
    workbook.security = WorkbookProtection(lockStructure=True)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _write_sheet(sheet, table: Table, year: int) -> list[tuple]:
    """Writes one table's sheet; returns its rows of the mapping."""
    layout = table_layout(table, year)
    printed = layout["table"]
    sheet["A1"] = neutralise(table.title)
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = neutralise(_("Eenheid: %(unit)s") % {"unit": unit_text(layout["snapshot"])})
    sheet["A3"] = legend_text()
    sheet["A3"].fill = INPUT_FILL
    sheet["A3"].font = Font(italic=True)
    sheet["A4"] = _("Grijs: de cijfers van %(year)s ter vergelijking.") % {"year": year - 1}
    sheet["A4"].fill, sheet["A4"].font = PREVIOUS_FILL, Font(italic=True, color=PREVIOUS_FONT.color)

    headers = _header_rows(year, printed["header_rows"])
    last_header = FIRST_HEADER_ROW + len(headers) - 1
    widths: dict[int, int] = {}
    for row, labels in enumerate(headers, start=FIRST_HEADER_ROW):
        corner = sheet.cell(
            row=row, column=1, value=neutralise(printed["corner"]) if row == last_header else None
        )
        corner.font, corner.fill, corner.border = Font(bold=True), HEADER_FILL, BOX
        column = 2
        for label, span in labels:
            cell = sheet.cell(row=row, column=column, value=neutralise(label))
            cell.font, cell.fill, cell.border = Font(bold=True), HEADER_FILL, BOX
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            if span > 1:
                sheet.merge_cells(
                    start_row=row, start_column=column, end_row=row, end_column=column + span - 1
                )
            else:
                widths[column] = max(widths.get(column, 0), len(label))
            column += span

    mapping = []
    inputs = []
    first_data = last_header + 1
    for offset, printed_row in enumerate(printed["rows"]):
        row = first_data + offset
        label = sheet.cell(row=row, column=1, value=neutralise(printed_row["label"]))
        label.font = Font(bold=printed_row["is_total"])
        label.alignment = Alignment(wrap_text=True, vertical="top")
        label.border = BOX
        for position, printed_cell in enumerate(printed_row["cells"], start=2):
            cell_year, coords = printed_cell["key"][0], dict(printed_cell["key"][1])
            cell = sheet.cell(row=row, column=position)
            cell.border = BOX
            if cell_year == year and printed_cell["key"] in layout["inputs"]:
                cell.value = layout["values"].get(printed_cell["key"])
                cell.fill = INPUT_FILL
                cell.protection = Protection(locked=False)
                cell.number_format = "0"
                inputs.append(cell.coordinate)
                mapping.append((sheet.title, cell.coordinate, table.code, year, coord_key(coords)))
            elif cell_year == year - 1:
                cell.fill, cell.font = PREVIOUS_FILL, PREVIOUS_FONT
                if printed_cell["status"] != "absent":
                    value = layout["values"].get(printed_cell["key"])
                    cell.value = value if value is not None else _("niet beschikbaar")
            if printed_cell["is_total"] or printed_row["is_total"]:
                cell.font = Font(bold=True, color=cell.font.color)

    if inputs:
        validation = DataValidation(
            type="whole",
            operator="between",
            formula1="0",
            formula2=str(MAX_VALUE),
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=_("Geen geheel getal"),
            error=_("Vul een geheel getal van 0 of meer in, of laat de cel leeg."),
        )
        for coordinate in inputs:
            validation.add(coordinate)
        sheet.add_data_validation(validation)

    widest_label = max((len(row["label"]) for row in printed["rows"]), default=10)
    sheet.column_dimensions["A"].width = min(max(widest_label, len(printed["corner"]), 16) + 2, 60)
    for column, longest in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = min(max(longest, 16) + 2, 32)
    sheet.freeze_panes = sheet.cell(row=first_data, column=2).coordinate
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False  # widening a column stays possible
    sheet.protection.formatRows = False
    return mapping


# --- reading ------------------------------------------------------------------------------------


def is_template(sheet_names: list[str]) -> bool:
    return MAPPING_SHEET in sheet_names


class TemplateRows(list):
    """Rows in the long exchange format read from a template, with where each came from:
    ``places[row number]`` = "Blad 'X', cel C5" (row numbers as the validator counts them)."""

    places: dict[int, str]


def place_text(sheet: str, cell: str) -> str:
    return _("Blad '%(sheet)s', cel %(cell)s") % {"sheet": sheet, "cell": cell}


CELL_PATTERN = re.compile(r"^[A-Z]{1,3}[1-9][0-9]{0,6}$")


def read_template(workbook, sheet_rows, refuse, bounds) -> TemplateRows:
    """The long-format rows of a filled template. ``workbook`` is open read-only without cached
    formula results; ``sheet_rows(sheet, bounds)`` reads a sheet within ``bounds`` (the file's, shared
    over the sheets); ``refuse(message)`` makes the ImportFailed to raise. The exchange format passes
    these in (``monitor.exchange``), so this module needs nothing of it."""
    damaged = _("Het sjabloon is beschadigd; download het opnieuw en vul het in.")
    entries = sheet_rows(workbook[MAPPING_SHEET], bounds)
    if not entries or tuple(entries[0][: len(MAPPING_HEADER)]) != MAPPING_HEADER:
        raise refuse(damaged)
    wanted: dict[str, list[tuple[int, int, list]]] = {}
    for entry in entries[1:]:
        entry = [*entry, *[None] * len(MAPPING_HEADER)][: len(MAPPING_HEADER)]
        name, ref = entry[0], entry[1]
        if not isinstance(name, str) or name not in workbook.sheetnames or name == MAPPING_SHEET:
            raise refuse(damaged)
        if not isinstance(ref, str) or not CELL_PATTERN.match(ref):
            raise refuse(damaged)
        row, column = coordinate_to_tuple(ref)
        if row > bounds.max_rows or column > bounds.max_columns:
            raise refuse(damaged)
        wanted.setdefault(name, []).append((row, column, entry))

    header = ["tabel", "jaar", "waarde"]
    dims: list[str] = []
    found = []
    for name, cells in wanted.items():
        bounds.rows, bounds.sheet_name = 0, _("Blad '%(sheet)s'") % {"sheet": name}
        rows = sheet_rows(workbook[name], bounds)
        for row, column, entry in cells:
            values = rows[row - 1] if row <= len(rows) else []
            value = values[column - 1] if column <= len(values) else None
            try:
                coords = parse_coord_key(entry[4]) if isinstance(entry[4], str) else {}
            except ValueError as error:
                raise refuse(damaged) from error
            dims.extend(dim for dim in coords if dim not in dims)
            if len(dims) > bounds.max_columns:
                raise refuse(damaged)
            found.append((place_text(name, entry[1]), entry[2], entry[3], coords, value))

    result = TemplateRows([[*header, *dims]])
    result.places = {}
    for number, (place, table, year, coords, value) in enumerate(found, start=2):
        # A formula is read as its text (no cached result is trusted): "'=A1+1' is geen getal".
        result.append([table, year, value, *[coords.get(dim) for dim in dims]])
        result.places[number] = place
    return result
