"""Regions came after the first region's data: a database made by the migrations before regions, with
data, migrates forward into region "rotterdam" without losing a row, a key, a history row or a stored
revision (a draft made before still opens and publishes).

Runs as a transactional test with serialized_rollback that migrates back and forward (the forward in
``finally``), as the other migration test does, so the rest of the suite finds the database as it was.
"""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Revision

from actionplan.models import Action, Municipality, Organisation, Plan, ReportingYearClosure
from cms.models import Casus, EditionPage, ExploitationFormDefinition, HomePage
from monitor.models import Delivery, Observation, Table
from regions.models import Region

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BEFORE_REGIONS = [
    ("cms", "0005_corrections_on_record"),
    ("monitor", "0006_delivery_deadline"),
    ("actionplan", "0009_rounds_review_moved_out"),
    ("regions", None),
]
NOW = datetime.datetime(2026, 3, 1, 10, 0, tzinfo=datetime.UTC)


def _migrate(targets=None):
    executor = MigrationExecutor(connection)
    executor.migrate(targets or executor.loader.graph.leaf_nodes())
    executor.loader.build_graph()
    graph = executor.loader.graph
    applied = [node for node in executor.loader.applied_migrations if node in graph.nodes]
    return executor.loader.project_state(applied, at_end=True).apps


def _page(apps, model: str, parent, slug: str, **fields):
    """A page row as Wagtail's tree keeps it (treebeard path), made through the historical models."""
    content_type = apps.get_model("contenttypes", "ContentType").objects.get_or_create(
        app_label="cms", model=model.lower()
    )[0]
    page_model = apps.get_model("wagtailcore", "Page")
    siblings = page_model.objects.filter(depth=parent.depth + 1, path__startswith=parent.path).count()
    page = apps.get_model("cms", model).objects.create(
        title=slug.capitalize(),
        slug=slug,
        path=f"{parent.path}{siblings + 50:04d}",
        depth=parent.depth + 1,
        numchild=0,
        url_path=f"{parent.url_path}{slug}/",
        content_type=content_type,
        locale=apps.get_model("wagtailcore", "Locale").objects.first(),
        live=True,
        **fields,
    )
    page_model.objects.filter(pk=parent.pk).update(numchild=parent.numchild + 1)
    return page, content_type


