"""Who may do what with the action plan, beyond Django's model permissions. One rule, one place."""

from accounts import roles
from accounts.roles import User, has_role, user_organisation
from regions.scoping import works_in

from .models import Action, Organisation


def is_action_owner(organisation: Organisation | None, action: Action) -> bool:
    if organisation is None:
        return False
    if action.lead_id == organisation.pk:
        return True
    return action.co_owners.filter(pk=organisation.pk).exists()


def can_update_action(user: User, action: Action) -> bool:
    """An actiehouder updates the status and note of actions their organisation owns, in open plans.

    A beheerder may update every action of an open plan. Nobody updates an action of a closed plan.
    """
    if action.opgave.plan.is_closed or not works_in(user, action.opgave.plan.region_id):
        return False
    if has_role(user, roles.BEHEERDER):
        return True
    return has_role(user, roles.ACTIEHOUDER) and is_action_owner(user_organisation(user), action)


def can_correct_closed_year(user: User) -> bool:
    """A year whose edition is published is changed by a beheerder only (a correction, with a reason)."""
    return has_role(user, roles.BEHEERDER)


def can_write_year(user: User, action: Action, year: int, closed_years: set[int]) -> bool:
    """Whether the user may write the stand van zaken of ``year`` of the action."""
    if not can_update_action(user, action):
        return False
    return year not in closed_years or can_correct_closed_year(user)


def can_use_my_actions(user: User) -> bool:
    """An actiehouder of a regional organisation (a national one works in no region's plan)."""
    organisation = user_organisation(user)
    regional = organisation is not None and organisation.region_id is not None
    return regional and has_role(user, roles.ACTIEHOUDER)


def can_view_action_history(user: User, action: Action) -> bool:
    if not works_in(user, action.opgave.plan.region_id):
        return False
    if user.has_perm("actionplan.view_action"):
        return True
    return can_use_my_actions(user) and is_action_owner(user_organisation(user), action)


def can_change_organisation(user: User, organisation: Organisation) -> bool:
    """A regional organisation is changed in its own region; a national one (no region, serving
    several) is read there and changed by a superuser only, as a change would reach other regions."""
    if user.is_superuser:
        return True
    return organisation.region_id is not None and works_in(user, organisation.region_id)
