"""Served fast: the queries of the public pages do not grow with actions, tables or editions."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.cms.conftest import make_edition, make_figure_table, make_plan

SIZES = {
    "klein": {"opgaven": 1, "actions": 1, "tables": 1, "editions": 1},
    "groot": {"opgaven": 5, "actions": 12, "tables": 5, "editions": 4},
}
# 12 before the English edition; Wagtail's routing in a site with two languages finds the start page
# in the request's language (the locale, 1), the page's address needs the site's roots in every
# language (2, kept in the cache between requests; this test clears it) and the language switch
# finds the page's live translations (1). Fixed numbers still: they do not grow with the content.
MAX_QUERIES = 16
PATHS = ["/", "/monitor/", "/monitor/2025/", "/monitor/2025/pdf/"]
# Pages and files read from the snapshot, whose query count must not grow either.
FIXED = [
    "/",
    "/monitor/",
    "/monitor/2025/",
    "/monitor/2025/cijfers.csv",
    "/monitor/2025/cijfers.csv-metadata.json",
    "/monitor/2025/versies/",
]


def _build(site, size: dict):
    _home, index = site
    plan = make_plan(opgaven=size["opgaven"], actions_per_opgave=size["actions"])
    tables = [make_figure_table(f"tabel_{n}") for n in range(size["tables"])]
    for offset in range(size["editions"]):
        make_edition(index, year=2025 - offset, plan=plan, tables=tables)


def _count(client, path: str) -> int:
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
@pytest.mark.parametrize("path", FIXED)
def test_public_pages_have_a_fixed_number_of_queries(client, site, size, path, django_assert_max_num_queries):
    _build(site, size)
    cache.clear()
    with django_assert_max_num_queries(MAX_QUERIES):
        assert client.get(path).status_code == 200


def test_query_count_is_the_same_at_both_sizes(client, site, monkeypatch):
    monkeypatch.setattr("cms.pdf.render_pdf", lambda document: b"%PDF-1.7 test")
    _build(site, SIZES["klein"])
    small = {path: _count(client, path) for path in FIXED}
    _build_more(site)
    large = {path: _count(client, path) for path in FIXED}
    assert large == small


def _build_more(site):
    from actionplan.models import Plan
    from cms.models import EditionPage
    from tests.factories import ActionFactory

    plan = Plan.objects.get()
    for opgave in plan.opgaven.all():
        for n in range(15):
            ActionFactory(opgave=opgave, title=f"Extra actie {opgave.number}.{n}")
    page = EditionPage.objects.get(year=2025, locale__language_code="nl")
    page.save_revision().publish()
    _home, index = site
    for year in (2022, 2023, 2024):
        make_edition(index, year=year, plan=plan)


def test_cached_page_needs_only_wagtails_routing_queries(client, edition):
    uncached = _count(client, "/monitor/2025/")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/monitor/2025/")
    assert response["X-Publication-Cache"] == "1"
    assert len(queries) < uncached
    # site, the pages on the path and their view restrictions: what Wagtail's router needs
    assert not [q for q in queries.captured_queries if "cms_editionsnapshot" in q["sql"]]
