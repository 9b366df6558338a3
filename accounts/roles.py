"""Who a user is: the roles they hold and the organisation they act for. Every app reads it here.

A role is a Django group (created by the apps' migrations, which carry the names as literals of their
own); each app's migrations give the groups the model permissions for that app's models. The rules
that go beyond model permissions (an actiehouder updates only their own organisation's actions, a
datapartner delivers only their organisation's figures) live in each app's ``permissions`` module,
built on ``has_role`` and ``user_organisation``; ``user_region`` is the region the user works in
(``regions.scoping`` keeps every list and lookup to it).
"""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

BEHEERDER = "beheerder"
REDACTEUR = "redacteur"
DATAPARTNER = "datapartner"
ACTIEHOUDER = "actiehouder"
REGIONALE_TAFEL = "regionale tafel"
# A national reader (CoMensha, the Nationaal Rapporteur): every region's published editions only.
LANDELIJK = "landelijk"

ALL_ROLES = [BEHEERDER, REDACTEUR, DATAPARTNER, ACTIEHOUDER, REGIONALE_TAFEL, LANDELIJK]

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


def user_region(user: User):
    """The region the user works in (``regions.Region``): their organisation's region. None for a
    national organisation or an anonymous visitor; for a user without an organisation, the region of
    an installation that has only one."""
    cached = getattr(user, "_region", False)
    if cached is not False:
        return cached
    organisation = user_organisation(user)
    if organisation is not None:
        region = organisation.region
    elif user.is_authenticated and not user.is_superuser:
        region = _the_only_region()
    else:
        region = None
    if user.is_authenticated:
        user._region = region
    return region


def _the_only_region():
    """An installation of one region: a user without an organisation works in it. With several
    regions, a user works only in their organisation's region."""
    from django.apps import apps

    regions = list(apps.get_model("regions", "Region").objects.order_by("pk")[:2])
    return regions[0] if len(regions) == 1 else None
