"""The Regionale Tafel's meetings and notes move here from ``actionplan`` (step 2 of 3, see actionplan's 0008).

The models enter this app's state over the tables that 0008 renamed (no database change), then their
content types follow.
"""

import django.db.models.deletion
import simple_history.models
from django.conf import settings
from django.db import migrations, models

APP_LABEL = "review"
MODELS = ["meeting", "historicalmeeting", "reviewnote", "historicalreviewnote"]


def _move_content_types(apps, schema_editor, source: str, target: str) -> None:
    """The models' content types change app label, so their permissions (and the groups and users
    that hold them) stay attached, and so does anything else that points to a content type.

    Should the target already have a content type of its own (made by a post_migrate run in
    between), the source's permissions move over to it, keeping their groups and users."""
    content_type_model = apps.get_model("contenttypes", "ContentType")
    permission_model = apps.get_model("auth", "Permission")
    db = schema_editor.connection.alias
    content_types = content_type_model.objects.using(db)
    for model in MODELS:
        old = content_types.filter(app_label=source, model=model).first()
        if old is None:
            continue
        new = content_types.filter(app_label=target, model=model).first()
        if new is None:
            old.app_label = target
            old.save(update_fields=["app_label"])
            continue
        for permission in permission_model.objects.using(db).filter(content_type=old):
            existing = permission_model.objects.using(db).filter(content_type=new, codename=permission.codename)
            kept = existing.first()
            if kept is None:
                permission.content_type = new
                permission.save(update_fields=["content_type"])
                continue
            kept.group_set.add(*permission.group_set.all())
            kept.user_set.add(*permission.user_set.all())
            permission.delete()


def content_types_forwards(apps, schema_editor):
    _move_content_types(apps, schema_editor, "actionplan", APP_LABEL)


def content_types_backwards(apps, schema_editor):
    _move_content_types(apps, schema_editor, APP_LABEL, "actionplan")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('actionplan', '0008_rounds_review_tables_renamed'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('auth', '0012_alter_user_first_name_max_length'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name='HistoricalMeeting',
                    fields=[
                        ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                        ('date', models.DateField(verbose_name='datum')),
                        ('title', models.CharField(blank=True, max_length=200, verbose_name='titel')),
                        ('history_id', models.AutoField(primary_key=True, serialize=False)),
                        ('history_date', models.DateTimeField(db_index=True)),
                        ('history_change_reason', models.TextField(null=True)),
                        ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                        ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('plan', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='actionplan.plan', verbose_name='actieplan')),
                    ],
                    options={
                        'verbose_name': 'historical vergadering',
                        'verbose_name_plural': 'historical vergaderingen',
                        'ordering': ('-history_date', '-history_id'),
                        'get_latest_by': ('history_date', 'history_id'),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name='Meeting',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('date', models.DateField(verbose_name='datum')),
                        ('title', models.CharField(blank=True, max_length=200, verbose_name='titel')),
                        ('plan', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='meetings', to='actionplan.plan', verbose_name='actieplan')),
                    ],
                    options={
                        'verbose_name': 'vergadering',
                        'verbose_name_plural': 'vergaderingen',
                        'ordering': ['-date'],
                    },
                ),
                migrations.CreateModel(
                    name='HistoricalReviewNote',
                    fields=[
                        ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                        ('kind', models.CharField(choices=[('advies', 'Advies'), ('besluit', 'Besluit')], default='advies', max_length=20, verbose_name='soort')),
                        ('text', models.TextField(verbose_name='tekst')),
                        ('created_at', models.DateTimeField(blank=True, editable=False, verbose_name='vastgelegd op')),
                        ('history_id', models.AutoField(primary_key=True, serialize=False)),
                        ('history_date', models.DateTimeField(db_index=True)),
                        ('history_change_reason', models.TextField(null=True)),
                        ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                        ('created_by', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='vastgelegd door')),
                        ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('opgave', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='actionplan.opgave', verbose_name='opgave')),
                        ('meeting', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='review.meeting', verbose_name='vergadering')),
                    ],
                    options={
                        'verbose_name': 'historical advies of besluit',
                        'verbose_name_plural': 'historical adviezen en besluiten',
                        'ordering': ('-history_date', '-history_id'),
                        'get_latest_by': ('history_date', 'history_id'),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name='ReviewNote',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('kind', models.CharField(choices=[('advies', 'Advies'), ('besluit', 'Besluit')], default='advies', max_length=20, verbose_name='soort')),
                        ('text', models.TextField(verbose_name='tekst')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='vastgelegd op')),
                        ('created_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='vastgelegd door')),
                        ('meeting', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='notes', to='review.meeting', verbose_name='vergadering')),
                        ('opgave', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='review_notes', to='actionplan.opgave', verbose_name='opgave')),
                    ],
                    options={
                        'verbose_name': 'advies of besluit',
                        'verbose_name_plural': 'adviezen en besluiten',
                        'ordering': ['meeting', 'opgave__number', 'pk'],
                    },
                ),
                migrations.AddConstraint(
                    model_name='meeting',
                    constraint=models.UniqueConstraint(fields=('plan', 'date'), name='unique_meeting_date'),
                ),
            ],
        ),
        migrations.RunPython(content_types_forwards, content_types_backwards),
    ]
