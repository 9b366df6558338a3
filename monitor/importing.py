"""Validating and importing a figures file (see ``monitor.exchange`` for the format)."""

import re

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from config.spreadsheets import FORMULA_START
from workbench.history import create_recorded, save_if_changed

from . import permissions
from .exchange import (
    INFO_COLUMNS,
    MAX_ERRORS,
    NOTE,
    NOTE_PATTERN,
    REQUIRED,
    TABLE,
    VALUE,
    YEAR,
    ImportFailed,
    ImportResult,
    ParsedRow,
    RowError,
    read_table,
)
from .models import Delivery, DimensionValue, Footnote, Observation, Table, coord_key
from .services import correction_reason, correction_refused_message, delivery_for, resolve_coords

# --- validating ---------------------------------------------------------------------------------

MAX_NOTE_NUMBER = 9999
# The largest whole number every supported database stores in an integer column (PostgreSQL's
# integer; SQLite's is larger): one bound, so both databases refuse the same numbers.
MAX_VALUE = 2_147_483_647


def _clean(value) -> str:
    if value is None:
        return ""
    text = str(value).strip()
    if text.startswith("'") and text[1:2] in FORMULA_START:
        text = text[1:]
    return text


def _parse_value(raw) -> tuple[int | None, str | None]:
    """(value, error): a whole number >= 0, or empty for niet beschikbaar."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None, None
    if isinstance(raw, bool):
        return None, _("'%(raw)s' is geen getal.") % {"raw": raw}
    if isinstance(raw, int | float):
        number = raw
    else:
        text = str(raw).strip()
        # ASCII digits only: int() would also read "٣" or "５", which are no numbers in the format.
        if re.fullmatch(r"-?[0-9]+", text):
            if len(text.lstrip("-0")) > len(str(MAX_VALUE)):
                return None, _too_large(text)
            number = int(text)
        elif re.fullmatch(r"-?[0-9]+[.,][0-9]+", text):
            return None, _("'%(raw)s' is geen geheel getal.") % {"raw": text}
        else:
            return None, _("'%(raw)s' is geen getal; vul een geheel getal in, of laat leeg.") % {"raw": text}
    if number < 0:
        return None, _("'%(raw)s' is negatief; een waarde is nul of meer.") % {"raw": raw}
    if isinstance(number, float):
        if not number.is_integer():
            return None, _("'%(raw)s' is geen geheel getal.") % {"raw": raw}
        number = int(number)
    if number > MAX_VALUE:
        return None, _too_large(raw)
    return number, None


def _too_large(raw) -> str:
    shown = str(raw) if len(str(raw)) <= 20 else str(raw)[:20] + "..."
    return _("'%(raw)s' is te groot; een waarde is hoogstens %(max)s.") % {"raw": shown, "max": MAX_VALUE}


class _Validator:
    """Turns raw rows into ParsedRows, collecting every error with its row and column."""

    def __init__(self, header: list, *, region, allowed_tables=None, year: int | None = None):
        self.errors: list[RowError] = []
        self.region = region
        self.columns = [_clean(name).lower() for name in header]
        self.allowed = allowed_tables
        self.year = year
        self.tables: dict[str, Table | None] = {}
        self.values: dict[int, dict[str, dict[str, DimensionValue]]] = {}
        self.seen: dict[tuple, int] = {}
        self._check_header()

    def error(self, row: int, column: str, message: str) -> None:
        self.errors.append(RowError(row, column, message))

    def _check_header(self) -> None:
        for name in REQUIRED:
            if name not in self.columns:
                self.error(1, name, _("de verplichte kolom '%(name)s' ontbreekt.") % {"name": name})
        for position, name in enumerate(self.columns):
            # A nameless column is fine while it stays empty (spreadsheets keep formatted columns).
            if name and self.columns.count(name) > 1 and self.columns.index(name) != position:
                self.error(1, name, _("de kolom komt twee keer voor."))
        known = set(REQUIRED) | {NOTE, *INFO_COLUMNS}
        dims = set(DimensionValue.objects.values_list("dimension__code", flat=True).distinct().order_by())
        for name in self.columns:
            if name and name not in known and name not in dims:
                self.error(1, name, _("onbekende kolom (geen dimensie van een tabel)."))

    def _table(self, code: str) -> Table | None:
        if code not in self.tables:
            table = Table.objects.filter(region=self.region, code=code).first()
            self.tables[code] = table
            if table is not None:
                by_dim: dict[str, dict[str, DimensionValue]] = {}
                for value in DimensionValue.objects.filter(dimension__table=table).select_related(
                    "dimension"
                ):
                    by_dim.setdefault(value.dimension.code, {})[value.code] = value
                self.values[table.pk] = by_dim
        return self.tables[code]

    def row(self, number: int, raw: list) -> ParsedRow | None:
        cells = {name: raw[i] if i < len(raw) else None for i, name in enumerate(self.columns) if name}
        if all(_clean(value) == "" for value in cells.values()):
            return None
        before = len(self.errors)
        for position, value in enumerate(raw):
            if (position >= len(self.columns) or not self.columns[position]) and _clean(value):
                self.error(number, f"#{position + 1}", _("een waarde in een kolom zonder naam."))
        table = self._row_table(number, _clean(cells.get(TABLE)))
        year = self._row_year(number, cells.get(YEAR))
        coords = self._row_coords(number, table, cells) if table else {}
        value, problem = _parse_value(cells.get(VALUE))
        if problem:
            self.error(number, VALUE, problem)
        if len(self.errors) > before or table is None or year is None:
            return None
        key = (table.code, year, coord_key(coords))
        if key in self.seen:
            self.error(
                number,
                "",
                _("dubbele rij: dezelfde cel staat ook in rij %(other)s.") % {"other": self.seen[key]},
            )
            return None
        self.seen[key] = number
        note = _clean(cells.get(NOTE))
        if not self._note_fits(number, note):
            return None
        return ParsedRow(number, table, year, coords, value, note)

    def _note_fits(self, number: int, text: str) -> bool:
        """A cell's footnotes are written one by one: their count and numbers are bounded."""
        parts = text.split(" | ") if text else []
        limit = settings.FIGURES_IMPORT_MAX_NOTES_PER_CELL
        if len(parts) > limit:
            message = _("te veel voetnoten in één cel (%(count)s; maximaal %(max)s).")
            self.error(number, NOTE, message % {"count": len(parts), "max": limit})
            return False
        for part in parts:
            match = NOTE_PATTERN.match(part.strip())
            if match and (len(match.group(1)) > 4 or int(match.group(1)) > MAX_NOTE_NUMBER):
                message = _("het voetnootnummer %(number)s is te groot (maximaal %(max)s).")
                self.error(number, NOTE, message % {"number": match.group(1)[:12], "max": MAX_NOTE_NUMBER})
                return False
        return True

    def _row_table(self, number: int, code: str) -> Table | None:
        if not code:
            self.error(number, TABLE, _("geen tabelcode."))
            return None
        table = self._table(code)
        if table is None:
            self.error(number, TABLE, _("onbekende tabel '%(code)s'.") % {"code": code})
        elif self.allowed is not None and code not in self.allowed:
            self.error(number, TABLE, _("u mag tabel '%(code)s' niet aanleveren.") % {"code": code})
            return None
        return table

    def _row_year(self, number: int, raw) -> int | None:
        year, problem = _parse_value(raw)
        if problem or year is None or not 1900 <= year <= 2200:
            self.error(number, YEAR, _("'%(raw)s' is geen jaartal.") % {"raw": _clean(raw)})
            return None
        if self.year is not None and year != self.year:
            self.error(
                number,
                YEAR,
                _("alleen cijfers over %(year)s kunnen nu worden aangeleverd.") % {"year": self.year},
            )
            return None
        return year

    def _row_coords(self, number: int, table: Table, cells: dict) -> dict[str, str]:
        by_dim = self.values[table.pk]
        coords = {}
        for dim, values in by_dim.items():
            if dim not in cells:
                self.error(
                    number,
                    dim,
                    _("de kolom '%(dim)s' ontbreekt voor tabel %(table)s.")
                    % {"dim": dim, "table": table.code},
                )
                continue
            code = _clean(cells[dim])
            if code not in values:
                self.error(
                    number,
                    dim,
                    _("onbekende waarde '%(code)s' voor tabel %(table)s.")
                    % {"code": code, "table": table.code},
                )
                continue
            coords[dim] = code
        for name, raw in cells.items():
            if (
                name not in REQUIRED
                and name not in (NOTE, *INFO_COLUMNS)
                and name not in by_dim
                and _clean(raw)
            ):
                self.error(
                    number,
                    name,
                    _("tabel %(table)s heeft deze dimensie niet; laat de cel leeg.") % {"table": table.code},
                )
        return coords


