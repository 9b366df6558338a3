"""Who may and who must use two-factor sign-in: the one place that decides it.

Every account that can change data (a superuser or a member of any role group) MAY enrol a TOTP
device; once it has a confirmed device, it must give a code at every sign-in. For the roles named in
``settings.ACCOUNTS_REQUIRE_2FA_FOR`` (``["beheerder"]`` in production, empty in development and
tests) it is REQUIRED: such an account, signed in without a confirmed device, may only reach the
enrolment page. Superusers count as beheerder: they can do everything a beheerder can.
"""

from django.conf import settings
from django_otp import user_has_device

from accounts import roles


def can_use_2fa(user) -> bool:
    if not (user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or user.groups.exists()


def requires_2fa(user) -> bool:
    required_roles = list(getattr(settings, "ACCOUNTS_REQUIRE_2FA_FOR", []))
    if not required_roles or not can_use_2fa(user):
        return False
    if user.is_superuser and roles.BEHEERDER in required_roles:
        return True
    return user.groups.filter(name__in=required_roles).exists()


def has_confirmed_device(user) -> bool:
    return user.is_authenticated and user_has_device(user, confirmed=True)


def must_enrol(user) -> bool:
    """True for an account that needs a second factor and has none yet."""
    return requires_2fa(user) and not has_confirmed_device(user)
