"""Two-factor recovery in a real browser: enrol the app, keep the backup codes shown once, lose the
phone, sign in with a backup code."""

import os

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from accounts import roles
from tests.accounts.conftest import PASSWORD, totp_code
from tests.browser.admin import ensure_roles
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def _sign_in(page, base, code=""):
    page.goto(base + "/admin/login/")
    page.fill("input[name=username]", "redacteur-2fa")
    page.fill("input[name=password]", PASSWORD)
    if code:
        page.fill("input[name=otp_token]", code)
    page.locator("button[type=submit]").click()


def test_backup_code_signs_in_after_the_phone_is_lost(live_server, page, tmp_path):
    ensure_roles()
    UserFactory(username="redacteur-2fa", roles=[roles.REDACTEUR])
    _sign_in(page, live_server.url)
    page.goto(live_server.url + "/admin/tweestapsverificatie/")
    device = TOTPDevice.objects.get(user__username="redacteur-2fa")
    page.get_by_label("Verificatiecode").fill(totp_code(device))
    page.get_by_role("button", name="Bevestigen").click()

    expect(page.get_by_role("heading", name="Uw herstelcodes")).to_be_visible()
    codes = page.locator("ul.backup-codes code").all_inner_texts()
    assert len(codes) == 10
    page.screenshot(path=os.environ.get("SCREENSHOT_2FA", str(tmp_path / "codes.png")), full_page=True)
    page.get_by_role("link", name="Ik heb de codes bewaard, verder").click()
    page.wait_for_url(live_server.url + "/admin/")
    page.goto(live_server.url + "/admin/tweestapsverificatie/")
    expect(page.get_by_text("U heeft nog 10 ongebruikte herstelcodes.")).to_be_visible()
    assert not any(page.get_by_text(code).count() for code in codes)  # shown once

    page.context.clear_cookies()
    _sign_in(page, live_server.url, code=codes[3].upper())
    page.wait_for_url(live_server.url + "/admin/")
    page.context.clear_cookies()
    _sign_in(page, live_server.url, code=codes[3])
    expect(page.get_by_text("klopt niet")).to_be_visible()
