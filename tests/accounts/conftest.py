import time

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import roles
from tests.factories import UserFactory

PASSWORD = "wachtwoord-voor-tests"
LOGIN_URL = "/admin/login/"


def totp_code(device: TOTPDevice, *, steps_ahead: int = 0) -> str:
    """The code the user's authenticator app shows (steps_ahead=1: the next one, for a second use)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():0{device.digits}d}"


def login(client, username, password=PASSWORD, code="", ip="10.0.0.1"):
    data = {"username": username, "password": password, "otp_token": code, "next": "/admin/"}
    return client.post(LOGIN_URL, data, REMOTE_ADDR=ip)


@pytest.fixture
def beheerder(db):
    return UserFactory(username="beheerder1", roles=[roles.BEHEERDER])


@pytest.fixture
def redacteur(db):
    return UserFactory(username="redacteur1", roles=[roles.REDACTEUR])


@pytest.fixture
def enrolled_beheerder(beheerder):
    TOTPDevice.objects.create(user=beheerder, name="Authenticator-app", confirmed=True)
    return beheerder
