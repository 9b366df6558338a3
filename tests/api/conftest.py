"""Fixtures of the open API's tests: the publication tests' small site (tests/cms/conftest.py), read
through a fresh anonymous client per request (caches cleared, as the next visitor gets it)."""

import json

from django.core.cache import cache
from django.test import Client

from tests.cms.conftest import edition, plan, site  # noqa: F401 - the publication tests' fixtures

API = "/api/v1"
# The region the factories make (tests.factories.default_region) when nothing was seeded.
REGION = "testregio"
EDITIONS = f"{API}/regions/{REGION}/editions"


def edition_paths(year: int, code: str = "tabel_test") -> list[str]:
    """Every endpoint of one edition."""
    base = f"{EDITIONS}/{year}/"
    return [base, f"{base}tables/", f"{base}tables/{code}/", f"{base}plan/"]


def get_json(path: str, *, fresh: bool = True, **headers):
    """The JSON a new anonymous client gets (caches cleared unless ``fresh`` is False)."""
    if fresh:
        cache.clear()
    response = Client().get(path, **headers)
    assert response.status_code == 200, f"{path} answered {response.status_code}: {response.content[:300]}"
    return json.loads(response.content)


def api_text(path: str) -> str:
    cache.clear()
    response = Client().get(path)
    return response.content.decode()
