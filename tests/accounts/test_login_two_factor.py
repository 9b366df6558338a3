"""The admin login form: a password alone for accounts without a device; a code for those with one."""

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from .conftest import LOGIN_URL, login, totp_code


def test_login_page_has_the_optional_code_field(client, db):
    response = client.get(LOGIN_URL)
    html = response.content.decode()
    assert 'name="otp_token"' in html
    assert "Verificatiecode" in html
    assert "Wachtwoord" in html
    assert 'autocomplete="one-time-code"' in html


def test_account_without_device_signs_in_with_password_only(client, redacteur):
    response = login(client, "redacteur1")
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
    assert DEVICE_ID_SESSION_KEY not in client.session


def test_unconfirmed_device_does_not_ask_for_a_code(client, redacteur):
    TOTPDevice.objects.create(user=redacteur, name="half", confirmed=False)
    assert login(client, "redacteur1").status_code == 302


def test_account_with_device_is_refused_without_a_code(client, enrolled_beheerder):
    response = login(client, "beheerder1")
    assert response.status_code == 200
    assert "verificatiecode klopt niet" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_account_with_device_is_refused_with_a_wrong_code(client, enrolled_beheerder):
    device = enrolled_beheerder.totpdevice_set.get()
    wrong = f"{(int(totp_code(device)) + 1) % 1_000_000:06d}"
    response = login(client, "beheerder1", code=wrong)
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_wrong_password_with_right_code_is_refused(client, enrolled_beheerder):
    device = enrolled_beheerder.totpdevice_set.get()
    response = login(client, "beheerder1", password="fout-wachtwoord-123", code=totp_code(device))
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_account_with_device_signs_in_with_code_and_session_is_verified(client, enrolled_beheerder):
    device = enrolled_beheerder.totpdevice_set.get()
    response = login(client, "beheerder1", code=totp_code(device))
    assert response.status_code == 302
    assert client.session[DEVICE_ID_SESSION_KEY] == device.persistent_id
    home = client.get("/admin/")
    assert home.status_code == 200
    assert home.wsgi_request.user.is_verified()


def test_a_code_cannot_be_used_twice(client, enrolled_beheerder):
    device = enrolled_beheerder.totpdevice_set.get()
    code = totp_code(device)
    assert login(client, "beheerder1", code=code).status_code == 302
    client.logout()
    assert login(client, "beheerder1", code=code).status_code == 200


def test_code_with_spaces_is_accepted(client, enrolled_beheerder):
    device = enrolled_beheerder.totpdevice_set.get()
    code = totp_code(device)
    assert login(client, "beheerder1", code=f"{code[:3]} {code[3:]}").status_code == 302
