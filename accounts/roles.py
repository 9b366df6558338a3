"""Who a user is: the roles they hold and the organisation they act for. Every app reads it here.

A role is a Django group (created by the apps' migrations, which carry the names as literals of their
own); each app's migrations give the groups the model permissions for that app's models. The rules
that go beyond model permissions (an actiehouder updates only their own organisation's actions, a
datapartner delivers only their organisation's figures) live in each app's ``permissions`` module,
built on ``has_role`` and ``user_organisation``. (Later: the region a user works in, read here too.)
"""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

BEHEERDER = "beheerder"
REDACTEUR = "redacteur"
DATAPARTNER = "datapartner"
ACTIEHOUDER = "actiehouder"
REGIONALE_TAFEL = "regionale tafel"

ALL_ROLES = [BEHEERDER, REDACTEUR, DATAPARTNER, ACTIEHOUDER, REGIONALE_TAFEL]

User = AbstractBaseUser | AnonymousUser


def has_role(user: User, role: str) -> bool:
    """Whether an active, signed-in user holds ``role``; a superuser holds every role."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return role in _group_names(user)


def _group_names(user: User) -> set[str]:
    cached = getattr(user, "_role_names", None)
    if cached is None:
        cached = set(user.groups.values_list("name", flat=True))
        user._role_names = cached
    return cached


def user_organisation(user: User):
    """The organisation the user acts for (``actionplan.Organisation``, through their membership),
    or None."""
    if not user.is_authenticated:
        return None
    membership = getattr(user, "membership", None)
    return membership.organisation if membership else None
