"""The start screen of every role: what it shows, and a query count that does not grow with the data."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts import roles
from actionplan import services
from actionplan.models import ActionStatus
from actionplan.reporting import services as reporting_services
from cms.models import EditionPage
from monitor import services as figure_services
from monitor.services import observation_write
from tests.cms import conftest as cms_fixtures
from tests.factories import (
    ActionFactory,
    DeliveryFactory,
    MeetingFactory,
    OpgaveFactory,
    OrganisationFactory,
    PartnerFactory,
    PlanFactory,
    UserFactory,
    action_version,
    default_region,
)
from tests.monitor.conftest import make_table

pytestmark = pytest.mark.django_db

site = cms_fixtures.site  # the publication tests' small site, as a fixture here too

HOME = "/admin/"


@pytest.fixture
def world():
    plan = PlanFactory(start_year=2024, end_year=2026, title="Actieplan 2024-2026")
    essm = OrganisationFactory(short_name="ESSM")
    beheerder = UserFactory(roles=[roles.BEHEERDER])
    return {
        "plan": plan,
        "essm": essm,
        "beheerder": beheerder,
        "actiehouder": UserFactory(roles=[roles.ACTIEHOUDER], organisation=essm),
        "datapartner": UserFactory(roles=[roles.DATAPARTNER], organisation=essm),
        "redacteur": UserFactory(roles=[roles.REDACTEUR]),
        "tafel": UserFactory(roles=[roles.REGIONALE_TAFEL]),
    }


def grow(world, n: int) -> None:
    """n more actions of ESSM in a new opgave, each with a stand van zaken written by a person."""
    opgave = OpgaveFactory(plan=world["plan"], number=world["plan"].opgaven.count() + 1)
    for index in range(n):
        action = ActionFactory(opgave=opgave, lead=world["essm"], title=f"Actie {opgave.number}.{index}")
        services.action_update_status(
            action=action,
            user=world["beheerder"],
            status=ActionStatus.RUNNING,
            note="Loopt.",
            year=2025,
            expected_version=action_version(action),
        )


def delivered(partner, year: int = 2026) -> None:
    """One figure in the partner's table for the year: a delivery with it can be handed in."""
    table = make_table(partner=partner, dims={"uitbuitingsvorm": ["seksueel"]})
    observation_write(table=table, year=year, coords={"uitbuitingsvorm": "seksueel"}, value=3, reason="test")


def home(client, user) -> str:
    client.force_login(user)
    response = client.get(HOME)
    assert response.status_code == 200
    return response.content.decode()


def test_actiehouder_sees_what_is_due_what_came_back_and_the_actions_by_status(client, world):
    grow(world, 2)
    reporting_round = reporting_services.round_open(
        plan=world["plan"], year=2026, deadline=datetime.date(2027, 1, 31), user=world["beheerder"]
    )
    update = reporting_round.updates.order_by("pk").first()
    reporting_services.update_submit(
        update=update,
        user=world["actiehouder"],
        status="lopend",
        text="Loopt.",
        expected_version=action_version(update.action),
    )
    reporting_services.update_return(update=update, user=world["beheerder"], comment="Welke gemeenten?")

    page = home(client, world["actiehouder"])
    assert "ESSM moet nog 2 standen van zaken aanleveren" in page
    assert "31 januari 2027" in page
    assert "Teruggestuurd door de beheerder" in page and "Welke gemeenten?" in page
    # One click to the action's own screen, opened at the round's year.
    assert reverse("actionplan_my_action_edit", args=[update.action.pk]) + "?jaar=2026" in page
    assert "Lopend: 2" in page


def test_beheerder_sees_progress_per_opgave_completeness_late_and_deliveries(client, world):
    grow(world, 3)
    reporting_services.round_open(
        plan=world["plan"],
        year=2026,
        deadline=timezone.localdate() - datetime.timedelta(days=1),
        user=world["beheerder"],
    )
    delivery = DeliveryFactory(partner=PartnerFactory(organisation=world["essm"], name="ESSM-bron"))
    delivered(delivery.partner)
    figure_services.delivery_submit(delivery=delivery, user=world["beheerder"])

    page = home(client, world["beheerder"])
    assert "Voortgang Actieplan 2024-2026 per opgave" in page and "Lopend: 3" in page
    assert "gevraagd: <strong>3</strong>" in page and "nog niet binnen: <strong>3</strong>" in page
    assert "3 standen van zaken zijn na de uiterste datum nog niet binnen" in page
    assert "Aanleveringen om te beoordelen" in page
    assert reverse("deliveries:review", args=[delivery.pk]) in page


