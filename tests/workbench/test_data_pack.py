"""The 2025 edition as a data pack: loaded through the import and services, it fills the database
exactly as the seed of Python literals did (tests/data/seed_baseline.json, written by
scripts/seed_baseline.py from that seed before it was removed), model by model.

A migration that adds a field to a seeded model changes the export: run scripts/seed_baseline.py again
(it now loads the pack) and review the baseline's diff, which should show only the new field."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.workbench.model_export import compare, export_database

BASELINE = Path(__file__).resolve().parent.parent / "data" / "seed_baseline.json"


def _history_counts() -> dict[str, int]:
    from django.apps import apps

    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model.__name__.startswith("Historical")
    }


@pytest.mark.django_db
def test_the_pack_loads_the_same_database_as_the_seed_it_replaces():
    call_command("seed_rotterdam_2025", verbosity=0, stdout=io.StringIO())
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    problems = compare(baseline, export_database())
    assert not problems, "\n".join(problems)

    # Loading it again changes nothing: no row, no history record.
    history = _history_counts()
    call_command("seed_rotterdam_2025", verbosity=0, stdout=io.StringIO())
    assert not compare(baseline, export_database())
    assert _history_counts() == history
