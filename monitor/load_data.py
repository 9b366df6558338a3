"""Grows the figures like a national rollout would: copies of the seeded partners' tables.

Used by ``generate_load_data`` for benchmarks; never part of a real installation's data.
"""

from simple_history.utils import bulk_create_with_history

from workbench.history import record_history

from .models import Delivery, Dimension, DimensionValue, Footnote, Observation, Partner, Table

REASON = "Belastingsdata (benchmark)"


def _save(instance):
    record_history(instance, user=None, reason=REASON)
    instance.save()
    return instance


def copy_figures(k: int, organisations: dict, *, region=None) -> int:
    """Copy k of every seeded partner (of ``region``: with that region's tables and deliveries) with its
    tables, observations and deliveries; returns tables made."""
    made = 0
    partners = Partner.objects.filter(organisation__short_name__regex=r"^[^#]*$")
    tables = Table.objects.all() if region is None else Table.objects.filter(region=region)
    deliveries = Delivery.objects.all() if region is None else Delivery.objects.filter(region=region)
    if region is not None:
        partners = partners.filter(pk__in=tables.values("partner"))
    for partner in partners:
        organisation = organisations[partner.organisation_id]
        if Partner.objects.filter(organisation=organisation).exists():
            continue
        new_partner = _save(Partner(organisation=organisation, name=f"{partner.name} #{k}"))
        for delivery in deliveries.filter(partner=partner):
            _save(
                Delivery(
                    region=delivery.region, partner=new_partner, year=delivery.year, status=delivery.status
                )
            )
        for table in tables.filter(partner=partner):
            _copy_table(table, new_partner, k)
            made += 1
    return made


def _copy_table(table: Table, partner: Partner, k: int) -> Table:
    new_table = _save(
        Table(
            region=table.region,
            comparable=table.comparable,
            code=f"{table.code}-{k}",
            title=table.title,
            unit=table.unit,
            description=table.description,
            source=table.source,
            partner=partner,
            chapter=table.chapter,
            order=table.order,
            disclosure_threshold=table.disclosure_threshold,
        )
    )
    values = {}
    for dimension in table.dimensions.prefetch_related("values__parts"):
        new_dimension = _save(
            Dimension(table=new_table, code=dimension.code, label=dimension.label, order=dimension.order)
        )
        for value in dimension.values.all():
            values[value.pk] = _save(
                DimensionValue(
                    dimension=new_dimension,
                    code=value.code,
                    label=value.label,
                    order=value.order,
                    is_total=value.is_total,
                    unit=value.unit,
                    municipality=value.municipality,
                )
            )
        for value in dimension.values.all():
            parts = [values[part.pk] for part in value.parts.all()]
            if parts:
                values[value.pk].parts.set(parts)
    observations = list(table.observations.prefetch_related("coordinates"))
    created = bulk_create_with_history(
        [
            Observation(table=new_table, year=o.year, coord_key=o.coord_key, value=o.value)
            for o in observations
        ],
        Observation,
        default_change_reason=REASON,
    )
    through = Observation.coordinates.through
    through.objects.bulk_create(
        [
            through(observation_id=new.pk, dimensionvalue_id=values[value.pk].pk)
            for old, new in zip(observations, created, strict=True)
            for value in old.coordinates.all()
        ]
    )
    for footnote in Footnote.objects.filter(table=table, observation=None, dimension_value=None):
        _save(Footnote(table=new_table, year=footnote.year, number=footnote.number, text=footnote.text))
    return new_table
