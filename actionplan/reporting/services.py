"""Services of the reporting rounds: open and close a round, submit, accept or return an update.

A beheerder opens a round for a plan and a year; every open action then owes an update. The owner
submits it (which sets the action's status and stand van zaken through the plan's ``services``), the
beheerder accepts it or sends it back with a comment.
"""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history

from actionplan import selectors as plan_selectors
from actionplan import services as plan_services
from actionplan.models import Action, ActionStatus, Plan
from workbench.history import record_history

from .models import ActionUpdate, ReportingRound, UpdateState
from .permissions import can_submit_update, require_manager

CLOSED_STATUSES = (ActionStatus.DONE, ActionStatus.CANCELLED)


@transaction.atomic
def round_open(*, plan: Plan, year: int, deadline: datetime.date, user) -> ReportingRound:
    """Open a round and create the update every action that is not afgerond or vervallen owes."""
    require_manager(user, plan)
    if plan.is_closed:
        raise ValidationError(_("Dit actieplan is afgesloten."))
    if not plan.start_year <= year <= plan.end_year:
        raise ValidationError({"year": _("Het jaar valt buiten de looptijd van het plan.")})
    if year in plan_selectors.closed_years(plan.region_id):
        raise ValidationError({"year": plan_services.closed_year_message(year)})
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
    require_manager(user, reporting_round.plan)
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

    Ownership is checked here and again in ``actionplan.services.action_update_status``.
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
    plan_services.action_update_status(
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
    locked = ActionUpdate.objects.select_for_update().select_related("round__plan").get(pk=update.pk)
    require_manager(user, locked.round.plan)
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
