"""Who a user is: the roles they hold and the organisation they act for (accounts.roles)."""

import pytest
from django.contrib.auth.models import AnonymousUser

from accounts import roles
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_a_role_is_held_by_its_members_only():
    tafel = UserFactory(roles=[roles.REGIONALE_TAFEL])
    assert roles.has_role(tafel, roles.REGIONALE_TAFEL)
    assert not roles.has_role(tafel, roles.BEHEERDER)
    assert not roles.has_role(AnonymousUser(), roles.BEHEERDER)


def test_a_superuser_holds_every_role_and_an_inactive_user_none():
    superuser = UserFactory(is_superuser=True)
    assert all(roles.has_role(superuser, role) for role in roles.ALL_ROLES)
    inactive = UserFactory(roles=[roles.BEHEERDER], is_active=False)
    assert not roles.has_role(inactive, roles.BEHEERDER)


def test_the_organisation_a_user_acts_for():
    organisation = OrganisationFactory()
    assert roles.user_organisation(UserFactory(organisation=organisation)) == organisation
    assert roles.user_organisation(UserFactory()) is None
    assert roles.user_organisation(AnonymousUser()) is None
