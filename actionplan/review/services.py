"""Writes of the Regionale Tafel: meetings and the board's advice or decision per opgave."""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from actionplan.models import Opgave, Plan
from regions.scoping import works_in
from workbench.history import record_history

from .models import Meeting, ReviewNote
from .permissions import can_record_review_notes


def _require_board(user, plan: Plan) -> None:
    """The board (or the beheerder) of the plan's own region."""
    if not can_record_review_notes(user) or not works_in(user, plan.region_id):
        raise PermissionDenied(_("Alleen de Regionale Tafel en de beheerder mogen dit vastleggen."))


@transaction.atomic
def meeting_create(*, plan: Plan, date: datetime.date, title: str = "", user) -> Meeting:
    _require_board(user, plan)
    if Meeting.objects.filter(plan=plan, date=date).exists():
        raise ValidationError({"date": _("Op deze datum is al een vergadering.")})
    meeting = Meeting(plan=plan, date=date, title=title.strip())
    record_history(meeting, user=user, reason=_("Vergadering gepland"))
    meeting.save()
    return meeting


@transaction.atomic
def review_note_create(*, meeting: Meeting, opgave: Opgave, kind: str, text: str, user) -> ReviewNote:
    """Record the board's advice or decision on an opgave at a meeting."""
    _require_board(user, meeting.plan)
    if opgave.plan_id != meeting.plan_id:
        raise ValidationError({"opgave": _("Deze opgave hoort niet bij het plan van de vergadering.")})
    if kind not in ReviewNote.Kind.values:
        raise ValidationError({"kind": _("Onbekende soort.")})
    if not text.strip():
        raise ValidationError({"text": _("Vul het advies of besluit in.")})
    note = ReviewNote(meeting=meeting, opgave=opgave, kind=kind, text=text.strip(), created_by=user)
    record_history(note, user=user, reason=_("Vastgelegd"))
    note.save()
    return note


@transaction.atomic
def review_note_create_at_new_meeting(
    *, plan: Plan, date: datetime.date, title: str = "", opgave: Opgave, kind: str, text: str, user
) -> ReviewNote:
    """The board records its advice at a meeting it enters on the spot (from the advice form).

    A meeting of the plan on that date already exists: the advice goes to that one.
    """
    _require_board(user, plan)
    meeting = Meeting.objects.filter(plan=plan, date=date).first()
    if meeting is None:
        meeting = meeting_create(plan=plan, date=date, title=title, user=user)
    return review_note_create(meeting=meeting, opgave=opgave, kind=kind, text=text, user=user)


@transaction.atomic
def review_note_update(*, note: ReviewNote, kind: str, text: str, user, reason: str = "") -> ReviewNote:
    _require_board(user, note.meeting.plan)
    if kind not in ReviewNote.Kind.values:
        raise ValidationError({"kind": _("Onbekende soort.")})
    if not text.strip():
        raise ValidationError({"text": _("Vul het advies of besluit in.")})
    note.kind = kind
    note.text = text.strip()
    record_history(note, user=user, reason=reason.strip() or _("Gewijzigd"))
    note.save()
    return note
