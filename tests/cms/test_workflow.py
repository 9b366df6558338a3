"""Editing in Wagtail: a redacteur drafts and submits, a beheerder approves and publishes."""

import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from accounts import roles
from cms.models import EditionPage
from tests.factories import UserFactory
from tests.public import public_text


@pytest.fixture
def draft_edition(site):
    """A published edition without chapters, so that the admin form stays small."""
    _home, index = site
    page = index.add_child(
        instance=EditionPage(title="Monitor 2030", slug="2030", year=2030, live=False, body=[])
    )
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _edit(client, page, *, title: str, action: str):
    data = nested_form_data(
        {
            "title": title,
            "slug": "2030",
            "year": 2030,
            "subtitle": "",
            "region_name": "regio Rotterdam",
            "publication_date": "",
            "introduction": rich_text("<p>Nieuwe introductie.</p>"),
            "body": streamfield([]),
            # The edition is public already: submitting or publishing it again is a correction.
            "correction_reason": f"Herzien: {title}",
            "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0, "MIN_NUM_FORMS": 0, "MAX_NUM_FORMS": 1000},
        }
    )
    data[action] = "1"
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


def test_redacteur_can_edit_but_not_publish(draft_edition, redacteur, beheerder):
    assert draft_edition.permissions_for_user(redacteur).can_edit()
    assert not draft_edition.permissions_for_user(redacteur).can_publish()
    assert draft_edition.permissions_for_user(beheerder).can_publish()


def test_redacteur_submits_and_beheerder_publishes(client, draft_edition, redacteur, beheerder):
    client.force_login(redacteur)
    response = _edit(client, draft_edition, title="Monitor 2030 herzien", action="action-submit")
    assert response.status_code == 302, response.content.decode()[:2000]
    page = EditionPage.objects.get(pk=draft_edition.pk)
    workflow_state = page.current_workflow_state
    assert workflow_state is not None and workflow_state.status == "in_progress"
    assert page.title == "Monitor 2030"  # the live page is unchanged

    client.logout()
    assert "Monitor 2030 herzien" not in public_text("/monitor/2030/")

    task_state = workflow_state.current_task_state
    task = task_state.task.specific
    assert task.get_actions(page, redacteur) == []
    assert task.get_actions(page, beheerder)
    task_state.approve(user=beheerder)
    page.refresh_from_db()
    assert page.title == "Monitor 2030 herzien"
    assert "Monitor 2030 herzien" in public_text("/monitor/2030/")


def test_redacteur_cannot_publish_through_the_editor(client, draft_edition, redacteur):
    client.force_login(redacteur)
    _edit(client, draft_edition, title="Stiekem gepubliceerd", action="action-publish")
    page = EditionPage.objects.get(pk=draft_edition.pk)
    assert page.title == "Monitor 2030"
    client.logout()
    assert "Stiekem gepubliceerd" not in public_text("/monitor/2030/")


def test_beheerder_publishes_directly(client, draft_edition, beheerder):
    client.force_login(beheerder)
    response = _edit(client, draft_edition, title="Monitor 2030 definitief", action="action-publish")
    assert response.status_code == 302
    client.logout()
    assert "Monitor 2030 definitief" in client.get("/monitor/2030/").content.decode()


def test_anonymous_never_sees_a_draft(client, draft_edition):
    draft_edition.title = "Conceptversie"
    draft_edition.save_revision()
    assert "Conceptversie" not in public_text("/monitor/2030/")


@pytest.mark.parametrize("role", [roles.ACTIEHOUDER, roles.DATAPARTNER])
def test_actiehouder_and_datapartner_do_not_see_pages(client, draft_edition, role):
    user = UserFactory(roles=[role])
    client.force_login(user)
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/pages/").status_code in (302, 403)
    assert client.get(f"/admin/pages/{draft_edition.pk}/edit/").status_code in (302, 403)
    root = Page.get_first_root_node()
    assert client.get(f"/admin/pages/{root.pk}/").status_code in (302, 403)
