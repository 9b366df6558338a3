"""The rendered public pages are cached until something is published or unpublished."""

from cms.models import EditionPage


def test_page_is_served_from_cache_until_a_publication(client, edition):
    first = client.get("/monitor/2025/")
    assert "X-Publication-Cache" in first
    client.get("/")
    EditionPage.objects.filter(pk=edition.pk).update(title="Rechtstreeks gewijzigd")
    # Not published: the cached page is served.
    assert "Rechtstreeks gewijzigd" not in client.get("/").content.decode()

    edition.refresh_from_db()
    edition.title = "Opnieuw gepubliceerd"
    edition.save_revision().publish()
    assert "Opnieuw gepubliceerd" in client.get("/").content.decode()
    assert "Opnieuw gepubliceerd" in client.get("/monitor/2025/").content.decode()


def test_unpublishing_invalidates_the_cache(client, edition):
    assert "Mensenhandelmonitor 2025" in client.get("/monitor/").content.decode()
    edition.unpublish()
    assert "/monitor/2025/" not in client.get("/monitor/").content.decode()
    assert client.get("/monitor/2025/").status_code == 404


def test_signed_in_editors_are_not_served_from_cache(client, edition, beheerder):
    client.force_login(beheerder)
    response = client.get("/monitor/2025/")
    assert response.status_code == 200
    assert "X-Publication-Cache" not in response
