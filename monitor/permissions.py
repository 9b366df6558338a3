"""Who may do what with the figures, beyond Django's model permissions. One rule, one place.

A beheerder manages every table; a datapartner works only on the tables of their own organisation's
partner, and only while that partner's delivery for the year is open.
"""

from accounts import roles
from accounts.roles import User, has_role, user_organisation

from .models import Delivery, Partner, Table


def is_figures_manager(user: User) -> bool:
    return has_role(user, roles.BEHEERDER)


def partner_for_user(user: User) -> Partner | None:
    """The data partner the user delivers for, or None."""
    organisation = user_organisation(user)
    if organisation is None:
        return None
    return Partner.objects.filter(organisation=organisation).first()


def can_use_my_figures(user: User) -> bool:
    return has_role(user, roles.DATAPARTNER) and partner_for_user(user) is not None


def owns_table(user: User, table: Table) -> bool:
    if not has_role(user, roles.DATAPARTNER):
        return False
    organisation = user_organisation(user)
    return organisation is not None and table.partner.organisation_id == organisation.pk


def can_edit_figures(user: User, table: Table, delivery: Delivery | None) -> bool:
    """Figures change while the delivery is open (owner or beheerder) or submitted (beheerder only)."""
    if delivery is None:
        return is_figures_manager(user)
    if is_figures_manager(user):
        return delivery.status in (Delivery.Status.OPEN, Delivery.Status.SUBMITTED)
    return delivery.status == Delivery.Status.OPEN and owns_table(user, table)


def needs_correction(delivery: Delivery | None) -> bool:
    """A figure of a validated or published delivery changes only as a beheerder's correction."""
    return delivery is not None and delivery.is_public


def can_submit_delivery(user: User, delivery: Delivery) -> bool:
    if delivery.status != Delivery.Status.OPEN:
        return False
    if is_figures_manager(user):
        return True
    organisation = user_organisation(user)
    return (
        has_role(user, roles.DATAPARTNER)
        and organisation is not None
        and delivery.partner.organisation_id == organisation.pk
    )
