from collections import Counter

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from actionplan.models import (
    Action,
    ActionStatus,
    Municipality,
    Opgave,
    Organisation,
    OutlookItem,
    ProgressNote,
)
from workbench import packs as seed

pytestmark = pytest.mark.django_db


def _counts():
    return {
        model.__name__: (model.objects.count(), model.history.count())
        for model in (Organisation, Municipality, Opgave, Action, ProgressNote, OutlookItem)
    }


def test_seed_loads_the_plan_of_the_2025_monitor(seeded):
    assert Opgave.objects.count() == 5
    assert list(Opgave.objects.values_list("short_title", flat=True)) == [
        "Aard en omvang",
        "Regionale en lokale samenwerking",
        "Bewustwording, signaleren en melden",
        "Aanpak faciliteerders en mensenhandelaren",
        "Preventie en zorg voor het slachtoffer",
    ]
    assert Action.objects.count() == 30
    assert OutlookItem.objects.count() == 10
    assert Action.objects.count() + OutlookItem.objects.count() > 35
    assert Municipality.objects.count() == 23
    assert Municipality.objects.get(cbs_code="GM0502").name == "Capelle aan den IJssel"
    for action in Action.objects.all():
        assert action.status in [*ActionStatus.values, ""]  # "" = niet vermeld
        assert action.progress_notes.filter(year=2025).exists()
    for item in OutlookItem.objects.prefetch_related("owners"):
        assert item.outlook_year == 2026  # owners: tests/actionplan/test_seed_owners.py


def test_seed_records_statuses_as_the_text_gives_them(seeded):
    scan = Action.objects.get(title="Regionale omgevingsscan naar seksuele uitbuiting")
    assert scan.status == ActionStatus.POSTPONED and scan.postponed_to_year == 2026
    assert str(scan.lead) == "RIEC Rotterdam"
    pilot = Action.objects.get(title__startswith="Pilot noodbed")
    assert pilot.status == ActionStatus.RUNNING
    assert pilot.date.isoformat() == "2026-07-01"
    assert Action.objects.get(title__startswith="Regionale Mensenhandelmonitor 2024").status == "afgerond"
    by_municipality = Counter(
        Action.objects.exclude(municipality=None).values_list("municipality__name", flat=True)
    )
    assert by_municipality == {"Rotterdam": 8, "Dordrecht": 5}


def test_seed_twice_changes_nothing(seeded):
    before = _counts()
    seed.seed_plan()
    seed.seed_demo_accounts()
    assert _counts() == before


def test_seed_command_prints_demo_accounts_and_is_idempotent(db, capsys):
    call_command("seed_rotterdam_2025")
    first = capsys.readouterr().out
    before = _counts()
    call_command("seed_rotterdam_2025")
    assert _counts() == before
    users = get_user_model().objects.order_by("username")
    expected = {
        "beheerder": "beheerder",
        "redacteur": "redacteur",
        "regionale-tafel": "regionale tafel",
        "actiehouder-essm": "actiehouder",
        "actiehouder-riec": "actiehouder",
        "datapartner-essm": "datapartner",
    }
    for username, role in expected.items():
        user = users.get(username=username)
        assert list(user.groups.values_list("name", flat=True)) == [role]
        password = seed.demo_password(username)
        assert password in first
        assert user.check_password(password)
    assert users.get(username="actiehouder-essm").membership.organisation.short_name == "ESSM"
