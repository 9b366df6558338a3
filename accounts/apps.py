from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Sign-in security: two-factor sign-in, login throttling, the policy of who needs a second factor."""

    name = "accounts"
    verbose_name = _("Aanmelden")
