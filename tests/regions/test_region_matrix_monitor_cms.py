"""Strictly apart for the figures, the narrative (snippets and pages), users and search: no role of
region A reads, lists, exports, searches, chooses or changes anything of region B by any admin URL,
and B's own roles work on B's objects.

Region B and the helpers are in ``conftest.py`` (``two_regions``, ``leaks_on_read``, ``writes_from_a``).
"""

import json

import pytest
from django.urls import reverse
from wagtail.models import Page

from accounts import roles
from cms.models import Casus

from .conftest import MARK, body, leaks_on_read, writes_from_a

pytestmark = pytest.mark.django_db

VIEWSETS = {  # url namespace: the attribute of region B's object
    "tables": "table",
    "observations": "observation",
    "deliveries": "delivery",
    "partners": "partner",
}
SNIPPETS = {"casus": "casus", "ontwikkeling": "ontwikkeling", "exploitationformdefinition": "definition"}
RICH_TEXT = json.dumps(  # a rich text field as the admin's editor posts it
    {
        "blocks": [
            {
                "key": "a",
                "type": "unstyled",
                "text": "Tekst",
                "depth": 0,
                "inlineStyleRanges": [],
                "entityRanges": [],
            }
        ],
        "entityMap": {},
    }
)
QUERY = MARK[1:-1]  # finds B's titles without repeating the mark in the answer
LIST_QUERIES = ["", f"?q={QUERY}", "?export=csv", f"?q={QUERY}&export=csv"]


def figure_urls(b) -> list[str]:
    urls = []
    for namespace, attribute in VIEWSETS.items():
        pk = getattr(b, attribute).pk
        index = reverse(f"{namespace}:index")
        urls += [index + query for query in LIST_QUERIES]
        urls += [reverse(f"{namespace}:index_results") + f"?q={QUERY}"]
        for view in ("edit", "delete", "inspect", "history", "usage"):
            urls.append(reverse(f"{namespace}:{view}", args=[pk]))
    urls += [
        reverse("deliveries:review", args=[b.delivery.pk]),
        reverse("tables:index") + f"?partner={b.partner.pk}",
        reverse("observations:index") + f"?table={b.table.pk}",
        reverse("observations:index") + f"?partner={b.partner.pk}&year=2025",
        reverse("deliveries:index") + f"?partner={b.partner.pk}",
        reverse("observations:add"),
        reverse("tables:add"),
        reverse("deliveries:add"),
        reverse("monitor_my_figures"),
        reverse("monitor_my_table", args=[b.table.code]),
        reverse("monitor_my_exchange_file"),
    ]
    return urls


def snippet_urls(b) -> list[str]:
    urls = []
    for model, attribute in SNIPPETS.items():
        pk = getattr(b, attribute).pk
        base = f"wagtailsnippets_cms_{model}"
        urls += [reverse(f"{base}:list") + query for query in LIST_QUERIES]
        urls += [reverse(f"{base}:list_results") + f"?q={QUERY}", reverse(f"{base}:add")]
        for view in ("edit", "delete", "history", "usage", "copy"):
            urls.append(reverse(f"{base}:{view}", args=[pk]))
        chooser = f"wagtailsnippetchoosers_cms_{model}"
        urls += [
            reverse(f"{chooser}:choose"),
            reverse(f"{chooser}:choose_results") + f"?q={QUERY}",
            reverse(f"{chooser}:chosen", args=[pk]),
            reverse(f"{chooser}:chosen_multiple") + f"?id={pk}",
        ]
    return urls


