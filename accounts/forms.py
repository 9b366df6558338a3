"""The admin login form with an optional verification code and throttling; the enrolment forms."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from . import policy, services, throttle

INVALID_LOGIN = _(
    "Uw gebruikersnaam, wachtwoord of verificatiecode klopt niet. Heeft u tweestapsverificatie "
    "ingesteld? Vul dan ook de verificatiecode uit uw authenticator-app in."
)


def _code_field(*, required: bool, help_text, numeric: bool = True) -> forms.CharField:
    attrs = {"autocomplete": "one-time-code", "spellcheck": "false"}
    if numeric:
        attrs["inputmode"] = "numeric"
    return forms.CharField(
        label=_("Verificatiecode"),
        required=required,
        max_length=20,
        help_text=help_text,
        widget=forms.TextInput(attrs=attrs),
    )


class LoginForm(WagtailLoginForm):
    """Wagtail's login form (WAGTAILADMIN_USER_LOGIN_FORM) with a second factor and throttling.

    An account with a confirmed TOTP device signs in only with a valid code; the device that accepted
    it is put on the user as ``otp_device``, which django_otp's ``user_logged_in`` handler stores in
    the session, so ``request.user.is_verified()`` holds afterwards. Failed attempts (a wrong password
    or a wrong or missing code) count towards the lockout in ``throttle``.
    """

    otp_token = _code_field(
        required=False,
        numeric=False,  # a backup code has letters
        help_text=_(
            "Alleen als u tweestapsverificatie heeft ingesteld: de code van 6 cijfers uit uw app, "
            "of een van uw herstelcodes."
        ),
    )

    error_messages = {
        **WagtailLoginForm.error_messages,
        "invalid_login": INVALID_LOGIN,
        "throttled": _("Te veel mislukte aanmeldpogingen. Probeer het over %(minutes)s minuten opnieuw."),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail's form redeclares the field without a label, which then shows as "Password".
        self.fields["password"].label = _("Wachtwoord")

    def clean(self):
        username = self.cleaned_data.get("username") or ""
        ip = throttle.client_ip(self.request) if self.request else "unknown"
        if throttle.address_locked(ip=ip):
            raise self._throttled()
        # A locked username may still pass here with its second factor (throttle's docstring); every
        # failure then shows the same refusal, so it tells nothing about the password.
        username_locked = throttle.username_locked(username=username, ip=ip)
        try:
            super().clean()
            if self.user_cache is not None:
                self._check_second_factor(self.user_cache)
        except forms.ValidationError:
            throttle.register_failure(username=username, ip=ip)
            if username_locked:
                raise self._throttled() from None
            raise
        verified = getattr(self.user_cache, "otp_device", None) is not None
        if username_locked and not verified:
            self.user_cache = None
            raise self._throttled()
        throttle.reset(username=username, ip=ip, unlock=verified)
        return self.cleaned_data

    def _check_second_factor(self, user) -> None:
        if not policy.has_confirmed_device(user):
            return
        device = services.verify_code(user=user, token=self.cleaned_data.get("otp_token"))
        if device is None:
            self.user_cache = None
            raise self.get_invalid_login_error()
        user.otp_device = device

    def _throttled(self) -> forms.ValidationError:
        return forms.ValidationError(
            self.error_messages["throttled"],
            code="throttled",
            params={"minutes": throttle.lockout_minutes()},
        )


class ConfirmDeviceForm(forms.Form):
    otp_token = _code_field(
        required=True, help_text=_("De code van 6 cijfers die uw authenticator-app nu toont.")
    )


class RemoveDeviceForm(forms.Form):
    otp_token = _code_field(
        required=True,
        help_text=_("Bevestig met een code uit uw authenticator-app dat u tweestapsverificatie uitzet."),
    )
