"""factory_boy factories, shared by the tests and the demo/load-data commands."""

import datetime

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from actionplan.models import (
    Action,
    ActionStatus,
    Membership,
    Municipality,
    Opgave,
    Organisation,
    OutlookItem,
    Plan,
    ProgressNote,
)

# --- regions ------------------------------------------------------------------------------------


def default_region():
    """The region factories put their objects in unless told otherwise: the installation's first
    region (the seeded one, when a test seeded), else a test region made for the purpose."""
    from regions.models import Region

    return Region.objects.order_by("order", "pk").first() or Region.objects.create(
        slug="testregio", name="Testregio", full_name="Regio voor tests"
    )


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "regions.Region"
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"regio-{n}")
    name = factory.LazyAttribute(lambda o: f"Regio {o.slug}")
    full_name = factory.LazyAttribute(lambda o: f"Samenwerkingsverband {o.slug}")


# --- actionplan ---------------------------------------------------------------------------------


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ("short_name",)

    short_name = factory.Sequence(lambda n: f"Org {n}")
    name = factory.LazyAttribute(lambda o: f"Organisatie {o.short_name}")
    kind = Organisation.Kind.PARTNER
    region = factory.LazyFunction(default_region)


class MunicipalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Municipality

    cbs_code = factory.Sequence(lambda n: f"GM{9000 + n:04d}")
    name = factory.Sequence(lambda n: f"Gemeente {n}")
    subregion = "Deelregio Noord"
    region = factory.LazyFunction(default_region)


class PlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Plan

    region = factory.LazyFunction(default_region)
    start_year = factory.Sequence(lambda n: 2100 + 4 * n)
    end_year = factory.LazyAttribute(lambda o: o.start_year + 2)
    title = factory.LazyAttribute(lambda o: f"Actieplan {o.start_year}-{o.end_year}")


class OpgaveFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Opgave

    plan = factory.SubFactory(PlanFactory)
    number = factory.Sequence(lambda n: n + 1)
    title = factory.Sequence(lambda n: f"Opgave {n}")
    short_title = factory.LazyAttribute(lambda o: o.title)


class ActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Action
        skip_postgeneration_save = True

    opgave = factory.SubFactory(OpgaveFactory)
    title = factory.Sequence(lambda n: f"Actie {n}")
    description = "Omschrijving van de actie."
    lead = factory.SubFactory(OrganisationFactory)
    status = ActionStatus.RUNNING
    year = 2025

    @factory.post_generation
    def co_owners(self, create, extracted, **kwargs):
        if create and extracted:
            self.co_owners.add(*extracted)


class ProgressNoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProgressNote

    action = factory.SubFactory(ActionFactory)
    year = 2025
    status = ActionStatus.RUNNING
    text = "Stand van zaken."


class OutlookItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OutlookItem
        skip_postgeneration_save = True

    opgave = factory.SubFactory(OpgaveFactory)
    outlook_year = 2026
    title = factory.Sequence(lambda n: f"Doorkijk {n}")
    year = 2026

    @factory.post_generation
    def owners(self, create, extracted, **kwargs):
        if create and extracted:
            self.owners.add(*extracted)


class UserFactory(factory.django.DjangoModelFactory):
    """A user with roles (group names) and an organisation: UserFactory(roles=[...], organisation=org)."""

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"gebruiker{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    password = factory.django.Password("wachtwoord-voor-tests")

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(*Group.objects.filter(name__in=extracted))

    @factory.post_generation
    def organisation(self, create, extracted, **kwargs):
        if create and extracted:
            Membership.objects.create(user=self, organisation=extracted)


# --- actionplan: reporting rounds and the Regionale Tafel (issue 5) -------------------------------


class ReportingRoundFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "reporting.ReportingRound"

    plan = factory.SubFactory(PlanFactory)
    year = factory.LazyAttribute(lambda o: o.plan.start_year)
    deadline = factory.LazyFunction(lambda: datetime.date(2026, 3, 1))
    opened_at = factory.LazyFunction(timezone.now)


class ActionUpdateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "reporting.ActionUpdate"

    round = factory.SubFactory(ReportingRoundFactory)
    action = factory.SubFactory(ActionFactory, opgave__plan=factory.SelfAttribute("...round.plan"))


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "review.Meeting"

    plan = factory.SubFactory(PlanFactory)
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=7 * n))


class ReviewNoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "review.ReviewNote"

    meeting = factory.SubFactory(MeetingFactory)
    opgave = factory.SubFactory(OpgaveFactory, plan=factory.SelfAttribute("..meeting.plan"))
    kind = "advies"
    text = "De Regionale Tafel adviseert de aanpak voort te zetten."


# --- monitor: partners, tables, dimensions, deliveries (issue 3) ---------------------------------


class PartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "monitor.Partner"

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.LazyAttribute(lambda o: f"Bron {o.organisation.short_name}")


class TableFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "monitor.Table"

    code = factory.Sequence(lambda n: f"tabel_{n}")
    title = factory.Sequence(lambda n: f"Tabel {n}")
    partner = factory.SubFactory(PartnerFactory)
    # The partner's region (a national partner's table: the default region).
    region = factory.LazyAttribute(lambda o: o.partner.organisation.region or default_region())


class DimensionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "monitor.Dimension"

    table = factory.SubFactory(TableFactory)
    code = factory.Sequence(lambda n: f"dimensie_{n}")
    label = factory.LazyAttribute(lambda o: o.code.capitalize())


class DimensionValueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "monitor.DimensionValue"

    dimension = factory.SubFactory(DimensionFactory)
    code = factory.Sequence(lambda n: f"waarde_{n}")
    label = factory.LazyAttribute(lambda o: o.code.capitalize())


class DeliveryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "monitor.Delivery"

    partner = factory.SubFactory(PartnerFactory)
    region = factory.LazyAttribute(lambda o: o.partner.organisation.region or default_region())
    year = 2026
    status = "open"


def action_version(action) -> int:
    """The stored version of an action: what a screen showing it now would send with a save."""
    return Action.objects.values_list("version", flat=True).get(pk=action.pk)


def observation_version(table, year: int, coords: dict[str, str]) -> int | None:
    """The stored version of a figure (None: no figure stored), as a screen showing it would send."""
    from monitor.models import Observation, coord_key

    stored = Observation.objects.filter(table=table, year=year, coord_key=coord_key(coords))
    return stored.values_list("version", flat=True).first()
