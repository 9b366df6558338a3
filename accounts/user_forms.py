"""The user screens' forms: a superuser grants anything, everyone else only the roles.

Wagtail's user forms let whoever has ``auth.add_user`` tick "Administrator" and pick any group, so a
beheerder could make themselves or a new account a superuser. Here the form is built for the user who
fills it in (``for_user``): for anyone but a superuser there is no superuser field and the groups are
the five roles of ``accounts.roles``. Fields that are not in the form (``is_staff``,
``user_permissions``) are never read from the request. Which accounts such a user may open at all is
``can_manage_user``. The organisation the user acts for (its ``Membership``) is part of the form.

Strictly apart: a beheerder sees and manages only the accounts of their own region (an account's
region is its organisation's, ``accounts.roles.user_region``) and gives an account only an organisation
of that region; national organisations and other regions' accounts are for superusers.
"""

from django import forms
from django.contrib.auth.models import Group
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm

from accounts import roles
from accounts.roles import user_region
from actionplan import services
from actionplan.models import Membership, Organisation
from regions.models import Region


def _unrestricted(actor) -> bool:
    return bool(actor is not None and actor.is_active and actor.is_superuser)


def grantable_groups(actor):
    """The groups ``actor`` may give or take away: every group for a superuser, else the roles."""
    if _unrestricted(actor):
        return Group.objects.order_by("name")
    return Group.objects.filter(name__in=roles.ALL_ROLES).order_by("name")


def regional_users(queryset, actor):
    """The accounts of ``queryset`` that ``actor`` may see: all for a superuser, else those whose
    organisation is of the actor's region (in a one-region installation also those without one)."""
    if _unrestricted(actor):
        return queryset
    region = user_region(actor)
    if region is None:
        return queryset.none()
    condition = Q(membership__organisation__region=region)
    if Region.objects.count() < 2:
        condition |= Q(membership__isnull=True)
    return queryset.filter(condition)


def organisation_choices(actor):
    """The organisations ``actor`` may give an account: every one for a superuser, else their region's."""
    organisations = Organisation.objects.order_by("short_name")
    if _unrestricted(actor):
        return organisations
    region = user_region(actor)
    return organisations.filter(region=region) if region is not None else organisations.none()


def can_manage_user(actor, target) -> bool:
    """Only a superuser opens an account with more than the roles give: a superuser, staff, a group
    outside the roles or a permission of its own (setting its password would hand those over); and
    only a superuser opens an account of another region."""
    if _unrestricted(actor):
        return True
    if target.is_superuser or target.is_staff or target.user_permissions.exists():
        return False
    if not regional_users(type(target)._default_manager.filter(pk=target.pk), actor).exists():
        return False
    return not target.groups.exclude(name__in=roles.ALL_ROLES).exists()


class RoleScopedUserFormMixin:
    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.for_user = for_user
        self.unrestricted = _unrestricted(for_user)
        self.fields["groups"].queryset = grantable_groups(for_user)
        if not self.unrestricted:
            self.fields.pop("is_superuser", None)
        membership = Membership.objects.filter(user_id=self.instance.pk).first() if self.instance.pk else None
        self.fields["organisation"] = forms.ModelChoiceField(
            queryset=organisation_choices(for_user),
            # with several regions an account belongs to one through its organisation
            required=not self.unrestricted and Region.objects.count() > 1,
            label=_("Organisatie"),
            help_text=_(
                "De organisatie waarvoor deze gebruiker werkt (nodig voor actiehouder en datapartner)."
            ),
            initial=membership.organisation_id if membership else None,
        )

    def save(self, commit=True):
        user = super().save(commit=False)
        if not self.unrestricted:
            # Not in the form, so not read from the request; stated here so that no later change to
            # the form's fields can let them through.
            previous = type(user).objects.filter(pk=user.pk).values("is_superuser", "is_staff").first()
            user.is_superuser = bool(previous and previous["is_superuser"])
            user.is_staff = bool(previous and previous["is_staff"])
        if commit:
            user.save()
            self.save_m2m()
        return user

    def _save_m2m(self):
        super()._save_m2m()
        services.membership_set(
            user=self.instance,
            organisation=self.cleaned_data.get("organisation"),
            changed_by=self.for_user,
            reason=str(_("Gewijzigd in gebruikersbeheer")),
        )


class RoleScopedUserCreationForm(RoleScopedUserFormMixin, UserCreationForm):
    pass


class RoleScopedUserEditForm(RoleScopedUserFormMixin, UserEditForm):
    pass
