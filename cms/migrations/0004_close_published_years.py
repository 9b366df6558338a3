"""The years of editions published before reporting years could be closed are closed now."""

from django.db import migrations
from django.utils import timezone


def close_published_years(apps, schema_editor):
    edition_model = apps.get_model("cms", "EditionPage")
    closure_model = apps.get_model("actionplan", "ReportingYearClosure")
    for year in edition_model.objects.filter(live=True).values_list("year", flat=True):
        closure_model.objects.get_or_create(
            year=year,
            defaults={"closed_at": timezone.now(), "reason": f"Editie {year} gepubliceerd"},
        )


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0003_chart_types"),
        ("actionplan", "0005_year_bound_state"),
    ]

    operations = [migrations.RunPython(close_published_years, migrations.RunPython.noop)]
