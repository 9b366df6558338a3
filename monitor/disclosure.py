"""Small-number disclosure control for the public output of a table.

The published monitor is public and nothing in it may identify a victim. A table can carry a
``disclosure_threshold``: counts from 1 up to the threshold (exclusive) are hidden (primary
suppression), and further cells are hidden until no hidden count can be worked out exactly from the
printed totals and the visible cells (secondary suppression).

Decisions, documented here because the README and the notes under a table rely on them:

- Zero is shown. "Nobody" identifies no one, and hiding zeros would hide most of a small table.
- A zero is never hidden to protect another cell either. Counts are known to be non-negative, so a
  hidden zero in a row or column whose total is 0 is pinned to 0, and with it the cell it was to
  protect (threshold 4: ``[[0,2,4],[0,0,0],[4,4,0]]`` would print the middle row ``x 0 x | 0`` and give
  the hidden 2 away through the columns). Every hidden cell therefore holds a count of at least 1, so
  non-negativity pins none of them and "cannot be computed from the sums" holds with it too: the
  protection interval is that the range a reader can derive for a hidden small count, from every
  printed sum and non-negativity (linear programming), is never a single value
  (``tests/security/test_disclosure_arithmetic.py`` checks it with scipy's ``linprog``).
- Every hidden cell gets the same symbol (``SYMBOL``) and the same screen-reader text, whether it was
  hidden for being small or to protect another cell, so the symbol does not tell which cell is small.
- A printed total is hidden like any other count when it is itself small.
- A relation is "a total cell equals the sum of its parts" for one year and one value of every other
  dimension: a dimension value with ``is_total`` is the total of the values listed in its optional
  ``parts`` (codes), or else of all non-total values of its dimension. Totals of totals (the grand total)
  take part in the relations of both dimensions.
- A cell is protected when it cannot be computed exactly from any combination of the relations (a
  linear-algebra test, which also covers chains through other cells, not only "total minus the visible
  parts"). "Niet beschikbaar" cells are treated as known (a reader may read them as zero), which can only
  make the control stricter.
"""

from __future__ import annotations

import copy
import itertools
from fractions import Fraction

from django.utils.translation import gettext

SYMBOL = "x"
STATUS_SUPPRESSED = "suppressed"
# The kind of the note this module adds to a table (beside monitor.Footnote.Kind's "bron" and "kwaliteit").
NOTE_KIND = "afscherming"

CellKey = tuple[int, tuple[tuple[str, str], ...]]
Relation = tuple[CellKey, list[CellKey]]


def apply(snapshot: dict) -> dict:
    """Return a copy of ``snapshot`` with small numbers hidden; unchanged when no threshold is set."""
    result = copy.deepcopy(snapshot)
    threshold = snapshot.get("disclosure_threshold")
    if threshold is None:
        return result
    cells = {_key(cell): cell for cell in result["cells"]}
    hidden = {key for key, cell in cells.items() if _is_small(cell, threshold)}
    relations = _relations(result, cells)
    hidden = _protect(cells, relations, hidden)
    if not hidden:
        return result
    number = max((note["number"] for note in result.get("footnotes", [])), default=0) + 1
    result.setdefault("footnotes", []).append(
        {"number": number, "text": footnote_text(threshold), "kind": NOTE_KIND}
    )
    for key in hidden:
        _suppress(cells[key], number)
    return result


def footnote_text(threshold: int) -> str:
    return gettext(
        "%(symbol)s: niet getoond. Aantallen kleiner dan %(threshold)s worden niet gepubliceerd, en ook "
        "aantallen waaruit met de totalen zo'n klein aantal te berekenen zou zijn."
    ) % {"symbol": SYMBOL, "threshold": threshold}


def screen_reader_text() -> str:
    return gettext("niet getoond ter bescherming van kleine aantallen")


def _suppress(cell: dict, footnote_number: int) -> None:
    cell["value"] = None
    cell["status"] = STATUS_SUPPRESSED
    cell["display"] = SYMBOL
    cell["display_sr"] = screen_reader_text()
    cell["footnotes"] = [*cell.get("footnotes", []), footnote_number]


def _key(cell: dict) -> CellKey:
    return (cell["year"], tuple(sorted(cell["coords"].items())))


def _is_small(cell: dict, threshold: int) -> bool:
    value = cell.get("value")
    return cell.get("status", "ok") == "ok" and value is not None and 0 < value < threshold


def _visible(cell: dict) -> bool:
    return cell.get("status", "ok") == "ok" and cell.get("value") is not None