def _check_template_year(raw_rows: list[list], year: int | None) -> None:
    """A people's template of another year is one error, not one per cell."""
    if year is None or not getattr(raw_rows, "places", None):
        return
    found = sorted({str(row[1])[:10] for row in raw_rows[1:] if row[1] != year})
    if found:
        message = _("Dit sjabloon is voor %(found)s; download op Mijn cijfers het sjabloon voor %(year)s.")
        raise ImportFailed([RowError(0, "", message % {"found": ", ".join(found[:3]), "year": year})])


def parse_rows(
    raw_rows: list[list], *, region, allowed_tables=None, year: int | None = None
) -> list[ParsedRow]:
    if not raw_rows:
        raise ImportFailed([RowError(0, "", _("Het bestand is leeg."))])
    _check_template_year(raw_rows, year)
    validator = _Validator(raw_rows[0], region=region, allowed_tables=allowed_tables, year=year)
    parsed = []
    if not validator.errors:
        for number, raw in enumerate(raw_rows[1:], start=2):
            row = validator.row(number, list(raw))
            if row is not None:
                parsed.append(row)
            if len(validator.errors) >= MAX_ERRORS:
                break
    if not validator.errors and not parsed:
        validator.error(0, "", _("Het bestand bevat geen rijen met cijfers."))
    if validator.errors:
        places = getattr(raw_rows, "places", {})  # a people's template: name its sheet and cell
        for error in validator.errors:
            error.place = places.get(error.row, "")
        raise ImportFailed(validator.errors)
    return parsed


