"""Strong passwords in every Wagtail form that sets one; sessions that end."""

import pytest
from django.conf import settings
from django.contrib.auth.forms import SetPasswordForm
from wagtail.admin.forms.auth import PasswordChangeForm
from wagtail.admin.views.account import PasswordResetConfirmView
from wagtail.users.forms import UserCreationForm, UserEditForm

from .conftest import LOGIN_URL, PASSWORD

WEAK = {
    "kort-1": "Dit wachtwoord is te kort. Het moet minstens 12 tekens bevatten.",
    "123456789012345": "Dit wachtwoord bevat alleen cijfers.",
    "password1234": "Dit wachtwoord is te algemeen.",
    "redacteur12345": "Het wachtwoord lijkt te veel op de gebruikersnaam.",
}
STRONG = "Lang genoeg en ongewoon 2026!"


@pytest.mark.parametrize(("weak", "message"), WEAK.items())
def test_account_password_change_refuses_weak_passwords(client, redacteur, weak, message):
    client.force_login(redacteur)
    response = client.post(
        "/admin/account/",
        {"password-old_password": PASSWORD, "password-new_password1": weak, "password-new_password2": weak},
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    redacteur.refresh_from_db()
    assert redacteur.check_password(PASSWORD)


def test_wagtail_password_change_form_accepts_a_strong_password(redacteur):
    form = PasswordChangeForm(
        redacteur, {"old_password": PASSWORD, "new_password1": STRONG, "new_password2": STRONG}
    )
    assert form.is_valid(), form.errors
    weak = PasswordChangeForm(
        redacteur, {"old_password": PASSWORD, "new_password1": "kort-1", "new_password2": "kort-1"}
    )
    assert not weak.is_valid()


def test_password_reset_form_refuses_weak_passwords(redacteur):
    assert PasswordResetConfirmView.form_class is SetPasswordForm
    form = SetPasswordForm(
        redacteur, {"new_password1": "123456789012345", "new_password2": "123456789012345"}
    )
    assert not form.is_valid()


@pytest.mark.parametrize("weak", WEAK)
def test_user_forms_refuse_weak_passwords(db, redacteur, weak):
    data = {"username": "redacteur2", "email": "r2@example.org", "first_name": "R", "last_name": "Twee"}
    create = UserCreationForm(data={**data, "password1": weak, "password2": weak})
    assert not create.is_valid()
    assert "password2" in create.errors
    edit = UserEditForm(
        instance=redacteur, data={**data, "username": "redacteur1", "password1": weak, "password2": weak}
    )
    assert not edit.is_valid()


def test_password_rules_are_the_strong_ones():
    names = [validator["NAME"].rsplit(".", 1)[-1] for validator in settings.AUTH_PASSWORD_VALIDATORS]
    assert names == [
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
        "CharacterPatternValidator",
    ]
    assert settings.AUTH_PASSWORD_VALIDATORS[1]["OPTIONS"]["min_length"] >= 12


def test_session_ends_when_the_browser_closes_and_after_eight_hours(client, redacteur):
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE is True
    assert settings.SESSION_COOKIE_AGE == 8 * 60 * 60
    response = client.post(LOGIN_URL, {"username": "redacteur1", "password": PASSWORD})
    assert response.status_code == 302
    assert client.session.get_expire_at_browser_close()
    assert client.session.get_expiry_age() <= 8 * 60 * 60
    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert not cookie["max-age"]
    assert cookie["httponly"]


def test_remember_me_keeps_the_session_at_most_eight_hours(client, redacteur):
    response = client.post(LOGIN_URL, {"username": "redacteur1", "password": PASSWORD, "remember": "on"})
    assert response.status_code == 302
    assert client.session.get_expiry_age() == 8 * 60 * 60
    assert int(response.cookies[settings.SESSION_COOKIE_NAME]["max-age"]) == 8 * 60 * 60
