"""Small-number disclosure control: primary and secondary suppression on snapshot dicts (no database)."""

import copy
import itertools
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor import disclosure


def _cell(year, coords, value, *, is_total=False):
    return {
        "year": year,
        "coords": coords,
        "value": value,
        "display": "niet beschikbaar" if value is None else str(value),
        "status": "missing" if value is None else "ok",
        "is_total": is_total,
        "footnotes": [],
    }


def grid_snapshot(grids: dict[int, list[list[int]]], threshold, *, margins=True):
    """Rows r0.., columns c0.. per year, with printed row, column and grand totals ("T")."""
    first = next(iter(grids.values()))
    rows, cols = [f"r{i}" for i in range(len(first))], [f"c{j}" for j in range(len(first[0]))]
    cells = []
    for year, grid in grids.items():
        for (i, row), (j, col) in itertools.product(enumerate(rows), enumerate(cols)):
            cells.append(_cell(year, {"rij": row, "kolom": col}, grid[i][j]))
        if margins:
            for i, row in enumerate(rows):
                cells.append(_cell(year, {"rij": row, "kolom": "T"}, sum(grid[i]), is_total=True))
            for j, col in enumerate(cols):
                cells.append(_cell(year, {"rij": "T", "kolom": col}, sum(r[j] for r in grid), is_total=True))
        cells.append(_cell(year, {"rij": "T", "kolom": "T"}, sum(map(sum, grid)), is_total=True))

    def dim(code, values):
        items = [{"code": v, "label": v.upper(), "is_total": False} for v in values]
        return {
            "code": code,
            "label": code,
            "values": [*items, {"code": "T", "label": "Totaal", "is_total": True}],
        }

    return {
        "code": "t",
        "title": "Test",
        "unit": "aantal",
        "years": sorted(grids),
        "dimensions": [dim("rij", rows), dim("kolom", cols)],
        "cells": cells,
        "footnotes": [{"number": 1, "text": "Bestaande noot."}],
        "joint_reports": [],
        "disclosure_threshold": threshold,
    }


def hidden(snapshot):
    return {
        (c["year"], c["coords"]["rij"], c["coords"]["kolom"])
        for c in snapshot["cells"]
        if c["status"] == "suppressed"
    }


def test_no_threshold_returns_an_equal_copy():
    snapshot = grid_snapshot({2025: [[1, 2], [3, 4]]}, None)
    result = disclosure.apply(snapshot)
    assert result == snapshot
    assert result is not snapshot


def test_input_is_not_changed():
    snapshot = grid_snapshot({2025: [[1, 20], [30, 40]]}, 5)
    before = copy.deepcopy(snapshot)
    disclosure.apply(snapshot)
    assert snapshot == before


def test_small_counts_are_hidden_with_symbol_screen_reader_text_and_note():
    result = disclosure.apply(grid_snapshot({2025: [[3, 20], [10, 30], [40, 50]]}, 5))
    small = next(c for c in result["cells"] if c["coords"] == {"rij": "r0", "kolom": "c0"})
    assert small["value"] is None
    assert small["display"] == disclosure.SYMBOL
    assert small["display_sr"] == "niet getoond ter bescherming van kleine aantallen"
    assert result["footnotes"][-1]["number"] == 2
    assert result["footnotes"][-1]["text"].startswith("x: niet getoond. Aantallen kleiner dan 5")
    assert small["footnotes"] == [2]


def test_zero_and_the_threshold_itself_are_shown():
    result = disclosure.apply(grid_snapshot({2025: [[0, 5], [5, 30]]}, 5))
    assert hidden(result) == set()
    assert result == grid_snapshot({2025: [[0, 5], [5, 30]]}, 5)


def test_secondary_suppression_hides_the_smallest_part_in_the_row_and_column():
    # 3 is small; the row total (23) and the column total (53) would give it away.
    result = disclosure.apply(grid_snapshot({2025: [[3, 20], [10, 30], [40, 50]]}, 5))
    assert hidden(result) == {(2025, "r0", "c0"), (2025, "r0", "c1"), (2025, "r1", "c0"), (2025, "r1", "c1")}
    visible = {(c["coords"]["rij"], c["coords"]["kolom"]): c["value"] for c in result["cells"] if c["value"]}
    assert visible[("r0", "T")] == 23  # totals stay printed
    assert visible[("T", "T")] == 153


def test_small_total_is_hidden_too():
    result = disclosure.apply(grid_snapshot({2025: [[1, 2], [30, 40]]}, 5))
    assert (2025, "r0", "T") in hidden(result)
    assert (2025, "r0", "c0") in hidden(result)
    assert (2025, "r0", "c1") in hidden(result)


def test_years_are_protected_separately():
    result = disclosure.apply(grid_snapshot({2024: [[30, 20], [10, 30]], 2025: [[3, 20], [10, 30]]}, 5))
    assert {year for year, _, _ in hidden(result)} == {2025}


def test_grand_total_alone_protects_the_inner_cells():
    # Only the grand total is printed (like the ESSM care table): hiding one cell is not enough.
    result = disclosure.apply(grid_snapshot({2025: [[3, 20], [10, 30]]}, 5, margins=False))
    assert hidden(result) == {(2025, "r0", "c0"), (2025, "r1", "c0")}


