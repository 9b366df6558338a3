"""Public responses carry ETag and Cache-Control, so a CDN may keep them; a matching If-None-Match
gets 304 without the body. Nothing of the admin or a signed-in visitor is marked public."""

import pytest

from cms import services

PDF = b"%PDF-1.7 the edition"


@pytest.fixture
def edition_with_pdf(edition, monkeypatch):
    monkeypatch.setattr("cms.pdf.render_pdf", lambda document: PDF)
    services.edition_render_pdf(snapshot=services.live_snapshot(page=edition))
    return edition


@pytest.mark.parametrize(
    "path",
    ["/monitor/2025/", "/monitor/2025/pdf/", "/monitor/2025/cijfers.csv", "/monitor/2025/versies/1/pdf/"],
)
def test_public_responses_can_be_kept_and_revalidated(edition_with_pdf, client, path):
    first = client.get(path)
    assert first.status_code == 200
    assert first["ETag"].startswith('"')
    assert "public" in first["Cache-Control"] and "max-age=" in first["Cache-Control"]

    again = client.get(path, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == first["ETag"]

    changed = client.get(path, HTTP_IF_NONE_MATCH='"iets-anders"')
    assert changed.status_code == 200 and changed.content == first.content


def test_the_cached_page_has_the_same_etag_as_the_rendered_one(edition, client):
    rendered = client.get("/monitor/2025/")
    cached = client.get("/monitor/2025/")
    assert cached["X-Publication-Cache"] == "1"
    assert cached["ETag"] == rendered["ETag"]


def test_an_earlier_version_is_kept_a_day(edition_with_pdf, client):
    assert "max-age=86400" in client.get("/monitor/2025/versies/1/cijfers.csv")["Cache-Control"]


def test_a_new_publication_changes_the_etag(edition, client):
    before = client.get("/monitor/2025/")["ETag"]
    edition.introduction = "<p>Een nieuwe introductie.</p>"
    edition.save_revision().publish()
    after = client.get("/monitor/2025/", HTTP_IF_NONE_MATCH=before)
    assert after.status_code == 200
    assert after["ETag"] != before


def test_nothing_private_is_marked_public(edition, client, beheerder):
    assert client.get("/monitor/2099/").status_code == 404
    assert "ETag" not in client.get("/monitor/2099/")
    client.force_login(beheerder)
    for path in ("/monitor/2025/", "/admin/"):
        response = client.get(path)
        assert "public" not in response.get("Cache-Control", ""), path
