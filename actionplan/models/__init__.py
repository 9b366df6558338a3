"""Models of the Actieplan: organisations, plans with opgaven and actions, outlook items.

Domain terms kept in Dutch: an *opgave* is one of a plan's tasks, an *actie* an action under it,
the *stand van zaken* the progress note per year, and the *doorkijk* the outlook for next year.
"""

from .organisations import Membership, Municipality, Organisation
from .plan import (
    NOT_STATED,
    OWNER_NOT_STATED_LABEL,
    STATUS_CHOICES,
    Action,
    ActionStatus,
    Opgave,
    OutlookItem,
    Plan,
    ProgressNote,
    owner_label,
    status_label,
)
from .years import ReportingYearClosure

__all__ = [
    "NOT_STATED",
    "OWNER_NOT_STATED_LABEL",
    "STATUS_CHOICES",
    "Action",
    "ActionStatus",
    "Membership",
    "Municipality",
    "Opgave",
    "Organisation",
    "OutlookItem",
    "Plan",
    "ProgressNote",
    "ReportingYearClosure",
    "owner_label",
    "status_label",
]
