"""The admin search finds actions, organisations, figure tables and snippets as well as pages, each
area only for the roles that may see its list."""

import re

import pytest
from django.urls import reverse
from wagtail.admin.search import admin_search_areas

from cms.models import Casus
from tests.actionplan.conftest import login
from tests.factories import PartnerFactory, TableFactory, default_region

pytestmark = pytest.mark.django_db

PAGE_SEARCH = reverse("wagtailadmin_pages:search")
TITLE = "Faciliterende netwerken analyseren en bestrijden"


def search_areas(html: str) -> dict[str, str]:
    """The 'other searches' of a results screen: label (with its count) -> link."""
    nav = re.search(r'aria-labelledby="other-searches-title">(.*?)</nav>', html, re.S)
    if nav is None:
        return {}
    links = re.findall(r'<a href="([^"]+)"[^>]*>(?:<svg.*?</svg>)?\s*(.*?)\s*</a>', nav.group(1), re.S)
    return {re.sub(r"\s+", " ", label): href.replace("&amp;", "&") for href, label in links}


def test_beheerder_finds_a_seeded_action_from_the_admin_search(client, django_user_model, seeded):
    login(client, django_user_model, "beheerder")
    areas = search_areas(client.get(PAGE_SEARCH, {"q": "faciliterende netwerken"}).content.decode())

    assert areas["Acties (1)"] == reverse("actions:index") + "?q=faciliterende%20netwerken"
    assert "Organisaties (0)" in areas
    assert "Tabellen (0)" in areas
    listing = client.get(areas["Acties (1)"]).content.decode()
    assert TITLE in listing
    assert "Regionale omgevingsscan naar seksuele uitbuiting" not in listing


def test_organisations_and_tables_are_found_by_name(client, django_user_model, seeded):
    TableFactory(code="essm-meldingen-test", title="Meldingen per uitbuitingsvorm", partner=PartnerFactory())
    login(client, django_user_model, "beheerder")

    areas = search_areas(client.get(PAGE_SEARCH, {"q": "ESSM"}).content.decode())
    organisations = next(href for label, href in areas.items() if label.startswith("Organisaties ("))
    assert "ESSM" in client.get(organisations).content.decode()
    tables = search_areas(client.get(PAGE_SEARCH, {"q": "uitbuitingsvorm"}).content.decode())
    assert "Meldingen per uitbuitingsvorm" in client.get(tables["Tabellen (1)"]).content.decode()


def test_redacteur_finds_snippets_but_not_the_figures_or_the_plan(client, django_user_model, seeded):
    Casus.objects.create(
        region=default_region(), title="Sanne en de loverboy", source="ESSM", body="<p>Een verhaal.</p>"
    )
    login(client, django_user_model, "redacteur")

    areas = search_areas(client.get(PAGE_SEARCH, {"q": "loverboy"}).content.decode())

    assert "Casussen (1)" in areas and "Ontwikkelingen (0)" in areas and "Definities (0)" in areas
    assert not any(label.startswith(("Acties", "Tabellen", "Organisaties")) for label in areas)
    assert "Sanne en de loverboy" in client.get(areas["Casussen (1)"]).content.decode()


def test_actiehouder_search_finds_only_the_own_actions_in_mijn_acties(client, rf, django_user_model, seeded):
    login(client, django_user_model, "actiehouder-riec")
    listing = client.get(reverse("actions:index"), {"q": "netwerken"})
    assert listing.status_code in (302, 403)  # no access to the beheerder's list

    own = "Handhavingsknelpunt faciliteerders van seksuele uitbuiting aanwijzen"  # RIEC's alone
    mine = client.get(reverse("actionplan_my_actions"), {"q": "faciliteerders"}).content.decode()
    assert own in mine
    assert "Regionale omgevingsscan" not in mine
    # The source names no owner of the faciliterende netwerken: nobody's own action.
    assert TITLE not in client.get(reverse("actionplan_my_actions"), {"q": "faciliterende"}).content.decode()
    # The sidebar search of an actiehouder (no pages) goes to their own actions.
    request = rf.get("/admin/")
    request.user = django_user_model.objects.get(username="actiehouder-riec")
    assert admin_search_areas.search_items_for_request(request)[0].url == reverse("actionplan_my_actions")
    essm = login(client, django_user_model, "actiehouder-essm")
    assert own not in essm.get(reverse("actionplan_my_actions"), {"q": "faciliteerders"}).content.decode()


def test_regionale_tafel_searches_actions_and_sees_the_other_areas(client, django_user_model, seeded):
    login(client, django_user_model, "regionale-tafel")
    html = client.get(reverse("actions:index"), {"q": "faciliterende"}).content.decode()
    assert TITLE in html
    areas = search_areas(html)
    assert "Organisaties (0)" in areas and "Tabellen (0)" in areas
    assert not any(label.startswith(("Casussen", "Definities")) for label in areas)


def test_a_search_in_the_actions_sets_no_filter(client, django_user_model, seeded):
    """The unticked 'Trekker niet vermeld' box is no active filter (no 'False' chip on a search)."""
    login(client, django_user_model, "beheerder")
    html = client.get(reverse("actions:index"), {"q": "slachtoffer"}).content.decode()
    assert "Trekker niet vermeld: " not in re.sub(r"<[^>]+>", "", html)
    assert "False" not in re.sub(r"<[^>]+>", " ", html)
