"""Every role against every admin and public URL that reads or writes plans, actions, figures,
deliveries, pages and editions, including objects of another organisation (B) by guessed id.

The seed gives organisation A = ESSM (actiehouder-essm, datapartner-essm) and B = RIEC Rotterdam /
AVIM. A refused write must leave the database exactly as it was.
"""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from wagtail.models import Page, Revision

from actionplan.models import Action, ProgressNote
from cms.models import Casus, EditionPage
from monitor.models import Delivery, Observation, Table
from tests.factories import default_region, observation_version
from tests.public import public_text, read_fresh

pytestmark = pytest.mark.django_db

ANON, ACTIEHOUDER, DATAPARTNER, REDACTEUR, TAFEL, BEHEERDER = (
    "anonymous",
    "actiehouder-essm",
    "datapartner-essm",
    "redacteur",
    "regionale-tafel",
    "beheerder",
)
ROLES = [ANON, ACTIEHOUDER, DATAPARTNER, REDACTEUR, TAFEL, BEHEERDER]
OK, REFUSED, LOGIN = "ok", "refused", "login"


def outcome(response) -> str:
    if response.status_code == 200:
        return OK
    if response.status_code == 302 and "/login/" in response["Location"]:
        return LOGIN
    if response.status_code in (403, 404) or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    ):
        return REFUSED
    return f"status {response.status_code}"


def only(*roles) -> dict:
    """Admin URL: the given roles may, anonymous goes to login, everyone else is refused."""
    return {role: OK if role in roles else (LOGIN if role == ANON else REFUSED) for role in ROLES}


PUBLIC = dict.fromkeys(ROLES, OK)


def fingerprint() -> tuple:
    return (
        tuple(Action.objects.order_by("pk").values_list("pk", "title", "status", "version", "lead")),
        tuple(ProgressNote.objects.order_by("pk").values_list("pk", "text", "status")),
        Action.history.count(),
        tuple(Observation.objects.order_by("pk").values_list("pk", "value", "version")),
        Observation.history.count(),
        tuple(Delivery.objects.order_by("pk").values_list("pk", "status")),
        tuple(Table.objects.order_by("pk").values_list("pk", "code", "title")),
        tuple(Page.objects.order_by("pk").values_list("pk", "live", "live_revision", "title")),
        Revision.objects.count(),
        tuple(Casus.objects.order_by("pk").values_list("pk", "title")),
        get_user_model().objects.count(),
    )


@pytest.fixture
def world(db):
    call_command("seed_rotterdam_2025")
    action_b = Action.objects.get(title="Regionale omgevingsscan naar seksuele uitbuiting")
    assert {org.short_name for org in [action_b.lead, *action_b.co_owners.all()]} == {"RIEC Rotterdam"}
    table_b = Table.objects.get(code="avim_onderzoeken")
    return {
        "action_b": action_b,
        "table_b": table_b,
        "observation_b": Observation.objects.filter(table=table_b).first(),
        "delivery_b": Delivery.objects.filter(partner=table_b.partner).first(),
        "edition": EditionPage.objects.get(year=2025, locale__language_code="nl"),
        "casus": Casus.objects.first(),
    }


