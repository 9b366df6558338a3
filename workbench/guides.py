"""The role guides of the Help menu: one short page per role, in Dutch, with the main job's steps.

The screenshots in them are taken by the browser tests (``tests/browser/``, with
``MHM_GUIDE_SCREENSHOTS=1``) and kept in ``assets/img/handleiding/``.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from accounts import roles
from accounts.roles import has_role


@dataclass(frozen=True)
class Guide:
    slug: str
    role: str
    title: str


GUIDES = [
    Guide("actiehouder", roles.ACTIEHOUDER, _("Handleiding actiehouder")),
    Guide("datapartner", roles.DATAPARTNER, _("Handleiding datapartner")),
    Guide("redacteur", roles.REDACTEUR, _("Handleiding redacteur")),
    Guide("beheerder", roles.BEHEERDER, _("Handleiding beheerder")),
    Guide("regionale-tafel", roles.REGIONALE_TAFEL, _("Handleiding Regionale Tafel")),
]
BY_SLUG = {guide.slug: guide for guide in GUIDES}


def guides_for(user) -> list[Guide]:
    """The guides of the user's roles (a superuser has every role, so every guide)."""
    return [guide for guide in GUIDES if has_role(user, guide.role)]
