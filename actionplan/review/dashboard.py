"""The Regionale Tafel's start screen panel (Wagtail dashboard): what changed since its last meeting.

A fixed number of queries, whatever the number of actions.
"""

from django.utils import timezone
from wagtail.admin.ui.components import Component

from accounts import roles
from accounts.roles import user_region
from actionplan import selectors as plan_selectors

from . import permissions, selectors
from .models import Meeting

RECENT_CHANGES = 8


class RegionaleTafelPanel(Component):
    """What changed since the board's last meeting (real changes only), its next meeting, advice."""

    name = "regionale_tafel_start"
    order = 30
    template_name = "review/dashboard/regionale_tafel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        today = timezone.localdate()
        plan = plan_selectors.current_plan(user_region(self.user))
        if plan is None:
            return {"plan": None}
        since, last_meeting = selectors.default_since(plan, today)
        changes = [
            c for c in selectors.changes_since(plan=plan, since=selectors.start_of_day(since)) if c.is_real
        ]
        changed_actions = {c.action_id for c in changes}
        return {
            "plan": plan,
            "since": since,
            "last_meeting": last_meeting,
            "next_meeting": Meeting.objects.filter(plan=plan, date__gte=today).order_by("date").first(),
            "changes": list(reversed(changes))[:RECENT_CHANGES],
            "change_count": len(changes),
            "changed_action_count": len(changed_actions),
            "can_record": permissions.can_record_review_notes(self.user),
        }


def panels_for(user) -> list[Component]:
    """The board's panel; a beheerder has the plan's own panel (reporting) instead."""
    if roles.has_role(user, roles.REGIONALE_TAFEL) and not roles.has_role(user, roles.BEHEERDER):
        return [RegionaleTafelPanel(user)]
    return []
