"""Enrolling an authenticator app from the account area: QR code, confirm with a code, remove."""

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.factories import UserFactory

from .conftest import login, totp_code

URL = "/admin/tweestapsverificatie/"


def test_account_area_links_to_the_enrolment_page(client, redacteur):
    client.force_login(redacteur)
    html = client.get("/admin/account/").content.decode()
    assert URL in html
    assert "Tweestapsverificatie" in html


def test_enrolment_page_shows_a_qr_code_and_the_key_of_one_pending_device(client, redacteur):
    client.force_login(redacteur)
    response = client.get(URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert 'src="data:image/svg+xml;base64,' in html
    assert 'name="otp_token"' in html
    client.get(URL)
    device = TOTPDevice.objects.get(user=redacteur)
    assert not device.confirmed
    assert "Mensenhandelmonitor" in device.config_url


def test_a_wrong_code_does_not_confirm(client, redacteur):
    client.force_login(redacteur)
    client.get(URL)
    response = client.post(URL, {"action": "confirm", "otp_token": "000000"})
    assert response.status_code == 200
    assert "Deze code klopt niet" in response.content.decode()
    assert not TOTPDevice.objects.get(user=redacteur).confirmed


def test_the_right_code_confirms_verifies_the_session_and_is_asked_at_next_sign_in(client, redacteur):
    client.force_login(redacteur)
    client.get(URL)
    device = TOTPDevice.objects.get(user=redacteur)
    response = client.post(URL, {"action": "confirm", "otp_token": totp_code(device)})
    assert response.status_code == 200
    assert "Uw herstelcodes" in response.content.decode()
    device.refresh_from_db()
    assert device.confirmed
    assert client.session[DEVICE_ID_SESSION_KEY] == device.persistent_id
    assert "staat aan" in client.get(URL).content.decode()

    client.logout()
    assert login(client, "redacteur1").status_code == 200
    assert login(client, "redacteur1", code=totp_code(device, steps_ahead=1)).status_code == 302


def test_confirm_redirects_to_a_local_next_only(client, redacteur):
    client.force_login(redacteur)
    client.get(URL)
    device = TOTPDevice.objects.get(user=redacteur)
    response = client.post(URL, {"otp_token": totp_code(device), "next": "https://evil.example/"})
    assert "evil.example" not in response.content.decode()
    assert 'href="/admin/"' in response.content.decode()


def test_remove_needs_a_valid_code(client, enrolled_beheerder):
    device = enrolled_beheerder.totpdevice_set.get()
    client.force_login(enrolled_beheerder)
    client.post(URL, {"action": "remove", "otp_token": "000000"})
    assert TOTPDevice.objects.filter(user=enrolled_beheerder).exists()
    device.refresh_from_db()
    device.throttle_reset()  # django_otp delays the next try after a failure; skip the wait
    response = client.post(URL, {"action": "remove", "otp_token": totp_code(device)})
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=enrolled_beheerder).exists()


def test_account_without_role_cannot_enrol(client, db):
    user = UserFactory(username="zonderrol")
    client.force_login(user)
    assert client.get(URL).status_code in (302, 403)
    assert not TOTPDevice.objects.filter(user=user).exists()