def read_matrix(w) -> list[tuple[str, dict]]:
    a, t, o, d, e, c = (
        w["action_b"],
        w["table_b"],
        w["observation_b"],
        w["delivery_b"],
        w["edition"],
        w["casus"],
    )
    return [
        ("/", PUBLIC),
        ("/monitor/", PUBLIC),
        ("/monitor/2025/", PUBLIC),
        ("/monitor/2025/pdf/", PUBLIC),
        ("/monitor/2025/cijfers.csv", PUBLIC),
        ("/monitor/2025/versies/", PUBLIC),
        ("/monitor/2025/versies/1/", PUBLIC),
        ("/monitor/2025/versies/1/cijfers.csv", PUBLIC),
        ("/admin/", only(ACTIEHOUDER, DATAPARTNER, REDACTEUR, TAFEL, BEHEERDER)),
        (reverse("actions:index"), only(TAFEL, BEHEERDER)),
        (reverse("actions:inspect", args=[a.pk]), only(TAFEL, BEHEERDER)),
        (reverse("actions:edit", args=[a.pk]), only(BEHEERDER)),
        (reverse("actions:history", args=[a.pk]), only(TAFEL, BEHEERDER)),
        (reverse("plans:index"), only(TAFEL, BEHEERDER)),
        (reverse("outlook:index"), only(TAFEL, BEHEERDER)),
        (reverse("actionplan_my_actions"), only(ACTIEHOUDER)),
        (reverse("actionplan_my_action_edit", args=[a.pk]), only()),
        (reverse("actionplan_reporting:mine"), only(ACTIEHOUDER)),
        (reverse("actionplan_reporting:rounds"), only(BEHEERDER)),
        (reverse("actionplan_review:index"), only(TAFEL, BEHEERDER)),
        (reverse("monitor_my_figures"), only(DATAPARTNER)),
        (reverse("monitor_my_table", args=[t.code]), only()),
        (reverse("tables:index"), only(TAFEL, BEHEERDER)),
        (reverse("observations:edit", args=[o.pk]), only(BEHEERDER)),
        (reverse("deliveries:index"), only(TAFEL, BEHEERDER)),
        (reverse("deliveries:review", args=[d.pk]), only(BEHEERDER)),
        # the explorer of the region's pages (/admin/pages/ goes there: cms.page_regions)
        (f"/admin/pages/{e.get_parent().pk}/", only(REDACTEUR, BEHEERDER)),
        (f"/admin/pages/{e.pk}/edit/", only(REDACTEUR, BEHEERDER)),
        (f"/admin/pages/{e.pk}/history/", only(REDACTEUR, BEHEERDER)),
        (reverse("wagtailsnippets_cms_casus:edit", args=[c.pk]), only(REDACTEUR, BEHEERDER)),
        ("/admin/users/", only(BEHEERDER)),
        ("/admin/users/new/", only(BEHEERDER)),
        ("/admin/groups/", only()),
    ]


def write_matrix(w) -> list[tuple[str, dict, tuple[str, ...]]]:
    """(url, form data, roles that must be refused): the allowed roles' writes are tested elsewhere."""
    a, t, o, d, e, c = (
        w["action_b"],
        w["table_b"],
        w["observation_b"],
        w["delivery_b"],
        w["edition"],
        w["casus"],
    )
    everyone_but_beheerder = (ANON, ACTIEHOUDER, DATAPARTNER, REDACTEUR, TAFEL)
    status = {"status": "vervallen", "year": 2026, "note": "Gekaapt", "version": a.version, "reason": "x"}
    return [
        (
            reverse("actions:edit", args=[a.pk]),
            {"title": "Gekaapt", "status": "vervallen"},
            everyone_but_beheerder,
        ),
        (reverse("actions:delete", args=[a.pk]), {}, everyone_but_beheerder),
        (reverse("actionplan_my_action_edit", args=[a.pk]), status, tuple(ROLES)),
        (reverse("observations:edit", args=[o.pk]), {"value": 999}, everyone_but_beheerder),
        (reverse("observations:delete", args=[o.pk]), {}, everyone_but_beheerder),
        (reverse("tables:delete", args=[t.pk]), {}, everyone_but_beheerder),
        (reverse("deliveries:edit", args=[d.pk]), {"status": "open"}, everyone_but_beheerder),
        (
            reverse("deliveries:review", args=[d.pk]),
            {"action": "reopen", "reason": "x"},
            everyone_but_beheerder,
        ),
        (reverse("monitor_my_table", args=[t.code]), {"reason": "x"}, tuple(ROLES)),
        (
            f"/admin/pages/{e.pk}/edit/",
            {"title": "Gekaapt", "action-publish": "1"},
            (ANON, ACTIEHOUDER, DATAPARTNER, TAFEL),
        ),
        (f"/admin/pages/{e.pk}/unpublish/", {}, (ANON, ACTIEHOUDER, DATAPARTNER, REDACTEUR, TAFEL)),
        (f"/admin/pages/{e.pk}/delete/", {}, (ANON, ACTIEHOUDER, DATAPARTNER, REDACTEUR, TAFEL)),
        (
            reverse("wagtailsnippets_cms_casus:delete", args=[c.pk]),
            {},
            (ANON, ACTIEHOUDER, DATAPARTNER, TAFEL),
        ),
        ("/admin/users/new/", {"username": "indringer", "password1": "x" * 20}, everyone_but_beheerder),
    ]


