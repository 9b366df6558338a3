"""Whose background task is it: the region a task works for, read from its arguments, so that
Rapporten > Achtergrondtaken shows a beheerder only their own region's tasks (strictly apart).

A PDF belongs to its edition's or meeting's region, an import to its uploader's, a mail to the region
every addressee works in. A task of no single region (Wagtail's housekeeping: references, search
index, files; a mail to addresses of several regions or of no user) is shown to superusers only, as
its arguments and error may name anything. An installation of one region shows every task.
"""

from collections import defaultdict

from django.apps import apps
from django.contrib.auth import get_user_model

from accounts.roles import user_region
from regions.scoping import lookup_of

USER_REGION = "membership__organisation__region"


def _argument(row, index: int):
    args = (row.args_kwargs or {}).get("args") or []
    return args[index] if len(args) > index else None


def _by_key(model, lookup: str, keys: dict) -> dict:
    """{row pk: region id} for rows whose key (``keys``: row pk -> pk of ``model``) is known."""
    wanted = {key for key in keys.values() if isinstance(key, int)}
    regions = dict(model._default_manager.filter(pk__in=wanted).values_list("pk", lookup))
    return {pk: regions.get(key) for pk, key in keys.items()}


def _of_model(model_path: str, index: int = 0):
    def resolve(rows):
        model = apps.get_model(model_path)
        return _by_key(model, lookup_of(model), {row.pk: _argument(row, index) for row in rows})

    return resolve


def _of_uploader(rows):
    return _by_key(get_user_model(), USER_REGION, {row.pk: _argument(row, 2) for row in rows})


def _addresses(row) -> set[str]:
    messages = _argument(row, 0)
    if not isinstance(messages, list):
        return set()
    return {
        address
        for message in messages
        if isinstance(message, list) and len(message) == 4 and isinstance(message[3], list)
        for address in message[3]
    }


def _of_addressees(rows):
    addresses = {row.pk: _addresses(row) for row in rows}
    wanted = set().union(*addresses.values())
    regions_of = defaultdict(set)
    for email, region_id in (
        get_user_model().objects.filter(email__in=wanted).values_list("email", USER_REGION)
    ):
        regions_of[email].add(region_id)
    found = {}
    for pk, emails in addresses.items():
        regions = set().union(*(regions_of.get(email, {None}) for email in emails)) if emails else {None}
        found[pk] = regions.pop() if len(regions) == 1 else None
    return found


RESOLVERS = {  # the task function's name: how to find the regions of its rows
    "render_edition_pdf_task": _of_model("cms.EditionSnapshot"),
    "render_meeting_pdf_task": _of_model("review.Meeting"),
    "import_upload_task": _of_uploader,
    "send_mails": _of_addressees,
}


def task_regions(rows) -> dict:
    """{row pk: region id, or None for a task of no single region}, a query per kind of task."""
    per_kind = defaultdict(list)
    for row in rows:
        per_kind[row.task_path.rsplit(".", 1)[-1]].append(row)
    found = {}
    for kind, kind_rows in per_kind.items():
        if kind in RESOLVERS:
            found.update(RESOLVERS[kind](kind_rows))
    return {row.pk: found.get(row.pk) for row in rows}


def several_regions() -> bool:
    from regions.models import Region

    return Region.objects.count() > 1


def visible_tasks(user, rows) -> list:
    """The rows (DBTaskResult) of ``rows`` that ``user`` may see."""
    rows = list(rows)
    if user.is_superuser or not rows or not several_regions():
        return rows
    region = user_region(user)
    if region is None:
        return []
    regions = task_regions(rows)
    return [row for row in rows if regions[row.pk] == region.pk]
