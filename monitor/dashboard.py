"""The start screens (Wagtail dashboard panels) of the figures: the datapartner's delivery of the
year, and the deliveries waiting for the beheerder's review. A fixed number of queries each."""

from collections import Counter

from django.apps import apps
from django.utils import timezone
from wagtail.admin.ui.components import Component

from accounts import roles
from accounts.roles import has_role, user_region
from regions.scoping import for_user

from . import permissions, selectors
from .checks import ERROR, INFO, WARNING, findings_for_partner
from .models import Delivery

SEVERITIES = [ERROR, WARNING, INFO]


def severity_counts(findings) -> list[dict]:
    counts = Counter(finding.severity for finding in findings)
    return [{"severity": severity, "count": counts.get(severity, 0)} for severity in SEVERITIES]


def publishing_edition(delivery: Delivery):
    """The first live edition that shows the delivery's year (an edition shows its year and the two
    before), or None. Looked up by name: the figures know nothing of the publication's models."""
    edition_model = apps.get_model("cms", "EditionPage")
    return (
        edition_model.objects.live()
        .filter(region=delivery.region_id)
        .filter(year__gte=delivery.year, year__lt=delivery.year + selectors.EDITION_YEARS)
        .order_by("year")
        .first()
    )


class DatapartnerPanel(Component):
    """The delivery of the year: its state, the beheerder's return comment, the findings by severity."""

    name = "datapartner_start"
    order = 10
    template_name = "monitor/dashboard/datapartner.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        partner = permissions.partner_for_user(self.user)
        delivery = selectors.latest_delivery(partner, user_region(self.user))
        context = {"partner": partner, "delivery": delivery}
        if delivery is None:
            return context
        findings = findings_for_partner(delivery.year, partner, delivery.region_id)
        context.update(
            findings_total=len(findings),
            severities=severity_counts(findings),
            return_comment=selectors.delivery_return_comment(delivery),
            deadline=delivery.deadline,
            today=timezone.localdate(),
            edition=publishing_edition(delivery) if delivery.status == Delivery.Status.PUBLISHED else None,
        )
        return context


class DeliveriesToReviewPanel(Component):
    """For the beheerder: the deliveries handed in and waiting for review."""

    name = "deliveries_to_review"
    order = 25
    template_name = "monitor/dashboard/deliveries_to_review.html"

    def get_context_data(self, parent_context=None):
        user = parent_context["request"].user
        return {"deliveries": list(for_user(selectors.deliveries_to_review(), user))}


def panels_for(user) -> list[Component]:
    if has_role(user, roles.BEHEERDER):
        return [DeliveriesToReviewPanel()]
    if permissions.can_use_my_figures(user):
        return [DatapartnerPanel(user)]
    return []
