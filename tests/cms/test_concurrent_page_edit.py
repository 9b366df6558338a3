"""Two editors saving the same page: the second save is refused, shows what changed, loses nothing."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from wagtail.test.utils.form_data import rich_text

from cms.models import AccessibilityStatementPage

pytestmark = pytest.mark.django_db


def _client(username):
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    return client


def test_second_save_of_a_page_is_refused(db):
    call_command("seed_rotterdam_2025")
    page = AccessibilityStatementPage.objects.get()
    url = f"/admin/pages/{page.pk}/edit/"
    first, second = _client("redacteur"), _client("beheerder")
    loaded = str(first.get(url).context["page"].latest_revision_id)
    assert str(second.get(url).context["page"].latest_revision_id) == loaded

    def data(body: str) -> dict:
        return {
            "title": page.title,
            "slug": page.slug,
            "status": page.status,
            "statement_date": "",
            "body": rich_text(f"<p>{body}</p>"),
            "loaded_revision_id": loaded,
        }

    assert first.post(url, data("Tekst van de redacteur.")).status_code == 302
    response = second.post(url, data("Tekst van de beheerder."))
    assert response.status_code == 200
    content = response.content.decode()
    assert "heeft deze pagina opgeslagen" in content and "redacteur" in content
    assert "/revisions/compare/" in content
    assert "Tekst van de beheerder." in content  # the refused input is still in the form
    latest = AccessibilityStatementPage.objects.get().get_latest_revision_as_object()
    assert "Tekst van de redacteur." in latest.body
    # Saving again after reading carries the newest revision and goes through.
    second_loaded = response.context["page"].latest_revision_id
    retry = data("Tekst van de beheerder.") | {"loaded_revision_id": str(second_loaded)}
    assert second.post(url, retry).status_code == 302
    assert (
        "Tekst van de beheerder."
        in AccessibilityStatementPage.objects.get().get_latest_revision_as_object().body
    )
