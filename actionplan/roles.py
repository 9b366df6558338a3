"""The roles of the workbench, as Django groups created by a migration.

Each app's migrations give the groups the model permissions for that app's models; the rules
that go beyond model permissions (an actiehouder updates only their own organisation's actions)
live in the app's ``permissions`` module.
"""

BEHEERDER = "beheerder"
REDACTEUR = "redacteur"
DATAPARTNER = "datapartner"
ACTIEHOUDER = "actiehouder"
REGIONALE_TAFEL = "regionale tafel"

ALL_ROLES = [BEHEERDER, REDACTEUR, DATAPARTNER, ACTIEHOUDER, REGIONALE_TAFEL]


def grant_permissions(apps, group_name: str, app_label: str, codenames: list[str]) -> None:
    """Migration helper: give a group the named permissions of one app, creating them if needed."""
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    app_config = global_apps.get_app_config(app_label)
    create_permissions(app_config, verbosity=0, apps=apps)
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
