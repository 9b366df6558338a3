"""Holds an account that must use two-factor sign-in to the enrolment page until it has enrolled."""

from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from . import policy


class TwoFactorEnforcementMiddleware:
    """Under the admin, for accounts the policy requires a second factor of (after OTPMiddleware).

    Without a confirmed device: every admin page redirects to the enrolment page. With one, but a
    session that was not verified with a code (signed in before the device was enrolled elsewhere):
    signed out, to sign in again with a code. Accounts the policy does not require it of cost no query.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self._enforce(request)
        return response or self.get_response(request)

    def _enforce(self, request):
        user = getattr(request, "user", None)
        admin_prefix = reverse("wagtailadmin_home")
        if user is None or not user.is_authenticated or not request.path.startswith(admin_prefix):
            return None
        if request.path in self._exempt_paths() or not policy.requires_2fa(user):
            return None
        if not policy.has_confirmed_device(user):
            url = reverse("accounts_two_factor")
            return redirect(f"{url}?{urlencode({'next': request.get_full_path()})}")
        if not user.is_verified():
            logout(request)
            messages.warning(
                request, _("Meld u opnieuw aan, met de verificatiecode uit uw authenticator-app.")
            )
            return redirect("wagtailadmin_login")
        return None

    @staticmethod
    def _exempt_paths() -> set[str]:
        return {
            reverse("accounts_two_factor"),
            reverse("wagtailadmin_login"),
            reverse("wagtailadmin_logout"),
            reverse("wagtailadmin_javascript_catalog"),
            # Every admin page, the enrolment page too, fetches its icons from here.
            reverse("wagtailadmin_sprite"),
        }
