"""2FA recovery: backup codes shown once at enrolment and usable once; a locked username cannot lock
its owner out for good (another address, or the second factor, still signs in)."""

import re

import pytest
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import roles
from tests.accounts.conftest import login, totp_code
from tests.factories import UserFactory

URL = "/admin/tweestapsverificatie/"
LOCKED = "Te veel mislukte aanmeldpogingen"
WRONG = "klopt niet"


@pytest.fixture
def user(db):
    return UserFactory(username="beheerder1", roles=[roles.BEHEERDER])


def _enrol(client, user) -> tuple[TOTPDevice, list[str]]:
    client.force_login(user)
    client.get(URL)
    device = TOTPDevice.objects.get(user=user)
    response = client.post(URL, {"action": "confirm", "otp_token": totp_code(device)})
    codes = re.findall(r"<code>([a-z2-7]{4}-[a-z2-7]{4})</code>", response.content.decode())
    client.logout()
    device.refresh_from_db()
    return device, codes


def _skip_device_delay(user):
    """django-otp delays the next try of a device after a failure; tests do not wait."""
    for device in StaticDevice.objects.filter(user=user):
        device.throttle_reset()


def _fail_from(client, username, addresses):
    for ip in addresses:
        response = login(client, username, password="fout-wachtwoord-123", ip=ip)
        assert "_auth_user_id" not in client.session
    return response


def test_enrolment_shows_ten_backup_codes_once(client, user):
    device, codes = _enrol(client, user)
    assert device.confirmed
    assert len(codes) == len(set(codes)) == 10
    client.force_login(user)
    page = client.get(URL).content.decode()
    assert "10 ongebruikte herstelcodes" in page
    assert not any(code in page for code in codes)


def test_a_backup_code_signs_in_once_at_the_code_step(client, user):
    _device, codes = _enrol(client, user)
    assert login(client, "beheerder1", code=codes[0].upper()).status_code == 302
    assert client.session["otp_device_id"].startswith("otp_static")
    client.logout()
    response = login(client, "beheerder1", code=codes[0], ip="10.0.0.2")
    assert response.status_code == 200 and WRONG in response.content.decode()
    _skip_device_delay(user)
    assert login(client, "beheerder1", code=codes[1].replace("-", ""), ip="10.0.0.3").status_code == 302
    assert StaticToken.objects.filter(device__user=user).count() == 8


def test_a_backup_code_is_not_a_code_without_a_password(client, user):
    _device, codes = _enrol(client, user)
    response = login(client, "beheerder1", password="fout-wachtwoord-123", code=codes[0])
    assert response.status_code == 200
    assert StaticToken.objects.filter(device__user=user).count() == 10


def test_app_codes_do_not_wear_out_the_backup_codes(client, user):
    device, codes = _enrol(client, user)
    for step in range(1, 6):
        assert login(client, "beheerder1", code=totp_code(device, steps_ahead=step)).status_code == 302
        client.logout()
    assert login(client, "beheerder1", code=codes[0]).status_code == 302


def test_new_backup_codes_need_an_app_code_and_replace_the_old(client, user):
    device, old = _enrol(client, user)
    client.force_login(user)
    response = client.post(URL, {"action": "codes", "codes-otp_token": old[0]})
    assert "Gebruik een code uit uw authenticator-app" in response.content.decode()
    response = client.post(URL, {"action": "codes", "codes-otp_token": totp_code(device, steps_ahead=1)})
    new = re.findall(r"<code>([a-z2-7]{4}-[a-z2-7]{4})</code>", response.content.decode())
    assert len(new) == 10 and not set(new) & set(old)
    client.logout()
    assert login(client, "beheerder1", code=old[1]).status_code == 200
    _skip_device_delay(user)
    assert login(client, "beheerder1", code=new[0], ip="10.0.0.9").status_code == 302


def test_removing_two_factor_removes_the_backup_codes(client, user):
    device, _codes = _enrol(client, user)
    client.force_login(user)
    client.post(URL, {"action": "remove", "otp_token": totp_code(device, steps_ahead=1)})
    assert not StaticToken.objects.filter(device__user=user).exists()


def test_a_locked_username_still_signs_in_from_an_address_that_did_not_fail(client, db):
    UserFactory(username="redacteur1", roles=[roles.REDACTEUR])
    response = _fail_from(client, "redacteur1", [f"192.0.2.{n}" for n in range(1, 6)])
    # The attacker's addresses are refused, with the right password too.
    assert LOCKED in login(client, "redacteur1", ip="192.0.2.3").content.decode()
    assert LOCKED in response.content.decode() or WRONG in response.content.decode()
    # The owner, elsewhere, signs in.
    assert login(client, "redacteur1", ip="198.51.100.20").status_code == 302
    client.logout()
    # One more failure from a fresh address is refused from then on: one try per address.
    _fail_from(client, "redacteur1", ["192.0.2.77"])
    assert LOCKED in login(client, "redacteur1", ip="192.0.2.77").content.decode()


@pytest.mark.parametrize("kind", ["app", "backup"])
def test_the_second_factor_lifts_the_lock_of_a_username(client, user, kind):
    device, codes = _enrol(client, user)
    _fail_from(client, "beheerder1", [f"192.0.2.{n}" for n in range(1, 6)])
    device.refresh_from_db()
    device.throttle_reset()
    # From an address that failed: the right password alone, or with a wrong code, is refused as
    # a wrong password is (nothing told about the password).
    assert LOCKED in login(client, "beheerder1", ip="192.0.2.1").content.decode()
    assert LOCKED in login(client, "beheerder1", code="123456", ip="192.0.2.1").content.decode()
    device.throttle_reset()
    code = totp_code(device, steps_ahead=1) if kind == "app" else codes[0]
    assert login(client, "beheerder1", code=code, ip="192.0.2.2").status_code == 302
    client.logout()
    # The lock is gone: a failing address gets the ordinary answer again.
    response = login(client, "beheerder1", password="fout-wachtwoord-123", ip="192.0.2.4")
    assert WRONG in response.content.decode() and LOCKED not in response.content.decode()


def test_an_address_lock_is_not_lifted_by_the_second_factor(client, user):
    device, _codes = _enrol(client, user)
    for number in range(5):
        login(client, f"gok{number}", password="x", ip="203.0.113.5")
    device.throttle_reset()
    assert LOCKED in login(client, "beheerder1", code=totp_code(device), ip="203.0.113.5").content.decode()
