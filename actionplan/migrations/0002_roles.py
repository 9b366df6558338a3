from django.db import migrations

# The role (group) names as they were when this migration was written (accounts.roles today).
BEHEERDER = "beheerder"
REDACTEUR = "redacteur"
DATAPARTNER = "datapartner"
ACTIEHOUDER = "actiehouder"
REGIONALE_TAFEL = "regionale tafel"
ALL_ROLES = [BEHEERDER, REDACTEUR, DATAPARTNER, ACTIEHOUDER, REGIONALE_TAFEL]

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


def grant_permissions(apps, group_name: str, app_label: str, codenames: list[str]) -> None:
    """Give a group the named permissions of one app, creating them if needed (this migration's own
    copy: a migration does not import the app's code, which may change or move after it)."""
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    create_permissions(global_apps.get_app_config(app_label), verbosity=0, apps=apps)
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    group, _ = group_model.objects.get_or_create(name=group_name)
    permissions = permission_model.objects.filter(content_type__app_label=app_label, codename__in=codenames)
    missing = set(codenames) - set(permissions.values_list("codename", flat=True))
    if missing:
        raise RuntimeError(f"Unknown permissions for {app_label}: {sorted(missing)}")
    group.permissions.add(*permissions)


def model_codenames(models: list[str], actions: tuple[str, ...]) -> list[str]:
    return [f"{action}_{model}" for model in models for action in actions]


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
