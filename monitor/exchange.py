"""The figures exchange format: long format, one number per row, CSV (UTF-8, ``;`` or ``,``) or XLSX.

Columns: ``tabel``, ``jaar``, one column per dimension code (the union over the tables in the file,
empty where a table lacks that dimension), ``waarde`` (a whole number >= 0, or empty for "niet
beschikbaar") and ``voetnoot``. An import is all-or-nothing: any bad row stores nothing, and the
error says in Dutch which row and column are wrong. Templates may carry the informational columns
``vorig_jaar`` and ``omschrijving``, which an import ignores. Text starting with ``=``, ``+``, ``-``,
``@``, tab or CR is written with a leading apostrophe (a spreadsheet would run it as a formula,
``config.spreadsheets``); the import strips that apostrophe again.

An XLSX holding the people's template's hidden sheet (``monitor.partner_template``, one sheet per table
as printed) is read as that template: its input cells become the rows of this format.

This module is the format (reading and writing it); ``monitor.importing`` validates and stores a file
(``import_figures``) and builds on it, never the other way round.
"""

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext as _

from config.spreadsheets import neutralise

from .models import Footnote, Observation, Table
from .models.figures import parse_coord_key

TABLE, YEAR, VALUE, NOTE = "tabel", "jaar", "waarde", "voetnoot"
INFO_COLUMNS = ("vorig_jaar", "omschrijving")
REQUIRED = (TABLE, YEAR, VALUE)
NOTE_PATTERN = re.compile(r"^(\d+)\.\s+(.*)$", re.DOTALL)
MAX_ERRORS = 50


@dataclass
class RowError:
    row: int
    column: str
    message: str
    place: str = ""  # where a people's template holds the row: "Blad 'X', cel C5"

    def __str__(self) -> str:
        if self.place:
            return _("%(place)s: %(message)s") % {"place": self.place, "message": self.message}
        if self.row == 0:
            return self.message
        if not self.column:
            return _("Rij %(row)s: %(message)s") % {"row": self.row, "message": self.message}
        return _("Rij %(row)s, kolom '%(column)s': %(message)s") % {
            "row": self.row,
            "column": self.column,
            "message": self.message,
        }


class ImportFailed(Exception):
    def __init__(self, errors: list[RowError]):
        super().__init__("\n".join(str(error) for error in errors))
        self.errors = errors


@dataclass
class ParsedRow:
    row: int
    table: Table
    year: int
    coords: dict[str, str]
    value: int | None
    note: str


@dataclass
class ImportResult:
    rows: int = 0
    created: int = 0
    changed: int = 0
    unchanged: int = 0
    dry_run: bool = False
    tables: list[str] = field(default_factory=list)


# --- export -------------------------------------------------------------------------------------


def _columns(dimension_codes: list[str], extra: tuple[str, ...] = ()) -> list[str]:
    return [TABLE, YEAR, *dimension_codes, VALUE, NOTE, *extra]


def _dimension_union(tables) -> list[str]:
    codes: list[str] = []
    for table in tables:
        for dimension in table.dimensions.all():
            if dimension.code not in codes:
                codes.append(dimension.code)
    return codes


def _note_text(notes: list[tuple[int, str]]) -> str:
    return " | ".join(f"{number}. {text}" for number, text in notes)


def export_rows(year: int, *, tables=None) -> tuple[list[str], list[dict]]:
    """Every observation of the year (whatever its delivery status): for managers and round trips."""
    tables = list(
        (tables if tables is not None else Table.objects.all())
        .prefetch_related("dimensions")
        .order_by("order")
    )
    dims = _dimension_union(tables)
    observations = Observation.objects.filter(year=year, table__in=tables).select_related("table")
    notes: dict[int, list[tuple[int, str]]] = {}
    for note in Footnote.objects.filter(observation__in=observations).order_by("number"):
        notes.setdefault(note.observation_id, []).append((note.number, note.text))
    order = {table.pk: position for position, table in enumerate(tables)}
    rows = []
    for obs in sorted(observations, key=lambda o: (order[o.table_id], o.coord_key)):
        row = {TABLE: obs.table.code, YEAR: obs.year, **parse_coord_key(obs.coord_key)}
        row[VALUE] = obs.value
        row[NOTE] = _note_text(notes.get(obs.pk, []))
        rows.append(row)
    return _columns(dims), rows


