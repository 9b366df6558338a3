"""Start screen panels (Wagtail dashboard) of the reporting rounds' roles.

The actiehouder sees what is due in the open round, the beheerder the plan's progress and the round's
completeness (the Regionale Tafel's panel is the review app's). Every panel costs a fixed number of
queries, whatever the number of actions.
"""

from collections import Counter

from django.db.models import Count, Q
from django.utils import timezone
from wagtail.admin.ui.components import Component

from accounts import roles
from accounts.roles import user_region
from actionplan import permissions
from actionplan import selectors as plan_selectors
from actionplan.models import NOT_STATED, STATUS_CHOICES, Action, ActionStatus
from regions.scoping import for_user

from . import selectors
from .models import UpdateState


def _status_counts(counts: dict[str, int]) -> list[dict]:
    labels = dict(STATUS_CHOICES)
    return [
        {"status": status, "label": str(labels[status]), "count": counts.get(status, 0)}
        for status in [*ActionStatus.values, NOT_STATED]
    ]


class ActiehouderPanel(Component):
    """What the organisation owes in the open round, what came back, and its actions by status."""

    name = "actiehouder_start"
    order = 10
    template_name = "reporting/dashboard/actiehouder.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        organisation = roles.user_organisation(self.user)
        due = list(selectors.updates_due_for(self.user))
        today = timezone.localdate()
        owned = Action.objects.filter(Q(lead=organisation) | Q(co_owners=organisation)).values("pk")
        rows = Action.objects.filter(pk__in=owned).values("status").annotate(n=Count("pk")).order_by()
        counts = {row["status"]: row["n"] for row in rows}
        return {
            "organisation": organisation,
            "due": due,
            "returned": [u for u in due if u.state == UpdateState.RETURNED],
            "late_count": sum(1 for u in due if u.round.deadline < today),
            "deadlines": sorted({u.round.deadline for u in due}),
            "status_counts": _status_counts(counts),
            "total": sum(counts.values()),
            "today": today,
        }


class BeheerderPlanPanel(Component):
    """The plan's progress per opgave, the open round's completeness and what is overdue."""

    name = "beheerder_plan"
    order = 20
    template_name = "reporting/dashboard/beheerder.html"

    def get_context_data(self, parent_context=None):
        today = timezone.localdate()
        user = parent_context["request"].user
        plan = plan_selectors.current_plan(user_region(user))
        reporting_round = selectors.open_round(plan)
        opgaven = []
        if plan is not None:
            counts = plan_selectors.status_counts_per_opgave(plan)
            for opgave in plan.opgaven.order_by("number"):
                status_counts = _status_counts(counts[opgave.pk])
                total = sum(item["count"] for item in status_counts)
                opgaven.append({"opgave": opgave, "status_counts": status_counts, "total": total})
        late = for_user(selectors.late_updates(today), user)
        late_per_organisation = Counter(
            selectors.lead_label_for_manager(name)
            for name in late.values_list("action__lead__short_name", flat=True)
        )
        without_lead = Action.objects.filter(opgave__plan=plan, lead__isnull=True).count() if plan else 0
        return {
            "plan": plan,
            "opgaven": opgaven,
            "without_lead": without_lead,
            "round": reporting_round,
            "completeness": selectors.round_completeness(reporting_round, today) if reporting_round else None,
            "late_count": sum(late_per_organisation.values()),
            "late_per_organisation": sorted(late_per_organisation.items()),
            "today": today,
        }


def panels_for(user) -> list[Component]:
    panels = []
    if permissions.can_use_my_actions(user):
        panels.append(ActiehouderPanel(user))
    if roles.has_role(user, roles.BEHEERDER):
        panels.append(BeheerderPlanPanel())
    return panels
