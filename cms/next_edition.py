"""Start next year's edition from the last one: a draft page with its chapters' structure, and the
figures' deliveries opened for the new year.

The tables and their dimensions carry over as they are (a table is not tied to a year); the new year
simply has no observations yet, so every figure shows "niet beschikbaar" until partners deliver.
"""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from accounts import roles
from cms.models import EditionPage
from monitor.models import Partner, Table
from monitor.services import delivery_open

# Blocks that are the same kind of content next year; narrative and one-off items are left out.
KEPT_BLOCKS = {"heading", "figure", "key_figures", "plan_state", "outlook", "definitions"}


def _shift_years(text: str) -> str:
    years = [part.strip() for part in (text or "").split(",") if part.strip().isdigit()]
    return ",".join(str(int(year) + 1) for year in years)


def _next_block(block: dict) -> dict | None:
    kind, value = block["type"], dict(block["value"]) if isinstance(block["value"], dict) else block["value"]
    if kind not in KEPT_BLOCKS:
        return None
    if kind == "figure":
        value["years"] = _shift_years(value.get("years", ""))
    elif kind in ("plan_state", "outlook") and value.get("year"):
        value["year"] = int(value["year"]) + 1
    elif kind == "key_figures":
        figures = []
        for item in value.get("figures", []):
            figure = dict(item.get("value", item))
            if not figure.get("table"):
                continue  # a number quoted from last year's text is not next year's number
            if figure.get("year"):
                figure["year"] = int(figure["year"]) + 1
            figures.append({"type": "item", "value": figure})
        if not figures:
            return None
        value["figures"] = figures
    return {"type": kind, "value": value}


def _next_body(source: EditionPage) -> list[dict]:
    body = []
    for section in source.body.raw_data:
        content = [block for block in map(_next_block, section["value"]["content"]) if block]
        body.append({"type": "section", "value": {"title": section["value"]["title"], "content": content}})
    return body


@transaction.atomic
def edition_create_next(
    *, source: EditionPage, user, delivery_deadline: datetime.date | None = None
) -> EditionPage:
    """A beheerder creates the draft edition of the year after ``source`` (not published); the
    deliveries it opens get the deadline, if one is given."""
    if not roles.has_role(user, roles.BEHEERDER):
        raise PermissionDenied(_("Alleen een beheerder maakt een nieuwe editie aan."))
    year = source.year + 1
    if EditionPage.objects.filter(region=source.region_id, year=year).exists():
        raise ValidationError(_("De editie %(year)s bestaat al.") % {"year": year})
    region_tables = Table.objects.filter(region=source.region_id)
    for partner in Partner.objects.filter(pk__in=region_tables.values("partner")):
        delivery_open(
            region=source.region,
            partner=partner,
            year=year,
            user=user,
            reason=_("Editie %(year)s gestart") % {"year": year},
            deadline=delivery_deadline,
        )
    page = EditionPage(
        title=_("Mensenhandelmonitor %(year)s") % {"year": year},
        slug=str(year),
        year=year,
        subtitle=source.subtitle,
        region=source.region,
        region_name=source.region_name,
        body=_next_body(source),
        live=False,
    )
    source.get_parent().add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    return page
