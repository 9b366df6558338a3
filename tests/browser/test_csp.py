"""In a real browser with the production Content-Security-Policy: enrolment and the admin work, and
neither the admin (page editor and preview included) nor the public pages report a CSP violation."""

import pytest
from django.core.management import call_command
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import roles
from cms.models import HomePage
from tests.accounts.conftest import PASSWORD, totp_code
from tests.browser.conftest import close_and_wait_for_server
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# The beheerder's own screens (before issue 14 "Mijn acties" was here, passing through Wagtail's
# redirect of a refusal to the dashboard; a refusal is a 403 page now).
ADMIN_PAGES = [
    "/admin/",
    "/admin/pages/",
    "/admin/users/",
    "/admin/account/",
    "/admin/actieplan/acties/",
    "/admin/cijfers/aanleveringen/",
]
PUBLIC_PAGES = ["/", "/monitor/", "/monitor/2025/", "/api/v1/docs/"]


@pytest.fixture
def page(browser, settings):
    """A page with the production Content-Security-Policy on, collecting the violations it reports."""
    settings.CSP_ENABLED = True
    settings.ACCOUNTS_REQUIRE_2FA_FOR = [roles.BEHEERDER]
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    page = context.new_page()
    page.csp_errors = []
    page.on("console", lambda m: "Content Security Policy" in m.text and page.csp_errors.append(m.text))
    yield page
    close_and_wait_for_server(context)


def _visit(page, url):
    response = page.goto(url)
    page.wait_for_load_state("networkidle")
    return response


def test_beheerder_enrols_and_nothing_breaks_the_policy(live_server, page):
    call_command("seed_rotterdam_2025", "--no-demo-accounts", verbosity=0)
    user = UserFactory(username="beheerder-b", roles=[roles.BEHEERDER], is_superuser=True)
    _visit(page, live_server.url + "/admin/login/")
    page.fill("#id_username", "beheerder-b")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state("networkidle")
    assert "/admin/tweestapsverificatie/" in page.url
    assert page.locator("img[src^='data:image/svg+xml']").is_visible()

    page.fill("#id_otp_token", totp_code(TOTPDevice.objects.get(user=user)))
    page.click("button:has-text('Bevestigen')")
    page.wait_for_load_state("networkidle")
    assert "Uw herstelcodes" in page.content()  # the backup codes, shown once
    page.click("a:has-text('Ik heb de codes bewaard, verder')")
    page.wait_for_load_state("networkidle")
    assert page.url == live_server.url + "/admin/"
    _visit(page, live_server.url + "/admin/tweestapsverificatie/")
    assert "Tweestapsverificatie staat aan" in page.content()

    for path in ADMIN_PAGES:
        assert _visit(page, live_server.url + path).status == 200, path
    _visit(page, live_server.url + "/admin/pages/")
    # The English start page opens in wagtail-localize's translation editor (its own screen, also
    # under the policy); the Dutch one in Wagtail's page editor with its preview panel.
    english = HomePage.objects.get(locale__language_code="en")
    _visit(page, f"{live_server.url}/admin/pages/{english.pk}/edit/")
    assert page.locator("text=Woordenlijst").first.is_visible()
    dutch = HomePage.objects.get(locale__language_code="nl")
    _visit(page, f"{live_server.url}/admin/pages/{dutch.pk}/edit/")
    page.locator("button[data-side-panel-toggle='preview']").first.click()
    page.wait_for_selector("iframe[src*='preview']", state="attached")
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(1000)

    for path in PUBLIC_PAGES:
        assert _visit(page, live_server.url + path).status == 200, path
    assert page.csp_errors == [], "\n".join(page.csp_errors)
