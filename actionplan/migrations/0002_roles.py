from django.db import migrations

from actionplan.roles import (
    ALL_ROLES,
    BEHEERDER,
    REGIONALE_TAFEL,
    grant_permissions,
    model_codenames,
)

MODELS = [
    "organisation",
    "municipality",
    "membership",
    "plan",
    "opgave",
    "action",
    "progressnote",
    "outlookitem",
]


def create_roles(apps, schema_editor):
    for role in ALL_ROLES:
        grant_permissions(apps, role, "wagtailadmin", ["access_admin"])
    grant_permissions(
        apps, BEHEERDER, "actionplan", model_codenames(MODELS, ("add", "change", "delete", "view"))
    )
    grant_permissions(
        apps, BEHEERDER, "auth", model_codenames(["user"], ("add", "change", "view"))
    )
    grant_permissions(apps, REGIONALE_TAFEL, "actionplan", model_codenames(MODELS, ("view",)))
    # An actiehouder works only in "Mijn acties": no model permission, on purpose.


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ALL_ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("actionplan", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
