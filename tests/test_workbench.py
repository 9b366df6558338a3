"""The admin under our own name, in Dutch: sign-in, start screen, the Help menu's role guides, error pages."""

import pytest
from django.test import RequestFactory
from django.views.defaults import server_error

from accounts import roles
from tests.factories import OrganisationFactory, UserFactory
from workbench.guides import GUIDES

pytestmark = pytest.mark.django_db


def test_sign_in_carries_our_name_not_wagtails(client):
    page = client.get("/admin/login/").content.decode()
    assert "Inloggen bij de Mensenhandelmonitor" in page
    assert "<title>Inloggen - Mensenhandelmonitor</title>" in page
    assert "Sign in" not in page and "Wagtail" not in page.split("<body")[1].split("<script")[0]


def test_start_screen_title_and_help_menu_hold_our_guides(client):
    client.force_login(UserFactory(roles=[roles.ACTIEHOUDER], organisation=OrganisationFactory()))
    page = client.get("/admin/").content.decode()
    assert "<title>Startscherm - Mensenhandelmonitor</title>" in page
    assert "/admin/hulp/actiehouder/" in page and "Handleiding actiehouder" in page
    assert "Editor Guide" not in page and "What's new" not in page and "editor guide" not in page
    assert "/admin/hulp/beheerder/" not in page  # only the guides of one's own roles in the menu


@pytest.mark.parametrize("guide", GUIDES, ids=lambda guide: guide.slug)
def test_every_role_guide_is_a_dutch_admin_page(client, guide):
    client.force_login(UserFactory(roles=[guide.role], organisation=OrganisationFactory()))
    response = client.get(f"/admin/hulp/{guide.slug}/")
    assert response.status_code == 200
    assert str(guide.title) in response.content.decode()
    assert client.get("/admin/hulp/").url == f"/admin/hulp/{guide.slug}/"


def test_an_unknown_guide_is_not_found(client):
    client.force_login(UserFactory(roles=[roles.REDACTEUR]))
    assert client.get("/admin/hulp/bestaat-niet/").status_code == 404


def test_error_pages_are_dutch_in_the_sites_look(client):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    page = response.content.decode()
    assert "Pagina niet gevonden" in page and "mhm-header" in page and "Not Found" not in page

    client.force_login(UserFactory(roles=[roles.ACTIEHOUDER], organisation=OrganisationFactory()))
    response = client.get("/admin/rapportage/")
    assert response.status_code == 403
    assert "Geen toegang" in response.content.decode()

    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert "Er ging iets mis" in response.content.decode()
