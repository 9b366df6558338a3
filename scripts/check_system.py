#!/usr/bin/env python3
"""Check the system packages `make run` and `make test` need, before anything is installed.

Run with the system's Python (standard library only): `python3 scripts/check_system.py run|test`.
A missing package stops the command with one line that names the package to install, instead of a
traceback at the first PDF or browser test. Run as root on Debian or Ubuntu (as CI does), it installs
the missing packages with apt-get itself and checks again.
"""

from __future__ import annotations

import ctypes.util
import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass

MIN_PYTHON = (3, 11)


@dataclass(frozen=True)
class Requirement:
    name: str  # what is missing, for the reader
    why: str  # what needs it
    packages: tuple  # the Debian/Ubuntu packages that provide it
    present: Callable[[], bool]


def _library(name: str) -> Callable[[], bool]:
    return lambda: ctypes.util.find_library(name) is not None


def _program(name: str) -> Callable[[], bool]:
    return lambda: shutil.which(name) is not None


def _venv_available() -> bool:
    # Debian and Ubuntu ship Python without ensurepip; `python3 -m venv` then fails half-way.
    return importlib.util.find_spec("ensurepip") is not None


VENV = Requirement(
    "the venv module", "creating .venv", (f"python3.{sys.version_info[1]}-venv",), _venv_available
)
PANGO = Requirement(
    "Pango",
    "WeasyPrint, for the PDFs",
    ("libpango-1.0-0", "libpangoft2-1.0-0"),
    lambda: _library("pango-1.0")() and _library("pangoft2-1.0")(),
)
CHROMIUM = Requirement("Chromium", "the browser tests", ("chromium",), _program("chromium"))
PDFTOPPM = Requirement("pdftoppm", "the PDF layout tests", ("poppler-utils",), _program("pdftoppm"))

NEEDS = {"run": [VENV, PANGO], "test": [VENV, PANGO, CHROMIUM, PDFTOPPM]}


def missing(target: str) -> list[Requirement]:
    return [requirement for requirement in NEEDS[target] if not requirement.present()]


def message(absent: list[Requirement]) -> str:
    """One line: what is missing, what needs it, and the packages to install."""
    what = "; ".join(f"{item.name} (for {item.why})" for item in absent)
    packages = " ".join(package for item in absent for package in item.packages)
    return f"Missing: {what}. Install with: sudo apt-get install {packages}"


def can_install() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get") is not None


def install(absent: list[Requirement]) -> None:
    packages = [package for item in absent for package in item.packages]
    # On stderr: make reads the one-line verdict from stdout.
    print(f"Installing system packages with apt-get: {' '.join(packages)}", file=sys.stderr, flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "env": env, "check": False}
    subprocess.run(["apt-get", "update", "-qq"], **quiet)
    subprocess.run(["apt-get", "install", "-y", "-qq", *packages], **quiet)


def main(argv: list[str]) -> int:
    target = argv[1] if len(argv) > 1 else "run"
    if target not in NEEDS:
        print(f"usage: {argv[0]} run|test", file=sys.stderr)
        return 2
    if sys.version_info < MIN_PYTHON:
        current = ".".join(map(str, sys.version_info[:2]))
        print(
            f"Python {current} is too old: install python3.11 or newer, then make PYTHON=python3.11 {target}",
            flush=True,
        )
        return 1
    absent = missing(target)
    if absent and can_install():
        install(absent)
        absent = missing(target)
    if absent:
        print(message(absent))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
