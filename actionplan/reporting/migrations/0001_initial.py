"""The reporting rounds move here from ``actionplan`` (step 2 of 3, see actionplan's 0008).

The models enter this app's state over the tables that 0008 renamed (no database change), then their
content types follow.
"""

import django.db.models.deletion
import simple_history.models
from django.conf import settings
from django.db import migrations, models

APP_LABEL = "reporting"
MODELS = ["reportinground", "historicalreportinground", "actionupdate", "historicalactionupdate", "reminderlog"]


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
                    name='HistoricalReportingRound',
                    fields=[
                        ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                        ('year', models.PositiveSmallIntegerField(verbose_name='jaar')),
                        ('deadline', models.DateField(verbose_name='uiterste datum')),
                        ('opened_at', models.DateTimeField(verbose_name='geopend op')),
                        ('closed', models.BooleanField(default=False, verbose_name='gesloten')),
                        ('history_id', models.AutoField(primary_key=True, serialize=False)),
                        ('history_date', models.DateTimeField(db_index=True)),
                        ('history_change_reason', models.TextField(null=True)),
                        ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                        ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('opened_by', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='geopend door')),
                        ('plan', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='actionplan.plan', verbose_name='actieplan')),
                    ],
                    options={
                        'verbose_name': 'historical rapportageronde',
                        'verbose_name_plural': 'historical rapportagerondes',
                        'ordering': ('-history_date', '-history_id'),
                        'get_latest_by': ('history_date', 'history_id'),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name='ReportingRound',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('year', models.PositiveSmallIntegerField(verbose_name='jaar')),
                        ('deadline', models.DateField(verbose_name='uiterste datum')),
                        ('opened_at', models.DateTimeField(verbose_name='geopend op')),
                        ('closed', models.BooleanField(default=False, verbose_name='gesloten')),
                        ('opened_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='geopend door')),
                        ('plan', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='reporting_rounds', to='actionplan.plan', verbose_name='actieplan')),
                    ],
                    options={
                        'verbose_name': 'rapportageronde',
                        'verbose_name_plural': 'rapportagerondes',
                        'ordering': ['-year', 'plan'],
                    },
                ),
                migrations.CreateModel(
                    name='HistoricalActionUpdate',
                    fields=[
                        ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                        ('state', models.CharField(choices=[('te_doen', 'Te doen'), ('ingediend', 'Ingediend'), ('teruggestuurd', 'Teruggestuurd'), ('geaccepteerd', 'Geaccepteerd')], default='te_doen', max_length=20, verbose_name='fase')),
                        ('status', models.CharField(blank=True, choices=[('gepland', 'Niet gestart / gepland'), ('lopend', 'Lopend'), ('doorlopend', 'Doorlopend'), ('afgerond', 'Afgerond'), ('doorgeschoven', 'Doorgeschoven'), ('vervallen', 'Vervallen')], max_length=20, verbose_name='status')),
                        ('text', models.TextField(blank=True, verbose_name='stand van zaken')),
                        ('submitted_at', models.DateTimeField(blank=True, null=True, verbose_name='ingediend op')),
                        ('submission_count', models.PositiveSmallIntegerField(default=0, verbose_name='aantal keer ingediend')),
                        ('reviewed_at', models.DateTimeField(blank=True, null=True, verbose_name='beoordeeld op')),
                        ('review_comment', models.TextField(blank=True, verbose_name='toelichting beoordeling')),
                        ('history_id', models.AutoField(primary_key=True, serialize=False)),
                        ('history_date', models.DateTimeField(db_index=True)),
                        ('history_change_reason', models.TextField(null=True)),
                        ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                        ('action', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='actionplan.action', verbose_name='actie')),
                        ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('reviewed_by', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='beoordeeld door')),
                        ('submitted_by', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='ingediend door')),
                        ('round', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='reporting.reportinground', verbose_name='ronde')),
                    ],
                    options={
                        'verbose_name': 'historical actie-update',
                        'verbose_name_plural': 'historical actie-updates',
                        'ordering': ('-history_date', '-history_id'),
                        'get_latest_by': ('history_date', 'history_id'),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name='ActionUpdate',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('state', models.CharField(choices=[('te_doen', 'Te doen'), ('ingediend', 'Ingediend'), ('teruggestuurd', 'Teruggestuurd'), ('geaccepteerd', 'Geaccepteerd')], default='te_doen', max_length=20, verbose_name='fase')),
                        ('status', models.CharField(blank=True, choices=[('gepland', 'Niet gestart / gepland'), ('lopend', 'Lopend'), ('doorlopend', 'Doorlopend'), ('afgerond', 'Afgerond'), ('doorgeschoven', 'Doorgeschoven'), ('vervallen', 'Vervallen')], max_length=20, verbose_name='status')),
                        ('text', models.TextField(blank=True, verbose_name='stand van zaken')),
                        ('submitted_at', models.DateTimeField(blank=True, null=True, verbose_name='ingediend op')),
                        ('submission_count', models.PositiveSmallIntegerField(default=0, verbose_name='aantal keer ingediend')),
                        ('reviewed_at', models.DateTimeField(blank=True, null=True, verbose_name='beoordeeld op')),
                        ('review_comment', models.TextField(blank=True, verbose_name='toelichting beoordeling')),
                        ('action', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='round_updates', to='actionplan.action', verbose_name='actie')),
                        ('reviewed_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='beoordeeld door')),
                        ('submitted_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='ingediend door')),
                        ('round', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='updates', to='reporting.reportinground', verbose_name='ronde')),
                    ],
                    options={
                        'verbose_name': 'actie-update',
                        'verbose_name_plural': 'actie-updates',
                        'ordering': ['round', 'action__opgave__number', 'action__sort_order', 'action__pk'],
                    },
                ),
                migrations.CreateModel(
                    name='ReminderLog',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('date', models.DateField(verbose_name='datum')),
                        ('kind', models.CharField(choices=[('eigenaar', 'Herinnering actiehouder'), ('beheerder', 'Overzicht voor beheerder')], max_length=20, verbose_name='soort')),
                        ('sent_at', models.DateTimeField(auto_now_add=True, verbose_name='verzonden op')),
                        ('action_count', models.PositiveIntegerField(default=0, verbose_name='aantal acties')),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='gebruiker')),
                    ],
                    options={
                        'verbose_name': 'herinnering',
                        'verbose_name_plural': 'herinneringen',
                        'ordering': ['-date', 'user'],
                        'constraints': [models.UniqueConstraint(fields=('user', 'date', 'kind'), name='unique_reminder_per_day')],
                    },
                ),
                migrations.AddConstraint(
                    model_name='reportinground',
                    constraint=models.UniqueConstraint(fields=('plan', 'year'), name='unique_reporting_round_year'),
                ),
                migrations.AddConstraint(
                    model_name='actionupdate',
                    constraint=models.UniqueConstraint(fields=('round', 'action'), name='unique_action_update_per_round'),
                ),
            ],
        ),
        migrations.RunPython(content_types_forwards, content_types_backwards),
    ]
