"""Selectors of the reporting rounds: what is due, late or in, and how complete a round is."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, Q, QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts import roles
from actionplan import permissions
from actionplan import selectors as plan_selectors
from actionplan.models import Action, Opgave, Organisation, Plan

from .models import ActionUpdate, ReportingRound, UpdateState

# An action whose lead the source does not name still owes its update: the beheerder writes it (in the
# action's year screen) and the lists of who is late name it as such, never dropped or guessed.
MANAGER_REPORTS_LABEL = gettext_lazy("niet vermeld (de beheerder rapporteert)")

OPEN_STATES = (UpdateState.TODO, UpdateState.RETURNED)


def lead_label_for_manager(lead) -> str:
    """The lead's name in the beheerder's overviews, or who reports when the source names none."""
    return str(lead) if lead else str(MANAGER_REPORTS_LABEL)


def open_round(plan: Plan | None) -> ReportingRound | None:
    """The plan's open reporting round of the latest year, if any."""
    if plan is None:
        return None
    return plan.reporting_rounds.filter(closed=False).order_by("-year").first()


def update_list_queryset() -> QuerySet[ActionUpdate]:
    return ActionUpdate.objects.select_related(
        "round__plan", "action__opgave", "action__lead", "submitted_by", "reviewed_by"
    )


def updates_of_organisation(organisation: Organisation | None) -> QuerySet[ActionUpdate]:
    """Updates in open rounds of open plans and open years for the actions the organisation owns."""
    if organisation is None:
        return ActionUpdate.objects.none()
    owned = Action.objects.filter(Q(lead=organisation) | Q(co_owners=organisation)).values("pk")
    return (
        update_list_queryset()
        .filter(action__in=owned, round__closed=False, round__plan__is_closed=False)
        .exclude(plan_selectors.year_closed("round__plan__region", "round__year"))
    )


def updates_due_for(user) -> QuerySet[ActionUpdate]:
    """What an actiehouder still owes: not submitted yet, or sent back; earliest deadline first."""
    if not permissions.can_use_my_actions(user):
        return ActionUpdate.objects.none()
    organisation = roles.user_organisation(user)
    return (
        updates_of_organisation(organisation)
        .filter(state__in=OPEN_STATES)
        .order_by("round__deadline", "action__opgave__number", "action__sort_order", "action__pk")
    )


def open_round_update(action: Action, year: int) -> ActionUpdate | None:
    """The open round's request for this action and year (whoever owns it), for the beheerder."""
    return (
        update_list_queryset()
        .filter(action=action, round__year=year, round__closed=False, round__plan__is_closed=False)
        .exclude(plan_selectors.year_closed("round__plan__region", "round__year"))
        .first()
    )


def round_update_for(user, action: Action, year: int) -> ActionUpdate | None:
    """The open round's request for this action and year, as the owner sees it on the action."""
    organisation = roles.user_organisation(user)
    return updates_of_organisation(organisation).filter(action=action, round__year=year).first()


def late_updates(today: datetime.date) -> QuerySet[ActionUpdate]:
    """Open updates of open rounds (in open years) whose deadline has passed."""
    return (
        update_list_queryset()
        .filter(
            state__in=OPEN_STATES,
            round__closed=False,
            round__plan__is_closed=False,
            round__deadline__lt=today,
        )
        .exclude(plan_selectors.year_closed("round__plan__region", "round__year"))
    )


@dataclass
class CompletenessRow:
    label: str
    total: int = 0
    submitted: int = 0
    accepted: int = 0
    returned: int = 0
    late: int = 0
    extra: dict = field(default_factory=dict)

    @property
    def missing(self) -> int:
        return self.total - self.submitted


def _counts(updates: QuerySet, group_by: str, today: datetime.date, deadline: datetime.date):
    late_filter = Q(state__in=OPEN_STATES) if today > deadline else Q(pk__in=[])
    return (
        updates.values(group_by)
        .annotate(
            total=Count("pk"),
            submitted=Count("pk", filter=Q(state__in=(UpdateState.SUBMITTED, UpdateState.ACCEPTED))),
            accepted=Count("pk", filter=Q(state=UpdateState.ACCEPTED)),
            returned=Count("pk", filter=Q(state=UpdateState.RETURNED)),
            late=Count("pk", filter=late_filter),
        )
        .order_by(group_by)
    )


def round_completeness(reporting_round: ReportingRound, today: datetime.date) -> dict:
    """Per opgave and per lead organisation: updates due, in, accepted, returned and late.

    Three queries, whatever the number of actions.
    """
    updates = ActionUpdate.objects.filter(round=reporting_round)
    opgaven = {o.pk: o for o in Opgave.objects.filter(plan_id=reporting_round.plan_id)}
    by_opgave = []
    for row in _counts(updates, "action__opgave", today, reporting_round.deadline):
        values = {k: v for k, v in row.items() if k != "action__opgave"}
        by_opgave.append(CompletenessRow(label=str(opgaven[row["action__opgave"]]), **values))
    by_opgave.sort(key=lambda r: r.label)
    by_organisation = [
        CompletenessRow(label=lead_label_for_manager(row.pop("action__lead__short_name")), **row)
        for row in _counts(updates, "action__lead__short_name", today, reporting_round.deadline)
    ]
    totals = CompletenessRow(label=_("Totaal"))
    for row in by_opgave:
        for name in ("total", "submitted", "accepted", "returned", "late"):
            setattr(totals, name, getattr(totals, name) + getattr(row, name))
    return {"by_opgave": by_opgave, "by_organisation": by_organisation, "totals": totals}
