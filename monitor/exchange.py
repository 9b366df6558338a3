"""The figures exchange format: long format, one number per row, CSV (UTF-8, ``;`` or ``,``) or XLSX.

Columns: ``tabel``, ``jaar``, one column per dimension code (the union over the tables in the file,
empty where a table lacks that dimension), ``waarde`` (a whole number >= 0, or empty for "niet
beschikbaar") and ``voetnoot``. An import is all-or-nothing: any bad row stores nothing, and the
error says in Dutch which row and column are wrong. Templates may carry the informational columns
``vorig_jaar`` and ``omschrijving``, which an import ignores.
"""

import csv
import io
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext as _

from .models import Footnote, Observation, Table
from .models.figures import parse_coord_key

TABLE, YEAR, VALUE, NOTE = "tabel", "jaar", "waarde", "voetnoot"
INFO_COLUMNS = ("vorig_jaar", "omschrijving")
REQUIRED = (TABLE, YEAR, VALUE)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
NOTE_PATTERN = re.compile(r"^(\d+)\.\s+(.*)$", re.DOTALL)
MAX_ERRORS = 50


@dataclass
class RowError:
    row: int
    column: str
    message: str

    def __str__(self) -> str:
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


def neutralise(text):
    """Keep a spreadsheet from running a cell as a formula."""
    if isinstance(text, str) and text.startswith(FORMULA_START):
        return "'" + text
    return text


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


def read_table(content: bytes, filename: str = "") -> list[list]:
    """The raw rows (header first) of a CSV or XLSX file, or ImportFailed in Dutch."""
    if len(content) > settings.FIGURES_IMPORT_MAX_BYTES:
        raise ImportFailed(
            [
                RowError(
                    0,
                    "",
                    _("Het bestand is te groot (%(size)s bytes; maximaal %(max)s).")
                    % {"size": len(content), "max": settings.FIGURES_IMPORT_MAX_BYTES},
                )
            ]
        )
    if not content.strip():
        raise ImportFailed([RowError(0, "", _("Het bestand is leeg."))])
    if content.startswith(b"PK\x03\x04") or filename.lower().endswith(".xlsx"):
        return _read_xlsx(content)
    return _read_csv(content)


def _read_csv(content: bytes) -> list[list]:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = content[: error.start].count(b"\n") + 1
        raise ImportFailed(
            [RowError(line, "", _("het bestand is geen UTF-8; sla het op als 'CSV UTF-8'."))]
        ) from error
    first_line = text.splitlines()[0] if text.splitlines() else ""
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise ImportFailed(
            [RowError(line, "", _("het bestand bevat onleesbare tekens; is het wel een CSV-bestand?"))]
        )
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return list(reader)
    except csv.Error as error:
        raise ImportFailed(
            [RowError(reader.line_num, "", _("de regel is geen geldige CSV: %(error)s") % {"error": error})]
        ) from error


def _read_xlsx(content: bytes) -> list[list]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 - openpyxl raises many kinds for a broken file
        raise ImportFailed([RowError(0, "", _("Het bestand is geen leesbaar XLSX-bestand."))]) from error
    sheet = workbook.worksheets[0]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    workbook.close()
    return rows


# The import half lives in monitor.importing; re-exported here as the one public module.
from .importing import import_figures, parse_rows  # noqa: E402

__all__ = ["ImportFailed", "ImportResult", "export_rows", "import_figures", "parse_rows", "read_table"]
