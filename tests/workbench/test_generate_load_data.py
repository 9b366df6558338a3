"""generate_load_data for benchmarks: --regions N adds generated regions of the seed's size (each with its
published edition), --scale N --region SLUG grows one region and leaves the others alone."""

import io

import pytest
from django.core.management import call_command

from actionplan.models import Action, Organisation, Plan
from cms.models import EditionPage
from monitor.models import Observation, Table
from regions.models import Region
from regions.scoping import in_region

pytestmark = pytest.mark.django_db


def _count(region) -> dict[str, int]:
    return {
        model.__name__: in_region(model.objects.all(), region).count()
        for model in (Organisation, Plan, Action, Table, Observation, EditionPage)
    }


def test_regions_of_the_seeds_size_and_one_region_grown():
    call_command("seed_rotterdam_2025", stdout=io.StringIO())
    rotterdam = Region.objects.get(slug="rotterdam")
    call_command("generate_load_data", "--regions", "1", stdout=io.StringIO())
    region = Region.objects.get(slug="proefregio-01")
    assert region.is_fictional and region.name == "Proefregio 01 (fictief)"
    seeded, generated = _count(rotterdam), _count(region)
    # The seed's size: as many organisations, actions and tables, its 2025 edition published.
    assert generated["Organisation"] == seeded["Organisation"]
    assert generated["Action"] == seeded["Action"] and generated["Table"] == seeded["Table"]
    assert EditionPage.objects.get(region=region, year=2025).live
    codes = set(in_region(Table.objects.all(), region).values_list("code", flat=True))
    assert codes == set(in_region(Table.objects.all(), rotterdam).values_list("code", flat=True))

    # Again: the region exists and is left as it is.
    call_command("generate_load_data", "--regions", "1", stdout=io.StringIO())
    assert Region.objects.count() == 2 and _count(region) == generated

    # Growing the generated region doubles its data in that region; Rotterdam is untouched.
    call_command("generate_load_data", "--scale", "2", "--region", "proefregio-01", stdout=io.StringIO())
    grown = _count(region)
    assert grown["Plan"] == 2 and grown["Action"] == 2 * generated["Action"]
    assert grown["Table"] == 2 * generated["Table"]
    assert grown["EditionPage"] == 2
    assert _count(rotterdam) == seeded