def snapshot_rows(snapshots: list[dict]) -> tuple[list[str], list[dict]]:
    """Rows of public snapshots (``selectors.table_snapshot``): hidden and unavailable values empty."""
    dims: list[str] = []
    rows = []
    for snapshot in snapshots:
        for dimension in snapshot["dimensions"]:
            if dimension["code"] not in dims:
                dims.append(dimension["code"])
        texts = {note["number"]: note["text"] for note in snapshot["footnotes"]}
        for cell in snapshot["cells"]:
            row = {TABLE: snapshot["code"], YEAR: cell["year"], **cell["coords"], VALUE: cell["value"]}
            row[NOTE] = _note_text([(n, texts[n]) for n in cell["footnotes"] if n in texts])
            rows.append(row)
    return _columns(dims), rows


def write_csv(columns: list[str], rows: list[dict]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_text(row.get(column)) for column in columns])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _text(value) -> str:
    if value is None:
        return ""
    return neutralise(str(value))


def write_xlsx(columns: list[str], rows: list[dict]) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("cijfers"))
    sheet.append(columns)
    for row in rows:
        values = []
        for column in columns:
            value = row.get(column)
            values.append(value if isinstance(value, int) else (_text(value) or None))
        sheet.append(values)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# --- reading ------------------------------------------------------------------------------------
# A file is read as a stream and refused as soon as it passes a bound (settings FIGURES_IMPORT_*):
# a small XLSX can declare a million rows or unpack to a gigabyte of XML.


def _refuse(message: str, row: int = 0) -> ImportFailed:
    return ImportFailed([RowError(row, "", message)])


def read_table(content: bytes, filename: str = "") -> list[list]:
    """The raw rows (header first) of a CSV or XLSX file, or ImportFailed in Dutch."""
    check_size(len(content))
    if not content.strip():
        raise _refuse(_("Het bestand is leeg."))
    if content.startswith(b"PK\x03\x04") or filename.lower().endswith(".xlsx"):
        return _read_xlsx(content)
    return _read_csv(content)


def check_size(size: int) -> None:
    """Refuse a file larger than FIGURES_IMPORT_MAX_BYTES (also before an upload is read)."""
    if size > settings.FIGURES_IMPORT_MAX_BYTES:
        raise _refuse(
            _("Het bestand is te groot (%(size)s bytes; maximaal %(max)s).")
            % {"size": size, "max": settings.FIGURES_IMPORT_MAX_BYTES}
        )


_EMPTY = {None, ""}


class _Bounds:
    """Counts rows, columns and filled cells while a file is read."""

    def __init__(self, sheet_name: str):
        self.rows = self.cells = 0
        self.sheet_name = sheet_name
        self.max_rows = settings.FIGURES_IMPORT_MAX_ROWS
        self.max_columns = settings.FIGURES_IMPORT_MAX_COLUMNS
        self.max_cells = settings.FIGURES_IMPORT_MAX_CELLS

    def add(self, row) -> list:
        self.rows += 1
        if self.rows > self.max_rows:
            message = _("%(sheet)s heeft meer dan %(max)s rijen.")
            raise _refuse(message % {"sheet": self.sheet_name, "max": self.max_rows})
        if not any(row) and set(row) <= _EMPTY:
            return []  # fast: a sheet may hold thousands of empty rows
        row = list(row)
        while row and row[-1] in (None, ""):
            row.pop()
        if len(row) > self.max_columns:
            raise _refuse(_("meer dan %(max)s kolommen.") % {"max": self.max_columns}, self.rows)
        self.cells += sum(1 for value in row if value not in (None, ""))
        if self.cells > self.max_cells:
            raise _refuse(_("Het bestand heeft meer dan %(max)s gevulde cellen.") % {"max": self.max_cells})
        return row


