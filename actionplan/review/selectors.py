"""Read side of the Regionale Tafel's review: actions per opgave, status counts, and what changed.

What changed since a moment is read from django-simple-history: each history row since then is
compared with the row before it (the last one before the moment is fetched as a baseline), in a
fixed number of queries whatever the number of actions or history rows.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.apps import apps
from django.db.models import Max, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _

from actionplan.models import (
    NOT_STATED,
    STATUS_CHOICES,
    Action,
    ActionStatus,
    Municipality,
    Opgave,
    Organisation,
    Plan,
    ProgressNote,
    owner_label,
)
from actionplan.selectors import action_list_queryset, status_counts_per_opgave

from .models import Meeting, ReviewNote

# The fields of an action whose changes the board sees (not the bookkeeping ones).
ACTION_FIELDS = [
    "title",
    "description",
    "status",
    "lead",
    "municipality",
    "postponed_to_year",
    "postponed_to_plan",
    "year",
    "quarter",
    "month",
    "date",
    "opgave",
]
DEFAULT_LOOKBACK = datetime.timedelta(days=30)


def start_of_day(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def last_meeting_before(plan: Plan, day: datetime.date) -> Meeting | None:
    return Meeting.objects.filter(plan=plan, date__lt=day).order_by("-date").first()


def default_since(plan: Plan, today: datetime.date) -> tuple[datetime.date, Meeting | None]:
    """Since the last meeting before today, or thirty days back when there was none."""
    meeting = last_meeting_before(plan, today)
    return (meeting.date, meeting) if meeting else (today - DEFAULT_LOOKBACK, None)


# --- actions per opgave --------------------------------------------------------------------------


@dataclass
class OpgaveReview:
    opgave: Opgave
    actions: list
    status_counts: list[dict]
    notes: list

    @property
    def total(self) -> int:
        return sum(item["count"] for item in self.status_counts)

    @property
    def status_summary(self) -> str:
        return "; ".join(f"{item['label']}: {item['count']}" for item in self.status_counts if item["count"])


def review_actions_queryset(actions: QuerySet[Action], year: int) -> QuerySet[Action]:
    """Actions with owners, their latest stand van zaken and when they last changed."""
    action_history = Action.history.model.objects.filter(id=OuterRef("pk"))
    note_history = ProgressNote.history.model.objects.filter(action_id=OuterRef("pk"))
    return (
        action_list_queryset()
        .filter(pk__in=actions.values("pk"))
        .annotate(
            last_action_change=Subquery(
                action_history.order_by().values("id").annotate(m=Max("history_date")).values("m")
            ),
            last_note_change=Subquery(
                note_history.order_by().values("action_id").annotate(m=Max("history_date")).values("m")
            ),
        )
        .prefetch_related(
            Prefetch(
                "progress_notes",
                queryset=ProgressNote.objects.filter(year__lte=year).order_by("-year"),
                to_attr="recent_notes",
            )
        )
    )


def review_overview(*, plan: Plan, actions: QuerySet[Action], year: int, meeting_ids: list[int]) -> list:
    """Per opgave: the (filtered) actions, the status counts of all its actions, the board's notes
    of the given meetings."""
    counts = status_counts_per_opgave(plan)
    labels = dict(STATUS_CHOICES)
    per_opgave = defaultdict(list)
    for action in review_actions_queryset(actions, year):
        changes = [d for d in (action.last_action_change, action.last_note_change) if d]
        action.last_change = max(changes) if changes else None
        action.latest_note = action.recent_notes[0] if action.recent_notes else None
        per_opgave[action.opgave_id].append(action)
    notes = defaultdict(list)
    for note in ReviewNote.objects.filter(meeting__in=meeting_ids).select_related("meeting", "created_by"):
        notes[note.opgave_id].append(note)
    result = []
    for opgave in plan.opgaven.order_by("number"):
        opgave_counts = counts[opgave.pk]
        result.append(
            OpgaveReview(
                opgave=opgave,
                actions=per_opgave[opgave.pk],
                status_counts=[
                    {"status": status, "label": str(labels[status]), "count": opgave_counts[status]}
                    for status in [*ActionStatus.values, NOT_STATED]
                ],
                notes=sorted(notes[opgave.pk], key=lambda n: (n.meeting.date, n.pk), reverse=True),
            )
        )
    return result


# --- what changed ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    when: datetime.datetime
    who: str
    action_id: int
    action_title: str
    opgave_id: int | None
    field: str
    old: str
    new: str
    reason: str
    # Whether the row created the object, and whether a person (not the seed or a loader) made it.
    created: bool = False
    by_person: bool = True

    @property
    def is_real(self) -> bool:
        """A change a person made. The seed and the loaders write without a user: their rows (the
        creation rows and the co-owners set right after) are the starting point, not changes."""
        return self.by_person


def _changed_rows(model, since, scope: dict):
    """History rows since the moment, and for each object the last row before it (the baseline)."""
    recent = model.objects.filter(history_date__gte=since, **scope)
    rows = list(recent.select_related("history_user").order_by("history_date", "history_id"))
    before = model.objects.filter(id=OuterRef("id"), history_date__lt=since).order_by(
        "-history_date", "-history_id"
    )
    baseline_rows = model.objects.filter(
        id__in=recent.values("id"), history_id=Subquery(before.values("history_id")[:1])
    )
    return rows, {row.id: row for row in baseline_rows}


class _Names:
    """Display values for foreign keys and choices of a region's actions, loaded once: the region's
    organisations (and the national ones), municipalities, plans and opgaven, never another region's."""

    def __init__(self, region_id: int):
        organisations = Organisation.objects.filter(Q(region_id=region_id) | Q(region__isnull=True))
        self.fk = {
            "lead": dict(organisations.values_list("pk", "short_name")),
            "municipality": dict(Municipality.objects.filter(region_id=region_id).values_list("pk", "name")),
            "postponed_to_plan": dict(Plan.objects.filter(region_id=region_id).values_list("pk", "title")),
            "opgave": {o.pk: str(o) for o in Opgave.objects.filter(plan__region_id=region_id)},
        }
        self.organisations = self.fk["lead"]

    def display(self, name: str, value) -> str:
        if name == "lead" and not value:
            return owner_label(None)
        if value is None or value == "":
            return "—"
        if name in self.fk:
            return self.fk[name].get(value, "?")
        field = Action._meta.get_field(name)
        if field.choices:
            return str(dict(field.flatchoices).get(value, value))
        if isinstance(value, datetime.date):
            return value.isoformat()
        return str(value)

    def owners(self, ids) -> str:
        return ", ".join(sorted(self.organisations.get(pk, "?") for pk in ids)) or "—"


