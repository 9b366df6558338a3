"""The page cache cannot be flooded: query parameters a page does not use do not make new entries."""

import pytest
from django.core.cache import caches

from cms.models import EditionPage


@pytest.fixture
def cache_writes(monkeypatch):
    """Every key written to the cache while the test runs."""
    written = []
    backend = caches["default"]
    real_set = backend.set

    def spy(key, *args, **kwargs):
        written.append(key)
        return real_set(key, *args, **kwargs)

    monkeypatch.setattr(backend, "set", spy)
    return written


def test_unknown_parameters_are_served_from_one_entry(client, edition, django_assert_max_num_queries):
    first = client.get("/monitor/2025/")
    assert first.status_code == 200
    for number in range(30):
        with django_assert_max_num_queries(1):
            response = client.get(f"/monitor/2025/?utm_source=campagne{number}&fbclid={number}")
        assert response.status_code == 200
        assert response["X-Publication-Cache"] == "1"
        assert response.content == first.content


def test_flood_writes_no_new_cache_entries(client, edition, cache_writes):
    client.get("/monitor/2025/")
    client.get("/")
    written = len(cache_writes)
    for number in range(50):
        client.get(f"/monitor/2025/?utm={number}")
        client.get(f"/?x{number}=1")
    assert len(cache_writes) == written


def test_a_parameter_the_page_uses_keeps_its_own_entry(client, edition, cache_writes, monkeypatch):
    monkeypatch.setattr(EditionPage, "cache_query_parameters", ("weergave",), raising=False)
    client.get("/monitor/2025/?weergave=tabel&utm=1")
    client.get("/monitor/2025/?utm=2&weergave=tabel")
    client.get("/monitor/2025/?weergave=grafiek")
    front = [key for key in cache_writes if "front" in key]
    assert len(front) == 2
