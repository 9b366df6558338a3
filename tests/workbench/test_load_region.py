"""Onboarding a region: ``load_pack PATH --region SLUG`` next to the seeded Rotterdam creates the region
with everything of its pack, changes nothing the second time, and leaves Rotterdam's rows untouched."""

import hashlib
import io
import json

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command

from accounts.roles import user_region
from actionplan.models import (
    Action,
    Membership,
    Municipality,
    Opgave,
    Organisation,
    OutlookItem,
    Plan,
    ProgressNote,
)
from cms.models import Casus, EditionPage, EditionSnapshot, ExploitationFormDefinition, HomePage, Ontwikkeling
from monitor.models import Delivery, Dimension, DimensionValue, Footnote, JointReport, Observation, Table
from regions.models import Region
from regions.scoping import in_region

pytestmark = pytest.mark.django_db

PACK = settings.BASE_DIR / "packs" / "voorbeeldregio-2025"
MODELS = [
    Organisation,
    Municipality,
    Plan,
    Opgave,
    Action,
    ProgressNote,
    OutlookItem,
    Membership,
    Table,
    Dimension,
    DimensionValue,
    Observation,
    Footnote,
    JointReport,
    Delivery,
    HomePage,
    EditionPage,
    EditionSnapshot,
    Casus,
    Ontwikkeling,
    ExploitationFormDefinition,
]


def _rows(model, region) -> list:
    return list(in_region(model.objects.all(), region).order_by("pk").values())


def _fingerprint(region) -> dict[str, str]:
    """Per model, a hash of every field of every row of the region."""
    return {
        model.__name__: hashlib.sha256(json.dumps(_rows(model, region), default=str).encode()).hexdigest()
        for model in MODELS
    }


def _history() -> int:
    return sum(model.history.count() for model in MODELS if hasattr(model, "history"))


def _values(observations) -> list:
    return sorted(observations.values_list("value", flat=True), key=lambda value: (value is None, value or 0))


def _load() -> str:
    out = io.StringIO()
    call_command("load_pack", str(PACK), "--region", "voorbeeldregio", stdout=out)
    return out.getvalue()


def test_a_pack_loads_as_a_new_region_beside_rotterdam_and_twice_changes_nothing():
    call_command("seed_rotterdam_2025", stdout=io.StringIO())
    rotterdam = Region.objects.get(slug="rotterdam")
    before = _fingerprint(rotterdam)
    counts = {model.__name__: in_region(model.objects.all(), rotterdam).count() for model in MODELS}

    _load()

    region = Region.objects.get(slug="voorbeeldregio")
    assert region.name == "Voorbeeldregio (fictief)" and region.is_fictional
    assert region.tokens["primary"].startswith("#")
    # Its organisations, municipalities (with codes no CBS code can be) and plan.
    organisations = in_region(Organisation.objects.all(), region)
    assert organisations.filter(short_name="SV Voorbeeld", kind="regio").exists()
    municipalities = in_region(Municipality.objects.all(), region)
    assert municipalities.count() == 23
    assert all(code.startswith("VB") for code in municipalities.values_list("cbs_code", flat=True))
    plan = in_region(Plan.objects.all(), region).get()
    assert plan.opgaven.count() == 5 and Action.objects.filter(opgave__plan=plan).count() == 30
    # Its beheerder account belongs to the region.
    beheerder = get_user_model().objects.get(username="voorbeeldregio-beheerder")
    assert beheerder.groups.filter(name="beheerder").exists()
    assert user_region(beheerder) == region
    # Its tables carry Rotterdam's codes; its numbers are its own.
    tables = in_region(Table.objects.all(), region)
    codes = set(tables.values_list("code", flat=True))
    assert codes == set(in_region(Table.objects.all(), rotterdam).values_list("code", flat=True))
    for code in codes:
        ours = _values(Observation.objects.filter(table__in=tables, table__code=code))
        theirs = _values(in_region(Observation.objects.all(), rotterdam).filter(table__code=code))
        assert ours != theirs, code
        assert None not in ours  # every figure of the fictional region is invented, none missing
    assert in_region(Delivery.objects.all(), region).filter(status=Delivery.Status.PUBLISHED).exists()
    # Its pages: a home of its own and the published 2025 edition.
    assert HomePage.objects.get(region=region).live
    edition = EditionPage.objects.get(region=region, year=2025)
    assert edition.live and EditionSnapshot.objects.filter(page=edition).exists()

    # Rotterdam's rows are untouched.
    assert _fingerprint(rotterdam) == before
    assert {model.__name__: in_region(model.objects.all(), rotterdam).count() for model in MODELS} == counts

    # A second load changes nothing: no row, no history.
    ours, history = _fingerprint(region), _history()
    _load()
    assert _fingerprint(region) == ours
    assert _fingerprint(rotterdam) == before
    assert _history() == history
