"""The admin screens of our own belong to Wagtail's viewsets, and refuse in one way (issue 14).

- The action's timeline is ``ActionViewSet.history_view_class``, at the viewset's history URL; the
  timeline's first address redirects there.
- The delivery review is a URL of ``DeliveryViewSet.get_urlpatterns()``, reached by a button in the
  list of deliveries.
- Every screen of our own refuses a role that may not open it by raising ``PermissionDenied``, which
  ``workbench.admin_pages`` answers with the project's 403 page (not Wagtail's redirect to the
  dashboard, and not a hand-made 403 in the view).
"""

import ast
from pathlib import Path
from unittest import mock

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import URLResolver, get_resolver, resolve, reverse
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin

from accounts import roles
from actionplan.reporting.views import MyReportingView, RoundListView
from actionplan.review.views import ReviewView
from actionplan.views import ActionHistoryView, ManagerActionYearView, MyActionsView
from actionplan.wagtail_hooks import ActionViewSet
from monitor.admin_views import DeliveryReviewView, MyFiguresView
from monitor.wagtail_hooks import DeliveryViewSet
from tests.factories import ActionFactory, DeliveryFactory, OrganisationFactory, PartnerFactory, UserFactory
from workbench import admin_pages

pytestmark = pytest.mark.django_db

ROLES = [roles.BEHEERDER, roles.REDACTEUR, roles.DATAPARTNER, roles.ACTIEHOUDER, roles.REGIONALE_TAFEL]


@pytest.fixture
def world():
    owner = OrganisationFactory(short_name="Eigenaar")
    other = OrganisationFactory(short_name="Ander")
    partner = PartnerFactory(organisation=other)
    users = {role: UserFactory(roles=[role], organisation=other) for role in ROLES}
    return {
        "action": ActionFactory(lead=owner, title="Een actie met een tijdlijn"),
        "delivery": DeliveryFactory(partner=partner, year=2026),
        "owner": UserFactory(roles=[roles.ACTIEHOUDER], organisation=owner),
        "users": users,
    }


def test_the_timeline_is_the_action_viewsets_history_view(client, world):
    action = world["action"]
    assert ActionViewSet.history_view_class is ActionHistoryView
    url = reverse("actions:history", args=[action.pk])
    assert resolve(url).func.view_class is ActionHistoryView
    for user in (world["users"][roles.BEHEERDER], world["users"][roles.REGIONALE_TAFEL], world["owner"]):
        client.force_login(user)
        response = client.get(url)
        assert response.status_code == 200
        assert "Geschiedenis: Een actie met een tijdlijn" in response.content.decode()

    # The timeline's first address is kept for old links and bookmarks.
    old = client.get(f"/admin/actieplan/acties/{action.pk}/tijdlijn/")
    assert old.status_code == 301 and old["Location"] == url
    # "Mijn acties" links to the viewset's history URL.
    assert url in client.get(reverse("actionplan_my_actions")).content.decode()


def test_the_delivery_review_is_a_url_of_the_delivery_viewset_with_a_button_in_its_list(client, world):
    delivery = world["delivery"]
    url = reverse("deliveries:review", args=[delivery.pk])
    assert url == f"/admin/cijfers/aanleveringen/{delivery.pk}/beoordelen/"  # the address users know
    match = resolve(url)
    assert (match.namespace, match.url_name, match.func.view_class) == (
        "deliveries",
        "review",
        DeliveryReviewView,
    )
    names = {pattern.name for pattern in DeliveryViewSet("deliveries").get_urlpatterns()}
    assert "review" in names

    client.force_login(world["users"][roles.BEHEERDER])
    listing = client.get(reverse("deliveries:index")).content.decode()
    assert f'href="{url}"' in listing and "Beoordelen" in listing
    assert client.get(url).status_code == 200

    # The Regionale Tafel reads the list but does not review: no button that leads to a refusal.
    client.force_login(world["users"][roles.REGIONALE_TAFEL])
    listing = client.get(reverse("deliveries:index"))
    assert listing.status_code == 200 and url not in listing.content.decode()


def _screens(world) -> list[tuple[str, type, set[str]]]:
    """(url, view class, the roles that may open it) of the screens of our own."""
    action, delivery = world["action"], world["delivery"]
    return [
        (reverse("actionplan_my_actions"), MyActionsView, {roles.ACTIEHOUDER}),
        (
            reverse("actions:history", args=[action.pk]),
            ActionHistoryView,
            {roles.BEHEERDER, roles.REGIONALE_TAFEL},
        ),
        (reverse("actions:year_edit", args=[action.pk]), ManagerActionYearView, {roles.BEHEERDER}),
        (reverse("monitor_my_figures"), MyFiguresView, {roles.DATAPARTNER}),
        (reverse("deliveries:review", args=[delivery.pk]), DeliveryReviewView, {roles.BEHEERDER}),
        (reverse("actionplan_reporting:rounds"), RoundListView, {roles.BEHEERDER}),
        (reverse("actionplan_reporting:mine"), MyReportingView, {roles.ACTIEHOUDER}),
        (reverse("actionplan_review:index"), ReviewView, {roles.BEHEERDER, roles.REGIONALE_TAFEL}),
    ]


