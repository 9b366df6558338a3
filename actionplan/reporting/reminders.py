"""Daily reminders of a reporting round, for ``manage.py send_reminders`` (run from cron).

Each actiehouder gets one mail a day at most, listing their organisation's updates that are due within
seven days or overdue, signed with their region's name; each beheerder gets one summary a day of who is
late in their own region (nobody reads another region's overview). The mails are queued for
the background worker (workbench.tasks.send_mails), in the transaction that logs them: a mail is
logged exactly when it is queued, and the worker tries a mail that fails again.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from accounts import roles
from accounts.roles import user_region
from actionplan.models import Membership
from workbench.tasks import send_mails

from .models import ActionUpdate, ReminderLog
from .selectors import OPEN_STATES, lead_label_for_manager, update_list_queryset

DUE_WITHIN = datetime.timedelta(days=7)


@dataclass
class ReminderResult:
    owner_mails: int = 0
    manager_mails: int = 0
    skipped: int = 0


def due_updates(today: datetime.date) -> list[ActionUpdate]:
    """Open updates of open rounds due within seven days or overdue, with their owners prefetched."""
    return list(
        update_list_queryset()
        .filter(
            state__in=OPEN_STATES,
            round__closed=False,
            round__plan__is_closed=False,
            round__deadline__lte=today + DUE_WITHIN,
        )
        .select_related("round__plan__region")
        .prefetch_related("action__co_owners")
        .order_by("round__deadline", "action__opgave__number", "action__sort_order", "action__pk")
    )


def _updates_per_organisation(updates: list[ActionUpdate]) -> dict[int, list[ActionUpdate]]:
    per_organisation = defaultdict(list)
    for update in updates:
        owners = {update.action.lead_id} | {org.pk for org in update.action.co_owners.all()}
        for organisation_id in owners - {None}:  # no lead named: the beheerder's summary lists it
            per_organisation[organisation_id].append(update)
    return per_organisation


def _active_users_with_role(role: str):
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name=role)
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )


def _claim_and_send(user, *, today, kind: str, count: int, subject: str, template: str, context):
    """Log and queue one reminder; False if the user already had this kind today.

    The log row and the queued mail go together (one transaction, the queue being in the database):
    if queueing fails, the log is rolled back and a later run the same day tries again.
    """
    try:
        with transaction.atomic():
            ReminderLog.objects.create(user=user, date=today, kind=kind, action_count=count)
            _send(user, subject, template, context)
    except IntegrityError:
        return False
    return True


def _send(user, subject: str, template: str, context: dict) -> None:
    admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("actionplan_reporting:mine")
    body = render_to_string(template, {"user": user, "admin_url": admin_url, **context})
    send_mails.enqueue([[subject, body, None, [user.email]]])


def send_reminders(*, today: datetime.date) -> ReminderResult:
    """Send today's reminders; running it again the same day sends nothing new."""
    result = ReminderResult()
    updates = due_updates(today)
    per_organisation = _updates_per_organisation(updates)
    owners = _active_users_with_role(roles.ACTIEHOUDER).filter(
        membership__organisation__in=list(per_organisation)
    )
    memberships = dict(Membership.objects.filter(user__in=owners).values_list("user_id", "organisation_id"))
    for user in owners:
        own = per_organisation[memberships[user.pk]]
        late = [u for u in own if u.round.deadline < today]
        sent = _claim_and_send(
            user,
            today=today,
            kind=ReminderLog.Kind.OWNER,
            count=len(own),
            subject=_("Herinnering: %(count)s update(s) voor het actieplan gevraagd") % {"count": len(own)},
            template="reporting/email/owner_reminder.txt",
            context={"updates": own, "late": late, "today": today, "region": own[0].round.plan.region},
        )
        result.owner_mails += int(sent)
        result.skipped += int(not sent)
    late_updates = [u for u in updates if u.round.deadline < today]
    if late_updates:
        result.manager_mails, skipped = _send_manager_summaries(late_updates, today)
        result.skipped += skipped
    return result


def _send_manager_summaries(late: list[ActionUpdate], today) -> tuple[int, int]:
    """Each beheerder the late updates of their own region (none late there: no mail)."""
    per_region = defaultdict(lambda: defaultdict(list))
    for update in late:
        per_region[update.round.plan.region_id][lead_label_for_manager(update.action.lead)].append(update)
    sent = skipped = 0
    for user in _active_users_with_role(roles.BEHEERDER).select_related("membership__organisation__region"):
        region = user_region(user)
        per_lead = per_region.get(region.pk) if region is not None else None
        if not per_lead:
            continue
        summary = sorted(per_lead.items())
        total = sum(len(updates) for updates in per_lead.values())
        done = _claim_and_send(
            user,
            today=today,
            kind=ReminderLog.Kind.MANAGER,
            count=total,
            subject=_("Overzicht: %(count)s update(s) te laat") % {"count": total},
            template="reporting/email/manager_summary.txt",
            context={"summary": summary, "total": total, "today": today},
        )
        sent += int(done)
        skipped += int(not done)
    return sent, skipped
