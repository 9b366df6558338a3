"""Who may read the Regionale Tafel's review and record its advice and decisions."""

from accounts import roles


def can_view_review(user) -> bool:
    return roles.has_role(user, roles.BEHEERDER) or roles.has_role(user, roles.REGIONALE_TAFEL)


def can_record_review_notes(user) -> bool:
    """The board records its own advice and decisions; the beheerder may do so for it."""
    return can_view_review(user)