def _who(row) -> str:
    user = row.history_user
    if user is None:
        return _("systeem")
    return user.get_full_name() or user.get_username()


def _co_owner_sets(history_ids) -> dict[int, set[int]]:
    model = apps.get_model("actionplan", "HistoricalAction_co_owners")
    sets = defaultdict(set)
    for history_id, organisation_id in model.objects.filter(history_id__in=history_ids).values_list(
        "history_id", "organisation_id"
    ):
        sets[history_id].add(organisation_id)
    return sets


def _action_changes(plan, since, action_ids, names: _Names) -> list[Change]:
    scope = {"opgave__plan": plan}
    if action_ids is not None:
        scope["id__in"] = action_ids
    rows, baseline = _changed_rows(Action.history.model, since, scope)
    co_owners = _co_owner_sets([r.history_id for r in rows] + [r.history_id for r in baseline.values()])
    labels = {name: str(Action._meta.get_field(name).verbose_name) for name in ACTION_FIELDS}
    co_owner_label = str(Action._meta.get_field("co_owners").verbose_name)
    previous = dict(baseline)
    changes = []
    for row in rows:
        before = previous.get(row.id)
        previous[row.id] = row
        common = {
            "when": row.history_date,
            "who": _who(row),
            "action_id": row.id,
            "action_title": row.title,
            "opgave_id": row.opgave_id,
            "reason": row.history_change_reason or "",
            "by_person": row.history_user_id is not None,
        }
        if before is None or row.history_type == "+":
            changes.append(Change(field=_("actie"), old="—", new=_("aangemaakt"), created=True, **common))
            continue
        for name in ACTION_FIELDS:
            old, new = (
                getattr(before, f"{Action._meta.get_field(name).attname}"),
                getattr(row, f"{Action._meta.get_field(name).attname}"),
            )
            if old != new:
                changes.append(
                    Change(
                        field=labels[name],
                        old=names.display(name, old),
                        new=names.display(name, new),
                        **common,
                    )
                )
        old_owners, new_owners = co_owners[before.history_id], co_owners[row.history_id]
        if old_owners != new_owners:
            changes.append(
                Change(
                    field=co_owner_label,
                    old=names.owners(old_owners),
                    new=names.owners(new_owners),
                    **common,
                )
            )
    return changes


def _note_changes(plan, since, action_ids, titles: dict[int, tuple[str, int]]) -> list[Change]:
    scope = {"action__opgave__plan": plan}
    if action_ids is not None:
        scope["action_id__in"] = action_ids
    rows, baseline = _changed_rows(ProgressNote.history.model, since, scope)
    status_labels = dict(STATUS_CHOICES)
    previous = dict(baseline)
    changes = []
    for row in rows:
        before = previous.get(row.id)
        previous[row.id] = row
        title, opgave_id = titles.get(row.action_id, ("?", None))
        field = _("stand van zaken %(year)s") % {"year": row.year}
        common = {
            "when": row.history_date,
            "who": _who(row),
            "action_id": row.action_id,
            "action_title": title,
            "opgave_id": opgave_id,
            "reason": row.history_change_reason or "",
            "by_person": row.history_user_id is not None,
        }
        old_text = before.text if before else "—"
        if before is None or before.text != row.text:
            changes.append(Change(field=field, old=old_text, new=row.text, created=before is None, **common))
        if before is not None and before.status != row.status:
            changes.append(
                Change(
                    field=field + " – " + _("status"),
                    old=str(status_labels.get(before.status, before.status)),
                    new=str(status_labels.get(row.status, row.status)),
                    **common,
                )
            )
    return changes


def changes_since(*, plan: Plan, since: datetime.datetime, actions: QuerySet[Action] | None = None) -> list:
    """Every change of the plan's actions and their stand van zaken since a moment, oldest first.

    ``actions`` narrows to a (filtered) set of actions. A fixed number of queries.
    """
    action_ids = actions.order_by().values("pk") if actions is not None else None
    names = _Names(plan.region_id)
    titles = {
        pk: (title, opgave_id)
        for pk, title, opgave_id in Action.objects.filter(opgave__plan=plan).values_list(
            "pk", "title", "opgave_id"
        )
    }
    changes = _action_changes(plan, since, action_ids, names)
    changes += _note_changes(plan, since, action_ids, titles)
    return sorted(changes, key=lambda change: change.when)


def changes_per_opgave(changes: list[Change]) -> dict[int, list[Change]]:
    grouped = defaultdict(list)
    for change in changes:
        grouped[change.opgave_id].append(change)
    return grouped
