import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    """Pages and snippets belong to a region (filled in by 0007; required from 0008). The edition's old
    free-text ``region`` (how its title page names the region) is kept as ``region_name``."""

    dependencies = [
        ("cms", "0005_corrections_on_record"),
        ("regions", "0001_initial"),
    ]

    operations = [
        migrations.RenameField("editionpage", "region", "region_name"),
        migrations.AlterField(
            model_name="editionpage",
            name="region_name",
            field=models.CharField(
                help_text="Zoals de editie de regio noemt.", max_length=100, verbose_name="regio op de titelpagina"
            ),
        ),
        migrations.AlterField(
            model_name="editionpage",
            name="year",
            field=models.PositiveSmallIntegerField(verbose_name="jaar"),
        ),
        migrations.AddField(
            model_name="editionpage",
            name="region",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="editions",
                to="regions.region",
                verbose_name="regio",
            ),
        ),
        migrations.AddConstraint(
            model_name="editionpage",
            constraint=models.UniqueConstraint(fields=("region", "year"), name="edition_year_per_region"),
        ),
        migrations.AddField(
            model_name="homepage",
            name="region",
            field=models.OneToOneField(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="home_page",
                to="regions.region",
                verbose_name="regio",
            ),
        ),
        migrations.AlterField(
            model_name="exploitationformdefinition",
            name="code",
            field=models.SlugField(max_length=40, verbose_name="code"),
        ),
        migrations.AddField(
            model_name="exploitationformdefinition",
            name="region",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="definitions",
                to="regions.region",
                verbose_name="regio",
            ),
        ),
        migrations.AddConstraint(
            model_name="exploitationformdefinition",
            constraint=models.UniqueConstraint(fields=("region", "code"), name="definition_code_per_region"),
        ),
        migrations.AddField(
            model_name="casus",
            name="region",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="casussen",
                to="regions.region",
                verbose_name="regio",
            ),
        ),
        migrations.AddField(
            model_name="ontwikkeling",
            name="region",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="ontwikkelingen",
                to="regions.region",
                verbose_name="regio",
            ),
        ),
    ]
