"""Writes to the action plan. Views, forms and commands call these; each records who and why."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from . import permissions
from .models import Action, ActionStatus, Membership, Organisation, Plan, ProgressNote


class ConcurrentUpdate(Exception):
    """Someone else saved the action since the form was opened."""

    def __init__(self, current: Action):
        super().__init__(_("De actie is intussen door iemand anders gewijzigd."))
        self.current = current


def _record(instance, *, user, reason: str) -> None:
    instance._history_user = user
    instance._change_reason = reason


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


@transaction.atomic
def action_update_status(
    *,
    action: Action,
    user,
    status: str,
    note: str,
    year: int,
    reason: str = "",
    postponed_to_year: int | None = None,
    postponed_to_plan: Plan | None = None,
    expected_version: int | None = None,
) -> Action:
    """Set an action's status and its stand van zaken for a year, as its owner or a beheerder.

    Ownership is checked here again, whatever screen the call comes from.
    """
    locked = Action.objects.select_for_update().select_related("opgave__plan").get(pk=action.pk)
    if not permissions.can_update_action(user, locked):
        raise PermissionDenied(_("U mag deze actie niet wijzigen."))
    if expected_version is not None and locked.version != expected_version:
        raise ConcurrentUpdate(locked)
    if status not in ActionStatus.values:
        raise ValidationError({"status": _("Onbekende status.")})
    if not note.strip():
        raise ValidationError({"note": _("Beschrijf de stand van zaken.")})
    postponed_to_year, postponed_to_plan = _clean_postponement(
        status=status, postponed_to_year=postponed_to_year, postponed_to_plan=postponed_to_plan
    )
    reason = reason.strip() or _("Stand van zaken %(year)s bijgewerkt") % {"year": year}

    new_state = (status, postponed_to_year, postponed_to_plan.pk if postponed_to_plan else None)
    old_state = (locked.status, locked.postponed_to_year, locked.postponed_to_plan_id)
    note_changed = not ProgressNote.objects.filter(
        action=locked, year=year, status=status, text=note.strip()
    ).exists()
    if new_state != old_state or note_changed:
        # Any change, also of the note alone, moves the version on: concurrent edits are detected.
        locked.status = status
        locked.postponed_to_year = postponed_to_year
        locked.postponed_to_plan = postponed_to_plan
        locked.version += 1
        _record(locked, user=user, reason=reason)
        locked.save()
    progress_note_set(action=locked, year=year, status=status, text=note, user=user, reason=reason)
    return locked


def progress_note_set(
    *, action: Action, year: int, status: str, text: str, user, reason: str
) -> ProgressNote:
    """Create or replace the stand van zaken of an action for a year; unchanged text is no change."""
    note = ProgressNote.objects.filter(action=action, year=year).first()
    if note is None:
        note = ProgressNote(action=action, year=year)
    elif (note.status, note.text) == (status, text.strip()):
        return note
    note.status = status
    note.text = text.strip()
    _record(note, user=user, reason=reason)
    note.save()
    return note


def membership_set(*, user, organisation: Organisation | None, changed_by, reason: str) -> Membership | None:
    """Tie a user to the organisation they act for (None: to none); an unchanged one is no change."""
    membership = Membership.objects.filter(user=user).first()
    if organisation is None:
        if membership is not None:
            _record(membership, user=changed_by, reason=reason)
            membership.delete()
        return None
    if membership is None:
        membership = Membership(user=user)
    elif membership.organisation_id == organisation.pk:
        return membership
    membership.organisation = organisation
    _record(membership, user=changed_by, reason=reason)
    membership.save()
    return membership
