"""cms 0010 stores each existing snapshot's comparable tables (EditionSnapshot.comparable) with a frozen
copy of cms.open_data.comparable_parts: on the seeded editions it gives what the app gives."""

import importlib
import io

import pytest
from django.apps import apps
from django.core.management import call_command

from cms.models import EditionSnapshot
from cms.open_data import comparable_parts

pytestmark = pytest.mark.django_db

migration = importlib.import_module("cms.migrations.0010_snapshot_comparable")


def test_the_migration_fills_what_the_app_would_store():
    call_command("seed_rotterdam_2025", "--no-demo-accounts", verbosity=0, stdout=io.StringIO())
    stored = dict(EditionSnapshot.objects.values_list("pk", "comparable"))
    assert stored and all(value.get("tables") for value in stored.values())
    EditionSnapshot.objects.update(comparable={})

    migration.fill_comparable(apps, None)

    for snapshot in EditionSnapshot.objects.all():
        assert snapshot.comparable == stored[snapshot.pk] == comparable_parts(snapshot.document)
        assert migration.comparable_parts(snapshot.document) == comparable_parts(snapshot.document)
