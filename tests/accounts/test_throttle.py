"""Login throttling: 5 failures per username or per address in 15 minutes lock out for 15 minutes."""

import datetime as dt

import time_machine
from django.test import override_settings
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.factories import UserFactory

from .conftest import login, totp_code

LOCKED = "Te veel mislukte aanmeldpogingen"


def _fail(client, username, times, ip="10.0.0.1"):
    for _ in range(times):
        response = login(client, username, password="fout-wachtwoord-123", ip=ip)
        assert response.status_code == 200
        assert LOCKED not in response.content.decode()


def _fail_from_addresses(client, username, addresses):
    for ip in addresses:
        login(client, username, password="fout-wachtwoord-123", ip=ip)


def test_five_failures_lock_the_username_even_with_the_right_password(client, redacteur):
    # One failure from each of five addresses: no address is locked, the username is.
    _fail_from_addresses(client, "redacteur1", [f"10.0.0.{n}" for n in range(1, 6)])
    response = login(client, "redacteur1", ip="10.0.0.2")
    assert response.status_code == 200
    assert (
        "Te veel mislukte aanmeldpogingen. Probeer het over 15 minuten opnieuw." in response.content.decode()
    )
    assert "_auth_user_id" not in client.session


def test_lock_is_per_username_case_insensitive(client, redacteur):
    _fail_from_addresses(client, "Redacteur1", [f"10.0.3.{n}" for n in range(1, 6)])
    assert LOCKED in login(client, "redacteur1", ip="10.0.3.4").content.decode()


def test_other_usernames_from_other_addresses_are_not_locked(client, redacteur):
    UserFactory(username="ander")
    _fail(client, "redacteur1", 5)
    assert login(client, "ander", ip="10.0.0.9").status_code == 302


def test_five_failures_from_one_address_lock_that_address(client, redacteur):
    for number in range(5):
        login(client, f"gok{number}", password="fout-wachtwoord-123", ip="192.0.2.7")
    assert LOCKED in login(client, "redacteur1", ip="192.0.2.7").content.decode()
    assert login(client, "redacteur1", ip="192.0.2.8").status_code == 302


def test_lock_ends_after_fifteen_minutes(client, redacteur):
    start = dt.datetime(2026, 11, 27, 12, 0, tzinfo=dt.UTC)
    with time_machine.travel(start, tick=False):
        _fail(client, "redacteur1", 5)
    with time_machine.travel(start + dt.timedelta(minutes=14), tick=False):
        assert LOCKED in login(client, "redacteur1").content.decode()
    with time_machine.travel(start + dt.timedelta(minutes=16), tick=False):
        assert login(client, "redacteur1").status_code == 302


def test_failures_outside_the_window_do_not_add_up(client, redacteur):
    start = dt.datetime(2026, 11, 27, 12, 0, tzinfo=dt.UTC)
    with time_machine.travel(start, tick=False):
        _fail(client, "redacteur1", 4)
    with time_machine.travel(start + dt.timedelta(minutes=16), tick=False):
        _fail(client, "redacteur1", 4)
        assert login(client, "redacteur1").status_code == 302


def test_success_resets_the_username_count(client, redacteur):
    _fail(client, "redacteur1", 4, ip="10.0.1.1")
    assert login(client, "redacteur1", ip="10.0.1.2").status_code == 302
    client.logout()
    _fail(client, "redacteur1", 4, ip="10.0.1.3")
    assert login(client, "redacteur1", ip="10.0.1.4").status_code == 302


def test_wrong_codes_count_as_failures(client, enrolled_beheerder):
    for _ in range(5):
        login(client, "beheerder1", code="000000", ip="10.0.2.1")
    device = TOTPDevice.objects.get(user=enrolled_beheerder)
    device.throttle_reset()
    response = login(client, "beheerder1", code=totp_code(device), ip="10.0.2.1")
    assert LOCKED in response.content.decode()


@override_settings(ACCOUNTS_CLIENT_IP_HEADER="HTTP_X_REAL_IP")
def test_address_from_the_proxy_header(client, redacteur):
    for number in range(5):
        client.post(
            "/admin/login/",
            {"username": f"gok{number}", "password": "x"},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_REAL_IP="198.51.100.4",
        )
    response = client.post(
        "/admin/login/",
        {"username": "redacteur1", "password": "wachtwoord-voor-tests"},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_REAL_IP="198.51.100.5",
    )
    assert response.status_code == 302


@override_settings(ACCOUNTS_CLIENT_IP_HEADER="HTTP_X_FORWARDED_FOR")
def test_rightmost_forwarded_address_counts_not_what_the_client_claims(client, redacteur):
    for number in range(5):
        client.post(
            "/admin/login/",
            {"username": f"gok{number}", "password": "x"},
            HTTP_X_FORWARDED_FOR=f"203.0.113.{number}, 198.51.100.9",
        )
    response = client.post(
        "/admin/login/",
        {"username": "redacteur1", "password": "wachtwoord-voor-tests"},
        HTTP_X_FORWARDED_FOR="203.0.113.99, 198.51.100.9",
    )
    assert LOCKED in response.content.decode()
