"""Mails of the delivery cycle: submitting tells the beheerders of the delivery's region (never another
region's), returning and validating tell the partner's datapartners. Every mail links to the screen to
act on, on ``WAGTAILADMIN_BASE_URL``.

Queued for the background worker (workbench.tasks.send_mails) when the transaction commits, so a
refused or rolled-back change mails no one and the request never waits for the mail server; a mail
that fails is tried again by the worker.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from accounts import roles
from accounts.roles import user_region
from workbench.tasks import send_mails

from .models import Delivery


def admin_url(name: str, *args) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(name, args=args)


def _recipients(role: str, organisation_id: int | None = None) -> list[str]:
    users = get_user_model().objects.filter(is_active=True, groups__name=role).exclude(email="")
    if organisation_id is not None:
        users = users.filter(membership__organisation_id=organisation_id)
    return sorted(set(users.values_list("email", flat=True)))


def _managers_of(region_id: int) -> list[str]:
    """The addresses of the region's own beheerders (a superuser's too only if they work in it)."""
    users = (
        get_user_model()
        .objects.filter(is_active=True, groups__name=roles.BEHEERDER)
        .exclude(email="")
        .select_related("membership__organisation__region")
    )
    return sorted({user.email for user in users if getattr(user_region(user), "pk", None) == region_id})


def _send_later(subject: str, template: str, context: dict, recipients: list[str]) -> None:
    if not recipients:
        return
    body = render_to_string(template, context)
    messages = [[subject, body, None, [address]] for address in recipients]
    transaction.on_commit(lambda: send_mails.enqueue(messages))


def delivery_submitted(delivery: Delivery) -> None:
    subject = _("Cijfers %(year)s van %(partner)s ingediend") % {
        "year": delivery.year,
        "partner": delivery.partner,
    }
    context = {"delivery": delivery, "url": admin_url("deliveries:review", delivery.pk)}
    _send_later(subject, "monitor/mail/submitted.txt", context, _managers_of(delivery.region_id))


def delivery_returned(delivery: Delivery) -> None:
    subject = _("Uw cijfers over %(year)s zijn teruggestuurd") % {"year": delivery.year}
    context = {"delivery": delivery, "url": admin_url("monitor_my_figures")}
    recipients = _recipients(roles.DATAPARTNER, delivery.partner.organisation_id)
    _send_later(subject, "monitor/mail/returned.txt", context, recipients)


def delivery_validated(delivery: Delivery) -> None:
    subject = _("Uw cijfers over %(year)s zijn gevalideerd") % {"year": delivery.year}
    context = {"delivery": delivery, "url": admin_url("wagtailadmin_home")}
    recipients = _recipients(roles.DATAPARTNER, delivery.partner.organisation_id)
    _send_later(subject, "monitor/mail/validated.txt", context, recipients)
