import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from monitor import services
from monitor.models import Delivery, Observation, Partner, Table
from tests.factories import default_region, observation_version

pytestmark = pytest.mark.django_db

COORDS = {"grootheid": "gestart"}


def essm_table():
    return Table.objects.get(code="essm_opvang_tekst")


def open_delivery(short_name: str) -> Delivery:
    """The partner's open 2026 delivery, with one number in it (an empty one cannot be submitted)."""
    delivery = Delivery.objects.get(partner__organisation__short_name=short_name, year=2026)
    table = delivery.partner.tables.order_by("order", "code").first()
    coords = {
        dimension.code: dimension.values.order_by("order").first().code
        for dimension in table.dimensions.all()
    }
    services.observation_write(table=table, year=2026, coords=coords, value=5, reason="test")
    return delivery


def test_datapartner_sets_own_figure_with_history(essm_user):
    table = essm_table()
    obs = services.observation_set(
        table=table,
        year=2026,
        coords={"opvangtype": "cosm"},
        value=72,
        user=essm_user,
        reason="Eerste invoer",
        expected_version=observation_version(table, 2026, {"opvangtype": "cosm"}),
    )
    assert obs.value == 72
    record = obs.history.latest()
    assert record.history_user == essm_user
    assert record.history_change_reason == "Eerste invoer"


def test_datapartner_cannot_set_another_partners_figure(essm_user):
    avim = Table.objects.get(code="avim_onderzoeken")
    with pytest.raises(PermissionDenied):
        services.observation_set(
            table=avim,
            year=2026,
            coords=COORDS,
            value=1,
            user=essm_user,
            expected_version=observation_version(avim, 2026, COORDS),
        )
    assert not Observation.objects.filter(table=avim, year=2026).exists()


def test_datapartner_cannot_change_published_year(essm_user):
    with pytest.raises(PermissionDenied):
        services.observation_set(
            table=essm_table(),
            year=2025,
            coords={"opvangtype": "cosm"},
            value=1,
            user=essm_user,
            expected_version=observation_version(essm_table(), 2025, {"opvangtype": "cosm"}),
        )
    assert (
        Observation.objects.get(table__code="essm_opvang_tekst", year=2025, coord_key="opvangtype=cosm").value
        == 70
    )


def test_bad_values_and_coordinates_are_refused(beheerder, seeded):
    table = essm_table()
    with pytest.raises(ValidationError):
        services.observation_set(
            table=table,
            year=2026,
            coords={"opvangtype": "cosm"},
            value=-1,
            user=beheerder,
            expected_version=observation_version(table, 2026, {"opvangtype": "cosm"}),
        )
    with pytest.raises(ValidationError):
        services.observation_set(
            table=table,
            year=2026,
            coords={"opvangtype": "onbekend"},
            value=1,
            user=beheerder,
            expected_version=observation_version(table, 2026, {"opvangtype": "onbekend"}),
        )
    with pytest.raises(ValidationError):
        services.observation_set(
            table=table,
            year=2026,
            coords={"gemeente": "rotterdam"},
            value=1,
            user=beheerder,
            expected_version=observation_version(table, 2026, {"gemeente": "rotterdam"}),
        )


def test_optimistic_locking(beheerder, seeded):
    table = essm_table()
    obs = services.observation_set(
        table=table,
        year=2026,
        coords={"opvangtype": "cosm"},
        value=1,
        user=beheerder,
        expected_version=observation_version(table, 2026, {"opvangtype": "cosm"}),
    )
    services.observation_set(
        table=table,
        year=2026,
        coords={"opvangtype": "cosm"},
        value=2,
        user=beheerder,
        expected_version=obs.version,
    )
    with pytest.raises(services.ConcurrentUpdate):
        services.observation_set(
            table=table,
            year=2026,
            coords={"opvangtype": "cosm"},
            value=3,
            user=beheerder,
            expected_version=obs.version,
        )


def test_same_value_writes_no_history(beheerder, seeded):
    table = essm_table()
    services.observation_set(
        table=table,
        year=2026,
        coords={"opvangtype": "cosm"},
        value=5,
        user=beheerder,
        expected_version=observation_version(table, 2026, {"opvangtype": "cosm"}),
    )
    count = Observation.history.count()
    services.observation_set(
        table=table,
        year=2026,
        coords={"opvangtype": "cosm"},
        value=5,
        user=beheerder,
        expected_version=observation_version(table, 2026, {"opvangtype": "cosm"}),
    )
    assert Observation.history.count() == count


def test_delivery_lifecycle(essm_user, beheerder):
    delivery = open_delivery("ESSM")
    delivery = services.delivery_submit(delivery=delivery, user=essm_user)
    assert delivery.status == "aangeleverd" and delivery.submitted_by == essm_user
    with pytest.raises(PermissionDenied):
        services.delivery_validate(delivery=delivery, user=essm_user)
    delivery = services.delivery_validate(delivery=delivery, user=beheerder, reason="Bevindingen besproken")
    assert delivery.validated_by == beheerder and delivery.validated_at
    assert delivery.history.latest().history_change_reason == "Bevindingen besproken"
    delivery = services.delivery_publish(delivery=delivery, user=beheerder)
    assert delivery.status == "gepubliceerd" and delivery.published_by == beheerder
    with pytest.raises(ValidationError):
        services.delivery_publish(delivery=delivery, user=beheerder)


def test_datapartner_cannot_submit_another_partners_delivery(essm_user):
    delivery = open_delivery("AVIM")
    with pytest.raises(PermissionDenied):
        services.delivery_submit(delivery=delivery, user=essm_user)
    delivery.refresh_from_db()
    assert delivery.status == "open"


def test_reopen_needs_reason(essm_user, beheerder):
    delivery = services.delivery_submit(delivery=open_delivery("ESSM"), user=essm_user)
    with pytest.raises(ValidationError):
        services.delivery_reopen(delivery=delivery, user=beheerder, reason=" ")
    delivery = services.delivery_reopen(delivery=delivery, user=beheerder, reason="Totaal klopt niet")
    assert delivery.status == "open"


def test_delivery_open_is_idempotent(beheerder, seeded):
    partner = Partner.objects.get(organisation__short_name="OM Rotterdam")
    first = services.delivery_open(region=default_region(), partner=partner, year=2027, user=beheerder)
    assert (
        services.delivery_open(region=default_region(), partner=partner, year=2027, user=beheerder) == first
    )


def test_delivery_open_sets_the_deadline_once(beheerder, seeded):
    import datetime

    partner = Partner.objects.get(organisation__short_name="OM Rotterdam")
    delivery = services.delivery_open(region=default_region(), partner=partner, year=2027, user=beheerder)
    assert delivery.deadline is None
    first, later = datetime.date(2028, 3, 1), datetime.date(2028, 4, 1)
    delivery = services.delivery_open(
        region=default_region(), partner=partner, year=2027, user=beheerder, deadline=first
    )
    delivery.refresh_from_db()
    assert delivery.deadline == first and delivery.history.first().history_user == beheerder
    services.delivery_open(
        region=default_region(), partner=partner, year=2027, user=beheerder, deadline=later
    )
    delivery.refresh_from_db()
    assert delivery.deadline == first  # a deadline once set is changed in the delivery's edit screen
