"""Issue 9, "Done when": as actiehouder-essm, edit 2026 of an action in Mijn acties; the public 2025
page, its PDF and its cijfers.csv stay as published, also after the next publication of 2025.

Every read of a public URL goes through ``_public``: caches cleared and a new client without a
session, so a page that read live rows could not hide behind the copy the first request cached.
"""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from pypdf import PdfReader

from actionplan.models import Action, ProgressNote
from cms.models import EditionPage, EditionSnapshot

pytestmark = pytest.mark.django_db

PILOT = "Pilot noodbed voor meerderjarige mannelijke slachtoffers"


def _public(path: str) -> bytes:
    cache.clear()
    response = Client().get(path)
    assert response.status_code == 200, path
    return response.content


def _pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def _edition_as_published() -> dict:
    return {
        "page": _public("/monitor/2025/").decode(),
        "pdf": _pdf_text(_public("/monitor/2025/pdf/")),
        "csv": _public("/monitor/2025/cijfers.csv"),
    }


def _plan_state(edition: EditionPage) -> dict:
    document = EditionSnapshot.objects.get(revision_id=edition.live_revision_id).document
    blocks = [block for section in document["sections"] for block in section["blocks"]]
    return next(block for block in blocks if block["type"] == "plan_state")["state"]


def _opgave_5_counts(state: dict) -> dict:
    return {c["label"]: c["count"] for c in state["opgaven"][4]["status_counts"] if c["count"]}


@pytest.fixture
def seeded_site(db):
    call_command("seed_rotterdam_2025", verbosity=0)


def test_editing_2026_as_actiehouder_leaves_the_published_2025_edition_unchanged(seeded_site):
    edition = EditionPage.objects.get(year=2025, locale__language_code="nl")
    before = _edition_as_published()
    state_before = _plan_state(edition)
    assert _opgave_5_counts(state_before) == {"Lopend": 2, "Doorlopend": 1, "Afgerond": 1}
    pilot = Action.objects.get(title=PILOT)
    text_2025 = ProgressNote.objects.get(action=pilot, year=2025).text
    assert text_2025 in before["page"]

    # The actiehouder's job, through the real Mijn acties screens.
    owner = Client()
    owner.force_login(get_user_model().objects.get(username="actiehouder-essm"))
    assert PILOT in owner.get(reverse("actionplan_my_actions")).content.decode()
    form_url = reverse("actionplan_my_action_edit", args=[pilot.pk])
    form = owner.get(form_url)
    assert form.context["year"] == 2026 and form.context["form"]["note"].value() == ""
    assert owner.get(f"{form_url}?jaar=2025").context["closed"]  # published: closed for them
    data = {"status": "afgerond", "note": "De pilot is in 2026 afgerond.", "version": pilot.version}
    assert owner.post(f"{form_url}?jaar=2026", data).status_code == 302
    pilot.refresh_from_db()
    assert pilot.status == "afgerond"
    assert ProgressNote.objects.get(action=pilot, year=2025).text == text_2025

    assert _edition_as_published() == before

    # The redacteur's next publication of the 2025 edition shows 2025 as it was.
    edition.save_revision().publish()
    edition.refresh_from_db()
    assert _plan_state(edition) == state_before
    republished = _public("/monitor/2025/").decode()
    assert "De pilot is in 2026 afgerond." not in republished and text_2025 in republished
