"""Forms and lists in a real browser (issue 11): the postponement fields follow the status, the board
records advice at a new meeting through Wagtail's date picker (dd-mm-jjjj), reads a round's
completeness without buttons, and the datapartner sees by when to deliver.

A small world from the factories, not the whole seed: each test is about one screen.
"""

import datetime
import re

import pytest
from playwright.sync_api import expect

from accounts import roles
from actionplan.reporting import services as reporting_services
from actionplan.review.models import Meeting, ReviewNote
from monitor import services as figure_services
from tests.browser.admin import check_screen, ensure_roles, screenshot, sign_in
from tests.factories import (
    ActionFactory,
    OpgaveFactory,
    OrganisationFactory,
    PartnerFactory,
    PlanFactory,
    UserFactory,
    action_version,
    default_region,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "wachtwoord-voor-tests"  # UserFactory's


@pytest.fixture
def world(live_server):
    ensure_roles()
    plan = PlanFactory(start_year=2024, end_year=2026, title="Actieplan 2024-2026")
    opgave = OpgaveFactory(plan=plan, number=1, short_title="Zicht op mensenhandel")
    essm = OrganisationFactory(short_name="ESSM", name="Expertisecentrum")
    action = ActionFactory(opgave=opgave, lead=essm, title="Pilot noodbed")
    beheerder = UserFactory(roles=[roles.BEHEERDER])
    reporting_round = reporting_services.round_open(
        plan=plan, year=2026, deadline=datetime.date(2027, 1, 31), user=beheerder
    )
    return {
        "url": live_server.url,
        "plan": plan,
        "action": action,
        "essm": essm,
        "beheerder": beheerder,
        "round": reporting_round,
        "actiehouder": UserFactory(roles=[roles.ACTIEHOUDER], organisation=essm),
        "tafel": UserFactory(roles=[roles.REGIONALE_TAFEL]),
        "datapartner": UserFactory(roles=[roles.DATAPARTNER], organisation=essm),
    }


def test_postponement_fields_show_only_with_the_status_doorgeschoven(world, page):
    sign_in(page, world["url"], world["actiehouder"].username, PASSWORD)
    page.goto(f"{world['url']}/admin/mijn-acties/{world['action'].pk}/?jaar=2026")
    year, plan = page.get_by_label("Doorgeschoven naar jaar"), page.get_by_label("Doorgeschoven naar plan")
    expect(year).to_be_hidden()
    expect(plan).to_be_hidden()

    page.get_by_label("Status").select_option(label="Doorgeschoven")
    expect(year).to_be_visible()
    expect(plan).to_be_visible()
    check_screen(page)
    screenshot(page, "h11f-doorgeschoven")

    page.get_by_label("Status").select_option(label="Lopend")
    expect(year).to_be_hidden()

    # Doorgeschoven without saying to when: the error shows at the visible field.
    page.get_by_label("Status").select_option(label="Doorgeschoven")
    page.locator("textarea[name=note]").fill("Volgend jaar.")
    page.get_by_role("button", name="Stand van zaken 2026 opslaan").click()
    expect(page.get_by_text("Geef aan naar welk jaar of plan de actie is doorgeschoven.")).to_be_visible()
    expect(page.get_by_label("Doorgeschoven naar jaar")).to_be_visible()
    check_screen(page)


def test_the_board_records_advice_at_a_new_meeting_picked_in_the_date_picker(world, page):
    planned = Meeting.objects.create(plan=world["plan"], date=datetime.date(2027, 2, 12))
    sign_in(page, world["url"], world["tafel"].username, PASSWORD)
    page.get_by_role("link", name="Regionale Tafel").first.click()
    page.get_by_role("link", name="Advies of besluit vastleggen").first.click()
    meeting = page.get_by_label("Vergadering", exact=True)
    expect(meeting).to_have_value(str(planned.pk))  # the coming meeting, chosen for the board
    date = page.get_by_label("Datum nieuwe vergadering")
    expect(date).to_be_hidden()
    meeting.select_option(label="Nieuwe vergadering (hieronder)")
    expect(date).to_be_visible()
    expect(page.get_by_text("Datum als dd-mm-jjjj").first).to_be_visible()

    date.click()
    picker = page.locator(".xdsoft_datetimepicker:visible")
    picker.locator(".xdsoft_date:not(.xdsoft_other_month)", has_text=re.compile(r"^15$")).first.click()
    expect(date).to_have_value(re.compile(r"^15-\d\d-\d{4}$"))  # what the form accepts
    picked = datetime.datetime.strptime(date.input_value(), "%d-%m-%Y").date()
    page.keyboard.press("Escape")
    page.get_by_label("Titel nieuwe vergadering").fill("Extra vergadering")
    page.get_by_label("Opgave").select_option(index=1)
    page.get_by_label("Advies of besluit").fill("Meer aandacht voor opvang.")
    check_screen(page)
    screenshot(page, "h11f-advies-nieuwe-vergadering")
    page.get_by_role("button", name="Opslaan").click()

    expect(page.get_by_text("Advies of besluit vastgelegd.")).to_be_visible()
    new = Meeting.objects.exclude(pk=planned.pk).get()
    assert (new.date, new.title) == (picked, "Extra vergadering")
    assert ReviewNote.objects.get().meeting == new


def test_the_board_reads_the_rounds_completeness_without_buttons(world, page):
    update = world["round"].updates.get()
    reporting_services.update_submit(
        update=update,
        user=world["actiehouder"],
        status="lopend",
        text="Loopt.",
        expected_version=action_version(update.action),
    )
    sign_in(page, world["url"], world["tafel"].username, PASSWORD)
    page.get_by_role("link", name="Regionale Tafel").first.click()
    page.get_by_role("link", name="Volledigheid rapportageronde 2026").click()
    expect(page.get_by_role("table", name="Volledigheid per organisatie")).to_be_visible()
    expect(page.get_by_role("cell", name="Pilot noodbed")).to_be_visible()
    assert page.get_by_role("button", name="Accepteren").count() == 0
    assert page.get_by_role("button", name="Ronde sluiten").count() == 0
    check_screen(page)
    screenshot(page, "h11f-tafel-volledigheid")


def test_the_datapartner_sees_by_when_to_deliver(world, page):
    partner = PartnerFactory(organisation=world["essm"], name="ESSM-meldpunt")
    figure_services.delivery_open(
        region=default_region(),
        partner=partner,
        year=2026,
        user=world["beheerder"],
        deadline=datetime.date(2027, 3, 1),
    )
    sign_in(page, world["url"], world["datapartner"].username, PASSWORD)
    expect(page.get_by_text("Inleveren vóór 1 maart 2027.")).to_be_visible()
    check_screen(page)
    screenshot(page, "h11f-datapartner-termijn")
