"""The beheerder's action list: filters, search, export, and a query count that does not grow."""

import csv
import io

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts import roles
from actionplan.models import Action
from tests.factories import (
    ActionFactory,
    OpgaveFactory,
    OrganisationFactory,
    ProgressNoteFactory,
    UserFactory,
)

from .conftest import login

pytestmark = pytest.mark.django_db


def _listed(response):
    return {obj.pk for obj in response.context["object_list"]}


def test_filters_by_opgave_organisation_status_and_year(client, django_user_model, seeded, essm):
    login(client, django_user_model, "beheerder")
    url = reverse("actions:index")
    opgave5 = Action.objects.filter(opgave__number=5).first().opgave
    assert _listed(client.get(url, {"plan": opgave5.plan_id, "opgave": 5})) == set(
        Action.objects.filter(opgave=opgave5).values_list("pk", flat=True)
    )
    essm_actions = _listed(client.get(url, {"organisation": "ESSM"}))
    assert len(essm_actions) == 9
    done = _listed(client.get(url, {"status": "afgerond"}))
    assert done == set(Action.objects.filter(status="afgerond").values_list("pk", flat=True))
    in_2026 = _listed(client.get(url, {"year": 2026}))
    assert in_2026 == set(Action.objects.filter(year=2026).values_list("pk", flat=True))
    assert Action.objects.get(title__startswith="Pilot noodbed").pk in in_2026
    assert _listed(client.get(url, {"organisation": "Humanitas Expertisecentrum"})) == essm_actions
    combined = _listed(client.get(url, {"organisation": "essm", "status": "lopend"}))
    assert {Action.objects.get(pk=pk).status for pk in combined} == {"lopend"}
    found = _listed(client.get(url, {"q": "noodbed"}))
    assert found == {Action.objects.get(title__startswith="Pilot noodbed").pk}


def test_export_csv_and_xlsx(client, django_user_model, seeded):
    login(client, django_user_model, "beheerder")
    url = reverse("actions:index")
    response = client.get(url, {"export": "csv", "status": "doorgeschoven"})
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content)))
    assert rows[0][:2] == ["Opgave", "Titel"]
    assert len(rows) == 2 and "Regionale omgevingsscan" in rows[1][1]
    assert "Doorgeschoven (2026)" in rows[1]
    response = client.get(url, {"export": "xlsx"})
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    assert workbook.active.max_row == Action.objects.count() + 1


def _grow(factor: int):
    organisations = [OrganisationFactory() for _ in range(3)]
    for _ in range(factor):
        opgave = OpgaveFactory()
        for _ in range(5):
            action = ActionFactory(opgave=opgave, lead=organisations[0], co_owners=organisations[1:])
            ProgressNoteFactory(action=action)


def test_query_count_does_not_grow_with_the_data(client, django_assert_num_queries):
    user = UserFactory(roles=[roles.BEHEERDER])
    client.force_login(user)
    url = reverse("actions:index")
    _grow(2)
    client.get(url)  # warm caches (content types, permissions)
    with CaptureQueriesContext(connection) as small:
        assert client.get(url).status_code == 200
    _grow(18)
    with CaptureQueriesContext(connection) as large:
        response = client.get(url)
    assert len(_listed(response)) == 25
    assert len(large) == len(small)
    with django_assert_num_queries(len(small)):
        client.get(url, {"status": "lopend"})


def test_every_filter_of_the_action_list_has_an_empty_choice_and_status_alone_adds_no_opgave(client):
    from actionplan.filters import ActionFilterSet

    form = ActionFilterSet(data={}).form
    assert list(form.fields["opgave"].choices)[0][0] == ""
    assert list(form.fields["plan"].choices)[0][0] == ""
    assert form.fields["status"].widget.input_type == "checkbox"  # no Ctrl+click list
    # The panel submits every field: with a status chosen and the opgave left empty, no opgave filter.
    filtered = ActionFilterSet(data={"status": ["lopend"], "opgave": "", "plan": ""})
    assert filtered.is_valid()
    assert filtered.form.cleaned_data["opgave"] in ("", None)


def test_the_action_form_hides_the_version_and_offers_owners_as_checkboxes(client, django_user_model):
    from accounts import roles
    from tests.factories import ActionFactory, UserFactory

    action = ActionFactory()
    client.force_login(UserFactory(roles=[roles.BEHEERDER]))
    page = client.get(f"/admin/actieplan/acties/edit/{action.pk}/").content.decode()
    assert "Expected version" not in page and "expected_version" in page
    assert 'type="hidden" name="expected_version"' in page
    assert 'type="checkbox" name="co_owners"' in page