def _fill(apps) -> dict:
    get = apps.get_model
    organisation = get("actionplan", "Organisation")
    organisation.objects.create(short_name="VAR", name="VeiligheidsAlliantie", kind="regio")
    essm = organisation.objects.create(short_name="ESSM", name="Expertisecentrum", kind="partner")
    nrm = organisation.objects.create(short_name="NRM", name="Nationaal Rapporteur", kind="landelijk")
    gemeente = organisation.objects.create(
        short_name="Gemeente Ridderkerk", name="Gemeente Ridderkerk", kind="gemeente"
    )
    get("actionplan", "Municipality").objects.create(
        cbs_code="GM0597", name="Ridderkerk", subregion="Rotterdam-Rijnmond", organisation=gemeente
    )
    get("actionplan", "HistoricalOrganisation").objects.create(
        id=essm.pk,
        short_name="ESSM",
        name="Expertisecentrum",
        kind="partner",
        history_date=NOW,
        history_type="+",
    )
    plan = get("actionplan", "Plan").objects.create(
        title="Actieplan 2024-2026", start_year=2024, end_year=2026
    )
    get("actionplan", "HistoricalPlan").objects.create(
        id=plan.pk, title=plan.title, start_year=2024, end_year=2026, is_closed=False, history_date=NOW,
        history_type="+",
    )  # fmt: skip
    opgave = get("actionplan", "Opgave").objects.create(
        plan=plan, number=1, title="Opgave", short_title="Een"
    )
    action = get("actionplan", "Action").objects.create(
        opgave=opgave, title="Actie een", status="lopend", lead=essm
    )
    get("actionplan", "ReportingYearClosure").objects.create(year=2025, closed_at=NOW, reason="Editie 2025")

    partner = get("monitor", "Partner").objects.create(organisation=essm, name="ESSM")
    national = get("monitor", "Partner").objects.create(organisation=nrm, name="NRM")
    table = get("monitor", "Table").objects.create(code="essm_meldingen", title="Meldingen", partner=partner)
    get("monitor", "Observation").objects.create(table=table, year=2025, coord_key="", value=143)
    get("monitor", "Delivery").objects.create(partner=partner, year=2025, status="gepubliceerd")
    get("monitor", "Delivery").objects.create(partner=national, year=2025, status="open")

    get("cms", "Casus").objects.create(title="Sanne", source="ESSM", body="<p>Verzonnen.</p>")
    get("cms", "ExploitationFormDefinition").objects.create(
        code="seksueel", name="Seksuele uitbuiting", definition="x"
    )

    root = get("wagtailcore", "Page").objects.get(depth=1)
    home, home_type = _page(apps, "HomePage", root, "start", introduction="<p>Welkom</p>")
    edition, edition_type = _page(
        apps, "EditionPage", home, "2025", year=2025, region="regio Rotterdam", body="[]", introduction=""
    )
    content = {"pk": edition.pk, "title": "Mensenhandelmonitor 2025", "slug": "2025", "year": 2025,
               "region": "regio Rotterdam", "subtitle": "Concept", "body": "[]", "introduction": "",
               "content_type": edition_type.pk, "path": edition.path, "depth": edition.depth}  # fmt: skip
    revision = get("wagtailcore", "Revision").objects.create(
        content_type=edition_type, base_content_type=edition_type, object_id=str(edition.pk),
        content=content, created_at=NOW,
    )  # fmt: skip
    return {
        "action": action.pk,
        "table": table.pk,
        "edition": edition.pk,
        "home": home.pk,
        "revision": revision.pk,
    }


def test_the_data_before_regions_moves_into_the_first_region_without_loss():
    try:
        old = _migrate(BEFORE_REGIONS)
        keys = _fill(old)
        _migrate()

        region = Region.objects.get()
        assert (region.slug, region.name) == ("rotterdam", "regio Rotterdam")
        for model in (
            Municipality,
            Plan,
            ReportingYearClosure,
            Table,
            Delivery,
            Casus,
            ExploitationFormDefinition,
        ):
            assert model.objects.exists() and set(model.objects.values_list("region", flat=True)) == {
                region.pk
            }
        regional = Organisation.objects.exclude(kind="landelijk")
        assert regional.count() == 3 and set(regional.values_list("region", flat=True)) == {region.pk}
        nrm = Organisation.objects.get(short_name="NRM")
        assert nrm.region is None and list(nrm.serves.all()) == [region]
        assert Organisation.history.filter(short_name="ESSM").get().region_id == region.pk
        assert Plan.history.get().region_id == region.pk

        action = Action.objects.get(pk=keys["action"])
        assert action.lead.short_name == "ESSM" and action.opgave.plan.region == region
        assert Observation.objects.get(table_id=keys["table"]).value == 143
        assert Delivery.objects.filter(partner__organisation__short_name="NRM", region=region).exists()

        home = HomePage.objects.get(pk=keys["home"])
        edition = EditionPage.objects.get(pk=keys["edition"])
        assert home.region == region and edition.region == region and edition.region_name == "regio Rotterdam"
        revision = Revision.objects.get(pk=keys["revision"])
        assert (
            revision.content["region"] == region.pk and revision.content["region_name"] == "regio Rotterdam"
        )
        draft = revision.as_object()
        assert (draft.region, draft.region_name, draft.subtitle) == (region, "regio Rotterdam", "Concept")
    finally:
        _migrate()


def test_a_new_installation_gets_no_region_from_the_migrations():
    """Regions come from data packs: the migration makes one only for data that was there before."""
    assert not Region.objects.exists()
