"""Two-factor sign-in in the Wagtail admin: the enrolment page and its item in the account area."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import policy, views


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("tweestapsverificatie/", views.TwoFactorView.as_view(), name="accounts_two_factor")]


@hooks.register("register_account_menu_item")
def register_account_menu_item(request):
    if not policy.can_use_2fa(request.user):
        return None
    return {
        "url": reverse("accounts_two_factor"),
        "label": _("Tweestapsverificatie"),
        "help_text": _("Meld u aan met een wachtwoord en een code uit een authenticator-app op uw telefoon."),
    }