def _clients() -> dict[str, Client]:
    clients = {}
    for role in ROLES:
        client = Client()
        if role != ANON:
            client.force_login(get_user_model().objects.get(username=role))
        clients[role] = client
    return clients


def test_every_role_reads_only_what_it_may(world):
    clients = _clients()
    wrong = []
    for url, expected in read_matrix(world):
        for role, answer in expected.items():
            got = outcome(clients[role].get(url))
            if got != answer:
                wrong.append(f"GET {url} as {role}: expected {answer}, got {got}")
    assert not wrong, "\n".join(wrong)


def test_refused_writes_change_nothing(world):
    clients = _clients()
    before = fingerprint()
    wrong = []
    for url, data, refused_roles in write_matrix(world):
        for role in refused_roles:
            got = outcome(clients[role].post(url, data))
            if got not in (REFUSED, LOGIN):
                wrong.append(f"POST {url} as {role}: expected refusal, got {got}")
            if fingerprint() != before:
                wrong.append(f"POST {url} as {role} changed the database")
                before = fingerprint()
    assert not wrong, "\n".join(wrong)


def test_nothing_unpublished_reaches_an_anonymous_visitor(world, client):
    edition = world["edition"]
    assert client.get("/monitor/2025/").status_code == 200  # fills the page cache
    draft = edition.specific
    draft.title = "Conceptversie die niemand mag zien"
    draft.save_revision(user=get_user_model().objects.get(username="redacteur"))
    assert "Conceptversie die niemand mag zien" not in public_text("/monitor/2025/")
    # An action changed after publication, and an internal history, are not on the public page.
    action = world["action_b"]
    Action.objects.filter(pk=action.pk).update(title="Interne werktitel")
    assert "Interne werktitel" not in public_text("/monitor/2025/")
    assert "Interne werktitel" not in public_text("/monitor/2025/cijfers.csv")
    assert "Interne werktitel" not in public_text("/api/v1/regions/rotterdam/editions/2025/plan/")
    # A page that was never published does not exist for the public.
    edition.get_parent().add_child(
        instance=EditionPage(title="Editie 2026", year=2026, slug="2026", live=False)
    )
    assert read_fresh("/monitor/2026/").status_code == 404
    assert read_fresh("/monitor/2026/pdf/").status_code == 404
    assert read_fresh("/api/v1/regions/rotterdam/editions/2026/").status_code == 404
    assert "Conceptversie" not in public_text("/api/v1/regions/rotterdam/editions/")
    # Admin screens with drafts, history and internal notes send the visitor to the login page.
    for url in (
        f"/admin/pages/{edition.pk}/revisions/",
        reverse("actions:history", args=[action.pk]),
    ):
        assert outcome(client.get(url)) == LOGIN


