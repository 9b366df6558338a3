"""scripts/check_system.py: a missing system package stops `make` with one line naming the package."""

import ctypes.util
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def check_system(monkeypatch):
    spec = importlib.util.spec_from_file_location("check_system", ROOT / "scripts" / "check_system.py")
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "check_system", module)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "can_install", lambda: False)
    return module


def test_all_present_says_nothing(check_system, capsys):
    assert check_system.main(["check_system.py", "test"]) == 0
    assert capsys.readouterr().out == ""


def test_missing_pango_names_the_package(check_system, monkeypatch, capsys):
    real = ctypes.util.find_library
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None if "pango" in name else real(name))
    assert check_system.main(["check_system.py", "run"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "Missing: Pango (for WeasyPrint, for the PDFs). "
        "Install with: sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0"
    ]


@pytest.mark.parametrize(("program", "package"), [("chromium", "chromium"), ("pdftoppm", "poppler-utils")])
def test_missing_program_for_the_tests_names_the_package(check_system, monkeypatch, capsys, program, package):
    real = shutil.which
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None if name == program else real(name))
    assert check_system.main(["check_system.py", "test"]) == 1
    (line,) = capsys.readouterr().out.splitlines()
    assert line.startswith("Missing: ")
    assert line.endswith(f"sudo apt-get install {package}")
    # `make run` does not need the test tools.
    assert check_system.main(["check_system.py", "run"]) == 0


def test_as_root_it_installs_what_is_missing_and_checks_again(check_system, monkeypatch, capsys):
    installed = []
    monkeypatch.setattr(check_system, "can_install", lambda: True)
    monkeypatch.setattr(check_system, "install", lambda absent: installed.extend(absent))
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None if not installed else "/usr/bin/" + name)
    assert check_system.main(["check_system.py", "test"]) == 0
    assert [item.name for item in installed] == ["Chromium", "pdftoppm"]


def test_make_test_stops_first_with_one_line(tmp_path):
    """The first command of `make test`, with a PATH on which chromium, pdftoppm and apt-get are missing."""
    (tmp_path / "python3").symlink_to(sys.executable)
    (tmp_path / "make").symlink_to(shutil.which("make"))
    result = subprocess.run(
        ["make", "--no-print-directory", "-C", str(ROOT), "test"],
        env={"PATH": str(tmp_path), "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    output = (result.stdout + result.stderr).strip().splitlines()
    assert len(output) == 1, output
    assert "Missing: Chromium" in output[0]
    assert "sudo apt-get install chromium poppler-utils" in output[0]