# --- importing ----------------------------------------------------------------------------------


class CorrectionRequired(ImportFailed):
    """The file would change figures of a validated or published delivery without a correction."""


def import_figures(
    content: bytes,
    *,
    filename: str = "",
    user=None,
    reason: str = "",
    dry_run: bool = False,
    allowed_tables=None,
    year: int | None = None,
    correction: str = "",
    region=None,
) -> ImportResult:
    """Validate the whole file, then store it in one transaction (or only count, with ``dry_run``).

    ``user`` None is the system (commands). A signed-in user who is not a beheerder may only import
    their own partner's tables, for a year whose delivery is open: checked here again.

    Figures of a validated or published delivery change only as a correction (the rule of
    ``monitor.services.observation_correct``): a file that would change them is refused, naming the
    delivery and its state, unless ``correction`` gives the reason, which goes on record with every
    changed figure. Unchanged figures of such a delivery may be in the file.
    """
    region = import_region(region, user)
    if user is not None and not permissions.is_figures_manager(user):
        if correction.strip():
            message = _("Alleen een beheerder corrigeert gevalideerde of gepubliceerde cijfers.")
            raise ImportFailed([RowError(0, "", message)])
        allowed_tables = _own_open_tables(user, region, allowed_tables, year)
    rows = parse_rows(read_table(content, filename), region=region, allowed_tables=allowed_tables, year=year)
    result = ImportResult(rows=len(rows), dry_run=dry_run)
    result.tables = sorted({row.table.code for row in rows})
    reason = reason or _("Cijfers geïmporteerd uit %(file)s") % {"file": filename or _("bestand")}
    refused: list[Delivery] = []
    with transaction.atomic():
        for (table, row_year), group in _grouped(rows).items():
            delivery = delivery_for(region=table.region_id, partner=table.partner, year=row_year)
            protected = permissions.needs_correction(delivery)
            guarded = protected and not correction.strip()
            group_reason = reason
            if protected and correction.strip():
                group_reason = correction_reason(delivery=delivery, reason=correction)
            before = _changes_so_far(table, row_year, result) if guarded else None
            _store_group(
                table, row_year, group, result=result, user=user, reason=group_reason, dry_run=dry_run
            )
            if guarded and _changes_so_far(table, row_year, result) != before and delivery not in refused:
                refused.append(delivery)
        if refused:  # raised inside the transaction: nothing of the file is kept
            raise CorrectionRequired([RowError(0, "", correction_refused_message(d)) for d in refused])
    return result


def _changes_so_far(table: Table, year: int, result: ImportResult) -> tuple[int, int, int]:
    """New and changed figures so far, and the footnote changes on record of the table-year."""
    notes = Footnote.history.filter(table_id=table.pk, year=year).count()
    return result.created, result.changed, notes


