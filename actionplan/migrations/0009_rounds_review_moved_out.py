"""Step 3 of 3 (see 0008): the moved models leave this app's state; their tables stay as they are,
now the ``reporting`` and ``review`` apps' (which the earlier migrations here still name as
``actionplan.<model>``: those stay as they were)."""

from django.db import migrations

# Models that point to others first, so the state never holds a dangling reference.
MOVED = [
    "actionupdate",
    "historicalactionupdate",
    "reminderlog",
    "historicalreportinground",
    "reportinground",
    "reviewnote",
    "historicalreviewnote",
    "historicalmeeting",
    "meeting",
]


class Migration(migrations.Migration):
    dependencies = [
        ("actionplan", "0008_rounds_review_tables_renamed"),
        ("reporting", "0001_initial"),
        ("review", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name=name) for name in MOVED], database_operations=[]
        )
    ]
