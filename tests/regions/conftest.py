"""Two regions on one installation: the seeded first region (A) and a second region (B) with one of
everything, made with the factories. Every title of B carries ``MARK``, so a page that shows anything
of B can be found out by its text.

``two_regions`` gives the regions, B's objects by name and a signed-in client per role of A (the seeded
demo accounts) and of B. Tests of "strictly apart" (``test_region_matrix*.py``) use it.
"""

import datetime
import io
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from wagtail.models import Page

from accounts import roles
from actionplan.models import Organisation
from cms.models import (
    Casus,
    EditionPage,
    ExploitationFormDefinition,
    HomePage,
    MonitorIndexPage,
    Ontwikkeling,
)
from monitor.models import Delivery, Observation
from monitor.services import observation_write
from regions.models import Region
from tests.factories import (
    ActionFactory,
    MeetingFactory,
    MunicipalityFactory,
    OpgaveFactory,
    OrganisationFactory,
    OutlookItemFactory,
    PartnerFactory,
    PlanFactory,
    ProgressNoteFactory,
    ReportingRoundFactory,
    ReviewNoteFactory,
    UserFactory,
)
from tests.monitor.conftest import make_table

MARK = "Tweederegio"

# The seeded accounts of region A, one per role.
ROLES_A = {
    roles.BEHEERDER: "beheerder",
    roles.REDACTEUR: "redacteur",
    roles.REGIONALE_TAFEL: "regionale-tafel",
    roles.ACTIEHOUDER: "actiehouder-essm",
    roles.DATAPARTNER: "datapartner-essm",
}


def build_region_b() -> SimpleNamespace:
    region = Region.objects.create(
        slug="tweede", name=f"{MARK} Zuid", full_name=f"Samenwerking {MARK}", order=5
    )
    lead = OrganisationFactory(region=region, short_name=f"{MARK} Politie", name=f"{MARK} Politie-eenheid")
    gemeente = OrganisationFactory(
        region=region, short_name=f"Gemeente {MARK}stad", name=f"Gemeente {MARK}stad", kind="gemeente"
    )
    municipality = MunicipalityFactory(region=region, name=f"{MARK}stad", organisation=gemeente)
    plan = PlanFactory(region=region, title=f"{MARK} Actieplan 2024-2026", start_year=2024, end_year=2026)
    opgave = OpgaveFactory(plan=plan, number=1, title=f"{MARK} opgave", short_title=f"{MARK} opgave")
    action = ActionFactory(opgave=opgave, title=f"{MARK} actie", lead=lead, year=2025)
    note = ProgressNoteFactory(action=action, year=2025, text=f"{MARK} stand van zaken")
    outlook = OutlookItemFactory(opgave=opgave, title=f"{MARK} doorkijk", owners=[lead])
    reporting_round = ReportingRoundFactory(plan=plan, year=2025)
    meeting = MeetingFactory(plan=plan)
    review_note = ReviewNoteFactory(meeting=meeting, opgave=opgave, text=f"{MARK} advies")

    partner = PartnerFactory(organisation=lead, name=f"{MARK} bron")
    table = make_table(
        partner=partner, code="essm_meldingen", dims={"uitbuitingsvorm": ["seksueel", "arbeid"]}
    )
    table.title = f"{MARK} meldingen"
    table.save()
    observation_write(
        table=table, year=2025, coords={"uitbuitingsvorm": "seksueel"}, value=777, reason="test"
    )
    observation = Observation.objects.get(table=table, year=2025, coord_key="uitbuitingsvorm=seksueel")
    delivery = Delivery.objects.create(
        region=region,
        partner=partner,
        year=2025,
        status=Delivery.Status.SUBMITTED,
        submitted_at=timezone.now(),
    )

    casus = Casus.objects.create(
        region=region, title=f"{MARK} casus", source="Politie", body="<p>Verzonnen.</p>"
    )
    ontwikkeling = Ontwikkeling.objects.create(
        region=region, title=f"{MARK} ontwikkeling", summary="<p>Nieuw.</p>", date=datetime.date(2025, 6, 1)
    )
    definition = ExploitationFormDefinition.objects.create(
        region=region, code="seksueel", name=f"{MARK} seksuele uitbuiting", definition="<p>Def.</p>"
    )

    home = Page.get_first_root_node().add_child(
        instance=HomePage(title=f"{MARK} monitor", slug="tweede", region=region)
    )
    home.save_revision().publish()
    index = home.add_child(instance=MonitorIndexPage(title=f"{MARK} edities", slug="monitor"))
    index.save_revision().publish()
    edition = index.add_child(
        instance=EditionPage(title=f"{MARK} monitor 2025", slug="2025", year=2025, live=False, body=[])
    )
    edition.save_revision()

    users = {
        roles.BEHEERDER: UserFactory(username="b-beheerder", roles=[roles.BEHEERDER], organisation=lead),
        roles.REDACTEUR: UserFactory(username="b-redacteur", roles=[roles.REDACTEUR], organisation=lead),
        roles.REGIONALE_TAFEL: UserFactory(
            username="b-tafel", roles=[roles.REGIONALE_TAFEL], organisation=lead
        ),
        roles.ACTIEHOUDER: UserFactory(
            username="b-actiehouder", roles=[roles.ACTIEHOUDER], organisation=lead
        ),
        roles.DATAPARTNER: UserFactory(
            username="b-datapartner", roles=[roles.DATAPARTNER], organisation=lead
        ),
    }
    return SimpleNamespace(
        region=region,
        organisation=lead,
        municipality=municipality,
        plan=plan,
        opgave=opgave,
        action=action,
        note=note,
        outlook=outlook,
        round=reporting_round,
        update=reporting_round.updates.filter(action=action).first(),
        meeting=meeting,
        review_note=review_note,
        partner=partner,
        table=table,
        observation=observation,
        delivery=delivery,
        casus=casus,
        ontwikkeling=ontwikkeling,
        definition=definition,
        home=home,
        index=index,
        edition=edition,
        users=users,
    )


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def two_regions(db):
    call_command("seed_rotterdam_2025", verbosity=0, stdout=io.StringIO())
    a = Region.objects.get(slug="rotterdam")
    b = build_region_b()
    user_model = get_user_model()
    national = Organisation.objects.filter(region=None).first()
    landelijk = UserFactory(username="landelijk", roles=[roles.LANDELIJK], organisation=national)
    clients_a = {role: signed_in(user_model.objects.get(username=name)) for role, name in ROLES_A.items()}
    clients_a[roles.LANDELIJK] = signed_in(landelijk)
    clients_b = {role: signed_in(user) for role, user in b.users.items()}
    return SimpleNamespace(a=a, b=b, clients_a=clients_a, clients_b=clients_b, mark=MARK)