def _read_csv(content: bytes) -> list[list]:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = content[: error.start].count(b"\n") + 1
        raise _refuse(_("het bestand is geen UTF-8; sla het op als 'CSV UTF-8'."), line) from error
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise _refuse(_("het bestand bevat onleesbare tekens; is het wel een CSV-bestand?"), line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    bounds = _Bounds(_("Het bestand"))
    try:
        return [bounds.add(row) for row in reader]
    except csv.Error as error:
        message = _("de regel is geen geldige CSV: %(error)s") % {"error": error}
        raise _refuse(message, reader.line_num) from error


def _check_zip(content: bytes) -> None:
    """Refuse an XLSX by its members' declared sizes before anything is unpacked (a zip member
    cannot unpack to more than it declares: Python's zipfile stops there)."""
    try:
        members = zipfile.ZipFile(io.BytesIO(content)).infolist()
    except (zipfile.BadZipFile, ValueError) as error:
        raise _refuse(_("Het bestand is geen leesbaar XLSX-bestand.")) from error
    if len(members) > settings.FIGURES_IMPORT_MAX_ZIP_MEMBERS:
        message = _("Het bestand heeft te veel onderdelen (%(count)s; maximaal %(max)s).")
        raise _refuse(message % {"count": len(members), "max": settings.FIGURES_IMPORT_MAX_ZIP_MEMBERS})
    total = sum(member.file_size for member in members)
    if total > settings.FIGURES_IMPORT_MAX_UNCOMPRESSED_BYTES:
        raise _refuse(
            _("Het bestand is uitgepakt te groot (%(size)s bytes; maximaal %(max)s).")
            % {"size": total, "max": settings.FIGURES_IMPORT_MAX_UNCOMPRESSED_BYTES}
        )
    ratio = settings.FIGURES_IMPORT_MAX_COMPRESSION_RATIO
    for member in members:
        if member.file_size > 1024 * 1024 and member.file_size > ratio * max(member.compress_size, 1):
            raise _refuse(_("Het bestand is ongewoon sterk ingepakt; is het wel een gewone spreadsheet?"))


def _read_xlsx(content: bytes) -> list[list]:
    """The long format's rows: from the first sheet, or from a filled people's template
    (``monitor.partner_template``, recognised by its hidden sheet), whose formulas are read as text."""
    from openpyxl import load_workbook

    from .partner_template import is_template, read_template

    _check_zip(content)
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
        if len(workbook.sheetnames) > settings.FIGURES_IMPORT_MAX_SHEETS:
            workbook.close()
            message = _("Het bestand heeft te veel werkbladen (%(count)s; maximaal %(max)s).")
            raise _refuse(
                message % {"count": len(workbook.sheetnames), "max": settings.FIGURES_IMPORT_MAX_SHEETS}
            )
        if is_template(workbook.sheetnames):
            workbook.close()
            workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=False)
        sheet = workbook.worksheets[0]
    except ImportFailed:
        raise
    except Exception as error:  # noqa: BLE001 - openpyxl raises many kinds for a broken file
        raise _refuse(_("Het bestand is geen leesbaar XLSX-bestand.")) from error
    try:
        if is_template(workbook.sheetnames):
            return read_template(workbook, _sheet_rows, _refuse, _Bounds(_("Het werkblad")))
        return _sheet_rows(sheet)
    except ImportFailed:
        raise
    except Exception as error:  # noqa: BLE001 - a broken sheet fails while it is streamed
        raise _refuse(_("Het bestand is geen leesbaar XLSX-bestand.")) from error
    finally:
        workbook.close()


def _sheet_rows(sheet, bounds: _Bounds | None = None) -> list[list]:
    """The rows of a read-only sheet, bounded: its declared size first, then what it really holds
    (the declaration can be absent or lie, so the stream is bounded by rows and columns too).
    ``bounds`` shared over several sheets bounds their filled cells together."""
    bounds = bounds or _Bounds(_("Het werkblad"))
    if (sheet.max_row or 0) > bounds.max_rows or (sheet.max_column or 0) > bounds.max_columns:
        raise _refuse(
            _("Het werkblad is te groot (%(size)s); maximaal %(rows)s rijen en %(columns)s kolommen.")
            % {"size": sheet.calculate_dimension(), "rows": bounds.max_rows, "columns": bounds.max_columns}
        )
    sheet.reset_dimensions()
    rows = [
        bounds.add(row)
        for row in sheet.iter_rows(max_row=None, max_col=bounds.max_columns + 1, values_only=True)
    ]
    while rows and not rows[-1]:
        rows.pop()
    return rows