PUBLIC_2025 = (
    "/",
    "/monitor/",
    "/monitor/2025/",
    "/monitor/2025/pdf/",
    "/monitor/2025/cijfers.csv",
    "/monitor/2025/versies/",
    "/monitor/2025/versies/1/",
    "/monitor/2025/versies/1/pdf/",
    "/monitor/2025/versies/1/cijfers.csv",
    # The open API (api/): every endpoint, the current and the first version.
    "/api/v1/regions/rotterdam/editions/",
    "/api/v1/regions/rotterdam/editions/2025/",
    "/api/v1/regions/rotterdam/editions/2025/tables/",
    "/api/v1/regions/rotterdam/editions/2025/tables/essm_meldpunt_contacten/",
    "/api/v1/regions/rotterdam/editions/2025/tables/essm_meldpunt_contacten/?version=1",
    "/api/v1/regions/rotterdam/editions/2025/plan/",
    "/api/v1/regions/rotterdam/editions/2025/plan/?version=1",
)
PUBLIC_2026 = (
    "/monitor/2026/",
    "/monitor/2026/pdf/",
    "/monitor/2026/cijfers.csv",
    "/monitor/2026/versies/",
    "/monitor/2026/versies/1/",
    "/monitor/2026/versies/1/cijfers.csv",
    "/api/v1/regions/rotterdam/editions/2026/",
    "/api/v1/regions/rotterdam/editions/2026/tables/",
    "/api/v1/regions/rotterdam/editions/2026/tables/essm_meldpunt_contacten/",
    "/api/v1/regions/rotterdam/editions/2026/plan/",
    "/api/v1/regions/rotterdam/editions/2026/?version=1",
)
LATER = 987654  # a number that appears nowhere in the published edition


def _validate_2026_figure_of_essm() -> None:
    """A 2026 delivery of ESSM, delivered and validated by the beheerder but not published."""
    from monitor import services
    from monitor.selectors import table_coord_keys

    datapartner = get_user_model().objects.get(username=DATAPARTNER)
    beheerder = get_user_model().objects.get(username=BEHEERDER)
    table = Table.objects.get(code="essm_meldpunt_contacten")
    coords = dict(part.split("=", 1) for part in table_coord_keys(table)[0].split("|"))
    services.observation_set(
        table=table,
        year=2026,
        coords=coords,
        value=LATER,
        user=datapartner,
        expected_version=observation_version(table, 2026, coords),
    )
    delivery = services.delivery_for(region=default_region(), partner=table.partner, year=2026)
    delivery = services.delivery_submit(delivery=delivery, user=datapartner)
    services.delivery_validate(delivery=delivery, user=beheerder)


def _correct_a_published_2025_figure(client) -> Observation:
    """The beheerder changes a published 2025 figure in the Cijfers admin, as a correction."""
    observation = Observation.objects.filter(
        year=2025, table__code="essm_meldpunt_contacten", value__isnull=False
    ).first()
    client.force_login(get_user_model().objects.get(username=BEHEERDER))
    url = reverse("observations:edit", args=[observation.pk])
    data = {
        "value": LATER + 1,
        "change_reason": "Telfout van het meldpunt",
        "expected_version": observation.version,
    }
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    observation.refresh_from_db()
    assert observation.value == LATER + 1
    client.logout()
    return observation


def test_public_urls_show_the_publication_only_after_later_changes(world, client):
    before = {path: read_fresh(path) for path in PUBLIC_2025}
    assert all(response.status_code == 200 for response in before.values())

    _validate_2026_figure_of_essm()
    edition = world["edition"]
    edition.get_parent().add_child(
        instance=EditionPage(title="Concepteditie 2026", year=2026, slug="2026", live=False)
    )
    draft = edition.specific
    draft.title = "Conceptversie die niemand mag zien"
    draft.save_revision(user=get_user_model().objects.get(username=REDACTEUR))
    _correct_a_published_2025_figure(client)
    Action.objects.filter(pk=world["action_b"].pk).update(title="Interne werktitel")

    for path in PUBLIC_2025:
        text = public_text(path)
        for marker in (str(LATER), str(LATER + 1), "Conceptversie", "Concepteditie", "Interne werktitel"):
            assert marker not in text, f"{marker} reached {path}"
    for path in (
        "/monitor/2025/pdf/",
        "/monitor/2025/cijfers.csv",
        "/monitor/2025/versies/1/cijfers.csv",
        "/api/v1/regions/rotterdam/editions/2025/tables/essm_meldpunt_contacten/",
        "/api/v1/regions/rotterdam/editions/2025/plan/",
    ):
        assert read_fresh(path).content == before[path].content, path
    for path in PUBLIC_2026:
        assert read_fresh(path).status_code == 404, path
