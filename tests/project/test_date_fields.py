"""Every date field of the admin goes through Wagtail's date picker as dd-mm-jjjj, with that format
in its help text; the forms accept what the picker writes (issue 11)."""

import pytest
from django.urls import reverse

from accounts import roles
from cms.models import EditionPage
from tests.cms import conftest as cms_fixtures
from tests.factories import ActionFactory, DeliveryFactory, UserFactory

pytestmark = pytest.mark.django_db

site = cms_fixtures.site

PICKER = '"format": "d-m-Y"'  # the date picker's configuration for dd-mm-jjjj
HINT = "Datum als dd-mm-jjjj"


def _page(client, url: str) -> str:
    client.force_login(UserFactory(roles=[roles.BEHEERDER], is_superuser=True))
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_the_beheerders_edit_screens_pick_dutch_dates(client):
    action, delivery = ActionFactory(), DeliveryFactory()
    for url in (
        reverse("actions:edit", args=[action.pk]),
        reverse("deliveries:edit", args=[delivery.pk]),
        reverse("wagtailsnippets_cms_ontwikkeling:add"),
    ):
        page = _page(client, url)
        assert PICKER in page and HINT in page, url


def test_the_edition_pages_dates_are_picked_as_dutch_dates(client, site):
    _home, index = site
    edition = index.add_child(instance=EditionPage(title="Mensenhandelmonitor 2026", slug="2026", year=2026))
    page = _page(client, reverse("wagtailadmin_pages:edit", args=[edition.pk]))
    assert PICKER in page and HINT in page


def test_an_action_date_is_saved_from_a_dutch_date(client):
    from actionplan.wagtail_hooks import ActionViewSet

    action = ActionFactory()
    form_class = ActionViewSet("actions_test").get_form_class()
    form = form_class(instance=action)
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}
    data.update(date="31-12-2026", co_owners=[])
    bound = form_class(data=data, instance=action)
    assert bound.is_valid(), bound.errors
    assert bound.cleaned_data["date"].isoformat() == "2026-12-31"
