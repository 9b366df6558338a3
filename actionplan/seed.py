"""Loads the action plan of the 2025 monitor (and the demo accounts) idempotently.

Every write goes through ``_sync``, which only saves when something differs, so a second run adds
neither rows nor history records.
"""

import csv
import datetime
import hashlib
import hmac
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from . import seed_data
from .models import Action, Membership, Municipality, Opgave, Organisation, OutlookItem, Plan, ProgressNote

REASON = "Seed: Mensenhandelmonitor 2025 regio Rotterdam"
DATA_DIR = Path(__file__).resolve().parent / "data"


def _sync(model, lookup: dict, values: dict):
    """Get or create by ``lookup`` and set ``values``, saving (with a history reason) only on change."""
    instance = model.objects.filter(**lookup).first()
    created = instance is None
    if created:
        instance = model(**lookup)
    changed = created or any(getattr(instance, key) != value for key, value in values.items())
    if changed:
        for key, value in values.items():
            setattr(instance, key, value)
        instance._change_reason = REASON
        instance.save()
    return instance


def _sync_m2m(manager, wanted: list) -> None:
    if set(manager.all()) != set(wanted):
        manager.set(wanted)


def _timing(raw: dict) -> dict:
    values = {"year": None, "quarter": None, "month": None, "date": None}
    values.update(raw)
    if isinstance(values["date"], str):
        values["date"] = datetime.date.fromisoformat(values["date"])
    return values


def seed_organisations() -> dict[str, Organisation]:
    organisations = {}
    for short_name, name, kind in seed_data.ORGANISATIONS:
        organisations[short_name] = _sync(
            Organisation, {"short_name": short_name}, {"name": name, "kind": kind}
        )
    with open(DATA_DIR / seed_data.MUNICIPALITIES_CSV, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            label = f"Gemeente {row['naam']}"
            organisation = _sync(
                Organisation,
                {"short_name": label},
                {"name": label, "kind": Organisation.Kind.MUNICIPALITY},
            )
            organisations[label] = organisation
            _sync(
                Municipality,
                {"cbs_code": row["cbs_code"]},
                {"name": row["naam"], "subregion": row["deelregio"], "organisation": organisation},
            )
    return organisations


def seed_plan() -> dict[str, int]:
    """Organisations, municipalities and the Actieplan 2024-2026 with chapters 3 and 5."""
    organisations = seed_organisations()
    plan = _sync(
        Plan,
        {"start_year": seed_data.PLAN["start_year"], "end_year": seed_data.PLAN["end_year"]},
        {"title": seed_data.PLAN["title"]},
    )
    opgaven = {
        number: _sync(Opgave, {"plan": plan, "number": number}, {"title": title, "short_title": short})
        for number, title, short in seed_data.OPGAVEN
    }
    municipalities = {m.cbs_code: m for m in Municipality.objects.all()}
    for order, item in enumerate(seed_data.ACTIONS):
        action = _sync(
            Action,
            {"opgave": opgaven[item["opgave"]], "title": item["title"]},
            {
                "lead": organisations[item["lead"]] if item["lead"] else None,
                "status": item["status"],
                "postponed_to_year": item.get("postponed_to_year"),
                "municipality": municipalities.get(item.get("municipality")),
                "sort_order": order,
                **_timing(item["timing"]),
            },
        )
        _sync_m2m(action.co_owners, [organisations[name] for name in item["co"]])
        _sync(
            ProgressNote,
            {"action": action, "year": 2025},
            {
                "status": item["status"],
                "postponed_to_year": item.get("postponed_to_year"),
                "text": item["note"],
            },
        )
    for order, item in enumerate(seed_data.OUTLOOK):
        outlook = _sync(
            OutlookItem,
            {"opgave": opgaven[item["opgave"]], "title": item["title"]},
            {
                "outlook_year": seed_data.OUTLOOK_YEAR,
                "description": item["description"],
                "sort_order": order,
                **_timing(item["timing"]),
            },
        )
        _sync_m2m(outlook.owners, [organisations[name] for name in item["owners"]])
    return {
        "organisaties": Organisation.objects.count(),
        "gemeenten": Municipality.objects.count(),
        "opgaven": plan.opgaven.count(),
        "acties": Action.objects.filter(opgave__plan=plan).count(),
        "doorkijk-items": OutlookItem.objects.filter(opgave__plan=plan).count(),
    }


def demo_password(username: str) -> str:
    """A per-installation demo password, derived from SECRET_KEY so that none is stored in the repo."""
    digest = hmac.new(settings.SECRET_KEY.encode(), f"demo:{username}".encode(), hashlib.sha256)
    return f"Demo-{digest.hexdigest()[:12]}"


def seed_demo_accounts() -> list[tuple[str, str, str]]:
    """One account per role; returns (username, password, role) for printing."""
    user_model = get_user_model()
    accounts = []
    for username, role, organisation_name in seed_data.DEMO_ACCOUNTS:
        password = demo_password(username)
        user = user_model.objects.filter(username=username).first()
        if user is None:
            user = user_model(username=username, email=f"{username}@example.org")
            user.set_password(password)
            user.save()
        elif not user.check_password(password):
            user.set_password(password)
            user.save(update_fields=["password"])
        group = Group.objects.get(name=role)
        if not user.groups.filter(pk=group.pk).exists():
            user.groups.add(group)
        organisation = Organisation.objects.get(short_name=organisation_name)
        _sync(Membership, {"user": user}, {"organisation": organisation})
        accounts.append((username, password, role))
    return accounts
