"""Passwords: repeated or sequential characters, common passwords and passwords like the user's own
details are refused, in Dutch, by every form that sets one (the rules of AUTH_PASSWORD_VALIDATORS)."""

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from wagtail.users.forms import UserCreationForm

from accounts import roles
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

REPEATED = "Dit wachtwoord bevat te veel herhaalde tekens"
SEQUENCE = "Dit wachtwoord bevat een reeks opeenvolgende tekens"
FEW = "Dit wachtwoord bestaat uit te weinig verschillende tekens"
COMMON = "Dit wachtwoord is te algemeen."
SIMILAR = "Het wachtwoord lijkt te veel op"

WEAK = {
    "aaaaaaaaaaaa": REPEATED,
    "Zomer!!!!2026-vakantie": REPEATED,
    "abcdefghijkl": SEQUENCE,
    "lkjihgfedcba": SEQUENCE,
    "Geheim-6789-voor-mij": SEQUENCE,
    "Mijn-qwerty-wachtwoord": SEQUENCE,
    "abababababab": FEW,
    "xyzxyzxyzxyz!": FEW,
    "1q1q1q1q1q1q": FEW,
    "baseball1234x": SEQUENCE,
    "leavemealone": COMMON,
    "Marieke.Jansen@example.org": SIMILAR,
}
STRONG = ["Lang genoeg en ongewoon 2026!", "Bolletjes-tulpen-stroop-7", "ht9#Kd2!vPq4"]


def _messages(password: str, user=None) -> str:
    try:
        validate_password(password, user=user)
    except ValidationError as error:
        return " ".join(error.messages)
    return ""


@pytest.mark.parametrize(("weak", "message"), WEAK.items())
def test_weak_passwords_are_refused_in_dutch(weak, message):
    user = UserFactory.build(
        username="mjansen", first_name="Marieke", last_name="Jansen", email="marieke.jansen@example.org"
    )
    assert message in _messages(weak, user)


@pytest.mark.parametrize("strong", STRONG)
def test_strong_passwords_pass(strong):
    assert _messages(strong) == ""


def test_the_user_screens_refuse_twelve_times_the_same_letter():
    form = UserCreationForm(
        data={
            "username": "nieuw",
            "email": "nieuw@example.org",
            "first_name": "N",
            "last_name": "Ieuw",
            "password1": "aaaaaaaaaaaa",
            "password2": "aaaaaaaaaaaa",
        }
    )
    assert not form.is_valid()
    assert REPEATED in " ".join(form.errors["password2"])


def test_the_account_screen_refuses_it_too(client):
    user = UserFactory(username="redacteur9", roles=[roles.REDACTEUR])
    client.force_login(user)
    response = client.post(
        "/admin/account/",
        {
            "password-old_password": "wachtwoord-voor-tests",
            "password-new_password1": "aaaaaaaaaaaa",
            "password-new_password2": "aaaaaaaaaaaa",
        },
    )
    assert REPEATED in response.content.decode()
    user.refresh_from_db()
    assert user.check_password("wachtwoord-voor-tests")
