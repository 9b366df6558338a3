"""scripts/check_lock.py: `make lint` fails when the lock files no longer match pyproject.toml."""

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PYPROJECT = """
[project]
name = "x"
dependencies = ["django>=5.2,<5.3"]
[project.optional-dependencies]
dev = ["pytest>=8"]
"""
LOCK = "django==5.2.19 \\\n    --hash=sha256:aa\n    # via x\n"
DEV_LOCK = LOCK + "pytest==8.4.0 \\\n    --hash=sha256:bb\n"


@pytest.fixture
def check_lock(monkeypatch):
    spec = importlib.util.spec_from_file_location("check_lock", ROOT / "scripts" / "check_lock.py")
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "check_lock", module)
    spec.loader.exec_module(module)
    return module


def test_the_committed_locks_match_pyproject(check_lock):
    assert check_lock.main() == 0


def test_matching_locks_have_no_problem(check_lock):
    assert check_lock.mismatches(PYPROJECT, LOCK, DEV_LOCK) == []


def test_a_dependency_added_without_make_lock_is_named(check_lock):
    pyproject = PYPROJECT.replace('dev = ["pytest>=8"]', 'dev = ["pytest>=8", "ruff>=0.6"]')
    assert check_lock.mismatches(pyproject, LOCK, DEV_LOCK) == ["ruff>=0.6 is not in requirements-dev.lock"]


def test_a_range_moved_past_the_pin_is_named(check_lock):
    pyproject = PYPROJECT.replace("django>=5.2,<5.3", "django>=6")
    problems = check_lock.mismatches(pyproject, LOCK, DEV_LOCK)
    assert problems == [
        "django>=6 but requirements.lock pins 5.2.19",
        "django>=6 but requirements-dev.lock pins 5.2.19",
    ]


def test_locks_that_pin_differently_are_named(check_lock):
    dev_lock = DEV_LOCK.replace("django==5.2.19", "django==5.2.20")
    assert check_lock.mismatches(PYPROJECT, LOCK, dev_lock) == [
        "django is 5.2.19 in requirements.lock but 5.2.20 in requirements-dev.lock"
    ]
