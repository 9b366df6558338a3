"""English beside Dutch: the English locale, and the right to translate for the redactie.

Dutch (the default language) is the locale Wagtail made when it was installed; English is the language
the editions are translated into (wagtail-localize). A redacteur and a beheerder may submit a page or
snippet for translation and translate it in the admin (``wagtail_localize.submit_translation``); what
they may then edit or publish follows their page permissions, as for Dutch pages.
"""

from django.db import migrations

# Literal constants: the role (group) names as they were when this migration was written.
TRANSLATORS = ["redacteur", "beheerder"]
ENGLISH = "en"
# The labels of an edition (cms.EditionLabels): the redactie keeps them and translates them.
LABEL_PERMISSIONS = ["add_editionlabels", "change_editionlabels", "view_editionlabels"]


def forwards(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Locale.objects.get_or_create(language_code=ENGLISH)
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    create_permissions(global_apps.get_app_config("cms"), verbosity=0, apps=apps)
    labels = list(Permission.objects.filter(content_type__app_label="cms", codename__in=LABEL_PERMISSIONS))
    for name in TRANSLATORS:
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*labels)
    permission = Permission.objects.filter(
        content_type__app_label="wagtail_localize", codename="submit_translation"
    ).first()
    if permission is None:
        return
    for name in TRANSLATORS:
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(permission)


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.filter(
        content_type__app_label="wagtail_localize", codename="submit_translation"
    ).first()
    for group in Group.objects.filter(name__in=TRANSLATORS):
        if permission is not None:
            group.permissions.remove(permission)
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="cms", codename__in=LABEL_PERMISSIONS)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0008_english_edition"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