def _relations(snapshot: dict, cells: dict[CellKey, dict]) -> list[Relation]:
    """Every printed total with the parts it is the sum of, as cell keys present in the snapshot."""
    relations: list[Relation] = []
    for dimension in snapshot.get("dimensions", []):
        code = dimension["code"]
        values = dimension["values"]
        default_parts = [value["code"] for value in values if not value.get("is_total")]
        for total in (value for value in values if value.get("is_total")):
            part_codes = total.get("parts") or default_parts
            for key in cells:
                year, coords = key
                if dict(coords).get(code) != total["code"]:
                    continue
                parts = [_replace(key, code, part) for part in part_codes]
                parts = [part for part in parts if part in cells]
                if parts:
                    relations.append((key, parts))
    return relations + _grand_relations(snapshot, cells)


def _grand_relations(snapshot: dict, cells: dict[CellKey, dict]) -> list[Relation]:
    """A total over two or more dimensions also equals the sum of all the inner cells beneath it, which
    matters when the source printed the grand total but not the row and column totals."""
    totals = {
        dim["code"]: {
            v["code"]: v.get("parts") or [p["code"] for p in dim["values"] if not p.get("is_total")]
            for v in dim["values"]
            if v.get("is_total")
        }
        for dim in snapshot.get("dimensions", [])
    }
    relations: list[Relation] = []
    for key in cells:
        year, coords = key
        expand = [(code, totals[code][value]) for code, value in coords if value in totals.get(code, {})]
        if len(expand) < 2:
            continue
        parts = []
        for combo in itertools.product(*(codes for _, codes in expand)):
            part = key
            for (code, _), value in zip(expand, combo, strict=True):
                part = _replace(part, code, value)
            parts.append(part)
        parts = [part for part in parts if part in cells]
        if parts:
            relations.append((key, parts))
    return relations


def _replace(key: CellKey, dimension: str, value: str) -> CellKey:
    year, coords = key
    return (year, tuple(sorted({**dict(coords), dimension: value}.items())))


def _protect(cells: dict[CellKey, dict], relations: list[Relation], hidden: set[CellKey]) -> set[CellKey]:
    """Hide more cells until no hidden cell can be computed exactly; returns the full hidden set.

    First the classic rule (a relation with exactly one hidden cell gets a second one), then, for what
    is still exposed through chains of relations, one more cell next to each exposed cell.
    """
    hidden = set(hidden)
    order = {key: index for index, key in enumerate(cells)}
    while True:
        candidate = next(
            (
                found
                for relation in relations
                if sum(cell in hidden for cell in (relation[0], *relation[1])) == 1
                and (found := _candidate(relation, cells, hidden, order)) is not None
            ),
            None,
        )
        if candidate is None:
            candidate = _chain_candidate(cells, relations, hidden, order)
        if candidate is None:
            return hidden
        hidden.add(candidate)


def _chain_candidate(
    cells: dict[CellKey, dict], relations: list[Relation], hidden: set[CellKey], order: dict[CellKey, int]
) -> CellKey | None:
    for key in sorted(_determinable(relations, hidden), key=order.__getitem__):
        holding = [rel for rel in relations if key == rel[0] or key in rel[1]]
        holding.sort(key=lambda rel: sum(cell in hidden for cell in (rel[0], *rel[1])))
        for relation in holding:
            candidate = _candidate(relation, cells, hidden, order)
            if candidate is not None:
                return candidate
    return None


def _candidate(
    relation: Relation, cells: dict[CellKey, dict], hidden: set[CellKey], order: dict[CellKey, int]
) -> CellKey | None:
    """The visible cell of ``relation`` to hide next: the smallest non-zero part, else the total; never
    a zero (see the module's docstring)."""
    total, parts = relation
    options = [
        (cells[cell]["value"], order[cell], cell)
        for cell in parts
        if cell not in hidden and _visible(cells[cell]) and cells[cell]["value"] > 0
    ]
    if options:
        return min(options)[2]
    if total not in hidden and _visible(cells[total]):
        return total
    return None


def _determinable(relations: list[Relation], hidden: set[CellKey]) -> set[CellKey]:
    """Hidden cells whose value follows exactly from the relations (unit vector in their row space)."""
    pivots: list[tuple[CellKey, dict[CellKey, Fraction]]] = []
    for total, parts in relations:
        row: dict[CellKey, Fraction] = {}
        for cell, coefficient in ((total, 1), *((part, -1) for part in parts)):
            if cell in hidden:
                row[cell] = row.get(cell, Fraction(0)) + coefficient
        row = _reduce({cell: c for cell, c in row.items() if c}, pivots)
        if row:
            pivot = next(iter(row))
            scale = row[pivot]
            pivots.append((pivot, {cell: c / scale for cell, c in row.items()}))
    return {cell for cell in hidden if not _reduce({cell: Fraction(1)}, pivots)}


def _reduce(row: dict[CellKey, Fraction], pivots: list) -> dict[CellKey, Fraction]:
    row = dict(row)
    for pivot, pivot_row in pivots:
        factor = row.get(pivot)
        if not factor:
            continue
        for cell, coefficient in pivot_row.items():
            value = row.get(cell, Fraction(0)) - factor * coefficient
            if value:
                row[cell] = value
            else:
                row.pop(cell, None)
    return row
