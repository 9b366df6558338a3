from django.db import migrations

# The role (group) names as they were when this migration was written (accounts.roles today).
BEHEERDER = "beheerder"
REGIONALE_TAFEL = "regionale tafel"

MODELS = ["reportinground", "actionupdate", "meeting", "reviewnote"]


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


def grant(apps, schema_editor):
    grant_permissions(
        apps, BEHEERDER, "actionplan", model_codenames(MODELS, ("add", "change", "delete", "view"))
    )
    grant_permissions(apps, BEHEERDER, "actionplan", ["view_reminderlog"])
    grant_permissions(apps, REGIONALE_TAFEL, "actionplan", model_codenames(MODELS, ("view",)))
    # The board records its own advice and decisions, and plans its meetings.
    grant_permissions(
        apps, REGIONALE_TAFEL, "actionplan", model_codenames(["meeting", "reviewnote"], ("add", "change"))
    )
    # An actiehouder works only in "Mijn rapportage": no model permission, on purpose.


class Migration(migrations.Migration):
    dependencies = [("actionplan", "0003_rounds_review")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
