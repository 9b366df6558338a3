"""The open API costs a fixed number of queries, whatever the number of editions and tables: the
table endpoint reads the document once per snapshot (then from the cache), the lists never."""

from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.api.conftest import API, EDITIONS
from tests.cms.conftest import edition_body, make_edition, make_figure_table

WHOLE_DOCUMENT = '"cms_editionsnapshot"."document" FROM'
PATHS = (
    f"{EDITIONS}/",
    f"{EDITIONS}/2025/",
    f"{EDITIONS}/2025/tables/",
    f"{EDITIONS}/2025/tables/tabel_0/",
    f"{EDITIONS}/2025/plan/",
)


def _counts(paths=PATHS) -> dict[tuple[str, str], int]:
    """Queries per path: on an empty cache (cold) and again (warm)."""
    cache.clear()
    counts = {}
    client = Client()
    for path in paths:
        for state in ("cold", "warm"):
            with CaptureQueriesContext(connection) as queries:
                assert client.get(path).status_code == 200, path
            counts[(path, state)] = len(queries)
            documents = sum(WHOLE_DOCUMENT in query["sql"] for query in queries.captured_queries)
            if state == "warm" or "tables" not in path and "plan" not in path:
                assert documents == 0, (path, state)
    return counts


def test_query_counts_are_flat_in_editions_and_tables(site, plan, django_assert_max_num_queries):
    _home, index = site
    first = make_figure_table("tabel_0")
    edition = make_edition(index, plan=plan, tables=[first])
    small = _counts()

    tables = [make_figure_table(f"tabel_{number}") for number in range(1, 25)]
    edition.body = edition_body(plan=plan, tables=[first, *tables])
    edition.correction_reason = "Meer tabellen"
    edition.save_revision().publish()
    for year in (2022, 2023, 2024):
        make_edition(index, year=year, plan=plan, tables=tables[:5])
    large = _counts()
    assert large == small

    cache.clear()
    with django_assert_max_num_queries(4):
        Client().get(f"{EDITIONS}/2025/tables/tabel_0/")
    with django_assert_max_num_queries(3):
        Client().get(f"{EDITIONS}/2025/tables/tabel_0/")


def _region_with_an_edition(slug: str) -> None:
    from wagtail.models import Page

    from cms.models import HomePage, MonitorIndexPage
    from tests.factories import RegionFactory

    home = Page.get_first_root_node().add_child(
        instance=HomePage(title=f"Monitor {slug}", slug=slug, region=RegionFactory(slug=slug))
    )
    home.save_revision().publish()
    index = home.add_child(instance=MonitorIndexPage(title="Edities", slug="monitor"))
    index.save_revision().publish()
    make_edition(index, year=2025)


def test_query_counts_are_flat_in_regions(site, plan):
    make_edition(site[1], plan=plan, tables=[make_figure_table("tabel_0")])
    _region_with_an_edition("regio-0")  # a second region: its pages have their URLs under /regio/
    paths = (f"{API}/regions/", *PATHS)
    two = _counts(paths)
    for number in range(1, 4):
        _region_with_an_edition(f"regio-{number}")
    assert _counts(paths) == two
    regions = Client().get(f"{API}/regions/").json()
    assert regions["count"] == 5
