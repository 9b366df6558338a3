from django.db import migrations

from actionplan.roles import BEHEERDER, REGIONALE_TAFEL, grant_permissions, model_codenames

MODELS = ["reportinground", "actionupdate", "meeting", "reviewnote"]


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
