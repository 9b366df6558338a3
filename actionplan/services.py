"""Writes to the action plan. Views, forms and commands call these; each records who and why.

The stand van zaken is year-bound: ``action_update_status`` writes one reporting year's note (status,
postponement, text) and never another year's; the action's current status follows its latest year.
A closed year (its edition is published) is written only by a beheerder, with a reason: a correction.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts import roles
from workbench.history import claim_version, record_history

from . import permissions, selectors
from .models import (
    NOT_STATED,
    Action,
    ActionStatus,
    Membership,
    Organisation,
    Plan,
    ProgressNote,
    ReportingYearClosure,
)


def closed_year_message(year: int) -> str:
    return _(
        "Verslagjaar %(year)s is afgesloten: de editie %(year)s is gepubliceerd. "
        "Alleen een beheerder kan dit jaar nog corrigeren."
    ) % {"year": year}


def _clean_postponement(
    *, status: str, postponed_to_year: int | None, postponed_to_plan: Plan | None
) -> tuple[int | None, Plan | None]:
    if status != ActionStatus.POSTPONED:
        return None, None
    if postponed_to_year is None and postponed_to_plan is None:
        raise ValidationError(
            {"postponed_to_year": _("Geef aan naar welk jaar of plan de actie is doorgeschoven.")}
        )
    return postponed_to_year, postponed_to_plan


def _year_reason(*, user, region, year: int, reason: str) -> str:
    """The history reason of a write to ``year`` of ``region``; a closed year asks a beheerder and a
    reason."""
    reason = reason.strip()
    if year not in selectors.closed_years(region):
        return reason or _("Stand van zaken %(year)s bijgewerkt") % {"year": year}
    if not permissions.can_correct_closed_year(user):
        raise PermissionDenied(closed_year_message(year))
    if not reason:
        raise ValidationError(
            {
                "reason": _("Geef de reden van deze correctie: verslagjaar %(year)s is al gepubliceerd.")
                % {"year": year}
            }
        )
    return _("Correctie %(year)s na publicatie: %(reason)s") % {"year": year, "reason": reason}


def _validate(*, action: Action, status: str, note: str, year: int) -> None:
    plan = action.opgave.plan
    if not plan.start_year <= year <= plan.end_year:
        raise ValidationError({"year": _("Het jaar valt buiten de looptijd van het plan.")})
    if status != NOT_STATED and status not in ActionStatus.values:
        raise ValidationError({"status": _("Onbekende status.")})
    if not note.strip():
        raise ValidationError({"note": _("Beschrijf de stand van zaken.")})


@transaction.atomic
def action_update_status(
    *,
    action: Action,
    user,
    status: str,
    note: str,
    year: int,
    expected_version: int | None,
    reason: str = "",
    postponed_to_year: int | None = None,
    postponed_to_plan: Plan | None = None,
) -> Action:
    """Write the stand van zaken of one year of an action, as its owner or a beheerder.

    Ownership and closed years are checked here again, whatever screen the call comes from. The
    write is based on the action's ``expected_version`` (the one the screen showed): the action's
    row is claimed with a conditional update (``workbench.history.claim_version``) before anything is
    written, so of two saves based on the same version the second is refused (``ConcurrentUpdate``);
    a save that does not say its version is refused too (``VersionMissing``).
    """
    current = Action.objects.select_related("opgave__plan").get(pk=action.pk)
    if not permissions.can_update_action(user, current):
        raise PermissionDenied(_("U mag deze actie niet wijzigen."))
    reason = _year_reason(user=user, region=current.opgave.plan.region_id, year=year, reason=reason)
    _validate(action=current, status=status, note=note, year=year)
    postponed_to_year, postponed_to_plan = _clean_postponement(
        status=status, postponed_to_year=postponed_to_year, postponed_to_plan=postponed_to_plan
    )
    values = {
        "status": status,
        "postponed_to_year": postponed_to_year,
        "postponed_to_plan": postponed_to_plan,
        "text": note.strip(),
    }
    claim_version(Action, pk=current.pk, expected_version=expected_version)
    note_changed = progress_note_set(action=current, year=year, values=values, user=user, reason=reason)
    current_changed = _follow_latest_year(current)
    if not (note_changed or current_changed):
        # Nothing changed: the claim is given back, so the version moves on only with a change.
        Action.objects.filter(pk=current.pk).update(version=expected_version)
        current.version = expected_version
        return current
    current.version = expected_version + 1
    record_history(current, user=user, reason=reason)
    current.save()
    return current


def progress_note_set(*, action: Action, year: int, values: dict, user, reason: str) -> bool:
    """Create or replace the note of one year (nothing else); returns whether anything changed."""
    note = ProgressNote.objects.filter(action=action, year=year).first()
    if note is None:
        note = ProgressNote(action=action, year=year)
    elif all(getattr(note, name) == value for name, value in values.items()):
        return False
    for name, value in values.items():
        setattr(note, name, value)
    record_history(note, user=user, reason=reason)
    note.save()
    return True


def _follow_latest_year(action: Action) -> bool:
    """The action's current status is its latest year's; returns whether it changed."""
    latest = ProgressNote.objects.filter(action=action).order_by("-year").first()
    if latest is None:
        return False
    new = (latest.status, latest.postponed_to_year, latest.postponed_to_plan_id)
    if new == (action.status, action.postponed_to_year, action.postponed_to_plan_id):
        return False
    action.status, action.postponed_to_year, action.postponed_to_plan_id = new
    return True


def reporting_year_close(*, region, year: int, user=None, reason: str = "") -> ReportingYearClosure:
    """Close a region's reporting year because its edition is published; closing it again changes nothing."""
    existing = ReportingYearClosure.objects.filter(region=region, year=year).first()
    if existing is not None:
        return existing
    closure = ReportingYearClosure(
        region=region,
        year=year,
        closed_at=timezone.now(),
        closed_by=user,
        reason=reason.strip() or _("Editie %(year)s gepubliceerd") % {"year": year},
    )
    record_history(closure, user=user, reason=closure.reason)
    try:
        with transaction.atomic():
            closure.save()
    except IntegrityError:  # closed at the same moment by another publication
        return ReportingYearClosure.objects.get(region=region, year=year)
    return closure


@transaction.atomic
def progress_note_delete(*, note: ProgressNote, user) -> None:
    """Delete one year's note (a beheerder's cleanup); a closed year's note is a fact and stays."""
    action = Action.objects.select_for_update().select_related("opgave__plan").get(pk=note.action_id)
    if not roles.has_role(user, roles.BEHEERDER) or not permissions.can_update_action(user, action):
        raise PermissionDenied(_("U mag deze stand van zaken niet verwijderen."))
    if note.year in selectors.closed_years(action.opgave.plan.region_id):
        raise PermissionDenied(closed_year_message(note.year))
    reason = _("Stand van zaken %(year)s verwijderd") % {"year": note.year}
    record_history(note, user=user, reason=reason)
    note.delete()
    if _follow_latest_year(action):
        action.version += 1
        record_history(action, user=user, reason=reason)
        action.save()


def membership_set(*, user, organisation: Organisation | None, changed_by, reason: str) -> Membership | None:
    """Tie a user to the organisation they act for (None: to none); an unchanged one is no change."""
    membership = Membership.objects.filter(user=user).first()
    if organisation is None:
        if membership is not None:
            record_history(membership, user=changed_by, reason=reason)
            membership.delete()
        return None
    if membership is None:
        membership = Membership(user=user)
    elif membership.organisation_id == organisation.pk:
        return membership
    membership.organisation = organisation
    record_history(membership, user=changed_by, reason=reason)
    membership.save()
    return membership
