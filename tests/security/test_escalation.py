"""No escalation: only a superuser grants superuser or staff rights or changes groups' permissions.

A beheerder manages users, but the user screens offer them the five roles and the organisation and
nothing more; crafted fields (is_superuser, is_staff, user_permissions, a group that is not a role)
take no effect, superusers are out of their reach, and the groups screens are refused to every role.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse

from accounts import roles
from actionplan.models import Membership
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

User = get_user_model()
STRONG = "Lang genoeg en ongewoon 2026!"
NON_BEHEERDER_ROLES = [roles.ACTIEHOUDER, roles.DATAPARTNER, roles.REDACTEUR, roles.REGIONALE_TAFEL]
USERS_ADD = "/admin/users/new/"
GROUPS_ADD = "/admin/groups/new/"
ACCOUNT_FIELDS = {"username", "email", "first_name", "last_name", "password1", "password2"}


@pytest.fixture
def world():
    organisation = OrganisationFactory(short_name="ESSM")
    other_organisation = OrganisationFactory(short_name="RIEC")
    moderators = Group.objects.create(name="Superbeheer")
    moderators.permissions.add(*Permission.objects.filter(content_type__app_label="auth"))
    users = {role: UserFactory(username=f"u-{role}", roles=[role]) for role in roles.ALL_ROLES}
    superuser = UserFactory(username="root", is_superuser=True, is_staff=True)
    target = UserFactory(username="doel", roles=[roles.REDACTEUR], organisation=organisation)
    powerful = UserFactory(username="machtig", roles=[roles.REDACTEUR])
    powerful.groups.add(moderators)
    return {
        "organisation": organisation,
        "other_organisation": other_organisation,
        "moderators": moderators,
        "users": users,
        "superuser": superuser,
        "target": target,
        "powerful": powerful,
        "role_ids": {group.name: group.pk for group in Group.objects.filter(name__in=roles.ALL_ROLES)},
    }


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _refused(response) -> bool:
    return response.status_code in (403, 404) or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def _new_user_data(world, **extra):
    return {
        "username": "nieuw",
        "email": "nieuw@example.org",
        "first_name": "Nieuwe",
        "last_name": "Gebruiker",
        "password1": STRONG,
        "password2": STRONG,
        "groups": [world["role_ids"][roles.ACTIEHOUDER]],
        "organisation": world["organisation"].pk,
        **extra,
    }


def _crafted(world) -> dict:
    return {
        "is_superuser": "on",
        "is_staff": "on",
        "user_permissions": list(Permission.objects.values_list("pk", flat=True)[:5]),
    }


# --- every role: which user and group screens answer ---------------------------------------------


def test_the_urls_are_wagtails(world):
    assert reverse("wagtailusers_users:add") == USERS_ADD
    assert reverse("wagtailusers_groups:add") == GROUPS_ADD
    assert reverse("wagtailusers_users:edit", args=[1]) == "/admin/users/edit/1/"


@pytest.mark.parametrize("role", NON_BEHEERDER_ROLES)
def test_other_roles_reach_no_user_screen(world, role):
    client = _client(world["users"][role])
    target = world["target"]
    for url in ["/admin/users/", USERS_ADD, f"/admin/users/edit/{target.pk}/"]:
        assert _refused(client.get(url)), url
    assert _refused(client.post(USERS_ADD, _new_user_data(world, **_crafted(world))))
    assert _refused(client.post(f"/admin/users/edit/{target.pk}/", {**_crafted(world), "username": "doel"}))
    assert not User.objects.filter(username="nieuw").exists()
    target.refresh_from_db()
    assert not target.is_superuser and not target.is_staff


@pytest.mark.parametrize("role", roles.ALL_ROLES)
def test_groups_screens_are_refused_to_every_role(world, role):
    client = _client(world["users"][role])
    group = Group.objects.get(name=role)
    before = set(group.permissions.values_list("pk", flat=True))
    all_permissions = list(Permission.objects.values_list("pk", flat=True))
    for url in ["/admin/groups/", GROUPS_ADD, f"/admin/groups/edit/{group.pk}/"]:
        assert _refused(client.get(url)), url
    assert _refused(
        client.post(f"/admin/groups/edit/{group.pk}/", {"name": role, "permissions": all_permissions})
    )
    assert _refused(client.post(GROUPS_ADD, {"name": "Macht", "permissions": all_permissions}))
    assert _refused(client.post(f"/admin/groups/delete/{world['moderators'].pk}/"))
    assert set(group.permissions.values_list("pk", flat=True)) == before
    assert not Group.objects.filter(name="Macht").exists()
    assert Group.objects.filter(pk=world["moderators"].pk).exists()


def test_superuser_reaches_the_groups_screens(world):
    client = _client(world["superuser"])
    assert client.get("/admin/groups/").status_code == 200
    assert client.get(f"/admin/groups/edit/{world['moderators'].pk}/").status_code == 200


# --- the beheerder's forms: every field --------------------------------------------------------------


def test_beheerder_create_form_offers_the_roles_and_the_organisation_only(world):
    response = _client(world["users"][roles.BEHEERDER]).get(USERS_ADD)
    assert response.status_code == 200
    form = response.context["form"]
    assert set(form.fields) == ACCOUNT_FIELDS | {"groups", "organisation"}
    assert {group.name for group in form.fields["groups"].queryset} == set(roles.ALL_ROLES)
    html = response.content.decode()
    assert 'name="is_superuser"' not in html and "Superbeheer" not in html
    assert 'name="organisation"' in html


def test_beheerder_edit_form_offers_the_roles_the_organisation_and_active_only(world):
    response = _client(world["users"][roles.BEHEERDER]).get(f"/admin/users/edit/{world['target'].pk}/")
    assert response.status_code == 200
    form = response.context["form"]
    assert set(form.fields) == ACCOUNT_FIELDS | {"groups", "organisation", "is_active"}
    assert {group.name for group in form.fields["groups"].queryset} == set(roles.ALL_ROLES)
    assert form["organisation"].value() == world["organisation"].pk
    assert 'name="is_superuser"' not in response.content.decode()


def test_superuser_form_offers_superuser_and_every_group(world):
    response = _client(world["superuser"]).get(USERS_ADD)
    form = response.context["form"]
    assert set(form.fields) == ACCOUNT_FIELDS | {"groups", "organisation", "is_superuser"}
    assert "Superbeheer" in {group.name for group in form.fields["groups"].queryset}


def test_crafted_fields_on_create_take_no_effect(world):
    client = _client(world["users"][roles.BEHEERDER])
    response = client.post(USERS_ADD, _new_user_data(world, **_crafted(world)))
    assert response.status_code == 302, response.context["form"].errors
    user = User.objects.get(username="nieuw")
    assert (user.is_superuser, user.is_staff) == (False, False)
    assert not user.user_permissions.exists()
    assert list(user.groups.values_list("name", flat=True)) == [roles.ACTIEHOUDER]
    assert user.membership.organisation == world["organisation"]
    assert not user.get_all_permissions() & {"auth.change_group", "auth.delete_user"}


def test_a_group_that_is_not_a_role_is_refused_on_create(world):
    client = _client(world["users"][roles.BEHEERDER])
    data = _new_user_data(world, groups=[world["role_ids"][roles.BEHEERDER], world["moderators"].pk])
    response = client.post(USERS_ADD, data)
    assert response.status_code == 200
    assert "groups" in response.context["form"].errors
    assert not User.objects.filter(username="nieuw").exists()


def _edit_data(world, user, **extra):
    return {
        "username": user.username,
        "email": "doel@example.org",
        "first_name": "D",
        "last_name": "Oel",
        "is_active": "on",
        **extra,
    }


def test_crafted_fields_on_edit_take_no_effect(world):
    target = world["target"]
    client = _client(world["users"][roles.BEHEERDER])
    data = _edit_data(
        world,
        target,
        groups=[world["role_ids"][roles.DATAPARTNER]],
        organisation=world["other_organisation"].pk,
        **_crafted(world),
    )
    response = client.post(f"/admin/users/edit/{target.pk}/", data)
    assert response.status_code == 302, response.context["form"].errors
    target.refresh_from_db()
    assert (target.is_superuser, target.is_staff) == (False, False)
    assert not target.user_permissions.exists()
    assert set(target.groups.values_list("name", flat=True)) == {roles.DATAPARTNER}
    assert Membership.objects.get(user=target).organisation == world["other_organisation"]

    data["groups"] = [world["role_ids"][roles.DATAPARTNER], world["moderators"].pk]
    response = client.post(f"/admin/users/edit/{target.pk}/", data)
    assert "groups" in response.context["form"].errors
    assert not target.groups.filter(name="Superbeheer").exists()

    data["groups"] = [world["role_ids"][roles.DATAPARTNER]]
    data["organisation"] = ""
    client.post(f"/admin/users/edit/{target.pk}/", data)
    assert not Membership.objects.filter(user=target).exists()


def test_an_account_with_more_than_the_roles_is_out_of_a_beheerders_reach(world):
    """Setting its password would hand over its other group, its own permissions or staff status."""
    with_permission = UserFactory(username="met-recht", roles=[roles.REDACTEUR])
    with_permission.user_permissions.add(Permission.objects.get(codename="change_group"))
    staff = UserFactory(username="staf", is_staff=True)
    client = _client(world["users"][roles.BEHEERDER])
    for user in (world["powerful"], with_permission, staff):
        before = user.password
        url = f"/admin/users/edit/{user.pk}/"
        assert _refused(client.get(url)), user
        data = _edit_data(world, user, password1=STRONG, password2=STRONG)
        assert _refused(client.post(url, data)), user
        user.refresh_from_db()
        assert user.password == before
    assert _client(world["superuser"]).get(f"/admin/users/edit/{world['powerful'].pk}/").status_code == 200


def test_a_beheerder_editing_themselves_gains_nothing(world):
    beheerder = world["users"][roles.BEHEERDER]
    client = _client(beheerder)
    data = {
        "username": beheerder.username,
        "email": "b@example.org",
        "first_name": "B",
        "last_name": "H",
        "groups": [world["role_ids"][roles.BEHEERDER], world["moderators"].pk],
        **_crafted(world),
    }
    client.post(f"/admin/users/edit/{beheerder.pk}/", data)
    data["groups"] = [world["role_ids"][roles.BEHEERDER]]
    client.post(f"/admin/users/edit/{beheerder.pk}/", data)
    beheerder.refresh_from_db()
    assert (beheerder.is_superuser, beheerder.is_staff) == (False, False)
    assert set(beheerder.groups.values_list("name", flat=True)) == {roles.BEHEERDER}
    assert not beheerder.user_permissions.exists()


def test_a_beheerder_cannot_touch_a_superuser(world):
    superuser = world["superuser"]
    password = superuser.password
    client = _client(world["users"][roles.BEHEERDER])
    edit = f"/admin/users/edit/{superuser.pk}/"
    assert _refused(client.get(edit))
    data = {"username": "root", "email": "x@example.org", "first_name": "X", "last_name": "Y"}
    assert _refused(client.post(edit, {**data, "password1": STRONG, "password2": STRONG}))
    assert _refused(client.post(f"/admin/users/delete/{superuser.pk}/"))
    superuser.refresh_from_db()
    assert superuser.password == password and superuser.is_active and superuser.is_superuser


def test_bulk_actions_grant_no_group_and_spare_superusers(world):
    client = _client(world["users"][roles.BEHEERDER])
    target, superuser = world["target"], world["superuser"]
    assign = f"/admin/bulk/auth/user/assign_role/?id={target.pk}&id={superuser.pk}"
    client.post(assign, {"role": world["moderators"].pk})
    client.post(
        f"/admin/bulk/auth/user/assign_role/?id={world['users'][roles.BEHEERDER].pk}",
        {"role": world["moderators"].pk},
    )
    assert not world["users"][roles.BEHEERDER].groups.filter(name="Superbeheer").exists()
    assert not superuser.groups.exists()
    client.post(assign, {"role": world["role_ids"][roles.DATAPARTNER]})
    assert target.groups.filter(name=roles.DATAPARTNER).exists()
    assert not superuser.groups.exists()

    client.post(f"/admin/bulk/auth/user/set_active_state/?id={superuser.pk}", {"mark_as_active": "False"})
    superuser.refresh_from_db()
    assert superuser.is_active
    client.post(f"/admin/bulk/auth/user/delete/?id={target.pk}")
    assert User.objects.filter(pk=target.pk).exists()


def test_only_a_superuser_grants_superuser(world):
    client = _client(world["superuser"])
    data = _new_user_data(world, is_superuser="on", groups=[world["moderators"].pk])
    response = client.post(USERS_ADD, data)
    assert response.status_code == 302, response.context["form"].errors
    user = User.objects.get(username="nieuw")
    assert user.is_superuser
    assert set(user.groups.values_list("name", flat=True)) == {"Superbeheer"}
