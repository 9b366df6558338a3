import datetime

import pytest
from django.urls import reverse

from accounts import roles
from actionplan.models import ProgressNote
from actionplan.reporting import services as reporting_services
from actionplan.reporting.models import ActionUpdate, ReportingRound, UpdateState
from tests.factories import (
    ActionFactory,
    OpgaveFactory,
    OrganisationFactory,
    PlanFactory,
    UserFactory,
    action_version,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    plan = PlanFactory(start_year=2024, end_year=2026)
    opgave = OpgaveFactory(plan=plan, number=1)
    essm, riec = OrganisationFactory(short_name="ESSM"), OrganisationFactory(short_name="RIEC")
    ActionFactory(opgave=opgave, lead=essm, title="Actie van ESSM")
    ActionFactory(opgave=opgave, lead=riec, title="Actie van RIEC")
    beheerder = UserFactory(roles=[roles.BEHEERDER])
    reporting_round = reporting_services.round_open(
        plan=plan, year=2026, deadline=datetime.date(2026, 3, 1), user=beheerder
    )
    return {
        "plan": plan,
        "round": reporting_round,
        "beheerder": beheerder,
        "essm": UserFactory(roles=[roles.ACTIEHOUDER], organisation=essm),
        "riec": UserFactory(roles=[roles.ACTIEHOUDER], organisation=riec),
        "essm_update": reporting_round.updates.get(action__title="Actie van ESSM"),
        "riec_update": reporting_round.updates.get(action__title="Actie van RIEC"),
    }


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (roles.BEHEERDER, True),
        (roles.REGIONALE_TAFEL, False),
        (roles.ACTIEHOUDER, False),
        (roles.DATAPARTNER, False),
        (roles.REDACTEUR, False),
    ],
)
def test_round_management_is_for_the_beheerder(client, world, role, allowed):
    client.force_login(UserFactory(roles=[role], organisation=OrganisationFactory(short_name="ESSM")))
    assert client.get(reverse("actionplan_reporting:rounds")).status_code == (200 if allowed else 403)
    # The round's completeness: the board reads it too (see below), the others do not.
    round_page = client.get(reverse("actionplan_reporting:round", args=[world["round"].pk]))
    assert round_page.status_code == (200 if allowed or role == roles.REGIONALE_TAFEL else 403)
    response = client.post(
        reverse("actionplan_reporting:rounds"),
        {"plan": world["plan"].pk, "year": 2025, "deadline": "2025-03-01"},
    )
    assert response.status_code == (302 if allowed else 403)
    assert ReportingRound.objects.filter(year=2025).exists() is allowed


def test_the_completeness_view_shows_counts(client, world):
    client.force_login(world["beheerder"])
    page = client.get(reverse("actionplan_reporting:round", args=[world["round"].pk])).content.decode()
    assert "Volledigheid per opgave" in page and "Volledigheid per organisatie" in page
    assert "Actie van ESSM" in page and "Actie van RIEC" in page


def test_an_owner_submits_through_the_admin_and_the_beheerder_returns_it(client, world):
    client.force_login(world["essm"])
    mine = client.get(reverse("actionplan_reporting:mine")).content.decode()
    assert "Actie van ESSM" in mine and "Actie van RIEC" not in mine
    url = reverse("actionplan_reporting:submit", args=[world["essm_update"].pk])
    refused = client.post(url, {"status": "lopend", "text": "Halverwege."})  # without the action's version
    assert "Het is niet bekend op welke versie deze wijziging is gebaseerd" in refused.content.decode()
    version = client.get(url).context["form"].initial["version"]
    response = client.post(url, {"status": "lopend", "text": "Halverwege.", "version": version})
    assert response.status_code == 302
    assert ProgressNote.objects.get(action=world["essm_update"].action, year=2026).text == "Halverwege."
    client.force_login(world["beheerder"])
    response = client.post(
        reverse("actionplan_reporting:update_review", args=[world["essm_update"].pk]),
        {"decision": "return", "comment": "Welke gemeenten?"},
    )
    assert response.status_code == 302
    assert ActionUpdate.objects.get(pk=world["essm_update"].pk).state == UpdateState.RETURNED
    client.force_login(world["essm"])
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Welke gemeenten?" in home and "Teruggestuurd door de beheerder" in home


def test_another_organisations_update_cannot_be_opened_or_posted(client, world):
    client.force_login(world["essm"])
    url = reverse("actionplan_reporting:submit", args=[world["riec_update"].pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"status": "afgerond", "text": "Nee."}).status_code == 404
    world["riec_update"].refresh_from_db()
    assert world["riec_update"].state == UpdateState.TODO
    assert world["riec_update"].action.status == "lopend"


def test_the_dashboard_panel_shows_what_is_due_and_by_when(client, world):
    client.force_login(world["essm"])
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Wat er van u gevraagd wordt" in home
    assert "Actie van ESSM" in home and "1 maart 2026" in home
    assert "Actie van RIEC" not in home
    client.force_login(world["beheerder"])
    assert "Wat er van u gevraagd wordt" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_action_screen_shows_the_rounds_request_and_saving_submits_the_update(client, world):
    update = world["essm_update"]
    reporting_services.update_submit(
        update=update,
        user=world["essm"],
        status="lopend",
        text="Eerste versie.",
        expected_version=action_version(update.action),
    )
    reporting_services.update_return(update=update, user=world["beheerder"], comment="Welke gemeenten?")
    client.force_login(world["essm"])
    url = reverse("actionplan_my_action_edit", args=[update.action.pk]) + "?jaar=2026"
    page = client.get(url).content.decode()
    assert "De rapportageronde 2026 vraagt de stand van zaken van deze actie, uiterlijk 1 maart 2026." in page
    assert "Welke gemeenten?" in page
    action = update.action
    action.refresh_from_db()
    response = client.post(
        url, {"status": "lopend", "note": "In Rotterdam en Schiedam.", "version": action.version}
    )
    assert response.status_code == 302
    update.refresh_from_db()
    assert (update.state, update.text, update.submission_count) == (
        UpdateState.SUBMITTED,
        "In Rotterdam en Schiedam.",
        2,
    )
    assert ProgressNote.objects.get(action=action, year=2026).text == "In Rotterdam en Schiedam."


