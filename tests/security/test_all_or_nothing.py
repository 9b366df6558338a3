"""All or nothing, really (issue 10): a database error during the writes (injected on a later write,
after earlier ones succeeded) leaves nothing stored. Without ``transaction.atomic()`` in the import,
the delivery submit or the edition's publication, these tests fail."""

import pytest
from django.db import DatabaseError

from accounts import roles
from cms.models import EditionPage, EditionSnapshot
from monitor import importing
from monitor.importing import import_figures
from monitor.models import Delivery, Footnote, Observation
from tests.factories import UserFactory, default_region
from tests.monitor.conftest import make_table

pytestmark = pytest.mark.django_db


def figures_state():
    return (
        sorted(Observation.objects.values_list("table__code", "year", "coord_key", "value", "version")),
        sorted(Footnote.objects.values_list("table__code", "year", "number", "text")),
        Observation.history.count(),
    )


def fail_on_call(monkeypatch, target, name: str, number: int):
    """Let the first ``number - 1`` calls of ``target.name`` write, then raise a database error."""
    original = getattr(target, name)
    calls = []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) >= number:
            raise DatabaseError("injected failure")
        return original(*args, **kwargs)

    monkeypatch.setattr(target, name, failing)
    return calls


def test_import_error_during_the_writes_stores_nothing(seeded, monkeypatch):
    lines = ["tabel;jaar;grootheid;waarde;voetnoot"]
    lines += [f"om_zaken;{year};zaken;{year - 2000};1. Noot {year}" for year in (2026, 2027, 2028)]
    before = figures_state()
    # Three table-years are written one after another; the third write fails.
    calls = fail_on_call(monkeypatch, importing, "bulk_create_with_history", 3)
    with pytest.raises(DatabaseError):
        import_figures("\n".join(lines).encode())
    assert len(calls) == 3  # two table-years were written before the failure
    assert figures_state() == before


def test_import_error_on_a_footnote_after_the_numbers_stores_nothing(seeded, monkeypatch):
    content = b"tabel;jaar;grootheid;waarde;voetnoot\nom_zaken;2026;zaken;5;1. Eerste noot\n"
    before = figures_state()
    fail_on_call(monkeypatch, importing, "_store_note", 1)
    with pytest.raises(DatabaseError):
        import_figures(content)
    assert figures_state() == before


def test_delivery_submit_error_after_the_status_write_stores_nothing(monkeypatch):
    beheerder = UserFactory(username="beheerder-alles", roles=[roles.BEHEERDER])
    table = make_table(dims={"grootheid": ["zaken"]})
    Observation.objects.create(table=table, year=2026, coord_key="grootheid=zaken", value=3)
    delivery = Delivery.objects.create(
        region=default_region(), partner=table.partner, year=2026, status=Delivery.Status.OPEN
    )
    history = delivery.history.count()
    from simple_history.models import HistoricalRecords

    # The status row is saved first; the history record written after it fails.
    fail_on_call(monkeypatch, HistoricalRecords, "create_historical_record", 1)
    from monitor.services import delivery_submit

    with pytest.raises(DatabaseError):
        delivery_submit(delivery=delivery, user=beheerder, reason="Compleet")
    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.OPEN
    assert delivery.history.count() == history


def test_edition_publication_error_after_going_live_stores_nothing(edition, monkeypatch):
    from cms import services

    page = EditionPage.objects.get(pk=edition.pk)
    live_before = page.live_revision_id
    snapshots = EditionSnapshot.objects.count()
    page.title = "Nieuwe titel"
    revision = page.save_revision()
    # The page is saved live and its snapshot written; closing the reporting year then fails.
    fail_on_call(monkeypatch, services, "reporting_year_close", 1)
    with pytest.raises(DatabaseError):
        revision.publish()
    page.refresh_from_db()
    assert page.live_revision_id == live_before
    assert page.title != "Nieuwe titel"
    assert EditionSnapshot.objects.count() == snapshots
