from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    """Sign-in security: two-factor sign-in, login throttling, the policy of who needs a second factor."""

    name = "accounts"
    default = True  # this module holds a second AppConfig (UsersConfig), named in INSTALLED_APPS
    verbose_name = _("Aanmelden")

    def ready(self):
        from . import throttle

        throttle.require_shared_cache()


class UsersConfig(WagtailUsersAppConfig):
    """Wagtail's users app with user screens that grant no more than the signed-in user may."""

    user_viewset = "accounts.user_admin.UserViewSet"
