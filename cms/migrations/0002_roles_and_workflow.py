"""Page permissions and the editing workflow for the roles (accounts.roles).

A redacteur adds and edits pages and submits them; a beheerder also publishes and is the moderator of
the workflow "Redactie editie". Actiehouder and datapartner get no page permission: they do not see
the pages in the admin.
"""

from django.db import migrations

# The role (group) names as they were when this migration was written (accounts.roles today).
BEHEERDER = "beheerder"
REDACTEUR = "redacteur"

SNIPPETS = ["exploitationformdefinition", "casus", "ontwikkeling"]
PAGE_PERMISSIONS = {REDACTEUR: ["add_page", "change_page"], BEHEERDER: ["add_page", "change_page", "publish_page"]}
WORKFLOW_NAME = "Redactie editie"
TASK_NAME = "Goedkeuring door beheerder"


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


def _ensure_wagtail_permissions(apps):
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    create_permissions(global_apps.get_app_config("wagtailcore"), verbosity=0, apps=apps)


def setup(apps, schema_editor):
    for role in (REDACTEUR, BEHEERDER):
        grant_permissions(apps, role, "cms", model_codenames(SNIPPETS, ("add", "change", "delete", "view")))
    _ensure_wagtail_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    root = Page.objects.filter(depth=1).first()
    if root is None:
        return
    for role, codenames in PAGE_PERMISSIONS.items():
        group = Group.objects.get(name=role)
        for codename in codenames:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
    _setup_workflow(apps, root, Group.objects.get(name=BEHEERDER))


def _setup_workflow(apps, root, beheerder):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    content_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task, _ = GroupApprovalTask.objects.get_or_create(
        name=TASK_NAME, defaults={"content_type": content_type, "active": True}
    )
    task.groups.add(beheerder)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})


def teardown(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW_NAME).update(active=False)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0001_initial"),
        ("actionplan", "0002_roles"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(setup, teardown)]
