"""HTTP of the open API: ETags and 304 from the snapshots, public caching, read-only methods, CORS
open for reading without credentials, and the per-client rate limit."""

import pytest
from django.core.cache import cache
from django.test import Client

from tests.api.conftest import API, EDITIONS, edition_paths


def test_every_answer_has_an_etag_and_public_cache_control(edition, client):
    for path in [f"{EDITIONS}/", *edition_paths(2025)]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert response["ETag"].startswith('"'), path
        assert "public" in response["Cache-Control"] and "max-age=60" in response["Cache-Control"], path


def test_if_none_match_gets_304_until_the_edition_is_published_again(edition, client):
    path = f"{EDITIONS}/2025/tables/tabel_test/"
    tag = client.get(path)["ETag"]
    again = client.get(path, HTTP_IF_NONE_MATCH=tag)
    assert again.status_code == 304 and again.content == b""
    assert again["ETag"] == tag
    assert client.get(path, HTTP_IF_NONE_MATCH=f"W/{tag}").status_code == 304
    assert client.get(path, HTTP_IF_NONE_MATCH='"iets-anders"').status_code == 200
    # Another page of the same table is another answer.
    assert client.get(f"{path}?limit=1", HTTP_IF_NONE_MATCH=tag).status_code == 200

    edition.save_revision().publish()
    fresh = client.get(path, HTTP_IF_NONE_MATCH=tag)
    assert fresh.status_code == 200
    assert fresh["ETag"] != tag


def test_the_lists_change_their_etag_when_an_edition_is_withdrawn(site, edition, client):
    from tests.cms.conftest import make_edition

    make_edition(site[1], year=2024)
    tags = {path: client.get(path)["ETag"] for path in (f"{API}/regions/", f"{EDITIONS}/")}
    for path, tag in tags.items():
        assert client.get(path, HTTP_IF_NONE_MATCH=tag).status_code == 304, path
    edition.unpublish()
    for path, tag in tags.items():
        response = client.get(path, HTTP_IF_NONE_MATCH=tag)
        assert response.status_code == 200, path
        assert response["ETag"] != tag
    assert client.get(f"{EDITIONS}/").json()["count"] == 1


def test_a_304_costs_no_document(edition, client, django_assert_max_num_queries):
    path = f"{EDITIONS}/2025/tables/tabel_test/"
    tag = client.get(path)["ETag"]
    cache.clear()
    with django_assert_max_num_queries(3) as queries:
        assert client.get(path, HTTP_IF_NONE_MATCH=tag).status_code == 304
    whole_document = '"cms_editionsnapshot"."document" FROM'
    assert not any(whole_document in query["sql"] for query in queries.captured_queries)


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_the_api_is_read_only(edition, client, method):
    for path in [f"{EDITIONS}/", *edition_paths(2025)]:
        response = getattr(client, method)(path, data={}, content_type="application/json")
        assert response.status_code == 405, f"{method} {path}"


def test_head_answers_like_get_without_a_body(edition, client):
    for path in [f"{EDITIONS}/", *edition_paths(2025)]:
        response = client.head(path)
        assert response.status_code == 200, path
        assert response.content == b""
        assert response["ETag"] == client.get(path)["ETag"]


def test_cors_lets_any_site_read_without_credentials(edition, client):
    response = client.get(f"{EDITIONS}/2025/", HTTP_ORIGIN="https://voorbeeld.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    assert "etag" in response["Access-Control-Expose-Headers"].lower()

    preflight = client.options(
        f"{EDITIONS}/2025/tables/",
        HTTP_ORIGIN="https://voorbeeld.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="if-none-match",
    )
    assert preflight.status_code == 200
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert set(preflight["Access-Control-Allow-Methods"].split(", ")) == {"GET", "HEAD", "OPTIONS"}
    assert "if-none-match" in preflight["Access-Control-Allow-Headers"]
    assert "Access-Control-Allow-Credentials" not in preflight


def test_cors_is_only_for_the_api(edition, client):
    for path in ("/monitor/2025/", "/admin/login/"):
        response = client.get(path, HTTP_ORIGIN="https://voorbeeld.example")
        assert "Access-Control-Allow-Origin" not in response, path


def test_the_rate_limit_answers_429_with_retry_after(edition, settings):
    settings.API_RATE_LIMIT = "3/min"
    one, other = Client(REMOTE_ADDR="192.0.2.1"), Client(REMOTE_ADDR="192.0.2.2")
    path = f"{EDITIONS}/2025/"
    for _ in range(3):
        assert one.get(path).status_code == 200
    refused = one.get(path)
    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 60
    assert refused.json()["detail"].startswith("Te veel verzoeken")
    # Another endpoint counts as well; another client is not affected.
    assert one.get(f"{EDITIONS}/2025/plan/").status_code == 429
    assert other.get(path).status_code == 200
    # A made-up X-Forwarded-For does not make a new client.
    assert one.get(path, HTTP_X_FORWARDED_FOR="198.51.100.7").status_code == 429


def test_the_rate_limit_is_counted_in_the_shared_cache(edition, settings):
    settings.API_RATE_LIMIT = "1/hour"
    client = Client(REMOTE_ADDR="192.0.2.9")
    assert client.get(f"{EDITIONS}/").status_code == 200
    assert any("api:throttle:" in str(key) for key in cache._cache)  # the project's cache, not a process dict
    assert client.get(f"{EDITIONS}/").status_code == 429
    settings.API_RATE_LIMIT = None
    assert client.get(f"{EDITIONS}/").status_code == 200