def body(response) -> str:
    """The text of an answer, a streamed one (an export) too."""
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


def leaks_on_read(world, urls: list[str]) -> list[str]:
    """Every (url, role of A) whose answer shows anything of region B: a read of B's data from A.
    A refusal (403/404, or a redirect away) is no leak; a 200 must not carry B's mark."""
    found = []
    for url in urls:
        for role, client in world.clients_a.items():
            response = client.get(url)
            if response.status_code == 200 and world.mark in body(response):
                found.append(f"GET {url} as {role} (region A) shows region B")
            elif response.status_code >= 500:
                found.append(f"GET {url} as {role}: status {response.status_code}")
    return found


def b_fingerprint(b) -> tuple:
    """Region B's rows that a write from A could change."""
    from actionplan.models import Action, ProgressNote
    from monitor.models import Delivery, Observation

    return (
        tuple(Action.objects.filter(pk=b.action.pk).values_list("title", "status", "version", "lead")),
        tuple(ProgressNote.objects.filter(action=b.action).values_list("year", "text", "status")),
        tuple(Observation.objects.filter(table=b.table).values_list("pk", "value", "version")),
        tuple(Delivery.objects.filter(region=b.region).values_list("pk", "status")),
        tuple(Page.objects.descendant_of(b.home, inclusive=True).values_list("pk", "title", "live")),
        tuple(Casus.objects.filter(region=b.region).values_list("pk", "title")),
        Action.history.filter(id=b.action.pk).count(),
        Observation.history.filter(table_id=b.table.pk).count(),
    )


def writes_from_a(world, posts: list[tuple[str, dict]]) -> list[str]:
    """POST each (url, data) as every role of A; B's data must stay exactly as it was."""
    before = b_fingerprint(world.b)
    found = []
    for url, data in posts:
        for role, client in world.clients_a.items():
            response = client.post(url, data)
            after = b_fingerprint(world.b)
            if after != before:
                found.append(
                    f"POST {url} as {role} (region A) changed region B (status {response.status_code})"
                )
                before = after
    return found
