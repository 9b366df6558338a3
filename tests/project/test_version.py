"""The version in pyproject.toml is the one the admin shows in its footer."""

import tomllib
from pathlib import Path

import pytest
from django.conf import settings
from packaging.specifiers import SpecifierSet

from tests.factories import UserFactory

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def pyproject_version() -> str:
    with PYPROJECT.open("rb") as file:
        return tomllib.load(file)["project"]["version"]


def test_settings_carry_the_pyproject_version():
    assert settings.APP_VERSION == pyproject_version()


@pytest.mark.django_db
def test_admin_footer_shows_the_version(client):
    client.force_login(UserFactory(roles=["beheerder"]))
    response = client.get("/admin/")
    assert response.status_code == 200
    assert f"Mensenhandelmonitor, versie {pyproject_version()}" in response.content.decode()


def test_python_versions_of_current_distributions_are_admitted():
    with PYPROJECT.open("rb") as file:
        requires = tomllib.load(file)["project"]["requires-python"]
    for version in ("3.11", "3.12", "3.13"):
        assert version in SpecifierSet(requires), version
