"""Strictly apart, for the open API: no role of region A (signed in or not, the national reader too)
reads anything of region B through an API URL of A or of B while B has published nothing, and a
write to the API changes nothing (read-only: 405)."""

import pytest

from .conftest import leaks_on_read, writes_from_a

pytestmark = pytest.mark.django_db

API = "/api/v1/regions"


def _edition_urls(slug: str) -> list[str]:
    base = f"{API}/{slug}/editions/2025/"
    return [
        f"{API}/{slug}/",
        f"{API}/{slug}/editions/",
        base,
        f"{base}?version=1",
        f"{base}tables/",
        f"{base}tables/essm_meldingen/",  # the code of a table in both regions
        f"{base}tables/essm_meldingen/?version=1",
        f"{base}plan/",
    ]


def test_no_api_url_shows_region_b(two_regions):
    urls = ["/api/v1/regions/", "/api/v1/openapi.json", "/api/v1/docs/"]
    urls += _edition_urls("rotterdam") + _edition_urls(two_regions.b.region.slug)
    assert not leaks_on_read(two_regions, urls)


def test_the_api_takes_no_writes(two_regions):
    urls = _edition_urls("rotterdam") + _edition_urls(two_regions.b.region.slug)
    assert not writes_from_a(two_regions, [(url, {"value": "1"}) for url in urls])
    for url in urls:
        assert two_regions.clients_a["beheerder"].post(url, {}).status_code == 405, url
