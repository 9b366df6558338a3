"""Who may do what with the reporting rounds, beyond Django's model permissions."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from accounts import roles
from actionplan import permissions, selectors
from regions.scoping import works_in

from .models import ActionUpdate, UpdateState


def can_manage_rounds(user) -> bool:
    return roles.has_role(user, roles.BEHEERDER)


def can_view_rounds(user) -> bool:
    """The beheerder manages the rounds; the Regionale Tafel reads them (who reported, what came back)."""
    return can_manage_rounds(user) or roles.has_role(user, roles.REGIONALE_TAFEL)


def can_submit_update(user, update: ActionUpdate) -> bool:
    """The owner's actiehouders (or a beheerder) submit while the round, the plan and the year are open."""
    if update.round.closed or update.state == UpdateState.ACCEPTED:
        return False
    if update.round.year in selectors.closed_years(update.round.plan.region_id):
        return False
    return permissions.can_update_action(user, update.action)


def require_manager(user, plan=None) -> None:
    """A beheerder, and for a plan (its rounds, its updates) a beheerder of the plan's region."""
    if not can_manage_rounds(user) or (plan is not None and not works_in(user, plan.region_id)):
        raise PermissionDenied(_("Alleen een beheerder mag dit doen."))