def test_form_errors_are_tied_to_their_fields(client, world):
    import re

    client.force_login(world["beheerder"])
    response = client.post(reverse("actionplan_reporting:rounds"), {"plan": world["plan"].pk, "year": ""})
    page = response.content.decode()
    described = re.findall(r'aria-describedby="([^"]+)"', page)
    assert described, "no field points at its error"
    for ids in described:
        for element_id in ids.split():
            assert f'id="{element_id}"' in page, element_id


def test_the_board_reads_the_completeness_and_changes_nothing(client, world):
    reporting_services.update_submit(
        update=world["essm_update"],
        user=world["essm"],
        status="lopend",
        text="Loopt.",
        expected_version=action_version(world["essm_update"].action),
    )
    tafel = UserFactory(roles=[roles.REGIONALE_TAFEL])
    client.force_login(tafel)
    review_page = client.get(reverse("actionplan_review:index")).content.decode()
    round_url = reverse("actionplan_reporting:round", args=[world["round"].pk])
    assert round_url in review_page and "Volledigheid rapportageronde 2026" in review_page

    page = client.get(round_url).content.decode()
    assert "Volledigheid per opgave" in page and "Volledigheid per organisatie" in page
    assert "Actie van ESSM" in page and "Ingediend" in page and "Actie van RIEC" in page
    assert "Accepteren" not in page and "Terugsturen" not in page and "Ronde sluiten" not in page
    assert reverse("actionplan_review:index") in page  # the board's way back, not Rapportagerondes
    assert reverse("actionplan_reporting:rounds") not in page

    review_url = reverse("actionplan_reporting:update_review", args=[world["essm_update"].pk])
    assert client.post(review_url, {"decision": "accept"}).status_code == 403
    close_url = reverse("actionplan_reporting:round_close", args=[world["round"].pk])
    assert client.post(close_url).status_code == 403
    world["essm_update"].refresh_from_db()
    world["round"].refresh_from_db()
    assert world["essm_update"].state == UpdateState.SUBMITTED and not world["round"].closed


def test_an_actiehouder_does_not_see_the_rounds_completeness(client, world):
    client.force_login(world["essm"])
    assert client.get(reverse("actionplan_reporting:round", args=[world["round"].pk])).status_code == 403


def test_a_round_deadline_is_typed_as_a_dutch_date(client, world):
    client.force_login(world["beheerder"])
    page = client.get(reverse("actionplan_reporting:rounds")).content.decode()
    assert "Datum als dd-mm-jjjj" in page
    response = client.post(
        reverse("actionplan_reporting:rounds"),
        {"plan": world["plan"].pk, "year": 2025, "deadline": "01-03-2025"},
    )
    assert response.status_code == 302
    assert ReportingRound.objects.get(year=2025).deadline == datetime.date(2025, 3, 1)


def test_the_dutch_date_is_accepted_and_shown_in_the_english_admin_too():
    from django.utils import translation

    from actionplan.reporting.views import RoundForm

    with translation.override("en"):
        beheerder = UserFactory(roles=[roles.BEHEERDER])
        data = {"plan": PlanFactory().pk, "year": 2025, "deadline": "31-12-2025"}
        form = RoundForm(data=data, user=beheerder)
        assert form.is_valid(), form.errors
        assert form.cleaned_data["deadline"] == datetime.date(2025, 12, 31)
        widget = RoundForm(initial={"deadline": datetime.date(2025, 12, 31)}, user=beheerder)["deadline"]
        assert 'value="31-12-2025"' in str(widget)


def test_postponement_fields_count_only_with_the_status_doorgeschoven(client, world):
    action = world["essm_update"].action
    url = reverse("actionplan_my_action_edit", args=[action.pk]) + "?jaar=2026"
    client.force_login(world["essm"])
    page = client.get(url).content.decode()
    assert 'data-mhm-shows="doorgeschoven"' in page and 'data-mhm-shown-by="status"' in page

    data = {"status": "doorgeschoven", "note": "Later.", "version": action.version, "postponed_to_year": ""}
    response = client.post(url, data)
    assert response.status_code == 200
    assert "Geef aan naar welk jaar of plan de actie is doorgeschoven." in response.content.decode()
    assert 'aria-describedby="id_postponed_to_year_error' in response.content.decode()

    # Another status: a left-over (even invalid) value in the hidden field is ignored, not stored.
    data.update(status="lopend", note="Loopt.", postponed_to_year="1500")
    assert client.post(url, data).status_code == 302
    note = ProgressNote.objects.get(action=action, year=2026)
    assert (note.status, note.postponed_to_year) == ("lopend", None)

    action.refresh_from_db()
    data.update(status="doorgeschoven", note="Naar 2027.", postponed_to_year="2027", version=action.version)
    assert client.post(url, data).status_code == 302
    note.refresh_from_db()
    assert (note.status, note.postponed_to_year) == ("doorgeschoven", 2027)