def test_a_refusal_is_the_projects_403_page_raised_as_permission_denied(client, world):
    refusals = []

    def spy(request, exception=None):
        refusals.append(exception)
        return real_refuse(request, exception)

    real_refuse = admin_pages.refuse
    wrong = []
    with mock.patch.object(admin_pages, "refuse", side_effect=spy):
        for url, view_class, allowed in _screens(world):
            assert resolve(url).func.view_class is view_class, url
            for role, user in world["users"].items():
                if role in allowed:
                    continue
                client.force_login(user)
                refusals.clear()
                response = client.get(url)
                page = response.content.decode()
                if response.status_code != 403 or "Geen toegang" not in page:
                    wrong.append(f"{url} as {role}: {response.status_code}")
                elif len(refusals) != 1 or not isinstance(refusals[0], PermissionDenied):
                    wrong.append(f"{url} as {role}: 403 without a PermissionDenied ({refusals})")
    assert not wrong, "\n".join(wrong)


def test_a_refused_role_is_shown_the_way_back_to_its_own_start_screen(client, world):
    client.force_login(world["users"][roles.ACTIEHOUDER])
    page = client.get(reverse("actionplan_reporting:rounds")).content.decode()
    assert f'href="{reverse("wagtailadmin_home")}"' in page and "Naar uw startscherm" in page
    client.logout()
    anonymous = client.get("/bestaat-niet/").content.decode()
    assert "Naar uw startscherm" not in anonymous and "Naar de startpagina" in anonymous


def test_a_service_refusal_inside_a_screen_is_the_same_403(client, world):
    """A ``PermissionDenied`` raised further in (here: an unknown operation posted to the review) is
    answered the same way, by the project's 403 page."""
    client.force_login(world["users"][roles.BEHEERDER])
    url = reverse("deliveries:review", args=[world["delivery"].pk])
    response = client.post(url, {"action": "delete-everything", "reason": "x"})
    assert response.status_code == 403 and "Geen toegang" in response.content.decode()


# --- layout: one way to refuse ----------------------------------------------------------------------

APPS = ("accounts", "actionplan", "cms", "monitor", "workbench", "config")
ROOT = Path(__file__).resolve().parent.parent


def _project_modules():
    """Every module of the apps but ``workbench/admin_pages.py``, where a refusal becomes the 403 page."""
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" not in path.parts and path != ROOT / "workbench" / "admin_pages.py":
                yield path, ast.parse(path.read_text(), filename=str(path))


# A response made 403 by hand, or Django's 403 view called directly.
BARE_REFUSALS = {"HttpResponseForbidden", "FORBIDDEN", "permission_denied"}


def _bare_refusals(tree) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        name = (
            getattr(node, "id", None)  # ast.Name
            or getattr(node, "attr", None)  # ast.Attribute
            or (node.name if isinstance(node, ast.alias) else None)
        )
        if name in BARE_REFUSALS:
            found.append((node.lineno, name))
        elif isinstance(node, ast.ImportFrom) and node.module == "workbench.admin_pages":
            if any(alias.name == "refuse" for alias in node.names):  # a view answering a refusal itself
                found.append((node.lineno, "import refuse"))
        elif isinstance(node, ast.keyword) and node.arg in ("status", "status_code"):
            if isinstance(node.value, ast.Constant) and node.value.value == 403:
                found.append((node.lineno, f"{node.arg}=403"))
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            if node.value.value == 403:
                found.append((node.lineno, "= 403"))
    return found


def test_no_view_answers_403_itself():
    """A view refuses by raising ``PermissionDenied``; only ``workbench.admin_pages`` turns it into the
    project's 403 page (through ``handler403``, with no 403 of its own), and no view calls it itself."""
    wrong = [
        f"{path.relative_to(ROOT)}:{line}: {what}"
        for path, tree in _project_modules()
        for line, what in _bare_refusals(tree)
    ]
    assert not wrong, "refuse with PermissionDenied instead:\n" + "\n".join(wrong)


def _admin_views():
    def walk(patterns, prefix=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
            else:
                yield prefix + str(pattern.pattern), getattr(pattern.callback, "view_class", None)

    for route, view_class in walk(get_resolver().url_patterns):
        if route.startswith("admin/") and view_class and view_class.__module__.split(".")[0] in APPS:
            yield route, view_class


def test_every_admin_screen_of_our_own_is_an_admin_page():
    """A screen of ours in the admin is either one of Wagtail's generic views of a viewset (with their
    permission policy), or an ``AdminPageMixin``: the same breadcrumbs and the same refusal."""
    routes = list(_admin_views())
    assert len(routes) > 20
    wrong = [
        f"{route}: {view_class.__module__}.{view_class.__name__}"
        for route, view_class in routes
        if not issubclass(view_class, (PermissionCheckedMixin, admin_pages.AdminPageMixin))
    ]
    assert not wrong, "\n".join(wrong)