def page_urls(b) -> list[str]:
    urls = ["/admin/pages/", f"/admin/pages/search/?q={QUERY}", f"/admin/pages/search/results/?q={QUERY}"]
    for page in (b.home, b.index, b.edition):
        pk = page.pk
        urls += [
            f"/admin/pages/{pk}/",
            f"/admin/pages/{pk}/results/",
            f"/admin/pages/{pk}/edit/",
            f"/admin/pages/{pk}/edit/preview/",
            f"/admin/pages/{pk}/view_draft/",
            f"/admin/pages/{pk}/delete/",
            f"/admin/pages/{pk}/unpublish/",
            f"/admin/pages/{pk}/move/",
            f"/admin/pages/{pk}/copy/",
            f"/admin/pages/{pk}/history/",
            f"/admin/pages/{pk}/revisions/",
            f"/admin/pages/{pk}/usage/",
            f"/admin/pages/{pk}/workflow_history/",
            f"/admin/pages/{pk}/add_subpage/",
            f"/admin/pages/{pk}/privacy/",
            f"/admin/choose-page/{pk}/",
            f"/admin/api/main/pages/{pk}/",
            f"/admin/api/main/pages/?child_of={pk}",
            reverse("cms_next_edition", args=[pk]),
        ]
        revision = page.latest_revision
        if revision:
            urls += [
                f"/admin/pages/{pk}/revisions/{revision.pk}/view/",
                f"/admin/pages/{pk}/revisions/compare/earliest...{revision.pk}/",
            ]
    root = Page.get_first_root_node().pk
    urls += [
        "/admin/choose-page/",
        f"/admin/choose-page/{root}/",
        f"/admin/choose-page/search/?q={QUERY}",
        f"/admin/api/main/pages/?child_of={root}",
        f"/admin/api/main/pages/?search={QUERY}",
        f"/admin/pages/{root}/",
    ]
    return urls


def search_urls() -> list[str]:
    return [f"/admin/pages/search/?q={QUERY}", "/admin/"]


def test_figures_of_b_are_not_read_from_a(two_regions):
    assert not leaks_on_read(two_regions, figure_urls(two_regions.b))


def test_snippets_of_b_are_not_read_from_a(two_regions):
    assert not leaks_on_read(two_regions, snippet_urls(two_regions.b))


def test_pages_of_b_are_not_read_from_a(two_regions):
    assert not leaks_on_read(two_regions, page_urls(two_regions.b))


def test_search_of_a_finds_nothing_of_b(two_regions):
    found = leaks_on_read(two_regions, search_urls())
    # The national reader's start screen names every region, B too ("nog niet gepubliceerd"): that a
    # region exists is public. What B has not published never shows there.
    assert [leak for leak in found if leak != "GET /admin/ as landelijk (region A) shows region B"] == []
    start = two_regions.clients_a[roles.LANDELIJK].get("/admin/").content.decode()
    assert two_regions.b.edition.title not in start and "Nog niet gepubliceerd" in start


def figure_posts(b) -> list[tuple[str, dict]]:
    observation = b.observation
    return [
        (
            reverse("observations:edit", args=[observation.pk]),
            {
                "table": b.table.pk,
                "year": 2025,
                "coord_key": observation.coord_key,
                "value": 1,
                "expected_version": observation.version,
                "change_reason": "van A",
            },
        ),
        (reverse("observations:delete", args=[observation.pk]), {}),
        (reverse("tables:delete", args=[b.table.pk]), {}),
        (reverse("deliveries:delete", args=[b.delivery.pk]), {}),
        (reverse("deliveries:review", args=[b.delivery.pk]), {"action": "validate"}),
        (reverse("deliveries:review", args=[b.delivery.pk]), {"action": "reopen", "reason": "van A"}),
        (reverse("deliveries:review", args=[b.delivery.pk]), {"action": "send_back", "reason": "van A"}),
        (reverse("deliveries:review", args=[b.delivery.pk]), {"action": "publish"}),
    ]


def snippet_posts(b) -> list[tuple[str, dict]]:
    casus = b.casus
    data = {"title": "Overschreven door A", "source": "A", "body": RICH_TEXT, "invented_names_note": "x"}
    return [
        (reverse("wagtailsnippets_cms_casus:edit", args=[casus.pk]), data),
        (reverse("wagtailsnippets_cms_casus:delete", args=[casus.pk]), {}),
        (reverse("wagtailsnippets_cms_ontwikkeling:delete", args=[b.ontwikkeling.pk]), {}),
        (reverse("wagtailsnippets_cms_exploitationformdefinition:delete", args=[b.definition.pk]), {}),
    ]