def _grouped(rows: list[ParsedRow]) -> dict[tuple[Table, int], list[ParsedRow]]:
    groups: dict[tuple[Table, int], list[ParsedRow]] = {}
    for row in rows:
        groups.setdefault((row.table, row.year), []).append(row)
    return groups


def _store_group(table: Table, year: int, rows: list[ParsedRow], *, result, user, reason, dry_run) -> None:
    """Store one table-year in a fixed number of queries: new cells in bulk, changed cells in bulk,
    both with their history rows; unchanged cells are not touched."""
    existing = {obs.coord_key: obs for obs in Observation.objects.filter(table=table, year=year)}
    values_by_dim: dict[str, dict[str, DimensionValue]] = {}
    for value in DimensionValue.objects.filter(dimension__table=table).select_related("dimension"):
        values_by_dim.setdefault(value.dimension.code, {})[value.code] = value
    created, coordinates, changed, noted = [], [], [], []
    for row in rows:
        key = coord_key(row.coords)
        observation = existing.get(key)
        if observation is None:
            result.created += 1
            observation = Observation(table=table, year=year, coord_key=key, value=row.value)
            created.append(observation)
            coordinates.append(resolve_coords(table, row.coords, values_by_dim))
            existing[key] = observation
        elif observation.value != row.value:
            result.changed += 1
            observation.value = row.value
            observation.version += 1
            changed.append(observation)
        else:
            result.unchanged += 1
        if row.note:
            noted.append((observation, row.note))
    if dry_run:
        return
    history = {"default_user": user, "default_change_reason": reason}
    created = bulk_create_with_history(created, Observation, **history)
    through = Observation.coordinates.through
    through.objects.bulk_create(
        through(observation_id=observation.pk, dimensionvalue_id=value.pk)
        for observation, values in zip(created, coordinates, strict=True)
        for value in values
    )
    if changed:
        bulk_update_with_history(changed, Observation, ["value", "version"], **history)
    for observation, note in noted:
        if observation.pk is None:  # bulk_create returned copies: find the stored one
            observation = Observation.objects.get(table=table, year=year, coord_key=observation.coord_key)
        _store_note(observation, note, user=user, reason=reason)


def import_region(region, user):
    """The region whose tables a file's codes name (see ``import_figures``)."""
    from accounts.roles import user_region
    from regions.models import Region

    region = region or (user_region(user) if user is not None else None)
    if region is None:
        regions = list(Region.objects.all()[:2])
        region = regions[0] if len(regions) == 1 else None
    if region is None:
        raise ImportFailed([RowError(0, "", _("Geef aan voor welke regio de cijfers zijn."))])
    return region


def _own_open_tables(user, region, allowed_tables, year: int | None) -> list[str]:
    partner = permissions.partner_for_user(user)
    if partner is None or not permissions.can_use_my_figures(user):
        raise ImportFailed([RowError(0, "", _("U mag geen cijfers aanleveren."))])
    delivery = Delivery.objects.filter(region=region, partner=partner, year=year).first() if year else None
    if delivery is None or delivery.status != Delivery.Status.OPEN:
        raise ImportFailed([RowError(0, "", _("Er is geen open aanlevering voor dit jaar."))])
    own = set(Table.objects.filter(region=region, partner=partner).values_list("code", flat=True))
    return sorted(own if allowed_tables is None else own & set(allowed_tables))


def _store_note(observation: Observation, text: str, *, user, reason: str) -> None:
    """A cell's footnote from the ``voetnoot`` column: ``"3. text"`` keeps number 3."""
    if not text:
        return
    for part in text.split(" | "):
        match = NOTE_PATTERN.match(part.strip())
        if match:
            number, body = int(match.group(1)), match.group(2).strip()
        else:
            notes = Footnote.objects.filter(table=observation.table, year=observation.year)
            number = max(notes.values_list("number", flat=True), default=0) + 1
            body = part.strip()
            if notes.filter(observation=observation, text=body).exists():
                continue
        note = Footnote.objects.filter(table=observation.table, year=observation.year, number=number).first()
        if note is None:
            create_recorded(
                Footnote,
                user=user,
                reason=reason,
                table=observation.table,
                year=observation.year,
                number=number,
                text=body,
                observation=observation,
            )
        else:
            save_if_changed(note, fields={"text": body, "observation": observation}, user=user, reason=reason)
