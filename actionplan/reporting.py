"""Reporting rounds: services that open and close rounds and move updates along, and their selectors.

A beheerder opens a round for a plan and a year; every open action then owes an update. The owner
submits it (which sets the action's status and stand van zaken through ``services``), the beheerder
accepts it or sends it back with a comment.
"""

import datetime
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from simple_history.utils import bulk_create_with_history

from workbench.history import record_history

from . import permissions, roles, selectors, services
from .models import (
    Action,
    ActionStatus,
    ActionUpdate,
    Opgave,
    Organisation,
    Plan,
    ReportingRound,
    UpdateState,
)

CLOSED_STATUSES = (ActionStatus.DONE, ActionStatus.CANCELLED)

# An action whose lead the source does not name still owes its update: the beheerder writes it (in the
# action's year screen) and the lists of who is late name it as such, never dropped or guessed.
MANAGER_REPORTS_LABEL = gettext_lazy("niet vermeld (de beheerder rapporteert)")


def lead_label_for_manager(lead) -> str:
    """The lead's name in the beheerder's overviews, or who reports when the source names none."""
    return str(lead) if lead else str(MANAGER_REPORTS_LABEL)


OPEN_STATES = (UpdateState.TODO, UpdateState.RETURNED)


def can_manage_rounds(user) -> bool:
    return permissions.has_role(user, roles.BEHEERDER)


def can_submit_update(user, update: ActionUpdate) -> bool:
    """The owner's actiehouders (or a beheerder) submit while the round, the plan and the year are open."""
    if update.round.closed or update.state == UpdateState.ACCEPTED:
        return False
    if update.round.year in selectors.closed_years():
        return False
    return permissions.can_update_action(user, update.action)


def _require_manager(user) -> None:
    if not can_manage_rounds(user):
        raise PermissionDenied(_("Alleen een beheerder mag dit doen."))


# --- services ------------------------------------------------------------------------------------


@transaction.atomic
def round_open(*, plan: Plan, year: int, deadline: datetime.date, user) -> ReportingRound:
    """Open a round and create the update every action that is not afgerond or vervallen owes."""
    _require_manager(user)
    if plan.is_closed:
        raise ValidationError(_("Dit actieplan is afgesloten."))
    if not plan.start_year <= year <= plan.end_year:
        raise ValidationError({"year": _("Het jaar valt buiten de looptijd van het plan.")})
    if year in selectors.closed_years():
        raise ValidationError({"year": services.closed_year_message(year)})
    if ReportingRound.objects.filter(plan=plan, year=year).exists():
        raise ValidationError({"year": _("Voor dit jaar is al een rapportageronde geopend.")})
    reporting_round = ReportingRound(
        plan=plan, year=year, deadline=deadline, opened_by=user, opened_at=timezone.now()
    )
    reason = _("Rapportageronde %(year)s geopend") % {"year": year}
    record_history(reporting_round, user=user, reason=reason)
    reporting_round.save()
    actions = Action.objects.filter(opgave__plan=plan).exclude(status__in=CLOSED_STATUSES)
    bulk_create_with_history(
        [ActionUpdate(round=reporting_round, action=action) for action in actions.order_by("pk")],
        ActionUpdate,
        default_user=user,
        default_change_reason=reason,
    )
    return reporting_round


@transaction.atomic
def round_close(*, reporting_round: ReportingRound, user) -> ReportingRound:
    _require_manager(user)
    reporting_round.closed = True
    record_history(reporting_round, user=user, reason=_("Rapportageronde gesloten"))
    reporting_round.save()
    return reporting_round


@transaction.atomic
def update_submit(
    *,
    update: ActionUpdate,
    user,
    status: str,
    text: str,
    postponed_to_year: int | None = None,
    postponed_to_plan: Plan | None = None,
    expected_version: int | None,
) -> ActionUpdate:
    """An owner submits (or resubmits) the update; the action and its stand van zaken change too.

    Ownership is checked here and again in ``services.action_update_status``.
    """
    locked = (
        ActionUpdate.objects.select_for_update()
        .select_related("round__plan", "action__opgave__plan")
        .get(pk=update.pk)
    )
    if not can_submit_update(user, locked):
        raise PermissionDenied(_("U mag deze update niet indienen."))
    year = locked.round.year
    resubmission = locked.submission_count > 0
    reason = (
        _("Update rapportageronde %(year)s opnieuw ingediend")
        if resubmission
        else _("Update rapportageronde %(year)s ingediend")
    ) % {"year": year}
    services.action_update_status(
        action=locked.action,
        user=user,
        status=status,
        note=text,
        year=year,
        reason=reason,
        postponed_to_year=postponed_to_year,
        postponed_to_plan=postponed_to_plan,
        expected_version=expected_version,
    )
    locked.status = status
    locked.text = text.strip()
    locked.state = UpdateState.SUBMITTED
    locked.submitted_by = user
    locked.submitted_at = timezone.now()
    locked.submission_count += 1
    record_history(locked, user=user, reason=reason)
    locked.save()
    return locked


def _review(*, update: ActionUpdate, user, state: str, comment: str, reason: str) -> ActionUpdate:
    _require_manager(user)
    locked = ActionUpdate.objects.select_for_update().get(pk=update.pk)
    if locked.state != UpdateState.SUBMITTED:
        raise ValidationError(_("Alleen een ingediende update kan worden beoordeeld."))
    locked.state = state
    locked.reviewed_by = user
    locked.reviewed_at = timezone.now()
    locked.review_comment = comment.strip()
    record_history(locked, user=user, reason=reason)
    locked.save()
    return locked


@transaction.atomic
def update_accept(*, update: ActionUpdate, user, comment: str = "") -> ActionUpdate:
    return _review(
        update=update, user=user, state=UpdateState.ACCEPTED, comment=comment, reason=_("Geaccepteerd")
    )


@transaction.atomic
def update_return(*, update: ActionUpdate, user, comment: str) -> ActionUpdate:
    """Send an update back to its owner; the comment says what is missing."""
    if not comment.strip():
        raise ValidationError({"comment": _("Geef aan waarom de update wordt teruggestuurd.")})
    return _review(
        update=update,
        user=user,
        state=UpdateState.RETURNED,
        comment=comment,
        reason=_("Teruggestuurd: %(comment)s") % {"comment": comment.strip()},
    )


# --- selectors -----------------------------------------------------------------------------------


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
        .exclude(round__year__in=selectors.closed_years())
    )


def updates_due_for(user) -> QuerySet[ActionUpdate]:
    """What an actiehouder still owes: not submitted yet, or sent back; earliest deadline first."""
    if not permissions.can_use_my_actions(user):
        return ActionUpdate.objects.none()
    organisation = permissions.user_organisation(user)
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
        .exclude(round__year__in=selectors.closed_years())
        .first()
    )


def round_update_for(user, action: Action, year: int) -> ActionUpdate | None:
    """The open round's request for this action and year, as the owner sees it on the action."""
    organisation = permissions.user_organisation(user)
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
        .exclude(round__year__in=selectors.closed_years())
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
