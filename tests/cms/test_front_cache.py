"""The public edition page is served from the cache before routing, and a publication replaces it."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from cms.models import EditionPage

pytestmark = pytest.mark.django_db


def test_cached_page_costs_one_query_and_publication_refreshes_it(client, django_assert_max_num_queries):
    call_command("seed_rotterdam_2025")
    first = client.get("/monitor/2025/")
    assert first.status_code == 200
    with django_assert_max_num_queries(1):
        again = client.get("/monitor/2025/")
    assert again.content == first.content and again["X-Publication-Cache"] == "1"

    page = EditionPage.objects.get(year=2025, locale__language_code="nl")
    page.title = "Mensenhandelmonitor, herziene uitgave"
    page.save_revision(user=get_user_model().objects.get(username="beheerder")).publish()
    assert "herziene uitgave" in client.get("/monitor/2025/").content.decode()
