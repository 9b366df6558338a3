"""The project's version, as `pyproject.toml` declares it (one place; shown in the admin's footer)."""

import tomllib
from importlib import metadata
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def read_version() -> str:
    """Read from the checkout's pyproject.toml, which an editable or missing install cannot make stale."""
    try:
        with PYPROJECT.open("rb") as file:
            return tomllib.load(file)["project"]["version"]
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        try:
            return metadata.version("mensenhandelmonitor")
        except metadata.PackageNotFoundError:
            return "onbekend"
