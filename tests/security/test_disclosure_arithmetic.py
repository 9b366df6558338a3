"""Disclosure control that arithmetic cannot undo: with counts known to be non-negative, no hidden
small count can be pinned to one value by linear programming over the printed sums.

Protection interval (monitor/disclosure.py): for every hidden cell holding a small count, the least
and the greatest value a reader can derive from every printed sum, the visible cells and
non-negativity differ by at least 1, so at least two whole counts remain possible.
"""

import importlib
import sys

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from scipy.optimize import linprog

from monitor import disclosure
from tests.monitor.test_disclosure import _relations, grid_snapshot, hidden

ISSUE_GRID = [[0, 2, 4], [0, 0, 0], [4, 4, 0]]


def _row(result, year, row):
    cells = {(c["coords"]["rij"], c["coords"]["kolom"]): c for c in result["cells"] if c["year"] == year}
    columns = sorted({col for (r, col) in cells if r == row and col != "T"})
    return " ".join(cells[(row, col)]["display"] for col in columns) + " | " + cells[(row, "T")]["display"]


def lp_intervals(result) -> dict:
    """Per hidden cell, the (min, max) linear programming allows given the printed table."""
    unknown = sorted(hidden(result))
    index = {key: i for i, key in enumerate(unknown)}
    shown = {(c["year"], c["coords"]["rij"], c["coords"]["kolom"]): c for c in result["cells"]}
    equations, constants = [], []
    for total, parts in _relations(result):
        if total not in shown or not set(parts) <= set(shown):
            continue
        row, constant = [0.0] * len(unknown), 0.0
        for key, sign in [(total, 1), *((part, -1) for part in parts)]:
            if key in index:
                row[index[key]] += sign
            else:
                constant -= sign * (shown[key]["value"] or 0)
        if any(row):
            equations.append(row)
            constants.append(constant)
    intervals = {}
    for key, i in index.items():
        objective = [0.0] * len(unknown)
        objective[i] = 1.0
        bounds = []
        for sign in (1, -1):
            outcome = linprog(
                [sign * c for c in objective],
                A_eq=equations or None,
                b_eq=constants or None,
                bounds=[(0, None)] * len(unknown),
                method="highs",
            )
            bounds.append(sign * outcome.fun if outcome.status == 0 else (0 if sign == 1 else float("inf")))
        intervals[key] = tuple(bounds)
    return intervals


def _assert_protected(snapshot):
    result = disclosure.apply(snapshot)
    original = {(c["year"], c["coords"]["rij"], c["coords"]["kolom"]): c["value"] for c in snapshot["cells"]}
    threshold = snapshot["disclosure_threshold"]
    for key, (low, high) in lp_intervals(result).items():
        value = original[key]
        assert low - 1e-6 <= value <= high + 1e-6, (key, value, low, high)  # the truth is feasible
        if 0 < value < threshold:
            assert high - low >= 1 - 1e-6, f"{key}={value} pinned to [{low}, {high}]"
    return result


def test_the_issue_grid_no_longer_gives_the_two_away():
    result = _assert_protected(grid_snapshot({2025: ISSUE_GRID}, 4))
    assert _row(result, 2025, "r1") == "0 0 0 | 0"  # no zero hides anything
    assert (2025, "r0", "c1") in hidden(result)


def test_a_zero_is_never_hidden():
    result = disclosure.apply(grid_snapshot({2025: ISSUE_GRID, 2024: [[0, 1, 5], [3, 0, 9], [0, 0, 7]]}, 4))
    values = {(c["year"], c["coords"]["rij"], c["coords"]["kolom"]): c["value"] for c in result["cells"]}
    originals = grid_snapshot({2025: ISSUE_GRID, 2024: [[0, 1, 5], [3, 0, 9], [0, 0, 7]]}, 4)["cells"]
    for cell in originals:
        key = (cell["year"], cell["coords"]["rij"], cell["coords"]["kolom"])
        if cell["value"] == 0:
            assert key not in hidden(result) and values[key] == 0


zero_heavy = st.sampled_from([0, 0, 0, 0, 1, 2, 3, 4, 5, 9, 30])
grids = st.integers(2, 4).flatmap(
    lambda rows: st.integers(2, 4).flatmap(
        lambda cols: st.lists(
            st.lists(st.one_of(zero_heavy, st.integers(0, 60)), min_size=cols, max_size=cols),
            min_size=rows,
            max_size=rows,
        )
    )
)


@settings(max_examples=300, deadline=None)
@given(grid=grids, threshold=st.integers(2, 6), margins=st.booleans())
@example(grid=ISSUE_GRID, threshold=4, margins=True)
@example(grid=[[0, 2], [0, 0]], threshold=4, margins=False)
@example(grid=[[1, 0, 0], [0, 0, 0], [0, 0, 5]], threshold=3, margins=True)
def test_no_hidden_small_count_is_pinned_with_non_negativity(grid, threshold, margins):
    _assert_protected(grid_snapshot({2025: grid}, threshold, margins=margins))


def test_without_the_disclosure_module_nothing_is_published(monkeypatch):
    """selectors imports the module at load: a failing import stops it, it does not skip suppression."""
    import monitor

    monkeypatch.setitem(sys.modules, "monitor.disclosure", None)
    monkeypatch.delattr(monitor, "disclosure")
    monkeypatch.delitem(sys.modules, "monitor.selectors", raising=False)
    with pytest.raises(ImportError):
        importlib.import_module("monitor.selectors")


def test_a_failing_disclosure_publishes_no_figures(monkeypatch, db):
    from monitor import selectors
    from tests.cms.conftest import make_figure_table

    table = make_figure_table("tabel_test", value=2)
    table.disclosure_threshold = 4
    table.save()

    def broken(snapshot):
        raise RuntimeError("disclosure control failed")

    monkeypatch.setattr(disclosure, "apply", broken)
    with pytest.raises(RuntimeError):
        selectors.table_snapshot(table, [2025], public=True)
