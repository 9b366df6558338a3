"""Read-side queries of the action plan, built once for the pages and reports that need them."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet
from django.utils.translation import gettext as _

from .models import (
    NOT_STATED,
    STATUS_CHOICES,
    Action,
    ActionStatus,
    Organisation,
    OutlookItem,
    Plan,
    ProgressNote,
    ReportingYearClosure,
    owner_label,
    status_label,
)


def closed_years(region) -> set[int]:
    """The reporting years of ``region`` whose edition is published: closed for actiehouders."""
    return set(ReportingYearClosure.objects.filter(region=region).values_list("year", flat=True))


def year_closed(region_path: str, year_path: str) -> Exists:
    """For filtering rows of any region: whether the row's reporting year is closed in its own region
    (``region_path`` and ``year_path`` lead from the row to its region and year)."""
    return Exists(ReportingYearClosure.objects.filter(region=OuterRef(region_path), year=OuterRef(year_path)))


def current_plan(region) -> Plan | None:
    """The plan a region works on: its latest open plan, else its latest plan."""
    return Plan.objects.filter(region=region).order_by("is_closed", "-start_year").first()


def status_counts_per_opgave(plan: Plan) -> dict[int, dict[str, int]]:
    """Per opgave of the plan: how many actions have each current status (their latest year's);
    "" is niet vermeld, counted last. One query."""
    counts = defaultdict(lambda: dict.fromkeys([*ActionStatus.values, NOT_STATED], 0))
    rows = Action.objects.filter(opgave__plan=plan).values("opgave", "status").annotate(n=Count("pk"))
    for row in rows.order_by():
        counts[row["opgave"]][row["status"]] = row["n"]
    return counts


def action_list_queryset() -> QuerySet[Action]:
    """Actions with what a list shows, in a fixed number of queries whatever their number."""
    return Action.objects.select_related(
        "opgave__plan", "lead", "municipality", "postponed_to_plan"
    ).prefetch_related("co_owners")


ACTION_SEARCH_FIELDS = ("title", "description")  # what the admin search looks in, in every action list


def actions_owned_by(organisation: Organisation | None) -> QuerySet[Action]:
    """The actions an organisation leads or co-owns (what its actiehouders see)."""
    if organisation is None:
        return Action.objects.none()
    owned_ids = Action.objects.filter(Q(lead=organisation) | Q(co_owners=organisation)).values("pk")
    return (
        action_list_queryset()
        .filter(pk__in=owned_ids)
        .prefetch_related(Prefetch("progress_notes", queryset=ProgressNote.objects.order_by("-year")))
    )


@dataclass(frozen=True)
class HistoryEntry:
    """One change of an action or its progress note, as the timeline shows it."""

    when: object
    who: str
    reason: str
    kind: str
    subject: str
    changes: list[tuple[str, str, str]]


def _display(field, value) -> str:
    if field.name == "lead" and not value:
        return owner_label(None)
    if value is None or value == "":
        return "—"
    if getattr(field, "choices", None):
        return str(dict(field.flatchoices).get(value, value))
    return str(value)


def _record_changes(record, previous, model, names: dict[int, str]) -> list[tuple[str, str, str]]:
    if previous is None:
        return []
    delta = record.diff_against(previous)
    changes = []
    for change in delta.changes:
        field = model._meta.get_field(change.field)
        if field.many_to_many:
            old = ", ".join(sorted(names.get(row["organisation"], "?") for row in change.old))
            new = ", ".join(sorted(names.get(row["organisation"], "?") for row in change.new))
        elif field.is_relation:
            old, new = (
                names.get(change.old, _display(field, change.old)),
                names.get(change.new, _display(field, change.new)),
            )
        else:
            old, new = _display(field, change.old), _display(field, change.new)
        changes.append((str(field.verbose_name), old, new))
    return changes


def action_history(action: Action) -> list[HistoryEntry]:
    """The timeline of an action: its own changes and its progress notes', newest first."""
    names = {org.pk: str(org) for org in Organisation.objects.all()}
    entries = []
    records: Iterable = action.history.select_related("history_user").order_by("history_date")
    entries += _entries(records, Action, names, "actie", action.title)
    notes = ProgressNote.history.filter(action_id=action.pk).select_related("history_user")
    entries += _entries(notes.order_by("history_date"), ProgressNote, names, "stand van zaken", "")
    return sorted(entries, key=lambda entry: entry.when, reverse=True)


# What a creation record shows: the fields a reader needs, not the whole row.
CREATED_FIELDS = {ProgressNote: ("status", "text"), Action: ("status",)}


def changes_since_version(action: Action, version: int) -> list[HistoryEntry]:
    """What others changed on an action (and its notes) after the given version was saved."""
    seen = action.history.filter(version=version).order_by("history_date").first()
    if seen is None:
        return []
    newer = [entry for entry in action_history(action) if entry.when > seen.history_date]
    return [entry for entry in newer if entry.changes]


def _created_values(record, model) -> list[tuple[str, str, str]]:
    changes = [(str(model._meta.verbose_name), "—", _("aangemaakt"))]
    for name in CREATED_FIELDS.get(model, ()):
        field = model._meta.get_field(name)
        changes.append((str(field.verbose_name), "—", _display(field, getattr(record, name))))
    return changes


def _entries(records, model, names, kind, subject) -> list[HistoryEntry]:
    entries = []
    previous_by_object = {}
    for record in records:
        changes = _record_changes(record, previous_by_object.get(record.id), model, names)
        previous_by_object[record.id] = record
        label = subject or f"{model._meta.verbose_name} {getattr(record, 'year', '')}".strip()
        if record.history_type == "+":
            changes = _created_values(record, model)
        entries.append(
            HistoryEntry(
                when=record.history_date,
                who=record.history_user.get_username() if record.history_user else "systeem",
                reason=record.history_change_reason or "",
                kind=kind,
                subject=label,
                changes=changes,
            )
        )
    return entries


def plan_state_snapshot(plan: Plan, year: int) -> dict:
    """The state of a plan per opgave for a reporting year, as plain data a publication can keep.

    Every action with its owners and the stand van zaken of ``year``: that year's status, postponement
    and text, never the action's current status. An action without a status for the year (no note, or
    a note that gives none) is "Niet vermeld", counted as such. A fixed number of queries, whatever the
    number of opgaven and actions.
    """
    notes = Prefetch(
        "progress_notes",
        queryset=ProgressNote.objects.filter(year=year).select_related("postponed_to_plan"),
        to_attr="notes_of_year",
    )
    actions = Prefetch(
        "actions",
        queryset=action_list_queryset().prefetch_related(notes),
        to_attr="listed_actions",
    )
    opgaven = list(plan.opgaven.order_by("number").prefetch_related(actions))
    rows = {opgave.pk: [_plan_state_row(action) for action in opgave.listed_actions] for opgave in opgaven}
    statuses = list(ActionStatus.values)
    if any(row["status"] == NOT_STATED for opgave_rows in rows.values() for row in opgave_rows):
        statuses.append(NOT_STATED)
    labels = dict(STATUS_CHOICES)
    result = []
    for opgave in opgaven:
        counts = dict.fromkeys(statuses, 0)
        for row in rows[opgave.pk]:
            counts[row["status"]] += 1
        result.append(
            {
                "number": opgave.number,
                "title": opgave.title,
                "short_title": opgave.short_title,
                "status_counts": [
                    {"status": status, "label": str(labels[status]), "count": count}
                    for status, count in counts.items()
                ],
                "actions": rows[opgave.pk],
            }
        )
    return {"plan": plan.title, "period": plan.period, "year": year, "opgaven": result}


def _plan_state_row(action: Action) -> dict:
    note = action.notes_of_year[0] if action.notes_of_year else None
    status = note.status if note else NOT_STATED
    postponed_to = ""
    if note and status == ActionStatus.POSTPONED:
        postponed_to = str(note.postponed_to_plan or note.postponed_to_year or "")
    return {
        "id": action.pk,
        "title": action.title,
        "description": action.description,
        # "" when the source names no owner: the page shows "niet vermeld" in the reader's language.
        "lead": str(action.lead) if action.lead_id else "",
        "co_owners": sorted(str(org) for org in action.co_owners.all()),
        "municipality": str(action.municipality or ""),
        "status": status,
        "status_label": status_label(status),
        "timing": action.timing_label,
        "postponed_to": postponed_to,
        "note": note.text if note else "",
    }


def outlook_snapshot(plan: Plan, outlook_year: int) -> dict:
    """The doorkijk of a plan for a year per opgave, as plain data; a fixed number of queries."""
    items = Prefetch(
        "outlook_items",
        queryset=OutlookItem.objects.filter(outlook_year=outlook_year).prefetch_related("owners"),
        to_attr="listed_items",
    )
    opgaven = plan.opgaven.order_by("number").prefetch_related(items)
    return {
        "plan": plan.title,
        "year": outlook_year,
        "opgaven": [
            {
                "number": opgave.number,
                "title": opgave.title,
                "short_title": opgave.short_title,
                "items": [
                    {
                        "title": item.title,
                        "description": item.description,
                        "owners": sorted(str(org) for org in item.owners.all()),
                        "timing": item.timing_label,
                    }
                    for item in opgave.listed_items
                ],
            }
            for opgave in opgaven
        ],
    }