def page_posts(b) -> list[tuple[str, dict]]:
    a_home = Page.objects.filter(homepage__region__slug="rotterdam").first()
    posts = []
    for page in (b.edition, b.index):
        pk = page.pk
        posts += [
            (
                f"/admin/pages/{pk}/edit/",
                {"title": "Overschreven door A", "slug": page.slug, "action-publish": "1"},
            ),
            (f"/admin/pages/{pk}/unpublish/", {}),
            (f"/admin/pages/{pk}/delete/", {}),
            (f"/admin/pages/{pk}/move/{a_home.pk}/confirm/", {}),
            (
                f"/admin/pages/{pk}/copy/",
                {"new_title": "Kopie", "new_slug": "kopie", "new_parent_page": a_home.pk},
            ),
            (f"/admin/pages/{pk}/lock/", {}),
        ]
    posts.append((f"/admin/pages/{b.home.pk}/unpublish/", {}))
    return posts


def test_a_changes_nothing_of_b(two_regions):
    b = two_regions.b
    posts = figure_posts(b) + snippet_posts(b) + page_posts(b)
    assert not writes_from_a(two_regions, posts)
    assert Page.objects.filter(title="Kopie").count() == 0
    assert not Page.objects.get(pk=b.edition.pk).locked


def test_snippet_form_has_no_region_and_a_new_snippet_is_of_the_users_region(two_regions):
    client = two_regions.clients_b[roles.BEHEERDER]
    response = client.get(reverse("wagtailsnippets_cms_casus:add"))
    assert response.status_code == 200
    assert 'name="region"' not in response.content.decode()
    response = client.post(
        reverse("wagtailsnippets_cms_casus:add"),
        {"title": f"{MARK} nieuw", "source": "B", "body": RICH_TEXT, "invented_names_note": "x"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Casus.objects.get(title=f"{MARK} nieuw").region == two_regions.b.region


def test_b_works_on_its_own_objects(two_regions):
    b = two_regions.b
    beheerder = two_regions.clients_b[roles.BEHEERDER]
    for url in (
        reverse("tables:index"),
        reverse("tables:edit", args=[b.table.pk]),
        reverse("observations:edit", args=[b.observation.pk]),
        reverse("deliveries:review", args=[b.delivery.pk]),
        reverse("partners:index"),
        reverse("wagtailsnippets_cms_casus:list"),
        reverse("wagtailsnippets_cms_casus:edit", args=[b.casus.pk]),
        f"/admin/pages/{b.edition.pk}/edit/",
        f"/admin/pages/{b.home.pk}/",
        f"/admin/choose-page/{b.home.pk}/",
    ):
        response = beheerder.get(url)
        assert response.status_code == 200, url
        assert MARK in response.content.decode(), url


def test_b_beheerder_sees_none_of_a(two_regions):
    """The other way round: B's lists hold B's rows only."""
    from monitor.models import Table

    beheerder = two_regions.clients_b[roles.BEHEERDER]
    a_table = Table.objects.filter(region=two_regions.a).first()
    listing = body(beheerder.get(reverse("tables:index") + "?export=csv"))
    assert MARK in listing and a_table.title not in listing
    assert beheerder.get(reverse("tables:edit", args=[a_table.pk])).status_code == 404
    a_home = Page.objects.get(homepage__region=two_regions.a)
    assert beheerder.get(f"/admin/pages/{a_home.pk}/edit/").status_code in (302, 403, 404)


# --- users ----------------------------------------------------------------------------------------

STRONG = "Lang genoeg en ongewoon 2026!"


def new_account(username: str, organisation) -> dict:
    from django.contrib.auth.models import Group

    return {
        "username": username,
        "email": f"{username}@example.org",
        "first_name": "Nieuwe",
        "last_name": "Gebruiker",
        "password1": STRONG,
        "password2": STRONG,
        "groups": [Group.objects.get(name=roles.ACTIEHOUDER).pk],
        "organisation": organisation.pk,
    }


def test_users_of_b_are_not_read_from_a(two_regions):
    b = two_regions.b
    target = b.users[roles.ACTIEHOUDER]
    urls = [reverse("wagtailusers_users:add")]  # the organisation choice names none of B's
    assert not leaks_on_read(two_regions, urls)
    for role, client in two_regions.clients_a.items():
        listing = client.get(reverse("wagtailusers_users:index") + "?q=b-")
        assert listing.status_code != 200 or "b-actiehouder" not in listing.content.decode(), role
        for view in ("edit", "delete", "history"):
            response = client.get(reverse(f"wagtailusers_users:{view}", args=[target.pk]))
            assert response.status_code in (302, 403, 404), (role, view)


def test_a_beheerder_manages_only_accounts_of_region_a(two_regions):
    from django.contrib.auth import get_user_model

    from actionplan.models import Organisation

    b = two_regions.b
    user_model = get_user_model()
    beheerder = two_regions.clients_a[roles.BEHEERDER]
    a_organisation = Organisation.objects.filter(region=two_regions.a).first()
    national = Organisation.objects.filter(region=None).first()

    form = beheerder.get(reverse("wagtailusers_users:add")).content.decode()
    assert a_organisation.short_name in form and national.name not in form

    # no account in B, nor a national one, from A
    for organisation, username in ((b.organisation, "indringer-b"), (national, "indringer-landelijk")):
        response = beheerder.post(reverse("wagtailusers_users:add"), new_account(username, organisation))
        assert response.status_code == 200  # the form again, with the organisation refused
        assert not user_model.objects.filter(username=username).exists()

    # B's account is not changed, deleted or moved
    target = b.users[roles.ACTIEHOUDER]
    data = {**new_account(target.username, a_organisation), "email": "veranderd@example.org"}
    data.pop("password1"), data.pop("password2")
    beheerder.post(reverse("wagtailusers_users:edit", args=[target.pk]), data)
    beheerder.post(reverse("wagtailusers_users:delete", args=[target.pk]), {})
    target.refresh_from_db()
    assert target.membership.organisation == b.organisation and target.email != "veranderd@example.org"

    # an account of A is not moved into B
    own = user_model.objects.get(username="actiehouder-essm")
    data = new_account(own.username, b.organisation)
    data.pop("password1"), data.pop("password2")
    beheerder.post(reverse("wagtailusers_users:edit", args=[own.pk]), data)
    own.refresh_from_db()
    assert own.membership.organisation.region == two_regions.a

    # and A's accounts are A's beheerder's to manage
    response = beheerder.post(reverse("wagtailusers_users:add"), new_account("nieuw-a", a_organisation))
    assert response.status_code == 302
    assert user_model.objects.get(username="nieuw-a").membership.organisation == a_organisation


def test_b_beheerder_lists_only_b_accounts(two_regions):
    listing = two_regions.clients_b[roles.BEHEERDER].get(reverse("wagtailusers_users:index")).content.decode()
    assert "b-actiehouder" in listing and "actiehouder-essm" not in listing


def test_reports_of_a_show_nothing_of_b(two_regions):
    """Wagtail's reports: the page reports follow the region's page permissions; the site history
    (every region's log entries and authors) and page types usage are for superusers only."""
    from django.utils import timezone
    from wagtail.log_actions import log

    b = two_regions.b
    edition = Page.objects.get(pk=b.edition.pk)
    edition.locked, edition.locked_by, edition.locked_at = True, b.users[roles.REDACTEUR], timezone.now()
    edition.save(update_fields=["locked", "locked_by", "locked_at"])
    log(instance=b.casus, action="wagtail.edit", user=b.users[roles.BEHEERDER])
    log(instance=edition, action="wagtail.lock", user=b.users[roles.REDACTEUR])
    urls = [
        "/admin/reports/site-history/",
        "/admin/reports/site-history/results/",
        "/admin/reports/site-history/?export=csv",
        "/admin/reports/locked/",
        "/admin/reports/locked/?export=csv",
        "/admin/reports/aging-pages/",
        "/admin/reports/aging-pages/?export=csv",
        "/admin/reports/workflow/",
        "/admin/reports/workflow_tasks/",
        "/admin/reports/page-types-usage/",
    ]
    assert not leaks_on_read(two_regions, urls)
    for client in two_regions.clients_a.values():
        for url in ("/admin/reports/site-history/", "/admin/reports/page-types-usage/"):
            assert client.get(url).status_code in (302, 403)