def test_datapartner_sees_the_return_comment_then_who_validated(client, world):
    partner = PartnerFactory(organisation=world["essm"], name="ESSM-bron")
    delivery = DeliveryFactory(partner=partner, year=2026)
    delivered(partner)
    delivery = figure_services.delivery_submit(delivery=delivery, user=world["datapartner"])
    delivery = figure_services.delivery_reopen(
        delivery=delivery, user=world["beheerder"], reason="Tabel 3 ontbreekt."
    )

    page = home(client, world["datapartner"])
    assert "Cijfers 2026 van ESSM-bron" in page and "open" in page
    assert "Teruggestuurd door de beheerder" in page and "Tabel 3 ontbreekt." in page
    assert "Bevindingen van de controles" in page

    delivery = figure_services.delivery_submit(delivery=delivery, user=world["datapartner"])
    world["beheerder"].first_name, world["beheerder"].last_name = "Bea", "Heer"
    world["beheerder"].save()
    figure_services.delivery_validate(delivery=delivery, user=world["beheerder"])
    page = home(client, world["datapartner"])
    assert "Tabel 3 ontbreekt." not in page
    assert f"Gevalideerd op {timezone.localdate():%-d} " in page and "door Bea Heer" in page


def test_redacteur_sees_the_edition_in_progress_and_its_chapters(client, world, site):
    _home, index = site
    edition = index.add_child(
        instance=EditionPage(
            title="Mensenhandelmonitor 2026",
            slug="2026",
            year=2026,
            live=False,
            body=[("section", {"title": "Aanleiding", "content": []})],
        )
    )
    edition.save_revision()
    page = home(client, world["redacteur"])
    assert "Editie 2026 bewerken" in page
    assert "Concept, nog niet gepubliceerd" in page
    block_id = EditionPage.objects.get(pk=edition.pk).body[0].id
    assert f'href="/admin/pages/{edition.pk}/edit/#block-{block_id}-section">Aanleiding</a>' in page


def test_regionale_tafel_sees_real_changes_since_the_last_meeting_only(client, world):
    opgave = OpgaveFactory(plan=world["plan"], number=1)
    seeded = ActionFactory(opgave=opgave, lead=world["essm"], title="Uit de seed")  # no user: not a change
    seeded.co_owners.add(OrganisationFactory(short_name="RIEC"))
    changed = ActionFactory(opgave=opgave, lead=world["essm"], title="Door iemand bijgewerkt")
    MeetingFactory(plan=world["plan"], date=timezone.localdate() - datetime.timedelta(days=10))
    services.action_update_status(
        action=changed,
        user=world["beheerder"],
        status=ActionStatus.DONE,
        note="Klaar.",
        year=2025,
        expected_version=action_version(changed),
    )
    # A save that changes nothing is no change either.
    services.action_update_status(
        action=changed,
        user=world["beheerder"],
        status=ActionStatus.DONE,
        note="Klaar.",
        year=2025,
        expected_version=action_version(changed),
    )
    MeetingFactory(plan=world["plan"], date=timezone.localdate() + datetime.timedelta(days=20), title="Maart")

    page = home(client, world["tafel"])
    assert "Gewijzigd sinds de vergadering van" in page
    assert "Door iemand bijgewerkt" in page and "Uit de seed" not in page
    count = re.search(r"(\d+) (wijziging|wijzigingen) in 1 actie\.", page)
    assert count and count.group(2) == ("wijziging" if count.group(1) == "1" else "wijzigingen")
    assert "Maart" in page
    assert reverse("actionplan_review:note_add") in page


@pytest.mark.parametrize("role", ["actiehouder", "datapartner", "redacteur", "tafel", "beheerder"])
def test_start_screen_query_count_does_not_grow_with_the_data(client, world, site, role):
    reporting_services.round_open(
        plan=world["plan"], year=2026, deadline=datetime.date(2027, 1, 31), user=world["beheerder"]
    )
    DeliveryFactory(partner=PartnerFactory(organisation=world["essm"]), year=2026)
    grow(world, 2)
    MeetingFactory(plan=world["plan"], date=timezone.localdate() - datetime.timedelta(days=3))
    client.force_login(world[role])
    client.get(HOME)  # warm caches (content types, site)
    with CaptureQueriesContext(connection) as small:
        client.get(HOME)
    grow(world, 12)
    for _index in range(5):
        DeliveryFactory(partner=PartnerFactory(), year=2026, status="aangeleverd")
    with CaptureQueriesContext(connection) as large:
        client.get(HOME)
    assert len(large) == len(small), [q["sql"] for q in large.captured_queries]


def test_datapartner_sees_by_when_to_deliver_or_that_no_deadline_was_set(client, world):
    partner = PartnerFactory(organisation=world["essm"], name="ESSM-bron")
    delivery = figure_services.delivery_open(
        region=default_region(),
        partner=partner,
        year=2026,
        user=world["beheerder"],
        deadline=datetime.date(2027, 3, 1),
    )
    assert delivery.deadline == datetime.date(2027, 3, 1)
    page = home(client, world["datapartner"])
    assert "Inleveren vóór <strong>1 maart 2027</strong>." in page

    delivery.deadline = None
    delivery.save()
    page = home(client, world["datapartner"])
    assert "Inleveren: geen termijn gesteld." in page and "Inleveren vóór" not in page
