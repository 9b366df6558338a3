"""Each role's main job from its start screen, in a real browser, counting the clicks.

Every screen visited is checked with axe (no serious or critical violation) and for English words.
Screenshots at 1280 px go to MHM_SCREENSHOT_DIR (default /tmp); with MHM_GUIDE_SCREENSHOTS=1 the
start screens also go to the role guides (assets/img/handleiding/).
"""

import datetime

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from actionplan.models import Plan
from actionplan.reporting import selectors as reporting_selectors
from actionplan.reporting import services as reporting_services
from actionplan.reporting.models import ActionUpdate, UpdateState
from actionplan.review.models import Meeting, ReviewNote
from monitor import services as figure_services
from monitor.models import Partner
from tests.browser.admin import check_screen, demo_passwords, ensure_roles, screenshot, sign_in
from tests.factories import action_version, default_region

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def workbench(seeded_site):
    """The seeded 2025 edition with a 2026 reporting round (one update returned), a meeting coming
    up and ESSM's 2026 delivery open."""
    ensure_roles()
    passwords = demo_passwords()
    users = get_user_model().objects.in_bulk(field_name="username")
    beheerder, essm = users["beheerder"], users["actiehouder-essm"]
    plan = Plan.objects.filter(is_closed=False).order_by("-start_year").first()
    reporting_round = reporting_services.round_open(
        plan=plan, year=2026, deadline=datetime.date(2027, 1, 31), user=beheerder
    )
    returned = reporting_selectors.updates_due_for(essm).first()
    reporting_services.update_submit(
        update=returned,
        user=essm,
        status="lopend",
        text="Loopt.",
        expected_version=action_version(returned.action),
    )
    reporting_services.update_return(update=returned, user=beheerder, comment="Welke gemeenten doen mee?")
    Meeting.objects.create(plan=plan, date=datetime.date(2027, 2, 12), title="Regionale Tafel februari")
    partner = Partner.objects.get(organisation__short_name="ESSM")
    figure_services.delivery_open(region=default_region(), partner=partner, year=2026, user=beheerder)
    return {"url": seeded_site, "passwords": passwords, "round": reporting_round, "returned": returned}


def _start(page, workbench, username: str, name: str):
    sign_in(page, workbench["url"], username, workbench["passwords"][username])
    check_screen(page)
    screenshot(page, f"{name}-start", guide=True)


def test_actiehouder_updates_a_due_action_in_three_clicks(workbench, page):
    _start(page, workbench, "actiehouder-essm", "actiehouder")
    expect(page.get_by_text("Welke gemeenten doen mee?")).to_be_visible()
    title = workbench["returned"].action.title
    clicks = 0

    page.locator("#actiehouder-start-section table").get_by_role("link", name=title).click()
    clicks += 1
    expect(page.get_by_text("De rapportageronde 2026 vraagt de stand van zaken")).to_be_visible()
    check_screen(page)
    screenshot(page, "actiehouder-actie", guide=True)

    page.get_by_label("Status").select_option(label="Lopend")
    clicks += 1
    page.get_by_label("Stand van zaken").fill("In Rotterdam, Schiedam en Vlaardingen.")
    page.get_by_role("button", name="Stand van zaken 2026 opslaan").click()
    clicks += 1
    expect(page.get_by_text("De stand van zaken 2026 van")).to_be_visible()
    expect(page.locator(".messages li.success")).to_be_focused()  # the focus moves to the message
    check_screen(page)
    assert clicks <= 3

    update = ActionUpdate.objects.get(pk=workbench["returned"].pk)
    assert (update.state, update.text) == (UpdateState.SUBMITTED, "In Rotterdam, Schiedam en Vlaardingen.")


def test_redacteur_opens_a_chapter_of_the_edition_in_two_clicks(workbench, page):
    _start(page, workbench, "redacteur", "redacteur")
    clicks = 0
    panel = page.locator("#edition-in-progress-section")
    panel.get_by_role("link", name="3. Regionale cijfers van het ESSM").click()
    clicks += 1
    # The whole edition's editor is a large page: wait for its document, not for every resource.
    page.wait_for_url("**/admin/pages/*/edit/#block-*-section", wait_until="domcontentloaded", timeout=60000)
    block = page.url.split("#", 1)[1]
    expect(page.locator(f"[id='{block}']")).to_be_visible(timeout=30000)
    expect(page.locator(f"[id='{block}']")).to_be_in_viewport(timeout=15000)
    assert clicks <= 2
    # Leave the editor, whose editing-session pings would still hold the database when it is flushed.
    page.goto("about:blank")
    page.wait_for_timeout(500)


def test_regionale_tafel_sees_the_changes_and_records_advice(workbench, page):
    _start(page, workbench, "regionale-tafel", "regionale-tafel")
    expect(page.get_by_text("Volgende vergadering")).to_be_visible()
    expect(page.get_by_text("Regionale Tafel februari")).to_be_visible()
    # The update the actiehouder submitted is a change; the seed's rows are not.
    expect(page.locator("#regionale-tafel-start-section").get_by_text("Loopt.")).to_be_visible()
    assert page.locator("#regionale-tafel-start-section").get_by_text("mede-eigenaars").count() == 0
    clicks = 0

    page.get_by_role("link", name="Advies of besluit vastleggen").click()
    clicks += 1
    check_screen(page)
    meeting = page.get_by_label("Vergadering", exact=True)
    meeting.select_option(value=str(Meeting.objects.get(title="Regionale Tafel februari").pk))
    page.get_by_label("Opgave").select_option(index=1)
    clicks += 2
    page.get_by_label("Advies of besluit").fill("De Tafel adviseert de pilot voort te zetten.")
    page.get_by_role("button", name="Opslaan").click()
    clicks += 1
    assert clicks <= 5
    assert ReviewNote.objects.filter(text="De Tafel adviseert de pilot voort te zetten.").exists()


@pytest.mark.parametrize(
    ("username", "name"), [("datapartner-essm", "datapartner"), ("beheerder", "beheerder")]
)
def test_the_other_start_screens_are_accessible_and_dutch(workbench, page, username, name):
    _start(page, workbench, username, name)
    if name == "beheerder":
        expect(
            page.get_by_text("Voortgang Regionaal Actieplan Mensenhandel 2024-2026 per opgave")
        ).to_be_visible()
    else:
        expect(page.get_by_role("link", name="Cijfers invullen en aanleveren")).to_be_visible()


def test_the_role_guide_is_reached_from_the_help_menu(workbench, page):
    sign_in(page, workbench["url"], "actiehouder-essm", workbench["passwords"]["actiehouder-essm"])
    page.get_by_role("button", name="Hulp").click()
    page.get_by_role("link", name="Handleiding actiehouder").click()
    expect(page.get_by_role("heading", name="Een gevraagde stand van zaken aanleveren")).to_be_visible()
    check_screen(page)
