"""Wagtail's user screens and bulk actions, restricted to what the signed-in user may grant.

Registered through ``accounts.apps.UsersConfig`` (``user_viewset``), which takes the place of
``wagtail.users`` in INSTALLED_APPS; the bulk actions replace Wagtail's of the same type.
"""

from functools import wraps

from django.contrib.admin.utils import unquote
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import Http404
from wagtail import hooks
from wagtail.users.views import users
from wagtail.users.views.bulk_actions import (
    AssignRoleBulkAction,
    DeleteBulkAction,
    SetActiveStateBulkAction,
)

from .user_forms import (
    RoleScopedUserCreationForm,
    RoleScopedUserEditForm,
    can_manage_user,
    grantable_groups,
    regional_users,
)


class UserIndexView(users.IndexView):
    """The accounts of the user's region only (a superuser: all)."""

    def get_base_queryset(self):
        return regional_users(super().get_base_queryset(), self.request.user)


def guard_account_view(view):
    """An account URL (edit, delete, history) of an account the user may not manage answers 404."""

    @wraps(view)
    def guarded(request, *args, **kwargs):
        pk = kwargs.get("pk")
        if pk is not None:
            target = get_user_model()._default_manager.filter(pk=unquote(str(pk))).first()
            if target is None or not can_manage_user(request.user, target):
                raise Http404
        return view(request, *args, **kwargs)

    return guarded


class UserCreateView(users.CreateView):
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}


class UserEditView(users.EditView):
    def dispatch(self, request, *args, **kwargs):
        if not can_manage_user(request.user, self.object):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}


class UserViewSet(users.UserViewSet):
    index_view_class = UserIndexView
    add_view_class = UserCreateView
    edit_view_class = UserEditView

    def construct_view(self, view_class, **kwargs):
        return guard_account_view(super().construct_view(view_class, **kwargs))

    def get_form_class(self, for_update=False):
        return RoleScopedUserEditForm if for_update else RoleScopedUserCreationForm


class RoleAssignBulkAction(AssignRoleBulkAction):
    """Wagtail's "Assign role", offering only the groups the user may grant, to accounts they manage."""

    def check_perm(self, obj):
        return super().check_perm(obj) and can_manage_user(self.request.user, obj)

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        form.fields["role"].queryset = grantable_groups(self.request.user)
        return form


class ActiveStateBulkAction(SetActiveStateBulkAction):
    def check_perm(self, obj):
        return super().check_perm(obj) and can_manage_user(self.request.user, obj)


class AccountDeleteBulkAction(DeleteBulkAction):
    def check_perm(self, obj):
        return super().check_perm(obj) and can_manage_user(self.request.user, obj)


# A later registration of the same action type replaces the earlier one (Wagtail's, order 0).
for action_class in (RoleAssignBulkAction, ActiveStateBulkAction, AccountDeleteBulkAction):
    hooks.register("register_bulk_action", action_class, order=100)
