"""The seeded 2025 edition: every chapter, every table, published, and idempotent."""

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision, Site

from accounts import roles
from cms.models import EditionPage, EditionSnapshot, HomePage
from monitor.models import Table

CHAPTERS = [
    "1. Aanleiding",
    "2. Landelijke cijfers",
    "3. Regionale cijfers van het ESSM",
    "4. Regionale cijfers van de AVIM",
    "5. Cijfers van het RCTM",
    "6. Cijfers van het OM Rotterdam",
    "7. Cijfers van het RIEC",
    "8. Stand van zaken Regionaal Actieplan 2024-2026",
    "9. Conclusie",
    "10. Het vervolg: doorkijk naar 2026",
    "Bijlage: ontwikkelingen in 2025",
    "Casus uit de praktijk van het ESSM",
]


@pytest.fixture
def seeded(db):
    call_command("seed_rotterdam_2025", "--no-demo-accounts", verbosity=0)


def test_seed_publishes_every_chapter_and_table(client, seeded):
    home = HomePage.objects.get(locale__language_code="nl")
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    assert (
        not Page.objects.filter(depth=2).exclude(translation_key=home.translation_key).exists()
    )  # no welcome page
    edition = EditionPage.objects.get(year=2025, locale__language_code="nl")
    assert edition.live and edition.slug == "2025"
    document = EditionSnapshot.objects.get(revision_id=edition.live_revision_id).document
    assert [section["title"] for section in document["sections"]] == CHAPTERS
    figures = {
        block["table_code"]
        for section in document["sections"]
        for block in section["blocks"]
        if block["type"] == "figure"
    }
    assert figures == set(Table.objects.values_list("code", flat=True))
    blocks = [block for section in document["sections"] for block in section["blocks"]]
    plan = next(block for block in blocks if block["type"] == "plan_state")["state"]
    assert sum(len(opgave["actions"]) for opgave in plan["opgaven"]) >= 25
    outlook = next(block for block in blocks if block["type"] == "outlook")["outlook"]
    assert sum(len(opgave["items"]) for opgave in outlook["opgaven"]) >= 5
    casus = next(block for block in blocks if block["type"] == "casus")
    assert "Marjolijn" in casus["html"] and "verzonnen" in casus["note"]

    html = client.get("/monitor/2025/").content.decode()
    for chapter in CHAPTERS:
        assert chapter in html
    assert client.get("/toegankelijkheidsverklaring/").status_code == 200


def test_seed_twice_changes_nothing(seeded):
    revisions = Revision.objects.count()
    pages = Page.objects.count()
    call_command("seed_rotterdam_2025", "--no-demo-accounts", verbosity=0)
    assert Revision.objects.count() == revisions
    assert Page.objects.count() == pages


def test_editors_can_open_the_seeded_edition_in_wagtail(client, seeded):
    from tests.factories import UserFactory

    edition = EditionPage.objects.get(year=2025, locale__language_code="nl")
    for role in (roles.REDACTEUR, roles.BEHEERDER):
        client.force_login(UserFactory(roles=[role]))
        assert client.get(f"/admin/pages/{edition.pk}/edit/").status_code == 200
        assert client.get("/admin/snippets/cms/casus/").status_code == 200
        listing = client.get("/admin/snippets/cms/ontwikkeling/?date_from=2025-06-01&date_to=2025-06-30")
        assert listing.status_code == 200
        assert "Wet modernisering" in listing.content.decode()
        assert "Aansluiting op de Europese richtlijn" not in listing.content.decode()


def test_the_seeded_edition_carries_its_year_in_its_title(client, seeded):
    import re

    edition = EditionPage.objects.get(year=2025, locale__language_code="nl")
    assert edition.title == "Mensenhandelmonitor 2025"
    html = client.get("/monitor/2025/").content.decode()
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert title.strip().startswith("Mensenhandelmonitor 2025") and "2025 2025" not in title
    assert '<h1 class="utrecht-heading-1 mhm-hero__title">Mensenhandelmonitor 2025</h1>' in html


def test_an_edition_titled_without_its_year_still_shows_it_once(client, seeded):
    """A published snapshot keeps the title it had; the year is added where it is missing."""
    edition = EditionPage.objects.get(year=2025, locale__language_code="nl")
    snapshot = EditionSnapshot.objects.get(revision_id=edition.live_revision_id)
    snapshot.document["title"] = "Mensenhandelmonitor"
    snapshot.save()
    from django.core.cache import cache

    cache.clear()
    html = client.get("/monitor/2025/").content.decode()
    assert "<title>Mensenhandelmonitor 2025" in html.replace("\n", "")
    assert "Mensenhandelmonitor 2025 2025" not in html
