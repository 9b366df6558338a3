import pytest

from accounts import roles
from actionplan.models import Organisation
from monitor.models import Delivery, Partner, Table
from tests.factories import (
    DimensionFactory,
    DimensionValueFactory,
    OrganisationFactory,
    PartnerFactory,
    TableFactory,
    UserFactory,
    default_region,
)
from workbench.packs import seed_figures


@pytest.fixture
def seeded(db):
    seed_figures()


@pytest.fixture
def beheerder(db):
    return UserFactory(username="beheerder-test", roles=[roles.BEHEERDER])


def _datapartner(short_name: str):
    organisation = Organisation.objects.filter(short_name=short_name).first() or OrganisationFactory(
        short_name=short_name
    )
    return UserFactory(
        username=f"datapartner-{short_name.lower()}", roles=[roles.DATAPARTNER], organisation=organisation
    )


@pytest.fixture
def essm_user(seeded):
    return _datapartner("ESSM")


@pytest.fixture
def avim_user(seeded):
    return _datapartner("AVIM")


def make_table(*, partner=None, code=None, dims: dict[str, list[str]], totals: dict | None = None) -> Table:
    """A table with dimensions {code: [value codes]}; totals {dim: {total_code: [parts]}}."""
    partner = partner or PartnerFactory()
    table = TableFactory(partner=partner, **({"code": code} if code else {}))
    for order, (dim_code, values) in enumerate(dims.items()):
        dimension = DimensionFactory(table=table, code=dim_code, order=order)
        created = {}
        for position, value in enumerate(values):
            created[value] = DimensionValueFactory(dimension=dimension, code=value, order=position)
        for total, parts in (totals or {}).get(dim_code, {}).items():
            created[total].is_total = True
            created[total].save()
            created[total].parts.set([created[p] for p in parts])
    return table


@pytest.fixture
def table_factory(db):
    return make_table


def delivery(partner: Partner, year: int, status=Delivery.Status.OPEN) -> Delivery:
    return Delivery.objects.create(region=default_region(), partner=partner, year=year, status=status)
