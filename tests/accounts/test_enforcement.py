"""ACCOUNTS_REQUIRE_2FA_FOR (production: beheerder): enrolment first, then only with a code."""

import pytest
from django.test import override_settings
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import policy
from tests.factories import UserFactory

from .conftest import login, totp_code

URL = "/admin/tweestapsverificatie/"
required = override_settings(ACCOUNTS_REQUIRE_2FA_FOR=["beheerder"])


def test_development_lets_a_beheerder_in_without_a_device(client, beheerder):
    assert login(client, "beheerder1").status_code == 302
    assert client.get("/admin/").status_code == 200


@required
def test_beheerder_without_device_only_reaches_the_enrolment_page(client, beheerder):
    assert login(client, "beheerder1").status_code == 302
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response.url.startswith(URL + "?next=")
    enrol = client.get(URL)
    assert enrol.status_code == 200
    assert "verplicht" in enrol.content.decode()
    # what the enrolment page itself loads is not redirected
    assert client.get("/admin/sprite/").status_code == 200
    assert client.get("/admin/jsi18n/").status_code == 200


@required
def test_beheerder_after_enrolment_works_in_the_admin(client, beheerder):
    login(client, "beheerder1")
    client.get(URL)
    device = TOTPDevice.objects.get(user=beheerder)
    response = client.post(URL, {"otp_token": totp_code(device), "next": "/admin/pages/"})
    assert 'href="/admin/pages/"' in response.content.decode()  # past the backup codes
    assert client.get("/admin/pages/").status_code == 200


@required
def test_unverified_session_of_an_enrolled_beheerder_is_signed_out(client, enrolled_beheerder):
    client.force_login(enrolled_beheerder)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.url == "/admin/login/"
    assert "_auth_user_id" not in client.session


@required
def test_enrolled_beheerder_signs_in_with_code(client, enrolled_beheerder):
    device = enrolled_beheerder.totpdevice_set.get()
    login(client, "beheerder1", code=totp_code(device))
    assert client.get("/admin/").status_code == 200


@required
def test_other_roles_may_but_need_not_enrol(client, redacteur):
    login(client, "redacteur1")
    assert client.get("/admin/").status_code == 200
    assert client.get(URL).status_code == 200


@pytest.mark.parametrize(
    ("kwargs", "may", "must"),
    [
        ({"roles": ["beheerder"]}, True, True),
        ({"is_superuser": True}, True, True),
        ({"roles": ["actiehouder"]}, True, False),
        ({"roles": ["datapartner"]}, True, False),
        ({"roles": ["redacteur"]}, True, False),
        ({"roles": ["regionale tafel"]}, True, False),
        ({}, False, False),
    ],
)
@required
def test_policy_per_role(db, kwargs, may, must):
    user = UserFactory(**kwargs)
    assert policy.can_use_2fa(user) is may
    assert policy.requires_2fa(user) is must
    assert policy.must_enrol(user) is must


def test_policy_requires_nothing_without_the_setting(db):
    assert not policy.requires_2fa(UserFactory(roles=["beheerder"]))
