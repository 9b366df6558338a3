"""The start screens (Wagtail dashboard panels) of the action plan's roles.

Each role sees what it has to do: the actiehouder what is due in the open round, the beheerder the
plan's progress and the round's completeness, the Regionale Tafel what changed since its last meeting.
Every panel costs a fixed number of queries, whatever the number of actions.
"""

from collections import Counter

from django.db.models import Count, Q
from django.utils import timezone
from wagtail.admin.ui.components import Component

from . import permissions, reporting, review, roles
from .models import NOT_STATED, STATUS_CHOICES, Action, ActionStatus, Meeting, ReportingRound, UpdateState

RECENT_CHANGES = 8


def _status_counts(counts: dict[str, int]) -> list[dict]:
    labels = dict(STATUS_CHOICES)
    return [
        {"status": status, "label": str(labels[status]), "count": counts.get(status, 0)}
        for status in [*ActionStatus.values, NOT_STATED]
    ]


def open_round(plan) -> ReportingRound | None:
    """The plan's open reporting round of the latest year, if any."""
    if plan is None:
        return None
    return plan.reporting_rounds.filter(closed=False).order_by("-year").first()


class ActiehouderPanel(Component):
    """What the organisation owes in the open round, what came back, and its actions by status."""

    name = "actiehouder_start"
    order = 10
    template_name = "actionplan/dashboard/actiehouder.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        organisation = permissions.user_organisation(self.user)
        due = list(reporting.updates_due_for(self.user))
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
    template_name = "actionplan/dashboard/beheerder.html"

    def get_context_data(self, parent_context=None):
        today = timezone.localdate()
        plan = review.current_plan()
        reporting_round = open_round(plan)
        opgaven = []
        if plan is not None:
            counts = review._status_counts(plan)
            for opgave in plan.opgaven.order_by("number"):
                status_counts = _status_counts(counts[opgave.pk])
                total = sum(item["count"] for item in status_counts)
                opgaven.append({"opgave": opgave, "status_counts": status_counts, "total": total})
        late = reporting.late_updates(today)
        late_per_organisation = Counter(
            reporting.lead_label_for_manager(name)
            for name in late.values_list("action__lead__short_name", flat=True)
        )
        without_lead = Action.objects.filter(opgave__plan=plan, lead__isnull=True).count() if plan else 0
        return {
            "plan": plan,
            "opgaven": opgaven,
            "without_lead": without_lead,
            "round": reporting_round,
            "completeness": reporting.round_completeness(reporting_round, today) if reporting_round else None,
            "late_count": sum(late_per_organisation.values()),
            "late_per_organisation": sorted(late_per_organisation.items()),
            "today": today,
        }


class RegionaleTafelPanel(Component):
    """What changed since the board's last meeting (real changes only), its next meeting, advice."""

    name = "regionale_tafel_start"
    order = 30
    template_name = "actionplan/dashboard/regionale_tafel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        today = timezone.localdate()
        plan = review.current_plan()
        if plan is None:
            return {"plan": None}
        since, last_meeting = review.default_since(plan, today)
        changes = [c for c in review.changes_since(plan=plan, since=review.start_of_day(since)) if c.is_real]
        changed_actions = {c.action_id for c in changes}
        return {
            "plan": plan,
            "since": since,
            "last_meeting": last_meeting,
            "next_meeting": Meeting.objects.filter(plan=plan, date__gte=today).order_by("date").first(),
            "changes": list(reversed(changes))[:RECENT_CHANGES],
            "change_count": len(changes),
            "changed_action_count": len(changed_actions),
            "can_record": review.can_record_review_notes(self.user),
        }


def panels_for(user) -> list[Component]:
    panels = []
    if permissions.can_use_my_actions(user):
        panels.append(ActiehouderPanel(user))
    if permissions.has_role(user, roles.BEHEERDER):
        panels.append(BeheerderPlanPanel())
    elif permissions.has_role(user, roles.REGIONALE_TAFEL):
        panels.append(RegionaleTafelPanel(user))
    return panels