def test_missing_parts_count_as_known():
    snapshot = grid_snapshot({2025: [[3, 20], [10, 30]]}, 5, margins=False)
    snapshot["cells"][3] = _cell(2025, {"rij": "r1", "kolom": "c1"}, None)
    result = disclosure.apply(snapshot)
    assert len(hidden(result)) == 2


def test_applying_twice_changes_nothing_more():
    once = disclosure.apply(grid_snapshot({2025: [[3, 20], [10, 30], [40, 50]]}, 5))
    assert disclosure.apply(once) == once


def test_declared_parts_of_a_total_are_used():
    snapshot = grid_snapshot({2025: [[3, 20], [10, 30]]}, 5)
    # A subtotal over r0 only, printed as "S" (equal to r0's row).
    snapshot["dimensions"][0]["values"].append(
        {"code": "S", "label": "Sub", "is_total": True, "parts": ["r0"]}
    )
    snapshot["cells"].append(_cell(2025, {"rij": "S", "kolom": "c0"}, 3, is_total=True))
    result = disclosure.apply(snapshot)
    assert (2025, "S", "c0") in hidden(result)


# --- property: nothing hidden can be worked out ------------------------------------------------------


def _rank(rows: list[list[Fraction]]) -> int:
    rows = [row[:] for row in rows]
    rank, columns = 0, len(rows[0]) if rows else 0
    for col in range(columns):
        pivot = next((r for r in range(rank, len(rows)) if rows[r][col]), None)
        if pivot is None:
            continue
        rows[rank], rows[pivot] = rows[pivot], rows[rank]
        for r in range(len(rows)):
            if r != rank and rows[r][col]:
                factor = rows[r][col] / rows[rank][col]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[rank], strict=True)]
        rank += 1
    return rank


def _relations(snapshot):
    """Every sum the published table states: rows, columns and the grand total over all inner cells."""
    dims = {d["code"]: [v["code"] for v in d["values"] if not v["is_total"]] for d in snapshot["dimensions"]}
    result = []
    for year in snapshot["years"]:
        for row in [*dims["rij"], "T"]:
            result.append(((year, row, "T"), [(year, row, col) for col in dims["kolom"]]))
        for col in [*dims["kolom"], "T"]:
            result.append(((year, "T", col), [(year, row, col) for row in dims["rij"]]))
        inner = [(year, row, col) for row in dims["rij"] for col in dims["kolom"]]
        result.append(((year, "T", "T"), inner))
    return result


def _recoverable(snapshot) -> set:
    """Hidden cells that follow exactly from the printed sums (unit vector in the constraints' row space)."""
    unknown = sorted(hidden(snapshot))
    index = {key: i for i, key in enumerate(unknown)}
    present = {(c["year"], c["coords"]["rij"], c["coords"]["kolom"]) for c in snapshot["cells"]}
    matrix = []
    for total, parts in _relations(snapshot):
        if total not in present or not set(parts) <= present:
            continue
        row = [Fraction(0)] * len(unknown)
        for key, sign in [(total, 1), *((part, -1) for part in parts)]:
            if key in index:
                row[index[key]] += sign
        if any(row):
            matrix.append(row)
    base = _rank(matrix)
    found = set()
    for key, i in index.items():
        unit = [Fraction(int(j == i)) for j in range(len(unknown))]
        if _rank([*matrix, unit]) == base:
            found.add(key)
    return found


grids = st.integers(2, 4).flatmap(
    lambda rows: st.integers(2, 4).flatmap(
        lambda cols: st.lists(
            st.lists(st.one_of(st.integers(0, 6), st.integers(0, 60)), min_size=cols, max_size=cols),
            min_size=rows,
            max_size=rows,
        )
    )
)


@settings(max_examples=150, deadline=None)
@given(first=grids, threshold=st.integers(2, 6), margins=st.booleans())
def test_no_hidden_value_can_be_worked_out(first, threshold, margins):
    second = [[(value * 7 + 3) % 40 for value in row] for row in first]
    snapshot = grid_snapshot({2024: first, 2025: second}, threshold, margins=margins)
    result = disclosure.apply(snapshot)
    by_key = {(c["year"], c["coords"]["rij"], c["coords"]["kolom"]): c for c in snapshot["cells"]}
    shown = {(c["year"], c["coords"]["rij"], c["coords"]["kolom"]): c for c in result["cells"]}
    for key, cell in by_key.items():
        if cell["value"] and cell["value"] < threshold:
            assert shown[key]["status"] == "suppressed", key
        if shown[key]["status"] == "suppressed":
            assert shown[key]["value"] is None and shown[key]["display"] == disclosure.SYMBOL
        else:
            assert shown[key] == cell  # what is shown is unchanged
    # The simple attack: a printed total minus the visible parts.
    present = set(shown)
    for total, parts in _relations(result):
        parts = [part for part in parts if part in present]
        if total in present and parts:
            assert sum(key in hidden(result) for key in [total, *parts]) != 1
    # Any combination of the printed sums.
    assert _recoverable(result) == set()
