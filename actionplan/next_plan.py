"""Start the next action plan from the current one (Actieplan 2027-2030 from 2024-2026).

Actions that are still lopend, doorlopend or doorgeschoven carry over to the new plan, each linked to
the action it came from (``Action.origin``) so its history stays readable; the others stay with the
old plan, which is then closed and so read-only.
"""

from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from accounts import roles
from regions.scoping import works_in
from workbench.history import record_history

from .models import Action, ActionStatus, Opgave, Plan

CARRY_OVER_STATUSES = (ActionStatus.RUNNING, ActionStatus.CONTINUOUS, ActionStatus.POSTPONED)
COPIED_FIELDS = ("title", "description", "lead_id", "municipality_id", "sort_order")


@dataclass
class NextPlanResult:
    plan: Plan
    carried_over: dict[str, int] = field(default_factory=dict)
    left_behind: int = 0


def _new_status(old: Action) -> str:
    # A postponed action starts in the new plan as planned; running and continuous ones go on.
    return ActionStatus.PLANNED if old.status == ActionStatus.POSTPONED else old.status


@transaction.atomic
def plan_create_next(*, plan: Plan, user, start_year: int, end_year: int, title: str = "") -> NextPlanResult:
    """Create the successor of ``plan`` with its opgaven and open actions, then close ``plan``."""
    if not roles.has_role(user, roles.BEHEERDER) or not works_in(user, plan.region_id):
        raise PermissionDenied(_("Alleen een beheerder maakt een nieuw actieplan."))
    plan = Plan.objects.select_for_update().get(pk=plan.pk)
    if plan.is_closed:
        raise ValidationError(_("Dit actieplan is al afgesloten."))
    if start_year <= plan.end_year or end_year < start_year:
        raise ValidationError({"start_year": _("Het nieuwe plan begint na het huidige plan.")})
    if Plan.objects.filter(region=plan.region_id, start_year=start_year, end_year=end_year).exists():
        raise ValidationError({"start_year": _("Er bestaat al een plan voor deze periode.")})
    reason = _("Voortgezet uit %(plan)s") % {"plan": plan}
    new_plan = Plan(
        region=plan.region,
        title=title.strip() or f"Actieplan {start_year}-{end_year}",
        start_year=start_year,
        end_year=end_year,
        predecessor=plan,
    )
    record_history(new_plan, user=user, reason=reason)
    new_plan.save()
    result = NextPlanResult(plan=new_plan, carried_over=dict.fromkeys(CARRY_OVER_STATUSES, 0))
    opgaven = _copy_opgaven(plan, new_plan, user=user, reason=reason)
    actions = Action.objects.filter(opgave__plan=plan).prefetch_related("co_owners").order_by("pk")
    for old in actions:
        if old.status not in CARRY_OVER_STATUSES:
            result.left_behind += 1
            continue
        _carry_over(old, opgave=opgaven[old.opgave_id], user=user, reason=reason)
        result.carried_over[old.status] += 1
    plan.is_closed = True
    record_history(plan, user=user, reason=_("Afgesloten; opgevolgd door %(plan)s") % {"plan": new_plan})
    plan.save()
    return result


def _copy_opgaven(plan: Plan, new_plan: Plan, *, user, reason: str) -> dict[int, Opgave]:
    """The new plan starts with the same opgaven, in the same order; returns old pk -> new opgave."""
    opgaven = {}
    for old in plan.opgaven.order_by("number"):
        opgave = Opgave(
            plan=new_plan,
            number=old.number,
            title=old.title,
            short_title=old.short_title,
            description=old.description,
        )
        record_history(opgave, user=user, reason=reason)
        opgave.save()
        opgaven[old.pk] = opgave
    return opgaven


def _carry_over(old: Action, *, opgave: Opgave, user, reason: str) -> Action:
    action = Action(
        opgave=opgave, origin=old, status=_new_status(old), **{f: getattr(old, f) for f in COPIED_FIELDS}
    )
    record_history(action, user=user, reason=reason)
    action.save()
    co_owners = list(old.co_owners.all())
    if co_owners:
        action.co_owners.add(*co_owners)
    return action
