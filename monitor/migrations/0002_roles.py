from django.db import migrations

from actionplan.roles import BEHEERDER, REGIONALE_TAFEL, grant_permissions, model_codenames

MODELS = [
    "partner",
    "table",
    "dimension",
    "dimensionvalue",
    "observation",
    "footnote",
    "jointreport",
    "delivery",
]


def grant(apps, schema_editor):
    grant_permissions(
        apps, BEHEERDER, "monitor", model_codenames(MODELS, ("add", "change", "delete", "view"))
    )
    grant_permissions(apps, REGIONALE_TAFEL, "monitor", model_codenames(MODELS, ("view",)))
    # A datapartner works only in "Mijn cijfers": no model permission, on purpose.


def revoke(apps, schema_editor):
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    permissions = permission_model.objects.filter(content_type__app_label="monitor")
    for group in group_model.objects.filter(name__in=[BEHEERDER, REGIONALE_TAFEL]):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("monitor", "0001_initial"),
        ("actionplan", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
