"""The data of the installation before regions existed is one region's: it moves into it, nothing lost.

Created only when there is data (a new installation gets its regions from data packs). National
organisations (kind 'landelijk') belong to no region and serve this one. Stored revisions of pages and
snippets get the region too, so a draft or an older revision still opens and publishes. The literals
are the first region's own names, as the monitor and its plan named it when this was written.
"""

from django.db import migrations

SLUG = "rotterdam"
NAME = "regio Rotterdam"
FULL_NAME = "VeiligheidsAlliantie regio Rotterdam"
NATIONAL = "landelijk"
LANDELIJK_ROLE = "landelijk"

DIRECT = [
    ("actionplan", "Municipality"),
    ("actionplan", "Plan"),
    ("actionplan", "ReportingYearClosure"),
    ("monitor", "Table"),
    ("monitor", "Delivery"),
    ("cms", "HomePage"),
    ("cms", "EditionPage"),
    ("cms", "ExploitationFormDefinition"),
    ("cms", "Casus"),
    ("cms", "Ontwikkeling"),
]
REVISED = ["homepage", "editionpage", "exploitationformdefinition", "casus", "ontwikkeling"]


def has_data(apps) -> bool:
    return any(apps.get_model(app, model).objects.exists() for app, model in DIRECT) or apps.get_model(
        "actionplan", "Organisation"
    ).objects.exists()


def forwards(apps, schema_editor):
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    create_permissions(global_apps.get_app_config("wagtailadmin"), verbosity=0, apps=apps)
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name=LANDELIJK_ROLE)
    group.permissions.add(
        *apps.get_model("auth", "Permission").objects.filter(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
    )
    if not has_data(apps):
        return
    edition_model = apps.get_model("cms", "EditionPage")
    named = edition_model.objects.exclude(region_name="").order_by("-year").first()
    region, _ = apps.get_model("regions", "Region").objects.get_or_create(
        slug=SLUG, defaults={"name": named.region_name if named else NAME, "full_name": FULL_NAME}
    )
    for app, model in DIRECT:
        apps.get_model(app, model).objects.filter(region=None).update(region=region)
    organisation_model = apps.get_model("actionplan", "Organisation")
    organisation_model.objects.exclude(kind=NATIONAL).filter(region=None).update(region=region)
    for organisation in organisation_model.objects.filter(kind=NATIONAL):
        organisation.serves.add(region)
    for historical in ("HistoricalMunicipality", "HistoricalPlan", "HistoricalReportingYearClosure"):
        apps.get_model("actionplan", historical).objects.filter(region=None).update(region=region)
    apps.get_model("actionplan", "HistoricalOrganisation").objects.exclude(kind=NATIONAL).filter(
        region=None
    ).update(region=region)
    for historical in ("HistoricalTable", "HistoricalDelivery"):
        apps.get_model("monitor", historical).objects.filter(region=None).update(region=region)

    revision_model = apps.get_model("wagtailcore", "Revision")
    for revision in revision_model.objects.filter(
        content_type__app_label="cms", content_type__model__in=REVISED
    ).select_related("content_type"):
        content = dict(revision.content)
        if revision.content_type.model == "editionpage" and "region_name" not in content:
            content["region_name"] = content.pop("region", "") or region.name
        content["region"] = region.pk
        revision.content = content
        revision.save(update_fields=["content"])


def backwards(apps, schema_editor):
    revision_model = apps.get_model("wagtailcore", "Revision")
    for revision in revision_model.objects.filter(
        content_type__app_label="cms", content_type__model__in=REVISED
    ).select_related("content_type"):
        content = dict(revision.content)
        content.pop("region", None)
        if revision.content_type.model == "editionpage":
            content["region"] = content.pop("region_name", "")
        revision.content = content
        revision.save(update_fields=["content"])
    # The 'landelijk' group stays: deleting a group from a migration's historical models trips over
    # the page-permission models of another app's state, and an unused group grants nothing.


class Migration(migrations.Migration):
    dependencies = [
        ("regions", "0001_initial"),
        ("actionplan", "0010_region"),
        ("monitor", "0007_region"),
        ("cms", "0006_region"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
