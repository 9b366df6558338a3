"""The reporting rounds and the Regionale Tafel become apps of their own (``reporting``, ``review``).

Step 1 of 3: their tables (and the simple-history tables) take the new apps' names; no row changes.
Step 2 is each new app's ``0001_initial`` (the models enter the new app's state, the content types
follow), step 3 is ``0009_rounds_review_moved_out`` (the models leave this app's state).
"""

from django.db import migrations

TABLES = {
    "reportinground": "reporting_reportinground",
    "historicalreportinground": "reporting_historicalreportinground",
    "actionupdate": "reporting_actionupdate",
    "historicalactionupdate": "reporting_historicalactionupdate",
    "reminderlog": "reporting_reminderlog",
    "meeting": "review_meeting",
    "historicalmeeting": "review_historicalmeeting",
    "reviewnote": "review_reviewnote",
    "historicalreviewnote": "review_historicalreviewnote",
}


class Migration(migrations.Migration):
    dependencies = [("actionplan", "0007_outlook_owners_not_stated")]

    operations = [migrations.AlterModelTable(name=model, table=table) for model, table in TABLES.items()]
