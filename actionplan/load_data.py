"""Grows the action plan like a national rollout would: copies of the seeded organisations and plan.

Used by ``generate_load_data`` for benchmarks; never part of a real installation's data.
"""

from workbench.history import record_history

from .models import Action, Opgave, Organisation, OutlookItem, Plan, ProgressNote

REASON = "Belastingsdata (benchmark)"


def _save(instance):
    record_history(instance, user=None, reason=REASON)
    instance.save()
    return instance


def copy_organisations(k: int, *, region=None) -> dict[int, Organisation]:
    """Copy k of every organisation (of ``region``: its own and the national ones serving it) that is
    not a copy itself; returns old pk -> copy."""
    from regions.scoping import in_region

    mapping = {}
    organisations = Organisation.objects.exclude(short_name__contains=" #")
    if region is not None:
        organisations = in_region(organisations, region)
    for org in organisations:
        copy = Organisation.objects.filter(region=org.region_id, short_name=f"{org.short_name} #{k}").first()
        if copy is None:
            copy = _save(
                Organisation(
                    region=org.region,
                    short_name=f"{org.short_name} #{k}",
                    name=f"{org.name} #{k}",
                    kind=org.kind,
                )
            )
        if region is not None and copy.region_id is None and not copy.serves.filter(pk=region.pk).exists():
            copy.serves.add(region)
        mapping[org.pk] = copy
    return mapping


def copy_plan(plan: Plan, k: int, organisations: dict[int, Organisation]) -> Plan:
    """Copy k of a plan with its opgaven, actions (owners mapped), notes and outlook, with history."""
    start = 3000 + 4 * k
    existing = Plan.objects.filter(region=plan.region_id, start_year=start).first()
    if existing:
        return existing
    copy = _save(
        Plan(
            region=plan.region,
            title=f"{plan.title} #{k}",
            start_year=start,
            end_year=start + plan.end_year - plan.start_year,
        )
    )
    for opgave in plan.opgaven.prefetch_related(
        "actions__co_owners", "actions__progress_notes", "outlook_items"
    ):
        new_opgave = _save(
            Opgave(plan=copy, number=opgave.number, title=opgave.title, short_title=opgave.short_title)
        )
        for action in opgave.actions.all():
            new_action = _save(
                Action(
                    opgave=new_opgave,
                    title=action.title,
                    description=action.description,
                    lead=organisations[action.lead_id] if action.lead_id else None,
                    municipality=action.municipality,
                    status=action.status,
                    postponed_to_year=action.postponed_to_year,
                    year=action.year,
                    quarter=action.quarter,
                    month=action.month,
                    date=action.date,
                    sort_order=action.sort_order,
                )
            )
            co_owners = [organisations[org.pk] for org in action.co_owners.all()]
            if co_owners:
                new_action.co_owners.set(co_owners)
            for note in action.progress_notes.all():
                _save(
                    ProgressNote(
                        action=new_action,
                        year=note.year,
                        status=note.status,
                        postponed_to_year=note.postponed_to_year,
                        text=note.text,
                    )
                )
        for item in opgave.outlook_items.all():
            _save(
                OutlookItem(
                    opgave=new_opgave,
                    outlook_year=item.outlook_year,
                    title=item.title,
                    description=item.description,
                    year=item.year,
                    quarter=item.quarter,
                    month=item.month,
                    date=item.date,
                    sort_order=item.sort_order,
                )
            ).owners.set([organisations[org.pk] for org in item.owners.all()])
    return copy
